"""A small learned scorer: which sentences of a meeting hold an action item.

The rules in :mod:`cues` find clauses with a commitment cue ("I'll…", "can
you…"), but on real meetings most action items are said without one ("the
next step is a separate repo for normalization") and most cue clauses are
chatter.  So every sentence of the transcript is a *unit*; each unit gets a
few dozen cheap features (the cue the rules found and its score, tense,
negation, questions, deadlines, work verbs, who speaks and how the next
speaker answers, where in the meeting it is) and a logistic model turns them
into the probability that the sentence words a task someone wrote down.

The weights are a small JSON file beside this module, fitted by
``benchmarks/train_action_scorer.py`` on the public dev set
(``benchmarks/quality/data``); that script reports leave-one-source-out
figures, because a number measured on the data it was fitted on proves
nothing.  Inference is pure Python: a dot product per sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from assistant.skills import commitments, cues
from assistant.skills.cues import Candidate
from assistant.skills.dates import find_due
from assistant.skills.transcript import Turn

WEIGHTS_FILE = "action_scorer.json"
#: The rules' own keep score (``actions.RULES_ONLY_THRESHOLD``).
RULES_KEEP = 2.0


@dataclass
class Unit:
    """One sentence of one turn, with the rule candidate found on it (if any)."""

    index: int  # index of the turn in the turn list
    turn: Turn
    sentence: str
    cand: Candidate | None


def _attached(
    sentence: str, line_cands: Sequence[Candidate], exact: dict[str, list[int]], ends: list[int]
) -> tuple[Candidate | None, list[Candidate]]:
    """The best candidate of a sentence, and the others that are units of their own."""
    at = exact.get(sentence, []) + [k for k in ends if line_cands[k].due_text.endswith(sentence)]
    # In candidate order, as a scan of them all would find them (max keeps the first).
    found = [line_cands[k] for k in sorted(at)]
    best = max(found, key=lambda c: c.score, default=None)
    if best is None or len(found) < 2:
        return best, []
    # "I can do that, I'll also check the permit": the reply takes its task from the request
    # above, and the sentence's own promise is a unit of its own; so is a second person's
    # ("Ann will evaluate the model and Bo will look at the segmentation").
    return best, [
        c
        for c in found
        if c is not best
        and c.task
        and c.task != best.task
        and strong(c)
        and (
            "reply" in best.reasons
            or (c.owner is not None and c.owner != best.owner)
            # "this week I will continue with the filtering and I- I will rerun the German
            # alignment": two promises, each said with its own "I will"
            or (
                c.kind == best.kind == "first"
                and _AND_I_WILL.search(sentence) is not None
                and not _words(c.task) & _words(best.task)
                # ("I will check the agreement and I'll get back to you": telling them is part of it)
                and not _REPORT_BACK.match(c.task)
                and not _REPORT_BACK.match(best.task)
            )
        )
    ]


_AND_I_WILL = re.compile(
    # ("…and then, uh, I will rerun it": with the fillers of speech; "I want to", asked for one's
    # plans, is a promise too: cues.py reads it as one)
    r"\band,?\s+(?:then\s*,?\s+|also\s+)?(?:(?:uh|um|ehm|eh),?\s+)?(?:i-\s+)?i\s*(?:['’]ll|\s+will|['’]m\s+going\s+to|"
    r"\s+am\s+going\s+to|\s+(?:want|plan|intend)\s+to|\s+(?:would|['’]d)\s+like\s+to)\b",
    re.I,
)
_REPORT_BACK = re.compile(
    r"^(?:get|come|report|write)\s+back\b|^(?:follow|circle|loop)\s+(?:up|back)\b|^let\s+\S+\s+know\b|^keep\s+\S+\s+posted\b",
    re.I,
)
_FUNCTION = frozenset("the a an and or to of for with on in at by it this that".split())


def _words(task: str) -> set[str]:
    """A task's words but the verb and the little ones: what it is about."""
    return {w for w in task.lower().split()[1:] if w not in _FUNCTION}


def units(turns: Sequence[Turn], cands: Sequence[Candidate]) -> list[Unit]:
    """Every sentence of every turn; a rule candidate is attached to the sentence it came from."""
    # A candidate belongs to its turn (a long line is read as several turns; a line's thousand
    # candidates were once offered to each of them); one whose turn is not in ``turns`` goes
    # by its line number.
    here = {id(t) for t in turns}
    by_line: dict[int, list[Candidate]] = {}
    by_turn: dict[int, list[Candidate]] = {}
    for c in cands:
        if id(c.turn) in here:
            by_turn.setdefault(id(c.turn), []).append(c)
        else:
            by_line.setdefault(c.line, []).append(c)
    out: list[Unit] = []
    for i, turn in enumerate(turns):
        line_cands = by_turn.get(id(turn), []) + by_line.get(turn.line, [])
        said = cues.sentences(turn.text)
        # Candidates by their sentence; a reply's due_text is "<request sentence> <own
        # sentence>" and is matched by its end.  Indexed, because one 1 MB line holding
        # thousands of promises compared every sentence with every candidate (minutes).
        whole = set(said)
        exact: dict[str, list[int]] = {}
        ends: list[int] = []
        for k, c in enumerate(line_cands):
            if c.due_text in whole:
                exact.setdefault(c.due_text, []).append(k)
            else:
                ends.append(k)
        memo: dict[str, tuple[Candidate | None, list[Candidate]]] = {}  # a sentence said again
        for sentence in said:
            if not cues.speechlike(sentence):
                continue
            if sentence not in memo:
                memo[sentence] = _attached(sentence, line_cands, exact, ends)
            best, extra = memo[sentence]
            out.append(Unit(i, turn, sentence, best))
            out.extend(Unit(i, turn, sentence, c) for c in extra)
    return out


_W = re.compile(r"[^\W_]+", re.UNICODE)

# Matched case-sensitively against the lower-cased sentence: Python's re is about three
# times faster on lower-case literals than with re.I (25 patterns on every sentence).
_LEX: dict[str, re.Pattern[str]] = {
    name: re.compile(pattern)
    for name, pattern in {
        "i_will": r"\b(?:i\s*['’]?ll|i\s+will|i\s*['’]?m\s+going\s+to|i\s+am\s+going\s+to|i\s*['’]?m\s+gonna)\b",
        "i_can": r"\b(?:i\s+can|i\s+could|let\s+me|i\s+volunteer|i\s*['’]?m\s+happy\s+to|i\s+(?:will|can)\s+try)\b",
        "i_want": r"\b(?:i\s+(?:want|plan|hope|intend)\s+to|i\s*['’]?d\s+like\s+to)\b",
        "we_will": r"\b(?:we\s*['’]?ll|we\s+will|we\s*['’]?re\s+going\s+to|we\s+are\s+going\s+to)\b",
        "we_need": r"\b(?:we\s+(?:need|have|ought)\s+to|we\s+(?:should|must))\b",
        "lets": r"\blet\s*['’]?s\b|\blet\s+us\b",
        "you_req": r"\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b",
        "you_should": r"\byou\s+(?:should|need\s+to|have\s+to|must)\b",
        "someone": r"\b(?:someone|somebody|anyone|volunteers?|who\s+(?:can|will|wants))\b",
        "modal": r"\b(?:should|need\s+to|needs\s+to|must|have\s+to|has\s+to|ought\s+to)\b",
        "future": r"\b(?:will|['’]ll|going\s+to|gonna|plan\s+to)\b",
        "action_word": r"\b(?:action(?:\s+items?)?|to-?dos?|follow[\s-]?ups?|next\s+steps?|assign(?:ed)?|owner|take\s+(?:it|that|this)\s+on)\b",
        "work_verb": r"\b(?:send|write|draft|review|update|create|prepare|publish|schedule|set\s+up|email|reach\s+out|"
        r"contact|ping|check|fix|add|merge|open|file|raise|propose|document|share|look\s+into|investigate|"
        r"coordinate|organi[sz]e|put\s+together|circulate|test|implement|submit|post|ask|talk\s+to|"
        r"follow\s+up|finish|complete|run|move|split|write\s+up|make\s+sure|figure\s+out|reach|invite|"
        r"summari[sz]e|collect|gather|edit|resolve|close|release|deploy|announce|respond|reply|notify)\b",
        "issue_ref": r"\b(?:issue|pr|pull\s+request|ticket|repo(?:sitory)?|spec(?:ification)?|draft|doc(?:ument)?|"
        r"proposal|eip|list|mailing\s+list|wiki|page|blog|agenda)\b|#\d+",
        "time_word": r"\b(?:today|tomorrow|tonight|this\s+week|next\s+week|next\s+call|next\s+meeting|by\s+\w+day|"
        r"monday|tuesday|wednesday|thursday|friday|end\s+of|before\s+the|after\s+the|asap|soon)\b",
        "past": r"\b(?:already|yesterday|last\s+(?:week|time|call|meeting)|did|was|were|had|have\s+been|has\s+been)\b",
        "opinion": r"\b(?:i\s+think|i\s+guess|i\s+feel|i\s+believe|in\s+my\s+opinion|it\s+seems|i\s+agree|"
        r"i\s+don\s*['’]?t\s+think|not\s+sure|maybe|perhaps|probably)\b",
        "negation": r"\b(?:not|never|no|n['’]t|cannot)\b",
        "hedge": r"\b(?:might|may|could|possibly|eventually|at\s+some\s+point|if\s+(?:we|you|needed|possible))\b",
        "thanks": r"^\W*(?:thanks|thank\s+you|great|cool|nice|awesome|ok(?:ay)?|yes|yeah|right|sure|\+1|-1|good)\b",
        "explain": r"\b(?:because|since|so\s+that|which\s+means|for\s+example|e\.g\.|basically|the\s+reason)\b",
        "decision": r"\b(?:agreed|decided|decision|consensus|resolved|approve[ds]?|accept(?:ed)?)\b",
    }.items()
}

_ACK_NEXT = re.compile(
    rf"^\W*{cues.ADDRESSED}(?:\+1|ack|roger|sgtm|sure|sounds?\s+good|ok(?:ay)?|yes|yep|yeah|agreed|will\s+do|great|thanks|thank\s+you|works\s+for\s+me|"
    r"that\s+would\s+be\s+great|please\s+do|perfect)\b",
    re.I,
)


def _bucket(n: int, edges: Sequence[int]) -> int:
    for i, e in enumerate(edges):
        if n < e:
            return i
    return len(edges)


def features(
    unit_list: Sequence[Unit], turns: Sequence[Turn], checkpoint: Callable[[], None] | None = None
) -> list[dict[str, float]]:
    """Features for every unit of one transcript (context features need the whole list).

    ``checkpoint`` is called every 1,000 units (long transcripts: cancel, GC housekeeping)."""
    n_units = max(1, len(unit_list))
    speaker_turns = Counter(t.speaker for t in turns if t.speaker)
    total_turns = max(1, sum(speaker_turns.values()))
    top_speaker = speaker_turns.most_common(1)[0][0] if speaker_turns else None
    # How often a content word recurs in the window: topical sentences reuse them.
    doc_freq: Counter[str] = Counter()
    unit_words: list[set[str]] = []
    for u in unit_list:
        words = {w.lower() for w in _W.findall(u.sentence) if len(w) > 3}
        unit_words.append(words)
        doc_freq.update(words)
    out: list[dict[str, float]] = []
    for k, u in enumerate(unit_list):
        if checkpoint is not None and k % 1000 == 999:
            checkpoint()
        s = u.sentence
        f: dict[str, float] = {"bias": 1.0}
        f[f"len_{_bucket(len(s.split()), (4, 8, 14, 25, 40))}"] = 1.0
        low = s.lower()
        for name, pat in _LEX.items():
            if pat.search(low):
                f[name] = 1.0
        if s.rstrip().endswith("?"):
            f["question"] = 1.0
        if commitments.is_meeting_talk(s):
            f["meeting_talk"] = 1.0
        if find_due(s, _ANY_DAY) is not None:
            f["due"] = 1.0
        if re.search(r"\d", s):
            f["digit"] = 1.0
        if re.search(r"https?://|www\.", s):
            f["link"] = 1.0
        c = u.cand
        if c is not None:
            f["cand"] = 1.0
            f[f"cue_{c.kind}"] = 1.0
            f["cue_score"] = max(-2.0, min(4.0, c.score)) / 4
            for reason in c.reasons:
                if reason != c.kind:
                    f[f"why_{reason}"] = 1.0
            if c.owner:
                f["cand_owner"] = 1.0
        # Who is speaking and what comes next.
        share = speaker_turns.get(u.turn.speaker, 0) / total_turns if u.turn.speaker else 0.0
        f["speaker_share"] = share
        if u.turn.speaker is not None and u.turn.speaker == top_speaker:
            f["top_speaker"] = 1.0
        nxt = turns[u.index + 1] if u.index + 1 < len(turns) else None
        if nxt is not None and nxt.speaker != u.turn.speaker and _ACK_NEXT.match(nxt.text):
            f["next_ack"] = 1.0
        prev = turns[u.index - 1] if u.index > 0 else None
        if prev is not None and prev.speaker != u.turn.speaker and prev.text.rstrip().endswith("?"):
            f["prev_question"] = 1.0
        last_sentence = k + 1 == len(unit_list) or unit_list[k + 1].index != u.index
        if last_sentence:
            f["turn_end"] = 1.0
        pos = k / n_units
        f[f"pos_{_bucket(int(pos * 10), (1, 3, 7, 9))}"] = 1.0
        # No word-identity features: fitted on the dev set they reached F1 0.26 on the
        # sources they saw and 0.03 on a held-out one (they learn each project's topics).
        words_here = unit_words[k]
        if words_here:
            recur = sum(1 for w in words_here if doc_freq[w] > 1) / len(words_here)
            f["recurring"] = recur
        out.append(f)
    return out


_ANY_DAY = __import__("datetime").date(2000, 1, 3)


#: Cues that put one person to work: "I'll…", "can you…", "Raj will…", "Action item:".
_STRONG_KINDS = frozenset({"first", "you", "named", "vocative", "marker", "section"})
#: What the rules saw that makes a cue doubtful.
_DOUBTS = frozenset({"past", "question", "conditional", "state-verb", "thin"})


def strong(cand: Candidate) -> bool:
    """A plain commitment or request with nothing doubtful about it ("I'll send the
    deck", "Lena, can you run the migration?", a group task with a date): always an item for the user, whatever
    the scorer says.  On real minutes most of these are not written down (precision
    ~0.05 on the dev set), but a person who heard them would expect to see them."""
    if cand.score < RULES_KEEP or _DOUBTS & set(cand.reasons):
        return False
    # "Everyone needs to update the close dates before Friday": a group task with a date.
    return (
        cand.kind in _STRONG_KINDS
        or (cand.kind in ("we", "need", "follow") and "deadline" in cand.reasons)
        # "Who can ping them?" / "me": a task put to the room that someone took.
        or (cand.kind == "someone" and "taken" in cand.reasons)
        # "we should write up the proposal" / "I can take that": the reply takes it on.
        or (cand.kind == "ack" and "volunteer" in cand.reasons)
    )


@dataclass(frozen=True)
class Scorer:
    """A logistic model over sparse features, with the threshold chosen when it was fitted."""

    weights: dict[str, float]
    #: A sentence at or above this probability is an item.
    threshold: float
    #: A sentence the rules keep (a cue scoring RULES_ONLY_THRESHOLD or more) stays an
    #: item unless its probability is below this (the scorer's veto).
    veto_below: float
    meta: dict[str, Any]

    def prob(self, feats: dict[str, float]) -> float:
        z = sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, prob: float, cand: Candidate | None) -> bool:
        """Whether a sentence becomes an item: the scorer is sure enough; or the rules keep
        it and the scorer does not veto it; or it is a plain commitment (never vetoed)."""
        if prob >= self.threshold or (cand is not None and strong(cand)):
            return True
        return cand is not None and cand.score >= RULES_KEEP and prob >= self.veto_below

    def as_json(self) -> dict[str, Any]:
        return {
            "weights": self.weights,
            "threshold": self.threshold,
            "veto_below": self.veto_below,
            "meta": self.meta,
        }

    @staticmethod
    def from_json(doc: dict[str, Any]) -> Scorer:
        return Scorer(
            weights={str(k): float(v) for k, v in doc["weights"].items()},
            threshold=float(doc["threshold"]),
            veto_below=float(doc.get("veto_below", 0.0)),
            meta=dict(doc.get("meta", {})),
        )


@cache
def load() -> Scorer | None:
    """The bundled weights, or ``None`` when the file is missing (rules decide alone)."""
    try:
        text = resources.files("assistant.skills").joinpath("data", WEIGHTS_FILE).read_text("utf-8")
    except FileNotFoundError:
        return None
    return Scorer.from_json(json.loads(text))
