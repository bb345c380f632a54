"""The app's plumbing: the one error path, writes off the UI thread, events, job handles."""

from __future__ import annotations

import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import Qt

from assistant import settings
from assistant.errors import StorageError
from assistant.store import records
from ui.engine_worker import Job
from ui.errors import ErrorHandler
from ui.tasks import pending_writes


def settle(qtbot) -> None:
    qtbot.waitUntil(lambda: pending_writes() == 0, timeout=5000)


def test_a_failed_write_is_one_line_and_keeps_what_was_typed(qtbot, make_app, monkeypatch) -> None:
    _ctx, window = make_app()

    err = sqlite3.OperationalError("database is locked")
    err.sqlite_errorcode = 5  # SQLITE_BUSY

    def busy(*_a: object, **_k: object) -> int:
        raise err

    monkeypatch.setattr(records, "add_todo", busy)
    qtbot.keyClicks(window.todos.entry, "call mom tomorrow")
    qtbot.keyClick(window.todos.entry, Qt.Key.Key_Return)
    settle(qtbot)
    assert "locked by another program" in window.message_bar.label.text()
    assert window.todos.entry.text() == "call mom tomorrow"  # nothing the user typed is lost


def test_a_bug_goes_to_the_crash_dialog_not_the_message_bar(qtbot, make_app, monkeypatch) -> None:
    ctx, window = make_app()
    crashes: list[str] = []
    monkeypatch.setattr(ErrorHandler, "show_crash", classmethod(lambda cls, text: crashes.append(text)))
    ctx.errors.handle(StorageError("The disk is full.", "Free some space."))
    assert "The disk is full. Free some space." in window.message_bar.label.text() and not crashes
    try:
        raise ValueError("a bug")
    except ValueError as exc:
        ctx.errors.handle(exc)
    assert len(crashes) == 1 and "ValueError: a bug" in crashes[0] and "Traceback" in crashes[0]


def test_the_hooks_catch_uncaught_errors_on_any_thread(qtbot, make_app, monkeypatch) -> None:
    ctx, window = make_app()
    crashes: list[str] = []
    monkeypatch.setattr(ErrorHandler, "show_crash", classmethod(lambda cls, text: crashes.append(text)))
    before = (sys.excepthook, threading.excepthook)
    ctx.errors.install()
    try:
        assert sys.excepthook == ctx.errors.excepthook
        t = threading.Thread(target=lambda: (_ for _ in ()).throw(RuntimeError("on a thread")))
        t.start()
        t.join()
        qtbot.waitUntil(lambda: bool(crashes))  # queued to the main thread
        assert "RuntimeError: on a thread" in crashes[0]
        try:
            raise StorageError("The Daybreak database is read-only.")
        except StorageError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
        assert "read-only" in window.message_bar.label.text() and len(crashes) == 1
    finally:
        ctx.errors.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_in_tests_a_bug_on_the_error_path_fails_loudly(make_app) -> None:
    _ctx, _ = make_app()
    with pytest.raises(AssertionError, match="crash dialog"):
        ErrorHandler.show_crash("Traceback: boom")


def test_writes_land_in_the_order_they_were_made(qtbot, make_app) -> None:
    ctx, window = make_app()
    todo_id = records.add_todo(ctx.store, "Report")
    for _ in range(20):  # delete / reopen, queued back to back: the last word wins
        ctx.write(lambda: records.delete_todo(ctx.store, todo_id))
        ctx.write(lambda: records.reopen_todo(ctx.store, todo_id))
    ctx.write(lambda: None, lambda _: ctx.events.todos_changed.emit())
    settle(qtbot)
    assert [t["title"] for t in records.list_todos(ctx.store)] == ["Report"]
    assert any(t.startswith("Report") for t in window.todos.visible_titles())


def test_events_refresh_other_panes(qtbot, make_app) -> None:
    _ctx, window = make_app()
    window.recipes.missing = ["scallions"]
    window.recipes.add_missing()
    settle(qtbot)
    assert any(t.startswith("Buy scallions") for t in window.todos.visible_titles())
    window.email.draft_box.setPlainText("Hi Bo")
    window.email.save_note()
    settle(qtbot)
    assert window.notes.results.count() == 1


def test_the_sender_name_is_a_setting(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.email
    pane.sender_box.setText("Ana Diaz")
    pane.save_sender()
    settle(qtbot)
    assert settings.USER_NAME.get(ctx.store) == "Ana Diaz"
    _, again = make_app()
    assert again.email.sender_box.text() == "Ana Diaz"


def test_each_job_gets_exactly_one_ending_on_its_own_handle(qtbot, make_app) -> None:
    ctx, _ = make_app()
    ctx.engine.load()
    gate = threading.Event()
    ok = ctx.engine.submit(Job("ok", lambda g, c: (gate.wait(5), 42)[1]))
    boom = ctx.engine.submit(Job("bad", lambda g, c: 1 / 0))
    stopped = ctx.engine.submit(Job("stopped", lambda g, c: "never"))
    ends: dict[str, list[tuple[object, ...]]] = {"ok": [], "bad": [], "stopped": []}
    for name, h in (("ok", ok), ("bad", boom), ("stopped", stopped)):
        h.finished.connect(lambda out, n=name: ends[n].append(("finished", out)))
        h.failed.connect(lambda msg, n=name: ends[n].append(("failed", msg)))
        h.cancelled.connect(lambda n=name: ends[n].append(("cancelled",)))
    stopped.stop()
    gate.set()
    qtbot.waitUntil(lambda: ctx.engine.queued == 0, timeout=5000)
    qtbot.wait(50)
    assert ends["ok"] == [("finished", 42)] and ok.result == 42
    assert len(ends["bad"]) == 1 and ends["bad"][0][0] == "failed" and "division by zero" in boom.error
    assert ends["stopped"] == [("cancelled",)] and stopped.outcome == "cancelled"
    stopped.stop()  # stopping an ended job does nothing


def test_email_without_a_model_is_a_template_at_once(qtbot, make_app) -> None:
    ctx, window = make_app()  # the model is never loaded
    pane = window.email
    pane.request.setText("Reschedule my 10 AM with Sarah to tomorrow")
    qtbot.mouseClick(pane.draft_button, Qt.MouseButton.LeftButton)
    assert pane.draft_box.toPlainText().startswith("Hi Sarah,")
    assert "plain template draft" in window.message_bar.label.text()
    assert pane.job is None and ctx.engine.queued == 0


def test_stop_ends_an_answer_from_the_notes(qtbot, make_app) -> None:
    from assistant.llm.fake import Script

    ctx, window = make_app(Script(["The wifi password is " + "very " * 400], delay_s=0.01))
    with qtbot.waitSignal(ctx.engine.model_loaded):
        ctx.engine.load()
    records.add_note(ctx.store, "Wifi password: on the fridge")
    pane = window.notes
    pane.question.setText("where is the wifi password?")
    qtbot.keyClick(pane.question, Qt.Key.Key_Return)
    assert pane.job is not None
    handle = pane.job
    qtbot.waitUntil(lambda: "very" in pane.answer.toPlainText() or bool(pane.stream.pending), timeout=5000)
    with qtbot.waitSignal(handle.cancelled, timeout=3000):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert handle.outcome == "cancelled" and pane.job is None
