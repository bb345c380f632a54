"""Load and validate the real-meeting dev set (``data/meetings.jsonl``).

    from benchmarks.quality import dataset
    records = dataset.load()                  # every window
    records = dataset.load("w3c-ccg")         # one source
    dataset.sources()  # ['ethereum-acdbot', 'ethereum-notes', 'w3c-ccg', 'w3c-jsonld', 'w3c-pmwg']

A record is a dict: id, source, kind ("spoken"|"chat"), meeting_date, text
(≤ 12,000 characters, gold lines removed), gold_actions [{owner, task}],
gold_decisions [str], gold_summary (str), gold_origin ("human" or
"ai-drafted") and provenance {repo, path, commit, url, licence, window}.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "meetings.jsonl"
#: Whole spoken meetings with a person's summary (``build_whole``), scored whole.
WHOLE = DATA.with_name("whole_meetings.jsonl")
SPLITS = ("val", "test")
WINDOW_CHARS = 12_000
KINDS = ("spoken", "chat")
ORIGINS = ("human", "ai-drafted")
#: Sources that share a project or scribing conventions, for the stricter
#: held-out check (``loso.leave_one_source_out(..., group=family)``).
FAMILIES = {
    "w3c-ccg": "w3c",
    "w3c-pmwg": "w3c",
    "w3c-jsonld": "w3c",
    "ethereum-acdbot": "ethereum",
    "ethereum-notes": "ethereum",
}


class DatasetError(ValueError):
    """A record that does not follow the schema."""


def validate(record: dict[str, Any]) -> None:
    """Raise :class:`DatasetError` naming the first problem of ``record``."""
    rid = record.get("id", "?")

    def fail(why: str) -> None:
        raise DatasetError(f"{rid}: {why}")

    for key, typ in (
        ("id", str),
        ("source", str),
        ("kind", str),
        ("meeting_date", str),
        ("text", str),
        ("gold_actions", list),
        ("gold_decisions", list),
        ("gold_summary", str),
        ("gold_origin", str),
        ("provenance", dict),
    ):
        if not isinstance(record.get(key), typ):
            fail(f"field {key!r} missing or not {typ.__name__}")
    if record["kind"] not in KINDS:
        fail(f"kind {record['kind']!r} not in {KINDS}")
    if record["gold_origin"] not in ORIGINS:
        fail(f"gold_origin {record['gold_origin']!r} not in {ORIGINS}")
    if not record["text"].strip() or len(record["text"]) > WINDOW_CHARS:
        fail(f"text is empty or longer than {WINDOW_CHARS} characters")
    if not record["gold_actions"] and not record["gold_decisions"]:
        fail("no gold action and no gold decision")
    for item in record["gold_actions"]:
        if not isinstance(item, dict) or not isinstance(item.get("task"), str) or not item["task"].strip():
            fail(f"gold action without a task: {item!r}")
        if not isinstance(item.get("owner"), str):
            fail(f"gold action owner is not a string: {item!r}")
    prov = record["provenance"]
    for key in ("repo", "path", "commit", "url", "licence"):
        if not isinstance(prov.get(key), str) or not prov[key]:
            fail(f"provenance.{key} missing")
    if len(prov["commit"]) != 40:
        fail("provenance.commit is not a full commit id")
    if record["kind"] == "chat":
        # The gold lines were taken out of the input: none may remain.
        for line in record["text"].splitlines():
            low = line.lower()
            for cue in ("action:", "#action", "resolved:", "resolution:", "#agreed", "#info"):
                head = low.split(": ", 1)[1] if ": " in low else low
                if head.lstrip().startswith(cue):
                    fail(f"gold line left in the input: {line[:80]!r}")


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON records of a JSONL file, in order; a line that is not JSON names itself."""
    with path.open(encoding="utf-8") as fh:
        for n, row in enumerate(fh, 1):
            if not row.strip():
                continue
            try:
                yield json.loads(row)
            except json.JSONDecodeError as exc:
                raise DatasetError(f"{path.name}:{n}: not JSON ({exc.msg})") from exc


def load(source: str | None = None, path: Path = DATA) -> list[dict[str, Any]]:
    """Every record (of one ``source`` if given), validated, in file order."""
    records: list[dict[str, Any]] = []
    for rec in _rows(path):
        validate(rec)
        if source is None or rec["source"] == source:
            records.append(rec)
    if source is not None and not records:
        raise DatasetError(f"no records for source {source!r}; sources: {', '.join(sources(path))}")
    return records


def validate_whole(record: dict[str, Any]) -> None:
    """Raise :class:`DatasetError` naming the first problem of a whole-meeting ``record``."""
    rid = record.get("id", "?")
    for key in ("id", "source", "split", "kind", "text", "gold_summary", "gold_origin"):
        if not isinstance(record.get(key), str) or not record[key].strip():
            raise DatasetError(f"{rid}: field {key!r} missing or empty")
    if record["split"] not in SPLITS:
        raise DatasetError(f"{rid}: split {record['split']!r} not in {SPLITS}")
    if record["kind"] not in KINDS or record["gold_origin"] not in ORIGINS:
        raise DatasetError(f"{rid}: kind or gold_origin not known")
    prov = record.get("provenance")
    if not isinstance(prov, dict) or any(
        not prov.get(k) for k in ("repo", "path", "commit", "url", "licence")
    ):
        raise DatasetError(f"{rid}: provenance incomplete")


def load_whole(split: str | None = None, path: Path = WHOLE) -> list[dict[str, Any]]:
    """The whole-meeting summary records (of one ``split`` if given), validated, in file order."""
    out: list[dict[str, Any]] = []
    for rec in _rows(path):
        validate_whole(rec)
        if split is None or rec["split"] == split:
            out.append(rec)
    return out


def family(record: dict[str, Any]) -> str:
    """The family of a record's source (the source itself when it has none)."""
    return FAMILIES.get(record["source"], record["source"])


def sources(path: Path = DATA) -> list[str]:
    """The source names present in the set, sorted."""
    names: set[str] = set()
    with path.open(encoding="utf-8") as fh:
        for row in fh:
            if row.strip():
                names.add(json.loads(row)["source"])
    return sorted(names)
