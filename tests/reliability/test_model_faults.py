"""Model faults end a request with a clear message; the app and its data carry on."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from assistant.llm.base import Outcome, Request
from assistant.llm.llamacpp import LlamaCppEngine
from tests.conftest import model_with_template

EVIL = "{{ cycler.__init__.__globals__.os.system('touch MARKER') }}{% for m in messages %}{{ m['content'] }}{% endfor %}"


@pytest.fixture(scope="module")
def evil_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("evil")
    marker = folder / "pwned"
    return model_with_template(folder / "evil.gguf", EVIL.replace("MARKER", str(marker))), marker


@pytest.mark.slow
def test_a_chat_template_that_runs_code_is_stopped(evil_model: tuple[Path, Path]) -> None:
    path, marker = evil_model
    engine = LlamaCppEngine(path)
    try:
        res = engine.generate(Request.chat([{"role": "user", "content": "hi"}], max_tokens=8))
        assert res.outcome is Outcome.FAILED and "unsafe code" in (res.error or "")
        assert engine.count_tokens([{"role": "user", "content": "hi"}]) > 0  # counting falls back
    finally:
        engine.close()
    assert not marker.exists()


@pytest.mark.slow
def test_cli_with_the_hostile_model_still_answers_from_the_rules(evil_model: tuple[Path, Path]) -> None:
    path, marker = evil_model
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "actions",
            "-",
            "--date",
            "2026-11-18",
            "--model",
            str(path),
            "--json",
        ],
        input=b"Ann: Following up with the printer.\nBo: I'll send the budget by Friday.\n",
        capture_output=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert b"unsafe code" in out.stderr and b"Traceback" not in out.stderr
    assert b"Send the budget" in out.stdout
    assert not marker.exists()


def test_endless_output_is_capped(engine) -> None:
    res = engine.generate(
        Request.chat([{"role": "user", "content": "Count to one thousand."}], max_tokens=24)
    )
    assert res.ok and res.completion_tokens <= 24 and res.finish_reason == "length"
