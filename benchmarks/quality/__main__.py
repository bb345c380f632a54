"""``python -m benchmarks.quality``: quality on the real-meeting dev set.

Prints and writes ``benchmarks/results/quality.md`` and ``quality.json``.

    python -m benchmarks.quality                      # every section, embedded model
    python -m benchmarks.quality --no-model           # rules only
    python -m benchmarks.quality --source w3c-ccg --limit 5 --sections actions
    python -m benchmarks.quality --no-model --sections whole   # whole spoken meetings (QMSum)

Sections are modules of this package listed in :data:`SECTIONS`; each has
``TITLE``, ``run(records, ctx) -> dict`` and ``markdown(result) -> list[str]``.
A listed module that does not exist yet is skipped with a note.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from benchmarks.quality import dataset
from benchmarks.quality.context import Context

#: Section modules, in report order; a missing one is skipped.
SECTIONS = ("actions", "summaries", "whole", "writing")
RESULTS = Path(__file__).resolve().parents[1] / "results"


def section_module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"benchmarks.quality.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"benchmarks.quality.{name}":
            return None
        raise


def load_model(no_model: bool) -> Context:
    if no_model:
        return Context(None, "none (--no-model)")
    # A private home: the benchmark must not touch the user's store or settings.
    os.environ.setdefault("DAYBREAK_HOME", tempfile.mkdtemp(prefix="daybreak-quality-"))
    from assistant.errors import KnownError
    from assistant.llm.loader import load_engine
    from assistant.store import Store

    try:
        gen = load_engine(Store())
    except KnownError as exc:
        print(f"no model: {exc}; running rules only", file=sys.stderr)
        return Context(None, f"none (could not load: {exc})")
    info = gen.info
    return Context(gen, f"{getattr(info, 'name', 'model')} ({info.n_params / 1e6:.0f}M parameters)")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.splitlines()[0])
    ap.add_argument("--source", help=f"one source of the set ({', '.join(dataset.sources())})")
    ap.add_argument("--limit", type=int, help="at most this many windows per source")
    ap.add_argument("--no-model", action="store_true", help="rules only: do not load the embedded model")
    ap.add_argument("--sections", default=",".join(SECTIONS), help="comma-separated sections to run")
    ap.add_argument(
        "--out", type=Path, default=RESULTS / "quality.md", help="Markdown report (JSON beside it)"
    )
    args = ap.parse_args(argv)

    try:
        records = dataset.load(args.source)
    except dataset.DatasetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.limit is not None:
        kept: dict[str, int] = {}
        records = [
            r
            for r in records
            if kept.setdefault(r["source"], 0) < args.limit
            and not kept.update({r["source"]: kept[r["source"]] + 1})
        ]
    wanted = [s.strip() for s in args.sections.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in SECTIONS]
    if unknown:
        print(
            f"error: unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}",
            file=sys.stderr,
        )
        return 2

    ctx = load_model(args.no_model)
    ctx.limit = args.limit
    started = time.perf_counter()
    report: dict[str, Any] = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "model": ctx.model_note,
        "windows": len(records),
        "sources": sorted({r["source"] for r in records}),
        "sections": {},
        "skipped": [],
    }
    md = [
        "# Quality on the real-meeting dev set",
        "",
        f"Run {report['date']} on {report['machine']}; model: {report['model']}; "
        f"{len(records)} windows from {', '.join(report['sources'])}. "
        "Set, licences and how to run: `docs/evaluation.md`.",
    ]
    try:
        for name in wanted:
            mod = section_module(name)
            if mod is None:
                report["skipped"].append(name)
                md += ["", f"## {name}", "", "Not measured: the section module is not in this build."]
                continue
            print(f"[{name}] {len(records)} windows …", file=sys.stderr, flush=True)
            result = mod.run(records, ctx)
            report["sections"][name] = result
            md += ["", f"## {mod.TITLE}", "", *mod.markdown(result)]
    finally:
        if ctx.generator is not None:
            ctx.generator.close()
    report["total_s"] = round(time.perf_counter() - started, 1)
    md += ["", f"Total time {report['total_s']} s."]
    text = "\n".join(md) + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
