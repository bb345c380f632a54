from datetime import date

from assistant.skills import email, recipes
from assistant.skills.todos import group_todos, plan_day


def test_email_facts_from_a_request() -> None:
    f = email.extract_facts(
        "Reschedule my 10 AM with Sarah to tomorrow, polite, mention I'll send the notes in advance",
        date(2026, 11, 18),
    )
    assert (f.recipient, f.old_time, f.new_time) == ("Sarah", "10 AM", "tomorrow")
    assert f.points == ["I'll send the notes in advance"]


def test_email_placeholders_are_filled() -> None:
    facts = email.EmailFacts(recipient="Sarah Lee", purpose="x")
    text = "Dear [Recipient's Name],\n\nHi.\n\nBest regards,\n[Your Name]"
    assert email.fill_placeholders(text, facts) == "Dear Sarah,\n\nHi.\n\nBest regards,"
    assert email.fill_placeholders(text, facts, "Ana").endswith("Best regards,\nAna")


def test_template_draft_without_a_model() -> None:
    facts = email.EmailFacts("Sarah", "Reschedule", "10 AM", "tomorrow", ["I'll send the notes"])
    draft = email.template_draft(facts, "friendly")
    assert draft.startswith("Hi Sarah,") and "10 AM meeting to tomorrow" in draft


def test_recipe_check_marks_missing_staples_and_diet() -> None:
    ask = recipes.RecipeAsk(["eggs", "spinach"], ["vegetarian", "no peanuts"], max_minutes=20)
    data = {
        "title": "Omelette",
        "minutes": 25,
        "ingredients": [
            {"item": "Eggs", "quantity": "4"},
            {"item": "olive oil", "quantity": "1 tbsp"},
            {"item": "bacon", "quantity": "2 slices"},
            {"item": "peanuts", "quantity": "a handful"},
        ],
        "steps": ["Whisk.", "Cook."],
    }
    r = recipes.check(data, ask)
    assert [i["status"] for i in r.ingredients] == ["have", "staple", "missing", "missing"]
    assert r.missing == ["bacon", "peanuts"]
    assert any("vegetarian" in p for p in r.problems) and any("peanuts" in p for p in r.problems)
    assert any("over your 20" in p for p in r.problems)


def test_todo_groups_and_plan_without_a_model() -> None:
    today = date(2026, 11, 18)
    rows = [
        {"id": 1, "title": "Someday", "due": None, "priority": 2},
        {"id": 2, "title": "Call", "due": "2026-11-18T17:00", "priority": 2},
        {"id": 3, "title": "Late", "due": "2026-11-16", "priority": 2},
        {"id": 4, "title": "Report", "due": "2026-11-18T14:00", "priority": 2},
        {"id": 5, "title": "Later", "due": "2026-11-20", "priority": 2},
        {"id": 6, "title": "Today", "due": "2026-11-18", "priority": 1},
    ]
    groups = group_todos(rows, today)
    assert [r["id"] for r in groups["Overdue"]] == [3]
    assert [r["id"] for r in groups["Today"]] == [2, 4, 6]
    plan = plan_day(rows, today)
    assert [p.todo_id for p in plan] == [3, 4, 2, 6, 1]
    assert plan[1].reason == "deadline at 14:00 — deadline first"
    # A drag in the app wins.
    rows[0]["position"] = 0.0
    assert plan_day(rows, today)[0].todo_id == 1


def test_ics_export() -> None:
    from datetime import UTC, datetime

    from assistant.skills.ics import todos_to_ics

    rows = [
        {
            "id": 1,
            "title": "Call mom, then; dad",
            "due": "2026-11-22T17:00",
            "status": "open",
            "tags": "family",
        },
        {"id": 2, "title": "Pay rent", "due": "2026-12-01", "status": "done", "tags": ""},
        {"id": 3, "title": "No date", "due": None, "status": "open", "tags": ""},
        {"id": 4, "title": "Ü" * 60, "due": "2026-12-02", "status": "open", "tags": ""},
    ]
    ics = todos_to_ics(rows, now=datetime(2026, 11, 21, 12, tzinfo=UTC))
    assert ics.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and ics.endswith("END:VCALENDAR\r\n")
    assert ics.count("BEGIN:VTODO") == 3
    assert "SUMMARY:Call mom\\, then\\; dad\r\n" in ics
    assert "DUE:20261122T170000\r\n" in ics and "DUE;VALUE=DATE:20261201\r\n" in ics
    assert "STATUS:COMPLETED" in ics and "CATEGORIES:family" in ics
    assert all(len(line.encode()) <= 75 for line in ics.split("\r\n"))
    unfolded = ics.replace("\r\n ", "")
    assert "SUMMARY:" + "Ü" * 60 in unfolded


def test_garbled_recipe_is_not_usable() -> None:
    ask = recipes.RecipeAsk(["eggs", "spinach"])
    junk = {
        "title": "Serves 2-3",
        "minutes": 15,
        "ingredients": [{"item": ");{", "quantity": "eggs"}],
        "steps": ["make a salad.", "}}"],
    }
    r = recipes.check(junk, ask)
    assert not r.usable and r.ingredients == [] and r.steps == ["make a salad."]
