"""The meeting use case: a transcript in, a cited summary and grounded action items (and to-dos) out.

One entry point, :func:`process_transcript`, shared by the Summaries pane (on
the engine thread) and ``daybreak actions``: both check, save, extract, summarise
and save the items the same way.  It returns plain data; the caller decides how
to show it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from assistant import settings
from assistant.errors import InputError
from assistant.llm.base import Engine
from assistant.skills.actions import ActionExtractor, Extraction
from assistant.skills.summarize import Summary, detect_kind, summarize
from assistant.skills.summary import meeting_summary
from assistant.skills.transcript import decode
from assistant.store import Store, records


@dataclass
class TranscriptOutcome:
    """What processing a transcript did.

    ``item_ids`` and ``todo_ids`` are empty when the user stopped it (the
    transcript itself is saved either way); ``model_error`` says why the model
    step fell back to the rules, if it did.  ``summary`` is the one-paragraph
    TL;DR (the count line when there is too little to summarise); ``structured``
    the whole cited summary, when one could be made.
    """

    transcript_id: int
    extraction: Extraction
    summary: str
    structured: Summary | None = None
    item_ids: list[int] = field(default_factory=list)
    todos: records.TodoAdd = field(default_factory=records.TodoAdd)

    @property
    def todo_ids(self) -> list[int]:
        """The to-do of each item added (new or made from the same transcript before)."""
        return self.todos.todo_ids

    @property
    def model_error(self) -> str | None:
        return self.extraction.model_error

    @property
    def cancelled(self) -> bool:
        return self.extraction.cancelled


def process_transcript(
    store: Store,
    text: str,
    meeting_date: date,
    generator: Engine | None,
    *,
    source_path: str | None = None,
    title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    add_todos: bool = False,
    kind: str = "meeting",
    extract: bool = False,
) -> TranscriptOutcome:
    """Check, save, extract, summarise, save the items (and add them as to-dos if asked).

    ``kind`` is the summary's kind (``"auto"`` detects it); action items are
    extracted for meetings and group chats, and for any kind when ``extract`` is set
    (``daybreak actions`` on an email: its requests, with the email's own TL;DR).

    The transcript is saved *before* the model sees it, so a native crash cannot
    lose it.  Bad input (empty, binary, too large) raises :class:`InputError`
    before anything is saved.  Without a generator the rules alone extract.
    """
    checked = decode(text.encode("utf-8", "surrogatepass"))
    name = title or (
        source_path.replace("\\", "/").rsplit("/", 1)[-1] if source_path else "Pasted transcript"
    )
    transcript_id = records.save_transcript(
        store, checked, meeting_date=meeting_date.isoformat(), title=name, source_path=source_path
    )
    if kind == "auto":
        kind = detect_kind(checked)
    if extract or kind in ("meeting", "chat"):
        result = ActionExtractor(generator).extract(checked, meeting_date, progress=progress, cancel=cancel)
    else:
        result = Extraction(meeting_date=meeting_date.isoformat(), action_items=[])
    if result.cancelled:
        result.summary = meeting_summary(result)
        return TranscriptOutcome(transcript_id, result, result.summary)
    structured: Summary | None = None
    try:
        structured = summarize(
            checked,
            kind=kind,
            meeting_date=meeting_date,
            generator=generator,
            action_items=result.action_items,
            cancel=cancel,
            reader=settings.USER_NAME.get(store),
        )
    except InputError:  # too little text to summarise: the count line says what there is
        structured = None
    result.summary = structured.tldr if structured and structured.tldr else meeting_summary(result)
    outcome = TranscriptOutcome(transcript_id, result, result.summary, structured)
    if result.cancelled or (cancel is not None and cancel.is_set()):
        return outcome
    outcome.item_ids = records.save_action_items(
        store, transcript_id, [i.as_json() for i in result.action_items], result.summary
    )
    if add_todos:
        outcome.todos = records.add_todos(store, outcome.item_ids)
    return outcome
