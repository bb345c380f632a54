"""Exactly one digest per local day, whatever the clock, the sleep or the other process does."""

from __future__ import annotations

import multiprocessing
import os
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant import scheduler
from assistant.clock import FixedClock
from assistant.errors import InputError
from assistant.llm.fake import FakeEngine, Script
from assistant.store import Store, records

BERLIN = ZoneInfo("Europe/Berlin")


def at(y: int, mo: int, d: int, h: int, mi: int = 0, tz: ZoneInfo = BERLIN) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def count(store: Store) -> int:
    return int(next(iter(store.db.query("select count(*) n from digests")))["n"])


def runs(store: Store) -> list[str]:
    return [
        r["run_date"]
        for r in store.db.query("select run_date from digest_runs where status = 'done' order by run_date")
    ]


def test_on_time_while_running(store: Store) -> None:
    clock = FixedClock(at(2026, 11, 18, 6, 59))
    assert scheduler.ensure_todays_digest(store, clock) is None
    clock.now_value = at(2026, 11, 18, 7, 0)
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and not made.catch_up
    for minute in range(1, 120, 7):  # the periodic check keeps calling
        clock.now_value = at(2026, 11, 18, 7, 0) + timedelta(minutes=minute)
        assert scheduler.ensure_todays_digest(store, clock) is None
    assert count(store) == 1


def test_asleep_at_seven_gets_one_catch_up(store: Store) -> None:
    clock = FixedClock(at(2026, 11, 18, 6, 50))
    assert scheduler.ensure_todays_digest(store, clock) is None
    clock.now_value = at(2026, 11, 18, 9, 30)  # resumed from sleep
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and made.catch_up and "Catch-up digest" in made.body
    assert scheduler.ensure_todays_digest(store, clock) is None
    assert count(store) == 1


def test_closed_for_three_days_gives_one_catch_up_not_three(store: Store) -> None:
    clock = FixedClock(at(2026, 11, 15, 7, 0))
    assert scheduler.ensure_todays_digest(store, clock) is not None
    clock.now_value = at(2026, 11, 18, 10, 15)
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and made.catch_up
    assert runs(store) == ["2026-11-15", "2026-11-18"]


@pytest.mark.parametrize(
    ("day", "digest_at"),
    [
        (date(2026, 3, 29), "02:30"),  # spring forward: 02:30 does not exist in Berlin
        (date(2026, 3, 29), "07:00"),
        (date(2026, 10, 25), "02:30"),  # fall back: 02:30 happens twice
        (date(2026, 10, 25), "07:00"),
    ],
)
def test_dst_days_get_exactly_one(store: Store, day: date, digest_at: str) -> None:
    scheduler.set_digest_time(store, digest_at)
    start = datetime(day.year, day.month, day.day, tzinfo=BERLIN).astimezone(ZoneInfo("UTC"))
    clock = FixedClock(start.astimezone(BERLIN))
    made = []
    for quarter in range(0, 26 * 4):  # every 15 minutes, in real (UTC) time, over the whole day
        clock.now_value = (start + timedelta(minutes=15 * quarter)).astimezone(BERLIN)
        if clock.now_value.date() != day:
            break
        out = scheduler.ensure_todays_digest(store, clock)
        if out:
            made.append(clock.now_value)
    assert len(made) == 1
    assert made[0].time() >= time(2, 0)


def test_clock_set_backwards_and_time_zone_change(store: Store) -> None:
    clock = FixedClock(at(2026, 11, 18, 7, 5))
    assert scheduler.ensure_todays_digest(store, clock) is not None
    clock.now_value = at(2026, 11, 18, 6, 0)  # NTP or the user moved the clock back
    assert scheduler.ensure_todays_digest(store, clock) is None
    clock.now_value = at(2026, 11, 18, 7, 30)
    assert scheduler.ensure_todays_digest(store, clock) is None
    # Flying west: same local date in New York, later in the day.
    clock.now_value = datetime(2026, 11, 18, 8, 0, tzinfo=ZoneInfo("America/New_York"))
    assert scheduler.ensure_todays_digest(store, clock) is None
    assert count(store) == 1


def test_no_model_failing_model_and_slow_model_all_deliver(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    records.add_todo(store, "Report", due="2026-11-18T14:00")
    clock = FixedClock(at(2026, 11, 18, 7, 0))
    failing = FakeEngine(Script(["abc" * 20], fail_after=1))
    made = scheduler.ensure_todays_digest(store, clock, failing)
    assert made is not None and "Good morning! You have 1 thing due today." in made.body
    assert "- Report at 14:00" in made.body

    monkeypatch.setattr("assistant.skills.digest.OPENING_TIME_LIMIT_S", 0.05)
    clock.now_value = at(2026, 11, 19, 7, 0)
    slow = FakeEngine(Script(["Lovely morning to you, friend. " * 20], delay_s=0.02))
    t0 = datetime.now()
    made = scheduler.ensure_todays_digest(store, clock, slow)
    assert made is not None and "Lovely" not in made.body  # cut off at the limit: the plain opening
    assert (datetime.now() - t0).total_seconds() < 2
    assert len(runs(store)) == 2


def test_model_writes_only_the_opening(store: Store) -> None:
    records.add_todo(store, "Report", due="2026-11-18T14:00")
    clock = FixedClock(at(2026, 11, 18, 7, 0))
    # Only what the digest says (issue 16 item 8: ungrounded words fall back to the plain line).
    gen = FakeEngine(Script(["Good morning! Just one thing today: the report at 14:00."]))
    made = scheduler.ensure_todays_digest(store, clock, gen)
    assert made is not None and made.body.splitlines()[2].startswith("Good morning! Just one thing today")
    assert "- Report at 14:00" in made.body


def test_digest_content_sections(store: Store) -> None:
    records.add_todo(store, "Old invoice", due="2026-11-15")
    records.add_todo(store, "Call mom", due="2026-11-18T17:00")
    records.add_todo(store, "Report", due="2026-11-18T09:30")
    records.add_todo(store, "Untimed today", due="2026-11-18")
    records.add_todo(store, "Dentist", due="2026-11-20")
    records.add_todo(store, "Far away", due="2026-12-20")
    tid = records.save_transcript(store, "Al: I'll send it", meeting_date="2026-11-17")
    records.save_action_items(
        store,
        tid,
        [{"owner": "Al", "task": "Send it", "due": None, "source_line": 1, "quote": "Al: I'll send it"}],
    )
    records.add_reminder(store, "Take the pills", at(2026, 11, 18, 12, 0))
    made = scheduler.ensure_todays_digest(store, FixedClock(at(2026, 11, 18, 7, 0)))
    assert made is not None
    body = made.body
    assert "- Old invoice — 3 days overdue" in body
    today = body.split("## Due today")[1].split("##")[0]
    assert today.index("Report at 09:30") < today.index("Call mom at 17:00") < today.index("Untimed today")
    assert "1. Old invoice — overdue by 3 days" in body
    assert "- 12:00 Take the pills" in body
    assert "- Send it (Al)" in body
    assert "- 2026-11-20 Dentist" in body and "Far away" not in body
    # The next digest lists only action items added since this one.
    made2 = scheduler.ensure_todays_digest(store, FixedClock(at(2026, 11, 19, 7, 0)))
    assert made2 is not None and "New from meetings" not in made2.body


def test_crash_during_the_digest_is_retried(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = FixedClock(at(2026, 11, 18, 7, 0))

    def boom(*a: object, **k: object) -> str:
        raise RuntimeError("disk hiccup")

    monkeypatch.setattr("assistant.skills.digest.render", boom)
    with pytest.raises(RuntimeError):
        scheduler.ensure_todays_digest(store, clock)
    monkeypatch.undo()
    assert scheduler.ensure_todays_digest(store, clock) is not None  # the claim was released
    assert count(store) == 1


def test_a_dead_process_claim_is_taken_over_after_a_while(store: Store) -> None:
    store.db.execute(
        "insert into digest_runs (run_date, started, status) values ('2026-11-18', ?, 'running')",
        [at(2026, 11, 18, 7, 0).isoformat()],
    )
    store.db.conn.commit()
    clock = FixedClock(at(2026, 11, 18, 7, 5))
    assert scheduler.ensure_todays_digest(store, clock) is None  # maybe still working
    clock.now_value = at(2026, 11, 18, 7, 20)
    assert scheduler.ensure_todays_digest(store, clock) is not None
    assert count(store) == 1


def _race(home: str, barrier: object) -> None:
    os.environ["DAYBREAK_HOME"] = home
    s = Store()
    barrier.wait()  # type: ignore[attr-defined]
    scheduler.ensure_todays_digest(s, FixedClock(at(2026, 11, 18, 7, 0)))
    s.close()


def test_processes_racing_make_one(daybreak_home: Path, store: Store) -> None:
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(4)
    procs = [ctx.Process(target=_race, args=(str(daybreak_home), barrier)) for _ in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert count(store) == 1 and runs(store) == ["2026-11-18"]


@pytest.mark.parametrize("bad", ["25:00", "", "7", "07:60", "seven"])
def test_bad_digest_time_keeps_the_previous(store: Store, bad: str) -> None:
    scheduler.set_digest_time(store, "06:45")
    with pytest.raises(InputError):
        scheduler.set_digest_time(store, bad)
    assert scheduler.digest_time(store) == time(6, 45)


def test_reminders_fire_once_missed_ones_are_marked_and_snooze(store: Store) -> None:
    rid = records.add_reminder(store, "Stretch", at(2026, 11, 18, 10, 0))
    records.add_reminder(store, "Old one", at(2026, 11, 17, 9, 0))
    fired: list[tuple[str, bool]] = []
    clock = FixedClock(at(2026, 11, 18, 9, 59))
    scheduler.fire_due_reminders(store, clock, lambda r, missed: fired.append((r["text"], missed)))
    assert fired == [("Old one", True)]  # shown once on start-up, marked missed
    clock.now_value = at(2026, 11, 18, 10, 0)
    scheduler.fire_due_reminders(store, clock, lambda r, missed: fired.append((r["text"], missed)))
    scheduler.fire_due_reminders(store, clock, lambda r, missed: fired.append((r["text"], missed)))
    assert fired[1:] == [("Stretch", False)]
    records.snooze_reminder(store, rid, scheduler.snooze_until("10 min", clock.now()))
    clock.now_value = at(2026, 11, 18, 10, 10)
    scheduler.fire_due_reminders(store, clock, lambda r, missed: fired.append((r["text"], missed)))
    assert fired[-1] == ("Stretch", False) and len(fired) == 3
    assert scheduler.snooze_until("tomorrow", clock.now()) == at(2026, 11, 19, 9, 0)
    assert scheduler.snooze_until("1 h", clock.now()) == at(2026, 11, 18, 11, 10)


def test_apscheduler_jobs(store: Store) -> None:
    calls: list[str] = []
    s = scheduler.DigestScheduler(store, lambda: calls.append("d"), lambda: calls.append("r"))
    scheduler.set_digest_time(store, "06:30")
    s.start()
    try:
        job = s.scheduler.get_job("digest")
        assert job.misfire_grace_time == 12 * 3600 and job.coalesce
        assert "hour='6'" in str(job.trigger) and "minute='30'" in str(job.trigger)
        assert s.scheduler.get_job("digest-check") and s.scheduler.get_job("reminders")
        scheduler.set_digest_time(store, "08:15")
        s.reschedule()
        assert "hour='8'" in str(s.scheduler.get_job("digest").trigger)
    finally:
        s.shutdown()
