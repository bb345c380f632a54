"""Which system libraries Qt's X11 platform plugin needs, and the apt-get line for the missing ones.

PySide6 wheels bundle Qt but not the X11/GL libraries of the desktop. Without them
the app aborts at launch (SIGABRT) with a message that often names the wrong
library, so ``packaging/install.sh`` runs this after installing:

    python packaging/qt_syslibs.py            # prints a warning + apt-get line, exit 0
    python packaging/qt_syslibs.py --check    # exit 1 when something is missing

It runs ``ldd`` on PySide6's ``plugins/platforms/libqxcb.so`` (which follows every
dependency, including Qt's own ``libQt6XcbQpa``) and also checks ``libxcb-cursor``,
which Qt 6.5+ insists on at start-up. Each missing ``.so`` is mapped to its
Debian 12 package. Stand-alone: no Daybreak import, so it works before the app does.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

#: soname (without version) -> Debian 12 package. Verified with ``apt-file``-style
#: lookups in a clean bookworm root (see README, "System libraries").
DEBIAN_PACKAGES: dict[str, str] = {
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libOpenGL.so.0": "libopengl0",
    "libGLdispatch.so.0": "libglvnd0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
    "libharfbuzz.so.0": "libharfbuzz0b",
}

#: Loaded with dlopen (so ldd cannot see them) but required all the same.
DLOPENED = ("libxcb-cursor.so.0",)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.M)


def plugin_path() -> Path | None:
    """PySide6's xcb platform plugin, or None when PySide6 is not installed."""
    try:
        import PySide6
    except ImportError:
        return None
    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.exists() else None


def parse_ldd(output: str) -> list[str]:
    """The sonames ``ldd`` reports as ``not found``, in order, without repeats."""
    seen: dict[str, None] = {}
    for name in _NOT_FOUND.findall(output):
        seen.setdefault(name, None)
    return list(seen)


def _has_library(soname: str) -> bool:
    try:
        out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False).stdout
    except OSError:
        out = ""
    if re.search(rf"^\s*{re.escape(soname)}\s", out, re.M):
        return True
    return any(Path(d, soname).exists() for d in ("/usr/lib/x86_64-linux-gnu", "/usr/lib64", "/usr/lib"))


def missing_libraries(plugin: Path) -> list[str]:
    """Missing sonames for ``plugin`` (ldd) plus the dlopened ones Qt requires."""
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
    missing = parse_ldd(out)
    for soname in DLOPENED:
        if soname not in missing and not _has_library(soname):
            missing.append(soname)
    return missing


def packages_for(missing: list[str]) -> tuple[list[str], list[str]]:
    """(Debian packages to install, sonames with no known package), each sorted, no repeats."""
    packages = sorted({DEBIAN_PACKAGES[s] for s in missing if s in DEBIAN_PACKAGES})
    unknown = sorted({s for s in missing if s not in DEBIAN_PACKAGES})
    return packages, unknown


def apt_line(packages: list[str]) -> str:
    return "sudo apt-get install -y " + " ".join(packages)


def report(missing: list[str]) -> str:
    """The message install.sh prints; empty when nothing is missing."""
    if not missing:
        return ""
    packages, unknown = packages_for(missing)
    lines = [
        "WARNING: the desktop window will not open: Qt's X11 plugin is missing " + ", ".join(missing) + ".",
    ]
    if packages:
        lines.append("On Debian/Ubuntu install them with:")
        lines.append("  " + apt_line(packages))
    if unknown:
        lines.append(
            "No known Debian package for " + ", ".join(unknown) + " (look it up with apt-file search)."
        )
    lines.append("The command line (daybreak ...) and QT_QPA_PLATFORM=offscreen work without them.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 when a library is missing")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0
    plugin = plugin_path()
    if plugin is None:
        print("WARNING: PySide6's xcb platform plugin was not found; cannot check system libraries.")
        return 1 if args.check else 0
    text = report(missing_libraries(plugin))
    if text:
        print(text)
        return 1 if args.check else 0
    print("System libraries for the desktop window: all present.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
