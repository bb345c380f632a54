"""The engine's thread count for a shared desktop: cores - 1 by default, DAYBREAK_N_THREADS overrides."""

from __future__ import annotations

import pytest

from assistant.llm import llamacpp


@pytest.mark.parametrize(("cores", "threads"), [(1, 1), (2, 1), (4, 3), (8, 7), (16, 8), (64, 8)])
def test_default_leaves_one_core(cores: int, threads: int) -> None:
    assert llamacpp.default_threads(cores) == threads


def test_env_override_and_bad_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(llamacpp, "available_cores", lambda: 4)
    monkeypatch.delenv("DAYBREAK_N_THREADS", raising=False)
    assert llamacpp.configured_threads() == 3
    monkeypatch.setenv("DAYBREAK_N_THREADS", "2")
    assert llamacpp.configured_threads() == 2
    for bad in ("0", "-1", "many", ""):
        monkeypatch.setenv("DAYBREAK_N_THREADS", bad)
        assert llamacpp.configured_threads() == 3
