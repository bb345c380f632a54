"""Notes: search as you type (prefixes, Wi-Fi = wifi = wi fi), edit, delete and undo."""

from __future__ import annotations

import pytest

from assistant.errors import InputError
from assistant.skills.notes import joined_words, match_expression
from assistant.store import Store, records


def test_expression_quotes_words_and_tries_joined_spellings() -> None:
    assert match_expression("Wi-Fi") == '("wi"* AND "fi"*) OR ("wifi"*)'
    assert match_expression('pass" OR NOT x') == match_expression("pass or not x")
    assert match_expression("  -- ") == ""
    assert joined_words("Wi-Fi password") == "wifi fipassword"


@pytest.mark.parametrize("query", ["wifi", "Wi-Fi", "wi fi", "WIFI pass", "pass", "passw", "rout", "café"])
def test_variants_find_the_note(store: Store, query: str) -> None:
    hyphen = records.add_note(store, "The Wi-Fi password is on the router. Cafe downstairs.")
    joined = records.add_note(store, "wifi password for the guest network")
    records.add_note(store, "Shopping: eggs, milk")
    found = {int(r["id"]) for r in records.find_notes(store, query)}
    expected = {hyphen} if query in ("rout", "café") else {hyphen, joined}
    assert found == expected


def test_edit_delete_and_undo_keep_the_index_in_step(store: Store) -> None:
    note_id = records.add_note(store, "door code 4411", tags=["home"])
    row = records.update_note(store, note_id, "gate code 9090")
    assert row["body"] == "gate code 9090" and row["tags"] == "home"
    assert records.find_notes(store, "door") == []
    assert [r["id"] for r in records.find_notes(store, "gate")] == [note_id]
    with pytest.raises(InputError):
        records.update_note(store, note_id, "   ")
    assert (records.get_note(store, note_id) or {}).get("body") == "gate code 9090"
    gone = records.delete_note(store, note_id)
    assert records.get_note(store, note_id) is None and records.find_notes(store, "gate") == []
    assert records.restore_note(store, gone) == note_id
    assert records.get_note(store, note_id) == gone
    assert [r["id"] for r in records.find_notes(store, "gat")] == [note_id]
