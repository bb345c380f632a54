"""The paged To-dos list in SQL shows what the Python grouping shows, in the same order."""

from __future__ import annotations

import random
from datetime import date, timedelta

from assistant.skills.todos import group_todos
from assistant.store import records
from assistant.store.todo_pages import SECTIONS, TodoFilter, first_pages, section_counts, section_page

TODAY = date(2026, 11, 18)


def fill(store, n: int = 400, seed: int = 3) -> None:
    rng = random.Random(seed)
    words = "budget Pass wifi café Émile report 50%_off under_score plants".split()
    owners = [None, None, None, "", "me", "Ana", "ana ", "Bob", "Émile", "ÉMILE"]
    with store.atomic() as db:
        for _ in range(n):
            day = TODAY + timedelta(days=rng.randint(-5, 5))
            due = rng.choice([None, "", day.isoformat(), day.isoformat() + "T09:30"])
            db.table("todos").insert(
                {
                    "title": " ".join(rng.choices(words, k=3)),
                    "details": rng.choice(["", None, "see wifi notes"]),
                    "tags": rng.choice(["", "work", "home"]),
                    "status": rng.choice(["open", "open", "open", "done", "deleted"]),
                    "priority": rng.randint(1, 4),
                    "due": due,
                    "owner": rng.choice(owners),
                    "created": "2026-11-01T00:00:00",
                    "done_at": f"2026-11-{rng.randint(1, 17):02d}T10:00:00",
                }
            )


def expected(store, query: str, me: tuple[str, ...]) -> dict[str, list[int]]:
    """The old path: every row into Python, filtered and grouped there."""

    def hit(r) -> bool:  # within one field
        return any(query in (r[c] or "").lower() for c in ("title", "details", "tags"))

    rows = [r for r in records.list_todos(store, limit=100_000) if hit(r)]
    groups = group_todos(rows, TODAY, me=me)
    out = {name: [int(r["id"]) for r in groups[name]] for name in groups}
    done = store.db.query("select * from todos where status = 'done' order by done_at desc, id desc")
    out["Completed"] = [int(r["id"]) for r in done if hit(r)]
    return out


def paged(store, f: TodoFilter, page: int) -> dict[str, list[int]]:
    out = {}
    for name in SECTIONS:
        ids: list[int] = []
        while True:
            rows = section_page(store, name, f, len(ids), page)
            ids += [int(r["id"]) for r in rows]
            if len(rows) < page:
                break
        out[name] = ids
    return out


def test_sections_match_the_python_grouping_for_every_query(store) -> None:
    fill(store)
    for me in ((), ("Ana",), ("émile",)):
        for query in ("", "wifi", "pass", "PASS".lower(), "café", "émile", "50%", "under_", "zzz"):
            f = TodoFilter(query=query, today=TODAY, me=me)
            want = expected(store, query, me)
            assert paged(store, f, page=7) == want, (me, query)
            counts = section_counts(store, f)
            assert counts == {name: len(want[name]) for name in SECTIONS}, (me, query)


def test_first_pages_are_short_and_skip_empty_sections(store) -> None:
    fill(store)
    f = TodoFilter(today=TODAY)
    sections = first_pages(store, f, page=5)
    counts = section_counts(store, f)
    assert [s.name for s in sections] == [n for n in SECTIONS if counts[n]]
    for s in sections:
        assert len(s.rows) == min(5, s.total) and s.remaining == s.total - len(s.rows)
    assert (
        sum(s.total for s in sections)
        == store.db.execute("select count(*) from todos where status in ('open', 'done')").fetchone()[0]
    )


def test_a_like_wildcard_in_the_search_is_literal(store) -> None:
    records.add_todo(store, "save 50% on tea")
    records.add_todo(store, "save 50 on tea")
    f = TodoFilter(query="50%", today=TODAY)
    assert [r["title"] for r in section_page(store, "Someday", f, 0, 10)] == ["save 50% on tea"]
