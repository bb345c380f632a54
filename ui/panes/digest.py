"""Digest history: every morning digest, newest first (the scheduler writes them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from assistant.store import records
from ui.context import AppContext


class DigestPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.list = QListWidget()
        self.list.setAccessibleName("Digests")
        self.list.currentItemChanged.connect(self._show)
        self.body = QPlainTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName("Digest")
        self.empty = QLabel("No digests yet. Your first arrives at the digest time (7:00 by default).")
        split = QSplitter()
        split.addWidget(self.list)
        split.addWidget(self.body)
        split.setSizes([240, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split)
        self.refresh()

    def refresh(self) -> None:
        rows = records.list_digests(self.ctx.store)
        self.empty.setVisible(not rows)
        self.list.clear()
        for r in rows:
            label = f"{r['run_date']}" + ("  (catch-up)" if r["catch_up"] else "")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, r["body"])
            self.list.addItem(item)
        if rows:
            self.list.setCurrentRow(0)

    def _show(self, item: QListWidgetItem | None) -> None:
        self.body.setPlainText(item.data(Qt.ItemDataRole.UserRole) if item else "")
