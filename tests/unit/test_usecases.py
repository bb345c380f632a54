"""The use-case entry points in ``assistant/``: one per user action, plain data out."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest

from assistant import settings
from assistant.errors import InputError
from assistant.llm.fake import FakeEngine, Script
from assistant.meetings import process_transcript
from assistant.skills import email, recipes
from assistant.skills.todos import plan_after_failure, plan_today
from assistant.store import Store, records

TRANSCRIPTS = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"


def test_process_transcript_saves_checks_and_adds_todos(store: Store) -> None:
    text = (TRANSCRIPTS / "standup.txt").read_text()
    done = process_transcript(
        store, text, date(2026, 11, 18), None, source_path="/x/standup.txt", add_todos=True
    )
    row = records.get_transcript(store, done.transcript_id)
    assert row is not None and row["title"] == "standup.txt" and row["source_path"] == "/x/standup.txt"
    assert len(done.item_ids) == len(done.extraction.action_items) == 4
    assert len(done.todo_ids) == 4 and len(records.list_todos(store)) == 4
    # The TL;DR names the surest next steps and counts the rest.
    assert (
        done.summary == row["summary"]
        and "Next: " in done.summary
        and "(and 2 more action items)" in done.summary
    )
    assert done.model_error is None and not done.cancelled
    titles = [i["task"] for i in records.action_items_for(store, done.transcript_id)]
    assert "Update the API docs for the new filters" in titles


def test_process_transcript_refuses_bad_input_before_saving(store: Store) -> None:
    with pytest.raises(InputError, match="binary"):
        process_transcript(store, "some\x00binary", date(2026, 11, 18), None)
    assert records.list_transcripts(store) == []


def test_a_stopped_transcript_is_saved_but_gets_no_items(store: Store) -> None:
    cancel = threading.Event()
    cancel.set()
    done = process_transcript(
        store,
        (TRANSCRIPTS / "planning_long.txt").read_text(),
        date(2026, 11, 18),
        FakeEngine(n_params=8_000_000_000),  # trusted: the model is asked, so the stop is seen
        cancel=cancel,
    )
    assert done.cancelled and done.item_ids == [] and done.todo_ids == []
    assert len(records.list_transcripts(store)) == 1


def test_email_draft_falls_back_to_a_template_without_a_model() -> None:
    facts = email.EmailFacts("Sarah", "Reschedule", "10 AM", "tomorrow", [])
    out = email.draft(None, facts, "friendly", "short")
    assert isinstance(out, email.Draft) and not out.from_model and out.note == email.NO_MODEL_NOTE
    assert out.text.startswith("Hi Sarah,")


def test_email_draft_from_the_model_fills_placeholders_and_streams() -> None:
    facts = email.EmailFacts("Sarah Lee", "Reschedule", "10 AM", "tomorrow", [])
    tokens: list[str] = []
    reply = "Dear [Recipient's Name],\n\nCan we move the 10 AM to tomorrow?\n\nBest,\n[Your Name]"
    out = email.draft(
        FakeEngine(Script([reply])), facts, "professional", "short", tokens.append, sender="Ana"
    )
    assert isinstance(out, email.Draft) and out.from_model
    assert out.text.startswith("Dear Sarah Lee,") and out.text.rstrip().endswith("Ana") and len(tokens) > 1


def test_a_stopped_email_draft_is_not_a_draft() -> None:
    cancel = threading.Event()
    cancel.set()
    facts = email.EmailFacts("Sarah", "Reschedule")
    out = email.draft(FakeEngine(Script(["Hi"])), facts, "friendly", "short", None, cancel)
    assert not isinstance(out, email.Draft) and not out.ok


def test_recipes_come_from_the_collection_without_a_model() -> None:
    out = recipes.suggest(None, recipes.RecipeAsk(["eggs"], [], 30))
    assert out.ok and all(
        recipes.recipe_problems(r, recipes.RecipeAsk(["eggs"], [], 30)) == [] for r in out.recipes
    )


def test_recipe_suggest_marks_what_is_missing() -> None:
    out = recipes.suggest(FakeEngine(Script(["{}"])), recipes.RecipeAsk(["eggs", "cheddar"], [], 15))
    first = out.recipes[0]
    assert all(i["status"] in ("have", "staple", "missing") for i in first.ingredients)
    assert first.missing == [i["item"] for i in first.ingredients if i["status"] == "missing"]


def test_plan_today_without_a_model_and_after_a_failure() -> None:
    rows = [
        {"id": 1, "title": "Report", "due": "2026-11-18T14:00", "position": None, "done": 0},
        {"id": 2, "title": "Old", "due": "2026-11-10", "position": None, "done": 0},
    ]
    plan = plan_today(None, rows, date(2026, 11, 18))
    assert "no model" in plan.label and [p.todo_id for p in plan.items] == [2, 1]
    again = plan_after_failure(rows, date(2026, 11, 18))
    assert "unavailable" in again.label and again.items == plan.items


def test_settings_are_typed_with_defaults(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.USER_NAME.get(store) == "" and settings.LAST_PANE.get(store) == 0
    settings.USER_NAME.set(store, "Ana")
    assert settings.USER_NAME.get(store) == "Ana"
    records.set_setting(store, "last_pane", "not a number")  # a hand-edited database
    assert settings.LAST_PANE.get(store) == 0
    settings.MODEL_PATH.set(store, "/m.gguf")
    settings.MODEL_PATH.clear(store)
    assert settings.MODEL_PATH.get(store) is None
    keys = [s.key for s in settings.SETTINGS]
    assert len(keys) == len(set(keys)) and "digest_time" in keys


def test_environment_overrides_are_read_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DAYBREAK_N_CTX", "2048")
    assert settings.N_CTX.get() == 2048
    monkeypatch.setenv("DAYBREAK_N_CTX", "lots")
    assert settings.N_CTX.get() is None  # unusable: the default, with a warning in the log
    monkeypatch.setenv("DAYBREAK_MODEL_TRUST", "medium")
    assert settings.MODEL_TRUST.get() is None
    monkeypatch.delenv("DAYBREAK_BUSY_TIMEOUT_MS", raising=False)
    assert settings.BUSY_TIMEOUT_MS.get() == 5000
    assert all(e.name.startswith("DAYBREAK_") for e in settings.ENVIRONMENT)


def test_the_digest_claim_uses_the_store_transaction_and_its_error_mapping(
    daybreak_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from assistant import scheduler
    from assistant.clock import FixedClock
    from assistant.errors import StorageError

    monkeypatch.setattr("assistant.store.db.BUSY_TIMEOUT_MS", 100)
    s = Store()
    clock = FixedClock(datetime(2026, 11, 18, 9, 30, tzinfo=ZoneInfo("Europe/Berlin")))
    other = sqlite3.connect(daybreak_home / "daybreak.db")
    other.execute("begin exclusive")
    try:
        s.db.conn.execute("pragma busy_timeout = 100")
        with pytest.raises(StorageError, match="locked"):  # not a raw sqlite3 error
            scheduler.ensure_todays_digest(s, clock)
    finally:
        other.rollback()
        other.close()
    made = scheduler.ensure_todays_digest(s, clock)  # nothing was left half-claimed
    assert made is not None and made.catch_up
    assert scheduler.ensure_todays_digest(s, clock) is None  # and only once
    s.close()


def test_a_pasted_chat_is_summarised_for_the_user_named_in_settings(store: Store) -> None:
    chat = (
        "12/03/2026, 18:09 - Lena: Can someone bring the board games?\n"
        "12/03/2026, 18:12 - Priya: Lena, can you send the grocery list by Wednesday?\n"
        "12/03/2026, 18:20 - Tom: I'll ask the host tonight about the grill.\n"
    )
    settings.USER_NAME.set(store, "Tom")
    done = process_transcript(store, chat, date(2026, 12, 3), None, kind="chat")
    assert done.structured is not None and done.structured.questions_heading == "Asked of you"
    assert [p.lines for p in done.structured.open_questions] == [[1]]
