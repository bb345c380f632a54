"""Issue 16 items 11 and 12: a crashed digest's claim, time zones and clock changes.

11: ``digest --now`` takes over a claim whose process is gone (the pid is stored and
checked) and says what is really happening when a live process holds it.
12: "today" is the local date in the zone in effect; no day gets two digests because the
zone or the clock moved; a digest made before its day began (seen from the zone now)
is made again when due; what is "new" does not depend on clock readings; reminders
sort and show by instant.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from assistant import scheduler
from assistant.clock import FixedClock
from assistant.store import Store, records

WEST = ZoneInfo("Etc/GMT+12")  # UTC-12 (the POSIX sign is inverted)
EAST = ZoneInfo("Pacific/Kiritimati")  # UTC+14
BERLIN = ZoneInfo("Europe/Berlin")


def digests(store: Store) -> list[dict[str, object]]:
    return list(store.db.query("select * from digests order by id"))


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def claim(store: Store, pid: int | None) -> None:
    today = datetime.now().astimezone().date().isoformat()
    store.db.execute(
        "insert into digest_runs (run_date, started, status, pid) values (?, ?, 'running', ?)",
        [today, datetime.now().astimezone().isoformat(), pid],
    )
    store.db.conn.commit()


# -- item 11 ----------------------------------------------------------------------


def test_digest_now_takes_over_the_claim_of_a_killed_process(store: Store) -> None:
    claim(store, dead_pid())  # what a kill -9 during `digest --now` leaves
    out = cli("digest", "--now", "--no-model")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("# Daybreak digest"), out.stdout
    assert len(digests(store)) == 1


def test_a_scheduled_check_takes_over_a_dead_claim_at_once(store: Store) -> None:
    claim(store, dead_pid())
    now = datetime.now().astimezone()
    made = scheduler.ensure_todays_digest(store, FixedClock(now.replace(hour=23, minute=59)))
    assert made is not None  # not ten minutes later


def test_digest_now_says_so_when_a_live_process_holds_the_claim(store: Store) -> None:
    claim(store, os.getpid())  # this test process is alive
    out = cli("digest", "--now", "--no-model")
    assert out.returncode != 0
    assert f"(pid {os.getpid()}) is making today's digest" in out.stderr
    assert "No digest yet today" not in out.stdout + out.stderr  # the old, untrue message
    out = cli("digest", "--no-model")  # the plain check tells the same truth
    assert "is making today's digest" in out.stdout, out.stdout
    assert not digests(store)


def test_a_reused_pid_is_not_mistaken_for_the_claimant(store: Store) -> None:
    claim(store, os.getpid())
    store.db.execute("update digest_runs set proc_start = 'not-this-process'")
    store.db.conn.commit()
    out = cli("digest", "--now", "--no-model")
    assert out.returncode == 0, out.stderr
    assert len(digests(store)) == 1


# -- item 12 ----------------------------------------------------------------------


def test_a_zone_change_east_does_not_make_the_next_days_digest_at_once(store: Store) -> None:
    clock = FixedClock(datetime(2026, 11, 18, 7, 0, tzinfo=WEST))
    assert scheduler.ensure_todays_digest(store, clock) is not None
    # One second later the zone becomes UTC+14: locally it is already 9:00 on the 19th.
    clock.now_value = (clock.now_value + timedelta(seconds=1)).astimezone(EAST)
    assert clock.now_value.date().isoformat() == "2026-11-19"
    assert scheduler.ensure_todays_digest(store, clock) is None
    assert "the clock or the time zone changed" in scheduler.digest_status(store, clock, made_today=False)
    # A to-do added that evening reaches the 19th's digest, made once enough time has passed.
    records.add_todo(store, "Added in the evening", due="2026-11-19")
    clock.now_value += scheduler.MIN_GAP
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and "Added in the evening" in made.body
    assert [d["run_date"] for d in digests(store)] == ["2026-11-18", "2026-11-19"]


def test_a_digest_made_before_its_day_began_here_is_made_again_when_due(store: Store) -> None:
    clock = FixedClock(datetime(2026, 11, 19, 7, 0, tzinfo=EAST))  # = 18th 17:00 UTC
    assert scheduler.ensure_todays_digest(store, clock) is not None
    clock.now_value = clock.now_value.astimezone(WEST)  # the 18th, 05:00 there
    assert scheduler.ensure_todays_digest(store, clock) is None  # that day had its digest
    records.add_todo(store, "Added the evening before", due="2026-11-19")
    clock.now_value = datetime(2026, 11, 19, 7, 0, tzinfo=WEST)  # the next morning, here
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and made.rebuilt
    assert "Added the evening before" in made.body
    row = records.get_digest(store, "2026-11-19")
    assert row is not None and "Added the evening before" in row["body"]  # what is served
    assert scheduler.ensure_todays_digest(store, clock) is None  # once


def test_a_clock_set_back_days_makes_no_extra_digests(store: Store) -> None:
    clock = FixedClock(datetime(2026, 11, 18, 7, 0, tzinfo=BERLIN))
    assert scheduler.ensure_todays_digest(store, clock) is not None
    for days_back in (1, 2, 5):
        clock.now_value = datetime(2026, 11, 18, 9, 0, tzinfo=BERLIN) - timedelta(days=days_back)
        assert scheduler.ensure_todays_digest(store, clock) is None
    assert len(digests(store)) == 1
    clock.now_value = datetime(2026, 11, 19, 7, 0, tzinfo=BERLIN)  # the clock is right again
    assert scheduler.ensure_todays_digest(store, clock) is not None


def test_action_items_saved_while_the_clock_was_behind_reach_the_next_digest(store: Store) -> None:
    # The digest was made by a clock far ahead; the item below is saved with the real
    # clock, so its timestamp is *earlier* than the digest's.
    clock = FixedClock(datetime(2031, 1, 6, 7, 0, tzinfo=BERLIN))
    assert scheduler.ensure_todays_digest(store, clock) is not None
    tid = records.save_transcript(store, "Al: I'll send the slides", meeting_date="2031-01-06")
    item = {"owner": "Al", "task": "Send the slides", "due": None, "source_line": 1, "quote": "x"}
    records.save_action_items(store, tid, [item])
    clock.now_value = datetime(2031, 1, 7, 7, 0, tzinfo=BERLIN)
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and "Send the slides" in made.body
    clock.now_value = datetime(2031, 1, 8, 7, 0, tzinfo=BERLIN)
    made = scheduler.ensure_todays_digest(store, clock)
    assert made is not None and "Send the slides" not in made.body  # new once, not forever


def test_reminders_set_in_different_zones_sort_and_show_by_instant(store: Store) -> None:
    records.add_reminder(store, "London call", datetime(2030, 5, 4, 9, 0, tzinfo=ZoneInfo("Europe/London")))
    records.add_reminder(store, "Tokyo call", datetime(2030, 5, 4, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")))
    records.add_reminder(
        store, "New York call", datetime(2030, 5, 4, 1, 0, tzinfo=ZoneInfo("America/New_York"))
    )
    # Instants: Tokyo 01:00 UTC, London 08:00 UTC (BST), New York 05:00 UTC.
    texts = [r["text"] for r in records.upcoming_reminders(store)]
    assert texts == ["Tokyo call", "New York call", "London call"]
    stored = [datetime.fromisoformat(r["at"]) for r in records.upcoming_reminders(store)]
    assert all(at.utcoffset() == timedelta(0) for at in stored)  # UTC instants…
    zones = {r["text"]: r["zone"] for r in records.upcoming_reminders(store)}
    assert zones["Tokyo call"] == "Asia/Tokyo"  # …with the zone they were set in
    out = cli("reminders", env={"TZ": "UTC"})
    lines = [ln for ln in out.stdout.splitlines() if "call" in ln]
    assert lines == [
        "2030-05-04 01:00  Tokyo call",
        "2030-05-04 05:00  New York call",
        "2030-05-04 08:00  London call",
    ], out.stdout


def test_reminders_saved_before_the_upgrade_become_utc_instants(daybreak_home: Path) -> None:
    # A database from before migration 0006, with reminders stored in their own offsets.
    import sqlite_utils

    from assistant.store.migrations import migrations

    daybreak_home.mkdir(parents=True, exist_ok=True)
    path = daybreak_home / "daybreak.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="0006_claim_owner_and_instants")
    db.table("reminders").insert_all(
        [
            {"text": "late", "at": "2030-05-04T10:00+00:00", "created": "2030-01-01T00:00:00+00:00"},
            {"text": "early", "at": "2030-05-04T11:00+09:00", "created": "2030-01-01T00:00:00+00:00"},
        ]
    )
    db.conn.commit()
    db.close()
    store = Store()
    try:
        rows = records.upcoming_reminders(store)
        assert [r["text"] for r in rows] == ["early", "late"]
        assert rows[0]["at"] == "2030-05-04T02:00+00:00"
    finally:
        store.close()
    assert datetime(2030, 5, 4, 2, tzinfo=UTC) == datetime.fromisoformat(rows[0]["at"])


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York", "Pacific/Kiritimati"])
def test_one_digest_per_local_day_across_a_week_in_any_zone(store: Store, zone: str) -> None:
    tz = ZoneInfo(zone)
    clock = FixedClock(datetime(2026, 3, 25, 0, 0, tzinfo=tz))
    made = []
    while clock.now_value < datetime(2026, 4, 2, 0, 0, tzinfo=tz):
        if scheduler.ensure_todays_digest(store, clock) is not None:
            made.append(clock.now_value.date())
        clock.now_value = (clock.now_value.astimezone(UTC) + timedelta(minutes=30)).astimezone(tz)
    assert len(made) == len(set(made)) == 8  # 25 March to 1 April, DST change included
