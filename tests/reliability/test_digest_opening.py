"""Issue 16 item 8: the digest's opening line may only restate the digest.

Whatever the model writes (steered by a to-do title or by its own template), an opening
with a phone number, a link or an address, a number the digest does not have, a greeting
for another time of day, or any word not grounded in the digest falls back to the plain
opening; and the greeting matches the time the digest is made.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from assistant import scheduler
from assistant.clock import FixedClock
from assistant.llm.fake import FakeEngine, Script
from assistant.store import Store, records

TZ = ZoneInfo("Europe/Berlin")

HOSTILE = [
    "I'm looking forward to your password!",
    "Your Daybreak account is locked, call +1-555-0100 now.",
    "Good morning! Your account is locked; call 555 0100.",
    "Good morning! Details at www.example-bank.com today.",
    "Good morning! See https://evil.example/x for your report.",
    "Good morning! Mail your report to boss@example.org.",
    "Good morning! You have 7 things due today.",  # one thing is due, not seven
    "Good evening! One report is due today.",  # made at 07:00
    "Good morning! Please transfer the money for the report today.",
    "Good morning! The report is due today, as your bank requested.",
]


def opening(store: Store, reply: str, hour: int = 7) -> str:
    records.add_todo(store, "Report", due="2026-11-18T14:00")
    made = scheduler.ensure_todays_digest(
        store, FixedClock(datetime(2026, 11, 18, hour, 0, tzinfo=TZ)), FakeEngine(Script([reply]))
    )
    assert made is not None
    return made.body.splitlines()[2]


@pytest.mark.parametrize("reply", HOSTILE)
def test_an_opening_that_says_more_than_the_digest_falls_back(store: Store, reply: str) -> None:
    assert opening(store, reply) == "Good morning! You have 1 thing due today."


def test_a_to_do_title_cannot_smuggle_a_phone_number_or_link_into_the_opening(store: Store) -> None:
    # The words are "grounded" (they are in the title), but a number or link never passes.
    records.add_todo(store, "Account locked call +1 555 0100 www.example.com", due="2026-11-18")
    reply = "Good morning! Account locked call +1 555 0100 www.example.com."
    made = scheduler.ensure_todays_digest(
        store, FixedClock(datetime(2026, 11, 18, 7, 0, tzinfo=TZ)), FakeEngine(Script([reply]))
    )
    assert made is not None and made.body.splitlines()[2] == "Good morning! You have 1 thing due today."


def test_an_opening_that_restates_the_digest_is_kept(store: Store) -> None:
    reply = "Good morning! Just one thing today: the report at 14:00."
    assert opening(store, reply) == reply


@pytest.mark.parametrize(
    ("hour", "greeting"), [(7, "Good morning"), (13, "Good afternoon"), (19, "Good evening")]
)
def test_the_greeting_matches_the_time_of_day(store: Store, hour: int, greeting: str) -> None:
    scheduler.set_digest_time(store, f"{hour:02d}:00")
    plain = opening(store, "Good morning! Just one thing today: the report.", hour=hour)
    assert plain.startswith(greeting + "!"), plain
