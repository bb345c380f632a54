"""A note opened in full: read, edit and save, or delete (the Notes pane offers the undo)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import KnownError
from assistant.store import Store, records


class NoteEditor(QDialog):
    """Shows one note whole; Save writes it back (empty text is refused and kept on screen).

    ``result_action`` tells the caller what happened: "saved", "deleted" or "" (closed).
    """

    def __init__(self, store: Store, note: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.note = note
        self.result_action = ""
        self.deleted_row: dict[str, Any] | None = None
        self.setWindowTitle(f"Note #{note['id']}" + (f" — {note['title']}" if note["title"] else ""))
        self.setMinimumSize(420, 320)
        self.resize(640, 480)
        self.info = QLabel(
            f"Created {note['created'][:16].replace('T', ' ')} UTC, updated {note['updated'][:16].replace('T', ' ')} UTC"
        )
        self.info.setWordWrap(True)
        self.body = QPlainTextEdit(str(note["body"]))
        self.body.setAccessibleName("Note text")
        self.tags = QLineEdit(str(note["tags"] or ""))
        self.tags.setPlaceholderText("tags, space separated")
        self.tags.setAccessibleName("Note tags")
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut(QKeySequence("Ctrl+S"))
        self.delete_button = QPushButton("Delete note")
        self.delete_button.setAccessibleName("Delete this note")
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.tags)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            self.note = records.update_note(
                self.store, int(self.note["id"]), self.body.toPlainText(), tags=self.tags.text().split()
            )
        except KnownError as exc:  # the text stays in the editor
            self.error.setText(str(exc))
            self.error.show()
            return
        self.result_action = "saved"
        self.accept()

    def delete(self) -> None:
        self.deleted_row = records.delete_note(self.store, int(self.note["id"]))
        self.result_action = "deleted"
        self.accept()
