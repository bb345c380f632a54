"""Loading the configured engine, with the model's hash cached in the store."""

from __future__ import annotations

import logging
from pathlib import Path

from assistant import settings
from assistant.llm.backend import BackendChoice, get_backend, load_backend
from assistant.llm.base import Engine
from assistant.llm.models import resolve_model, sha256_file
from assistant.llm.registry import check_against_registry
from assistant.store import Store
from assistant.store.records import StoreCallLog, cached_file_hash, remember_file_hash

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


def load_local(store: Store, explicit: str | None = None) -> Engine:
    """The llama.cpp engine for the model chosen by :func:`resolve_model`.

    Raises:
        ModelError: no usable model (missing, not a GGUF, fails to load, or named
            like a registry model but not matching its sha256).
    """
    from assistant.llm.llamacpp import LlamaCppEngine  # heavy import, only when needed

    choice = resolve_model(explicit, settings.MODEL_PATH.get(store))
    if choice.source == "models/":
        # First run with nothing else: the one healthy file becomes the user's choice,
        # so a file dropped in later does not take over by being newer.
        settings.MODEL_PATH.set(store, str(choice.path))
    digest = model_sha256(store, choice.path)
    check_against_registry(choice.path, digest)
    log.info("loading %s (%s)", choice.path, choice.source)
    return LlamaCppEngine(choice.path, call_log=StoreCallLog(store), sha256=digest)


def load_engine(store: Store, explicit: str | None = None, backend: BackendChoice | None = None) -> Engine:
    """The engine the settings (or a one-run ``backend`` override) ask for.

    An explicit model file always means the local engine.

    Raises:
        KnownError: no usable model, or the model server cannot be used.
    """
    choice = BackendChoice() if explicit else (backend or get_backend(store))
    return load_backend(choice, lambda: load_local(store, explicit), StoreCallLog(store))
