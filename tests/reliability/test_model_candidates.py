"""Issue 16 item 4: a *.gguf in the models folder is a candidate, not a choice.

A file dropped into ``<data>/models`` gets the same checks as ``--model`` (header,
metadata, tensor table, and a length that holds all its tensors); a damaged file is
listed as damaged and never loaded; a new file becomes the model only when the user
picks it, or on a first run when there is nothing else.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm import manager
from assistant.llm.models import check_gguf, embedded_model_path, resolve_model
from assistant.store import Store
from tests.ggufs import make_gguf


def damaged_copies(folder: Path) -> list[Path]:
    """A class of damage, not one example: cut at several places, and a zeroed header."""
    folder.mkdir(parents=True, exist_ok=True)
    src = make_gguf(folder / "source.tmp", payload_bytes=65536)
    size = src.stat().st_size
    out = []
    for name, cut in (("half.gguf", size // 2), ("one-byte-short.gguf", size - 1), ("header-only.gguf", 200)):
        p = folder / name
        shutil.copy(src, p)
        os.truncate(p, cut)
        out.append(p)
    bad = folder / "zeroed-counts.gguf"
    data = bytearray(src.read_bytes())
    data[8:24] = b"\xff" * 16  # impossible tensor and metadata counts
    bad.write_bytes(bytes(data))
    out.append(bad)
    src.unlink()
    return out


def test_every_kind_of_damaged_file_is_refused_like_an_explicit_model(tmp_path: Path) -> None:
    for path in damaged_copies(tmp_path / "m"):
        with pytest.raises(ModelError):
            check_gguf(path)


def test_a_dropped_file_does_not_become_the_model(store: Store, daybreak_home: Path) -> None:
    models = daybreak_home / "models"
    healthy = make_gguf(models / "newer-healthy.gguf")
    damaged = damaged_copies(models)
    for p in damaged:  # the newest files of all
        os.utime(p, (time.time() + 100, time.time() + 100))
    assert resolve_model().source == "embedded"
    entries = {e.name: e for e in manager.list_models(store)}
    for p in damaged:
        assert entries[p.name].status == "damaged" and not entries[p.name].active, p.name
    assert entries["newer-healthy.gguf"].status == "unlisted" and not entries["newer-healthy.gguf"].active
    embedded = embedded_model_path()
    assert embedded is not None and entries[embedded.name].active
    # Picking it is what makes it the model.
    manager.use_model(store, healthy.name)
    assert manager.active_model(store) == healthy.resolve()
    with pytest.raises(ModelError):
        manager.use_model(store, damaged[0].name)


def test_on_a_first_run_with_nothing_else_the_healthy_file_is_used_and_kept(
    store: Store, daybreak_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("assistant.llm.models.embedded_model_path", lambda: None)
    models = daybreak_home / "models"
    healthy = make_gguf(models / "first.gguf")
    os.utime(healthy, (time.time() - 100, time.time() - 100))
    for p in damaged_copies(models):
        os.utime(p, (time.time() + 100, time.time() + 100))
    choice = resolve_model()
    assert choice.path == healthy and choice.source == "models/"


@pytest.mark.slow
def test_cli_lists_and_verifies_a_truncated_file_as_damaged(
    daybreak_home: Path,
) -> None:
    models = daybreak_home / "models"
    models.mkdir(parents=True)
    src = embedded_model_path()
    assert src is not None
    cut = models / "dropped.gguf"
    with src.open("rb") as f, cut.open("wb") as out:
        out.write(f.read(src.stat().st_size // 3))  # a download that stopped a third of the way
    listed = subprocess.run(
        [sys.executable, "-m", "assistant", "model", "list", "--json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    rows = {r["file"]: r for r in json.loads(listed.stdout)["models"]}
    assert rows["dropped.gguf"]["status"] == "damaged" and not rows["dropped.gguf"]["active"]
    verify = subprocess.run(
        [sys.executable, "-m", "assistant", "model", "verify", "dropped.gguf"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode != 0 and "unlisted" not in verify.stdout
    assert "truncated" in verify.stdout + verify.stderr
