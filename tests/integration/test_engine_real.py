import threading
from pathlib import Path

import pytest

from assistant.errors import ModelError
from assistant.llm.base import Outcome, Request
from assistant.llm.llamacpp import LlamaCppEngine
from assistant.llm.loader import load_engine
from assistant.llm.models import embedded_model_path
from assistant.store import Store

SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "string", "maxLength": 40},
        "minutes": {"type": "integer"},
    },
    "required": ["title", "minutes"],
}


def chat(text: str, **kw: object) -> Request:
    return Request.chat([{"role": "user", "content": text}], **kw)


def test_info_reports_device_and_reason(engine: LlamaCppEngine) -> None:
    info = engine.info
    assert info.n_ctx >= 8192 and info.n_params > 100_000_000 and len(info.sha256) == 64
    assert info.device in ("CPU", "GPU")
    if info.device == "CPU":
        assert info.device_reason and info.gpu_layers == 0


def test_streams_text(engine: LlamaCppEngine) -> None:
    pieces: list[str] = []
    res = engine.generate(chat("Say hello in five words.", max_tokens=24), on_token=pieces.append)
    assert res.outcome is Outcome.FINISHED
    assert res.text == "".join(pieces) and res.text.strip()
    assert 0 < res.completion_tokens <= 24 and res.prompt_tokens > 5


def test_schema_output_is_valid_json(engine: LlamaCppEngine) -> None:
    res = engine.generate(chat("A quick pasta recipe.", schema=SCHEMA, max_tokens=80, temperature=0.0))
    assert res.outcome in (Outcome.FINISHED, Outcome.FAILED)
    if res.ok:
        assert isinstance(res.data["minutes"], int) and len(res.data["title"]) <= 40
    else:  # never an exception, never unvalidated data
        assert res.data is None and res.error


def test_cancel_within_one_token(engine: LlamaCppEngine) -> None:
    cancel = threading.Event()
    seen: list[str] = []

    def on_token(t: str) -> None:
        seen.append(t)
        if len(seen) == 5:
            cancel.set()

    res = engine.generate(
        chat("Count from one to a hundred.", max_tokens=400), on_token=on_token, cancel=cancel
    )
    assert res.outcome is Outcome.CANCELLED
    assert len(seen) == 5


def test_counts_tokens_and_refuses_overflow(engine: LlamaCppEngine) -> None:
    short = engine.count_tokens([{"role": "user", "content": "hello"}])
    assert 1 < short < 40
    huge = chat("word " * 9000, max_tokens=64)
    res = engine.generate(huge)
    assert res.outcome is Outcome.FAILED and "too long" in (res.error or "")
    assert engine.generate(chat("Hi", max_tokens=4)).outcome is Outcome.FINISHED  # still usable


def test_loader_caches_hash_and_records_calls(daybreak_home: Path) -> None:
    store = Store()
    try:
        eng = load_engine(store)
        try:
            first = eng.generate(chat("Name a fruit.", max_tokens=8, temperature=0.0))
            again = eng.generate(chat("Name a fruit.", max_tokens=8, temperature=0.0))
        finally:
            eng.close()
        assert again.cache_hit and again.text == first.text
        rows = list(store.db.query("select * from llm_calls"))
        assert len(rows) == 2 and rows[0]["model_sha256"] == eng.info.sha256
        assert rows[0]["ttft_s"] is not None and rows[0]["tokens_per_s"] >= 0
        assert next(iter(store.db.query("select count(*) n from file_hashes")))["n"] == 1
    finally:
        store.close()


def test_truncated_and_fake_gguf_are_clear_errors(tmp_path: Path) -> None:
    src = embedded_model_path()
    assert src is not None
    truncated = tmp_path / "truncated.gguf"
    with src.open("rb") as f:
        truncated.write_bytes(f.read(2_000_000))
    with pytest.raises(ModelError, match=r"damaged|incomplete"):
        LlamaCppEngine(truncated)
    renamed = tmp_path / "readme.gguf"
    renamed.write_text("not a model")
    with pytest.raises(ModelError, match="not a GGUF"):
        LlamaCppEngine(renamed)
