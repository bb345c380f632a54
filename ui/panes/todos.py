"""To-dos: quick-add with natural dates, groups, check off / delete with undo, search, plan my day."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from assistant import settings
from assistant.llm.base import Engine
from assistant.skills import plan as day_plan
from assistant.skills.dates import parse_quick_add
from assistant.skills.ics import todos_to_ics
from assistant.skills.todos import (
    Plan,
    PlanItem,
    Recurrence,
    describe_due,
    parse_todo,
    plan_today,
)
from assistant.store import Store, records
from assistant.store.todo_pages import Section, TodoFilter, first_pages, section_page
from ui.context import AppContext
from ui.engine_worker import Job, JobHandle
from ui.tasks import run_in_background

ID_ROLE = Qt.ItemDataRole.UserRole


#: Rows read per section at a time: a screenful or two, so a search over 100k to-dos
#: reads and draws a few hundred rows, not ten thousand.
PAGE = 100
#: Above this many to-dos (open and done), a refresh after an edit runs off the UI thread.
SYNC_REFRESH_MAX = 5000


class TodoListModel(QAbstractListModel):
    """Section headers, to-dos and "Show more" rows as one flat list, a page at a time.

    Each section (Overdue … Completed) shows its count and its first :data:`PAGE` rows;
    a "Show more" row at its end asks for the next page (``more_requested``), and
    scrolling to the end of the list fetches the last section's next page
    (``canFetchMore``/``fetchMore``).  Pages are read off the UI thread by the pane and
    handed in with :meth:`append_page`.

    Signals:
        checked(int): the user ticked the to-do with this id.
        more_requested(str): the named section's next page is wanted.
    """

    checked = Signal(int)
    more_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        # ("header", Section), ("todo", row), ("done", row) or ("more", Section)
        self.rows: list[tuple[str, Any]] = []
        self.sections: list[Section] = []
        self.generation = 0  # bumped on every reset: a page read for an older list is dropped
        self.pending: set[str] = set()  # sections whose next page is being read

    def set_sections(self, sections: list[Section]) -> None:
        self.beginResetModel()
        self.generation += 1
        self.pending.clear()
        self.sections = sections
        self.rows = []
        for section in sections:
            kind = "done" if section.name == "Completed" else "todo"
            self.rows.append(("header", section))
            self.rows.extend((kind, row) for row in section.rows)
            if section.remaining > 0:
                self.rows.append(("more", section))
        self.endResetModel()

    def append_page(self, generation: int, name: str, offset: int, rows: list[dict[str, Any]]) -> None:
        """Add a section's next page (read for list ``generation`` from ``offset``)."""
        try:
            self._append_page(generation, name, offset, rows)
        finally:
            # Only now: a view asks for more while the rows go in, and that request
            # would read the same page again.
            self.pending.discard(name)

    def _append_page(self, generation: int, name: str, offset: int, rows: list[dict[str, Any]]) -> None:
        section = next((s for s in self.sections if s.name == name), None)
        if generation != self.generation or section is None or offset != len(section.rows):
            return  # the list was reloaded (a new search) or this page came twice
        kind = "done" if name == "Completed" else "todo"
        more = next(i for i, (k, v) in enumerate(self.rows) if k == "more" and v is section)
        if rows:
            self.beginInsertRows(QModelIndex(), more, more + len(rows) - 1)
            self.rows[more:more] = [(kind, row) for row in rows]
            self.endInsertRows()
            section.rows.extend(rows)  # after the insert: the "more" row's text changes next
            more += len(rows)
        if section.remaining <= 0 or not rows:
            self.beginRemoveRows(QModelIndex(), more, more)
            del self.rows[more]
            self.endRemoveRows()
        else:
            index = self.index(more)
            self.dataChanged.emit(index, index)  # "n not shown" went down

    def request_more(self, row: int) -> None:
        kind, value = self.rows[row]
        if kind == "more" and value.name not in self.pending:
            self.pending.add(value.name)
            self.more_requested.emit(value.name)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and bool(self.rows)
            and self.rows[-1][0] == "more"
            and self.rows[-1][1].name not in self.pending
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.request_more(len(self.rows) - 1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def todo_id(self, row: int) -> int | None:
        kind, value = self.rows[row]
        return int(value["id"]) if kind == "todo" else None

    @staticmethod
    def more_label(section: Section) -> str:
        return f"Show {min(PAGE, section.remaining)} more ({section.remaining} not shown)"

    @staticmethod
    def label(value: dict[str, Any]) -> str:
        """One line per to-do: title, due in words, repeat, priority, bell, owner, tags."""
        parts = [str(value["title"])]
        if value.get("due"):
            parts.append("— " + describe_due(str(value["due"]), date.today()))
        rule = Recurrence.parse_rule(value.get("recurrence"))
        if rule is not None:
            parts.append("↻ " + rule.describe())
        priority = int(value.get("priority") or 4)
        if priority < 4:
            parts.append(f"p{priority}")
        if value.get("has_reminder"):
            parts.append("🔔")
        if value.get("owner"):
            parts.append(f"(waiting for {value['owner']})")
        parts.extend(f"#{t}" for t in str(value.get("tags") or "").split())
        return "  ".join(parts)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        kind, value = self.rows[index.row()]
        if kind == "more":
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.more_label(value)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            return None
        if kind == "header":
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{value.name} ({value.total})"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.label(value)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.label(value).replace("🔔", "reminder set").replace("↻", "repeats")
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if kind == "done" else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(value["details"] or value["title"])
        if role == ID_ROLE:
            return int(value["id"])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()][0] == "header":
            return Qt.ItemFlag.NoItemFlags
        if self.rows[index.row()][0] in ("done", "more"):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        todo_id = self.todo_id(index.row()) if index.isValid() else None
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and todo_id is not None
            and value in (Qt.CheckState.Checked, 2)
        ):
            self.checked.emit(todo_id)
            return True
        return False


class TodosPane(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.undo_stack: list[tuple[str, int, int | None]] = []  # (what, to-do, occurrence it created)
        self.entry = QLineEdit(
            placeholderText='Add a to-do: "call mom tomorrow 5pm", "report by Friday 2pm #work"'
        )
        self.entry.setAccessibleName("New to-do")
        self.entry.returnPressed.connect(self.add)
        self.entry.textChanged.connect(self._update_preview)
        self.preview = QLabel("")
        self.preview.setObjectName("todoPreview")
        self.preview.setAccessibleName("What the new to-do will be")
        self.preview.setStyleSheet("QLabel#todoPreview { border-radius: 8px; padding: 1px 8px; }")
        self.preview.hide()
        self.undo_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Undo), self)
        self.undo_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_shortcut.activated.connect(self.undo)
        self.search = QLineEdit(placeholderText="Search to-dos")
        self.search.setAccessibleName("Search to-dos")
        self.search.textChanged.connect(self.refresh_in_background)
        self._loading = False
        self._reload = False
        self._shown_query = ""
        self.model = TodoListModel()
        self.model.checked.connect(self._checked)
        self.model.more_requested.connect(self.load_more)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # no per-row measuring: long lists stay fast
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName("To-dos")
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton("Undo")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.remind_button = QPushButton("Remind…")
        self.remind_button.setAccessibleName("Set a reminder for the selected to-do")
        self.remind_button.clicked.connect(self.remind_selected)
        self.export_button = QPushButton("Export .ics…")
        self.export_button.clicked.connect(self.export_ics)
        self.list.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.list.clicked.connect(lambda index: self.model.request_more(index.row()))
        self.list.activated.connect(lambda index: self.model.request_more(index.row()))
        self.plan_button = QPushButton("Plan my day")
        self.plan_button.setAccessibleName("Plan my day")
        self.plan_button.clicked.connect(self.plan)
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName("Today's plan")
        self.plan_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.plan_list.model().rowsMoved.connect(self._plan_reordered)
        self.plan_label = QLabel("")
        buttons = QHBoxLayout()
        for b in (
            self.delete_button,
            self.undo_button,
            self.remind_button,
            self.export_button,
            self.plan_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 1)
        entry_row.addWidget(self.preview)
        layout.addLayout(entry_row)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.plan_label)
        layout.addWidget(self.plan_list, 2)
        self._plan_job: JobHandle | None = None
        ctx.events.todos_changed.connect(self.refresh)
        self.refresh()

    # -- adding, listing ------------------------------------------------------

    def add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        q = parse_todo(text, datetime.now())
        typed = self.entry.text()

        def added(_: object) -> None:  # a failed write never gets here: the typed text stays
            if self.entry.text() == typed:
                self.entry.clear()
            self.ctx.events.todos_changed.emit()

        store = self.ctx.store
        self.ctx.write(
            lambda: records.add_todo(
                store,
                q.title or text,
                due=q.due,
                tags=q.tags,
                priority=q.priority,
                recurrence=q.recurrence.rule() if q.recurrence else None,
            ),
            added,
        )

    def _update_preview(self, text: str) -> None:
        """The parsed date, repeat and priority as a chip before Enter ("Tomorrow 17:00")."""
        chip = parse_todo(text, datetime.now()).preview(datetime.now()) if text.strip() else ""
        self.preview.setText(chip)
        self.preview.setToolTip(f"Will be added as: {chip}" if chip else "")
        self.preview.setVisible(bool(chip))

    def _filter(self, query: str) -> TodoFilter:
        me = settings.MY_NAMES.get(self.ctx.store).split(",")
        return TodoFilter(query=query, today=date.today(), me=tuple(m.strip() for m in me if m.strip()))

    def _load(self, f: TodoFilter, shown: dict[str, int]) -> list[Section]:
        return first_pages(self.ctx.store, f, PAGE, shown)

    def _shown(self, f: TodoFilter) -> dict[str, int]:
        """Rows on screen per section, kept by a reload of the same search (an edit), so the
        list does not jump back to the first page; a new search starts from the top.
        Read on the UI thread, before the work is handed to a pool thread."""
        if f.query != self._shown_query:
            self._shown_query = f.query
            return {}
        return {s.name: len(s.rows) for s in self.model.sections}

    def refresh(self) -> None:
        """Reload after the user's own change: at once on the UI thread for an everyday
        list (a few ms), off it for a huge one, where counting every row would freeze the
        window for 100 ms or more (the change then shows a moment later)."""
        if sum(s.total for s in self.model.sections) > SYNC_REFRESH_MAX:
            self.refresh_in_background()
            return
        f = self._filter(self.search.text().strip().lower())
        self.model.set_sections(self._load(f, self._shown(f)))

    def refresh_in_background(self) -> None:
        """Reload off the UI thread (search as you type over a big list); the newest wins."""
        if self._loading:
            self._reload = True
            return
        self._loading = True
        f = self._filter(self.search.text().strip().lower())
        shown, store = self._shown(f), self.ctx.store

        def work() -> list[Section]:
            try:
                return self._load(f, shown)
            finally:
                store.close_thread()  # pool threads must not keep connections open

        run_in_background(work, self._loaded, self._load_failed)

    def _loaded(self, sections: list[Section]) -> None:
        self._loading = False
        if self._reload:
            self._reload = False
            self.refresh_in_background()
            return
        self.model.set_sections(sections)

    def load_more(self, name: str) -> None:
        """Read a section's next page off the UI thread and add it to the list."""
        section = next((s for s in self.model.sections if s.name == name), None)
        if section is None:
            return
        f = self._filter(self.search.text().strip().lower())
        store, generation, offset = self.ctx.store, self.model.generation, len(section.rows)

        def work() -> list[dict[str, Any]]:
            try:
                return section_page(store, name, f, offset, PAGE)
            finally:
                store.close_thread()

        def failed(exc: BaseException) -> None:
            self.model.pending.discard(name)
            self._load_failed(exc)

        run_in_background(work, lambda rows: self.model.append_page(generation, name, offset, rows), failed)

    def _load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.ctx.messages.error(f"Could not load to-dos: {exc}")

    def visible_titles(self) -> list[str]:
        return [self.model.data(self.model.index(r)) for r in range(self.model.rowCount())]

    def row_of(self, prefix: str) -> int:
        return next(r for r, t in enumerate(self.visible_titles()) if t.startswith(prefix))

    def select_row(self, row: int) -> None:
        self.list.setCurrentIndex(self.model.index(row))

    # -- edit, remind, export ------------------------------------------------------

    @classmethod
    def ask_text(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        """One place for the text prompts (tests patch this classmethod)."""
        value, ok = QInputDialog.getText(parent, title, label, text=text)
        return value if ok else None

    @classmethod
    def ask_save_path(cls, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, "Export to-dos", "daybreak-todos.ics", "iCalendar (*.ics)"
        )
        return path or None

    def _selected_ids(self) -> list[int]:
        ids = (self.model.todo_id(i.row()) for i in self.list.selectionModel().selectedIndexes())
        return [i for i in ids if i is not None]

    def _selected_id(self) -> int | None:
        ids = self._selected_ids()
        return ids[0] if ids else None

    def edit_row(self, model_row: int) -> None:
        todo_id = self.model.todo_id(model_row)
        row = records.get_todo(self.ctx.store, todo_id) if todo_id is not None else None
        if row is None:
            return
        current = row["title"] + (f" {str(row['due']).replace('T', ' ')}" if row["due"] else "")
        text = self.ask_text(self, "Edit to-do", "To-do (dates like “tomorrow 5pm” work):", current)
        if text is None or not text.strip():
            return
        title, due = parse_quick_add(text, datetime.now())
        if due is None and row["due"] and str(row["due"]).replace("T", " ") in text:
            due = row["due"]
        store, todo_id = self.ctx.store, int(row["id"])
        self.ctx.write(
            lambda: records.update_todo(store, todo_id, title=title or text, due=due),
            lambda _: self.ctx.events.todos_changed.emit(),
        )

    def remind_selected(self) -> None:
        todo_id = self._selected_id()
        if todo_id is None:
            self.ctx.messages.info("Select a to-do first.")
            return
        row = records.get_todo(self.ctx.store, todo_id)
        text = self.ask_text(
            self, "Reminder", "When? (e.g. “tomorrow 9am”, “17:30”)", self.reminder_default(row)
        )
        if not text:
            return
        _, due = parse_quick_add(text, datetime.now())
        if due is None or "T" not in due:
            self.ctx.messages.error(f"Not a reminder time: {text!r}. Give a time, e.g. “tomorrow 9am”.")
            return
        at = datetime.fromisoformat(due).astimezone()
        store, what = self.ctx.store, row["title"] if row else "To-do"

        def set_(_: object) -> None:
            self.ctx.messages.info(f"Reminder set for {at.strftime('%a %d %b %H:%M')}.")
            self.ctx.events.digest_changed.emit()
            self.ctx.events.todos_changed.emit()  # the bell

        self.ctx.write(lambda: records.add_reminder(store, what, at, todo_id=todo_id), set_)

    @staticmethod
    def reminder_default(row: dict[str, Any] | None) -> str:
        """The reminder dialog's prefill: the due time, or 09:00 on the due day, else empty."""
        due = str((row or {}).get("due") or "")
        if not due:
            return ""
        return due.replace("T", " ") if "T" in due else f"{due} 09:00"

    def export_ics(self) -> None:
        path = self.ask_save_path(self)
        if not path:
            return
        try:
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(todos_to_ics(records.list_todos(self.ctx.store, include_done=True)))
        except OSError as exc:
            self.ctx.messages.error(f"Could not save {path}: {exc.strerror}")
            return
        self.ctx.messages.info(f"Exported to-dos with due dates to {path}.")

    # -- done, delete, undo ---------------------------------------------------

    def _checked(self, todo_id: int) -> None:
        store = self.ctx.store

        def done(row: dict[str, Any]) -> None:
            next_id = int(row["next_id"]) if row.get("next_id") else None
            self._push_undo("done", todo_id, next_id)
            if next_id is not None and row.get("next_due"):
                when = describe_due(str(row["next_due"]), date.today())
                self.ctx.messages.info(f"Done. Next “{row['title']}”: {when}.")
            self.ctx.events.todos_changed.emit()

        self.ctx.write(lambda: _complete(store, todo_id), done)

    def check_row(self, model_row: int) -> None:
        self.model.setData(self.model.index(model_row), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)

    def delete_selected(self) -> None:
        ids, store = self._selected_ids(), self.ctx.store

        def delete() -> None:
            with store.atomic():  # all of the selection, or none of it
                for todo_id in ids:
                    records.delete_todo(store, todo_id)

        if ids:
            self.ctx.write(delete, lambda _: self._changed("delete", ids))

    def _changed(self, what: str, ids: list[int]) -> None:
        for todo_id in ids:
            self._push_undo(what, todo_id)
        self.ctx.events.todos_changed.emit()

    def _push_undo(self, what: str, todo_id: int, next_id: int | None = None) -> None:
        self.undo_stack.append((what, todo_id, next_id))
        self.undo_button.setEnabled(True)
        self.undo_button.setText("Undo " + ("check-off" if what == "done" else "delete"))

    def undo(self) -> None:
        if not self.undo_stack:
            return
        what, todo_id, next_id = self.undo_stack.pop()
        store = self.ctx.store
        # A soft delete comes back the same way as a check-off; a check-off of a repeating
        # to-do also takes back the occurrence it created.
        self.ctx.write(
            lambda: records.reopen_todo(store, todo_id, drop_next=next_id if what == "done" else None),
            lambda _: self.ctx.events.todos_changed.emit(),
        )
        self.undo_button.setEnabled(bool(self.undo_stack))
        if not self.undo_stack:
            self.undo_button.setText("Undo")

    # -- plan my day -----------------------------------------------------------

    def plan(self) -> None:
        rows = records.list_todos(self.ctx.store)
        today = date.today()
        if not self.ctx.engine.model_ready:
            self._show_plan(ranked_plan(None, rows, today))
            return
        if self._plan_job is not None:
            return
        self.plan_label.setText("Planning with the model…")
        self._plan_job = self.ctx.engine.submit(
            Job("plan", lambda gen, c: ranked_plan(gen, rows, today, c.cancel), needs_model=False),
            success=self._on_plan_done,
            failure=self._on_plan_failed,
            cancelled=self._on_plan_failed,
        )

    def _show_plan(self, plan: Plan) -> None:
        self.plan_label.setText(plan.label + " — drag to reorder")
        self.plan_list.clear()
        for n, p in enumerate(plan.items, 1):
            item = QListWidgetItem(f"{n}. {p.title} — {p.reason}")
            item.setData(ID_ROLE, p.todo_id)
            self.plan_list.addItem(item)

    def _on_plan_done(self, out: object) -> None:
        self._plan_job = None
        assert isinstance(out, Plan)
        self._show_plan(out)

    def _on_plan_failed(self, *_: object) -> None:
        self._plan_job = None
        self._show_plan(ranked_plan(None, records.list_todos(self.ctx.store), date.today()))

    def _plan_reordered(self, *_: object) -> None:
        """A drag is the user's word: it is kept as the to-dos' position."""
        ids = [int(self.plan_list.item(i).data(ID_ROLE)) for i in range(self.plan_list.count())]
        store = self.ctx.store
        self.ctx.write(
            lambda: records.set_positions(store, ids), lambda _: self.ctx.events.todos_changed.emit()
        )


def _complete(store: Store, todo_id: int) -> dict[str, Any]:
    """Check off on the writer thread; the next occurrence's due comes back with the row."""
    row = dict(records.complete_todo(store, todo_id))
    following = records.get_todo(store, int(row["next_id"])) if row.get("next_id") else None
    row["next_due"] = following["due"] if following is not None else None
    return row


def ranked_plan(gen: Engine | None, rows: list[Any], today: date, cancel: Any = None) -> Plan:
    """A drag in the app wins; otherwise the ranking of :mod:`assistant.skills.plan` (overdue,
    due today by time, priority, age) with model reasons only where they name their own task."""
    if any(r.get("position") is not None for r in rows):
        return plan_today(None, rows, today)
    items = day_plan.plan(gen, rows, cancel=cancel, today=today)
    label = "Today's plan" if gen is not None else "Today's plan (no model: deadlines first)"
    return Plan([PlanItem(p.todo_id, p.title, p.reason or p.why) for p in items], label)
