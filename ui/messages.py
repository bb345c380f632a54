"""The one message bridge: known errors and notices reach the window through here.

Messages sent before a window is connected are held and delivered when it is
(qutebrowser's ``utils/message.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class MessageBridge(QObject):
    """Signals: shown(level: str, text: str) with level "info", "warning" or "error"."""

    shown = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self._held: list[tuple[str, str]] = []
        self._connected = False

    def connect_window(self, slot: object) -> None:
        self.shown.connect(slot)
        self._connected = True
        held, self._held = self._held, []
        for level, text in held:
            self.shown.emit(level, text)

    def info(self, text: str) -> None:
        self._send("info", text)

    def warning(self, text: str) -> None:
        self._send("warning", text)

    def error(self, text: str) -> None:
        self._send("error", text)

    def _send(self, level: str, text: str) -> None:
        if self._connected:
            self.shown.emit(level, text)
        else:
            self._held.append((level, text))
