"""Event-loop lateness on the UI thread while the real app works (offscreen GUI, real model).

A 5 ms QTimer records how late each tick fires; lateness is time the UI thread could not
react (a click, a repaint).  Scenarios: streaming a 300-token answer, extracting action
items from a 50k-word transcript, and refreshing To-dos over a 100k-row store.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent


class Probe:
    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.samples: list[float] = []
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.samples.append(max(0.0, self.clock.restart() - 5.0))

    def start(self) -> None:
        self.samples.clear()
        self.clock.start()
        self.timer.start()

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        s = sorted(self.samples) or [0.0]
        return {
            "max_ms": round(s[-1], 1),
            "p99_ms": round(s[int(len(s) * 0.99) - 1 if len(s) > 1 else 0], 1),
            "ticks": len(s),
        }


def wait_until(app: Any, cond: Any, timeout_s: float) -> None:
    end = time.time() + timeout_s
    while not cond() and time.time() < end:
        app.processEvents()
        time.sleep(0.001)


def main() -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as home:
        os.environ["DAYBREAK_HOME"] = home
        from assistant.llm.base import Engine, Request, Result
        from assistant.store import Store
        from ui.app import build, shutdown
        from ui.engine_worker import Job, JobContext

        store = Store()
        ctx, window = build(store)
        window.show()
        ctx.engine.load()
        wait_until(app, lambda: ctx.engine.info is not None, 60)
        probe = Probe()

        # 1. Stream a 300-token answer into the Email pane's draft box.
        done: list[int] = []
        ctx.engine.job_ended.connect(lambda _handle: done.append(1))
        req = Request.chat(
            [{"role": "user", "content": "Write a long story about a lighthouse keeper."}],
            max_tokens=300,
            temperature=0.8,
            use_cache=False,
        )
        tokens: list[str] = []

        def on_token(piece: str) -> None:
            tokens.append(piece)
            window.email.stream.add(piece)

        def chat(g: Engine | None, c: JobContext) -> Result:
            assert g is not None  # a model job: the engine runs it only with a model
            return g.generate(req, on_token=c.on_token, cancel=c.cancel)

        probe.start()
        ctx.engine.submit(Job("chat", chat), on_token=on_token)
        wait_until(app, lambda: bool(done), 120)
        out["stream_300_tokens"] = {**probe.stop(), "tokens": len(tokens)}

        # 2. A 50k-word transcript through the Summaries pane.
        base = (ROOT / "tests/fixtures/transcripts/planning_long.txt").read_text()
        text = base
        while len(text.split()) < 50_000:
            text += base
        pane = window.summaries

        def extract(text: str) -> dict[str, Any]:
            """Paste ``text``, extract, and measure the UI thread until the job ends."""
            pane.text.setPlainText(text)
            app.processEvents()
            done.clear()
            probe.start()
            t0 = time.perf_counter()
            pane.extract()
            wait_until(app, lambda: bool(done), 600)
            return {**probe.stop(), "wall_s": round(time.perf_counter() - t0, 2)}

        out["extract_50k_words"] = {
            **extract(text),
            "words": len(text.split()),
            "items": pane.table.rowCount(),
        }
        # 3. A 2 MB paste of 60k short turns: the job's own objects make a full garbage
        #    collection long enough to freeze the UI thread, unless the engine defers it.
        out["extract_2mb_paste"] = extract(
            ("Ann: I'll send the report by Friday.\nBo: ok\n" * 60_000)[: 2 * 1024 * 1024 - 100]
        )
        shutdown(ctx)

    with tempfile.TemporaryDirectory() as home:
        from benchmarks import store_scale

        store_scale.build(Path(home))
        os.environ["DAYBREAK_HOME"] = home
        store = Store()
        ctx, window = build(store)
        window.show()
        app.processEvents()
        todos = window.todos
        probe.start()
        times = []
        for n in range(5):  # search as you type: reloads run off the UI thread
            t0 = time.perf_counter()
            todos.search.setText("" if n % 2 else "a")
            wait_until(app, lambda: not todos._loading, 30)
            times.append(time.perf_counter() - t0)
        out["todos_refresh_100k_store"] = {
            **probe.stop(),
            "refresh_ms": round(statistics.median(times) * 1000, 1),
            "rows_shown": todos.model.rowCount(),
        }
        t0 = time.perf_counter()
        todos.refresh()  # after the user's own edit: on the UI thread, at once
        out["todos_refresh_100k_store"]["sync_refresh_ms"] = round((time.perf_counter() - t0) * 1000, 1)
        shutdown(ctx)
    return out


if __name__ == "__main__":
    import json

    print(json.dumps(main()))
