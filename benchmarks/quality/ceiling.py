"""How much of the dev set's gold an extractive system could reach at all.

    python -m benchmarks.quality.ceiling

For every gold action item, the transcript line (speaker label off) whose content words
overlap it most, by the benchmark's own measure (content-word F1, :mod:`metrics`).  A gold
item with no line at 0.35 can only be matched by an item worded differently from every line
(a model's rewording, or an accident of overlap with a longer task); at 0.5 the line words it
plainly.  The shares are upper bounds on the recall of any pipeline that words its tasks from
single lines, before it picks a single wrong line.
"""

from __future__ import annotations

from collections import defaultdict

from benchmarks.quality import dataset
from benchmarks.quality.metrics import MATCH_F1, overlap_f1


def best_line(gold_task: str, lines: list[str]) -> float:
    return max((overlap_f1(line.split(":", 1)[-1], gold_task) for line in lines), default=0.0)


def ceiling(records: list[dict[str, object]]) -> dict[str, tuple[int, int, int]]:
    """Per source (and ``ALL``): (gold items, with a line at MATCH_F1, with a line at 0.5)."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for rec in records:
        lines = str(rec["text"]).splitlines()
        for gold in rec["gold_actions"]:  # type: ignore[attr-defined]
            best = best_line(gold["task"], lines)
            for key in (str(rec["source"]), "ALL"):
                out[key][0] += 1
                out[key][1] += best >= MATCH_F1
                out[key][2] += best >= 0.5
    return {k: (v[0], v[1], v[2]) for k, v in out.items()}


def main() -> None:
    rows = ceiling([r for r in dataset.load() if r["gold_actions"]])
    print(f"| source | gold | a line at F1 >= {MATCH_F1} | a line at F1 >= 0.5 |")
    print("|---|---|---|---|")
    for key in sorted(rows, key=lambda k: (k == "ALL", k)):
        n, at_match, at_half = rows[key]
        print(f"| {key} | {n} | {at_match} ({at_match / n:.0%}) | {at_half} ({at_half / n:.0%}) |")


if __name__ == "__main__":
    main()
