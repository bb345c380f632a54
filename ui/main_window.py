"""The main window: a sidebar of panes, a message bar, and an engine status bar."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from assistant import settings
from assistant.llm.base import ModelInfo
from ui.context import AppContext
from ui.engine_worker import EngineState
from ui.icons import pane_icon
from ui.panes.digest import DigestPane
from ui.panes.email import EmailPane
from ui.panes.notes import NotesPane
from ui.panes.recipes import RecipesPane
from ui.panes.summaries import SummariesPane
from ui.panes.summary_view import FollowUp
from ui.panes.todos import TodosPane
from ui.scheduled_jobs import Scheduling
from ui.widgets import MessageBar

if TYPE_CHECKING:
    from ui.models_dialog import ModelsDialog

PANES = ("To-dos", "Summaries", "Email", "Recipes", "Notes", "Digest")
MINIMUM_SIZE = QSize(800, 600)

#: What the Help menu lists (and the shortcuts themselves are set in ``_shortcuts`` and the panes).
SHORTCUTS = (
    ("Ctrl+1 … Ctrl+6", "Go to To-dos, Summaries, Email, Recipes, Notes, Digest"),
    ("Ctrl+N", "New to-do"),
    ("Enter", "Add the typed to-do / ask the question"),
    ("Ctrl+Z", "Undo the last check-off or delete (To-dos, Notes)"),
    ("Ctrl+S", "Save the note"),
    ("Esc", "Stop generating"),
    ("Ctrl+M", "Models and model server"),
    ("F1", "This list"),
    ("Ctrl+Q", "Quit (reminders and the digest stop)"),
)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, scheduling: Scheduling) -> None:
        super().__init__()
        self.ctx = ctx
        self.scheduling = scheduling
        self.quitting = False
        self.hide_to_tray = False
        self.ask_on_close = False  # set by the app when there is no tray (see closeEvent)
        self.setWindowTitle("Daybreak")
        self.resize(1100, 720)
        self.setMinimumSize(MINIMUM_SIZE)  # every pane is laid out to be usable at this size
        self.todos = TodosPane(ctx)
        self.summaries = SummariesPane(ctx)
        self.email = EmailPane(ctx)
        self.recipes = RecipesPane(ctx)
        self.notes = NotesPane(ctx)
        self.digest = DigestPane(ctx, scheduling)
        self.summaries.summary_view.follow_up_requested.connect(self._draft_follow_up)
        self.stack = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName("Panes")
        self.sidebar.setFixedWidth(150)
        for name, pane in zip(
            PANES,
            (self.todos, self.summaries, self.email, self.recipes, self.notes, self.digest),
            strict=True,
        ):
            item = QListWidgetItem(pane_icon(name, self.palette().color(QPalette.ColorRole.WindowText)), name)
            item.setToolTip(f"{name} (Ctrl+{self.sidebar.count() + 1})")
            self.sidebar.addItem(item)
            pane.setAccessibleName(name)
            self.stack.addWidget(pane)
        self.sidebar.currentRowChanged.connect(self._switch)
        from ui.welcome import WelcomeView

        self.welcome = WelcomeView()
        self.stack.addWidget(self.welcome)  # not in the sidebar: shown on first run
        self.welcome.try_meeting.connect(self._try_meeting)
        self.welcome.try_todo.connect(
            lambda: self._leave_welcome(0, self.todos.entry, "call mom tomorrow 5pm")
        )
        self.welcome.try_note.connect(lambda: self._leave_welcome(4, self.notes.editor))
        self.welcome.dismissed.connect(lambda: self._leave_welcome(0, self.todos.entry))
        self.message_bar = MessageBar()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.message_bar)
        body = QHBoxLayout()
        body.addWidget(self.sidebar)
        body.addWidget(self.stack, 1)
        outer.addLayout(body)
        self.setCentralWidget(central)

        self.state_label = QLabel(EngineState.UNLOADED.value)
        self.state_label.setAccessibleName("Engine state")
        self.model_label = QLabel("")
        self.device_label = QLabel("")
        self.speed_label = QLabel("")
        self.queue_label = QLabel("")
        self.stop_button = QPushButton("Stop")
        self.stop_button.setAccessibleName("Stop generating")
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(lambda: ctx.engine.stop())
        self.models_button = QPushButton("Models…")
        self.models_button.setAccessibleName("Models and model server")
        self.models_button.setToolTip("Choose, add or download models, or use a model server (Ctrl+M)")
        self.models_button.clicked.connect(self.open_models)
        self.models_dialog: ModelsDialog | None = None
        bar = self.statusBar()
        for w in (self.state_label, self.model_label, self.device_label, self.speed_label, self.queue_label):
            bar.addWidget(w)
        bar.addPermanentWidget(self.models_button)
        bar.addPermanentWidget(self.stop_button)
        self._shortcuts()

        e = ctx.engine
        e.state_changed.connect(self._on_state)
        e.state_changed.connect(self.welcome.set_state)
        e.model_loaded.connect(self.welcome.set_model)
        e.model_loaded.connect(self._on_model)
        e.load_failed.connect(lambda msg: ctx.messages.error(f"{msg} Notes and to-dos still work."))
        e.switch_failed.connect(ctx.messages.warning)
        e.speed.connect(lambda tps: self.speed_label.setText(f"{tps:.0f} tok/s"))
        e.queue_changed.connect(self._on_queue)
        ctx.messages.connect_window(self.message_bar.show_message)
        self._restore()

    def _shortcuts(self) -> None:
        for n in range(len(PANES)):
            act = QAction(self)
            act.setShortcut(QKeySequence(f"Ctrl+{n + 1}"))
            act.triggered.connect(lambda _=False, i=n: self.sidebar.setCurrentRow(i))
            self.addAction(act)
        stop = QAction("Stop", self)
        stop.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        stop.triggered.connect(lambda: self.ctx.engine.stop())
        self.addAction(stop)
        models = QAction("Models", self)
        models.setShortcut(QKeySequence("Ctrl+M"))
        models.triggered.connect(self.open_models)
        self.addAction(models)
        new = QAction("New to-do", self)
        new.setShortcut(QKeySequence("Ctrl+N"))
        new.triggered.connect(self._new_todo)
        self.addAction(new)
        help_menu = self.menuBar().addMenu("&Help")
        shortcuts = QAction("Keyboard shortcuts", self)
        shortcuts.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        shortcuts.triggered.connect(self.show_shortcuts)
        help_menu.addAction(shortcuts)
        self.addAction(shortcuts)
        quit_ = QAction("Quit", self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.quit)
        self.addAction(quit_)

    @staticmethod
    def shortcuts_html() -> str:
        rows = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in SHORTCUTS)
        return f"<table>{rows}</table>"

    @classmethod
    def show_dialog(cls, box: QMessageBox) -> None:
        """Show a message box modally (tests patch this classmethod)."""
        box.exec()

    def show_shortcuts(self) -> None:
        box = QMessageBox(QMessageBox.Icon.NoIcon, "Keyboard shortcuts", self.shortcuts_html(), parent=self)
        box.setTextFormat(Qt.TextFormat.RichText)
        self.show_dialog(box)
        box.deleteLater()

    def _new_todo(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.todos.entry.setFocus()

    def _draft_follow_up(self, f: FollowUp) -> None:
        """The Email pane drafts the follow-up through the email skill (participants as
        recipients, decisions and action items by owner as checked facts)."""
        self.sidebar.setCurrentRow(PANES.index("Email"))
        self.email.follow_up_from_meeting(f.recipients, f.decisions, f.actions, topic=f.about)
        self.email.draft()
        self.email.draft_box.setFocus()

    def _switch(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        if self.stack.currentWidget() is self.digest:
            self.digest.refresh()

    def _on_state(self, state: EngineState) -> None:
        self.state_label.setText(state.value)
        self.stop_button.setEnabled(state is EngineState.GENERATING)
        self._on_queue()
        if state is not EngineState.GENERATING:
            self.speed_label.setText("")

    def _on_model(self, info: ModelInfo) -> None:
        from assistant.llm.display import friendly_name

        self.model_label.setText(friendly_name(info))
        self.model_label.setToolTip(f"{info.path}\n(the file calls itself “{info.name}”)")
        if info.device == "remote":
            where = f"Server {urlsplit(info.path).netloc}"
        elif info.device == "GPU":
            where = f"GPU ({info.gpu_layers}/{info.n_layers} layers)"
        else:
            where = "CPU"
        if info.extra.get("fallback_from"):
            where += " — server unreachable"
        self.device_label.setText(where)
        self.device_label.setToolTip(info.device_reason or "All layers on the GPU")

    def open_models(self) -> ModelsDialog:
        if self.models_dialog is not None:
            self.models_dialog.raise_()
            self.models_dialog.activateWindow()
            return self.models_dialog
        from ui.models_dialog import open_models_dialog  # only when asked for: keeps start-up lean

        self.models_dialog = open_models_dialog(self.ctx, self)
        self.models_dialog.destroyed.connect(lambda *_: setattr(self, "models_dialog", None))
        return self.models_dialog

    def _on_queue(self, _n: int = 0) -> None:
        n = self.ctx.engine.queued
        waiting = n - (1 if self.ctx.engine.state is EngineState.GENERATING else 0)
        self.queue_label.setText(f"{waiting} queued" if waiting > 0 else "")

    # -- geometry, closing -----------------------------------------------------

    def _restore(self) -> None:
        geometry = settings.WINDOW_GEOMETRY.get(self.ctx.store)
        if geometry:
            self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
        self.sidebar.setCurrentRow(settings.LAST_PANE.get(self.ctx.store))
        if self.is_first_run():
            self.stack.setCurrentWidget(self.welcome)

    def is_first_run(self) -> bool:
        """Nothing saved yet and the welcome never dismissed."""
        if settings.WELCOME_SEEN.get(self.ctx.store):
            return False
        db = self.ctx.store.db
        return not any(
            next(iter(db.query(f"select exists(select 1 from {t}) as n")))["n"]
            for t in ("todos", "notes", "transcripts")
        )

    def _leave_welcome(self, row: int, focus: QWidget, text: str = "") -> None:
        store = self.ctx.store
        self.ctx.write(lambda: settings.WELCOME_SEEN.set(store, True))
        self.sidebar.setCurrentRow(row)
        self.stack.setCurrentIndex(row)
        if text and hasattr(focus, "setText"):
            focus.setText(text)
        focus.setFocus()

    def _try_meeting(self) -> None:
        from ui.welcome import SAMPLE_MEETING

        self._leave_welcome(1, self.summaries.text)
        self.summaries.source_path = None
        self.summaries.text.setPlainText(SAMPLE_MEETING)
        self.summaries.extract()

    def save_state(self) -> None:
        geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode()
        store, pane = self.ctx.store, self.sidebar.currentRow()

        def save() -> None:
            with store.atomic():
                settings.WINDOW_GEOMETRY.set(store, geometry)
                settings.LAST_PANE.set(store, pane)

        self.ctx.write(save)  # the app waits for writes before it closes the database

    def raise_window(self) -> None:
        self.show()
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.raise_()
        self.activateWindow()

    def quit(self) -> None:
        self.quitting = True
        self.close()

    @classmethod
    def ask_close_choice(cls, parent: QWidget) -> tuple[str, bool] | None:
        """Keep running or quit, and whether to start at log-in; None if cancelled (tests patch this)."""
        from ui.close_dialog import CloseDialog

        dialog = CloseDialog(parent)
        try:
            if not dialog.exec() or not dialog.choice:
                return None
            return dialog.choice, dialog.autostart.isChecked()
        finally:
            dialog.deleteLater()

    def _close_choice(self) -> str | None:
        """Without a tray: the kept answer, or ask once ("background", "quit"; None = cancelled)."""
        # The answer is kept here at once and saved off the UI thread.
        kept = getattr(self, "_close_action", None) or settings.CLOSE_ACTION.get(self.ctx.store)
        if kept in ("background", "quit"):
            return str(kept)
        answer = self.ask_close_choice(self)
        if answer is None:
            return None
        choice, start_at_login = answer
        self._close_action = choice
        store = self.ctx.store
        self.ctx.write(lambda: settings.CLOSE_ACTION.set(store, choice))
        from assistant import autostart

        try:
            if start_at_login and not autostart.is_enabled():
                autostart.enable()
            elif not start_at_login and autostart.is_enabled():
                autostart.disable()
        except OSError as exc:
            self.ctx.messages.error(f"Could not change the log-in start: {exc.strerror}")
        return choice

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_to_tray and not self.quitting:
            self.hide()
            event.ignore()
            return
        if self.ask_on_close and not self.quitting:
            choice = self._close_choice()
            if choice is None:  # cancelled: the window stays
                event.ignore()
                return
            if choice == "background":
                self.save_state()
                self.hide()
                event.ignore()
                return
        self.save_state()  # a full disk is one line on the error path; closing goes on
        event.accept()
