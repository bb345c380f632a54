"""Matching and scoring for the quality benchmark (pure functions, no model).

Content words: lower-cased runs of letters/digits (``[^\\W_]+``), minus the
stop words below, with a light suffix strip (``-ing``, ``-ed``, ``-es``, ``-s``, then a final
``-e``) so "reviews"/"review" and "moved"/"move" meet.  Two items *match* when the F1 of their content
word sets is at least :data:`MATCH_F1` (0.35).  Matching is one-to-one and
**greedy**: all (predicted, gold) pairs at or above the threshold are sorted by
score (ties: earlier gold, then earlier prediction) and taken while both sides
are free.  Greedy and Hungarian agree on almost every real window; greedy is
deterministic and easy to explain.

ROUGE (``rouge_n``/``rouge_l``): tokens are lower-cased ``[^\\W_]+`` runs, no
stemming and no stop-word removal (as ``rouge-score`` without its stemmer);
ROUGE-1 counts clipped unigram overlaps, ROUGE-L uses the longest common
subsequence over the whole token sequences (summary-level, not per sentence).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MATCH_F1 = 0.35
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOP_WORDS = frozenset(
    """a an the to of for and or in on at by with from into about as is are was were be been being
    it its this that these those there here then than so if but not no yes do does did done doing
    i i'll ill me my mine we us our you your he him his she her they them their who whom which what
    will would shall should can could may might must have has had get got let lets make also just
    please all any some one up out over next after before via per re s t ll ve d m ok okay yeah
    going go gonna want need like well now very really""".split()
)


def tokens(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in tokens(text) if w not in STOP_WORDS}


def overlap_f1(a: str, b: str) -> float:
    """F1 of the content-word sets of two texts (0.0 when either has none)."""
    wa, wb = content_words(a), content_words(b)
    common = len(wa & wb)
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def match(
    predicted: Sequence[str], gold: Sequence[str], threshold: float = MATCH_F1
) -> list[tuple[int, int, float]]:
    """One-to-one greedy matching: ``(pred_index, gold_index, score)`` pairs."""
    pairs = [
        (s, g, p)
        for p, pt in enumerate(predicted)
        for g, gt in enumerate(gold)
        if (s := overlap_f1(pt, gt)) >= threshold
    ]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_p: set[int] = set()
    used_g: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for s, g, p in pairs:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        out.append((p, g, s))
    return sorted(out)


def _names(owner: str | None) -> set[str]:
    return {w for w in tokens(owner or "") if w not in {"and", "the", "team", "teams"}}


def same_owner(predicted: str | None, gold: str | None) -> bool:
    """Owners agree when a name token is shared ("Manu" ~ "manu sporny", "Brian" ~ "Brian and Manu")."""
    return bool(_names(predicted) & _names(gold))


@dataclass
class Counts:
    """Accumulated action-item figures for one system on some windows."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    owner_checked: int = 0
    owner_right: int = 0
    ungrounded: int = 0
    windows: int = 0
    seconds: list[float] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched
        self.owner_checked += other.owner_checked
        self.owner_right += other.owner_right
        self.ungrounded += other.ungrounded
        self.windows += other.windows
        self.seconds.extend(other.seconds)

    def figures(self) -> dict[str, float | int | None]:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        secs = sorted(self.seconds)
        return {
            "windows": self.windows,
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
            "owner_accuracy": round(self.owner_right / self.owner_checked, 3) if self.owner_checked else None,
            "items_per_gold": round(self.predicted / self.gold, 2) if self.gold else None,
            "ungrounded_share": round(self.ungrounded / self.predicted, 3) if self.predicted else 0.0,
            "mean_s": round(sum(secs) / len(secs), 3) if secs else None,
            "max_s": round(secs[-1], 3) if secs else None,
        }


def grounded(item: dict[str, object], text: str) -> bool:
    """An item is grounded when its quote is found in the input and its line exists."""
    quote = str(item.get("quote") or "").strip()
    line = item.get("source_line")
    n_lines = len(text.splitlines())
    if isinstance(line, int) and not 1 <= line <= n_lines:
        return False
    return bool(quote) and quote in text


def score_window(
    items: Sequence[dict[str, object]], gold: Sequence[dict[str, str]], text: str, seconds: float
) -> Counts:
    """Counts for one window: ``items`` carry task/owner/quote/source_line."""
    pairs = match([str(i.get("task") or "") for i in items], [g["task"] for g in gold])
    c = Counts(predicted=len(items), gold=len(gold), matched=len(pairs), windows=1, seconds=[seconds])
    for p, g, _ in pairs:
        if gold[g].get("owner"):
            c.owner_checked += 1
            c.owner_right += same_owner(str(items[p].get("owner") or ""), gold[g]["owner"])
    c.ungrounded = sum(not grounded(i, text) for i in items)
    return c


# ---------------------------------------------------------------- ROUGE


def _f(overlap: int, n_pred: int, n_ref: int) -> float:
    if not overlap or not n_pred or not n_ref:
        return 0.0
    p, r = overlap / n_pred, overlap / n_ref
    return 2 * p * r / (p + r)


def rouge_n(pred: str, ref: str, n: int = 1) -> float:
    def grams(t: list[str]) -> Counter[tuple[str, ...]]:
        return Counter(tuple(t[i : i + n]) for i in range(len(t) - n + 1))

    gp, gr = grams(tokens(pred)), grams(tokens(ref))
    return _f(sum((gp & gr).values()), sum(gp.values()), sum(gr.values()))


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def rouge_l(pred: str, ref: str) -> float:
    tp, tr = tokens(pred), tokens(ref)
    return _f(lcs_length(tp, tr), len(tp), len(tr))


def citation_supported(bullet: str, cited_lines: Iterable[str], min_share: float = 0.8) -> bool:
    """At least ``min_share`` of the bullet's content words occur in the cited lines."""
    words = content_words(bullet)
    if not words:
        return False
    evidence: set[str] = set()
    for line in cited_lines:
        evidence |= content_words(line)
    return len(words & evidence) / len(words) >= min_share
