"""Guards against Qt binding releases that break a long-running app."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem


def test_void_calls_keep_none_alive(qapp) -> None:
    # PySide6 6.12.0 under CPython < 3.12 returned None from void methods without a new
    # reference: every call lowered None's refcount, and the app aborted ("deallocating
    # None") after a few thousand calls. This fails fast on such a build.
    item = QListWidgetItem("x")
    before = sys.getrefcount(None)
    for _ in range(500):
        item.setToolTip("t")
        item.setData(Qt.ItemDataRole.UserRole, 5)
    assert sys.getrefcount(None) - before > -50
