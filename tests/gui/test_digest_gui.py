from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from assistant.clock import FixedClock
from assistant.store import records
from ui.app import wire_scheduling

TZ = ZoneInfo("Europe/Berlin")


def test_catch_up_digest_and_missed_reminder_on_start(qtbot, make_app) -> None:
    ctx, window = make_app(clock=FixedClock(datetime(2026, 11, 18, 9, 30, tzinfo=TZ)))
    records.add_todo(ctx.store, "Report", due="2026-11-18T14:00")
    records.add_reminder(ctx.store, "Water the plants", datetime(2026, 11, 18, 8, 0, tzinfo=TZ))
    sched = wire_scheduling(ctx, window, None)
    assert window.digest.scheduling is sched  # the pane got it in its constructor
    try:
        with qtbot.waitSignal(sched.digest_made, timeout=5000) as blocker:
            ctx.engine.load()
            sched.start()
        assert blocker.args[0].catch_up
        qtbot.waitUntil(lambda: window.digest.list.count() == 1)
        assert window.digest.list.item(0).text() == "2026-11-18  (catch-up)"
        assert "Report at 14:00" in window.digest.body.toPlainText()
        assert (
            "Reminder (missed): Water the plants" in window.message_bar.label.text()
            or "digest" in window.message_bar.label.text()
        )
        # Later checks the same day make nothing more.
        with qtbot.assertNotEmitted(sched.digest_made, wait=300):
            sched.check_digest()
        assert len(records.list_digests(ctx.store)) == 1
        # Snooze the reminder from the pane.
        window.digest.reminders.setCurrentRow(0)
        window.digest.snooze("1 h")
        qtbot.waitUntil(lambda: bool(records.upcoming_reminders(ctx.store)))
        [r] = records.upcoming_reminders(ctx.store)
        # Stored as the UTC instant (issue 16 item 12): 10:30 in Berlin.
        assert datetime.fromisoformat(r["at"]) == datetime(
            2026, 11, 18, 10, 30, tzinfo=ZoneInfo("Europe/Berlin")
        )
    finally:
        sched.shutdown()


def test_bad_digest_time_in_the_pane_keeps_the_old_one(qtbot, make_app) -> None:
    ctx, window = make_app(clock=FixedClock(datetime(2026, 11, 18, 5, 0, tzinfo=TZ)))
    sched = wire_scheduling(ctx, window, None)
    try:
        sched.start()
        from PySide6.QtCore import QTime

        window.digest.time.setTime(QTime(6, 15))
        window.digest._set_time()
        qtbot.waitUntil(lambda: records.get_setting(ctx.store, "digest_time") == "06:15")
        assert sched.jobs.scheduler.get_job("digest") is not None
    finally:
        sched.shutdown()


def test_a_request_waiting_behind_the_digest_gets_the_model_first(qtbot, make_app) -> None:
    import threading

    from assistant.llm.fake import Script
    from ui.engine_worker import Job

    script = Script(["Good morning from the model, have a lovely day!"])
    ctx, window = make_app(script, clock=FixedClock(datetime(2026, 11, 18, 9, 30, tzinfo=TZ)))
    with qtbot.waitSignal(ctx.engine.model_loaded, timeout=5000):
        ctx.engine.load()
    sched = wire_scheduling(ctx, window, None)
    gate = threading.Event()
    try:
        ctx.engine.submit(Job("slow", lambda g, c: gate.wait(5)))  # the engine is busy
        with qtbot.waitSignal(sched.digest_made, timeout=5000) as made:
            sched.check_digest()  # queued behind it
            mine = ctx.engine.submit(Job("mine", lambda g, c: "ran"))  # the user's, behind the digest
            gate.set()
        assert "from the model" not in made.args[0].body  # the template opening
        assert [r.skill for r in script.calls] == []  # the digest never took the model
        qtbot.waitUntil(lambda: mine.outcome == "finished")
    finally:
        gate.set()
        sched.shutdown()
