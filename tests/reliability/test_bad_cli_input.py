"""Issue 16, bad input: each case is one plain line on stderr, exit 2, and nothing saved."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


def cli(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, timeout=120)


CASES: dict[str, list[str | bytes]] = {
    "todo_add_invalid_utf8": ["todo", "add", b"pay \xff rent"],
    "todo_done_huge_id": ["todo", "done", "99999999999999999999"],
    "todo_done_zero": ["todo", "done", "0"],
    "server_timeout_negative": ["server", "set", "http://127.0.0.1:9", "--timeout", "-1"],
    "server_timeout_nan": ["server", "set", "http://127.0.0.1:9", "--timeout", "nan"],
    "server_timeout_inf": ["server", "set", "http://127.0.0.1:9", "--timeout", "inf"],
    "digest_at_empty": ["digest", "--at", ""],
    "digest_at_bad": ["digest", "--at", "25:00"],
    # Linux limits one argument to 128 KB, so a 1.5 MB title arrives as many words.
    "todo_add_huge_title": ["todo", "add", *(["x" * 100_000] * 15)],
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_one_line_and_exit_2(name: str, daybreak_home: Path) -> None:
    out = cli(*CASES[name])
    err = out.stderr.decode(errors="replace")
    assert out.returncode == 2, (out.returncode, err[-500:])
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1, err[-500:]
    assert len(out.stdout) < 1000  # nothing echoed whole
    assert json.loads(cli("todo", "list", "--all", "--json").stdout)["todos"] == []
    if name.startswith("server"):
        assert b"127.0.0.1:9" not in cli("server", "show").stdout  # the bad setting was not saved


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_dates_at_the_end_of_the_calendar_never_crash(date: str, daybreak_home: Path) -> None:
    transcript = (
        b"Ann: I will send the report tomorrow, and again next month.\nBo: I'll call Ann yesterday.\n"
    )
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "actions", "-", "--no-model", "--date", date, "--json"],
        input=transcript,
        capture_output=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr.decode()[-500:]
    items = json.loads(out.stdout)["action_items"]
    assert items
    if date.startswith("9999"):
        assert all(i.get("due") is None for i in items)  # no date past the calendar's end
