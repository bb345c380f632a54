"""To-do quick-add syntax (recurrence, priority, tags, preview) and the store behind it."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from assistant.skills.todos import Recurrence, describe_due, group_todos, next_occurrence, parse_todo
from assistant.store import Store, records

MONDAY = datetime(2026, 11, 23, 10, 0)


@pytest.mark.parametrize(
    ("text", "title", "due", "priority", "rule"),
    [
        ("water the plants every Sunday", "water the plants", "2026-11-29", 4, "weeks:1:6"),
        ("pay rent every month on the 1st p1", "pay rent", "2026-12-01", 1, "months:1:d1"),
        ("standup every weekday 9:30", "standup", "2026-11-24T09:30", 4, "weekdays"),
        ("standup every weekday 11:00", "standup", "2026-11-23T11:00", 4, "weekdays"),
        ("review the budget every 2 weeks", "review the budget", "2026-11-23", 4, "weeks:2"),
        ("take out bins every Mon and Thu", "take out bins", "2026-11-23", 4, "weeks:1:0,3"),
        ("call mom tomorrow 5pm !", "call mom", "2026-11-24T17:00", 1, None),
        ("p3 file taxes by Friday", "file taxes", "2026-11-27", 3, None),
        ("email the p2p team", "email the p2p team", None, 4, None),
        ("buy milk", "buy milk", None, 4, None),
    ],
)
def test_parse_todo(text: str, title: str, due: str | None, priority: int, rule: str | None) -> None:
    q = parse_todo(text, MONDAY)
    assert (q.title, q.due, q.priority) == (title, due, priority)
    assert (q.recurrence.rule() if q.recurrence else None) == rule


def test_tags_and_preview_chip() -> None:
    q = parse_todo("call mom tomorrow 5pm p1 #family", MONDAY)
    assert q.tags == ("family",) and q.title == "call mom"
    assert q.preview(MONDAY) == "Tomorrow 17:00 · p1 · #family"
    assert parse_todo("water the plants every Sunday", MONDAY).preview(MONDAY) == "Sun 29 Nov · every Sunday"
    assert parse_todo("buy milk", MONDAY).preview(MONDAY) == ""
    assert describe_due("2027-01-04T09:00", date(2026, 11, 23)) == "Mon 4 Jan 2027 09:00"


@pytest.mark.parametrize(
    ("rule", "due", "following"),
    [
        ("weeks:1:6", "2026-11-29", "2026-12-06"),
        ("weeks:1:0,3", "2026-11-23", "2026-11-26"),
        ("weeks:1:0,3", "2026-11-26", "2026-11-30"),
        ("weekdays", "2026-11-27T09:30", "2026-11-30T09:30"),
        ("weeks:2", "2026-11-23", "2026-12-07"),
        ("months:1:d1", "2026-12-01", "2027-01-01"),
        ("months:1:d31", "2027-01-31", "2027-02-28"),
        ("months:1:d31", "2027-02-28", "2027-03-31"),
        ("days:1", "2026-12-31", "2027-01-01"),
    ],
)
def test_next_occurrence(rule: str, due: str, following: str) -> None:
    assert next_occurrence({"recurrence": rule, "due": due}) == following


def test_rules_round_trip_and_bad_rules_are_ignored() -> None:
    for rule in ("weekdays", "weeks:1:6", "months:1:d1", "weeks:2", "days:3"):
        parsed = Recurrence.parse_rule(rule)
        assert parsed is not None and parsed.rule() == rule
    for bad in ("", "fortnightly", "weeks:x", "weeks:0", "hours:1"):
        assert Recurrence.parse_rule(bad) is None
    assert next_occurrence({"recurrence": "nonsense", "due": "2026-11-23"}) is None


def test_waiting_for_group() -> None:
    rows = [
        {"id": 1, "title": "mine", "due": None, "owner": None},
        {"id": 2, "title": "alice's", "due": "2026-11-23", "owner": "Alice"},
        {"id": 3, "title": "also mine", "due": None, "owner": "Sam"},
    ]
    groups = group_todos(rows, date(2026, 11, 23), me=["sam"])
    assert [r["id"] for r in groups["Waiting for"]] == [2]
    assert [r["id"] for r in groups["Someday"]] == [1, 3]


def test_check_off_creates_the_next_occurrence_and_undo_removes_it(store: Store) -> None:
    q = parse_todo("water the plants every Sunday p2", MONDAY)
    assert q.recurrence is not None
    todo_id = records.add_todo(store, q.title, due=q.due, priority=q.priority, recurrence=q.recurrence.rule())
    done = records.complete_todo(store, todo_id)
    assert done["status"] == "done" and done["next_id"] is not None
    following = records.get_todo(store, done["next_id"])
    assert following is not None
    assert (following["title"], following["due"], following["priority"], following["recurrence"]) == (
        "water the plants",
        "2026-12-06",
        2,
        "weeks:1:6",
    )
    assert [r["id"] for r in records.list_done_todos(store)] == [todo_id]
    records.reopen_todo(store, todo_id, drop_next=done["next_id"])
    assert records.get_todo(store, done["next_id"]) is None
    assert [r["id"] for r in records.list_todos(store)] == [todo_id]
    # A one-off creates nothing.
    once = records.add_todo(store, "buy milk")
    assert records.complete_todo(store, once)["next_id"] is None


def test_list_shows_reminder_bell_and_owner(store: Store) -> None:
    todo_id = records.add_todo(store, "send slides", owner="Alice")
    records.add_reminder(store, "send slides", datetime(2030, 1, 1, 9).astimezone(), todo_id=todo_id)
    other = records.add_todo(store, "plain")
    rows = {r["id"]: r for r in records.list_todos(store)}
    assert rows[todo_id]["has_reminder"] == 1 and rows[todo_id]["owner"] == "Alice"
    assert rows[other]["has_reminder"] == 0 and rows[other]["priority"] == 4
