"""Section ``summaries``: ROUGE-1/ROUGE-L F1 against the human key points.

Gold is ``gold_summary`` (scribe summaries, decisions and action lines of
the minutes; the AI-drafted source is reported apart).  The system is
``assistant.skills.summarize.summarize(text, kind="meeting", ...)``; its
``tldr``, ``key_points``, ``decisions`` and ``open_questions`` texts joined
are the summary, and every bullet's cited lines are checked: a bullet is
supported when ≥ 80 % of its content words occur in the lines it cites.
When that module is not importable, the section scores today's baseline
(the one-line count from ``assistant.skills.summary.meeting_summary``) and
says so.
"""

from __future__ import annotations

import time
from typing import Any

from benchmarks.quality.context import Context, meeting_date
from benchmarks.quality.metrics import citation_supported, rouge_l, rouge_n

TITLE = "Summaries"


def _summarizer(ctx: Context) -> tuple[str, Any]:
    try:
        from assistant.skills.summarize import summarize  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        from assistant.skills.actions import ActionExtractor
        from assistant.skills.summary import meeting_summary

        extractor = ActionExtractor(None)

        def baseline(rec: dict[str, Any]) -> tuple[str, list[tuple[str, list[int]]], str]:
            line = meeting_summary(extractor.extract(rec["text"], meeting_date(rec)))
            return line, [], line

        return (
            "baseline: meeting_summary one-line count (assistant.skills.summarize not importable)",
            baseline,
        )

    def real(rec: dict[str, Any]) -> tuple[str, list[tuple[str, list[int]]], str]:
        out = summarize(
            rec["text"], kind="meeting", meeting_date=meeting_date(rec), generator=ctx.generator
        ).as_json()
        bullets: list[tuple[str, list[int]]] = []
        for key in ("key_points", "decisions", "open_questions"):
            for b in out.get(key) or []:
                if isinstance(b, dict):
                    bullets.append((str(b.get("text") or ""), [int(n) for n in b.get("lines") or []]))
                else:
                    bullets.append((str(b), []))
        text = "\n".join([str(out.get("tldr") or "")] + [b for b, _ in bullets])
        # The gold holds the minutes' action lines too ("Owner: task"); the second score adds ours.
        acts = [
            f"{a.get('owner') or ''}: {a.get('task') or ''}".strip(": ")
            for a in out.get("action_items") or []
        ]
        return text, bullets, "\n".join([text, *acts])

    return "assistant.skills.summarize" + (" + model" if ctx.with_model else " (no model)"), real


def run(records: list[dict[str, Any]], ctx: Context) -> dict[str, Any]:
    system, fn = _summarizer(ctx)
    per: dict[str, dict[str, list[float]]] = {}
    for rec in records:
        if not rec["gold_summary"].strip():
            continue
        t0 = time.perf_counter()
        text, bullets, with_actions = fn(rec)
        secs = time.perf_counter() - t0
        lines = rec["text"].splitlines()
        cited = [
            citation_supported(b, [lines[n - 1] for n in ns if 1 <= n <= len(lines)]) for b, ns in bullets
        ]
        keys = [rec["source"], "ALL"] + (["ALL human-gold"] if rec["gold_origin"] == "human" else [])
        for key in keys:
            s = per.setdefault(key, {"r1": [], "rl": [], "rl_act": [], "cited": [], "secs": []})
            s["r1"].append(rouge_n(text, rec["gold_summary"]))
            s["rl"].append(rouge_l(text, rec["gold_summary"]))
            s["rl_act"].append(rouge_l(with_actions, rec["gold_summary"]))
            s["cited"].extend(float(c) for c in cited)
            s["secs"].append(secs)

    def mean(v: list[float]) -> float | None:
        return round(sum(v) / len(v), 3) if v else None

    return {
        "system": system,
        "sets": {
            k: {
                "windows": len(v["r1"]),
                "rouge1_f": mean(v["r1"]),
                "rougeL_f": mean(v["rl"]),
                "rougeL_f_with_actions": mean(v["rl_act"]),
                "bullets": len(v["cited"]),
                "supported_share": mean(v["cited"]),
                "mean_s": mean(v["secs"]),
            }
            for k, v in per.items()
        },
    }


def markdown(result: dict[str, Any]) -> list[str]:
    lines = [
        f"System: {result['system']}. ROUGE F1 is averaged over windows (tokens: lower-cased words, no stemming). "
        "The summary scored is the TL;DR, key points, decisions and open questions; the gold also holds the "
        "minutes' action lines, so the next column adds the summary's action items (`Owner: task`).",
        "",
        "| set | windows | ROUGE-1 F1 | ROUGE-L F1 | ROUGE-L F1 with action items | bullets | supported by citations | mean s |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key in sorted(result["sets"], key=lambda k: (k.startswith("ALL"), k)):
        s = result["sets"][key]
        sup = "–" if s["supported_share"] is None else f"{s['supported_share']:.2f}"
        lines.append(
            f"| {key} | {s['windows']} | {s['rouge1_f']:.3f} | {s['rougeL_f']:.3f} | "
            f"{s['rougeL_f_with_actions']:.3f} | {s['bullets']} | {sup} | {s['mean_s']:.2f} |"
        )
    return lines
