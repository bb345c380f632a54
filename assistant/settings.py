"""Every setting Daybreak reads, by name, with its type and default.

Two kinds:

- :class:`Setting`: saved in the database's ``settings`` table (JSON values),
  changed by the user in the app or with the CLI;
- :class:`EnvOverride`: a ``DAYBREAK_*`` environment variable, read when asked
  (never cached at import, so tests and child processes see their own value).

Readers use these objects (``settings.MODEL_PATH.get(store)``), never a free
string key, so a typo is a name error and ``grep`` finds every use.  This module
imports nothing of Daybreak at import time: ``paths`` and ``store`` use it.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from assistant.store import Store

log = logging.getLogger("daybreak.settings")

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A value saved in the database.

    ``parse`` turns the stored JSON value into ``T``; a value it rejects (a hand-edited
    or older database) reads as the default, with one warning in the log.
    """

    key: str
    default: T
    parse: Callable[[Any], T]
    doc: str

    def get(self, store: Store) -> T:
        rows = list(store.db.query("select value from settings where key = ?", [self.key]))
        if not rows:
            return self.default
        raw = json.loads(rows[0]["value"])
        if raw is None:
            return self.default
        try:
            return self.parse(raw)
        except (TypeError, ValueError):
            log.warning("setting %s has an unusable value %r; using %r", self.key, raw, self.default)
            return self.default

    def set(self, store: Store, value: T) -> None:
        from assistant.store import records

        records.set_setting(store, self.key, value)

    def clear(self, store: Store) -> None:
        """Back to the default (the stored value becomes null)."""
        from assistant.store import records

        records.set_setting(store, self.key, None)


@dataclass(frozen=True)
class EnvOverride(Generic[T]):
    """A ``DAYBREAK_*`` environment variable; unset or empty gives the default.

    A value ``parse`` rejects gives the default and one warning in the log (a
    bad override must not stop the app from starting)."""

    name: str
    default: T
    parse: Callable[[str], T]
    doc: str

    def get(self) -> T:
        raw = os.environ.get(self.name, "")
        if not raw.strip():
            return self.default
        try:
            return self.parse(raw.strip())
        except ValueError:
            log.warning("%s=%r is not usable; using %r", self.name, raw, self.default)
            return self.default

    @property
    def is_set(self) -> bool:
        return bool(os.environ.get(self.name, "").strip())


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"not text: {value!r}")
    return value


def _optional_text(value: Any) -> str | None:
    return _text(value) or None


def _int(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("a boolean is not a number")
    return int(value)


def _positive_int(value: Any) -> int:
    n = _int(value)
    if n <= 0:
        raise ValueError(f"not positive: {n}")
    return n


def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"not true or false: {value!r}")
    return value


def _close_action(value: Any) -> str | None:
    if value not in ("background", "quit"):
        raise ValueError(value)
    return str(value)


def _dict(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"not an object: {value!r}")
    return value


def _trust(value: str) -> str:
    if value not in ("high", "low"):
        raise ValueError(value)
    return value


# -- saved in the database -----------------------------------------------------

MODEL_PATH: Setting[str | None] = Setting(
    "model_path",
    None,
    _optional_text,
    "The GGUF file the user chose (else the embedded model; a models/ file only on a first run without it).",
)
BACKEND: Setting[dict[str, Any]] = Setting(
    "backend", {}, _dict, "Local model or a model server: assistant.llm.backend.BackendChoice as JSON."
)
DIGEST_TIME: Setting[str] = Setting("digest_time", "07:00", _text, "When the daily digest is made, HH:MM.")
USER_NAME: Setting[str] = Setting(
    "user_name",
    "",
    _text,
    'The user\'s name: signs email drafts ([Your name] is filled with it) and says who "you" is in a '
    "summarised chat or email thread.",
)
WINDOW_GEOMETRY: Setting[str | None] = Setting(
    "window_geometry", None, _optional_text, "The main window's geometry (base64 of Qt's saveGeometry)."
)
LAST_PANE: Setting[int] = Setting("last_pane", 0, _int, "The pane shown last (0 = To-dos).")

WELCOME_SEEN: Setting[bool] = Setting(
    "welcome_seen", False, _bool, "The first-run welcome was dismissed (it is not shown again)."
)
CLOSE_ACTION: Setting[str | None] = Setting(
    "close_action",
    None,
    _close_action,
    "Without a tray, what closing the window does: background or quit (None: ask once).",
)
MY_NAMES: Setting[str] = Setting(
    "my_names",
    "",
    _text,
    "Comma-separated names that mean the user: meeting items owned by anyone else are 'Waiting for'.",
)

SETTINGS: tuple[Setting[Any], ...] = (
    MODEL_PATH,
    BACKEND,
    DIGEST_TIME,
    USER_NAME,
    WINDOW_GEOMETRY,
    LAST_PANE,
    WELCOME_SEEN,
    CLOSE_ACTION,
    MY_NAMES,
)

# -- environment overrides -------------------------------------------------------

HOME: EnvOverride[str | None] = EnvOverride(
    "DAYBREAK_HOME", None, str, "The data folder (database, models, logs) instead of the platform's."
)
MODEL: EnvOverride[str | None] = EnvOverride(
    "DAYBREAK_MODEL", None, str, "A GGUF file that wins over the saved model choice."
)
MODEL_TRUST: EnvOverride[str | None] = EnvOverride(
    "DAYBREAK_MODEL_TRUST", None, _trust, "high or low: how far action-item extraction trusts the model."
)
N_CTX: EnvOverride[int | None] = EnvOverride(
    "DAYBREAK_N_CTX", None, _positive_int, "The local model's context window in tokens."
)
BUSY_TIMEOUT_MS: EnvOverride[int] = EnvOverride(
    "DAYBREAK_BUSY_TIMEOUT_MS", 5000, _positive_int, "How long a write waits for another Daybreak process."
)
QUIT_AFTER_MS: EnvOverride[int | None] = EnvOverride(
    "DAYBREAK_QUIT_AFTER_MS", None, _positive_int, "Quit the app after this long (smoke runs of a build)."
)

CALL_LIMIT_S: EnvOverride[int] = EnvOverride(
    "DAYBREAK_CALL_LIMIT_S",
    300,
    _positive_int,
    "Wall-clock seconds one model call may take (template, prompt and answer) before it is stopped.",
)

N_THREADS: EnvOverride[int | None] = EnvOverride(
    "DAYBREAK_N_THREADS",
    None,
    _positive_int,
    "Threads the local model decodes with (default: one core fewer than the machine has, at most 8).",
)

ENVIRONMENT: tuple[EnvOverride[Any], ...] = (
    HOME,
    MODEL,
    MODEL_TRUST,
    N_CTX,
    N_THREADS,
    CALL_LIMIT_S,
    BUSY_TIMEOUT_MS,
    QUIT_AFTER_MS,
)
