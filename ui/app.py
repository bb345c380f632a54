"""The desktop app's entry point: wiring only.

This is the first cut of the window (the full panes, engine worker and tray
come with the desktop issue): it opens at once, lists and adds to-dos from the
same store as the CLI, and never loads the model on the UI thread.
"""

from __future__ import annotations

import sys
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from assistant.errors import KnownError
from assistant.skills.dates import parse_quick_add
from assistant.store import Store, records


class TodoPane(QWidget):
    """Quick-add with natural-language dates, and the open to-dos."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.entry = QLineEdit(placeholderText='Add a to-do: "call mom tomorrow 5pm"')
        self.entry.setAccessibleName("New to-do")
        self.entry.returnPressed.connect(self.add)
        self.list = QListWidget()
        self.list.setAccessibleName("Open to-dos")
        self.list.itemChanged.connect(self._toggled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.entry)
        layout.addWidget(self.list)
        self.refresh()

    def add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        title, due = parse_quick_add(text, datetime.now())
        try:
            records.add_todo(self.store, title or text, due=due)
        except KnownError as exc:  # the typed text stays in the box
            QMessageBox.warning(self, "Daybreak", str(exc))
            return
        self.entry.clear()
        self.refresh()

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for row in records.list_todos(self.store):
            due = f"  — due {row['due'].replace('T', ' ')}" if row["due"] else ""
            item = QListWidgetItem(f"{row['title']}{due}")
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _toggled(self, item: QListWidgetItem) -> None:
        if item.checkState() == Qt.CheckState.Checked:
            records.complete_todo(self.store, int(item.data(Qt.ItemDataRole.UserRole)))
            self.refresh()


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle("Daybreak")
        self.resize(900, 600)
        self.tabs = QTabWidget()
        self.todos = TodoPane(store)
        self.tabs.addTab(self.todos, "To-dos")
        for name, text in (
            ("Summaries", "Meeting transcripts → action items: use `daybreak actions FILE` for now."),
            ("Email", "Email drafts arrive with the desktop release."),
            ("Recipes", "Recipes arrive with the desktop release."),
            ("Notes", "Notes: `daybreak note add TEXT` and `daybreak note search QUERY`."),
        ):
            label = QLabel(text)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(label, name)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage("Ready — no model loaded in this window yet")


def main(argv: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName("Daybreak")
    try:
        store = Store()
    except KnownError as exc:
        QMessageBox.critical(None, "Daybreak", str(exc))
        return 2
    window = MainWindow(store)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
