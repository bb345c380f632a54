"""Build the whole-meeting summary set in ``benchmarks/quality/data/whole_meetings.jsonl``.

Spoken meetings with a summary written by a person, scored whole (no 12k
windows), so the long-input path of the summariser is measured too:

* ``qmsum-ami``  AMI Meeting Corpus scenario meetings (a team designing a
  remote control; roles as speakers: "Project Manager", "Marketing", …).
* ``qmsum-icsi``  ICSI Meeting Corpus research-group meetings ("Professor B",
  "PhD A", …), 45 to 70k characters each.

Both come from the QMSum benchmark (Yale-LILY/QMSum, MIT licence; the AMI and
ICSI transcripts are CC BY 4.0).  Its annotators wrote a summary of each whole
meeting (the first general query, "Summarize the whole meeting."); that is the
gold.  Only the QMSum ``val`` and ``test`` splits are converted: ``val`` is for
trying changes, ``test`` is the held-out figure to quote.  QMSum's
parliamentary-committee meetings are left out (their licences are not stated
in the repository).

    python -m benchmarks.quality.build_whole --mirrors /work/.mirror

The transcripts' annotation marks (``{vocalsound}``, ``{disfmarker}``,
``{gap}``…) are removed and spaced punctuation, clitics and hyphens ("it 's",
"belief - net", tokenised that way in the ICSI part) are closed up, so the input reads
like a caption export; letters said on their own lose their mark ("T_V_" becomes "TV", "triple A_" "triple A").
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.quality.build_dataset import Repo, parse_args, write_jsonl

REPO = "Yale-LILY/QMSum"
COMMIT = "83d7768c1f2b4dfeb091385d3dc7e239b8e5bb7e"
DOMAINS = {"Product": "qmsum-ami", "Academic": "qmsum-icsi"}
SPLITS = ("val", "test")
LICENCE = (
    "MIT (QMSum annotations, https://github.com/Yale-LILY/QMSum/blob/main/LICENSE); "
    "AMI / ICSI Meeting Corpus transcripts CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"
)
OUT = Path(__file__).resolve().parent / "data" / "whole_meetings.jsonl"

_MARK = re.compile(r"\{(?:vocalsound|disfmarker|gap|pause|nonvocalsound|comment)\}")
_SPACED_PUNCT = re.compile(r"\s+(?=[.,?!;:](?:\s|$))")
_SPACED_CLITIC = re.compile(r"(?<=\w) (?=['’](?:s|S|re|m|ll|ve|d)\b)")  # ICSI: "it 's", "we 're"
_SPACED_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")  # ICSI: "belief - net", "close - talking"
_SPELLED = re.compile(r"(?<![A-Za-z0-9])([A-Za-z])_")  # a letter said on its own: "T_V_", "triple A_"
_WS = re.compile(r"\s{2,}")


def clean(content: str) -> str:
    """One QMSum turn as a caption line would read."""
    text = _MARK.sub(" ", content)
    text = _SPELLED.sub(r"\1", text)
    text = _WS.sub(" ", text).strip()
    text = _SPACED_PUNCT.sub("", text)
    text = _SPACED_HYPHEN.sub("-", _SPACED_CLITIC.sub("", text))
    return "" if re.fullmatch(r"[\W_]*", text) else text


def _summary(meeting: dict[str, Any]) -> str:
    for q in meeting.get("general_query_list") or []:
        if "decision" not in q["query"].lower():
            return str(q["answer"]).strip()
    return ""


def records(repo: Repo) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in repo.files():
        parts = path.split("/")
        if len(parts) != 4 or parts[0] != "data" or parts[1] not in DOMAINS or parts[2] not in SPLITS:
            continue
        meeting = json.loads(repo.read(path))
        lines = [
            f"{t['speaker'].strip()}: {c}"
            for t in meeting["meeting_transcripts"]
            if (c := clean(t["content"]))
        ]
        gold = _summary(meeting)
        if not lines or not gold:
            continue
        out.append(
            {
                "id": f"{DOMAINS[parts[1]]}/{parts[3].removesuffix('.json')}",
                "source": DOMAINS[parts[1]],
                "split": parts[2],
                "kind": "spoken",
                "text": "\n".join(lines),
                "gold_summary": gold,
                "gold_origin": "human",
                "provenance": {
                    "repo": REPO,
                    "path": path,
                    "commit": COMMIT,
                    "url": f"https://github.com/{REPO}/blob/{COMMIT}/{path}",
                    "licence": LICENCE,
                },
            }
        )
    return sorted(out, key=lambda r: (r["source"], r["split"], r["id"]))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv, __doc__ or "", OUT)
    try:
        recs = records(Repo(args.mirrors, REPO, COMMIT))
    except subprocess.CalledProcessError as exc:
        print(f"error: cannot read {REPO} at {COMMIT[:12]} under {args.mirrors}: {exc.stderr!r:.200}")
        return 2
    write_jsonl(recs, args.out)
    by: dict[tuple[str, str], int] = {}
    for r in recs:
        by[(r["source"], r["split"])] = by.get((r["source"], r["split"]), 0) + 1
    for (src, split), n in sorted(by.items()):
        print(f"{src} {split}: {n} meetings")
    print(f"wrote {len(recs)} records to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
