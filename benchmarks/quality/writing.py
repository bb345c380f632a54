"""Writing quality (issue 15): fact-checked drafts and grounded recipes on the embedded model.

A section of ``python -m benchmarks.quality`` (``TITLE``, ``run(records, ctx)``,
``markdown(result)``; the meeting records are not used) and runnable alone:

    python -m benchmarks.quality.writing              # embedded model
    python -m benchmarks.quality.writing --no-model   # templates only
    python -m benchmarks.quality.writing --limit 5

The requests in ``writing_data/`` were written before any tuning (see its README).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from assistant.skills import email, recipes
from assistant.skills.factcheck import SENTENCE_LIMITS, Fact, carries, count_sentences

TITLE = "Writing: fact-checked drafts and grounded recipes"
DATA = Path(__file__).resolve().parent / "writing_data"
RESULTS = Path(__file__).resolve().parents[1] / "results"
TODAY = date(2026, 11, 23)


def load(name: str) -> list[dict[str, Any]]:
    return [
        json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()
    ]


def facts_for(d: dict[str, Any]) -> email.EmailFacts:
    if d.get("email"):
        return email.reply_facts(d["email"], d["request"], TODAY, d["sender"])
    if d.get("meeting"):
        m = d["meeting"]
        return email.meeting_follow_up_facts(m["participants"], m["decisions"], m["actions"], d["sender"])
    return email.extract_facts(d["request"], TODAY, sender=d["sender"])


def _gold_fact(value: str) -> Fact:
    kind = (
        "name"
        if value[:1].isupper() and len(value.split()) <= 2 and not any(c.isdigit() for c in value)
        else "text"
    )
    return Fact("gold", value, kind)


def score_drafts(generator: Any, limit: int | None = None) -> dict[str, Any]:
    rows = []
    for d in load("drafts.jsonl")[:limit]:
        facts = facts_for(d)
        res = email.draft(generator, facts, tone=d["tone"], length=d["length"], request=d["request"])
        assert isinstance(res, email.DraftResult)  # not stopped
        text = res.text
        print(
            f"[writing] {d['id']} {getattr(res, 'source', '?')} {res.total_s:.1f} s",
            file=sys.stderr,
            flush=True,
        )
        gold_missing = [m for m in d["must"] if not carries(text, _gold_fact(m))]
        rows.append(
            {
                "id": d["id"],
                "kind": d["kind"],
                "kind_detected": facts.kind,
                "source": res.source,
                "attempts": res.attempts,
                "check_passed": res.check.passed,
                "invented": res.check.invented,
                "problems": res.check.problems,
                "gold_missing": gold_missing,
                "sentences": count_sentences(text),
                "within_length": count_sentences(text) <= SENTENCE_LIMITS[d["length"]],
                "ttft_s": res.ttft_s,
                "total_s": round(res.total_s, 3),
                "note": res.note,
            }
        )
    n = len(rows)
    ttfts = [r["ttft_s"] for r in rows if r["ttft_s"] is not None]
    totals = [r["total_s"] for r in rows if r["source"] != "template" or r["attempts"]]
    return {
        "n": n,
        "shown_pass_check": sum(r["check_passed"] for r in rows),
        "carry_gold_facts": sum(not r["gold_missing"] for r in rows),
        "nothing_invented": sum(not r["invented"] for r in rows),
        "no_placeholder": sum(not any("placeholder" in p for p in r["problems"]) for r in rows),
        "within_length": sum(r["within_length"] for r in rows),
        "kind_right": sum(r["kind"] == r["kind_detected"] for r in rows),
        "model_first_try": sum(r["source"] == "model" and r["attempts"] == 1 for r in rows),
        "model_second_try": sum(r["source"] == "model" and r["attempts"] == 2 for r in rows),
        "template_fallback": sum(r["source"] == "template" for r in rows),
        "ttft_median_s": round(statistics.median(ttfts), 3) if ttfts else None,
        "ttft_max_s": round(max(ttfts), 3) if ttfts else None,
        "total_median_s": round(statistics.median(totals), 3) if totals else None,
        "total_max_s": round(max(totals), 3) if totals else None,
        "rows": rows,
    }


def score_recipes(generator: Any, limit: int | None = None) -> dict[str, Any]:
    rows = []
    for d in load("recipes.jsonl")[:limit]:
        ask = recipes.RecipeAsk(d["have"], d["diet"], d["minutes"], 2)
        try:
            s = recipes.suggest(generator, ask)
            error = ""
        except Exception as exc:  # a raw error reaching the user is what this counts
            s, error = recipes.Suggestion([], ""), repr(exc)
        shown = s.recipes
        rows.append(
            {
                "id": d["id"],
                "shown": len(shown),
                "first": shown[0].title if shown else None,
                "valid": all(not recipes.recipe_problems(r, ask) for r in shown),
                "diet_ok": all(not recipes.diet_problems(r.ingredients, ask.diet) for r in shown),
                "time_ok": all(r.minutes <= ask.max_minutes for r in shown),
                "marked": all(
                    i.get("status") in ("have", "staple", "missing") for r in shown for i in r.ingredients
                ),
                "missing": shown[0].missing if shown else [],
                "note": s.note,
                "raw_error": error,
            }
        )
    return {
        "n": len(rows),
        "answered": sum(r["shown"] > 0 for r in rows),
        "plain_no_fit": sum(r["shown"] == 0 and bool(r["note"]) for r in rows),
        "recipes_shown": sum(r["shown"] for r in rows),
        "all_valid": sum(r["valid"] for r in rows),
        "diet_ok": sum(r["diet_ok"] for r in rows),
        "time_ok": sum(r["time_ok"] for r in rows),
        "marked": sum(r["marked"] for r in rows),
        "raw_errors": sum(bool(r["raw_error"]) for r in rows),
        "rows": rows,
    }


def run(records: list[dict[str, Any]], ctx: Any, limit: int | None = None) -> dict[str, Any]:
    """The section entry point; ``records`` (meeting windows) are not used here."""
    gen = getattr(ctx, "generator", None)
    return {"drafts": score_drafts(gen, limit), "recipes": score_recipes(gen, limit)}


def _pct(a: int, n: int) -> str:
    return f"{a}/{n} ({100 * a / n:.0f} %)" if n else "0/0"


def markdown(result: dict[str, Any]) -> list[str]:
    d, r = result["drafts"], result["recipes"]
    n = d["n"]
    out = [
        f"Drafts ({n} requests, `benchmarks/quality/writing_data/drafts.jsonl`, written before tuning):",
        "",
        "| measure | result |",
        "|---|---|",
        f"| drafts shown that pass the fact check | {_pct(d['shown_pass_check'], n)} |",
        f"| carry every hand-listed fact (`must`) | {_pct(d['carry_gold_facts'], n)} |",
        f"| nothing invented (name, date, time, amount, address, link) | {_pct(d['nothing_invented'], n)} |",
        f"| no placeholder | {_pct(d['no_placeholder'], n)} |",
        f"| within the length limit | {_pct(d['within_length'], n)} |",
        f"| kind recognised | {_pct(d['kind_right'], n)} |",
        f"| model draft kept, first try | {d['model_first_try']} |",
        f"| model draft kept, second try (new seed) | {d['model_second_try']} |",
        f"| template fallback | {d['template_fallback']} |",
        f"| first token, median / max | {d['ttft_median_s']} s / {d['ttft_max_s']} s |",
        f"| whole draft incl. check and retry, median / max | {d['total_median_s']} s / {d['total_max_s']} s |",
        "",
        f"Recipes ({r['n']} pantry/diet/time requests):",
        "",
        "| measure | result |",
        "|---|---|",
        f"| requests answered with a recipe | {_pct(r['answered'], r['n'])} |",
        f"| no fit, said in one plain line | {r['plain_no_fit']} |",
        f"| recipes shown (up to 3 per request) | {r['recipes_shown']} |",
        f"| requests whose recipes are all valid | {_pct(r['all_valid'], r['n'])} |",
        f"| diet respected | {_pct(r['diet_ok'], r['n'])} |",
        f"| within the time limit | {_pct(r['time_ok'], r['n'])} |",
        f"| every ingredient have / staple / marked missing | {_pct(r['marked'], r['n'])} |",
        f"| raw errors reaching the user | {r['raw_errors']} |",
    ]
    bad = [x for x in d["rows"] if not x["check_passed"] or x["gold_missing"]]
    if bad:
        out += ["", "Drafts that missed something:", ""]
        out += [f"- {x['id']}: missing {x['gold_missing']}; {x['problems']} {x['invented']}" for x in bad]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quality.writing", description=TITLE)
    ap.add_argument("--no-model", action="store_true", help="templates only")
    ap.add_argument("--limit", type=int, help="first N requests of each set")
    ap.add_argument("--out", type=Path, default=RESULTS / "quality_writing.md")
    args = ap.parse_args(argv)

    class Ctx:
        generator: Any = None
        model_note = "none (--no-model)"

    ctx = Ctx()
    if not args.no_model:
        os.environ.setdefault("DAYBREAK_HOME", tempfile.mkdtemp(prefix="daybreak-writing-"))
        from assistant.errors import KnownError
        from assistant.llm.loader import load_engine
        from assistant.store import Store

        try:
            ctx.generator = load_engine(Store())
            info = ctx.generator.info
            ctx.model_note = f"{info.name} ({info.n_params / 1e6:.0f}M parameters, {info.device})"
        except KnownError as exc:
            print(f"no model: {exc}; templates only", file=sys.stderr)
            ctx.model_note = f"none (could not load: {exc})"
    started = time.perf_counter()
    try:
        result = run([], ctx, args.limit)
    finally:
        if ctx.generator is not None:
            ctx.generator.close()
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = [
        f"# {TITLE}",
        "",
        f"Run {when} on {platform.machine()}, {os.cpu_count()} CPUs; model: {ctx.model_note}; "
        f"{time.perf_counter() - started:.0f} s.",
        "",
    ]
    text = "\n".join(head + markdown(result)) + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
