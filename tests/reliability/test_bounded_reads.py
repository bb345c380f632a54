"""Issue 16 item 2: a user-named file or stdin is read at most limit + 1 bytes, and anything
that is not a readable regular file gets one clear line (exit 2), never a hang or traceback."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

#: The child may not grow past this: reading /dev/zero whole used to end in MemoryError.
MEMORY_CAP = 1536 * 1024 * 1024


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def actions(
    path: str, stdin: int | IO[bytes] | None = subprocess.DEVNULL
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "actions", path, "--no-model", "--date", "2026-11-18"],
        stdin=stdin,
        capture_output=True,
        timeout=60,
        preexec_fn=_cap_memory,
    )


def assert_one_clear_line(out: subprocess.CompletedProcess[bytes]) -> None:
    err = out.stderr.decode()
    assert out.returncode == 2, err
    assert "Traceback" not in err and "MemoryError" not in err
    assert len(err.strip().splitlines()) <= 2 and err.strip(), err  # message (+ what to do)


@pytest.mark.parametrize("path", ["/dev/zero", "/proc/self/mem", "/dev/null_dir"])
def test_special_files_get_one_line(path: str, tmp_path: Path) -> None:
    if path == "/dev/null_dir":
        path = str(tmp_path)
    assert_one_clear_line(actions(path))


def test_fifo_without_writer_does_not_block(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert_one_clear_line(actions(str(fifo)))


def test_endless_stdin_is_cut_at_the_limit() -> None:
    with subprocess.Popen(["yes", "Ann: I'll send the report by Friday."], stdout=subprocess.PIPE) as yes:
        try:
            out = actions("-", stdin=yes.stdout)
        finally:
            yes.kill()
    assert_one_clear_line(out)
    assert "too large" in out.stderr.decode()
