"""To-dos pane: quick-add syntax with a live preview chip, repeat on check-off, Ctrl+Z,
Completed and Waiting-for groups, the reminder bell and a prefilled reminder dialog."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt

from assistant.store import records


def test_quick_add_preview_repeat_and_ctrl_z(qtbot, qtmodeltester, make_app) -> None:
    ctx, window = make_app()
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    pane = window.todos
    window.stack.setCurrentWidget(pane)
    qtbot.keyClicks(pane.entry, "water the plants every Sunday p1 #home")
    assert (
        pane.preview.isVisibleTo(pane)
        and "every Sunday" in pane.preview.text()
        and "p1" in pane.preview.text()
    )
    qtbot.keyClick(pane.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not pane.preview.isVisibleTo(pane))  # the box clears once it is saved
    [todo] = records.list_todos(ctx.store)
    assert (todo["title"], todo["priority"], todo["recurrence"], todo["tags"]) == (
        "water the plants",
        1,
        "weeks:1:6",
        "home",
    )
    row_text = pane.visible_titles()[pane.row_of("water the plants")]
    assert "↻ every Sunday" in row_text and "p1" in row_text and "#home" in row_text
    qtmodeltester.check(pane.model)

    pane.check_row(pane.row_of("water the plants"))  # saved off the UI thread
    qtbot.waitUntil(lambda: any(t.startswith("Completed (1)") for t in pane.visible_titles()))
    [following] = records.list_todos(ctx.store)
    assert following["id"] != todo["id"]
    assert date.fromisoformat(following["due"]) == date.fromisoformat(todo["due"]) + timedelta(days=7)
    titles = pane.visible_titles()
    assert any(t.startswith("Completed (1)") for t in titles)
    # Ctrl+Z in the list takes the check-off back, and the occurrence it created with it.
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not any(t.startswith("Completed") for t in pane.visible_titles()))
    assert [r["id"] for r in records.list_todos(ctx.store)] == [todo["id"]]


def test_waiting_for_bell_and_prefilled_reminder(qtbot, make_app, monkeypatch) -> None:
    from ui.panes.todos import TodosPane

    ctx, window = make_app()
    pane = window.todos
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    records.add_todo(ctx.store, "send the slides", owner="Alice")
    mine = records.add_todo(ctx.store, "book the room", due=f"{tomorrow}T15:30")
    pane.refresh()
    titles = pane.visible_titles()
    waiting = titles.index("Waiting for (1)")
    assert "waiting for Alice" in titles[waiting + 1]
    assert "🔔" not in titles[pane.row_of("book the room")]
    seen: list[str] = []

    def answer(cls, parent, title, label, text=""):
        seen.append(text)
        return text

    monkeypatch.setattr(TodosPane, "ask_text", classmethod(answer))
    pane.select_row(pane.row_of("book the room"))
    pane.remind_selected()
    assert seen == [f"{tomorrow} 15:30"]
    qtbot.waitUntil(lambda: bool(records.upcoming_reminders(ctx.store)))  # saved off the UI thread
    qtbot.waitUntil(lambda: "🔔" in pane.visible_titles()[pane.row_of("book the room")])
    [reminder] = records.upcoming_reminders(ctx.store)
    assert (
        reminder["todo_id"] == mine
        and records.local_time(reminder["at"]).strftime("%Y-%m-%dT%H:%M") == f"{tomorrow}T15:30"
    )
    assert "🔔" in pane.visible_titles()[pane.row_of("book the room")]
    # The user's own name set: that owner's items are theirs again.
    records.set_setting(ctx.store, "my_names", "Alice")
    pane.refresh()
    assert not any(t.startswith("Waiting for") for t in pane.visible_titles())
