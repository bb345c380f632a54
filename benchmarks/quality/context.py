"""What every section gets: the records, the options, the model loaded once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from assistant.llm.base import Engine


@dataclass
class Context:
    generator: Engine | None  # None with --no-model or when no model could load
    model_note: str  # "SmolLM2-135M …" or why there is no model
    limit: int | None = None  # at most this many records per source (``--limit``)

    @property
    def with_model(self) -> bool:
        return self.generator is not None


def meeting_date(record: dict[str, Any]) -> date:
    try:
        return date.fromisoformat(record.get("meeting_date") or "")
    except ValueError:
        return date(2000, 1, 1)


_SPEAKER = re.compile(r"^\s*(?P<who>[^\W\d_][\w.'’ -]{0,38}?)\s*:\s+(?P<rest>\S.*)$")


def split_speaker(line: str) -> tuple[str | None, str]:
    m = _SPEAKER.match(line)
    return (m.group("who"), m.group("rest")) if m else (None, line)
