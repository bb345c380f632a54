"""Issue 16 items 9 and 10: start-up with a data folder that is read-only, full or cannot
be created; the single-instance socket; a shared DAYBREAK_HOME and a foreign database.

A lock that cannot be written is an I/O error with its real reason (stderr and the
dialog, exit non-zero), never "already running".  The raise-your-window socket lives
where only this user can reach it, and both ends check the other belongs to this user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

APP = """
import sys
from PySide6.QtWidgets import QMessageBox
shown = []
QMessageBox.critical = staticmethod(lambda *a, **k: shown.append(a[2]) or QMessageBox.StandardButton.Ok)
import ui.app
code = ui.app.main(["daybreak"], background=True)
print("DIALOG:", shown, file=sys.stderr)
sys.exit(code)
"""

ROOT = Path(__file__).resolve().parents[2]
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def start_app(home: Path | str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DAYBREAK_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "DAYBREAK_QUIT_AFTER_MS": "300",
    }
    return subprocess.run(
        [sys.executable, "-c", APP], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


@contextlib.contextmanager
def tmpfs(where: Path, options: str) -> Iterator[Path]:
    where.mkdir()
    if not IS_ROOT or subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)]).returncode:
        pytest.skip("needs root and mount to make a small file system")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


@pytest.fixture
def read_only_home(tmp_path: Path) -> Iterator[Path]:
    if not IS_ROOT:  # an ordinary user: permissions are enough
        home = tmp_path / "ro"
        home.mkdir(mode=0o500)
        yield home
        home.chmod(0o700)
        return
    with tmpfs(tmp_path / "ro", "ro,size=64k") as home:
        yield home


def assert_one_plain_failure(out: subprocess.CompletedProcess[str], reason: str) -> None:
    assert out.returncode not in (0, 134), out.stderr
    assert "already running" not in out.stderr
    assert "Traceback" not in out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln.startswith("daybreak:")]
    assert len(lines) == 1 and reason in lines[0], out.stderr
    assert "DIALOG: []" not in out.stderr and "DIALOG:" in out.stderr  # and a dialog said it


@pytest.mark.slow
def test_a_read_only_data_folder_is_reported_not_taken_for_another_instance(read_only_home: Path) -> None:
    out = start_app(read_only_home)
    assert_one_plain_failure(out, "cannot write to its data folder")


@pytest.mark.slow
def test_a_full_data_folder_is_reported_with_its_reason(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "full", "size=16k") as home:
        with contextlib.suppress(OSError), open(home / "filler", "wb") as f:
            while True:
                f.write(b"\0" * 4096)
                f.flush()
        out = start_app(home)
    assert_one_plain_failure(out, "No space left on device")


@pytest.mark.slow
def test_a_data_folder_that_cannot_be_created_gives_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = start_app(blocker / "daybreak")
    assert_one_plain_failure(out, "cannot create or use its data folder")
    # The command line says the same in one line.
    cli = subprocess.run(
        [sys.executable, "-m", "assistant", "todo", "list"],
        env={**os.environ, "DAYBREAK_HOME": str(blocker / "daybreak")},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert cli.returncode == 2 and "Traceback" not in cli.stderr
    assert "cannot create or use its data folder" in cli.stderr


# -- the socket ----------------------------------------------------------------------


def test_the_socket_is_in_the_runtime_folder_when_there_is_one(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.single_instance import SingleInstance

    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    first = SingleInstance(home)
    assert first.acquire()
    try:
        assert Path(first.name).parent == runtime
        assert stat.S_ISSOCK(os.lstat(first.name).st_mode)
        assert not os.lstat(first.name).st_mode & 0o077
    finally:
        first.release()


def test_without_a_runtime_folder_the_socket_is_private_not_in_the_shared_temp(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.single_instance import SingleInstance

    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    first = SingleInstance(home)
    assert first.acquire()
    try:
        parent = Path(first.name).parent
        assert parent != Path(tempfile.gettempdir())  # not a name anyone can take first
        st = parent.lstat()
        assert st.st_uid == os.getuid() and not st.st_mode & 0o077
    finally:
        first.release()


def test_a_socket_planted_by_someone_else_is_not_trusted(qtbot: object, tmp_path: Path) -> None:
    from ui.single_instance import SingleInstance

    if not IS_ROOT:
        pytest.skip("needs root to plant a socket owned by another user")
    home = tmp_path / "home"
    home.mkdir(mode=0o700)
    first = SingleInstance(home)
    assert first.acquire()
    try:
        # Replace the real socket with one owned by "nobody", listening.
        os.unlink(first.name)
        planted = socket.socket(socket.AF_UNIX)
        planted.bind(first.name)
        planted.listen()
        os.chown(first.name, 65534, 65534)
        second = SingleInstance(home)
        assert not second.acquire()
        assert not second.raised  # it never talked to the planted socket
        planted.settimeout(0.2)
        with pytest.raises(TimeoutError):
            planted.accept()
        planted.close()
    finally:
        first.release()


def test_a_raise_request_from_another_user_is_refused(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def,unused-ignore]
    from ui.single_instance import SingleInstance

    if not IS_ROOT:
        pytest.skip("needs root to connect as another user")
    base = Path(tempfile.mkdtemp())  # tmp_path's parents are closed to other users
    base.chmod(0o755)
    home = base / "home"
    home.mkdir(mode=0o700)
    first = SingleInstance(home)
    assert first.acquire()
    try:
        os.chmod(Path(first.name).parent, 0o755)  # let "nobody" reach it, for the test only
        os.chmod(first.name, 0o777)
        code = (
            "import os, socket, sys; os.setgid(65534); os.setuid(65534); "
            "s = socket.socket(socket.AF_UNIX); s.connect(sys.argv[1]); s.sendall(b'raise\\n'); s.close()"
        )
        with qtbot.assertNotEmitted(first.raise_requested, wait=500):
            subprocess.run([sys.executable, "-c", code, first.name], check=True, timeout=30)
        os.chmod(Path(first.name).parent, 0o700)
        with qtbot.waitSignal(first.raise_requested, timeout=3000):  # this user still may
            SingleInstance(home).acquire()
    finally:
        first.release()
        shutil.rmtree(base)


# -- item 9: a shared DAYBREAK_HOME, another program's database -------------------------


def test_an_existing_shared_home_keeps_its_mode(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant.store import Store

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o3775)  # setgid + sticky, group-writable: a team folder
    monkeypatch.setenv("DAYBREAK_HOME", str(shared))
    Store().close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o3775
    assert not (shared / "daybreak.db").stat().st_mode & 0o077  # the data itself is private
    fresh = tmp_path / "fresh" / "home"
    monkeypatch.setenv("DAYBREAK_HOME", str(fresh))
    Store().close()
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o700  # a folder Daybreak creates is private


def test_another_programs_database_is_refused_and_left_unchanged(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("create table contacts (name text)")
    conn.execute("insert into contacts values ('Ann')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    from assistant.errors import StorageError
    from assistant.store import Store

    with pytest.raises(StorageError, match="not Daybreak's"):
        Store(other)
    assert other.read_bytes() == before
    tables = sqlite3.connect(other).execute("select name from sqlite_master").fetchall()
    assert tables == [("contacts",)]
