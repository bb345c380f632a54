"""Issue 16 item 3: quitting never aborts, even while llama.cpp is busy.

llama.cpp loading a model or evaluating a prompt is native code that cannot be
interrupted; Qt aborts the process (SIGABRT, exit 134, "QThread: Destroyed while
thread ... is still running") when such a thread's QThread is destroyed.  The app
runs in a subprocess here, with an engine factory that never returns, and quits on
its own timer (``DAYBREAK_QUIT_AFTER_MS``, as the packaged-build smoke run does).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

APP = """
import sys, time
import ui.app

def busy_forever(store, backend=None):
    # Stands in for llama.cpp busy in native code: the flag it cannot see.
    time.sleep(3600)

ui.app.model_factory = busy_forever
sys.exit(ui.app.main(["daybreak"]))
"""


@pytest.mark.slow
def test_quit_while_the_model_is_still_loading_exits_cleanly(daybreak_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "DAYBREAK_QUIT_AFTER_MS": "500"}
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", APP], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert "QThread: Destroyed" not in out.stderr
    assert out.returncode == 0, out.stderr[-2000:]
    assert "Traceback" not in out.stderr
    # The data is closed properly: the database opens again at once, without recovery.
    from assistant.store import Store

    Store().close()
