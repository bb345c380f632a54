"""What every pane gets: one small object, passed down explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.llm.base import Engine
from assistant.store import Store
from ui.engine_worker import EngineHandle
from ui.errors import ErrorHandler
from ui.events import AppEvents
from ui.messages import MessageBridge
from ui.tasks import run_write


def _nothing(_: Any) -> None:
    pass


@dataclass
class AppContext:
    store: Store
    engine: EngineHandle
    messages: MessageBridge
    #: Builds the engine the saved settings ask for (runs on the engine thread): what
    #: the Models dialog switches to after changing them.
    model_factory: Callable[[], Engine]
    #: The one error path: known errors to the message bar, bugs to the crash dialog.
    errors: ErrorHandler
    #: Signals between panes (to-dos changed, notes changed…).
    events: AppEvents = field(default_factory=AppEvents)

    def write(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] = _nothing,
        *,
        show: Callable[[str], object] | None = None,
    ) -> None:
        """A database write off the UI thread; ``on_done(result)`` runs on the UI thread
        after it succeeded.  A failure goes to :attr:`errors` (one clear line for a locked
        or full database, in the message bar or ``show``; ``on_done`` does not run, so
        what the user typed stays)."""
        run_write(self.store, fn, on_done, lambda exc: self.errors.handle(exc, show))
