"""One draft and one recipe with the real embedded model: what is shown always passes its checks."""

from datetime import date

import pytest

from assistant.llm.llamacpp import LlamaCppEngine
from assistant.skills import email, recipes

pytestmark = pytest.mark.model

REQ = "Reschedule my 10 AM meeting with Sarah to Thursday, friendly, mention I'll send the slides beforehand"


def test_draft_shown_carries_every_fact(engine: LlamaCppEngine) -> None:
    facts = email.extract_facts(REQ, date(2026, 11, 23), sender="Alex")
    first = email.draft(engine, facts, tone="friendly", length="≤ 3 sentences", request=REQ, seed=11)
    assert isinstance(first, email.DraftResult)  # not stopped
    assert first.check.passed, first.check.reasons()
    assert first.source in ("model", "template") and (first.source == "model" or first.note)
    assert all(ok for _, ok in first.check.facts) and not first.check.invented
    assert first.text.startswith("Hi Sarah,") and first.text.rstrip().endswith("Alex")
    again = email.draft(engine, facts, tone="friendly", length="≤ 3 sentences", request=REQ, seed=12)
    assert isinstance(again, email.DraftResult)  # not stopped
    assert again.check.passed and again.seeds != first.seeds


def test_recipe_with_the_embedded_model_is_valid(engine: LlamaCppEngine) -> None:
    ask = recipes.RecipeAsk(["eggs", "spinach", "feta", "rice"], ["vegetarian"], 20, 2)
    result = recipes.suggest(engine, ask)
    assert result.ok
    for r in result.recipes:
        assert recipes.recipe_problems(r, ask) == []
