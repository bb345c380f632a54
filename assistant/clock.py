"""Time, injectable: the scheduler and digest never call ``datetime.now()`` directly."""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in the user's local zone."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now().astimezone()


class FixedClock:
    """A clock tests move by hand (``clock.now_value = …``)."""

    def __init__(self, now: datetime, tz: tzinfo | None = None) -> None:
        self.now_value = now if now.tzinfo else now.replace(tzinfo=tz)

    def now(self) -> datetime:
        return self.now_value
