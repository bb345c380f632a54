import os
import shutil
import subprocess
from pathlib import Path

import pytest

from assistant import autostart

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="Debian's desktop-file-utils not installed"
)
def test_desktop_file_validates() -> None:
    out = subprocess.run(
        ["desktop-file-validate", str(LINUX / "io.github.daybreak.Daybreak.desktop")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0 and not out.stdout.strip(), out.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="Debian's appstream not installed")
def test_metainfo_validates() -> None:
    out = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / "io.github.daybreak.Daybreak.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stdout


def test_icons_exist_in_every_size() -> None:
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = (
            ROOT
            / "packaging"
            / "icons"
            / "hicolor"
            / f"{size}x{size}"
            / "apps"
            / "io.github.daybreak.Daybreak.png"
        )
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_autostart_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not autostart.is_enabled()
    path = autostart.enable()
    assert autostart.is_enabled() and path.parent == tmp_path / "autostart"
    text = path.read_text()
    assert "-m ui --background" in text and "Type=Application" in text
    autostart.disable()
    assert not autostart.is_enabled()


def test_install_and_uninstall_for_the_user(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": "", "XDG_CONFIG_HOME": ""}
    script = ROOT / "packaging" / "install-desktop.sh"
    subprocess.run(["bash", str(script)], env=env, check=True, capture_output=True)
    share = tmp_path / ".local" / "share"
    desktop = share / "applications" / "io.github.daybreak.Daybreak.desktop"
    assert f"Exec={tmp_path}/.local/bin/daybreak" in desktop.read_text()
    assert (tmp_path / ".local" / "bin" / "daybreak").is_symlink()
    assert (share / "icons" / "hicolor" / "48x48" / "apps" / "io.github.daybreak.Daybreak.png").is_file()
    subprocess.run(["bash", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not desktop.exists() and not (tmp_path / ".local" / "bin" / "daybreak").exists()
