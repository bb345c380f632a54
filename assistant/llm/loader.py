"""Loading the configured engine, with the model's hash cached in the store."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant.llm.base import Generator
from assistant.llm.models import resolve_model, sha256_file
from assistant.store import Store
from assistant.store.records import StoreCallLog, cached_file_hash, get_setting, remember_file_hash

log = logging.getLogger("daybreak.llm")


def model_sha256(store: Store, path: Path) -> str:
    """sha256 of a model file, remembered per (path, size, mtime) so start-up stays fast."""
    st = path.stat()
    key = str(path.resolve())
    cached = cached_file_hash(store, key, st.st_size, st.st_mtime_ns)
    if cached:
        return cached
    digest = sha256_file(path)
    remember_file_hash(store, key, st.st_size, st.st_mtime_ns, digest)
    return digest


def load_engine(store: Store, explicit: str | None = None) -> Generator:
    """The llama.cpp engine for the model chosen by :func:`resolve_model`.

    Raises:
        ModelError: no usable model (missing, not a GGUF, fails to load).
    """
    from assistant.llm.llamacpp import LlamaCppEngine  # heavy import, only when needed

    choice = resolve_model(explicit, get_setting(store, "model_path"))
    log.info("loading %s (%s)", choice.path, choice.source)
    return LlamaCppEngine(choice.path, call_log=StoreCallLog(store), sha256=model_sha256(store, choice.path))
