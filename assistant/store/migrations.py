"""The schema, one migration function per step (sqlite-utils ``Migrations``).

Never edit a released step: add a new one.  The names are the schema's
version history; a database with a step this build does not know was
written by a newer Daybreak and is refused (see :mod:`assistant.store.db`).
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("daybreak")


@migrations(name="0001_wal", transactional=False)
def wal(db: Database) -> None:
    # journal_mode cannot change inside a transaction.
    db.enable_wal()


@migrations(name="0002_core_tables")
def core_tables(db: Database) -> None:
    db.table("settings").create({"key": str, "value": str}, pk="key")
    db.table("notes").create(
        {"id": int, "title": str, "body": str, "tags": str, "created": str, "updated": str},
        pk="id",
        not_null={"body", "created", "updated"},
        defaults={"title": "", "tags": ""},
    )
    db.table("notes").enable_fts(["title", "body", "tags"], fts_version="FTS5", create_triggers=True)
    db.table("transcripts").create(
        {
            "id": int,
            "title": str,
            "text": str,
            "meeting_date": str,
            "source_path": str,
            "summary": str,
            "created": str,
        },
        pk="id",
        not_null={"text", "created"},
    )
    db.table("action_items").create(
        {
            "id": int,
            "transcript_id": int,
            "owner": str,
            "task": str,
            "due": str,
            "source_line": int,
            "quote": str,
            "todo_id": int,
            "created": str,
        },
        pk="id",
        not_null={"task", "source_line", "quote", "created"},
        foreign_keys=[("transcript_id", "transcripts", "id")],
    )
    db.table("todos").create(
        {
            "id": int,
            "title": str,
            "details": str,
            "due": str,
            "priority": int,
            "reason": str,
            "status": str,
            "tags": str,
            "created": str,
            "done_at": str,
            "action_item_id": int,
            "remind_at": str,
            "position": float,
        },
        pk="id",
        not_null={"title", "status", "created"},
        defaults={"status": "open", "priority": 2, "tags": "", "details": ""},
        foreign_keys=[("action_item_id", "action_items", "id")],
    )
    db.table("todos").create_index(["status", "due"])
    db.table("todos").enable_fts(["title", "details", "tags"], fts_version="FTS5", create_triggers=True)
    db.table("reminders").create(
        {
            "id": int,
            "todo_id": int,
            "text": str,
            "at": str,
            "fired_at": str,
            "created": str,
        },
        pk="id",
        not_null={"text", "at", "created"},
        foreign_keys=[("todo_id", "todos", "id")],
    )
    db.table("reminders").create_index(["at"])
    db.table("digests").create(
        {"id": int, "run_date": str, "created": str, "catch_up": int, "body": str, "data": str},
        pk="id",
        not_null={"run_date", "created", "body"},
    )
    db.table("digest_runs").create(
        {"run_date": str, "started": str, "finished": str, "digest_id": int, "status": str},
        pk="run_date",
        foreign_keys=[("digest_id", "digests", "id")],
    )
    db.table("llm_calls").create(
        {
            "id": int,
            "ts": str,
            "skill": str,
            "model_sha256": str,
            "model_path": str,
            "device": str,
            "outcome": str,
            "prompt_tokens": int,
            "completion_tokens": int,
            "ttft_s": float,
            "total_s": float,
            "tokens_per_s": float,
            "cache_hit": int,
        },
        pk="id",
    )
    db.table("llm_cache").create(
        {"key": str, "model_sha256": str, "text": str, "created": str, "hits": int},
        pk="key",
        defaults={"hits": 0},
    )
    db.table("file_hashes").create({"path": str, "size": int, "mtime_ns": int, "sha256": str}, pk="path")


@migrations(name="0003_action_item_review_and_keys")
def action_item_review_and_keys(db: Database) -> None:
    # item_key: the same item of the same transcript text has the same key, so adding
    # to-dos from a re-run finds the to-do made the first time instead of a second one.
    table = db.table("action_items")
    table.add_column("item_key", str)
    table.add_column("confidence", float)
    table.add_column("needs_review", int, not_null_default=0)
    table.add_column("review_reason", str)
    table.create_index(["item_key"], index_name="idx_action_items_item_key")


@migrations(name="0004_todo_repeat_priority_owner")
def todo_repeat_priority_owner(db: Database) -> None:
    """To-dos repeat (a rule such as ``weeks:1:6``), belong to someone (meeting items owned by
    another person: the "Waiting for" group), and use p1-p4 with 4 meaning "none given".

    Before this step nothing could set a priority, so every row has the old default 2,
    which meant "none given": it becomes 4.
    """
    todos = db.table("todos")
    todos.add_column("recurrence", str)
    todos.add_column("owner", str)
    db.execute("update todos set priority = 4 where priority = 2 or priority is null")
    db.table("reminders").create_index(["todo_id"], if_not_exists=True)


@migrations(name="0005_notes_search_as_you_type")
def notes_search_as_you_type(db: Database) -> None:
    """A second full-text index over notes for search as you type: the note's words plus each
    pair of neighbouring words written together (``joined``), so "wifi" finds "Wi-Fi" and "wi fi"
    finds "wifi"; accents folded. Kept in step by :mod:`assistant.store.records` (the joined words
    are computed in Python, which a trigger cannot do)."""
    from assistant.skills.notes import joined_words

    db.execute(
        "create virtual table notes_search using fts5("
        "title, body, tags, joined, tokenize = 'unicode61 remove_diacritics 2')"
    )
    for row in db.query("select id, title, body, tags from notes"):
        db.execute(
            "insert into notes_search(rowid, title, body, tags, joined) values (?, ?, ?, ?, ?)",
            [
                row["id"],
                row["title"] or "",
                row["body"] or "",
                row["tags"] or "",
                joined_words(f"{row['title'] or ''} {row['body'] or ''} {row['tags'] or ''}"),
            ],
        )


@migrations(name="0006_claim_owner_and_instants")
def claim_owner_and_instants(db: Database) -> None:
    """Issue 16 items 11-12.

    - ``digest_runs.pid``/``proc_start``: which process holds a claim, so a claim whose
      process is gone is taken over at once (``proc_start`` guards against pid reuse).
    - ``digests.covers_item_id``: the last action item a digest included, so "new since
      the last digest" does not depend on clock readings (a clock set back hid items).
    - ``reminders.at`` becomes a UTC instant (text order = time order, whatever zone it
      was set in) and ``reminders.zone`` keeps the zone it was set in.
    """
    from datetime import UTC, datetime

    db.table("digest_runs").add_column("pid", int)
    db.table("digest_runs").add_column("proc_start", str)
    db.table("digests").add_column("covers_item_id", int)
    db.table("reminders").add_column("zone", str)
    for row in list(db.query("select id, at from reminders")):
        at = datetime.fromisoformat(row["at"])
        if at.tzinfo is None:  # never written so, but a naive time can only be local
            at = at.astimezone()
        db.execute(
            "update reminders set at = ?, zone = ? where id = ?",
            [at.astimezone(UTC).isoformat(timespec="minutes"), at.strftime("UTC%z"), row["id"]],
        )
