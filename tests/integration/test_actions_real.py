"""The action-item pipeline against the real embedded model."""

from datetime import date

from assistant.llm.llamacpp import LlamaCppEngine
from assistant.skills.actions import ActionExtractor
from assistant.skills.evaluate import Score, fixtures, score
from tests.conftest import TRANSCRIPTS


def test_quality_bar_with_the_embedded_model(engine: LlamaCppEngine) -> None:
    total = Score()
    used = 0
    for name, text, gold in fixtures(TRANSCRIPTS):
        result = ActionExtractor(engine).extract(text, date.fromisoformat(gold["meeting_date"]))
        used += result.model_used
        total.add(score(text, gold, result.action_items, name))
    assert used >= 12
    print("quality with the embedded model:", total.summary())
    assert total.ungrounded == [], total.ungrounded
    assert total.recall >= 0.8, total.missed
    assert total.precision >= 0.7, total.extra


def test_long_transcript_is_chunked_with_progress(engine: LlamaCppEngine) -> None:
    text = (TRANSCRIPTS / "planning_long.txt").read_text()
    # ~50k characters: the meeting five times over, as one long recording.
    long_text = "\n".join([text] * 5)
    progress: list[tuple[int, int]] = []
    result = ActionExtractor(engine).extract(long_text, date(2026, 11, 18), progress=lambda d, t: progress.append((d, t)))
    assert progress[-1][0] == progress[-1][1] >= 5
    assert result.prompt_tokens < result.transcript_tokens_est, "the model reads candidates, not everything"
    assert len(result.action_items) >= 15
