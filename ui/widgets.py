"""Small shared widgets: batched streaming into a text box, the message bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QWidget

REPAINT_MS = 40


class StreamBuffer:
    """Collects streamed tokens and appends them to a plain-text box every ~40 ms.

    Repainting per token would spend the UI thread on layout; one repaint per
    batch keeps typing and scrolling smooth while a model streams.
    """

    def __init__(self, target: QPlainTextEdit) -> None:
        self.target = target
        self.pending: list[str] = []
        self.timer = QTimer(target)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REPAINT_MS)
        self.timer.timeout.connect(self.flush)

    def add(self, piece: str) -> None:
        self.pending.append(piece)
        if not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        if not self.pending:
            return
        text, self.pending = "".join(self.pending), []
        cursor = self.target.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.insertText(text)  # plain text: model output is never rendered as rich text
        self.target.setTextCursor(cursor)
        self.target.ensureCursorVisible()


class MessageBar(QFrame):
    """A dismissable line above the panes for known errors and notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleName("Message")
        close = QPushButton("Dismiss")
        close.setAccessibleName("Dismiss message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.level = ""
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        self.level = level
        prefix = {"error": "⚠ ", "warning": "⚠ ", "info": ""}.get(level, "")
        self.label.setText(prefix + text)
        self.show()
