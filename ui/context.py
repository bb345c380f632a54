"""What every pane gets: one small object, passed down explicitly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from assistant.llm.base import Generator
from assistant.store import Store
from ui.engine_worker import Engine
from ui.messages import MessageBridge


@dataclass
class AppContext:
    store: Store
    engine: Engine
    messages: MessageBridge
    #: Builds the engine the saved settings ask for (runs on the engine thread): what
    #: the Models dialog switches to after changing them.
    model_factory: Callable[[], Generator]
