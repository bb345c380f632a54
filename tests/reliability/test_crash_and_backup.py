"""Nothing the app said was saved is lost: SIGKILL at random points, backups while writing."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import InputError, StorageError
from assistant.store import Store, records
from assistant.store.backup import backup, check, restore

WRITER = r"""
import os, sys
from assistant.store import Store, records
store = Store()
for n in range(1000):
    if n % 2:
        i = records.add_note(store, f"note {n} " + "x" * (n % 50))
        print(f"note {i}", flush=True)
    else:
        i = records.add_todo(store, f"todo {n}", due="2026-11-18", tags=["t"])
        print(f"todo {i}", flush=True)
print("done", flush=True)
"""

DIGEST_WRITER = r"""
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from assistant import scheduler
from assistant.clock import FixedClock
from assistant.store import Store, records
store = Store()
for n in range(40):
    records.add_todo(store, f"todo {n}", due="2026-11-18")
start = datetime(2026, 1, 1, 7, 30, tzinfo=ZoneInfo("Europe/Berlin"))
for day in range(300):
    made = scheduler.ensure_todays_digest(store, FixedClock(start + timedelta(days=day)))
    if made:
        print(made.run_date, flush=True)
"""


def _kill_after(code: str, home: Path, lines_before_kill: int) -> list[str]:
    env = {**os.environ, "DAYBREAK_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    seen: list[str] = []
    assert proc.stdout is not None
    try:
        while len(seen) < lines_before_kill:
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line.strip())
        os.kill(proc.pid, signal.SIGKILL)  # mid-write, most likely
    finally:
        proc.wait(30)
        proc.stdout.close()
    return [s for s in seen if s != "done"]


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return str(conn.execute("pragma integrity_check").fetchone()[0])


@pytest.mark.slow
def test_sigkill_while_writing_loses_nothing_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(20261122)
    for run in range(20):
        home = tmp_path / f"run{run}"
        reported = _kill_after(WRITER, home, rng.randint(1, 400))
        db = home / "daybreak.db"
        assert _integrity(db) == "ok", run
        monkeypatch.setenv("DAYBREAK_HOME", str(home))
        store = Store()
        try:
            notes = {r["id"] for r in store.db.query("select id from notes")}
            todos = {r["id"] for r in store.db.query("select id from todos")}
            for line in reported:
                kind, ident = line.split()
                assert int(ident) in (notes if kind == "note" else todos), (run, line)
            # FTS stayed consistent with its table.
            n_fts = next(iter(store.db.query("select count(*) n from notes_fts")))["n"]
            assert n_fts == len(notes)
        finally:
            store.close()


@pytest.mark.slow
def test_sigkill_while_writing_digests_then_restart(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(7)
    for run in range(6):
        home = tmp_path / f"digest{run}"
        reported = _kill_after(DIGEST_WRITER, home, rng.randint(1, 60))
        assert _integrity(home / "daybreak.db") == "ok"
        monkeypatch.setenv("DAYBREAK_HOME", str(home))
        store = Store()
        try:
            digests = {r["run_date"] for r in store.db.query("select run_date from digests")}
            assert set(reported) <= digests
            done = {
                r["run_date"] for r in store.db.query("select run_date from digest_runs where status='done'")
            }
            assert done == digests  # a digest row and its 'done' mark were written together
            counts = list(
                store.db.query("select run_date, count(*) n from digests group by run_date having n > 1")
            )
            assert counts == []  # never two
            # A run left 'running' by the kill is retried once it is stale.
            from datetime import datetime, timedelta
            from zoneinfo import ZoneInfo

            from assistant import scheduler
            from assistant.clock import FixedClock

            stuck = [
                r["run_date"]
                for r in store.db.query("select run_date from digest_runs where status='running'")
            ]
            for day in stuck:
                d = datetime.fromisoformat(day).replace(hour=9, tzinfo=ZoneInfo("Europe/Berlin"))
                assert scheduler.ensure_todays_digest(store, FixedClock(d + timedelta(hours=1))) is not None
        finally:
            store.close()


def test_backup_while_another_process_writes(daybreak_home: Path, store: Store, tmp_path: Path) -> None:
    records.add_note(store, "before the backup")
    env = {**os.environ, "DAYBREAK_HOME": str(daybreak_home)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER], stdout=subprocess.DEVNULL, env=env)
    try:
        time.sleep(0.3)
        copies = [backup(store, tmp_path / f"copy{n}.db") for n in range(3)]
    finally:
        writer.wait(120)
    for copy in copies:
        assert _integrity(copy) == "ok"
        check(copy)
        assert oct(copy.stat().st_mode & 0o777) == "0o600"
        with sqlite3.connect(copy) as conn:
            assert (
                conn.execute("select count(*) from notes where body = 'before the backup'").fetchone()[0] == 1
            )


def test_restore_refuses_what_is_not_a_daybreak_db(store: Store, tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("create table t (x)")
    damaged = tmp_path / "damaged.db"
    good = backup(store, tmp_path / "good.db")
    data = bytearray(good.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    damaged.write_bytes(bytes(data))
    newer = backup(store, tmp_path / "newer.db")
    with sqlite3.connect(newer) as conn:
        conn.execute(
            "insert into _sqlite_migrations (migration_set, name, applied_at) values ('daybreak', '9999_x', 'now')"
        )
    records.add_note(store, "keep me")
    for bad, err in (
        (text, InputError),
        (other, InputError),
        (damaged, (InputError, StorageError)),
        (newer, StorageError),
    ):
        with pytest.raises(err):
            restore(store, bad)
    assert [n["body"] for n in records.list_notes(store)] == ["keep me"]  # untouched


def test_restore_round_trip_keeps_the_current_data_aside(store: Store, tmp_path: Path) -> None:
    records.add_note(store, "old state")
    saved = backup(store, tmp_path)
    records.add_note(store, "newer note")
    safety = restore(store, saved)
    assert [n["body"] for n in records.list_notes(store)] == ["old state"]
    with sqlite3.connect(safety) as conn:
        assert conn.execute("select count(*) from notes").fetchone()[0] == 2


def test_backup_refuses_to_overwrite_the_live_db(store: Store) -> None:
    with pytest.raises(InputError):
        backup(store, store.path)
