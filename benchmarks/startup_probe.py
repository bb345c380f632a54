"""Child process for the start-up benchmark: build the real window, report when it is shown."""

from __future__ import annotations

import json
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from assistant.store import Store
    from ui.app import build, shutdown

    app = QApplication(sys.argv)
    store = Store()
    ctx, window = build(store)
    window.show()
    app.processEvents()
    shown = time.time()
    idle_rss = rss_mb()  # before the model is loaded
    ctx.engine.load()
    while ctx.engine.info is None and not ctx.engine.load_error:
        app.processEvents()
        time.sleep(0.01)
    loaded = time.time()
    print(json.dumps({"shown": shown, "loaded": loaded, "idle_rss_mb": idle_rss, "loaded_rss_mb": rss_mb()}))
    shutdown(ctx)
    return 0


if __name__ == "__main__":
    sys.exit(main())
