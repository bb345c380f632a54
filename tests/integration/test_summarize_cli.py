"""``daybreak summarize`` end to end for every input kind, with the real embedded model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.skills.summarize import grounded
from tests.conftest import FIXTURES, TRANSCRIPTS
from tests.integration.test_cli import run

S = FIXTURES / "summarize"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (TRANSCRIPTS / "board_meeting.txt", "meeting"),
        (TRANSCRIPTS / "client_call.vtt", "meeting"),
        (S / "article.md", "article"),
        (S / "thread.txt", "email"),
        (S / "note.eml", "email"),
        (S / "box.mbox", "email"),
        (S / "whatsapp.txt", "chat"),
        (S / "telegram.txt", "chat"),
        (S / "signal.txt", "chat"),
        (S / "slack.txt", "chat"),
    ],
)
def test_each_kind_through_the_cli(path: Path, kind: str) -> None:
    out = run("summarize", str(path), "--date", "2026-11-18", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert list(doc) == [
        "kind",
        "title",
        "tldr",
        "key_points",
        "decisions",
        "open_questions",
        "action_items",
        "model",
        "timings",
    ]
    assert doc["kind"] == kind
    assert doc["model"] is not None, "the embedded model was loaded"
    assert doc["title"] and doc["tldr"] and doc["key_points"]
    lines = path.read_text(encoding="utf-8").split("\n")
    for section in ("key_points", "decisions", "open_questions"):
        for point in doc[section]:
            assert set(point) == {"text", "lines"}
            assert all(1 <= n <= len(lines) for n in point["lines"])
            evidence = " ".join(lines[n - 1] for n in point["lines"])
            body = point["text"].split(": ", 1)[-1]
            assert grounded(body, evidence, min_ratio=0.6), point
    if kind == "meeting":
        assert doc["action_items"]
        for item in doc["action_items"]:
            assert lines[item["source_line"] - 1] == item["quote"]


def test_human_output_and_kind_override() -> None:
    out = run("summarize", str(S / "slack.txt"), "--kind", "article")
    assert out.returncode == 0, out.stderr
    assert "Key points:" in out.stdout and "[line" in out.stdout


def test_stdin() -> None:
    data = (TRANSCRIPTS / "board_meeting.txt").read_bytes()
    out = run("summarize", "-", "--json", stdin=data)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["kind"] == "meeting"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n", "empty"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "binary"),
        (b"caf\xe9 au lait\n", "not UTF-8"),
        (b"ok\nyes\n", "too little text"),
    ],
)
def test_bad_input_is_one_clear_message(data: bytes, message: str, tmp_path: Path) -> None:
    f = tmp_path / "input.txt"
    f.write_bytes(data)
    out = run("summarize", str(f), "--no-model")
    assert out.returncode == 2
    assert out.stdout == ""
    assert message in out.stderr.splitlines()[0]


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert "No such file" in run("summarize", str(tmp_path / "nope.txt"), "--no-model").stderr
    assert "folder" in run("summarize", str(tmp_path), "--no-model").stderr


def test_what_a_chat_asks_of_me() -> None:
    chat = (
        b"12/03/2026, 18:09 - Lena: Can someone bring the board games?\n"
        b"12/03/2026, 18:12 - Priya: Lena, can you send the grocery list by Wednesday?\n"
        b"12/03/2026, 18:15 - Lena: Sure, will do. Tom, could you check the cabin has a grill?\n"
        b"12/03/2026, 18:20 - Tom: I'll ask the host tonight.\n"
    )
    mine = run("summarize", "-", "--kind", "chat", "--me", "Tom", stdin=chat)
    assert mine.returncode == 0, mine.stderr
    asked = mine.stdout.split("Asked of you:\n", 1)[1].split("\n\n", 1)[0]
    assert "board games" in asked and "grill" in asked and "grocery list" not in asked
    anyone = run("summarize", "-", "--kind", "chat", stdin=chat)
    assert "Requests and questions:" in anyone.stdout and "grocery list" in anyone.stdout


def test_a_mime_eml_through_the_cli() -> None:
    path = S / "mime_base64.eml"
    out = run("summarize", str(path), "--date", "2026-12-03", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert doc["kind"] == "email" and doc["title"] == "Migration moved – Saturday"
    shown = " ".join(p["text"] for s in ("key_points", "open_questions") for p in doc[s])
    assert "December 12" in shown and "Content-Transfer-Encoding" not in shown
    n_lines = len(path.read_text(encoding="utf-8").split("\n"))
    assert all(
        1 <= n <= n_lines for s in ("key_points", "open_questions") for p in doc[s] for n in p["lines"]
    )
