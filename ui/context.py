"""What every pane gets: one small object, passed down explicitly."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.store import Store
from ui.engine_worker import Engine
from ui.messages import MessageBridge


@dataclass
class AppContext:
    store: Store
    engine: Engine
    messages: MessageBridge
