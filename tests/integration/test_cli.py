"""``daybreak`` end to end, as a user runs it (subprocess, real model, real files)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, TRANSCRIPTS


def run(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        timeout=240,
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")
    )


def test_actions_json_is_one_object_with_the_documented_shape() -> None:
    path = TRANSCRIPTS / "standup.txt"
    out = run("actions", str(path), "--date", "2026-11-18", "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)  # exactly one JSON document on stdout
    assert set(doc) == {"meeting_date", "action_items", "warnings", "summary", "model", "timings"}
    assert doc["meeting_date"] == "2026-11-18"
    assert set(doc["model"]) == {"path", "sha256", "device"} and len(doc["model"]["sha256"]) == 64
    assert set(doc["timings"]) == {"total_s", "prompt_tokens", "completion_tokens"}
    lines = path.read_text().split("\n")
    assert len(doc["action_items"]) >= 3
    for item in doc["action_items"]:
        assert set(item) == {
            *("owner", "task", "due", "source_line", "quote"),
            *("confidence", "needs_review", "review_reason"),
        }
        assert lines[item["source_line"] - 1] == item["quote"]
    assert doc["warnings"] == []
    assert {
        "owner": "Raj",
        "task": "Update the API docs for the new filters",
        "due": "2026-11-20",
        "source_line": 11,
        "quote": lines[10],
    } in [{k: i[k] for k in ("owner", "task", "due", "source_line", "quote")} for i in doc["action_items"]]


def test_actions_from_stdin_adds_todos_and_survives_reopen(daybreak_home: Path) -> None:
    data = (TRANSCRIPTS / "sales_pipeline.txt").read_bytes()  # CRLF
    out = run("actions", "-", "--date", "2026-11-18", "--add-todos", "--no-model", stdin=data)
    assert out.returncode == 0, out.stderr
    assert "Added 4 to-do(s)" in out.stdout
    listed = json.loads(run("todo", "list", "--json").stdout)["todos"]
    assert {t["title"] for t in listed} >= {"Prepare the custom demo for Acme"}
    with sqlite3.connect(daybreak_home / "daybreak.db") as db:
        [(n,)] = db.execute("select count(*) from action_items where todo_id is not null").fetchall()
        [(text,)] = db.execute("select text from transcripts").fetchall()
    assert n == 4 and text.encode() == data  # the pasted text is kept exactly


def test_todo_and_note_commands() -> None:
    out = run("todo", "add", "call", "mom", "tomorrow", "5pm", "--tag", "family")
    assert out.returncode == 0 and "call mom" in out.stdout and "T17:00" in out.stdout
    [todo] = json.loads(run("todo", "list", "--json").stdout)["todos"]
    assert todo["title"] == "call mom" and todo["tags"] == "family"
    assert run("todo", "done", str(todo["id"])).returncode == 0
    assert json.loads(run("todo", "list", "--json").stdout)["todos"] == []
    assert run("note", "add", "Buy", "paint", "for", "the", "shed").returncode == 0
    found = json.loads(run("note", "search", "paint", "--json").stdout)["notes"]
    assert [n["body"] for n in found] == ["Buy paint for the shed"]


def test_model_info_json() -> None:
    out = run("model", "info", "--json")
    assert out.returncode == 0, out.stderr
    info = json.loads(out.stdout)
    for key in (
        "path",
        "size_bytes",
        "sha256",
        "chat_format",
        "n_ctx",
        "device",
        "gpu_layers",
        "device_reason",
    ):
        assert key in info
    assert info["n_ctx"] >= 8192


def test_known_errors_are_plain_messages_with_exit_2(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x01")
    latin1 = tmp_path / "old.txt"
    latin1.write_bytes("Zoë: I'll send it".encode("latin-1"))
    fake_model = tmp_path / "model.gguf"
    fake_model.write_text("hello")
    cases = [
        (("actions", str(tmp_path / "missing.txt")), "No such file"),
        (("actions", str(binary)), "binary"),
        (("actions", str(latin1)), "not UTF-8"),
        (("actions", "-"), "empty"),
        (("actions", str(TRANSCRIPTS / "standup.txt"), "--model", str(fake_model)), "not a GGUF"),
        (("todo", "done", "12345"), "no to-do #12345"),
        (("todo", "add", "tomorrow"), "needs a title"),
    ]
    for args, message in cases:
        out = run(*args, stdin=b"")
        assert out.returncode == 2, (args, out.stderr)
        assert message in out.stderr, (args, out.stderr)
        assert "Traceback" not in out.stderr


def test_locked_database_is_a_known_error(daybreak_home: Path) -> None:
    assert run("note", "add", "first").returncode == 0
    holder = sqlite3.connect(daybreak_home / "daybreak.db")
    holder.execute("begin exclusive")
    try:
        out = run("note", "add", "second", env={"DAYBREAK_BUSY_TIMEOUT_MS": "200"})
    finally:
        holder.rollback()
        holder.close()
    assert out.returncode == 2 and "locked" in out.stderr and "Traceback" not in out.stderr
    assert run("note", "add", "second").returncode == 0  # retry works, nothing was lost
    assert len(json.loads(run("note", "search", "second", "--json").stdout)["notes"]) == 1


def run_app(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "ui"], capture_output=True, text=True, timeout=120, env={**os.environ, **env}
    )
    return proc


def test_no_arguments_opens_the_app_and_quits_cleanly(daybreak_home: Path) -> None:
    core = run()  # the core's own entry point has no UI: it points to it
    assert core.returncode == 0 and "python -m ui" in core.stdout
    out = run_app(env={"QT_QPA_PLATFORM": "offscreen", "DAYBREAK_QUIT_AFTER_MS": "1500"})
    assert out.returncode == 0, out.stderr
    assert "Traceback" not in out.stderr and "QThread: Destroyed" not in out.stderr
    again = run_app(env={"QT_QPA_PLATFORM": "offscreen", "DAYBREAK_QUIT_AFTER_MS": "300"})
    assert again.returncode == 0, again.stderr  # the lock of the first run did not block the second


def test_an_irc_log_names_its_owners_and_dates_its_own_meeting(tmp_path: Path) -> None:
    log = tmp_path / "meeting.log"
    log.write_text(
        "19:00:03 <meetbot> Meeting started Tue Dec  1 19:00:03 2026 UTC. The chair is ann.\n"
        "19:00:45 <ann> bob: can you look into the arm64 failure before Thursday?\n"
        "19:00:50 <bob> yes, I'll take it\n"
        "19:03:40 <erin> I'll fix the version switcher this week\n"
    )
    doc = json.loads(run("actions", str(log), "--json", "--no-model").stdout)
    assert doc["meeting_date"] == "2026-12-01"
    got = {(i["owner"], i["task"], i["due"]) for i in doc["action_items"]}
    assert ("bob", "Look into the arm64 failure", "2026-12-03") in got
    assert any(owner == "erin" and task == "Fix the version switcher" for owner, task, _ in got)


def test_a_closed_pipe_ends_quietly() -> None:
    # "daybreak actions x.txt | head": the reader went away; no traceback, SIGPIPE's status.
    code = (
        "import argparse, sys\n"
        "from assistant.cli import _guarded\n"
        "def handler(store, args):\n"
        "    raise BrokenPipeError\n"
        "rc = _guarded(handler, argparse.Namespace())\n"
        "print('after the reader left')\n"
        "sys.exit(rc)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 141
    assert proc.stderr == "" and proc.stdout == ""


def test_a_chat_export_gets_a_chats_summary_line() -> None:
    out = run("actions", str(FIXTURES / "summarize" / "whatsapp.txt"), "--no-model", "--date", "2026-12-03")
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert first.startswith("Chat of 2026-12-03: ") and "people in the chat" in first


def test_an_email_gets_an_emails_summary_line_its_requests_and_its_own_date() -> None:
    # no --date: "by Thursday" is read from the email's Date header, not from today
    out = run("actions", str(FIXTURES / "summarize" / "budget.eml"), "--no-model")
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert first.startswith("Email of 2026-11-30: ") and "Rachel Kim" in first, first
    assert "Meeting" not in first
    assert "[Omar] Check if the Lisbon booth deposit is refundable" in out.stdout
