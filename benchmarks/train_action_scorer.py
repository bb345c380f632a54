"""Fit the action-item scorer (:mod:`assistant.skills.action_scorer`) on the dev set.

    python -m benchmarks.train_action_scorer            # LOSO report, then fit on all and save
    python -m benchmarks.train_action_scorer --no-save  # the report only

Every sentence of every dev-set window is a training row: its features, and
label 1 when the task the pipeline would word from it matches a gold action
item of the window (the benchmark's own matching: content-word F1 ≥ 0.35).
The model is an L2-regularised logistic regression (numpy, full-batch
Newton steps: ~30k rows by ~100 features fit in a second).  The keep
threshold is the one that maximises F1 of the real pipeline's output on the
training windows.  Sources are weighted equally, so the largest one does
not decide alone.

Leave-one-source-out: for each source, fit and pick the threshold on the
others, then run the real pipeline with those weights on the held-out one.
Those are the figures to quote; the weights saved are fitted on every source.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import InputError
from assistant.skills import action_scorer, cues
from assistant.skills.action_scorer import Scorer
from assistant.skills.actions import ActionExtractor, ScoredUnit, analyse_units, kept_form, prepare
from assistant.skills.cues import Candidate
from benchmarks.quality import dataset, loso
from benchmarks.quality.metrics import MATCH_F1, overlap_f1

Record = dict[str, Any]
OUT = Path(__file__).resolve().parent.parent / "assistant" / "skills" / "data" / action_scorer.WEIGHTS_FILE
L2 = 2.0
#: Features seen fewer times than this in training get no weight (noise).
MIN_COUNT = 5


_ROWS: dict[str, list[tuple[ScoredUnit, int]]] = {}


def window_rows(record: Record) -> list[tuple[ScoredUnit, int]]:
    """(unit, label) for every sentence of a window; vetoed sentences are left out.
    Cached per record: leave-one-source-out fits on each window several times."""
    key = str(record["id"])
    if key not in _ROWS:
        _ROWS[key] = _window_rows(record)
    return _ROWS[key]


def _window_rows(record: Record) -> list[tuple[ScoredUnit, int]]:
    try:
        _, speech, names, cands, _ = prepare(record["text"])
    except InputError:
        return []
    golds = [g["task"] for g in record["gold_actions"]]
    rows = []
    for su in analyse_units(speech, cands, names):
        if su.vetoed or not su.task or cues.task_problem(su.task) or not kept_form(su):
            continue  # never kept by the pipeline, whatever its score
        label = int(any(overlap_f1(su.task, g) >= MATCH_F1 for g in golds))
        rows.append((su, label))
    return rows


def _fit_logistic(x: np.ndarray, y: np.ndarray, w_row: np.ndarray, l2: float) -> np.ndarray:
    beta = np.zeros(x.shape[1])
    reg = np.full(x.shape[1], l2)
    reg[0] = 0.0  # the bias is not shrunk
    for _ in range(25):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ beta, -30, 30)))
        grad = x.T @ (w_row * (p - y)) + reg * beta
        hess = (x * (w_row * p * (1 - p))[:, None]).T @ x + np.diag(reg + 1e-6)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-6:
            break
    return beta


def fit(records: list[Record], *, l2: float = L2) -> Scorer:
    """Weights and threshold from ``records`` (windows without gold actions are skipped)."""
    windows = [(r, window_rows(r)) for r in records if r["gold_actions"]]
    counts: dict[str, int] = {}
    for _, rows in windows:
        for su, _ in rows:
            for k in su.feats:
                counts[k] = counts.get(k, 0) + 1
    names = ["bias", *sorted(k for k, n in counts.items() if n >= MIN_COUNT and k != "bias")]
    index = {k: i for i, k in enumerate(names)}
    per_source: dict[str, int] = {}
    for r, rows in windows:
        per_source[r["source"]] = per_source.get(r["source"], 0) + len(rows)
    xs, ys, ws = [], [], []
    for r, rows in windows:
        weight = 1.0 / per_source[r["source"]] * sum(per_source.values()) / len(per_source)
        for su, label in rows:
            v = np.zeros(len(names))
            for k, val in su.feats.items():
                if k in index:
                    v[index[k]] = val
            xs.append(v)
            ys.append(label)
            ws.append(weight)
    x, y, w = np.array(xs), np.array(ys, dtype=float), np.array(ws)
    beta = _fit_logistic(x, y, w, l2)
    weights = {k: round(float(b), 4) for k, b in zip(names, beta, strict=True) if abs(b) > 1e-4}
    scorer = Scorer(weights, 0.5, 0.0, {})
    (threshold, veto), f1 = _best_threshold(scorer, windows)
    meta = {
        "trained_on": sorted(per_source),
        "rows": len(ys),
        "positives": int(y.sum()),
        "l2": l2,
        "train_f1_at_threshold": round(f1, 3),
    }
    return Scorer(weights, threshold, veto, meta)


def _best_threshold(
    scorer: Scorer, windows: list[tuple[Record, list[tuple[ScoredUnit, int]]]]
) -> tuple[tuple[float, float], float]:
    """The (threshold, veto) pair with the best F1 of the (deduplicated) kept sentences,
    pooled over these windows (one-to-one greedy matching, as the benchmark)."""
    prepared, n_gold = prepare_windows(scorer, windows)
    best = ((0.5, 0.0), 0.0)
    for t, v in GRID:
        f1 = _pooled_f1(Scorer(scorer.weights, t, v, {}), prepared, n_gold)[2]
        if f1 > best[1]:
            best = ((t, v), f1)
    return best


Prepared = list[list[tuple[float, "Candidate | None", list[tuple[float, int]]]]]


def prepare_windows(
    scorer: Scorer, windows: list[tuple[Record, list[tuple[ScoredUnit, int]]]]
) -> tuple[Prepared, int]:
    """Per window, each distinct task once: (probability, rule score, gold matches)."""
    prepared: Prepared = []
    n_gold = 0
    for r, rows in windows:
        golds = [g["task"] for g in r["gold_actions"]]
        n_gold += len(golds)
        seen: set[str] = set()
        units = []
        for su, _ in sorted(rows, key=lambda x: -scorer.prob(x[0].feats)):
            if su.task in seen:
                continue
            seen.add(su.task)
            pairs = [(f, g) for g, gold in enumerate(golds) if (f := overlap_f1(su.task, gold)) >= MATCH_F1]
            units.append((scorer.prob(su.feats), su.unit.cand, pairs))
        prepared.append(units)
    return prepared, n_gold


#: (threshold, veto) pairs tried; a veto above the threshold would mean nothing.
GRID = [(t / 100, v / 100) for t in range(3, 80) for v in (0, 1, 2, 3, 5, 8, 12, 20, 30) if v <= t]


def _pooled_f1(trial: Scorer, prepared: Prepared, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall, F1 of the kept sentences over all windows."""
    matched = predicted = 0
    for units in prepared:
        kept = [pairs for p, rule, pairs in units if trial.keeps(p, rule)]
        predicted += len(kept)
        pairs = sorted(
            ((f, g, i) for i, ps in enumerate(kept) for f, g in ps), key=lambda x: (-x[0], x[1], x[2])
        )
        used_p: set[int] = set()
        used_g: set[int] = set()
        for _, g, i in pairs:
            if i not in used_p and g not in used_g:
                used_p.add(i)
                used_g.add(g)
        matched += len(used_p)
    p = matched / predicted if predicted else 0.0
    r = matched / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict(scorer: Scorer, record: Record) -> list[dict[str, object]]:
    try:
        meeting = date.fromisoformat(record["meeting_date"])
    except ValueError:
        meeting = date(2000, 1, 1)
    try:
        result = ActionExtractor(None, scorer=scorer).extract(record["text"], meeting)
    except InputError:
        return []
    return [i.as_json() for i in result.action_items]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-save", action="store_true", help="print the LOSO report only")
    ap.add_argument("--l2", type=float, default=L2)
    args = ap.parse_args(argv)
    records = dataset.load()
    report = loso.leave_one_source_out(records, lambda rs: fit(rs, l2=args.l2), predict)
    print("Leave-one-source-out (fit on the other sources, scored on the one named):")
    print(loso.markdown(report))
    if args.no_save:
        return 0
    scorer = fit(records, l2=args.l2)
    scorer.meta["loso"] = {k: {m: v[m] for m in ("precision", "recall", "f1")} for k, v in report.items()}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(scorer.as_json(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"saved {OUT} (threshold {scorer.threshold}, {len(scorer.weights)} weights)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
