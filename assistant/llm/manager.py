"""The model manager: list, add, verify, choose and remove GGUF files.

Plain functions returning plain data, used by ``daybreak model …`` and the
desktop app's Models dialog alike.  Files live in the user's models folder
(``<data>/models``, where ``add`` puts them), the source checkout's
``models/``, and the embedded SmolLM2 wheel (listed, never removed).
"""

from __future__ import annotations

import os
import shutil
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant import settings
from assistant.errors import InputError, KnownError, ModelError
from assistant.llm.download import Downloaded, Progress, download_gguf
from assistant.llm.gguf_meta import GGUFMeta, read_gguf_meta
from assistant.llm.loader import model_sha256
from assistant.llm.models import embedded_model_path, resolve_model, sha256_file
from assistant.llm.registry import RegistryEntry, entry_for_file, find_entry, load_registry
from assistant.paths import ensure_private_dir, repo_models_dir, user_models_dir
from assistant.store import Store
from assistant.store.records import remember_file_hash

USER, SHIPPED, EMBEDDED = "user", "models/", "embedded"


def size_label(n: int | None) -> str:
    """``98 MB``, ``1.12 GB``; ``?`` when unknown."""
    if not n:
        return "?"
    return f"{n / 1e9:.2f} GB" if n >= 1e9 else f"{n / 1e6:.0f} MB"


@dataclass(frozen=True)
class ModelEntry:
    """One GGUF file as the manager sees it.

    Attributes:
        status: ``verified`` (a registry model with the right sha256),
            ``unlisted`` (not in the registry, so nothing to check against),
            ``mismatch`` (named like a registry model, different content: refused),
            ``damaged`` (not a usable GGUF: truncated, corrupt, not GGUF at all).
    """

    path: Path
    where: str
    meta: GGUFMeta | None
    sha256: str | None
    registry: RegistryEntry | None
    status: str
    error: str
    active: bool

    @property
    def name(self) -> str:
        return self.path.name

    def as_dict(self) -> dict[str, Any]:
        m = self.meta
        return {
            "file": self.path.name,
            "path": str(self.path),
            "where": self.where,
            "status": self.status,
            "active": self.active,
            "error": self.error,
            "sha256": self.sha256,
            "size_bytes": m.size_bytes if m else self.path.stat().st_size if self.path.exists() else None,
            "architecture": m.architecture if m else None,
            "model_name": m.name if m else None,
            "n_params": m.n_params if m else None,
            "quantization": m.quantization if m else None,
            "context_length": m.context_length if m else None,
            "chat_template": m.chat_template if m else None,
            "registry_id": self.registry.id if self.registry else None,
        }


def model_files() -> list[tuple[Path, str]]:
    """Every GGUF Daybreak can use, each once, in the order they are shown."""
    seen: set[Path] = set()
    out: list[tuple[Path, str]] = []
    for folder, where in ((user_models_dir(), USER), (repo_models_dir(), SHIPPED)):
        if folder.is_dir():
            for p in sorted(folder.glob("*.gguf")):
                if p.is_file() and p.resolve() not in seen:
                    seen.add(p.resolve())
                    out.append((p, where))
    embedded = embedded_model_path()
    if embedded is not None and embedded.resolve() not in seen:
        out.append((embedded, EMBEDDED))
    return out


def active_model(store: Store) -> Path | None:
    """The file the local engine would load now (None if there is none)."""
    try:
        return resolve_model(None, settings.MODEL_PATH.get(store)).path.resolve()
    except KnownError:
        return None


def describe(
    store: Store, path: Path, where: str, *, fresh_hash: bool = False, active: Path | bool | None = True
) -> ModelEntry:
    """Metadata, hash and registry status of one file.

    Args:
        fresh_hash: Re-read the whole file (``verify``) instead of trusting the
            hash remembered for this path, size and mtime.
        active: The active model's path when the caller already knows it
            (listing many files); ``True`` (default) looks it up.
    """
    if active is True:
        active = active_model(store)
    is_active = isinstance(active, Path) and path.resolve() == active
    try:
        meta = read_gguf_meta(path)
    except KnownError as exc:
        return ModelEntry(path, where, None, None, None, "damaged", str(exc), is_active)
    if fresh_hash:
        digest = sha256_file(path)
        st = path.stat()
        remember_file_hash(store, str(path.resolve()), st.st_size, st.st_mtime_ns, digest)
    else:
        digest = model_sha256(store, path)
    entry = entry_for_file(path.name)
    if entry is None:
        return ModelEntry(path, where, meta, digest, None, "unlisted", "", is_active)
    if digest != entry.sha256:
        why = (
            f"Named like the registry's {entry.name} but its sha256 differs: damaged, incomplete or "
            "altered, so Daybreak will not load it."
        )
        return ModelEntry(path, where, meta, digest, entry, "mismatch", why, is_active)
    return ModelEntry(path, where, meta, digest, entry, "verified", "", is_active)


def list_models(store: Store, *, fresh_hash: bool = False) -> list[ModelEntry]:
    active = active_model(store)  # once, not per file
    return [describe(store, p, where, fresh_hash=fresh_hash, active=active) for p, where in model_files()]


def find_model(key: str) -> tuple[Path, str]:
    """A listed model by file name, registry id or path."""
    entry = find_entry(key)
    names = {key, entry.file} if entry else {key}
    for p, where in model_files():
        if p.name in names or str(p) == key or (os.path.exists(key) and p.resolve() == Path(key).resolve()):
            return p, where
    raise InputError(f"No model called {key!r}.", "See `daybreak model list` for the models there are.")


def verify_model(store: Store, key: str) -> ModelEntry:
    path, where = find_model(key)
    return describe(store, path, where, fresh_hash=True)


def add_local_file(store: Store, src: Path) -> ModelEntry:
    """Copy a GGUF into the user's models folder (checked before it gets its name)."""
    src = src.expanduser()
    read_gguf_meta(src)  # refuses non-GGUF and truncated files before copying gigabytes
    folder = user_models_dir()
    ensure_private_dir(folder)
    dest = folder / src.name
    if dest.exists() and dest.resolve() == src.resolve():
        return describe(store, dest, USER)
    digest = sha256_file(src)
    entry = entry_for_file(src.name)
    if entry is not None and digest != entry.sha256:
        raise ModelError(
            f"{src.name} claims to be the registry's {entry.name}, but its sha256 differs "
            f"({digest[:12]}… instead of {entry.sha256[:12]}…); it was not added.",
            "Download it again (daybreak model add " + entry.id + ").",
        )
    if dest.exists():
        if sha256_file(dest) == digest:
            return describe(store, dest, USER)
        raise InputError(
            f"A different model called {src.name} is already in {folder}.",
            "Rename the new file, or remove the old one first (daybreak model remove).",
        )
    tmp = dest.with_name(dest.name + ".part")
    shutil.copyfile(src, tmp)
    tmp.replace(dest)
    st = dest.stat()
    remember_file_hash(store, str(dest.resolve()), st.st_size, st.st_mtime_ns, digest)
    return describe(store, dest, USER)


def add_from_hub(
    store: Store,
    repo: str,
    filename: str,
    *,
    revision: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    quiet: bool = False,
) -> tuple[ModelEntry, Downloaded]:
    """Download ``repo``/``filename`` (resuming a partial download) into the user's models folder."""
    entry = entry_for_file(filename)
    expected = entry.sha256 if entry and entry.repo == repo else None
    done = download_gguf(
        repo,
        filename,
        user_models_dir(),
        revision=revision or (entry.revision if entry and entry.repo == repo else None),
        expected_sha256=expected,
        progress=progress,
        cancel=cancel,
        quiet=quiet,
    )
    st = done.path.stat()
    remember_file_hash(store, str(done.path.resolve()), st.st_size, st.st_mtime_ns, done.sha256)
    return describe(store, done.path, USER), done


def add_model(
    store: Store,
    spec: str,
    *,
    filename: str | None = None,
    revision: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    quiet: bool = False,
) -> ModelEntry:
    """Add a model from a local ``.gguf`` path, a registry id, or a Hub repo.

    ``spec`` forms: ``/path/to/model.gguf``; ``qwen2.5-1.5b`` (registry id);
    ``owner/repo`` with ``filename``; ``owner/repo/file.gguf``.
    """
    if spec.endswith(".gguf") and Path(spec).expanduser().exists():
        return add_local_file(store, Path(spec))
    entry = find_entry(spec)
    if entry is not None and filename is None:
        if entry.repo is None:
            raise InputError(f"{entry.name} is built in; there is nothing to download.")
        return add_from_hub(
            store, entry.repo, entry.file, revision=revision, progress=progress, cancel=cancel, quiet=quiet
        )[0]
    parts = spec.strip("/").split("/")
    if filename is None and len(parts) == 3 and parts[2].endswith(".gguf"):
        parts, filename = parts[:2], parts[2]
    if len(parts) != 2 or not all(parts) or filename is None:
        ids = ", ".join(e.id for e in load_registry() if e.downloadable)
        raise InputError(
            f"Cannot tell what to add from {spec!r}.",
            f"Give a .gguf file, a recommended model ({ids}), or a Hub repo and file: "
            "owner/repo --file name.gguf.",
        )
    return add_from_hub(
        store, "/".join(parts), filename, revision=revision, progress=progress, cancel=cancel, quiet=quiet
    )[0]


def remove_model(store: Store, key: str) -> Path:
    """Delete a model from the user's models folder (never the embedded one)."""
    path, where = find_model(key)
    if where == EMBEDDED:
        raise InputError(
            "The embedded model is part of the installation and cannot be removed.",
            "Choose another model with `daybreak model use` instead.",
        )
    setting = settings.MODEL_PATH.get(store)
    if setting and Path(setting).expanduser().resolve() == path.resolve():
        settings.MODEL_PATH.clear(store)
    path.unlink()
    for leftover in (path.with_name(path.name + ".part"), path.with_name(path.name + ".part.json")):
        leftover.unlink(missing_ok=True)
    return path


def use_model(store: Store, key: str) -> ModelEntry:
    """Make a listed model the one the local engine loads (refusing a mismatch)."""
    path, where = find_model(key)
    entry = describe(store, path, where)
    if entry.status in ("mismatch", "damaged"):
        raise ModelError(entry.error)
    settings.MODEL_PATH.set(store, str(path))
    return replace(entry, active=True)
