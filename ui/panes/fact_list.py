"""The checked facts of a draft as a ✓/✗ list, with the note that says why a fallback was used."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class FactList(QWidget):
    """Shows ``DraftResult.check.as_list()`` and ``DraftResult.note`` beside the draft."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel("Checked facts")
        self.items = QListWidget()
        self.items.setAccessibleName("Checked facts")
        self.note = QLabel("")
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Draft note")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.note)

    def show_facts(self, facts: list[dict[str, Any]], note: str = "", extra: list[str] | None = None) -> None:
        self.items.clear()
        for f in facts:
            mark = "✓" if f["ok"] else "✗"
            self.items.addItem(QListWidgetItem(f"{mark} {f['label']}: {f['value']}"))
        for line in extra or []:
            self.items.addItem(QListWidgetItem(line))
        self.note.setText(note)

    def lines(self) -> list[str]:
        return [self.items.item(i).text() for i in range(self.items.count())]

    def clear(self) -> None:
        self.items.clear()
        self.note.setText("")
