"""Section ``whole``: summaries of whole spoken meetings against a person's summary.

The records are ``data/whole_meetings.jsonl`` (``build_whole``: AMI and ICSI
meetings from QMSum, 20 to 110k characters each), summarised whole, so the
long-input path (chunked map-reduce) is what is measured.  Scoring is the
``summaries`` section's (ROUGE against ``gold_summary``, citations checked),
reported per source and split: ``val`` is where changes may be tried, ``test``
is the held-out figure.  Nothing in Daybreak is fitted on either.  ``--source``
does not apply; ``--limit`` keeps that many meetings per source and split.
"""

from __future__ import annotations

from typing import Any

from benchmarks.quality import dataset, summaries
from benchmarks.quality.context import Context

TITLE = "Summaries of whole spoken meetings (QMSum: AMI, ICSI)"


def run(records: list[dict[str, Any]], ctx: Context) -> dict[str, Any]:
    del records  # the dev-set windows: this section has its own set
    picked: list[dict[str, Any]] = []
    seen: dict[str, int] = {}
    for rec in dataset.load_whole():
        key = f"{rec['source']} ({rec['split']})"
        if ctx.limit is not None and seen.get(key, 0) >= ctx.limit:
            continue
        seen[key] = seen.get(key, 0) + 1
        picked.append({**rec, "source": key})
    result = summaries.run(picked, ctx)
    result["sets"].pop("ALL human-gold", None)  # every record is human-gold: same as ALL
    return result


def markdown(result: dict[str, Any]) -> list[str]:
    lines = summaries.markdown(result)
    lines[0] = (
        f"System: {result['system']}. One record is one whole meeting; gold is the QMSum annotators' summary of "
        "it (no action lines, so the column with action items is shown for comparison only). ROUGE F1 is "
        "averaged over meetings."
    )
    return [line.replace("| windows |", "| meetings |") for line in lines]
