"""The desktop app end to end through its widgets, with a scripted generator."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QDate, Qt

from assistant.errors import ModelError
from assistant.llm.base import Engine
from assistant.llm.fake import Script
from assistant.store import records
from tests.conftest import TRANSCRIPTS
from ui.engine_worker import Job


def model(gen: Engine | None) -> Engine:
    """A model job's generator: the engine runs such a job only with a model loaded."""
    assert gen is not None
    return gen


def settle(qtbot) -> None:
    """Wait for the app's database writes (they run off the UI thread) and their callbacks."""
    from ui.tasks import pending_writes

    qtbot.waitUntil(lambda: pending_writes() == 0, timeout=5000)


def load(qtbot, ctx) -> None:
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5000):
        ctx.engine.load()


def test_window_shows_panes_and_engine_state(qtbot, make_app) -> None:
    ctx, window = make_app()
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["To-dos", "Summaries", "Email", "Recipes", "Notes", "Digest"]
    assert window.state_label.text() == "Unloaded"
    load(qtbot, ctx)
    qtbot.waitUntil(lambda: window.state_label.text() == "Ready")
    assert window.model_label.text() == "fake" and window.device_label.text() == "CPU"


def test_model_load_failure_is_a_message_and_the_app_stays_usable(qtbot, make_app) -> None:
    ctx, window = make_app(fail_load=ModelError("Model file not found: /x.gguf", "Check the path."))
    with qtbot.waitSignal(ctx.engine.load_failed):
        ctx.engine.load()
    qtbot.waitUntil(lambda: window.message_bar.isVisible())
    assert "not found" in window.message_bar.label.text()
    assert window.state_label.text() == "Error"
    qtbot.keyClicks(window.todos.entry, "water plants")
    qtbot.keyClick(window.todos.entry, Qt.Key.Key_Return)
    settle(qtbot)
    assert [t["title"] for t in records.list_todos(ctx.store)] == ["water plants"]
    assert window.todos.entry.text() == "" and window.todos.visible_titles()[-1] == "water plants"


def test_jobs_run_on_the_engine_thread_in_order(qtbot, make_app) -> None:
    ctx, _ = make_app()
    load(qtbot, ctx)
    seen: list[tuple[int, object]] = []
    main = threading.current_thread()

    def job(n: int) -> Job:
        return Job("t", lambda gen, c: (n, threading.current_thread() is not main, gen is not None))

    ids = [ctx.engine.submit(job(n), success=lambda out, n=n: seen.append((n, out))).id for n in range(5)]
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=5000)
    assert [n for n, _ in seen] == list(range(5)) and ids == sorted(ids)
    assert all(out[1] and out[2] for _, out in seen)  # type: ignore[index]
    assert ctx.engine.queued == 0


def test_stop_mid_stream_ends_with_exactly_one_cancelled(qtbot, make_app) -> None:
    ctx, window = make_app(Script(["word " * 500], delay_s=0.01))
    load(qtbot, ctx)
    ends: list[str] = []
    tokens: list[str] = []
    from assistant.llm.base import Request

    req = Request.chat([{"role": "user", "content": "go"}], max_tokens=1000)
    handle = ctx.engine.submit(
        Job("chat", lambda gen, c: model(gen).generate(req, on_token=c.on_token, cancel=c.cancel)),
        on_token=tokens.append,
    )
    for name in ("finished", "cancelled", "failed"):
        getattr(handle, name).connect(lambda *a, n=name: ends.append(n))
    qtbot.waitUntil(lambda: len(tokens) >= 3, timeout=5000)
    assert window.stop_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc stops, like the button
    qtbot.waitUntil(lambda: ends == ["cancelled"], timeout=3000)
    qtbot.wait(100)
    assert ends == ["cancelled"] and len(tokens) < 100 and handle.outcome == "cancelled"
    qtbot.waitUntil(lambda: window.state_label.text() == "Ready")
    assert not window.stop_button.isEnabled()


def test_cancel_a_queued_request(qtbot, make_app) -> None:
    ctx, window = make_app()
    load(qtbot, ctx)
    gate = threading.Event()
    first = ctx.engine.submit(Job("slow", lambda g, c: gate.wait(5)))
    second = ctx.engine.submit(Job("queued", lambda g, c: "ran"))
    qtbot.waitUntil(lambda: window.queue_label.text() == "1 queued")
    with qtbot.waitSignal(second.cancelled):
        second.stop()
        gate.set()
    with qtbot.assertNotEmitted(first.failed), qtbot.assertNotEmitted(second.failed):
        qtbot.waitUntil(lambda: ctx.engine.queued == 0)
    assert first.id < second.id and first.outcome == "finished" and second.outcome == "cancelled"


def test_transcript_to_todos_in_one_click(qtbot, make_app) -> None:
    ctx, window = make_app()
    load(qtbot, ctx)
    pane = window.summaries
    window.sidebar.setCurrentRow(1)
    pane.text.setPlainText((TRANSCRIPTS / "standup.txt").read_text())
    pane.date.setDate(QDate(2026, 11, 18))
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=10000
    ):
        qtbot.mouseClick(pane.extract_button, Qt.MouseButton.LeftButton)
    assert pane.table.rowCount() == 4
    assert pane.table.item(2, 1).text() == "Update the API docs for the new filters"
    assert pane.table.item(2, 2).text() == "2026-11-20"
    pane.table.selectRow(2)
    cursor = pane.text.textCursor()
    assert cursor.blockNumber() == 10  # line 11, highlighted and scrolled to
    assert pane.text.extraSelections()
    pane.table.selectAll()
    qtbot.mouseClick(pane.add_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    titles = {t["title"] for t in records.list_todos(ctx.store)}
    assert "Run the migration on staging" in titles and len(titles) == 4
    assert any("Run the migration" in t for t in window.todos.visible_titles())
    assert "Added 4 new to-do(s)" in window.message_bar.label.text()
    # The transcript was saved and is in the history.
    assert pane.history.count() == 1
    assert "Update the API docs" in pane.markdown()


def test_bad_transcript_input_gives_a_message_and_keeps_the_text(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.summaries
    pane.text.setPlainText("   ")
    qtbot.mouseClick(pane.extract_button, Qt.MouseButton.LeftButton)
    assert "empty" in window.message_bar.label.text()
    pane.text.setPlainText("some\x00binary")
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "failed", timeout=5000
    ):
        qtbot.mouseClick(pane.extract_button, Qt.MouseButton.LeftButton)
    assert "binary" in window.message_bar.label.text()
    assert pane.extract_button.isEnabled()
    assert pane.text.toPlainText() == "some\x00binary"


def test_stop_extraction(qtbot, make_app) -> None:
    ctx, window = make_app(Script(['{"items": []}'], delay_s=0.05), n_params=8_000_000_000)
    load(qtbot, ctx)
    pane = window.summaries
    pane.text.setPlainText("\n".join([(TRANSCRIPTS / "planning_long.txt").read_text()] * 3))
    qtbot.mouseClick(pane.extract_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.status.text().startswith("Chunk"), timeout=5000)
    qtbot.mouseClick(pane.stop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.extract_button.isEnabled(), timeout=5000)
    assert "Stopped" in pane.status.text()
    assert records.list_transcripts(ctx.store)  # the pasted text was kept


def test_todos_groups_undo_and_plan(qtbot, qtmodeltester, make_app) -> None:
    ctx, window = make_app()
    pane = window.todos
    records.add_todo(ctx.store, "Old thing", due="2020-01-01")
    records.add_todo(ctx.store, "Report", due=date.today().isoformat() + "T14:00")
    records.add_todo(ctx.store, "Someday thing")
    pane.refresh()
    titles = pane.visible_titles()
    assert titles[0].startswith("Overdue") and any(t.startswith("Today") for t in titles)
    qtmodeltester.check(pane.model)
    pane.check_row(pane.row_of("Report"))
    settle(qtbot)
    titles = pane.visible_titles()  # checked off: only in the Completed group, at the end
    assert pane.row_of("Report") > titles.index("Completed (1)")
    qtbot.mouseClick(pane.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert any(t.startswith("Report") for t in pane.visible_titles())
    assert not any(t.startswith("Completed") for t in pane.visible_titles())
    qtbot.mouseClick(pane.plan_button, Qt.MouseButton.LeftButton)  # no model loaded: deterministic
    plan = [pane.plan_list.item(i).text() for i in range(pane.plan_list.count())]
    assert plan[0].startswith("1. Old thing") and "overdue" in plan[0]
    assert plan[1].startswith("2. Report") and "due today at 14:00" in plan[1]


def test_notes_save_search_and_ask(qtbot, make_app) -> None:
    ctx, window = make_app(Script(["The wifi password is on the fridge [#1]."]))
    load(qtbot, ctx)
    pane = window.notes
    pane.editor.setPlainText("Wifi password: on the fridge, under the magnet")
    qtbot.mouseClick(pane.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot)
    assert pane.editor.toPlainText() == ""
    pane.search.setText("fridge")
    assert pane.results.count() == 1 and "[fridge]" in pane.results.item(0).text()
    pane.question.setText("where is the wifi password?")
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=5000
    ):
        qtbot.keyClick(pane.question, Qt.Key.Key_Return)
    assert "[#1]" in pane.answer.toPlainText() and "Notes used: #1" in pane.answer.toPlainText()


def test_email_facts_then_streamed_draft(qtbot, make_app) -> None:
    ctx, window = make_app(
        Script(["Hi Sarah,\n\nCould we move our 10 AM to tomorrow?\n\nThanks"], delay_s=0.002)
    )
    load(qtbot, ctx)
    pane = window.email
    pane.request.setText(
        "Reschedule my 10 AM with Sarah to tomorrow, polite, mention I'll send the notes in advance"
    )
    qtbot.mouseClick(pane.facts_button, Qt.MouseButton.LeftButton)
    assert pane.recipient.text() == "Sarah" and pane.old_time.text() == "10 AM"
    assert pane.new_time.text().startswith("tomorrow") and "send the notes" in pane.points.text()
    pane.recipient.setText("Sarah Lee")  # the user corrects a fact before drafting
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=5000
    ):
        qtbot.mouseClick(pane.draft_button, Qt.MouseButton.LeftButton)
    # The reply leaves out "send the notes" twice: the checked template replaces it, with a note.
    qtbot.waitUntil(lambda: "I'll send the notes in advance" in pane.draft_box.toPlainText())
    assert pane.draft_box.toPlainText().startswith("Hi Sarah,")
    assert "✓ Mention: I'll send the notes in advance" in pane.fact_list.lines()
    assert "fact check" in pane.fact_list.note.text()
    calls = ctx.engine.worker._generator.script.calls
    assert len(calls) == 2 and calls[0].seed != calls[1].seed
    assert "Recipient: Sarah Lee" in calls[-1].messages[1][1]
    assert pane.mailto_url().startswith("mailto:?subject=")


def test_recipe_missing_items_go_to_the_shopping_list(qtbot, make_app) -> None:
    ctx, window = make_app(Script(["never asked: the embedded-size model only picks"]))
    load(qtbot, ctx)
    pane = window.recipes
    pane.have.setText("chicken breast, rice, broccoli, soy sauce")
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=5000
    ):
        qtbot.mouseClick(pane.go, Qt.MouseButton.LeftButton)
    text = pane.output.toPlainText()
    assert text.startswith("Chicken and broccoli stir-fry with rice") and "garlic — MISSING" in text
    assert "Shopping list: garlic" in text and "oil (pantry)" in text and pane.save.isEnabled()
    qtbot.mouseClick(pane.shop, Qt.MouseButton.LeftButton)
    settle(qtbot)
    [todo] = records.list_todos(ctx.store)
    assert todo["title"] == "Buy garlic" and todo["tags"] == "shopping"
    pane.have.setText("eggs")
    pane.vegan.setChecked(True)
    pane.minutes.setValue(5)
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=5000
    ):
        qtbot.mouseClick(pane.go, Qt.MouseButton.LeftButton)
    assert "No recipe" in pane.output.toPlainText() and not pane.save.isEnabled()  # nothing old is saved


def test_model_output_is_plain_text(qtbot, make_app) -> None:
    ctx, window = make_app(Script(["<b>bold</b> <img src=x onerror=alert(1)>"]))
    load(qtbot, ctx)
    pane = window.email
    pane.request.setText("Thank Bo for the help")
    with qtbot.waitSignal(
        ctx.engine.job_ended, check_params_cb=lambda h: h.outcome == "finished", timeout=5000
    ):
        qtbot.mouseClick(pane.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.draft_box.toPlainText().startswith("Hi Bo,"))
    assert "<b>" not in pane.draft_box.toPlainText() and "fact check" in pane.fact_list.note.text()


def test_geometry_and_last_pane_are_remembered(qtbot, make_app) -> None:
    _ctx, window = make_app()
    window.sidebar.setCurrentRow(4)
    window.resize(1000, 650)
    window.close()
    settle(qtbot)
    _, again = make_app()
    assert again.sidebar.currentRow() == 4
    assert again.height() == 650  # the offscreen screen is too narrow to check the width


def test_quit_mid_generation_shuts_down_cleanly(qtbot, make_app) -> None:
    from assistant.llm.base import Request
    from ui.app import shutdown

    ctx, _ = make_app(Script(["word " * 2000], delay_s=0.005))
    load(qtbot, ctx)
    tokens: list[str] = []
    req = Request.chat([{"role": "user", "content": "go"}], max_tokens=2000)
    ctx.engine.submit(
        Job("chat", lambda gen, c: model(gen).generate(req, on_token=c.on_token, cancel=c.cancel)),
        on_token=tokens.append,
    )
    ctx.engine.submit(Job("queued", lambda gen, c: "never runs"))
    qtbot.waitUntil(lambda: len(tokens) > 2, timeout=5000)
    generator = ctx.engine.worker._generator
    shutdown(ctx)  # what closing the window does
    assert not ctx.engine.engine_thread.isRunning()
    assert ctx.engine.worker._generator is None and generator is not None
    assert len(tokens) < 1500


def test_edit_remind_and_export_todos(qtbot, make_app, tmp_path, monkeypatch) -> None:
    from ui.panes.todos import TodosPane

    ctx, window = make_app()
    pane = window.todos
    records.add_todo(ctx.store, "Draft report")
    pane.refresh()
    answers = iter(["Final report tomorrow 5pm", "tomorrow 9am"])
    monkeypatch.setattr(TodosPane, "ask_text", classmethod(lambda cls, *a, **k: next(answers)))
    pane.edit_row(pane.row_of("Draft"))
    settle(qtbot)
    [todo] = records.list_todos(ctx.store)
    assert todo["title"] == "Final report" and todo["due"].endswith("T17:00")
    pane.select_row(pane.row_of("Final"))
    pane.remind_selected()
    settle(qtbot)
    [reminder] = records.upcoming_reminders(ctx.store)
    assert (
        reminder["todo_id"] == todo["id"]
        and records.local_time(reminder["at"]).strftime("T%H:%M") == "T09:00"
    )
    target = tmp_path / "todos.ics"
    monkeypatch.setattr(TodosPane, "ask_save_path", classmethod(lambda cls, parent: str(target)))
    pane.export_ics()
    assert "SUMMARY:Final report" in target.read_text()


def test_meal_plan_and_cooking_term(qtbot, make_app) -> None:
    ctx, window = make_app()
    load(qtbot, ctx)
    pane = window.recipes
    pane.have.setText("eggs, rice")
    qtbot.mouseClick(pane.plan_button, Qt.MouseButton.LeftButton)  # the collection: no model needed
    text = pane.output.toPlainText()
    assert text.startswith("Monday: ") and "Sunday: " in text and "Shopping list:" in text
    wanted = len(pane.missing)
    qtbot.mouseClick(pane.shop, Qt.MouseButton.LeftButton)
    settle(qtbot)
    titles = [t["title"] for t in records.list_todos(ctx.store)]
    assert len(titles) == wanted > 0 and all(t.startswith("Buy ") for t in titles)
    pane.term.setText("deglaze")
    qtbot.keyClick(pane.term, Qt.Key.Key_Return)
    assert "browned bits" in pane.output.toPlainText()  # the glossary, not the model
