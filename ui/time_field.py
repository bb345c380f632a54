"""A time box that takes what people type: "7:30", "0730", "730", "7.30", "19", "7pm", "noon".

``QTimeEdit`` rejects keystrokes that do not fit the section under the cursor (typing "8" over a
selected "07:00", or a digit after "07"), which reads as "the box ignores my digits". This is a
line edit that parses on Enter or when focus leaves, shows the result as HH:MM, and says plainly
when it cannot read the text (the previous time stays).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

_CLOCK = re.compile(r"^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2}))?\s*([ap])?\.?\s*m?\.?\s*$", re.I)
_DIGITS = re.compile(r"^\s*(\d{3,4})\s*$")
_WORDS = {"noon": QTime(12, 0), "midday": QTime(12, 0), "midnight": QTime(0, 0)}


def parse_time(text: str) -> QTime | None:
    """The time in ``text``, or None when it is not a time of day."""
    t = text.strip().lower()
    if t in _WORDS:
        return _WORDS[t]
    digits = _DIGITS.match(t)
    if digits:
        raw = digits.group(1)
        h, m = int(raw[:-2]), int(raw[-2:])
        ap = None
    else:
        m_ = _CLOCK.match(t)
        if not m_:
            return None
        h, m, ap = int(m_.group(1)), int(m_.group(2) or 0), m_.group(3)
    if ap:
        if not 1 <= h <= 12:
            return None
        h = h % 12 + (12 if ap == "p" else 0)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        return None
    return QTime(h, m)


class TimeField(QLineEdit):
    """Signals:
    time_entered(QTime): a typed time was read (Enter or focus out) and differs from before.
    invalid(str): the typed text is not a time; the previous time is shown again.
    """

    time_entered = Signal(QTime)
    invalid = Signal(str)

    def __init__(self, value: QTime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._time = value
        self.setText(value.toString("HH:mm"))
        self.setPlaceholderText("HH:MM")
        self.setMaxLength(12)
        fm = self.fontMetrics()
        self.setMinimumWidth(fm.horizontalAdvance("00:00 pm") + 24)
        self.setMaximumWidth(fm.horizontalAdvance("00:00 pm") * 2)
        self.editingFinished.connect(self._commit)

    def time(self) -> QTime:
        return self._time

    def setTime(self, value: QTime) -> None:
        self._time = value
        self.setText(value.toString("HH:mm"))

    def _commit(self) -> None:
        parsed = parse_time(self.text())
        if parsed is None:
            bad = self.text()
            self.setText(self._time.toString("HH:mm"))
            self.invalid.emit(bad)
            return
        changed = parsed != self._time
        self.setTime(parsed)
        if changed:
            self.time_entered.emit(parsed)
