"""Closing the window where there is no tray: keep running for reminders and the digest, or quit.

Asked once; the answer is kept (setting ``close_action``) and can be changed in the Help menu.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from assistant import autostart

BACKGROUND = "background"
QUIT = "quit"

EXPLAIN = (
    "<b>Keep Daybreak running in the background?</b><br><br>"
    "Reminders and the morning digest only arrive while Daybreak runs. Your desktop has no "
    "system tray, so a closed window would stop them.<br><br>"
    "To bring the window back, start Daybreak again (from the applications menu, or run "
    "<code>daybreak</code>): it opens this window instead of a second copy. "
    "Ctrl+Q quits for good."
)


class CloseDialog(QDialog):
    """Keep running / Quit, with an offer to start at log-in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Close Daybreak")
        self.choice = ""
        text = QLabel(EXPLAIN)
        text.setWordWrap(True)
        self.autostart = QCheckBox("Also start Daybreak when I log in")
        self.autostart.setChecked(autostart.is_enabled())
        buttons = QDialogButtonBox()
        self.keep_button = buttons.addButton("Keep running", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = buttons.addButton("Quit", QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.keep_button.clicked.connect(lambda: self._done(BACKGROUND))
        self.quit_button.clicked.connect(lambda: self._done(QUIT))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.autostart)
        layout.addWidget(buttons)

    def _done(self, choice: str) -> None:
        self.choice = choice
        self.accept()
