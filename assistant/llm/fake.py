"""A scripted generator for fast tests and UI timing: no model, same contract."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from assistant.llm.base import CallLog, Engine, Message, ModelInfo, Request


@dataclass
class Script:
    """What the fake answers: ``replies`` in turn (the last repeats).

    ``delay_s`` sleeps before each token; ``fail_after`` raises after that
    many tokens, like a model that crashes mid-answer.
    """

    replies: Sequence[str] = ("Hello from the fake model.",)
    delay_s: float = 0.0
    fail_after: int | None = None
    calls: list[Request] = field(default_factory=list)


class FakeEngine(Engine):
    def __init__(
        self,
        script: Script | None = None,
        call_log: CallLog | None = None,
        n_ctx: int = 8192,
        n_params: int = 0,
    ) -> None:
        super().__init__(call_log)
        self.script = script or Script()
        self.info = ModelInfo(
            path="<fake>",
            name="fake",
            sha256="fake",
            size_bytes=0,
            n_ctx=n_ctx,
            device="CPU",
            device_reason="scripted test generator",
            n_params=n_params,
        )

    def count_tokens(self, messages: list[Message]) -> int:
        return sum(len(m["content"]) // 4 + 4 for m in messages)

    def _stream(self, request: Request, max_tokens: int) -> Iterator[str]:
        index = min(len(self.script.calls), len(self.script.replies) - 1)
        self.script.calls.append(request)
        reply = self.script.replies[index]
        # Word-ish tokens, whitespace kept so the pieces join back exactly.
        tokens = [reply[i : i + 4] for i in range(0, len(reply), 4)]
        for n, token in enumerate(tokens[:max_tokens]):
            if self.script.fail_after is not None and n >= self.script.fail_after:
                raise RuntimeError("scripted failure")
            if self.script.delay_s:
                time.sleep(self.script.delay_s)
            yield token
        self._last_finish = "length" if len(tokens) > max_tokens else "stop"
