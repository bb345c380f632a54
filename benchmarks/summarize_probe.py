"""Summaries: time, progress, Stop and UI lateness (issue 14's targets).

    python -m benchmarks.summarize_probe            # all scenarios
    python -m benchmarks.summarize_probe --no-ui    # core only

1. ``12k_chars``: spoken dev-set windows (<= 12,000 characters each) summarised
   with the embedded model loaded (action items included): target <= 10 s each.
2. ``50k_words_core``: a 50k-word transcript through :func:`summarize` (the
   map-reduce path), with the progress calls counted; then the same run stopped
   at the first progress call, timing how long Stop takes to return.
3. ``50k_words_ui``: the same text through the Summaries pane of the real app
   (offscreen) with the embedded model; a 5 ms QTimer records how late each tick
   fires (UI lateness; target: never > 50 ms); Stop is pressed after 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


def _long_text(words: int) -> str:
    base = (ROOT / "tests/fixtures/transcripts/planning_long.txt").read_text(encoding="utf-8")
    text = base
    while len(text.split()) < words:
        text += base
    return text


def _windows(n: int) -> list[dict[str, Any]]:
    from benchmarks.quality import dataset

    spoken = [r for r in dataset.load() if r["kind"] == "spoken"]
    spoken.sort(key=lambda r: -len(r["text"]))  # the longest first: the worst case
    return spoken[:n]


def core(n_windows: int) -> dict[str, Any]:
    from datetime import date

    from assistant.llm.llamacpp import LlamaCppEngine
    from assistant.llm.models import embedded_model_path
    from assistant.skills.summarize import summarize

    out: dict[str, Any] = {}
    path = embedded_model_path()
    assert path is not None, "the embedded model is a dependency"
    engine = LlamaCppEngine(path)
    try:
        times: list[float] = []
        chars: list[int] = []
        for rec in _windows(n_windows):
            t0 = time.perf_counter()
            s = summarize(rec["text"], meeting_date=date.fromisoformat(rec["meeting_date"]), generator=engine)
            times.append(time.perf_counter() - t0)
            chars.append(len(rec["text"]))
            assert s.key_points
        out["12k_chars"] = {
            "windows": len(times),
            "chars_max": max(chars),
            "median_s": round(statistics.median(times), 2),
            "max_s": round(max(times), 2),
        }
    finally:
        engine.close()

    text = _long_text(50_000)
    ticks: list[tuple[int, int]] = []
    t0 = time.perf_counter()
    s = summarize(text, action_items=[], on_progress=lambda d, t: ticks.append((d, t)))
    out["50k_words_core"] = {
        "words": len(text.split()),
        "wall_s": round(time.perf_counter() - t0, 2),
        "progress_calls": len(ticks),
        "chunks": ticks[-1][1] if ticks else 0,
        "key_points": len(s.key_points),
    }
    cancel = threading.Event()
    stop_at: list[float] = []

    def progress(done: int, total: int) -> None:
        if done >= 1 and not cancel.is_set():
            stop_at.append(time.perf_counter())
            cancel.set()

    s = summarize(text, action_items=[], on_progress=progress, cancel=cancel)
    out["50k_words_core"]["stop_return_ms"] = round((time.perf_counter() - stop_at[0]) * 1000, 1)
    out["50k_words_core"]["stopped"] = s.cancelled
    return out


def ui(stop_after_s: float) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.ui_probe import Probe, wait_until

    app = QApplication.instance() or QApplication(sys.argv)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as home:
        os.environ["DAYBREAK_HOME"] = home
        from assistant.store import Store
        from ui.app import build, shutdown

        store = Store()
        ctx, window = build(store)
        window.show()
        ctx.engine.load()
        wait_until(app, lambda: ctx.engine.info is not None, 60)
        ends: list[str] = []
        ctx.engine.job_ended.connect(lambda handle: ends.append(str(handle.outcome)))
        pane = window.summaries
        text = _long_text(50_000)
        pane.text.setPlainText(text)
        app.processEvents()
        probe = Probe()
        probe.start()
        t0 = time.perf_counter()
        pane.extract()
        wait_until(app, lambda: bool(ends), stop_after_s)
        t_stop = time.perf_counter()
        stopped = not ends
        if stopped:
            pane.stop()
            wait_until(app, lambda: bool(ends), 120)
        out["50k_words_ui"] = {
            **probe.stop(),
            "words": len(text.split()),
            "ended": ends[:1],
            "stop_pressed_after_s": round(t_stop - t0, 2) if stopped else None,
            "stop_to_end_ms": round((time.perf_counter() - t_stop) * 1000, 1) if stopped else None,
            "status": pane.status.text(),
        }
        shutdown(ctx)
    return out


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--no-ui", action="store_true")
    p.add_argument("--windows", type=int, default=5, help="dev-set windows for the 12k-character timing")
    p.add_argument("--stop-after", type=float, default=5.0)
    args = p.parse_args()
    out = core(args.windows)
    if not args.no_ui:
        out.update(ui(args.stop_after))
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
