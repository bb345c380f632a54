"""Scoring action-item extraction against hand-written gold items.

Used by the quality tests and ``benchmarks/``; also handy for anyone trying a
new model: ``python -m benchmarks.quality --model my.gguf``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.skills.actions import ActionItem, supported
from assistant.skills.transcript import parse, speakers, split_lines


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    owner_checked: int = 0
    owner_right: int = 0
    due_checked: int = 0
    due_right: int = 0
    ungrounded: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in (
            "gold",
            "predicted",
            "matched",
            "owner_checked",
            "owner_right",
            "due_checked",
            "due_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.ungrounded += other.ungrounded
        self.missed += other.missed
        self.extra += other.extra

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 1.0

    def summary(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "recall": round(self.recall, 3),
            "precision": round(self.precision, 3),
            "owner_accuracy": round(self.owner_right / self.owner_checked, 3) if self.owner_checked else None,
            "due_accuracy": round(self.due_right / self.due_checked, 3) if self.due_checked else None,
            "ungrounded": len(self.ungrounded),
        }


def _same_owner(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return a == b
    a, b = a.lower(), b.lower()
    return a == b or a.split()[0] == b.split()[0]


def grounded(item: ActionItem, lines: list[str], names: Sequence[str] = ()) -> bool:
    """The quote is that line verbatim, and the task's words are on it or the lines
    beside it (participants' names count: "send you" said to Ben is "send Ben")."""
    if not 1 <= item.source_line <= len(lines) or lines[item.source_line - 1] != item.quote:
        return False
    lo, hi = max(0, item.source_line - 3), min(len(lines), item.source_line + 2)
    return supported(item.task, " ".join([*lines[lo:hi], *names]), min_ratio=0.6)


def score(text: str, gold: dict[str, Any], items: list[ActionItem], name: str = "") -> Score:
    lines = split_lines(text)
    names = speakers(parse(text))
    s = Score(gold=len(gold["items"]), predicted=len(items))
    used: set[int] = set()
    for g in gold["items"]:
        match = next((i for i, p in enumerate(items) if i not in used and p.source_line in g["lines"]), None)
        if match is None:
            s.missed.append(f"{name}: {g['task']} (lines {g['lines']})")
            continue
        used.add(match)
        s.matched += 1
        p = items[match]
        if g.get("owner"):
            s.owner_checked += 1
            s.owner_right += _same_owner(p.owner, g["owner"])
        if "due" in g:
            s.due_checked += 1
            s.due_right += p.due == g["due"]
    for i, p in enumerate(items):
        if i not in used:
            s.extra.append(f"{name}: L{p.source_line} {p.owner}: {p.task}")
        if not grounded(p, lines, names):
            s.ungrounded.append(f"{name}: L{p.source_line} {p.task!r} / {p.quote!r}")
    return s


def fixtures(folder: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, transcript text, gold) for each ``X.gold.json`` beside its transcript."""
    out = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        transcript = next(p for p in folder.iterdir() if p.stem == stem and not p.name.endswith(".json"))
        raw = transcript.read_bytes().decode("utf-8")
        out.append((stem, raw, json.loads(gold_path.read_text(encoding="utf-8"))))
    return out
