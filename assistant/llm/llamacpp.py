"""The in-process llama.cpp engine (llama-cpp-python).

Not thread-safe: one thread owns an instance for its whole life (the desktop
app's engine worker; the CLI's main thread).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from assistant import settings
from assistant.errors import ModelError
from assistant.llm.base import CallLog, Engine, Message, ModelInfo, Request
from assistant.llm.models import check_gguf, sha256_file

log = logging.getLogger("daybreak.llm.llamacpp")

DEFAULT_N_CTX = 8192

#: The conversation a chat template is tried on once at load.
_PROBE: list[Message] = [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Hello."},
    {"role": "assistant", "content": "Hello! How can I help?"},
    {"role": "user", "content": "List my to-dos."},
]


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity on Linux)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 2


def default_threads(cores: int | None = None) -> int:
    """Decode threads for a shared desktop: one core left to the UI and other programs.

    Measured in ``benchmarks/threads.py`` (rows in ``benchmarks/results/latest.md``): with a
    thread per core, one competing busy process stalls every token on the thread that lost
    its core (2 cores: 42 % of idle speed), while cores - 1 threads keep most of it.
    llama.cpp's decode is memory-bound: beyond ~8 threads it only adds contention.
    """
    n = available_cores() if cores is None else cores
    return max(1, min(n - 1, 8))


def configured_threads() -> int:
    """``DAYBREAK_N_THREADS`` when set to a positive integer, else :func:`default_threads`."""
    return settings.N_THREADS.get() or default_threads()


def gpu_support() -> tuple[bool, str]:
    """Whether this llama.cpp build can offload to a GPU, and why not if not."""
    import llama_cpp

    if llama_cpp.llama_supports_gpu_offload():
        return True, ""
    return False, (
        "this llama-cpp-python build has no GPU backend "
        '(reinstall with CMAKE_ARGS="-DGGML_CUDA=on" for NVIDIA GPUs)'
    )


class LlamaCppEngine(Engine):
    """A GGUF model loaded in this process."""

    def __init__(
        self,
        model_path: Path,
        *,
        n_ctx: int | None = None,
        call_log: CallLog | None = None,
        sha256: str | None = None,
        gpu: bool | None = None,
        n_threads: int | None = None,
    ) -> None:
        super().__init__(call_log)
        import llama_cpp

        path = check_gguf(Path(model_path))
        can_offload, reason = gpu_support()
        use_gpu = can_offload if gpu is None else (gpu and can_offload)
        if can_offload and not use_gpu:
            reason = "GPU offload switched off in settings"
        n_ctx = n_ctx or settings.N_CTX.get() or DEFAULT_N_CTX
        threads = n_threads if n_threads and n_threads > 0 else configured_threads()
        try:
            self.llm = llama_cpp.Llama(
                model_path=str(path),
                n_ctx=n_ctx,
                n_batch=512,
                n_gpu_layers=-1 if use_gpu else 0,
                n_threads=threads,
                n_threads_batch=threads,
                seed=7,
                verbose=False,
            )
        except (ValueError, RuntimeError, OSError) as exc:
            raise ModelError(
                f"Could not load the model {path.name}: the file is damaged, incomplete, "
                "or made for a newer llama.cpp.",
                "Download it again or choose another model.",
            ) from exc
        meta: dict[str, str] = dict(self.llm.metadata or {})
        arch = meta.get("general.architecture", "")
        n_layers = int(meta.get(f"{arch}.block_count", 0) or 0)
        n_ctx_train = int(meta.get(f"{arch}.context_length", 0) or 0)
        self.info = ModelInfo(
            path=str(path),
            name=meta.get("general.name") or path.stem,
            sha256=sha256 or sha256_file(path),
            size_bytes=path.stat().st_size,
            n_ctx=self.llm.n_ctx(),
            n_ctx_train=n_ctx_train,
            chat_format=self.llm.chat_format or "",
            device="GPU" if use_gpu else "CPU",
            gpu_layers=n_layers if use_gpu else 0,
            n_layers=n_layers,
            device_reason="" if use_gpu else reason,
            n_params=int(self.llm._model.n_params()),
            extra={"architecture": arch, "threads": threads, "file_type": meta.get("general.file_type", "")},
        )
        #: Why this model's chat template cannot be used (it ran past its limits once
        #: at load); every call then fails at once with this message.
        self.template_error: str | None = None
        self._formatter = self._make_formatter(meta)

    def _make_formatter(self, meta: dict[str, str]) -> Any:
        """The model's own chat template, rendered with limits (see ``template.py``).

        llama-cpp-python would render it in an unbounded sandbox inside
        ``create_chat_completion``; the bounded formatter replaces its handler, and
        one probe rendering at load finds a template that loops or balloons before
        any real request waits on it.
        """
        template = meta.get("tokenizer.chat_template")
        if not template:
            return None
        from assistant.llm.template import BoundedChatFormatter, TemplateLimit

        def token_id(key: str) -> int | None:
            tid = meta.get(key)
            return None if tid is None else int(tid)

        def token_text(key: str) -> str:
            tid = token_id(key)
            return "" if tid is None else self.llm._model.token_get_text(tid)

        eos_id = token_id("tokenizer.ggml.eos_token_id")
        try:
            formatter = BoundedChatFormatter(
                template=template,
                eos_token=token_text("tokenizer.ggml.eos_token_id"),
                bos_token=token_text("tokenizer.ggml.bos_token_id"),
                stop_token_ids=None if eos_id is None else [eos_id],
            )
        except Exception:  # an odd template only costs us exact token counts
            log.warning("cannot compile the chat template", exc_info=True)
            return None
        if (self.llm.chat_format or "").startswith("chat_template."):
            # llama.cpp did not recognise the template as a built-in format, so it
            # would render the Jinja itself: render it through the bounded formatter.
            self.llm.chat_handler = formatter.to_chat_handler()
        try:
            formatter(messages=_PROBE)
        except TemplateLimit as exc:
            log.warning("chat template refused at load: %s", exc)
            self.template_error = str(exc) + " Use another model file."
            return None
        except Exception:  # unsafe or broken: reported by the first call that renders it
            log.debug("the chat template fails on the probe conversation", exc_info=True)
        return formatter

    def count_tokens(self, messages: list[Message]) -> int:
        if self._formatter is not None:
            try:
                prompt = self._formatter(messages=messages).prompt
                return len(self.llm.tokenize(prompt.encode(), add_bos=False, special=True))
            except Exception:
                log.debug("template rendering failed; estimating", exc_info=True)
        text = "".join(m["content"] for m in messages)
        return len(self.llm.tokenize(text.encode(), add_bos=True, special=False)) + 8 * len(messages)

    def _stream(self, request: Request, max_tokens: int) -> Iterator[str]:
        if self.template_error is not None:
            raise ModelError(self.template_error)
        kwargs: dict[str, Any] = {
            "messages": request.message_dicts(),
            "max_tokens": max_tokens,
            "temperature": request.temperature,
            "top_p": request.top_p,
            "repeat_penalty": request.repeat_penalty,
            "seed": request.seed,
            "stream": True,
        }
        if request.schema is not None:
            kwargs["response_format"] = {"type": "json_object", "schema": request.schema}
        stream: Any = self.llm.create_chat_completion(**kwargs)
        try:
            for chunk in stream:
                choice: dict[str, Any] = chunk["choices"][0]
                if choice.get("finish_reason"):
                    self._last_finish = choice["finish_reason"]
                piece = choice.get("delta", {}).get("content")
                if piece:
                    yield str(piece)
        finally:
            close = getattr(stream, "close", None)
            if close is not None:
                close()

    def close(self) -> None:
        llm = getattr(self, "llm", None)
        if llm is not None:
            llm.close()
            del self.llm
