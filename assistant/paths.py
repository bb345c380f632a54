"""Where Daybreak keeps its data, created private to the user."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from assistant import settings
from assistant.errors import StorageError

APP_NAME = "daybreak"


def data_dir() -> Path:
    """The data folder: ``$DAYBREAK_HOME`` or the platform's user data dir.

    Created with mode 0700, because it holds private notes and conversations.
    The platform folder is Daybreak's own, so it is tightened if it is wider; a
    ``DAYBREAK_HOME`` that already exists may be a shared folder (sticky or setgid
    bits, a group's access): its mode is left alone, and the files in it are 0600.

    Raises:
        StorageError: the folder cannot be created (one plain line, no traceback).
    """
    override = settings.HOME.get()
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))
    try:
        ensure_private_dir(path, tighten_existing=not override)
    except OSError as exc:
        raise StorageError(
            f"Daybreak cannot create or use its data folder {path}: {exc.strerror or exc}.",
            "Set DAYBREAK_HOME to a folder you can write to, or fix that folder's permissions.",
        ) from exc
    return path


def user_models_dir() -> Path:
    """Where a user drops extra GGUF files (besides the repo's ``models/``)."""
    return data_dir() / "models"


def repo_models_dir() -> Path:
    """The ``models/`` folder shipped beside the packages (a source checkout)."""
    return Path(__file__).resolve().parent.parent / "models"


def ensure_private_dir(path: Path, *, tighten_existing: bool = True) -> None:
    """Create ``path`` (and parents) as 0700; tighten it if it is wider.

    With ``tighten_existing=False`` a folder that already exists keeps its mode
    (only folders Daybreak creates are made private).
    """
    existed = path.is_dir()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if existed and not tighten_existing:
        return
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)


def ensure_private_file(path: Path) -> None:
    """Make an existing file readable by its owner only."""
    if os.name == "posix" and path.exists() and path.stat().st_mode & 0o077:
        path.chmod(0o600)
