"""Model names people can read, for the status bar and messages.

A GGUF's ``general.name`` is whatever the converter wrote ("Smollm2 135M 8k Lc100K Mix1 Ep2"),
so a local model is named by its registry entry when the file is a recommended one (same file
name and, when known, the same sha256), else by its file name without ``.gguf``. A model
server's model keeps the name the server gives it.
"""

from __future__ import annotations

from pathlib import PurePath

from assistant.errors import ModelError
from assistant.llm.base import ModelInfo
from assistant.llm.registry import RegistryEntry, entry_for_file, load_registry


def friendly_name(info: ModelInfo, registry: tuple[RegistryEntry, ...] | None = None) -> str:
    """The registry name, or the GGUF basename; a remote model's own name."""
    if info.device == "remote" or not info.path:
        return info.name
    path = PurePath(info.path)
    try:
        entry = entry_for_file(path.name, load_registry() if registry is None else registry)
    except ModelError:  # an unreadable registry only costs the nicer name
        entry = None
    if entry is not None and (not info.sha256 or not entry.sha256 or entry.sha256 == info.sha256):
        return entry.name
    if not path.name.lower().endswith(".gguf") or len(path.name) == len(".gguf"):
        return info.name  # not a model file (a test double, a server)
    return path.name[: -len(".gguf")]
