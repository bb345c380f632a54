"""Plan my day: overdue and due-today first whatever the list; model reasons checked."""

import random
from datetime import date, timedelta

from assistant.llm.fake import FakeEngine, Script
from assistant.skills import plan

TODAY = date(2026, 11, 23)


def row(i: int, title: str, due: str | None = None, priority: int = 2, created: str = "2026-11-01") -> dict:
    return {"id": i, "title": title, "due": due, "priority": priority, "created": created, "status": "open"}


def test_issue_case_due_today_before_undated() -> None:
    rows = [row(1, "Tidy desk", priority=1), row(2, "Read book"), row(3, "Pay rent", "2026-11-23")]
    assert [p.todo_id for p in plan.rank(rows, TODAY)] == [3, 1, 2]


def test_order_within_groups() -> None:
    rows = [
        row(1, "A", "2026-11-23"),
        row(2, "B", "2026-11-23T09:00"),
        row(3, "C", "2026-11-20"),
        row(4, "D", "2026-11-22"),
        row(5, "E", "2026-11-23T08:00"),
        row(6, "F", None, 1),
        row(7, "G", None, 3),
        row(8, "H", None, 3, created="2026-10-01"),
        row(9, "I", "2026-12-01"),  # future: not today's plan
    ]
    out = plan.rank(rows, TODAY)
    assert [p.todo_id for p in out] == [3, 4, 5, 2, 1, 6, 8, 7]
    assert out[0].why == "overdue by 3 days" and out[2].why == "due today at 08:00"


def test_property_overdue_and_today_always_first() -> None:
    rng = random.Random(15)
    for _ in range(500):
        rows = []
        for i in range(rng.randint(0, 15)):
            kind = rng.choice(["none", "past", "today", "todaytime", "future", "bad"])
            due = {
                "none": None,
                "past": (TODAY - timedelta(days=rng.randint(1, 30))).isoformat(),
                "today": TODAY.isoformat(),
                "todaytime": f"{TODAY.isoformat()}T{rng.randint(0, 23):02d}:{rng.choice(['00', '30'])}",
                "future": (TODAY + timedelta(days=rng.randint(1, 30))).isoformat(),
                "bad": "someday",
            }[kind]
            created = (TODAY - timedelta(days=rng.randint(0, 90))).isoformat()
            rows.append(row(i + 1, f"task {i}", due, rng.randint(1, 3), created))
        out = plan.rank(rows, TODAY)
        buckets = [p.bucket for p in out]
        assert buckets == sorted(buckets)
        expected_first = sum(
            1
            for r in rows
            if r["due"] and r["due"][:4].isdigit() and date.fromisoformat(r["due"][:10]) <= TODAY
        )
        assert all(b in (plan.OVERDUE, plan.TODAY) for b in buckets[:expected_first])
        assert all(b == plan.ANYTIME for b in buckets[expected_first:])
        assert not any(
            r["due"] and r["due"][:4].isdigit() and r["due"][:10] > TODAY.isoformat()
            for r in rows
            if r["id"] in {p.todo_id for p in out}
        )
        overdue = [p for p in out if p.bucket == plan.OVERDUE]
        dues = [next(r["due"] for r in rows if r["id"] == p.todo_id)[:10] for p in overdue]
        assert dues == sorted(dues)


def test_model_reasons_must_name_their_own_task() -> None:
    rows = [row(1, "Pay rent", "2026-11-23"), row(2, "Call dentist")]
    reply = (
        '{"reasons": [{"id": 1, "reason": "Call the dentist before noon"}, '
        '{"id": 2, "reason": "The dentist closes early today"}]}'
    )
    out = plan.plan(FakeEngine(Script([reply])), rows, today=TODAY)
    assert [p.todo_id for p in out] == [1, 2]
    assert out[0].reason == "" and out[1].reason == "The dentist closes early today"


def test_model_failure_keeps_the_ranking() -> None:
    rows = [row(1, "Pay rent", "2026-11-23"), row(2, "Call dentist")]
    out = plan.plan(FakeEngine(Script(["not json"])), rows, today=TODAY)
    assert [p.todo_id for p in out] == [1, 2] and all(p.reason == "" for p in out)
    assert plan.plan(None, [], today=TODAY) == []
