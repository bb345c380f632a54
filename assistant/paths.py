"""Where Daybreak keeps its data, created private to the user."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from assistant import settings

APP_NAME = "daybreak"


def data_dir() -> Path:
    """The data folder: ``$DAYBREAK_HOME`` or the platform's user data dir.

    Created with mode 0700 (and tightened if it already exists with wider
    permissions), because it holds private notes and conversations.
    """
    override = settings.HOME.get()
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME))
    ensure_private_dir(path)
    return path


def user_models_dir() -> Path:
    """Where a user drops extra GGUF files (besides the repo's ``models/``)."""
    return data_dir() / "models"


def repo_models_dir() -> Path:
    """The ``models/`` folder shipped beside the packages (a source checkout)."""
    return Path(__file__).resolve().parent.parent / "models"


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) as 0700; tighten it if it is wider."""
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and path.stat().st_mode & 0o077:
        path.chmod(0o700)


def ensure_private_file(path: Path) -> None:
    """Make an existing file readable by its owner only."""
    if os.name == "posix" and path.exists() and path.stat().st_mode & 0o077:
        path.chmod(0o600)
