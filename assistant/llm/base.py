"""The one interface every engine implements, and what every call goes through.

:class:`Engine` does the parts common to all engines: output cache lookup,
``max_tokens`` capping, JSON parsing and schema validation (the grammar alone
is never trusted: llama.cpp silently drops schema features it does not
support), cancellation bookkeeping and per-call metrics.  Engines only
implement :meth:`Engine._stream`.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

import jinja2.exceptions
import jsonschema

from assistant.errors import KnownError

log = logging.getLogger("daybreak.llm")

Message = dict[str, str]
TokenCallback = Callable[[str], None]

#: Hard ceiling on any single call's output, whatever a caller asks for.
MAX_TOKENS_CAP = 2048


class Outcome(enum.Enum):
    FINISHED = "finished"
    CANCELLED = "cancelled"
    FAILED = "failed"


@dataclass(frozen=True)
class Request:
    """One generation request.

    Attributes:
        messages: Chat messages (``role``/``content``).  Keep the system
            message identical across calls of a skill so llama.cpp can reuse
            the evaluated prefix.
        schema: Optional JSON schema: the output is grammar-constrained, then
            parsed and validated against it.
        max_tokens: Output budget; capped at :data:`MAX_TOKENS_CAP`.
        skill: Which skill made the call (for metrics).
        use_cache: Serve an identical earlier request from the output cache.
        time_limit_s: Wall-clock seconds the whole call may take (chat template,
            prompt and answer); ``None``: ``DAYBREAK_CALL_LIMIT_S`` (300).  Past it the
            call ends ``FAILED`` with a plain message.
    """

    messages: tuple[tuple[str, str], ...]
    schema: dict[str, Any] | None = None
    max_tokens: int = 512
    temperature: float = 0.2
    top_p: float = 0.9
    repeat_penalty: float = 1.15
    seed: int = 7
    skill: str = "chat"
    use_cache: bool = True
    time_limit_s: float | None = None

    @staticmethod
    def chat(messages: list[Message], **kwargs: Any) -> Request:
        return Request(tuple((m["role"], m["content"]) for m in messages), **kwargs)

    def message_dicts(self) -> list[Message]:
        return [{"role": r, "content": c} for r, c in self.messages]

    def limit_s(self) -> float:
        if self.time_limit_s is not None and self.time_limit_s > 0:
            return self.time_limit_s
        from assistant import settings

        return float(settings.CALL_LIMIT_S.get())

    def capped_max_tokens(self) -> int:
        return max(1, min(self.max_tokens, MAX_TOKENS_CAP))

    def cache_key(self, model_sha256: str) -> str:
        payload = {
            "model": model_sha256,
            "messages": self.messages,
            "schema": self.schema,
            "max_tokens": self.capped_max_tokens(),
            "temperature": self.temperature,
            "top_p": self.top_p,
            "repeat_penalty": self.repeat_penalty,
            "seed": self.seed,
        }
        blob = json.dumps(payload, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode()).hexdigest()


@dataclass
class Result:
    """How a call ended.  ``data`` is the validated JSON when a schema was given."""

    outcome: Outcome
    text: str = ""
    data: Any = None
    error: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    ttft_s: float | None = None
    total_s: float = 0.0
    cache_hit: bool = False
    finish_reason: str | None = None

    @property
    def tokens_per_s(self) -> float:
        decode = self.total_s - (self.ttft_s or 0.0)
        return self.completion_tokens / decode if decode > 0 and self.completion_tokens > 1 else 0.0

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.FINISHED


@dataclass
class ModelInfo:
    """What the UI and ``daybreak model info`` show about the loaded model."""

    path: str
    name: str
    sha256: str
    size_bytes: int
    n_ctx: int
    n_ctx_train: int = 0
    chat_format: str = ""
    device: str = "CPU"
    gpu_layers: int = 0
    n_layers: int = 0
    device_reason: str = ""
    n_params: int = 0
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class CallLog(Protocol):
    """Where calls are cached and measured (the store implements this)."""

    def cache_get(self, key: str) -> str | None: ...
    def cache_put(self, key: str, model_sha256: str, text: str) -> None: ...
    def record(self, row: dict[str, Any]) -> None: ...


class CallTimeLimit(KnownError):
    """A model call ran past its wall-clock limit (:meth:`Request.limit_s`)."""

    def __init__(self, limit_s: float) -> None:
        super().__init__(
            f"The model took longer than {limit_s:g} s on this request, so it was stopped.",
            "Try a shorter input or a faster model; DAYBREAK_CALL_LIMIT_S sets the limit.",
        )


class StreamChunk(Protocol):
    text: str


class Engine:
    """Base class of all engines; subclasses implement :meth:`_stream`."""

    info: ModelInfo

    def __init__(self, call_log: CallLog | None = None) -> None:
        self.call_log = call_log
        #: The running call's deadline (``time.monotonic()``) and cancel flag, for
        #: engines that block outside the token loop (a server's socket).
        self._deadline = float("inf")
        self._cancel: threading.Event | None = None

    # -- for subclasses ------------------------------------------------------

    def _stream(self, request: Request, max_tokens: int) -> Iterator[str]:
        """Yield output pieces; raise on failure.  Sets ``self._last_usage``."""
        raise NotImplementedError

    def count_tokens(self, messages: list[Message]) -> int:
        """Tokens the prompt of ``messages`` takes (chat template included, roughly)."""
        raise NotImplementedError

    @property
    def n_ctx(self) -> int:
        return self.info.n_ctx

    def close(self) -> None:
        """Release the model."""

    # -- the one entry point -------------------------------------------------

    def generate(
        self,
        request: Request,
        on_token: TokenCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> Result:
        """Run ``request``, streaming pieces to ``on_token``; never raises for model faults.

        ``cancel`` is checked before each piece: setting it ends the call within
        one token with ``Outcome.CANCELLED``.
        """
        start = time.perf_counter()
        key = request.cache_key(self.info.sha256) if request.use_cache else None
        if key and self.call_log is not None:
            cached = self._cache_get(key)
            if cached is not None:
                result = self._finish(request, cached, Result(Outcome.FINISHED, text=cached))
                if result.ok:
                    result.cache_hit = True
                    result.total_s = time.perf_counter() - start
                    result.ttft_s = result.total_s
                    if on_token:
                        on_token(cached)
                    self._record(request, result)
                    return result

        pieces: list[str] = []
        result = Result(Outcome.FINISHED)
        max_tokens = request.capped_max_tokens()
        limit = request.limit_s()
        deadline = time.monotonic() + limit
        try:
            prompt_tokens = self.count_tokens(request.message_dicts())
            result.prompt_tokens = prompt_tokens
            if prompt_tokens + max_tokens > self.n_ctx:
                # Leave what room there is; refuse only if nothing useful fits.
                max_tokens = self.n_ctx - prompt_tokens
                if max_tokens < 16:
                    result.outcome = Outcome.FAILED
                    result.error = (
                        f"The request is too long for the model ({prompt_tokens} tokens; "
                        f"the context holds {self.n_ctx}). Shorten it or split it."
                    )
                    result.total_s = time.perf_counter() - start
                    self._record(request, result)
                    return result
            self._last_usage: dict[str, int] = {}
            self._last_finish: str | None = None
            self._deadline = deadline
            self._cancel = cancel
            size = 0
            stream = self._stream(request, max_tokens)
            try:
                for piece in stream:
                    if cancel is not None and cancel.is_set():
                        result.outcome = Outcome.CANCELLED
                        break
                    if time.monotonic() > deadline:
                        raise CallTimeLimit(limit)
                    if result.ttft_s is None:
                        result.ttft_s = time.perf_counter() - start
                    pieces.append(piece)
                    size += len(piece)
                    result.completion_tokens += 1
                    if on_token:
                        on_token(piece)
                    if result.completion_tokens >= max_tokens and size > 4 * max_tokens:
                        # A piece is at least a token, so this is past the budget: an engine
                        # (a server) that ignores max_tokens is cut off here.
                        self._last_finish = "length"
                        break
                else:
                    if cancel is not None and cancel.is_set():
                        result.outcome = Outcome.CANCELLED
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()
            result.finish_reason = self._last_finish
            usage = self._last_usage
            if usage.get("completion_tokens"):
                result.completion_tokens = usage["completion_tokens"]
            if usage.get("prompt_tokens"):
                result.prompt_tokens = usage["prompt_tokens"]
        except Exception as exc:  # a model fault ends this call, not the app
            result.outcome = Outcome.FAILED
            result.error = self._failure(exc, deadline, limit)
        result.text = "".join(pieces)
        result.total_s = time.perf_counter() - start
        if result.ok:
            result = self._finish(request, result.text, result)
            if result.ok and key and self.call_log is not None:
                self._cache_put(key, result.text)
        self._record(request, result)
        return result

    # -- helpers -------------------------------------------------------------

    @staticmethod
    def _failure(exc: Exception, deadline: float, limit: float) -> str:
        """The one plain message for a call that raised (logged; never re-raised)."""
        if isinstance(exc, jinja2.exceptions.SecurityError):
            # The model's chat template tried something the sandbox forbids (code execution).
            log.warning("blocked an unsafe chat template: %s", exc)
            return (
                "This model's chat template tried to run unsafe code and was stopped. Use another model file."
            )
        if isinstance(exc, CallTimeLimit) or time.monotonic() > deadline:
            # Past the deadline, whatever broke (a server cut off by the watchdog) is the limit.
            log.warning("model call stopped after %g s", limit)
            return str(CallTimeLimit(limit))
        if isinstance(exc, KnownError):  # e.g. a model server that is down: say so, no traceback
            log.warning("generation failed: %s", exc)
            return str(exc)
        if isinstance(exc, MemoryError):
            log.warning("generation ran out of memory")
            return "The model ran out of memory on this request; it was stopped."
        log.exception("generation failed")
        return f"The model failed: {exc}"

    def _finish(self, request: Request, text: str, result: Result) -> Result:
        """Parse and validate schema output; a bad document is a failed call."""
        if request.schema is None:
            return result
        try:
            data = json.loads(text)
            jsonschema.validate(data, request.schema)
        except (json.JSONDecodeError, jsonschema.ValidationError) as exc:
            result.outcome = Outcome.FAILED
            msg = exc.msg if isinstance(exc, json.JSONDecodeError) else exc.message
            if result.finish_reason == "length":
                msg = "output was cut off at the token limit"
            result.error = f"The model's answer was not valid: {msg}"
            return result
        result.data = data
        return result

    def _cache_get(self, key: str) -> str | None:
        assert self.call_log is not None
        try:
            return self.call_log.cache_get(key)
        except Exception:  # the cache is an optimisation; never fail a call for it
            log.warning("output cache unavailable", exc_info=True)
            return None

    def _cache_put(self, key: str, text: str) -> None:
        assert self.call_log is not None
        try:
            self.call_log.cache_put(key, self.info.sha256, text)
        except Exception:
            log.warning("could not write the output cache", exc_info=True)

    def _record(self, request: Request, result: Result) -> None:
        if self.call_log is None:
            return
        try:
            self.call_log.record(
                {
                    "skill": request.skill,
                    "model_sha256": self.info.sha256,
                    "model_path": self.info.path,
                    "device": self.info.device,
                    "outcome": result.outcome.value,
                    "prompt_tokens": result.prompt_tokens,
                    "completion_tokens": result.completion_tokens,
                    "ttft_s": result.ttft_s,
                    "total_s": result.total_s,
                    "tokens_per_s": result.tokens_per_s,
                    "cache_hit": int(result.cache_hit),
                }
            )
        except Exception:
            log.warning("could not record call metrics", exc_info=True)
