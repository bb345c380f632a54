"""The cut below which the app greys an action item comes from the pipeline that scores it."""

from __future__ import annotations

import pytest

from assistant.skills import action_scorer
from assistant.skills.confidence import RULES_LOW, is_low, low_confidence_cut


def test_the_scorer_decides_when_it_is_there() -> None:
    scorer = action_scorer.load()
    assert scorer is not None  # bundled with the package
    assert low_confidence_cut() == scorer.threshold
    assert is_low(scorer.threshold / 2) and not is_low(scorer.threshold)
    assert not is_low(None)  # saved before confidence existed


def test_without_the_scorer_the_rules_scale_applies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(action_scorer, "load", lambda: None)
    assert low_confidence_cut() == RULES_LOW == 0.5
    assert is_low(0.4) and not is_low(0.5)
