"""Issue 16 item 7: human-readable CLI output never passes terminal escapes or bidi overrides
through raw (clear screen, window title, OSC 52 clipboard, hidden/reordered text); --json is
unchanged."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.textsafe import for_terminal

HOSTILE = "pay \x1b[2J\x1b]0;pwned\x07\x1b]52;c;cm0gLXJmIH4=\x07 rent \u202edcba\u202c \x9b31m now"
RAW = ("\x1b", "\x07", "\u202e", "\u202c", "\x9b")


def cli(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True, timeout=120
    )


def test_for_terminal_shows_every_control_visibly() -> None:
    out = for_terminal(HOSTILE + "\tok\n")
    assert not any(ch in out for ch in RAW)
    assert out.endswith("\tok\n") and "\\x1b" in out and "<U+202E>" in out


@pytest.mark.slow
def test_cli_outputs_neutralise_escapes(daybreak_home: Path) -> None:
    assert cli("todo", "add", HOSTILE).returncode == 0
    transcript = f"Ann: I'll {HOSTILE} by Friday.\nBo: ok\n".encode()
    outputs = {
        "todo add list": cli("todo", "list").stdout,
        "actions": cli("actions", "-", "--no-model", "--date", "2026-11-18", stdin=transcript).stdout,
    }
    for name, raw in outputs.items():
        text = raw.decode()
        assert "pwned" in text or "rent" in text, name  # the title is shown ...
        assert not any(ch in text for ch in RAW), f"{name}: {text!r}"  # ... without its escapes
    listed = json.loads(cli("todo", "list", "--json").stdout)["todos"]
    assert listed[0]["title"].startswith("pay \x1b[2J")  # --json keeps the data exact
