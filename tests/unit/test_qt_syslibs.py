"""packaging/qt_syslibs.py: ldd output -> missing sonames -> the Debian apt-get line."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qt_syslibs", ROOT / "packaging" / "qt_syslibs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


q = _load()

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x7f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibEGL.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibweird.so.9 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x7f)
"""


def test_parse_ldd_keeps_order_without_repeats() -> None:
    assert q.parse_ldd(LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libEGL.so.1", "libweird.so.9"]
    assert q.parse_ldd("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_packages_and_apt_line() -> None:
    packages, unknown = q.packages_for(q.parse_ldd(LDD))
    assert packages == ["libegl1", "libxcb-icccm4", "libxcb-keysyms1"]
    assert unknown == ["libweird.so.9"]
    assert q.apt_line(packages) == "sudo apt-get install -y libegl1 libxcb-icccm4 libxcb-keysyms1"


def test_report_names_the_fix_and_is_empty_when_nothing_is_missing() -> None:
    text = q.report(["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4" in text
    assert q.report([]) == ""


def test_the_issue_packages_are_all_mapped() -> None:
    # The libraries issue 17 names for a fresh Debian 12 desktop.
    wanted = {
        "libxcb-icccm4", "libxcb-keysyms1", "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-image0",
        "libxcb-render-util0", "libxcb-shape0", "libxcb-xinerama0", "libxcb-randr0", "libegl1", "libgl1",
        "libfontconfig1", "libdbus-1-3",
    }  # fmt: skip
    assert wanted <= set(q.DEBIAN_PACKAGES.values())


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or q.plugin_path() is None, reason="needs PySide6 on Linux"
)
def test_real_plugin_check_runs_and_agrees_with_ldd() -> None:
    plugin = q.plugin_path()
    assert plugin is not None
    missing = q.missing_libraries(plugin)
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    for soname in q.parse_ldd(ldd):
        assert soname in missing
    out = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "qt_syslibs.py")], capture_output=True, text=True
    )
    assert out.returncode == 0
    assert ("apt-get install" in out.stdout) == bool(missing)
