"""What one pane tells the others: signals on one small app-level object.

Passed down in the :class:`~ui.context.AppContext`; a pane that changed data
emits, panes that show that data connect.  No pane reaches into another.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Signals: todos_changed(), notes_changed(), digest_changed(), transcripts_changed()."""

    todos_changed = Signal()
    notes_changed = Signal()
    digest_changed = Signal()
    transcripts_changed = Signal()
