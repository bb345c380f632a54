"""The To-dos list reads a page at a time: counts in the headers, "Show more", scroll to
fetch, search off the UI thread, and stale pages dropped."""

from __future__ import annotations

from datetime import date, timedelta

from assistant.store import records
from ui.panes.todos import PAGE


def bulk(store, n: int, *, due: str | None = None, status: str = "open", prefix: str = "task") -> None:
    with store.atomic() as db:
        db.table("todos").insert_all(
            (
                {
                    "title": f"{prefix} {i}",
                    "status": status,
                    "created": "2026-11-18",
                    "done_at": f"2026-11-18T10:{i % 60:02d}:00" if status == "done" else None,
                    "priority": 4,
                    "due": due,
                    "tags": "",
                    "details": "",
                }
                for i in range(n)
            ),
            batch_size=1000,
        )


def kinds(pane) -> list[str]:
    return [kind for kind, _ in pane.model.rows]


def test_a_big_section_shows_its_count_and_a_page_with_show_more(qtbot, qtmodeltester, make_app) -> None:
    ctx, window = make_app()
    pane = window.todos
    bulk(ctx.store, 2 * PAGE + 50)
    records.add_todo(ctx.store, "due today", due=date.today().isoformat())
    pane.refresh()
    titles = pane.visible_titles()
    assert titles[0] == "Today (1)" and titles[1].startswith("due today")
    assert titles[2] == f"Someday ({2 * PAGE + 50})"
    assert kinds(pane).count("todo") == 1 + PAGE  # a page, not every row
    more = len(titles) - 1
    assert titles[more] == f"Show {PAGE} more ({PAGE + 50} not shown)"
    qtmodeltester.check(pane.model)
    pane.model.request_more(more)  # a click or Enter on "Show more"; read off the UI thread
    qtbot.waitUntil(lambda: kinds(pane).count("todo") == 1 + 2 * PAGE)
    assert pane.visible_titles()[-1] == "Show 50 more (50 not shown)"
    qtmodeltester.check(pane.model)
    pane.model.request_more(len(pane.model.rows) - 1)
    qtbot.waitUntil(lambda: kinds(pane).count("todo") == 1 + 2 * PAGE + 50)
    assert "more" not in kinds(pane)  # everything shown: the row goes away
    got = [t for t in pane.visible_titles() if t.startswith("task ")]
    assert got == [f"task {i}" for i in range(2 * PAGE + 50)]  # in order, none twice


def test_scrolling_to_the_end_fetches_the_last_sections_next_page(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.todos
    bulk(ctx.store, 3, due=(date.today() + timedelta(days=2)).isoformat(), prefix="soon")
    bulk(ctx.store, PAGE + 10, status="done", prefix="done")
    pane.refresh()
    assert pane.model.canFetchMore()
    assert pane.visible_titles()[-1] == "Show 10 more (10 not shown)"
    pane.list.scrollToBottom()  # the view asks the model for more when it reaches the end
    qtbot.waitUntil(lambda: kinds(pane).count("done") == PAGE + 10)
    assert not pane.model.canFetchMore()


def test_search_reads_off_the_ui_thread_and_counts_matches(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.todos
    bulk(ctx.store, 1000)
    pane.refresh()
    pane.search.setText("task 99")  # 99, 990-999: eleven
    qtbot.waitUntil(lambda: pane.visible_titles()[:1] == ["Someday (11)"])
    assert len(pane.visible_titles()) == 12 and not pane._loading
    pane.search.setText("")
    qtbot.waitUntil(lambda: pane.visible_titles()[:1] == ["Someday (1000)"])


def test_a_page_read_for_an_older_list_is_dropped(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.todos
    bulk(ctx.store, PAGE + 5)
    pane.refresh()
    old = pane.model.generation
    rows = records.list_todos(ctx.store)[PAGE:]
    pane.refresh()  # e.g. a new search, while the page was being read
    pane.model.append_page(old, "Someday", PAGE, rows)
    assert kinds(pane).count("todo") == PAGE  # not added to the new list
    pane.model.append_page(pane.model.generation, "Someday", PAGE, rows)
    assert kinds(pane).count("todo") == PAGE + 5
    pane.model.append_page(pane.model.generation, "Someday", PAGE, rows)  # the same page twice
    assert kinds(pane).count("todo") == PAGE + 5


def test_shutdown_waits_for_a_page_still_being_read(qtbot, store) -> None:
    import threading
    import time

    from assistant.llm.fake import FakeEngine
    from ui.app import build, shutdown
    from ui.tasks import run_in_background

    ctx, window = build(store, lambda: FakeEngine())
    qtbot.addWidget(window)
    finished = threading.Event()

    def slow_read() -> None:
        time.sleep(0.3)  # a page read on a loaded machine
        finished.set()

    run_in_background(slow_read, lambda _: None, lambda _: None)
    shutdown(ctx)
    assert finished.is_set()  # the database closes after the read, not under it


def test_an_edit_in_a_huge_list_refreshes_off_the_ui_thread(qtbot, make_app, monkeypatch) -> None:
    import ui.panes.todos as todos_module

    ctx, window = make_app()
    pane = window.todos
    monkeypatch.setattr(todos_module, "SYNC_REFRESH_MAX", 50)  # "huge", scaled down for the test
    bulk(ctx.store, 60)
    pane.refresh()  # the list was small until now: at once
    assert pane.visible_titles()[0] == "Someday (60)"
    records.add_todo(ctx.store, "one more")
    pane.refresh()
    assert pane._loading and pane.visible_titles()[0] == "Someday (60)"  # not yet: no freeze
    qtbot.waitUntil(lambda: pane.visible_titles()[0] == "Someday (61)")


def test_an_edit_keeps_the_pages_already_shown_a_new_search_starts_at_the_top(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.todos
    bulk(ctx.store, 3 * PAGE)
    pane.refresh()
    pane.model.request_more(len(pane.model.rows) - 1)
    qtbot.waitUntil(lambda: kinds(pane).count("todo") == 2 * PAGE)
    records.add_todo(ctx.store, "one more")  # the user's own edit
    pane.refresh()
    assert kinds(pane).count("todo") == 2 * PAGE  # still where they were, not back to one page
    assert pane.visible_titles()[0] == f"Someday ({3 * PAGE + 1})"
    pane.search.setText("task 1")
    qtbot.waitUntil(lambda: not pane._loading and pane.visible_titles()[0].startswith("Someday (1"))
    assert kinds(pane).count("todo") == PAGE  # a new search: its first page


def test_show_more_is_reached_and_pressed_with_the_keyboard(qtbot, make_app) -> None:
    from PySide6.QtCore import Qt

    ctx, window = make_app()
    pane = window.todos
    bulk(ctx.store, PAGE + 3)
    pane.refresh()
    pane.list.setFocus()
    pane.select_row(1)
    qtbot.keyClick(pane.list, Qt.Key.Key_End)  # the last row: "Show 3 more"
    assert pane.list.currentIndex().row() == len(pane.model.rows) - 1
    qtbot.keyClick(pane.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kinds(pane).count("todo") == PAGE + 3)
