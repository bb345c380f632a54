"""The action-item pipeline against the real embedded model."""

import re
from datetime import date

from assistant.llm.llamacpp import LlamaCppEngine
from assistant.skills.actions import ActionExtractor
from assistant.skills.evaluate import Score, fixtures, grounded, score
from tests.conftest import TRANSCRIPTS


def test_quality_bar_with_the_embedded_model(engine: LlamaCppEngine) -> None:
    total = Score()
    for name, text, gold in fixtures(TRANSCRIPTS):
        result = ActionExtractor(engine).extract(text, date.fromisoformat(gold["meeting_date"]))
        total.add(score(text, gold, result.action_items, name))
    print("quality with the embedded model:", total.summary())
    assert total.ungrounded == [], total.ungrounded
    assert total.recall >= 0.8, total.missed
    assert total.precision >= 0.7, total.extra


def test_long_transcript_is_chunked_with_progress(engine: LlamaCppEngine, monkeypatch) -> None:
    # The trusted path sends every candidate to the model, so ~50k characters need many calls.
    monkeypatch.setenv("DAYBREAK_MODEL_TRUST", "high")
    text = (TRANSCRIPTS / "planning_long.txt").read_text()
    long_text = "\n".join([text] * 2)  # ~20k characters, one long recording
    progress: list[tuple[int, int]] = []
    result = ActionExtractor(engine).extract(
        long_text, date(2026, 11, 18), progress=lambda d, t: progress.append((d, t))
    )
    assert [d for d, _ in progress] == list(range(len(progress)))
    assert progress[-1][0] == progress[-1][1] >= 5
    # A trusted model also reads the lines the rules found nothing on (to recover what they
    # missed), so it reads about the transcript once, not once per candidate.
    assert result.prompt_tokens < 2 * result.transcript_tokens_est
    assert not any(re.search(r"\bL\d+\b|\(L|\?", i.task) for i in result.action_items), "prompt echoes"
    lines = long_text.split("\n")
    assert all(
        grounded(i, lines, ["Olivia", "Marcus", "Priyanka", "Tomás", "Amara"]) for i in result.action_items
    )


def test_borderline_lines_go_to_the_real_model(engine: LlamaCppEngine) -> None:
    text = (
        "Ann: Thanks all. I'll send the slides to the board by Friday.\n"
        "Bo: Following up with the printer about the banner quote.\n"
        "Cy: Great, talk soon.\n"
    )
    result = ActionExtractor(engine).extract(text, date(2026, 11, 18))
    assert result.model_used and result.prompt_tokens > 0 and result.model_error is None
    assert ("Ann", "Send the slides to the board", "2026-11-20") in [
        (i.owner, i.task, i.due) for i in result.action_items
    ]
    assert all(grounded(i, text.split("\n"), ["Ann", "Bo", "Cy"]) for i in result.action_items)


def test_trusted_path_with_the_real_model_stays_grounded(engine: LlamaCppEngine, monkeypatch) -> None:
    """Force the path a >=1B model takes (veto and rewording) through the real model:
    whatever the small model says, nothing ungrounded comes out."""
    monkeypatch.setenv("DAYBREAK_MODEL_TRUST", "high")
    total = Score()
    calls = 0
    for name, text, gold in fixtures(TRANSCRIPTS)[:6]:
        result = ActionExtractor(engine).extract(text, date.fromisoformat(gold["meeting_date"]))
        calls += result.model_used
        total.add(score(text, gold, result.action_items, name))
    print("trusted path with the embedded model:", total.summary())
    assert calls >= 5
    assert total.ungrounded == [], total.ungrounded
