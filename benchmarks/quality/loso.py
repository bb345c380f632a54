"""Leave-one-source-out evaluation for anything fitted on the dev set.

A figure measured on the windows a component was fitted on proves nothing,
so a fitted component (a learned scorer, thresholds, …) is fitted on all
sources but one and scored on the one left out, for each source in turn:

    from benchmarks.quality import dataset, loso

    def fit(train_records):            # -> any model object
        return train_my_scorer(train_records)

    def predict(model, record):        # -> [{owner, task, quote, source_line}]
        return extract_with(model, record["text"])

    report = loso.leave_one_source_out(dataset.load(), fit, predict)
    print(loso.markdown(report))

``fit`` never sees a record of the held-out source; ``predict`` is called once
per held-out window and timed.  Sources that share a project or conventions
can be held out together: ``group=dataset.family`` holds out every W3C source
at once, then every Ethereum source.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from benchmarks.quality.metrics import Counts, score_window

M = TypeVar("M")
Record = dict[str, Any]


def leave_one_source_out(
    records: Sequence[Record],
    fit: Callable[[list[Record]], M],
    predict: Callable[[M, Record], list[dict[str, object]]],
    group: Callable[[Record], str] = lambda r: str(r["source"]),
) -> dict[str, dict[str, float | int | None]]:
    """Figures per held-out source (or ``group``) and pooled over all held-out windows (``ALL``)."""
    names = sorted({group(r) for r in records})
    if len(names) < 2:
        raise ValueError("leave-one-source-out needs at least two sources")
    pooled = Counts()
    out: dict[str, dict[str, float | int | None]] = {}
    for held in names:
        train = [r for r in records if group(r) != held]
        test = [r for r in records if group(r) == held and r["gold_actions"]]
        model = fit(train)
        counts = Counts()
        for rec in test:
            t0 = time.perf_counter()
            items = predict(model, rec)
            counts.add(score_window(items, rec["gold_actions"], rec["text"], time.perf_counter() - t0))
        out[held] = counts.figures()
        pooled.add(counts)
    out["ALL"] = pooled.figures()
    return out


def markdown(report: dict[str, dict[str, float | int | None]]) -> str:
    rows = [
        "| held-out source | windows | P | R | F1 | owner acc. | items/gold |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, f in report.items():
        rows.append(
            f"| {key} | {f['windows']} | {f['precision']} | {f['recall']} | {f['f1']} | "
            f"{f['owner_accuracy']} | {f['items_per_gold']} |"
        )
    return "\n".join(rows)
