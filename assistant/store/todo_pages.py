"""The To-dos list a page at a time: section counts and LIMIT/OFFSET pages in SQL.

The app used to load up to 10,000 rows, filter and group them in Python and hand them
all to the view; at 100k to-dos that held the UI thread (and the GIL) for 100-200 ms a
keystroke.  Here the filter and the grouping run in SQLite (which releases the GIL while
it steps), one pass counts every section, and only the rows a person can see are read.

Sections match :func:`assistant.skills.todos.group_todos` (Overdue, Today, Upcoming,
Someday, Waiting for) plus Completed, in the same order within each.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from assistant.store.db import Store
from assistant.store.records import LIST_COLUMNS

Row = dict[str, Any]

SECTIONS = ("Overdue", "Today", "Upcoming", "Someday", "Waiting for", "Completed")

#: Whether a to-do's owner is the user; the SQL function below decides only for rows
#: that have an owner (meeting items), so ordinary to-dos never call into Python.
_MINE = "(owner is null or trim(owner) = '' or daybreak_is_mine(owner, :me))"
_DATED = "due is not null and due != ''"

# The dated sections walk the (status, due) index over their date range.  The others
# hold a large share of the table: a plain scan ("+status" keeps SQLite off the index)
# reads it in order instead of one random lookup per row, two to three times faster.
_WHERE = {
    "Overdue": f"status = 'open' and {_DATED} and due < :today and {_MINE}",
    "Today": f"status = 'open' and due >= :today and due < :tomorrow and {_MINE}",
    "Upcoming": f"status = 'open' and due >= :tomorrow and {_MINE}",
    "Someday": f"+status = 'open' and (due is null or due = '') and {_MINE}",
    "Waiting for": f"+status = 'open' and not {_MINE}",
    "Completed": "+status = 'done'",
}

_ORDER = {
    "Overdue": "due, priority, id",
    "Today": "due, priority, id",
    "Upcoming": "due, priority, id",
    "Someday": "due is null, priority, id",  # a blank due (read as none) sorted first, as before
    "Waiting for": "due is null, due, priority, id",
    "Completed": "done_at desc, id desc",
}

# One pass over the table for every count; the same tests as _WHERE, in an order that
# makes each branch exclusive.
_SECTION_OF = f"""case
    when status = 'done' then 'Completed'
    when not {_MINE} then 'Waiting for'
    when due is null or due = '' then 'Someday'
    when due < :today then 'Overdue'
    when due < :tomorrow then 'Today'
    else 'Upcoming' end"""

_SEARCHED = ("title", "details", "tags")


@dataclass(frozen=True)
class TodoFilter:
    """What the list shows: the search text, the day it is, and the user's names."""

    query: str = ""
    today: date | None = None
    me: tuple[str, ...] = ()

    def params(self) -> dict[str, Any]:
        today = self.today or date.today()
        out: dict[str, Any] = {
            "today": today.isoformat(),
            "tomorrow": (today + timedelta(days=1)).isoformat(),
            "me": "\x1f".join(self.me),
        }
        q = self.query.strip().lower()
        if q:
            out["q"] = q
            out["like"] = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return out

    def search_sql(self) -> str:
        q = self.query.strip().lower()
        if not q:
            return ""
        # A match is within one field (title, details or tags), never across two.
        if q.isascii():
            # LIKE folds ASCII case in C, as str.lower() would for these letters.
            tests = [f"{c} like :like escape '\\'" for c in _SEARCHED]
        else:
            tests = [f"daybreak_contains({c}, :q)" for c in _SEARCHED]  # Unicode case: Python decides
        return " and (" + " or ".join(tests) + ")"


def _is_mine(owner: str | None, me: str) -> int:
    from assistant.skills.todos import is_mine  # the one definition of "mine"

    return int(is_mine(owner, [m for m in me.split("\x1f") if m]))


def _contains(text: str | None, q: str) -> int:
    return int(q in (text or "").lower())


def _register(store: Store) -> Any:
    db = store.db
    db.conn.create_function("daybreak_is_mine", 2, _is_mine, deterministic=True)
    db.conn.create_function("daybreak_contains", 2, _contains, deterministic=True)
    return db


def section_counts(store: Store, f: TodoFilter) -> dict[str, int]:
    """How many to-dos each section holds under the filter (sections with none included)."""
    db = _register(store)
    sql = (
        f"select {_SECTION_OF} as section, count(*) as n from todos "
        f"where +status in ('open', 'done'){f.search_sql()} group by section"
    )
    counts = dict.fromkeys(SECTIONS, 0)
    for row in db.query(sql, f.params()):
        counts[row["section"]] = int(row["n"])
    return counts


def section_page(store: Store, section: str, f: TodoFilter, offset: int, limit: int) -> list[Row]:
    """Rows ``offset`` to ``offset + limit`` of one section, in the list's order."""
    if section not in _WHERE:
        raise ValueError(f"unknown to-do section {section!r}")
    db = _register(store)
    sql = (
        f"select {LIST_COLUMNS} from todos where {_WHERE[section]}{f.search_sql()} "
        f"order by {_ORDER[section]} limit :limit offset :offset"
    )
    return list(db.query(sql, {**f.params(), "limit": limit, "offset": offset}))


@dataclass
class Section:
    """One group of the list: its total under the filter and the rows read so far."""

    name: str
    total: int
    rows: list[Row]

    @property
    def remaining(self) -> int:
        return self.total - len(self.rows)


def first_pages(
    store: Store, f: TodoFilter, page: int, shown: Mapping[str, int] | None = None
) -> list[Section]:
    """Every non-empty section with its count and first ``page`` rows, or as many as
    ``shown`` says were on screen before (a reload after an edit keeps what was scrolled to)."""
    counts = section_counts(store, f)
    shown = shown or {}
    return [
        Section(name, counts[name], section_page(store, name, f, 0, max(page, shown.get(name, 0))))
        for name in SECTIONS
        if counts[name]
    ]
