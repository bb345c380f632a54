"""``daybreak note show|edit|delete`` and prefix search, as a user runs them."""

from __future__ import annotations

import json

from tests.integration.test_cli import run


def test_note_show_edit_delete_and_prefix_search() -> None:
    assert run("note", "add", "The Wi-Fi password is hunter2", "--tag", "home").returncode == 0
    found = json.loads(run("note", "search", "wifi", "pass", "--json").stdout)["notes"]
    assert [n["body"] for n in found] == ["The Wi-Fi password is hunter2"]
    note_id = str(found[0]["id"])
    shown = run("note", "show", note_id)
    assert shown.returncode == 0 and "hunter2" in shown.stdout and "#home" in shown.stdout
    assert run("note", "edit", note_id, "The", "Wi-Fi", "password", "is", "swordfish").returncode == 0
    assert json.loads(run("note", "show", note_id, "--json").stdout)["note"]["body"].endswith("swordfish")
    empty = run("note", "edit", note_id)
    assert empty.returncode != 0 and "Nothing to change" in empty.stderr
    assert run("note", "delete", note_id).returncode == 0
    missing = run("note", "show", note_id)
    assert missing.returncode != 0 and f"no note #{note_id}" in missing.stderr
