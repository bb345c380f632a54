"""The 7 AM digest and reminders: exactly one digest per local day, never zero, never two.

APScheduler (3.x) wakes us at the digest time; it does not decide anything.
The guarantee lives in the database: :func:`ensure_todays_digest` claims the
day's row in ``digest_runs`` inside an immediate transaction (so two processes
cannot both claim it), builds the digest, and marks the run done.  It is
called at the scheduled time, at start-up, and every minute, so a laptop that
slept through 7:00 gets a clearly marked catch-up digest when it wakes.  Only
*today's* digest is ever made: three days away means one catch-up, not three.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from assistant import settings
from assistant.clock import Clock
from assistant.errors import InputError
from assistant.llm.base import Engine
from assistant.skills import digest as digest_skill
from assistant.store import Store, records

log = logging.getLogger("daybreak.scheduler")

DEFAULT_DIGEST_TIME = settings.DIGEST_TIME.default
#: A digest made this long after its time is marked as a catch-up.
CATCH_UP_AFTER = timedelta(minutes=15)
#: A claimed run that never finished (the process died) is taken over after this.
STALE_RUN = timedelta(minutes=10)
#: The first digest ever and a catch-up arrive while the person is starting to work
#: (often on a loaded machine: measured 1-3 tok/s under load): the model gets this long
#: for its opening line, then the template opening is used.
QUICK_OPENING_S = 2.0
_HHMM = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")


def parse_hhmm(text: str) -> time:
    m = _HHMM.match(text or "")
    if not m:
        raise InputError(f"Not a time of day: {text!r}.", "Use 24-hour HH:MM, e.g. 07:00.")
    return time(int(m.group(1)), int(m.group(2)))


def digest_time(store: Store) -> time:
    return parse_hhmm(settings.DIGEST_TIME.get(store))


def set_digest_time(store: Store, text: str) -> time:
    """Validate first, so a bad value leaves the previous setting in place."""
    t = parse_hhmm(text)
    settings.DIGEST_TIME.set(store, t.strftime("%H:%M"))
    return t


def scheduled_at(day: date, at: time, now: datetime) -> datetime:
    """``day`` at ``at`` in the local zone of ``now`` (DST-correct: the offset is the day's own)."""
    naive = datetime.combine(day, at)
    if hasattr(now.tzinfo, "key"):  # a ZoneInfo: it knows each day's offset, DST included
        return naive.replace(tzinfo=now.tzinfo)
    # A fixed offset (what datetime.now().astimezone() gives) or none: ask the system for
    # the offset of that day, so the spring-forward and fall-back days are right too.
    return naive.astimezone()


@dataclass
class DigestOutcome:
    run_date: str
    digest_id: int
    catch_up: bool
    body: str


def ensure_todays_digest(
    store: Store,
    clock: Clock,
    generator: Engine | None = None,
    *,
    force: bool = False,
    busy: Callable[[], bool] | None = None,
) -> DigestOutcome | None:
    """Make today's digest if it is due and nobody made it yet; idempotent and race-safe.

    Args:
        force: make it now even before the digest time (``daybreak digest --now``).
        busy: says whether someone is waiting for the model; then the opening line
            comes from the template and the model is not used at all.  The first digest
            and a catch-up give the model at most :data:`QUICK_OPENING_S`.

    Returns:
        The digest made by this call, or ``None`` (not due yet, or already made).
    """
    now = clock.now()
    today = now.date()
    due_at = scheduled_at(today, digest_time(store), now)
    if now < due_at and not force:
        return None
    if not _claim(store, today.isoformat(), now):
        return None
    try:
        catch_up = now - due_at > CATCH_UP_AFTER
        since = records.last_digest_created(store)
        data = digest_skill.collect(store, today, since=since, catch_up=catch_up)
        if busy is not None and busy():
            generator = None  # the person's own request goes first
        limit = QUICK_OPENING_S if catch_up or since is None else None
        opening = digest_skill.model_opening(generator, data, limit) if generator is not None else None
        data.opening = opening or digest_skill.default_opening(data)
        body = digest_skill.render(data)
        digest_id = records.finish_digest(
            store, today.isoformat(), body, digest_skill.to_json(data), catch_up
        )
    except BaseException:
        records.release_digest_claim(store, today.isoformat())  # let the next check retry
        raise
    log.info("digest for %s made (catch-up: %s)", today, catch_up)
    return DigestOutcome(today.isoformat(), digest_id, catch_up, body)


def _claim(store: Store, run_date: str, now: datetime) -> bool:
    """Take today's run in an immediate transaction (the store's own, with its error
    mapping: a locked or full database is a :class:`StorageError`): one process wins."""
    with store.atomic() as db:
        row = db.conn.execute(
            "select status, started from digest_runs where run_date = ?", [run_date]
        ).fetchone()
        if row is None:
            db.conn.execute(
                "insert into digest_runs (run_date, started, status) values (?, ?, 'running')",
                [run_date, now.isoformat()],
            )
            return True
        if row[0] == "running" and datetime.fromisoformat(row[1]) < now - STALE_RUN:
            db.conn.execute(
                "update digest_runs set started = ? where run_date = ?", [now.isoformat(), run_date]
            )
            return True
        return False  # made today already, or another process is making it


def fire_due_reminders(store: Store, clock: Clock, notify: Callable[[dict[str, Any], bool], None]) -> int:
    """Notify every reminder whose time has come, once; ``missed`` is True when it is late."""
    now = clock.now()
    fired = 0
    for r in records.due_reminders(store, now):
        missed = now - datetime.fromisoformat(r["at"]) > timedelta(minutes=5)
        records.mark_fired(store, int(r["id"]))
        notify(r, missed)
        fired += 1
    return fired


def snooze_until(choice: str, now: datetime, morning: time = time(9)) -> datetime:
    """ "10 min", "1 h" or "tomorrow" (at 9:00) from ``now``."""
    if choice == "10 min":
        return now + timedelta(minutes=10)
    if choice == "1 h":
        return now + timedelta(hours=1)
    if choice == "tomorrow":
        return scheduled_at(now.date() + timedelta(days=1), morning, now)
    raise InputError(f"Unknown snooze: {choice!r}", "Use 10 min, 1 h or tomorrow.")


class DigestScheduler:
    """APScheduler jobs that *call* the core; they never touch widgets.

    ``on_digest_due`` and ``on_reminders_due`` run on APScheduler's pool thread
    (or, with ``QtScheduler``, are woken by a Qt timer but still run on the pool):
    in the desktop app they only emit signals.
    """

    def __init__(
        self,
        store: Store,
        on_digest_due: Callable[[], None],
        on_reminders_due: Callable[[], None],
        scheduler: Any = None,
        check_every_s: int = 60,
    ) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self.store = store
        self.scheduler = scheduler or BackgroundScheduler()
        self.on_digest_due = on_digest_due
        self.on_reminders_due = on_reminders_due
        self.check_every_s = check_every_s

    def start(self) -> None:
        self.reschedule()
        # The periodic check notices a resume from sleep or a wall-clock jump.
        self.scheduler.add_job(
            self.on_digest_due,
            "interval",
            seconds=self.check_every_s,
            id="digest-check",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
        self.scheduler.add_job(
            self.on_reminders_due,
            "interval",
            seconds=30,
            id="reminders",
            replace_existing=True,
            coalesce=True,
            max_instances=1,
        )
        self.scheduler.start()

    def reschedule(self) -> None:
        from apscheduler.triggers.cron import CronTrigger

        t = digest_time(self.store)
        self.scheduler.add_job(
            self.on_digest_due,
            CronTrigger(hour=t.hour, minute=t.minute),
            id="digest",
            replace_existing=True,
            misfire_grace_time=12 * 3600,
            coalesce=True,
            max_instances=1,
        )

    def shutdown(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=False)
