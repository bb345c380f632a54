"""To-dos search as you type over a 100k-row store: UI-thread lateness and time to results.

A person types two words a key at a time (one key every 120 ms, a brisk typist), then
clears the box; a 5 ms QTimer on the UI thread records how late each tick fires
(``benchmarks.ui_probe.Probe``).  Also timed: the first fill of the pane, the refresh
after the user's own edit (on the UI thread), and scrolling to the end of the list.

    nice -n 5 .venv/bin/python -m benchmarks.todos_search [--store DIR]

The machine is shared: the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WORDS = ("budget", "pass")
KEY_INTERVAL_S = 0.12


def _busy(todos: Any) -> bool:
    """A reload or a page is still being read (the pre-paging pane has no pages)."""
    return bool(todos._loading) or bool(getattr(todos.model, "pending", ()))


def run(home: Path) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from benchmarks.ui_probe import Probe, wait_until

    app = QApplication.instance() or QApplication(sys.argv)
    os.environ["DAYBREAK_HOME"] = str(home)
    from assistant.store import Store, records
    from ui.app import build, shutdown

    store = Store()
    t0 = time.perf_counter()
    ctx, window = build(store)
    window.show()
    app.processEvents()
    build_s = time.perf_counter() - t0
    todos = window.todos
    window.stack.setCurrentWidget(todos)
    app.processEvents()
    probe = Probe()
    results_ms: list[float] = []
    probe.start()
    for word in (*WORDS, ""):
        keys = [word[: i + 1] for i in range(len(word))] if word else [""]
        for text in keys:
            t_key = time.perf_counter()
            todos.search.setText(text)
            # Keys come at typing speed; the results of a key may land after the next one.
            end = t_key + KEY_INTERVAL_S
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)
            wait_until(app, lambda: not _busy(todos), 30)
            results_ms.append((time.perf_counter() - t_key) * 1000)
        todos.search.setText("")
        wait_until(app, lambda: not _busy(todos), 30)
    typing = probe.stop()
    rows_shown = todos.model.rowCount()

    # The user's own edit: the refresh it triggers (on or off the UI thread, by list size).
    records.add_todo(store, "benchmark edit", due=None)
    probe.start()
    t0 = time.perf_counter()
    todos.refresh()
    sync_ms = (time.perf_counter() - t0) * 1000
    wait_until(app, lambda: not _busy(todos), 30)
    edit = {**probe.stop(), "shown_after_ms": round((time.perf_counter() - t0) * 1000, 1)}

    # Scroll to the end, page by page, as a person holding End would.
    probe.start()
    t0 = time.perf_counter()
    for _ in range(20):
        todos.list.scrollToBottom()
        app.processEvents()
        wait_until(app, lambda: not _busy(todos), 30)  # the next page, if the list pages
    scroll = probe.stop()
    scroll_s = time.perf_counter() - t0
    out = {
        "typing": typing,
        "results_after_key_ms_median": round(statistics.median(results_ms), 1),
        "results_after_key_ms_max": round(max(results_ms), 1),
        "rows_shown": rows_shown,
        "first_fill_ms": round(build_s * 1000, 1),
        "sync_refresh_ms": round(sync_ms, 1),
        "edit_refresh": edit,
        "scroll_20_pages": {
            **scroll,
            "wall_ms": round(scroll_s * 1000, 1),
            "rows_after": todos.model.rowCount(),
        },
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    shutdown(ctx)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a folder with a store built by store_scale.build")
    args = parser.parse_args(argv)
    from benchmarks import store_scale

    if args.store is not None:
        if not (args.store / "daybreak.db").exists() and not any(args.store.glob("*.db")):
            store_scale.build(args.store)
        print(json.dumps(run(args.store)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        store_scale.build(Path(tmp))
        print(json.dumps(run(Path(tmp))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
