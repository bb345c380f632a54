"""Queries for notes, to-dos, transcripts, action items, settings and LLM calls.

Every function takes the :class:`Store` and returns plain dicts, so the UI can
call them from any thread (each thread gets its own connection).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from assistant.errors import InputError
from assistant.store.db import Store

Row = dict[str, Any]


def _pk(table: Any) -> int:
    """The rowid the last insert on ``table`` gave."""
    pk = table.last_pk
    assert pk is not None
    return int(pk)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# -- settings ---------------------------------------------------------------


def get_setting(store: Store, key: str, default: Any = None) -> Any:
    rows = list(store.db.query("select value from settings where key = ?", [key]))
    return json.loads(rows[0]["value"]) if rows else default


def set_setting(store: Store, key: str, value: Any) -> None:
    with store.atomic() as db:
        db.table("settings").upsert({"key": key, "value": json.dumps(value)}, pk="key")


# -- notes ------------------------------------------------------------------


def add_note(store: Store, body: str, title: str = "", tags: Sequence[str] = ()) -> int:
    body = body.strip()
    if not body:
        raise InputError("A note needs some text.")
    ts = now_utc()
    with store.atomic() as db:
        table = db.table("notes")
        table.insert(
            {"title": title.strip(), "body": body, "tags": " ".join(tags), "created": ts, "updated": ts}
        )
        note_id = _pk(table)
        _index_note(db, note_id, title.strip(), body, " ".join(tags))
        return note_id


def _index_note(db: Any, note_id: int, title: str, body: str, tags: str) -> None:
    """Keep ``notes_search`` (search as you type) in step with a note."""
    from assistant.skills.notes import joined_words

    db.execute("delete from notes_search where rowid = ?", [note_id])
    db.execute(
        "insert into notes_search(rowid, title, body, tags, joined) values (?, ?, ?, ?, ?)",
        [note_id, title, body, tags, joined_words(f"{title} {body} {tags}")],
    )


def update_note(
    store: Store, note_id: int, body: str, *, title: str | None = None, tags: Sequence[str] | None = None
) -> Row:
    """Change a note's text (and title/tags when given); empty text is refused, the note kept."""
    body = body.strip()
    if not body:
        raise InputError("A note needs some text.", "Delete the note instead if you want it gone.")
    with store.atomic() as db:
        rows = list(db.query("select * from notes where id = ?", [note_id]))
        if not rows:
            raise InputError(f"There is no note #{note_id}.")
        old = rows[0]
        new_title = (old["title"] or "") if title is None else title.strip()
        new_tags = (old["tags"] or "") if tags is None else " ".join(tags)
        db.execute(
            "update notes set title = ?, body = ?, tags = ?, updated = ? where id = ?",
            [new_title, body, new_tags, now_utc(), note_id],
        )
        _index_note(db, note_id, new_title, body, new_tags)
    row = get_note(store, note_id)
    assert row is not None
    return row


def delete_note(store: Store, note_id: int) -> Row:
    """Remove a note; returns it whole so :func:`restore_note` can undo the delete."""
    with store.atomic() as db:
        rows = list(db.query("select * from notes where id = ?", [note_id]))
        if not rows:
            raise InputError(f"There is no note #{note_id}.")
        db.execute("delete from notes where id = ?", [note_id])
        db.execute("delete from notes_search where rowid = ?", [note_id])
    return dict(rows[0])


def restore_note(store: Store, row: Row) -> int:
    """Undo :func:`delete_note`: the same id, text, tags and dates."""
    with store.atomic() as db:
        db.table("notes").insert({k: row[k] for k in ("id", "title", "body", "tags", "created", "updated")})
        _index_note(db, int(row["id"]), row["title"] or "", row["body"], row["tags"] or "")
    return int(row["id"])


def find_notes(store: Store, query: str, limit: int = 50) -> list[Row]:
    """Search as you type: every word a prefix, Wi-Fi = wifi = wi fi (see ``match_expression``)."""
    from assistant.skills.notes import match_expression

    expr = match_expression(query)
    if not expr:
        return []
    sql = """
        select notes.*, snippet(notes_search, 1, '[', ']', '…', 12) as snippet
        from notes_search join notes on notes.id = notes_search.rowid
        where notes_search match ? order by rank limit ?
    """
    return list(store.db.query(sql, [expr, limit]))


def get_note(store: Store, note_id: int) -> Row | None:
    rows = list(store.db.query("select * from notes where id = ?", [note_id]))
    return rows[0] if rows else None


#: Up to this many matches are ordered by relevance; beyond it, newest first.
RANKED_MATCHES = 500


def search_notes(store: Store, query: str, limit: int = 20, *, raw: bool = False) -> list[Row]:
    """Full-text search; the user's text is quoted, so ``NOT``/``"`` are just words.

    ``raw=True`` is for queries built by code from quoted words ("a OR b").
    """
    if raw:
        q = " OR ".join(store.db.quote_fts(w) for w in query.split(" OR ") if w.strip())
    else:
        q = store.db.quote_fts(query.strip())
    if not q:
        return []
    # Ranking (bm25) scores every match; for a word in thousands of notes that is the
    # slow part, and relevance is weak anyway: then the newest matching notes come first.
    probe = "select count(*) n from (select rowid from notes_fts where notes_fts match ? limit ?)"
    many = int(next(iter(store.db.query(probe, [q, RANKED_MATCHES + 1])))["n"]) > RANKED_MATCHES
    order = "notes_fts.rowid desc" if many else "rank"
    sql = f"""
        select notes.*, snippet(notes_fts, 1, '[', ']', '…', 12) as snippet
        from notes_fts join notes on notes.rowid = notes_fts.rowid
        where notes_fts match ? order by {order} limit ?
    """
    return list(store.db.query(sql, [q, limit]))


def list_notes(store: Store, limit: int = 200) -> list[Row]:
    return list(store.db.query("select * from notes order by updated desc limit ?", [limit]))


# -- to-dos -----------------------------------------------------------------


def add_todo(
    store: Store,
    title: str,
    *,
    due: str | None = None,
    details: str = "",
    priority: int = 4,
    tags: Sequence[str] = (),
    action_item_id: int | None = None,
    recurrence: str | None = None,
    owner: str | None = None,
) -> int:
    """A new open to-do; ``priority`` 1 (most urgent) to 4 (none given), ``recurrence`` a rule
    from :class:`assistant.skills.todos.Recurrence`, ``owner`` someone else who does it."""
    title = title.strip()
    if not title:
        raise InputError("A to-do needs a title.")
    with store.atomic() as db:
        table = db.table("todos")
        table.insert(
            {
                "title": title,
                "details": details,
                "due": due,
                "priority": priority,
                "status": "open",
                "tags": " ".join(tags),
                "created": now_utc(),
                "action_item_id": action_item_id,
                "recurrence": recurrence,
                "owner": owner or None,
            }
        )
        return _pk(table)


def open_todos_due_between(store: Store, start: str | None, end: str, limit: int = 1000) -> list[Row]:
    """Open to-dos with ``start <= due < end`` (ISO strings; no start = everything before
    ``end``), oldest first, from the (status, due) index."""
    lower = "and due >= ?" if start else "and due is not null"
    args: list[Any] = [start] if start else []
    return list(
        store.db.query(
            f"select * from todos where status = 'open' {lower} and due < ? order by due, priority, id limit ?",
            [*args, end, limit],
        )
    )


def count_open_todos_due_before(store: Store, end: str) -> int:
    rows = store.db.query(
        "select count(*) n from todos where status = 'open' and due is not null and due < ?", [end]
    )
    return int(next(iter(rows))["n"])


def open_undated_todos(store: Store, limit: int) -> list[Row]:
    return list(
        store.db.query(
            "select * from todos where status = 'open' and due is null "
            "order by position is null, position, priority, id limit ?",
            [limit],
        )
    )


def get_todo(store: Store, todo_id: int) -> Row | None:
    rows = list(store.db.query("select * from todos where id = ?", [todo_id]))
    return rows[0] if rows else None


#: What a to-do list shows (fewer columns: less to convert for 10k rows).
LIST_COLUMNS = (
    "id, title, details, due, priority, status, tags, position, action_item_id, recurrence, owner, "
    "exists(select 1 from reminders r where r.todo_id = todos.id and r.fired_at is null) as has_reminder"
)


def list_todos(store: Store, *, include_done: bool = False, limit: int = 10_000) -> list[Row]:
    """Open (or all) to-dos, dated ones by due date then undated, at most ``limit``.

    Two queries that walk the (status, due) index and stop at the limit, instead of one
    that sorts every row: at 100k to-dos that is the difference between a few and a
    hundred-odd milliseconds on the UI thread.
    """
    if include_done:
        sql = "select * from todos where status != 'deleted' order by due is null, due, priority, id limit ?"
        return list(store.db.query(sql, [limit]))
    cols = LIST_COLUMNS
    dated = list(
        store.db.query(
            f"select {cols} from todos where status = 'open' and due is not null order by due, priority, id limit ?",
            [limit],
        )
    )
    undated = list(
        store.db.query(
            f"select {cols} from todos where status = 'open' and due is null order by priority, id limit ?",
            [limit - len(dated)],
        )
    )
    return dated + undated


def complete_todo(store: Store, todo_id: int) -> Row:
    """Check a to-do off; a repeating one gets its next occurrence in the same transaction.

    The returned row carries ``next_id`` (the new to-do's id, or None) so an undo can remove it.
    """
    from assistant.skills.todos import next_occurrence

    next_id: int | None = None
    with store.atomic() as db:
        cur = db.execute(
            "update todos set status = 'done', done_at = ? where id = ? and status = 'open'",
            [now_utc(), todo_id],
        )
        if cur.rowcount == 0:
            row = get_todo(store, todo_id)
            if row is None:
                raise InputError(f"There is no to-do #{todo_id}.")
            return {**row, "next_id": None}
        done = next(iter(db.query("select * from todos where id = ?", [todo_id])))
        next_due = next_occurrence(done)
        if next_due is not None:
            table = db.table("todos")
            table.insert(
                {
                    "title": done["title"],
                    "details": done["details"] or "",
                    "due": next_due,
                    "priority": done["priority"],
                    "status": "open",
                    "tags": done["tags"] or "",
                    "created": now_utc(),
                    "recurrence": done["recurrence"],
                    "owner": done["owner"],
                }
            )
            next_id = _pk(table)
    row = get_todo(store, todo_id)
    assert row is not None
    return {**row, "next_id": next_id}


def list_done_todos(store: Store, limit: int = 50) -> list[Row]:
    """The Completed group: most recently checked off first."""
    return list(
        store.db.query(
            f"select {LIST_COLUMNS} from todos where status = 'done' order by done_at desc, id desc limit ?",
            [limit],
        )
    )


def update_todo(store: Store, todo_id: int, *, title: str, due: str | None) -> None:
    title = title.strip()
    if not title:
        raise InputError("A to-do needs a title.")
    with store.atomic() as db:
        db.execute("update todos set title = ?, due = ? where id = ?", [title, due, todo_id])


def reopen_todo(store: Store, todo_id: int, *, drop_next: int | None = None) -> None:
    """Undo a check-off (or a delete); ``drop_next`` removes the occurrence the check-off created."""
    with store.atomic() as db:
        db.execute("update todos set status = 'open', done_at = null where id = ?", [todo_id])
        if drop_next is not None:
            db.execute("delete from todos where id = ? and status = 'open'", [drop_next])


def delete_todo(store: Store, todo_id: int) -> None:
    """Soft delete, so the app can undo it; purged by :func:`purge_deleted`."""
    with store.atomic() as db:
        db.execute("update todos set status = 'deleted', done_at = ? where id = ?", [now_utc(), todo_id])


def set_positions(store: Store, ordered_ids: Sequence[int]) -> None:
    """The user's own order for today's plan (a drag wins over any model)."""
    with store.atomic() as db:
        for n, todo_id in enumerate(ordered_ids):
            db.execute("update todos set position = ? where id = ?", [float(n), todo_id])


# -- transcripts and action items ------------------------------------------


def save_transcript(
    store: Store,
    text: str,
    *,
    meeting_date: str,
    title: str = "",
    source_path: str | None = None,
) -> int:
    """Save a pasted or opened transcript; done *before* it goes to the model,
    so a crash in native code cannot lose what the user pasted."""
    with store.atomic() as db:
        table = db.table("transcripts").insert(
            {
                "title": title,
                "text": text,
                "meeting_date": meeting_date,
                "source_path": source_path,
                "created": now_utc(),
            }
        )
        return _pk(table)


def save_action_items(
    store: Store, transcript_id: int, items: Iterable[Row], summary: str | None = None
) -> list[int]:
    """Replace a transcript's action items (and summary) in one transaction.

    Each item gets a key made of the transcript's text and the item itself
    (:func:`item_key`), which is what makes adding its to-do idempotent across re-runs.
    """
    ts = now_utc()
    with store.atomic() as db:
        rows = list(db.query("select text from transcripts where id = ?", [transcript_id]))
        text_hash = transcript_hash(rows[0]["text"]) if rows else ""
        db.execute("delete from action_items where transcript_id = ? and todo_id is null", [transcript_id])
        db.execute("update transcripts set summary = ? where id = ?", [summary, transcript_id])
        tid = transcript_id
        ids = []
        for item in items:
            table = db.table("action_items").insert(
                {
                    "transcript_id": tid,
                    "owner": item.get("owner"),
                    "task": item["task"],
                    "due": item.get("due"),
                    "source_line": item["source_line"],
                    "quote": item["quote"],
                    "created": ts,
                    "item_key": item_key(text_hash, item),
                    "confidence": item.get("confidence"),
                    "needs_review": int(bool(item.get("needs_review"))),
                    "review_reason": item.get("review_reason"),
                }
            )
            ids.append(_pk(table))
    return ids


def get_transcript(store: Store, transcript_id: int) -> Row | None:
    rows = list(store.db.query("select * from transcripts where id = ?", [transcript_id]))
    return rows[0] if rows else None


def list_transcripts(store: Store, limit: int = 100) -> list[Row]:
    return list(
        store.db.query(
            "select id, title, meeting_date, created, summary, length(text) as chars "
            "from transcripts order by id desc limit ?",
            [limit],
        )
    )


def action_items_for(store: Store, transcript_id: int) -> list[Row]:
    return list(
        store.db.query(
            "select * from action_items where transcript_id = ? order by source_line, id",
            [transcript_id],
        )
    )


def transcript_hash(text: str) -> str:
    """The transcript's identity for idempotent to-dos: line endings and trailing blanks
    do not make a different meeting."""
    lines = [ln.rstrip() for ln in re.split(r"\r\n|\r|\n", text)]
    return hashlib.sha256("\n".join(lines).strip().encode("utf-8")).hexdigest()


def item_key(text_hash: str, item: Row) -> str:
    """One action item of one transcript text: its line, owner and task (case and spacing aside)."""
    task = " ".join(str(item.get("task", "")).lower().split())
    owner = (item.get("owner") or "").lower()
    raw = f"{text_hash}|{item.get('source_line')}|{owner}|{task}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass
class TodoAdd:
    """What adding action items as to-dos did."""

    added: list[int] = field(default_factory=list)  # new to-dos
    existing: list[int] = field(default_factory=list)  # made earlier for the same item
    needs_review: list[Row] = field(default_factory=list)  # skipped: a person must look first

    @property
    def todo_ids(self) -> list[int]:
        return [*self.added, *self.existing]


def add_todos_from_action_items(store: Store, item_ids: Sequence[int]) -> list[int]:
    """Turn action items into to-dos (linked both ways), atomically; idempotent.

    Returns the to-do of each item (new or made before); items that need review are
    skipped (see :func:`add_todos`)."""
    return add_todos(store, item_ids).todo_ids


def add_todos(store: Store, item_ids: Sequence[int], *, include_review: bool = False) -> TodoAdd:
    """Turn action items into to-dos, atomically, at most one per item and transcript text.

    An item already linked to a to-do, or with the same key as one that is (the same
    transcript text extracted again), gets no second to-do.  Items marked
    ``needs_review`` (money, credentials, data sent outside) are skipped unless
    ``include_review`` (the user ticked them after reading the reason).
    """
    out = TodoAdd()
    with store.atomic() as db:
        for item_id in item_ids:
            rows = list(db.query("select * from action_items where id = ?", [item_id]))
            if not rows:
                raise InputError(f"There is no action item #{item_id}.")
            item = rows[0]
            if item["todo_id"]:
                out.existing.append(int(item["todo_id"]))
                continue
            if item.get("needs_review") and not include_review:
                out.needs_review.append(item)
                continue
            if item.get("item_key"):
                earlier = list(
                    db.query(
                        "select todo_id from action_items where item_key = ? and todo_id is not null "
                        "and id != ? order by id limit 1",
                        [item["item_key"], item_id],
                    )
                )
                if earlier:
                    db.execute(
                        "update action_items set todo_id = ? where id = ?", [earlier[0]["todo_id"], item_id]
                    )
                    out.existing.append(int(earlier[0]["todo_id"]))
                    continue
            owner = f" (owner: {item['owner']})" if item["owner"] else ""
            table = db.table("todos").insert(
                {
                    "title": item["task"],
                    "details": f"From the meeting transcript, line {item['source_line']}: "
                    f"“{item['quote']}”{owner}",
                    "due": item["due"],
                    "priority": 4,
                    "status": "open",
                    "tags": "meeting",
                    "owner": item["owner"] or None,
                    "created": now_utc(),
                    "action_item_id": item_id,
                }
            )
            todo_id = _pk(table)
            db.execute("update action_items set todo_id = ? where id = ?", [todo_id, item_id])
            out.added.append(todo_id)
    return out


# -- digests and reminders -----------------------------------------------------


def action_items_since(store: Store, since: str | None, after_id: int | None = None) -> list[Row]:
    """Action items the last digest did not include, newest meetings last.

    ``after_id`` (the last digest's ``covers_item_id``) decides when known: ids only
    grow, whatever the clock said when an item was saved.  ``since`` (UTC ISO) is the
    fallback for digests made before ids were recorded.
    """
    sql = "select id, owner, task, due, source_line, transcript_id, created from action_items"
    args: list[Any] = []
    if after_id is not None:
        sql += " where id > ?"
        args.append(after_id)
    elif since:
        sql += " where created > ?"
        args.append(since)
    return list(store.db.query(sql + " order by id limit 50", args))


def max_action_item_id(store: Store) -> int:
    rows = list(store.db.query("select coalesce(max(id), 0) as m from action_items"))
    return int(rows[0]["m"])


def utc_instant(at: datetime) -> str:
    """How reminder times are stored: the UTC instant, so text order is time order."""
    if at.tzinfo is None:
        raise ValueError("reminder times are timezone-aware")
    return at.astimezone(UTC).isoformat(timespec="minutes")


def zone_name(at: datetime) -> str:
    key = getattr(at.tzinfo, "key", None)  # a ZoneInfo's name, else the offset
    return str(key) if key else at.strftime("UTC%z")


def local_time(at: str) -> datetime:
    """A stored instant in this computer's current zone (what every view shows)."""
    return datetime.fromisoformat(at).astimezone()


def add_reminder(store: Store, text: str, at: datetime, todo_id: int | None = None) -> int:
    if at.tzinfo is None:
        raise ValueError("reminder times are timezone-aware")
    if not text.strip():
        raise InputError("A reminder needs some text.")
    with store.atomic() as db:
        table = db.table("reminders").insert(
            {
                "todo_id": todo_id,
                "text": text.strip(),
                "at": utc_instant(at),
                "zone": zone_name(at),
                "created": now_utc(),
            }
        )
        return _pk(table)


def _by_instant(rows: Iterable[Row]) -> list[Row]:
    # Rows written before 0006 may carry any offset: order by the instant, not the text.
    return sorted(rows, key=lambda r: (datetime.fromisoformat(r["at"]), r["id"]))


def reminders_between(store: Store, start: datetime, end: datetime) -> list[Row]:
    rows = store.db.query("select * from reminders")
    return [r for r in _by_instant(rows) if start <= datetime.fromisoformat(r["at"]) < end]


def due_reminders(store: Store, now: datetime) -> list[Row]:
    """Reminders whose time has come and that have not fired (compared as instants)."""
    rows = store.db.query("select * from reminders where fired_at is null")
    return [r for r in _by_instant(rows) if datetime.fromisoformat(r["at"]) <= now]


def mark_fired(store: Store, reminder_id: int) -> None:
    with store.atomic() as db:
        db.execute("update reminders set fired_at = ? where id = ?", [now_utc(), reminder_id])


def snooze_reminder(store: Store, reminder_id: int, until: datetime) -> None:
    with store.atomic() as db:
        db.execute(
            "update reminders set at = ?, zone = ?, fired_at = null where id = ?",
            [utc_instant(until), zone_name(until), reminder_id],
        )


def upcoming_reminders(store: Store) -> list[Row]:
    """Reminders not yet fired, in time order (the instant, whatever zone each was set in)."""
    return _by_instant(store.db.query("select * from reminders where fired_at is null"))


def last_digest_created(store: Store) -> str | None:
    rows = list(store.db.query("select max(created) as c from digests"))
    return rows[0]["c"] if rows else None


def last_digest(store: Store) -> Row | None:
    """The digest made last (by id: the order they were made in, whatever the clock said)."""
    rows = list(store.db.query("select * from digests order by id desc limit 1"))
    return rows[0] if rows else None


def finish_digest(
    store: Store,
    run_date: str,
    body: str,
    data: str,
    catch_up: bool,
    covers_item_id: int | None = None,
    made_at: datetime | None = None,
) -> int:
    """Write the digest and mark the day's run done, in one transaction.

    ``made_at``: the scheduler's clock reading (UTC is stored), default the system's.
    """
    made = made_at.astimezone(UTC).isoformat(timespec="seconds") if made_at else now_utc()
    with store.atomic() as db:
        table = db.table("digests").insert(
            {
                "run_date": run_date,
                "created": made,
                "catch_up": int(catch_up),
                "body": body,
                "data": data,
                "covers_item_id": covers_item_id,
            }
        )
        digest_id = _pk(table)
        db.execute(
            "update digest_runs set status = 'done', finished = ?, digest_id = ?, pid = null "
            "where run_date = ?",
            [made, digest_id, run_date],
        )
        return digest_id


def release_digest_claim(store: Store, run_date: str) -> None:
    """Give up a claim after a failure: a fresh claim is deleted; a rebuild goes back to done."""
    with store.atomic() as db:
        db.execute(
            "update digest_runs set status = 'done', pid = null where run_date = ? and status = 'running' "
            "and digest_id is not null",
            [run_date],
        )
        db.execute("delete from digest_runs where run_date = ? and status = 'running'", [run_date])


def get_digest(store: Store, run_date: str) -> Row | None:
    rows = list(
        store.db.query("select * from digests where run_date = ? order by id desc limit 1", [run_date])
    )
    return rows[0] if rows else None


def list_digests(store: Store, limit: int = 60) -> list[Row]:
    return list(store.db.query("select * from digests order by run_date desc, id desc limit ?", [limit]))


# -- LLM calls and the output cache -----------------------------------------


def record_llm_call(store: Store, row: Row) -> None:
    with store.atomic() as db:
        db.table("llm_calls").insert({"ts": now_utc(), **row})


def cache_get(store: Store, key: str) -> str | None:
    rows = list(store.db.query("select text from llm_cache where key = ?", [key]))
    if not rows:
        return None
    with store.atomic() as db:
        db.execute("update llm_cache set hits = hits + 1 where key = ?", [key])
    return str(rows[0]["text"])


def cache_put(store: Store, key: str, model_sha256: str, text: str) -> None:
    with store.atomic() as db:
        db.table("llm_cache").upsert(
            {"key": key, "model_sha256": model_sha256, "text": text, "created": now_utc(), "hits": 0},
            pk="key",
        )


def cached_file_hash(store: Store, path: str, size: int, mtime_ns: int) -> str | None:
    rows = list(
        store.db.query(
            "select sha256 from file_hashes where path = ? and size = ? and mtime_ns = ?",
            [path, size, mtime_ns],
        )
    )
    return str(rows[0]["sha256"]) if rows else None


def remember_file_hash(store: Store, path: str, size: int, mtime_ns: int, sha256: str) -> None:
    with store.atomic() as db:
        db.table("file_hashes").upsert(
            {"path": path, "size": size, "mtime_ns": mtime_ns, "sha256": sha256}, pk="path"
        )


class StoreCallLog:
    """The engine's output cache and metrics log, kept in the store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def cache_get(self, key: str) -> str | None:
        return cache_get(self.store, key)

    def cache_put(self, key: str, model_sha256: str, text: str) -> None:
        cache_put(self.store, key, model_sha256, text)

    def record(self, row: Row) -> None:
        record_llm_call(self.store, row)
