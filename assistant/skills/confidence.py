"""Where an action item's ``confidence`` counts as low (the app greys such items).

One place for the cut, so the pipeline that produces the number decides what it means.
With the learned scorer (:mod:`assistant.skills.action_scorer`), ``confidence`` is its
probability and the cut is the probability it keeps an item at on its own: an item below
it is there only because a rule's weaker cue ("we should…", "need to…") survived the
scorer's veto.  A plain commitment or request ("I'll send…", "Lena, can you…?") is kept by
design and carries at least the cut, so it is never greyed.  Without the scorer the rules' own scale applies (0.5 = a plain
first-person commitment; below that, hedged or with a weak cue).
"""

from __future__ import annotations

RULES_LOW = 0.5


def low_confidence_cut() -> float:
    """Items whose confidence is below this are shown as doubtful."""
    from assistant.skills import action_scorer

    scorer = action_scorer.load()
    return scorer.threshold if scorer is not None else RULES_LOW


def is_low(confidence: float | None) -> bool:
    """``None`` (an item saved before confidence existed) is not doubted."""
    return confidence is not None and float(confidence) < low_confidence_cut()
