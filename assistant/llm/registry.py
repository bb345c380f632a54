"""``models/registry.json``: recommended models, with the sha256 each file must have."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from assistant.errors import ModelError
from assistant.paths import repo_models_dir


@dataclass(frozen=True)
class RegistryEntry:
    id: str
    name: str
    file: str
    sha256: str
    size_bytes: int | None
    params: str
    quantization: str
    license: str
    repo: str | None
    revision: str | None
    note: str

    @property
    def downloadable(self) -> bool:
        return self.repo is not None


def registry_path() -> Path:
    return repo_models_dir() / "registry.json"


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int) -> tuple[RegistryEntry, ...]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = []
        for m in data["models"]:
            source = m.get("source", {})
            sha = str(m["sha256"]).lower()
            if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
                raise ValueError(f"bad sha256 for {m['id']}")
            entries.append(
                RegistryEntry(
                    id=m["id"],
                    name=m["name"],
                    file=m["file"],
                    sha256=sha,
                    size_bytes=m.get("size_bytes"),
                    params=m.get("params", ""),
                    quantization=m.get("quantization", ""),
                    license=m.get("license", ""),
                    repo=source.get("repo"),
                    revision=source.get("revision"),
                    note=m.get("note", ""),
                )
            )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"The model registry {path} is unreadable ({exc}).", "Reinstall Daybreak.") from exc
    return tuple(entries)


def load_registry(path: Path | None = None) -> tuple[RegistryEntry, ...]:
    """The registry's entries; an absent registry is an empty one."""
    path = path or registry_path()
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        return ()
    return _load(str(path), mtime)


def entry_for_file(filename: str, registry: tuple[RegistryEntry, ...] | None = None) -> RegistryEntry | None:
    """The entry a file claims to be, by its name."""
    for e in load_registry() if registry is None else registry:
        if e.file == filename:
            return e
    return None


def find_entry(key: str) -> RegistryEntry | None:
    """An entry by id (``qwen2.5-1.5b``) or file name."""
    for e in load_registry():
        if key in (e.id, e.file):
            return e
    return None


def check_against_registry(path: Path, sha256: str) -> RegistryEntry | None:
    """Refuse a file named like a registry model whose content is not that model.

    Returns:
        The matching entry (verified), or ``None`` for a file the registry does not know.

    Raises:
        ModelError: the name claims a registry model but the sha256 differs.
    """
    entry = entry_for_file(path.name)
    if entry is None:
        return None
    if sha256.lower() != entry.sha256:
        raise ModelError(
            f"{path.name} is not the file it claims to be: its sha256 is {sha256[:12]}…, "
            f"the registry's {entry.name} has {entry.sha256[:12]}….",
            "It is damaged, incomplete or altered: remove it (daybreak model remove) and add it again.",
        )
    return entry
