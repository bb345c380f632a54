"""The summary of a meeting or any pasted text: TL;DR, cited bullets, and what to do with them."""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant.skills.summarize import Point, Summary
from assistant.store import records
from ui.context import AppContext

log = logging.getLogger("daybreak.ui.summary")

LINES_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class FollowUp:
    """What a follow-up email needs: who gets it and the facts it must carry.

    ``actions`` are dicts as the email skill's ``meeting_follow_up_facts`` takes them
    (owner, task, due); the Email pane drafts from these through the skill's
    follow-up path, so the draft is fact-checked like any other.
    """

    recipients: list[str]
    about: str
    decisions: list[str] = field(default_factory=list)
    actions: list[dict[str, str]] = field(default_factory=list)

    @property
    def points(self) -> list[str]:
        """Decisions, then action items by owner, as lines a person reads."""
        by_owner: dict[str, list[str]] = defaultdict(list)
        for a in self.actions:
            due = f" by {a['due']}" if a.get("due") else ""
            by_owner[a.get("owner") or "Unassigned"].append(a["task"] + due)
        return [f"Decision: {d}" for d in self.decisions] + [
            f"{owner}: {', '.join(tasks)}" for owner, tasks in by_owner.items()
        ]

    def request_text(self) -> str:
        return f"Follow-up email after {self.about}: thank everyone, list the decisions and who does what"


def follow_up(summary: Summary) -> FollowUp:
    # A title made of the meeting's frequent words ("Meeting: budget, hiring and launch") is
    # not a name a person would write in an email; a heading from the transcript is.
    # Nor is a list of its agenda items ("onboarding redesign; billing migration").
    title = summary.title
    if title.startswith("Meeting") or ";" in title:
        about = "our meeting"
    else:
        about = title if re.match(r"(?i)(?:the|our|a|an)\s", title) else f"the {title}"
    # By owner: each person's items together, owners in the order they first got one.
    owners = list(dict.fromkeys(i.owner or "" for i in summary.action_items))
    items = sorted(summary.action_items, key=lambda i: owners.index(i.owner or ""))
    return FollowUp(
        list(summary.participants),
        about,
        [_bare(p) for p in summary.decisions],
        [{"owner": i.owner or "", "task": i.task, "due": str(i.due or "")} for i in items],
    )


def _bare(p: Point) -> str:
    return p.text[p.body_start :] if p.origin == "extract" else p.text


class SummaryView(QWidget):
    """Shows one :class:`Summary`; knows nothing of engines or other panes.

    Signals:
        lines_selected(list): the 1-based input lines of the clicked bullet.
        follow_up_requested(object): a :class:`FollowUp` for the Email pane.
        note_saved(int): the id of the note the summary was saved as.
    """

    lines_selected = Signal(list)
    follow_up_requested = Signal(object)
    note_saved = Signal(int)

    def __init__(self, ctx: AppContext | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.summary: Summary | None = None
        self.title = QLabel("")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.tldr = QLabel("")
        self.tldr.setTextFormat(Qt.TextFormat.PlainText)
        self.tldr.setWordWrap(True)
        self.tldr.setAccessibleName("TL;DR")
        self.tldr.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Summary", "Lines"])
        self.tree.setAccessibleName("Summary points")
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        # The point's text takes the width; the cited line numbers only what they need
        # (the default stretched the last column and cut every point to "PERSO…").
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemClicked.connect(lambda item, _col: self._emit_lines(item))
        self.copy_button = QPushButton("Copy as Markdown")
        self.copy_button.clicked.connect(self.copy_markdown)
        self.note_button = QPushButton("Save as note")
        self.note_button.clicked.connect(self.save_note)
        self.email_button = QPushButton("Draft follow-up email")
        self.email_button.clicked.connect(self.draft_follow_up)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        for b in (self.copy_button, self.note_button, self.email_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tldr)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.show_summary(None)

    def show_summary(self, summary: Summary | None) -> None:
        self.summary = summary
        self.tree.clear()
        has = summary is not None
        for b in (self.copy_button, self.note_button):
            b.setEnabled(has)
        self.email_button.setEnabled(has and summary is not None and summary.kind == "meeting")
        if summary is None:
            self.title.setText("")
            self.tldr.setText("")
            self.status.setText("")
            return
        self.title.setText(summary.title)
        self.tldr.setText(summary.tldr)
        sections = (
            ("Key points", summary.key_points),
            ("Decisions", summary.decisions),
            (summary.questions_heading, summary.open_questions),
        )
        for name, points in sections:
            if not points:
                continue
            head = QTreeWidgetItem([f"{name} ({len(points)})", ""])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            for p in points:
                item = QTreeWidgetItem([p.text, ", ".join(str(n) for n in p.lines)])
                item.setData(0, LINES_ROLE, list(p.lines))
                item.setToolTip(0, p.text)
                head.addChild(item)
            head.setExpanded(True)
        self.status.setText(" ".join(summary.notes))

    # -- actions -------------------------------------------------------------

    def _on_current(self, item: QTreeWidgetItem | None, _prev: QTreeWidgetItem | None) -> None:
        if item is not None:
            self._emit_lines(item)

    def _emit_lines(self, item: QTreeWidgetItem) -> None:
        lines = item.data(0, LINES_ROLE)
        if lines:
            self.lines_selected.emit(list(lines))

    def markdown(self) -> str:
        return self.summary.markdown() if self.summary else ""

    def copy_markdown(self) -> None:
        if self.summary is None:
            return
        QGuiApplication.clipboard().setText(self.markdown())
        self.status.setText("Copied as Markdown.")

    def save_note(self) -> None:
        ctx, summary = self.ctx, self.summary
        if summary is None or ctx is None:
            return
        store, body = ctx.store, self.markdown()

        def saved(note_id: int) -> None:
            self.status.setText("Saved as a note.")
            self.note_saved.emit(note_id)
            ctx.events.notes_changed.emit()

        ctx.write(
            lambda: records.add_note(store, body, title=summary.title, tags=("summary",)),
            saved,
            show=self.status.setText,
        )

    def draft_follow_up(self) -> None:
        if self.summary is not None:
            self.follow_up_requested.emit(follow_up(self.summary))
