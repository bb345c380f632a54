"""First run: a welcome view with three things to try and the model status in words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from assistant.store import records


def test_first_run_welcome_and_sample_meeting(qtbot, make_app) -> None:
    ctx, window = make_app()
    assert window.stack.currentWidget() is window.welcome
    status = window.welcome.model_status.text()
    assert "not loaded" in status or "Loading" in status
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5000):
        ctx.engine.load()
    qtbot.waitUntil(lambda: "ready" in window.welcome.model_status.text())
    assert "fake" in window.welcome.model_status.text()
    with qtbot.waitSignal(ctx.engine.job_ended, timeout=10000):
        qtbot.mouseClick(window.welcome.meeting_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.summaries
    assert "Garden club" in window.summaries.text.toPlainText()
    qtbot.waitUntil(lambda: window.summaries.table.rowCount() >= 3)
    tasks = " ".join(
        window.summaries.table.item(r, 1).text()
        for r in range(window.summaries.table.rowCount())
        if window.summaries.table.item(r, 1)
    )
    assert "envelopes" in tasks.lower()
    qtbot.waitUntil(lambda: bool(records.get_setting(ctx.store, "welcome_seen")))
    _, again = make_app()  # seen once: not shown again
    assert again.stack.currentWidget() is not again.welcome


def test_no_welcome_when_there_is_data(qtbot, make_app, store) -> None:
    records.add_note(store, "an old note")
    _, window = make_app()
    assert window.stack.currentWidget() is not window.welcome


def test_try_a_todo(qtbot, make_app) -> None:
    _, window = make_app()
    qtbot.mouseClick(window.welcome.todo_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.todos
    assert window.todos.entry.text() == "call mom tomorrow 5pm"
    assert "Tomorrow 17:00" in window.todos.preview.text()
