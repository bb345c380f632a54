"""The meeting use case: a transcript in, grounded action items (and to-dos) out.

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

from assistant.llm.base import Generator
from assistant.skills.actions import ActionExtractor, Extraction
from assistant.skills.summary import meeting_summary
from assistant.skills.transcript import decode
from assistant.store import Store, records


@dataclass
class TranscriptOutcome:
    """What processing a transcript did.

    ``item_ids`` and ``todo_ids`` are empty when the user stopped it (the
    transcript itself is saved either way); ``model_error`` says why the model
    step fell back to the rules, if it did.
    """

    transcript_id: int
    extraction: Extraction
    summary: str
    item_ids: list[int] = field(default_factory=list)
    todo_ids: list[int] = field(default_factory=list)

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
    generator: Generator | None,
    *,
    source_path: str | None = None,
    title: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    add_todos: bool = False,
) -> TranscriptOutcome:
    """Check, save, extract, save the items (and add them as to-dos if asked).

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
    result = ActionExtractor(generator).extract(checked, meeting_date, progress=progress, cancel=cancel)
    result.summary = meeting_summary(result)
    outcome = TranscriptOutcome(transcript_id, result, result.summary)
    if result.cancelled:
        return outcome
    outcome.item_ids = records.save_action_items(
        store, transcript_id, [i.as_json() for i in result.action_items], result.summary
    )
    if add_todos:
        outcome.todo_ids = records.add_todos_from_action_items(store, outcome.item_ids)
    return outcome
