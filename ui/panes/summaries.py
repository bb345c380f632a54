"""Summaries: paste, open or drop a transcript → grounded action items → to-dos in one click."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from assistant.llm.base import Engine
from assistant.meetings import TranscriptOutcome, process_transcript
from assistant.skills.confidence import is_low
from assistant.skills.dates import stated_date
from assistant.skills.transcript import read_file
from assistant.store import Store, records
from ui.context import AppContext
from ui.engine_worker import Job, JobContext, JobHandle
from ui.flow_layout import FlowLayout
from ui.panes.summary_view import SummaryView
from ui.tasks import run_in_background
from ui.theme import line_highlight

TRANSCRIPT_SUFFIXES = (".txt", ".vtt", ".srt", ".md")

#: The table's columns; the tick box lives in the owner cell at the row's left edge.
OWNER, TASK, DUE, LINE = range(4)


def extraction_job(store: Store, text: str, meeting_date: date, title: str, source_path: str | None) -> Job:
    """Check, save, extract and save the items — all off the UI thread, so a 5 MB paste
    never freezes it (the use case :func:`assistant.meetings.process_transcript`)."""

    def run(generator: Engine | None, ctx: JobContext) -> TranscriptOutcome:
        return process_transcript(
            store,
            text,
            meeting_date,
            generator,
            source_path=source_path,
            title=title,
            progress=ctx.on_progress,
            cancel=ctx.cancel,
            kind="auto",  # an article, email thread or chat gets the summary alone
        )

    return Job("actions", run, needs_model=False)  # the rules work without a model


class TranscriptEdit(QPlainTextEdit):
    """A plain-text box that accepts dropped transcript files."""

    file_dropped = Signal(str)

    def dragEnterEvent(self, e: QDragEnterEvent) -> None:
        if e.mimeData().hasUrls():
            e.acceptProposedAction()
        else:
            super().dragEnterEvent(e)

    def dropEvent(self, e: QDropEvent) -> None:
        urls = e.mimeData().urls()
        if urls and urls[0].isLocalFile():
            self.file_dropped.emit(urls[0].toLocalFile())
            e.acceptProposedAction()
        else:
            super().dropEvent(e)


class SummariesPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.job: JobHandle | None = None
        self.transcript_id: int | None = None
        self.item_ids: list[int] = []
        self.source_path: str | None = None

        self.text = TranscriptEdit()
        self.text.setPlaceholderText(
            "Paste a meeting transcript here, or open or drop a .txt, .vtt, .srt, .md or IRC .log file."
        )
        self.text.setAccessibleName("Transcript")
        self.text.file_dropped.connect(self.open_path)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName("Meeting date")
        # A date the user picks wins; until then a transcript that states its own date
        # ("Meeting started Tue Dec 1…", "Date: …") sets it when it is run.
        self.date_from_user = False
        self._setting_date = False
        self.date.dateChanged.connect(self._on_date_changed)
        self.open_button = QPushButton("Open…")
        self.open_button.clicked.connect(self.choose_file)
        self.extract_button = QPushButton("Extract action items")
        self.extract_button.setAccessibleName("Extract action items")
        self.extract_button.clicked.connect(self.extract)
        self.extract_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.extract_button.setToolTip("Extract action items (Ctrl+Enter)")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop)
        self.status = QLabel("")
        self.status.setAccessibleName("Extraction status")

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(["Owner", "Task", "Due", "Line"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        # The task takes the room that is left and wraps; the narrow columns can be
        # dragged wider by hand (ResizeToContents would lock them).
        for column in (OWNER, DUE, LINE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setAccessibleName("Action items")
        self.table.itemSelectionChanged.connect(self._highlight_selected)
        self.table.itemChanged.connect(self._on_tick)
        self.items: list[dict[str, Any]] = []
        self.warnings = QLabel("")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # warnings quote the transcript
        self.warnings.setAccessibleName("Extraction warnings")
        self.warnings.setObjectName("extractionWarnings")
        self.warnings.hide()
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = QPushButton("Add to to-dos")
        self.add_button.setAccessibleName("Add the ticked action items to to-dos")
        self.add_button.setToolTip("Adds the ticked items; an item added before is not added twice")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_ticked)
        self.export_button = QPushButton("Export Markdown…")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export_markdown)
        self.history = QListWidget()
        self.history.setAccessibleName("Past transcripts")
        self.history.itemActivated.connect(self._open_history)

        top = FlowLayout()  # wraps at 800x600 instead of cutting the buttons off
        for w in (
            QLabel("Meeting date:"),
            self.date,
            self.open_button,
            self.extract_button,
            self.stop_button,
        ):
            top.addWidget(w)
        self.status.setWordWrap(True)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.status)
        ll.addWidget(self.text)
        self.summary_view = SummaryView(ctx)
        self.summary_view.lines_selected.connect(self.highlight_lines)
        summary_box = QWidget()
        sl = QVBoxLayout(summary_box)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.summary)
        sl.addWidget(self.summary_view, 1)
        items_box = QWidget()
        il = QVBoxLayout(items_box)
        il.setContentsMargins(0, 0, 0, 0)
        il.addWidget(self.warnings)
        il.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        il.addLayout(row)
        history_box = QWidget()
        hl = QVBoxLayout(history_box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.addWidget(QLabel("History"))
        hl.addWidget(self.history, 1)
        # Summary, action items and history share the height; at 800x600 a fixed layout
        # left the table one row tall, so the person decides, by dragging.
        self.results_split = right = QSplitter(Qt.Orientation.Vertical)
        for box, stretch in ((summary_box, 2), (items_box, 3), (history_box, 1)):
            right.addWidget(box)
            right.setStretchFactor(right.count() - 1, stretch)
        right.setChildrenCollapsible(False)
        self.split = split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        # Dragging the handle far right used to collapse the results to nothing; each
        # side now stops at its own minimum, so the handle always moves and comes back.
        split.setChildrenCollapsible(False)
        split.setSizes([420, 580])  # the results need the room more than the text box
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        ctx.events.transcripts_changed.connect(self.refresh_history)
        self.refresh_history()

    # -- input ---------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open transcript", "", "Transcripts (*.txt *.vtt *.srt *.md *.log);;All files (*)"
        )
        if path:
            self.open_path(path)

    def _on_date_changed(self, _: QDate) -> None:
        if not self._setting_date:
            self.date_from_user = True

    def _set_date(self, day: date) -> None:
        self._setting_date = True
        try:
            self.date.setDate(QDate(day.year, day.month, day.day))
        finally:
            self._setting_date = False

    def open_path(self, path: str) -> None:
        def opened(text: str) -> None:  # a file that cannot be used never gets here
            self.source_path = path
            self.text.setPlainText(text)
            self.status.setText(f"Opened {Path(path).name}")

        run_in_background(lambda: read_file(path), opened, self.ctx.errors.handle)

    # -- extraction ----------------------------------------------------------

    def extract(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            self.ctx.messages.error("The transcript is empty. Paste or open a meeting transcript.")
            return
        if not self.date_from_user and (stated := stated_date(text)) is not None:
            self._set_date(stated)
        meeting = self.date.date().toPython()
        assert isinstance(meeting, date)
        name = Path(self.source_path).name if self.source_path else "Pasted transcript"
        self.show_items([], None)
        self.show_warnings([])
        self.summary_view.show_summary(None)
        self.summary.setText("")
        self.add_button.setEnabled(False)
        self.extract_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        queued = self.ctx.engine.queued
        self.status.setText("Queued behind other requests…" if queued else "Reading the transcript…")
        self.job = self.ctx.engine.submit(
            extraction_job(self.ctx.store, text, meeting, name, self.source_path),
            success=self._on_finished,
            failure=self._on_failed,
            cancelled=self._on_cancelled,
            on_progress=self._on_progress,
        )
        self.job.started.connect(lambda: self.status.setText("Finding action items…"))

    def stop(self) -> None:
        if self.job is not None:
            self.job.stop()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 1:
            self.status.setText(f"Chunk {min(done + 1, total)} of {total}…" if done < total else "Checking…")

    def _end(self) -> None:
        self.job = None
        self.extract_button.setEnabled(True)
        self.stop_button.setEnabled(False)

    def _on_cancelled(self) -> None:
        self._end()
        self._stopped()

    def _stopped(self) -> None:
        self.status.setText("Stopped. The transcript is saved in History.")
        self.ctx.events.transcripts_changed.emit()

    def _on_failed(self, message: str) -> None:
        self._end()
        self.status.setText("Failed.")
        self.ctx.messages.error(message)
        self.ctx.events.transcripts_changed.emit()

    def _on_finished(self, out: object) -> None:
        self._end()
        assert isinstance(out, TranscriptOutcome)
        self.transcript_id = out.transcript_id
        result = out.extraction
        if out.cancelled:  # stopped between chunks: the job itself ended normally
            self._stopped()
            return
        self.summary_view.show_summary(out.structured)
        self.show_items(records.action_items_for(self.ctx.store, out.transcript_id), out.summary)
        self.show_warnings(result.warnings)  # e.g. a line that talks to the assistant was left out
        note = f" (model step failed: {out.model_error})" if out.model_error else ""
        self.status.setText(
            f"{len(result.action_items)} action items in {result.timings.get('total_s', 0):.1f} s{note}"
        )
        self.ctx.events.transcripts_changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        """A light/dark switch: greyed items and the highlighted line take the new colours."""
        if event.type() == QEvent.Type.PaletteChange:
            if self.items:
                self.show_items(self.items, self.summary.text(), ticks=self.ticks())
            colour = line_highlight(self.palette())  # the pane's: its children's may lag
            selections = self.text.extraSelections()
            for sel in selections:
                fmt = sel.format  # a copy: set it back
                fmt.setBackground(colour)
                sel.format = fmt
            self.text.setExtraSelections(selections)
        super().changeEvent(event)

    def show_warnings(self, warnings: list[str]) -> None:
        """Say plainly, above the items, what the extraction left out or doubts."""
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def show_items(
        self, items: list[dict[str, Any]], summary: str | None, ticks: dict[int, bool] | None = None
    ) -> None:
        """Fill the table: every item ticked except those that need a person's review
        (unticked, with the reason); items the pipeline doubts are greyed.

        ``ticks`` keeps the user's own ticks (by item id) when the same items are shown again."""
        ticks = ticks or {}
        self.items = items
        self.item_ids = [int(i["id"]) for i in items]
        grey = QBrush(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        warn = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.table.blockSignals(True)  # ticks set here are not the user's
        self.table.setRowCount(len(items))
        for r, item in enumerate(items):
            review = bool(item.get("needs_review"))
            reason = item.get("review_reason") or "check it before adding"
            confidence = item.get("confidence")
            low = is_low(confidence)  # the pipeline's own cut (assistant/skills/confidence.py)
            line = str(item["source_line"]) + (" ✓" if item["todo_id"] else "")
            # The reason sits under the task (a column of its own left the task no room at 800 px).
            task = f"{item['task']}\nNeeds review: {reason}" if review else item["task"]  # and a ⚠ icon
            cells = [item["owner"] or "—", task, item["due"] or "", line]
            tip = f"{item['task']}\n\nLine {item['source_line']}: {item['quote']}"
            if low:
                tip += f"\n\nLow confidence ({float(confidence or 0):.2f}): read the line before adding it."
            if review:
                tip += f"\n\nNeeds review: {reason}. Not ticked; tick it to add it anyway."
            for c, value in enumerate(cells):
                cell = QTableWidgetItem(value)  # QTableWidgetItem text is plain, never HTML
                cell.setToolTip(tip)  # the full task and its line, however narrow the column
                if low and c != OWNER:  # the tick box keeps its normal look: it still works
                    cell.setForeground(grey)
                self.table.setItem(r, c, cell)
            tick = self.table.item(r, OWNER)
            assert tick is not None
            tick.setFlags(tick.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = ticks.get(int(item["id"]), not review)
            tick.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            tick.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "ticked items are added to to-dos")
            if review:
                flag = self.table.item(r, TASK)
                assert flag is not None
                flag.setIcon(warn)
        self.table.blockSignals(False)
        for column in (OWNER, DUE, LINE):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()  # long tasks wrap onto more lines
        self.summary.setText(summary or "")
        # The one-line summary only where the full one (which says the same first) is not shown.
        self.summary.setVisible(bool(summary) and self.summary_view.summary is None)
        self.export_button.setEnabled(bool(items))
        self._on_tick()

    def ticks(self) -> dict[int, bool]:
        """Each shown item's id and whether it is ticked."""
        out = {}
        for r, item_id in enumerate(self.item_ids):
            cell = self.table.item(r, OWNER)
            out[item_id] = cell is not None and cell.checkState() == Qt.CheckState.Checked
        return out

    def ticked_ids(self) -> list[int]:
        """The ids of the ticked action items, in table order."""
        return [item_id for item_id, ticked in self.ticks().items() if ticked]

    def _on_tick(self, *_: object) -> None:
        self.add_button.setEnabled(bool(self.ticked_ids()))

    def _highlight_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if len(rows) != 1:
            self.text.setExtraSelections([])
            return
        self.highlight_line(int(self.items[rows[0]]["source_line"]))

    def highlight_lines(self, lines: list[int]) -> None:
        for n in sorted(lines, reverse=True):  # the first cited line ends up in view
            self.highlight_line(n, keep=n != max(lines))

    def highlight_line(self, line: int, keep: bool = False) -> None:
        block = self.text.document().findBlockByNumber(line - 1)
        if not block.isValid():
            return
        cursor = QTextCursor(block)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(line_highlight(self.palette()))  # readable in light and dark
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
        sel.format = fmt
        sel.cursor = cursor
        self.text.setExtraSelections([*self.text.extraSelections(), sel] if keep else [sel])

    def add_ticked(self) -> None:
        """Add the ticked items as to-dos and say how many were new.

        Adding is idempotent in the core (:func:`records.add_todos`): an item added
        before, from this or an earlier run on the same transcript, is counted as
        already there, not added again.  A ticked item that needs review was ticked by
        the user after the reason was shown, so it is added."""
        ids = self.ticked_ids()
        if not ids:
            self.ctx.messages.info("Tick the action items to add first.")
            return
        store, transcript_id = self.ctx.store, self.transcript_id

        def added(out: records.TodoAdd) -> None:
            self.ctx.messages.info(added_message(out))
            if transcript_id is not None and transcript_id == self.transcript_id:
                items = records.action_items_for(store, transcript_id)
                self.show_items(items, self.summary.text(), ticks=self.ticks())
            if out.added:
                self.ctx.events.todos_changed.emit()

        self.ctx.write(lambda: records.add_todos(store, ids, include_review=True), added)

    def markdown(self) -> str:
        lines = [
            f"# Meeting {self.date.date().toString('yyyy-MM-dd')}",
            "",
            self.summary.text(),
            "",
            "## Action items",
            "",
        ]
        for item in self.items:
            owner, task, due = item["owner"] or "—", item["task"], item["due"]
            review = f" (needs review: {item['review_reason']})" if item.get("needs_review") else ""
            lines.append(
                f"- [ ] **{owner}**: {task}"
                + (f" (due {due})" if due else "")
                + review
                + f" — line {item['source_line']}"
            )
        return "\n".join(lines) + "\n"

    def export_markdown(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, "Export action items", "action-items.md", "Markdown (*.md)"
        )
        if not path:
            return
        try:
            Path(path).write_text(self.markdown(), encoding="utf-8")
        except OSError as exc:
            self.ctx.messages.error(f"Could not save {path}: {exc.strerror}")

    # -- history ---------------------------------------------------------------

    def refresh_history(self) -> None:
        self.history.clear()
        for row in records.list_transcripts(self.ctx.store):
            item = QListWidgetItem(
                f"{row['meeting_date']}  {row['title'] or 'Transcript'}  ({row['chars']} chars)"
            )
            item.setData(Qt.ItemDataRole.UserRole, int(row["id"]))
            self.history.addItem(item)

    def _open_history(self, item: QListWidgetItem) -> None:
        tid = int(item.data(Qt.ItemDataRole.UserRole))
        row = records.get_transcript(self.ctx.store, tid)
        if row is None:
            return
        self.transcript_id = tid
        self.text.setPlainText(row["text"])
        self._set_date(date.fromisoformat(row["meeting_date"]))
        self.summary_view.show_summary(None)  # not stored: never another meeting's summary
        self.show_items(records.action_items_for(self.ctx.store, tid), row["summary"])
        self.show_warnings([])  # warnings belong to a run; they are not stored


def added_message(out: records.TodoAdd) -> str:
    """An honest count: new to-dos apart from the ones that were already there."""
    new, old = len(out.added), len(out.existing)
    if new and old:
        return f"Added {new} new to-do(s); {old} were already in your to-dos."
    if new:
        return f"Added {new} new to-do(s) from the meeting."
    if old:
        return f"Nothing new: all {old} ticked item(s) were already in your to-dos."
    return "Nothing was added."
