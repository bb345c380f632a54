"""The first digest and a catch-up hold the model briefly; a waiting request gets it first.

Scripted engine (no real model): ``delay_s`` makes it as slow as the embedded model on a
loaded machine (1-3 tokens/s measured in issue 17).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from assistant import scheduler
from assistant.clock import FixedClock
from assistant.llm.fake import FakeEngine, Script
from assistant.skills import digest as digest_skill
from assistant.store import Store

BERLIN = ZoneInfo("Europe/Berlin")
MODEL_LINE = "Good morning! Nothing is due today, enjoy it."


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


@pytest.fixture
def limits(monkeypatch: pytest.MonkeyPatch) -> list[float | None]:
    """The time limit each model opening was given."""
    seen: list[float | None] = []
    real = digest_skill.model_opening

    def spy(generator, data, time_limit_s=None):
        seen.append(time_limit_s)
        return real(generator, data, time_limit_s)

    monkeypatch.setattr(digest_skill, "model_opening", spy)
    return seen


def test_first_digest_and_catch_up_get_two_seconds_an_on_time_one_the_usual(
    store: Store, limits: list[float | None]
) -> None:
    engine = FakeEngine(Script([MODEL_LINE]))
    first = scheduler.ensure_todays_digest(store, FixedClock(at(18, 7, 0)), engine)  # the first ever
    on_time = scheduler.ensure_todays_digest(store, FixedClock(at(19, 7, 0)), engine)
    catch_up = scheduler.ensure_todays_digest(store, FixedClock(at(20, 10, 30)), engine)
    assert first and on_time and catch_up and catch_up.catch_up
    assert limits == [scheduler.QUICK_OPENING_S, None, scheduler.QUICK_OPENING_S]
    assert scheduler.QUICK_OPENING_S <= 2.0
    assert MODEL_LINE in on_time.body  # a quick model still writes the line


def test_a_slow_model_on_a_catch_up_gives_way_to_the_template(store: Store) -> None:
    # 14 tokens at 0.3 s: 4.2 s of decoding, more than the catch-up allows.
    script = Script([MODEL_LINE + " " + MODEL_LINE], delay_s=0.3)
    made = scheduler.ensure_todays_digest(store, FixedClock(at(18, 9, 30)), FakeEngine(script))
    assert made is not None and made.catch_up
    assert MODEL_LINE not in made.body
    assert "Good morning! Nothing is due today" in made.body  # the template opening
    assert len(script.calls) == 1  # it was asked, and stopped


def test_someone_waiting_for_the_model_means_no_model_at_all(store: Store) -> None:
    script = Script([MODEL_LINE])
    clock = FixedClock(at(18, 7, 0))
    made = scheduler.ensure_todays_digest(store, clock, FakeEngine(script), busy=lambda: True)
    assert made is not None and MODEL_LINE not in made.body
    assert script.calls == []
    clock.now_value += timedelta(days=1)
    made = scheduler.ensure_todays_digest(store, clock, FakeEngine(script), busy=lambda: False)
    assert made is not None and MODEL_LINE in made.body
