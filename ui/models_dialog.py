"""The Models dialog: which model answers, the GGUF files there are, downloads, a model server.

Everything slow (hashing a new multi-GB file, downloading, asking a server)
runs through ``run_in_background``; switching goes through the engine worker,
which finishes (or, if the user says so, stops) the running request first.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from assistant import settings
from assistant.llm import manager
from assistant.llm.backend import (
    LOCAL,
    OPENAI,
    BackendChoice,
    delete_api_key,
    get_backend,
    make_remote,
    save_api_key,
    set_backend,
)
from assistant.llm.download import DownloadStopped
from assistant.llm.registry import load_registry
from assistant.store import Store
from ui.context import AppContext
from ui.tasks import run_in_background

log = logging.getLogger("daybreak.ui.models")

COLUMNS = ["File", "Model", "Params", "Quant", "Context", "Size", "Template", "Status", "Where"]
KEY_NONE, KEY_ENV, KEY_KEYRING = "No key", "Environment variable", "OS keyring"


class _Progress(QObject):
    """Carries download progress from the pool thread to the dialog (queued signal)."""

    moved = Signal(int, object)


class ModelsDialog(QDialog):
    """Signals: applied(): the choice was saved and the engine asked to switch."""

    applied = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Models — Daybreak")
        self.resize(980, 620)
        self.entries: list[manager.ModelEntry] = []
        self._before: tuple[BackendChoice, str | None] | None = None
        self.cancel_download: threading.Event | None = None
        self._progress = _Progress(self)
        self._progress.moved.connect(self._on_progress)

        # -- which engine ---------------------------------------------------------
        self.use_local = QRadioButton("The local model (nothing leaves this computer)")
        self.use_server = QRadioButton("A model server on my network (OpenAI-compatible)")
        group = QButtonGroup(self)
        for b in (self.use_local, self.use_server):
            group.addButton(b)
        group.buttonToggled.connect(lambda *_: self._enable())

        # -- local models ----------------------------------------------------------
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Model files")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._enable)
        self.use_button = QPushButton("Use this model")
        self.verify_button = QPushButton("Verify")
        self.remove_button = QPushButton("Remove…")
        self.add_file_button = QPushButton("Add a .gguf file…")
        self.use_button.clicked.connect(self._use_selected)
        self.verify_button.clicked.connect(self._verify_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        self.add_file_button.clicked.connect(self._add_file)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName("Models status")

        self.recommended = QComboBox()
        self.recommended.setAccessibleName("Recommended models")
        self.repo = QLineEdit()
        self.repo.setPlaceholderText("or a Hugging Face repo: owner/name")
        self.repo_file = QLineEdit()
        self.repo_file.setPlaceholderText("file.gguf in that repo")
        self.download_button = QPushButton("Download")
        self.stop_download_button = QPushButton("Stop download")
        self.stop_download_button.setEnabled(False)
        self.download_button.clicked.connect(self._download)
        self.stop_download_button.clicked.connect(self._stop_download)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Download progress")
        self.progress.hide()

        local_box = QGroupBox("Model files")
        lv = QVBoxLayout(local_box)
        lv.addWidget(self.table)
        row = QHBoxLayout()
        for w in (self.use_button, self.verify_button, self.remove_button, self.add_file_button):
            row.addWidget(w)
        row.addStretch(1)
        lv.addLayout(row)
        dl = QHBoxLayout()
        dl.addWidget(QLabel("Get a better model:"))
        dl.addWidget(self.recommended, 2)
        dl.addWidget(self.repo, 2)
        dl.addWidget(self.repo_file, 2)
        dl.addWidget(self.download_button)
        dl.addWidget(self.stop_download_button)
        lv.addLayout(dl)
        lv.addWidget(self.progress)

        # -- model server ----------------------------------------------------------
        self.url = QLineEdit()
        self.url.setPlaceholderText("http://192.168.1.20:8080/v1")
        self.server_model = QLineEdit()
        self.server_model.setPlaceholderText("(the server's default)")
        self.key_source = QComboBox()
        self.key_source.addItems([KEY_NONE, KEY_ENV, KEY_KEYRING])
        self.key_source.currentTextChanged.connect(lambda *_: self._enable())
        self.key_env = QLineEdit()
        self.key_env.setPlaceholderText("variable name, e.g. HOUSE_LLM_KEY")
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("stored in the OS keyring, never in Daybreak's database")
        self.fallback = QCheckBox("If the server cannot be reached, use the local model")
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self._test_server)
        self.server_box = QGroupBox("Model server")
        form = QFormLayout(self.server_box)
        form.addRow("Address", self.url)
        form.addRow("Model", self.server_model)
        form.addRow("API key", self.key_source)
        form.addRow("Variable", self.key_env)
        form.addRow("Key", self.key)
        form.addRow("", self.fallback)
        form.addRow("", self.test_button)

        self.apply_button = QPushButton("Apply")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        close = QPushButton("Close")
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(close)

        outer = QVBoxLayout(self)
        outer.addWidget(self.use_local)
        outer.addWidget(local_box, 3)
        outer.addWidget(self.use_server)
        outer.addWidget(self.server_box, 1)
        outer.addWidget(self.status)
        outer.addLayout(buttons)

        self._load_choice(get_backend(ctx.store))
        self.refresh()

    # -- state ----------------------------------------------------------------------

    def _load_choice(self, choice: BackendChoice) -> None:
        (self.use_server if choice.remote else self.use_local).setChecked(True)
        self.url.setText(choice.base_url)
        self.server_model.setText(choice.model)
        self.key_env.setText(choice.api_key_env)
        self.key_source.setCurrentText(
            KEY_ENV if choice.api_key_env else KEY_KEYRING if choice.key_in_keyring else KEY_NONE
        )
        self.fallback.setChecked(choice.fallback_local)
        self._enable()

    def choice(self) -> BackendChoice:
        """What the form says (validated when saved)."""
        if not self.use_server.isChecked():
            return BackendChoice(LOCAL)
        source = self.key_source.currentText()
        return BackendChoice(
            OPENAI,
            base_url=self.url.text().strip(),
            model=self.server_model.text().strip(),
            api_key_env=self.key_env.text().strip() if source == KEY_ENV else "",
            key_in_keyring=source == KEY_KEYRING,
            fallback_local=self.fallback.isChecked(),
        )

    def _selected(self) -> manager.ModelEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _enable(self) -> None:
        server = self.use_server.isChecked()
        self.server_box.setEnabled(server)
        source = self.key_source.currentText()
        self.key_env.setEnabled(source == KEY_ENV)
        self.key.setEnabled(source == KEY_KEYRING)
        sel = self._selected()
        downloading = self.cancel_download is not None
        self.use_button.setEnabled(sel is not None and sel.status in ("verified", "unlisted") and not server)
        self.verify_button.setEnabled(sel is not None)
        self.remove_button.setEnabled(sel is not None and sel.where != manager.EMBEDDED)
        self.download_button.setEnabled(not downloading)
        self.stop_download_button.setEnabled(downloading)

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _fail(self, exc: BaseException) -> None:
        """The app's one error path, with known errors shown in this dialog."""
        self.ctx.errors.handle(exc, show=self._say)

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the files (hashing a new one can take seconds: off the UI thread)."""
        self._say("Reading model files…")
        store_path = self.ctx.store.path

        def work() -> list[manager.ModelEntry]:
            store = Store(store_path)  # one connection per thread
            try:
                return manager.list_models(store)
            finally:
                store.close()

        run_in_background(work, self._show, self._fail)

    def _show(self, entries: list[manager.ModelEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, e in enumerate(entries):
            m = e.meta
            cells = [
                ("✓ " if e.active else "") + e.name,
                m.name if m else "—",
                m.params_label if m else "—",
                m.quantization if m else "—",
                str(m.context_length) if m else "—",
                manager.size_label(m.size_bytes if m else None),
                ("yes" if m.chat_template else "none") if m else "—",
                e.status,
                e.where,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                tip = e.error or (f"sha256 {e.sha256}\n{e.path}" if e.sha256 else str(e.path))
                item.setToolTip(tip)
                self.table.setItem(r, c, item)
        installed = {e.sha256 for e in entries}
        self.recommended.clear()
        self.recommended.addItem("Recommended…", None)
        for reg in load_registry():
            if reg.downloadable and reg.sha256 not in installed:
                self.recommended.addItem(
                    f"{reg.name} — {manager.size_label(reg.size_bytes)}, {reg.license}", reg.id
                )
        bad = [e for e in entries if e.status in ("mismatch", "damaged")]
        self._say(
            f"{len(entries)} model file(s). "
            + (f"{len(bad)} refused: {bad[0].error}" if bad else "✓ marks the one the local engine loads.")
        )
        self._enable()

    # -- actions on files --------------------------------------------------------------

    def _use_selected(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        self._remember()
        store, path = self.ctx.store, str(sel.path)

        def chosen(_: object) -> None:
            self.use_local.setChecked(True)
            self.apply()

        self.ctx.write(lambda: manager.use_model(store, path), chosen, show=self._say)

    def _verify_selected(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        self._say(f"Verifying {sel.name}…")
        store_path = self.ctx.store.path

        def work() -> manager.ModelEntry:
            store = Store(store_path)
            try:
                return manager.describe(store, sel.path, sel.where, fresh_hash=True)
            finally:
                store.close()

        def done(e: manager.ModelEntry) -> None:
            self.refresh()
            self._say(f"{e.name}: {e.status}. {e.error or 'sha256 ' + (e.sha256 or '')}")

        run_in_background(work, done, self._fail)

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        """A yes/no question (patched in tests)."""
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask_gguf_path(cls, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, "Add a model", str(Path.home()), "GGUF models (*.gguf)")
        return path or None

    def _remove_selected(self) -> None:
        sel = self._selected()
        if sel is None or not self.confirm(
            self,
            "Remove model",
            f"Delete {sel.name} ({manager.size_label(sel.meta.size_bytes if sel.meta else None)})?",
        ):
            return
        store, path = self.ctx.store, str(sel.path)

        def removed(_: object) -> None:
            if sel.active:
                self._switch()  # the file it used is gone: load what is chosen now
            self.refresh()

        self.ctx.write(lambda: manager.remove_model(store, path), removed, show=self._say)

    def _add_file(self) -> None:
        path = self.ask_gguf_path(self)
        if not path:
            return
        self._say(f"Checking and copying {Path(path).name}…")
        store_path = self.ctx.store.path

        def work() -> manager.ModelEntry:
            store = Store(store_path)
            try:
                return manager.add_local_file(store, Path(path))
            finally:
                store.close()

        def done(e: manager.ModelEntry) -> None:
            self.refresh()
            self._say(f"Added {e.name} ({e.status}). Select it and press “Use this model”.")

        run_in_background(work, done, self._fail)

    # -- downloads -----------------------------------------------------------------------

    def _download(self) -> None:
        reg_id = self.recommended.currentData()
        repo, fname = self.repo.text().strip(), self.repo_file.text().strip()
        if reg_id:
            spec, filename = str(reg_id), None
        elif repo and fname:
            spec, filename = repo, fname
        else:
            self._say("Pick a recommended model, or give a repo (owner/name) and a .gguf file in it.")
            return
        self.cancel_download = threading.Event()
        cancel = self.cancel_download
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(f"Downloading {filename or spec}… (it resumes if stopped)")
        self._enable()
        store_path = self.ctx.store.path
        moved = self._progress.moved

        def work() -> manager.ModelEntry:
            store = Store(store_path)
            try:
                return manager.add_model(
                    store, spec, filename=filename, progress=moved.emit, cancel=cancel, quiet=True
                )
            finally:
                store.close()

        run_in_background(work, self._downloaded, self._download_failed)

    def _on_progress(self, done: int, total: int | None) -> None:
        if total:
            # QProgressBar is int32: count in KiB
            self.progress.setRange(0, max(1, total // 1024))
            self.progress.setValue(done // 1024)
            self.progress.setFormat(f"{manager.size_label(done)} of {manager.size_label(total)} (%p%)")

    def _stop_download(self) -> None:
        if self.cancel_download is not None:
            self.cancel_download.set()

    def _downloaded(self, e: manager.ModelEntry) -> None:
        self.cancel_download = None
        self.progress.hide()
        self.refresh()
        self._say(f"Downloaded {e.name} ({e.status}). Select it and press “Use this model”.")
        self._enable()

    def _download_failed(self, exc: BaseException) -> None:
        self.cancel_download = None
        self.progress.hide()
        self._enable()
        if isinstance(exc, DownloadStopped):
            self._say(str(exc))
        else:
            self._fail(exc)

    # -- server --------------------------------------------------------------------------

    def _checked_choice(self) -> Callable[[], BackendChoice]:
        """What the form says, checked and its key saved: run off the UI thread."""
        choice, key = self.choice(), self.key.text()

        def check() -> BackendChoice:
            checked = choice.validate()
            if checked.key_in_keyring and key:
                save_api_key(checked.base_url, key)
            return checked

        return check

    def _key_saved(self, choice: BackendChoice) -> None:
        if choice.key_in_keyring:
            self.key.clear()  # kept in the keyring, not in the widget

    def _test_server(self) -> None:
        def probe(choice: BackendChoice) -> None:
            self._key_saved(choice)
            self._say(f"Asking {choice.base_url}…")
            run_in_background(
                lambda: make_remote(choice).probe(),
                lambda ids: self._say(f"The server answers; it serves: {', '.join(ids) or '(none listed)'}"),
                self._fail,
            )

        self.ctx.write(self._checked_choice(), probe, show=self._say)

    # -- apply ---------------------------------------------------------------------------

    def apply(self) -> None:
        """Save the choice, then switch the engine (asking first if a request is running)."""
        if self._before is None:
            self._remember()
        check, store = self._checked_choice(), self.ctx.store

        def save() -> BackendChoice:
            choice = check()
            before = get_backend(store)
            set_backend(store, choice)
            if before.key_in_keyring and (not choice.key_in_keyring or before.base_url != choice.base_url):
                delete_api_key(before.base_url)
            return choice

        def saved(choice: BackendChoice) -> None:
            self._key_saved(choice)
            self._switch()

        self.ctx.write(save, saved, show=self._say)

    def _remember(self) -> None:
        """The settings the running engine was loaded from, to put back if a switch fails."""
        self._before = (get_backend(self.ctx.store), settings.MODEL_PATH.get(self.ctx.store))

    def _make_undo(self, before: tuple[BackendChoice, str | None] | None) -> Callable[[], None] | None:
        if before is None:
            return None
        store = self.ctx.store
        backend, model_path = before

        def undo() -> None:  # runs on the engine thread (the store has a connection per thread)
            set_backend(store, backend)
            settings.MODEL_PATH.set(store, model_path)

        return undo

    def _switch(self) -> None:
        engine = self.ctx.engine
        stop = False
        if engine.busy:
            stop = self.confirm(
                self,
                "Switch model",
                "The model is working on a request. Stop it and switch now?\n"
                "(No: switch when the requests already waiting are done.)",
            )
        before, self._before = self._before, None
        engine.switch(self.ctx.model_factory, stop_current=stop, undo=self._make_undo(before))
        self._say("Switching… the status bar shows the model in use.")
        self.applied.emit()


def open_models_dialog(ctx: AppContext, parent: QWidget | None = None) -> ModelsDialog:
    dialog = ModelsDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
