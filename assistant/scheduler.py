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
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from assistant import settings
from assistant.clock import Clock
from assistant.errors import InputError, KnownError
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
    #: Today's digest existed but was made before this day began in the current zone
    #: (the zone moved west since): it was made again with what is true now.
    rebuilt: bool = False


#: Scheduled digests are at least this far apart in real (UTC) time, so a time-zone
#: change that moves the local date forward does not make "tomorrow's" digest at once.
MIN_GAP = timedelta(hours=12)


class ClaimHeld(KnownError):
    """Another live process is making today's digest right now."""

    def __init__(self, pid: int | None) -> None:
        who = f"Another Daybreak process (pid {pid})" if pid else "Another Daybreak process"
        super().__init__(
            f"{who} is making today's digest right now.",
            "It appears in a moment: daybreak digest --print shows it.",
        )
        self.pid = pid


def ensure_todays_digest(
    store: Store,
    clock: Clock,
    generator: Engine | None = None,
    *,
    force: bool = False,
    busy: Callable[[], bool] | None = None,
) -> DigestOutcome | None:
    """Make today's digest if it is due and nobody made it yet; idempotent and race-safe.

    "Today" is the local date in the zone in effect now; the digest is due at the digest
    time of that date, compared as instants.  A scheduled check (not ``force``) also
    never makes a digest for a date before the last one made, nor while the clock reads
    earlier than the last digest was made (a clock set back), nor within
    :data:`MIN_GAP` of the last digest (a zone change that skips ahead); and it makes
    today's digest again if the one there was made before this day began in the zone
    in effect now (the zone moved west since: its content is a day old).

    Args:
        force: make it now even before the digest time (``daybreak digest --now``),
            taking over a claim whose process is gone.
        busy: says whether someone is waiting for the model; then the opening line
            comes from the template and the model is not used at all.  The first digest
            and a catch-up give the model at most :data:`QUICK_OPENING_S`.

    Returns:
        The digest made by this call, or ``None`` (not due yet, or already made).

    Raises:
        ClaimHeld: ``force`` while another live process holds today's claim.
    """
    now = clock.now()
    today = now.date()
    due_at = scheduled_at(today, digest_time(store), now)
    if now < due_at and not force:
        return None
    if not force and _held_back(store, today, now):
        return None
    claim = _claim(store, today.isoformat(), now, due_at, force=force)
    if claim is None:
        return None
    try:
        catch_up = now - due_at > CATCH_UP_AFTER
        last = records.last_digest(store)
        first_ever = last is None
        if claim.rebuild:  # the digest before the one being replaced decides what is "new"
            last = _digest_before(store, today.isoformat())
        covers = records.max_action_item_id(store)
        data = digest_skill.collect(
            store,
            today,
            since=last["created"] if last else None,
            after_id=last["covers_item_id"] if last else None,
            catch_up=catch_up,
            tz=now.tzinfo,
        )
        data.greeting = digest_skill.greeting_for(now.hour)
        if busy is not None and busy():
            generator = None  # the person's own request goes first
        limit = QUICK_OPENING_S if catch_up or first_ever else None
        opening = digest_skill.model_opening(generator, data, limit) if generator is not None else None
        data.opening = opening or digest_skill.default_opening(data)
        body = digest_skill.render(data)
        digest_id = records.finish_digest(
            store, today.isoformat(), body, digest_skill.to_json(data), catch_up, covers, now
        )
    except BaseException:
        records.release_digest_claim(store, today.isoformat())  # let the next check retry
        raise
    log.info("digest for %s made (catch-up: %s, rebuilt: %s)", today, catch_up, claim.rebuild)
    return DigestOutcome(today.isoformat(), digest_id, catch_up, body, rebuilt=claim.rebuild)


def _digest_before(store: Store, run_date: str) -> dict[str, Any] | None:
    rows = list(
        store.db.query("select * from digests where run_date != ? order by id desc limit 1", [run_date])
    )
    return rows[0] if rows else None


def _held_back(store: Store, today: date, now: datetime) -> bool:
    """A scheduled digest waits: the clock or the zone moved in a way that would repeat one."""
    last = records.last_digest(store)
    if last is None:
        return False
    made = datetime.fromisoformat(last["created"])
    if last["run_date"] > today.isoformat():
        return True  # the zone moved west or the clock back: that day had its digest
    if made > now:
        log.warning("the clock reads earlier than the last digest was made; waiting")
        return True
    return last["run_date"] != today.isoformat() and now - made < MIN_GAP


@dataclass
class _Claim:
    rebuild: bool


def process_start(pid: int) -> str | None:
    """When ``pid`` started (Linux ``/proc``), to tell a live process from a reused pid."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read(4096)
    except OSError:
        return None
    # Field 22 (starttime), counted after the ")" that ends the command name.
    fields = stat[stat.rfind(b")") + 2 :].split()
    return fields[19].decode() if len(fields) > 19 else None


def process_alive(pid: int | None, started: str | None) -> bool | None:
    """Whether the process that took a claim still runs (``None``: cannot tell)."""
    if not pid or os.name != "posix":  # os.kill(pid, 0) would kill the process on Windows
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    except OSError:
        return None
    if started is not None and (now_started := process_start(pid)) is not None:
        return now_started == started  # else the pid was reused by a new process
    return True


def _claim(store: Store, run_date: str, now: datetime, due_at: datetime, *, force: bool) -> _Claim | None:
    """Take today's run in an immediate transaction (the store's own, with its error
    mapping: a locked or full database is a :class:`StorageError`): one process wins.

    A claim whose process is gone is taken over at once; one whose process cannot be
    checked, after :data:`STALE_RUN`.  A finished run is claimed again (a rebuild) when
    its digest was made before it was due.
    """
    pid = os.getpid()
    mine = [now.isoformat(), pid, process_start(pid), run_date]
    with store.atomic() as db:
        row = db.conn.execute(
            "select status, started, finished, pid, proc_start, digest_id from digest_runs where run_date = ?",
            [run_date],
        ).fetchone()
        if row is None:
            db.conn.execute(
                "insert into digest_runs (started, status, pid, proc_start, run_date) "
                "values (?, 'running', ?, ?, ?)",
                mine,
            )
            return _Claim(rebuild=False)
        status, started, finished, holder, holder_start, digest_id = row
        take = "update digest_runs set started = ?, status = 'running', pid = ?, proc_start = ? where run_date = ?"
        if status == "running":
            alive = process_alive(holder, holder_start)
            stale = datetime.fromisoformat(started) < now - STALE_RUN
            if alive is False or (alive is None and stale) or (alive and stale and not force):
                log.warning("taking over the digest claim of process %s (gone or stuck)", holder)
                db.conn.execute(take, mine)
                return _Claim(rebuild=digest_id is not None)
            if force:
                raise ClaimHeld(holder)
            return None  # another process is making it
        # Made before this day began, as seen from the zone in effect now (the zone moved
        # west after it was made): its content is a day old, so make it again now that
        # it is due.  Made earlier the same local day (--now, a short flight): kept.
        made = datetime.fromisoformat(finished).astimezone(due_at.tzinfo) if finished else None
        if made is not None and made.date() < due_at.date() and due_at <= now:
            db.conn.execute(take, mine)
            return _Claim(rebuild=True)
        return None  # made today already


def digest_status(store: Store, clock: Clock, *, made_today: bool) -> str:
    """Why there is no new digest now, in one true sentence (for ``daybreak digest``)."""
    now = clock.now()
    today = now.date()
    at = digest_time(store)
    if made_today:
        return "Today's digest was already made (daybreak digest --print shows it)."
    row = store.db.conn.execute(
        "select status, pid, proc_start from digest_runs where run_date = ?", [today.isoformat()]
    ).fetchone()
    if row is not None and row[0] == "running" and process_alive(row[1], row[2]) is not False:
        return str(ClaimHeld(row[1]))
    if now < scheduled_at(today, at, now):
        return f"No digest yet today; it arrives at {at.strftime('%H:%M')} (use --now to make it now)."
    last = records.last_digest(store)
    if last is not None and _held_back(store, today, now):
        made = records.local_time(last["created"])
        return (
            f"The last digest was made {made:%Y-%m-%d %H:%M} (the clock or the time zone changed since); "
            "the next one waits so that no day gets two (use --now to make one now)."
        )
    return "No digest yet today; the next check makes it (use --now to make it now)."


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
