"""Issue 16 item 9 (exports): an exported .ics holds to-do titles, so it is written 0600 like
the database, and `todo export -` writes exact iCalendar (CRLF) to stdout."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path


def cli(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, timeout=120)


def test_ics_export_is_private_and_exact(daybreak_home: Path, tmp_path: Path) -> None:
    assert cli("todo", "add", "see the doctor tomorrow 9am").returncode == 0
    old = os.umask(0o022)
    try:
        fresh, existing = tmp_path / "todos.ics", tmp_path / "old.ics"
        existing.write_text("x")
        existing.chmod(0o644)
        for target in (fresh, existing):
            assert cli("todo", "export", str(target)).returncode == 0
            assert stat.S_IMODE(target.stat().st_mode) == 0o600, target
            assert b"doctor" in target.read_bytes()
    finally:
        os.umask(old)
    out = cli("todo", "export", "-").stdout
    assert out.startswith(b"BEGIN:VCALENDAR\r\n") and b"\\x0d" not in out
