import os
import sqlite3
import stat
from pathlib import Path

import pytest

from assistant.errors import InputError, StorageError
from assistant.store import Store, records


def test_creates_private_dir_and_db_with_wal_and_pragmas(daybreak_home: Path) -> None:
    s = Store()
    try:
        assert stat.S_IMODE(daybreak_home.stat().st_mode) == 0o700
        db_path = daybreak_home / "daybreak.db"
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
        records.add_note(s, "hello")  # a write creates -wal/-shm
        for suffix in ("-wal", "-shm"):
            side = Path(str(db_path) + suffix)
            if side.exists():
                assert stat.S_IMODE(side.stat().st_mode) == 0o600
        conn = s.db.conn
        assert conn.execute("pragma journal_mode").fetchone()[0] == "wal"
        assert conn.execute("pragma foreign_keys").fetchone()[0] == 1
        assert conn.execute("pragma synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("pragma busy_timeout").fetchone()[0] >= 1000
        tables = set(s.db.table_names())
        for t in (
            "notes",
            "todos",
            "reminders",
            "transcripts",
            "action_items",
            "digests",
            "digest_runs",
            "llm_calls",
            "settings",
            "llm_cache",
        ):
            assert t in tables
    finally:
        s.close()


def test_wide_permissions_are_tightened(daybreak_home: Path) -> None:
    daybreak_home.mkdir(mode=0o755)
    os.chmod(daybreak_home, 0o755)
    Store().close()
    db = daybreak_home / "daybreak.db"
    os.chmod(db, 0o644)
    Store().close()
    # A DAYBREAK_HOME that already existed keeps its mode (issue 16 item 9: it may be a
    # shared folder); the files in it are tightened.
    assert stat.S_IMODE(daybreak_home.stat().st_mode) == 0o755
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_every_write_survives_reopen(daybreak_home: Path) -> None:
    s = Store()
    note = records.add_note(s, "Buy ËMOJI 🎉 paint", tags=["home"])
    todo = records.add_todo(s, "Call mom", due="2026-11-22T17:00", tags=["family"])
    records.set_setting(s, "digest_time", "07:00")
    tid = records.save_transcript(s, "Al: I'll send it.", meeting_date="2026-11-18")
    ids = records.save_action_items(
        s,
        tid,
        [{"owner": "Al", "task": "Send it", "due": None, "source_line": 1, "quote": "Al: I'll send it."}],
        summary="1 item",
    )
    [linked] = records.add_todos_from_action_items(s, ids)
    records.complete_todo(s, todo)
    s.close()

    s2 = Store()
    try:
        got_note, got_todo = records.get_note(s2, note), records.get_todo(s2, todo)
        assert got_note is not None and got_note["body"] == "Buy ËMOJI 🎉 paint"
        assert got_todo is not None and got_todo["status"] == "done"
        assert records.get_setting(s2, "digest_time") == "07:00"
        item = records.action_items_for(s2, tid)[0]
        assert item["todo_id"] == linked
        got_linked = records.get_todo(s2, linked)
        assert got_linked is not None and got_linked["action_item_id"] == item["id"]
        assert records.list_transcripts(s2)[0]["summary"] == "1 item"
        # Adding the same item again is idempotent.
        assert records.add_todos_from_action_items(s2, ids) == [linked]
    finally:
        s2.close()


def test_search_quotes_user_text(store: Store) -> None:
    records.add_note(store, "The quarterly report is due NOT later than Friday")
    records.add_note(store, "Groceries: milk, eggs")
    assert len(records.search_notes(store, "report NOT")) == 1  # NOT is a word, not an operator
    assert records.search_notes(store, 'unbalanced "quote') == []
    assert [r["body"] for r in records.search_notes(store, "milk")] == ["Groceries: milk, eggs"]
    assert records.search_notes(store, "   ") == []


def test_bad_input_is_refused_and_nothing_half_written(store: Store) -> None:
    with pytest.raises(InputError):
        records.add_todo(store, "   ")
    with pytest.raises(InputError):
        records.add_note(store, "")
    tid = records.save_transcript(store, "x", meeting_date="2026-11-18")
    good = {"owner": None, "task": "ok", "due": None, "source_line": 1, "quote": "x"}
    bad = {"owner": None, "task": None, "due": None, "source_line": 1, "quote": "x"}  # NOT NULL
    with pytest.raises(sqlite3.IntegrityError):
        records.save_action_items(store, tid, [good, bad])
    assert records.action_items_for(store, tid) == []  # all or nothing
    with pytest.raises(InputError, match="#999"):
        records.add_todos_from_action_items(store, [999])
    with pytest.raises(InputError, match="#42"):
        records.complete_todo(store, 42)


def test_refuses_db_from_newer_version(daybreak_home: Path) -> None:
    s = Store()
    s.db.table("_sqlite_migrations").insert(
        {"migration_set": "daybreak", "name": "9999_from_the_future", "applied_at": "2030-01-01"}
    )
    s.close()
    with pytest.raises(StorageError, match="newer version"):
        Store()


def test_locked_db_is_a_known_error_and_retry_works(
    daybreak_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("assistant.store.db.BUSY_TIMEOUT_MS", 100)
    s = Store()
    other = sqlite3.connect(daybreak_home / "daybreak.db")
    other.execute("begin exclusive")
    try:
        s.db.conn.execute("pragma busy_timeout = 100")
        with pytest.raises(StorageError, match="locked"):
            records.add_todo(s, "Water plants")
    finally:
        other.rollback()
        other.close()
    records.add_todo(s, "Water plants")  # the same call works once the lock is gone
    assert [t["title"] for t in records.list_todos(s)] == ["Water plants"]
    s.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_db_is_a_known_error(daybreak_home: Path) -> None:
    Store().close()
    os.chmod(daybreak_home / "daybreak.db", 0o400)
    s = Store()
    with pytest.raises(StorageError):
        records.add_todo(s, "x")
    s.close()


def test_read_only_via_sqlite_flag_is_a_known_error(store: Store) -> None:
    store.db.conn.execute("pragma query_only = 1")
    with pytest.raises(StorageError, match="read-only"):
        records.add_todo(store, "x")


def test_not_a_database_is_a_known_error(daybreak_home: Path) -> None:
    daybreak_home.mkdir(mode=0o700)
    (daybreak_home / "daybreak.db").write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(StorageError, match=r"not a Daybreak database|damaged"):
        Store()


def test_one_connection_per_thread(store: Store) -> None:
    import threading

    seen = []

    def work() -> None:
        seen.append(id(store.db))
        records.add_note(store, "from a thread")
        store.close_thread()

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen and seen[0] != id(store.db)
    assert len(records.list_notes(store)) == 1


def test_disk_full_is_a_known_error_and_nothing_half_written(store: Store) -> None:
    # SQLite's own limit stands in for a full disk: the write fails with SQLITE_FULL.
    records.add_note(store, "kept")
    pages = store.db.conn.execute("pragma page_count").fetchone()[0]
    store.db.conn.execute(f"pragma max_page_count = {pages}")
    with pytest.raises(StorageError, match="disk is full"):
        records.add_note(store, "z" * 200_000)
    assert [n["body"] for n in records.list_notes(store)] == ["kept"]
    store.db.conn.execute("pragma max_page_count = 1073741823")
    records.add_note(store, "after space was freed")
    assert len(records.list_notes(store)) == 2


def test_search_with_many_matches_lists_the_newest_first(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records, "RANKED_MATCHES", 5)
    ids = [records.add_note(store, f"groceries list number {n}") for n in range(8)]
    found = records.search_notes(store, "groceries", limit=3)
    assert [r["id"] for r in found] == ids[::-1][:3]
    records.add_note(store, "groceries groceries groceries")
    few = records.search_notes(store, "groceries groceries", limit=50)  # still many: newest first
    assert few[0]["body"] == "groceries groceries groceries"
