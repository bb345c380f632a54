"""Engine work must let the UI thread in: the engine defers full garbage collections while a
job runs (a full collection over a 2 MB transcript's objects held the GIL, and so froze the UI
thread, for 100-300 ms), and no single regex call reads a whole 1 MB line at once."""

from __future__ import annotations

import gc
import threading

import pytest

from ui.engine_worker import young_collections_only


def test_full_collections_deferred_and_restored() -> None:
    before = gc.get_threshold()
    with young_collections_only():
        young, middle, full = gc.get_threshold()
        assert (young, middle) == before[:2]  # young collections still run
        assert full > 1_000_000
        with young_collections_only():  # nested: the outer one restores
            assert gc.get_threshold()[2] == full
        assert gc.get_threshold()[2] == full
    assert gc.get_threshold() == before


def test_restored_after_a_failing_job() -> None:
    before = gc.get_threshold()
    with pytest.raises(ValueError), young_collections_only():
        raise ValueError("job failed")
    assert gc.get_threshold() == before


def test_overlapping_jobs_on_two_threads_restore_once_both_end() -> None:
    before = gc.get_threshold()
    entered, release = threading.Event(), threading.Event()

    def other() -> None:
        with young_collections_only():
            entered.set()
            release.wait(5)

    t = threading.Thread(target=other)
    with young_collections_only():
        t.start()
        assert entered.wait(5)
    assert gc.get_threshold()[2] > 1_000_000  # the other job still runs
    release.set()
    t.join(5)
    assert gc.get_threshold() == before


def test_an_engine_job_runs_with_full_collections_deferred(qtbot, make_app) -> None:
    from ui.engine_worker import Job

    ctx, _ = make_app()
    seen: list[object] = []
    ctx.engine.submit(
        Job("probe", lambda _g, _c: gc.get_threshold()[2], needs_model=False), success=seen.append
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert isinstance(seen[0], int) and seen[0] > 1_000_000
    assert gc.get_threshold()[2] < 1_000_000  # back once the job ended


def test_content_words_of_a_huge_line_are_the_same_words() -> None:
    from assistant.skills.actions import content_words

    line = "Ann: " + "blah " * 30_000 + "I'll send the report by Friday, Ümit."
    assert len(line) > 100_000  # read match by match, so the engine thread lets the UI thread in
    assert content_words(line) == content_words("Ann: blah I'll send the report by Friday, Ümit.")
