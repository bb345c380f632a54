"""First run: what Daybreak does, three things to try, and the model's status in words."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from assistant.llm.base import ModelInfo
from ui.engine_worker import EngineState

#: A made-up meeting (no real people or data) for "Try a sample meeting".
SAMPLE_MEETING = """\
Garden club planning, spring fair
Priya: Thanks for coming. We have three weeks until the spring fair, so let's sort out who does what.
Owen: The seed swap table is booked. I still need more envelopes for the seeds.
Priya: Owen, can you order two hundred envelopes by Friday?
Owen: Yes, I'll order them tomorrow morning.
Hana: I spoke to the bakery. They will donate bread if we pick it up early on the day.
Priya: Great. I'll ask the council about extra parking before next Wednesday.
Hana: I can design the flyer. I'll send a draft to everyone by Monday.
Owen: We should also check the first-aid kit, it was half empty last year.
Priya: Good point. Hana, could you restock the first-aid kit before the fair?
Hana: Sure.
Priya: Anything else? No? Then we meet again in two weeks, same time.
"""

_STATE_WORDS = {
    EngineState.UNLOADED: "The writing model is not loaded yet. To-dos, notes and reminders work without it.",
    EngineState.LOADING: "Loading the built-in writing model in the background… everything else works already.",
    EngineState.READY: "The writing model {name} is ready: it runs on this computer, nothing leaves it.",
    EngineState.GENERATING: "The writing model {name} is busy with a request.",
    EngineState.ERROR: "The writing model could not be loaded. To-dos, notes and reminders still work; "
    "choose another model under Models….",
}


class WelcomeView(QWidget):
    """Signals:
    try_meeting(): load the sample meeting into Summaries.
    try_todo(): go to To-dos with an example typed in.
    try_note(): go to Notes.
    dismissed(): the user has seen enough; show the panes.
    """

    try_meeting = Signal()
    try_todo = Signal()
    try_note = Signal()
    dismissed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Welcome")
        self.model_name = ""
        title = QLabel("<h2>Welcome to Daybreak</h2>")
        about = QLabel(
            "Daybreak keeps your day in one place, on this computer: to-dos with dates that read like "
            "speech, action items and summaries from meeting transcripts, email drafts, recipes, notes, "
            "reminders, and a morning digest of what is due."
        )
        about.setWordWrap(True)
        self.model_status = QLabel("")
        self.model_status.setWordWrap(True)
        self.model_status.setAccessibleName("Model status")
        self.meeting_button = QPushButton("Try a sample meeting")
        self.meeting_button.setToolTip(
            "Opens a short made-up meeting in Summaries and finds its action items"
        )
        self.todo_button = QPushButton("Add a to-do like “call mom tomorrow 5pm”")
        self.note_button = QPushButton("Write a note and search it")
        self.close_button = QPushButton("Start using Daybreak")
        self.meeting_button.clicked.connect(self.try_meeting)
        self.todo_button.clicked.connect(self.try_todo)
        self.note_button.clicked.connect(self.try_note)
        self.close_button.clicked.connect(self.dismissed)
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(title)
        layout.addWidget(about)
        layout.addSpacing(8)
        layout.addWidget(QLabel("<b>Three things to try</b>"))
        for b in (self.meeting_button, self.todo_button, self.note_button):
            row = QHBoxLayout()
            row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addSpacing(8)
        layout.addWidget(self.model_status)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.close_button)
        layout.addStretch(1)
        layout.addLayout(end)
        self.set_state(EngineState.UNLOADED)

    def set_model(self, info: ModelInfo) -> None:
        from assistant.llm.display import friendly_name

        self.model_name = friendly_name(info)

    def set_state(self, state: EngineState) -> None:
        self.model_status.setText(_STATE_WORDS[state].format(name=self.model_name or "").replace("  ", " "))
