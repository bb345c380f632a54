"""Issue 16 items 5 and 6: backups, and restoring someone else's backup.

5: a backup is one self-contained file (rollback journal), written only to a new name
or, with --force, over a regular file; any character a file name may hold works
(an escaped, read-only URI); no -shm, -wal or .partial file is left behind; a backup
on read-only media restores.
6: a restored server setting is off until the user confirms it; credentials in a
server address are refused and never stored, recorded or printed.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.llm.backend import OPENAI, BackendChoice, get_backend, load_backend, set_backend
from assistant.llm.fake import FakeEngine
from assistant.store import Store, records
from assistant.store.backup import backup, restore

NAMES = ["plain.db", "with#hash.db", "what?.db", "100%25.db", "sp ace & amp.db", "x?mode=rw.db"]


def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=120, input=stdin
    )


def debris(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.name.endswith(("-shm", "-wal", "-journal", ".partial"))
    )


@pytest.mark.parametrize("name", NAMES)
def test_any_file_name_backs_up_and_restores_without_debris(store: Store, tmp_path: Path, name: str) -> None:
    folder = tmp_path / "odd #?% folder"
    folder.mkdir()
    records.add_todo(store, "Before the backup")
    dest = backup(store, folder / name)
    assert dest == folder / name and sorted(p.name for p in folder.iterdir()) == [name]
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    with sqlite3.connect(dest) as conn:  # one file: a rollback journal, not WAL
        assert conn.execute("pragma journal_mode").fetchone()[0] == "delete"
    records.add_todo(store, "After the backup")
    restore(store, dest)
    titles = [t["title"] for t in records.list_todos(store)]
    assert titles == ["Before the backup"]
    assert debris(folder) == []
    live = {store.path.name + suffix for suffix in ("", "-wal", "-shm")}  # the open database's own
    beside = {p.name for p in store.path.parent.iterdir()} - live
    assert all(n.startswith("daybreak.db.before-restore-") and n[-4:] not in ("-shm", "-wal") for n in beside)
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no stray files beside it


def test_an_existing_file_is_replaced_only_with_force(store: Store, tmp_path: Path) -> None:
    dest = tmp_path / "mine.db"
    dest.write_text("precious")
    with pytest.raises(InputError, match="already exists"):
        backup(store, dest)
    assert dest.read_text() == "precious"
    out = cli("backup", str(dest))
    assert out.returncode == 2 and "--force" in out.stderr and dest.read_text() == "precious"
    assert cli("backup", str(dest), "--force").returncode == 0
    assert dest.read_bytes().startswith(b"SQLite format 3")


@pytest.mark.parametrize("target", ["/dev/null", "link", "fifo"])
def test_never_writes_to_anything_but_a_regular_file(store: Store, tmp_path: Path, target: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    path = Path(target)
    if target == "link":
        path = tmp_path / "link.db"
        path.symlink_to(victim)
    elif target == "fifo":
        path = tmp_path / "fifo.db"
        os.mkfifo(path)
    before = os.lstat(path)
    with pytest.raises(InputError, match="not a regular file"):
        backup(store, path, force=True)
    after = os.lstat(path)
    assert (before.st_mode, before.st_ino) == (after.st_mode, after.st_ino)
    assert victim.read_text() == "keep me"
    assert debris(tmp_path) == []


def test_a_backup_on_read_only_media_restores(store: Store, tmp_path: Path) -> None:
    records.add_todo(store, "Saved")
    media = tmp_path / "cdrom"
    media.mkdir()
    dest = backup(store, media / "backup.db")
    dest.chmod(0o444)
    media.chmod(0o555)  # as root this does not stop writes, so the test also checks debris
    try:
        records.add_todo(store, "Later")
        restore(store, dest)
        assert [t["title"] for t in records.list_todos(store)] == ["Saved"]
        assert sorted(p.name for p in media.iterdir()) == ["backup.db"]
    finally:
        media.chmod(0o755)


# -- item 6 -------------------------------------------------------------------------


def test_a_restored_server_setting_stays_off_until_confirmed(store: Store, tmp_path: Path) -> None:
    # The stranger's backup: their server, and "send $GITHUB_TOKEN as the key".
    theirs = tmp_path / "theirs.db"
    set_backend(
        store, BackendChoice(OPENAI, base_url="http://203.0.113.9:8080/v1", api_key_env="GITHUB_TOKEN")
    )
    backup(store, theirs)
    set_backend(store, BackendChoice())  # my own setting: local
    restore(store, theirs)
    choice = get_backend(store)
    assert choice.remote and not choice.confirmed
    local = FakeEngine()
    engine = load_backend(choice, lambda: local)  # no connection attempt: the local model
    assert engine is local
    shown = cli("server", "show")
    assert "OFF until confirmed" in shown.stdout
    probe = cli("server", "test")
    assert probe.returncode == 2 and "not confirmed" in probe.stderr
    out = cli("server", "confirm")
    assert out.returncode == 0 and get_backend(store).confirmed


def test_cli_restore_says_the_server_is_off(store: Store, tmp_path: Path) -> None:
    theirs = tmp_path / "theirs.db"
    set_backend(
        store, BackendChoice(OPENAI, base_url="http://203.0.113.9:8080/v1", api_key_env="GITHUB_TOKEN")
    )
    backup(store, theirs)
    set_backend(store, BackendChoice())
    out = cli("restore", str(theirs))
    assert out.returncode == 0 and "stays off" in out.stdout


SECRET = "s3cr3t-pa55"


@pytest.mark.parametrize(
    "url", [f"http://user:{SECRET}@example.org:8080/v1", f"https://{SECRET}@example.org/v1"]
)
def test_credentials_in_a_server_address_are_refused_and_never_echoed(store: Store, url: str) -> None:
    out = cli("server", "set", url)
    assert out.returncode == 2
    assert SECRET not in out.stdout + out.stderr
    assert "user name or password" in out.stderr
    assert not get_backend(store).remote
    dump = "\n".join(store.db.conn.iterdump())
    assert SECRET not in dump
    once = cli("actions", "-", "--backend", "openai", "--base-url", url, stdin="Ann: I'll go.\n")
    assert once.returncode == 2 and SECRET not in once.stdout + once.stderr


def test_credentials_already_in_a_restored_setting_are_dropped(store: Store) -> None:
    from assistant import settings

    settings.BACKEND.set(
        store, {"backend": OPENAI, "base_url": f"http://u:{SECRET}@203.0.113.9/v1", "confirmed": True}
    )
    choice = get_backend(store)
    assert SECRET not in repr(choice) and not choice.confirmed
    assert choice.base_url == "http://203.0.113.9/v1"
    assert SECRET not in cli("server", "show").stdout
