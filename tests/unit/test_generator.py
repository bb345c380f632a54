import threading

import pytest

from assistant.llm.base import MAX_TOKENS_CAP, Outcome, Request
from assistant.llm.fake import FakeEngine, Script
from assistant.store import Store
from assistant.store.records import StoreCallLog

SCHEMA = {
    "type": "object",
    "properties": {"n": {"type": "integer", "maximum": 10}},
    "required": ["n"],
}


def req(**kw: object) -> Request:
    return Request.chat([{"role": "user", "content": "hi"}], **kw)


def test_streams_tokens_and_finishes() -> None:
    gen = FakeEngine(Script(["Hello world, how are you?"]))
    pieces: list[str] = []
    res = gen.generate(req(), on_token=pieces.append)
    assert res.outcome is Outcome.FINISHED
    assert "".join(pieces) == res.text == "Hello world, how are you?"
    assert res.completion_tokens == len(pieces)
    assert res.ttft_s is not None and res.total_s >= res.ttft_s


def test_cancel_stops_within_one_token() -> None:
    gen = FakeEngine(Script(["x" * 400]))
    cancel = threading.Event()
    pieces: list[str] = []

    def on_token(t: str) -> None:
        pieces.append(t)
        if len(pieces) == 3:
            cancel.set()

    res = gen.generate(req(), on_token=on_token, cancel=cancel)
    assert res.outcome is Outcome.CANCELLED
    assert len(pieces) == 3


def test_schema_output_is_parsed_and_validated() -> None:
    ok = FakeEngine(Script(['{"n": 3}'])).generate(req(schema=SCHEMA))
    assert ok.outcome is Outcome.FINISHED and ok.data == {"n": 3}
    # The grammar would not stop this (maximum is one of the features it drops): validation does.
    bad = FakeEngine(Script(['{"n": 99}'])).generate(req(schema=SCHEMA))
    assert bad.outcome is Outcome.FAILED and "not valid" in (bad.error or "")
    broken = FakeEngine(Script(['{"n": '])).generate(req(schema=SCHEMA))
    assert broken.outcome is Outcome.FAILED


def test_max_tokens_is_capped() -> None:
    assert req(max_tokens=10**9).capped_max_tokens() == MAX_TOKENS_CAP
    assert req(max_tokens=0).capped_max_tokens() == 1
    res = FakeEngine(Script(["abcd" * 50])).generate(req(max_tokens=5))
    assert res.completion_tokens == 5 and res.finish_reason == "length"


def test_model_crash_mid_answer_is_a_failed_result_not_an_exception() -> None:
    res = FakeEngine(Script(["abcdefgh" * 5], fail_after=2)).generate(req())
    assert res.outcome is Outcome.FAILED and "scripted failure" in (res.error or "")


def test_overflow_is_refused_with_a_message() -> None:
    gen = FakeEngine(n_ctx=64)
    long = Request.chat([{"role": "user", "content": "word " * 400}])
    res = gen.generate(long)
    assert res.outcome is Outcome.FAILED and "too long" in (res.error or "")


def test_output_cache_and_metrics_in_the_store(store: Store) -> None:
    script = Script(['{"n": 1}', '{"n": 2}'])
    gen = FakeEngine(script, call_log=StoreCallLog(store))
    first = gen.generate(req(schema=SCHEMA))
    second = gen.generate(req(schema=SCHEMA))
    assert first.data == second.data == {"n": 1}
    assert second.cache_hit and not first.cache_hit
    assert len(script.calls) == 1  # the model ran once
    other = gen.generate(req(schema=SCHEMA, temperature=0.9))  # different params: a miss
    assert not other.cache_hit and other.data == {"n": 2}
    rows = list(store.db.query("select * from llm_calls order by id"))
    assert [r["cache_hit"] for r in rows] == [0, 1, 0]
    assert all(r["outcome"] == "finished" and r["model_sha256"] == "fake" for r in rows)
    assert rows[0]["completion_tokens"] > 0 and rows[0]["prompt_tokens"] > 0


def test_failed_and_cancelled_calls_are_not_cached(store: Store) -> None:
    script = Script(['{"n": 99}', '{"n": 4}'])
    gen = FakeEngine(script, call_log=StoreCallLog(store))
    assert gen.generate(req(schema=SCHEMA)).outcome is Outcome.FAILED
    assert gen.generate(req(schema=SCHEMA)).data == {"n": 4}


@pytest.mark.parametrize("use_cache", [False])
def test_cache_can_be_skipped(store: Store, use_cache: bool) -> None:
    script = Script(["a", "b"])
    gen = FakeEngine(script, call_log=StoreCallLog(store))
    gen.generate(req(use_cache=use_cache))
    assert gen.generate(req(use_cache=use_cache)).text == "b"
