"""Start Daybreak at log-in (XDG autostart), so the morning digest arrives without
the user opening the app."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

DESKTOP_ID = "io.github.daybreak.Daybreak"


def autostart_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{DESKTOP_ID}.desktop"


def launcher() -> str:
    """The command that starts this Daybreak: the frozen binary, or this Python's module."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    return f"{shlex.quote(sys.executable)} -m ui"


def is_enabled() -> bool:
    return autostart_file().is_file()


def enable() -> Path:
    path = autostart_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Daybreak\n"
        "Comment=Starts Daybreak in the background so the morning digest arrives on time\n"
        f"Exec={launcher()} --background\n"
        f"Icon={DESKTOP_ID}\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
    return path


def disable() -> None:
    autostart_file().unlink(missing_ok=True)
