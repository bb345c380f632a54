"""Crafted inputs against every pattern that sees user text (issue 16 item 1).

    nice -n 5 .venv/bin/python -m benchmarks.crafted_inputs            # 100 KB sweep + 2 MB CLI runs
    nice -n 5 .venv/bin/python -m benchmarks.crafted_inputs --size 2000000 --only dates

Part 1 sweeps repeated-token shapes (the characters the patterns care about: digits,
separators, month and weekday words, "<a", "<v x", names…) through the functions in
``dates``, ``email``, ``recipes`` and ``notes`` that take user text, each under a SIGALRM
deadline, and prints the slowest.  A linear pattern handles 100 KB in milliseconds; a
quadratic one needs seconds, so the sweep finds them without timing asserts.

Part 2 runs the issue's shapes at the full 2 MB limit through the whole command-line
path (``daybreak actions - --no-model``, a fresh process each) and prints the wall time
against the 5 s target.  No figure here is a test: the machines are shared and noisy.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TODAY = date(2026, 11, 18)
NOW = datetime(2026, 11, 18, 9, 0).astimezone()

TOKENS = [
    "1", "12/", "1/1 ", "2026-", "2026-1-", "0:0", "12:", "at 5", "5 pm ", "1st ", "the 1", "by the ",
    "Jan ", "Jan 1 ", "1 Jan ", "of ", "next ", "this ", "coming ", "Monday ", "in ", "in 2 ",
    "within ", "days ", "from ", "end of ", " ", "\t", ",", ", ", "-", "'", "a", "A", "Ann ",
    "Ann Bo ", "for ", "ask ", "email Ann ", "tell Ann ", "remind Ann ", "reply ", "saying ",
    "to ", "about ", "and ", "<a", "<v x", "{", "{ ", ");", "1.5", "1/2", "wi fi ", "x-",
]  # fmt: skip
PREFIXES = ["", "Ann: ", "email Ann ", "ask Ann ", "reply ", "by ", "in ", "tomorrow "]


class Expired(TimeoutError):
    pass


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt a runaway regex (the re engine checks for signals while it works); the
    reliability tests use it too."""

    def expired(signum: int, frame: object) -> None:
        raise Expired(f"still running after {seconds} s")

    old = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def targets() -> dict[str, Callable[[str], object]]:
    """Every public function of the audited modules that takes free user text."""
    from assistant.skills import dates, email, notes, recipes

    return {
        "dates.find_due": lambda t: dates.find_due(t, TODAY),
        "dates.find_time": dates.find_time,
        "dates.parse_quick_add": lambda t: dates.parse_quick_add(t, NOW),
        "email.detect_kind": email.detect_kind,
        "email.extract_facts": lambda t: email.extract_facts(t, TODAY),
        "email.reply_facts": lambda t: email.reply_facts(t, t[:2000], TODAY),
        "email.reply_answer": email.reply_answer,
        "email.plain_message": email.plain_message,
        "recipes.parse_ingredients": recipes.parse_ingredients,
        "recipes.scale_quantity": lambda t: recipes.scale_quantity(t, 2.0),
        "recipes.forbidden_by": lambda t: recipes.forbidden_by(t, "vegetarian"),
        "notes.tokens": notes.tokens,
        "notes.joined_words": notes.joined_words,
        "notes.match_expression": notes.match_expression,
    }


def sweep(size: int, budget: float, only: str | None) -> list[tuple[float, str, str]]:
    rows = []
    for name, fn in targets().items():
        if only and only not in name:
            continue
        for prefix in PREFIXES:
            for token in TOKENS:
                text = prefix + token * (size // len(token)) + "!"
                start = time.perf_counter()
                try:
                    with deadline(budget):
                        fn(text)
                    took = time.perf_counter() - start
                except Expired:
                    took = float("inf")
                except Exception:  # a refusal (InputError…) is an answer, and fast
                    took = time.perf_counter() - start
                rows.append((took, name, f"{prefix!r}+{token!r}*"))
    rows.sort(reverse=True)
    return rows


CLI_SHAPES = {
    "'<a' * 1M (2 MB, one line)": lambda n: "<a" * (n // 2),
    "'<v x' * 500k (2 MB, one line)": lambda n: "<v x" * (n // 4),
    "digits, one line": lambda n: "7" * n,
    "dates, one line": lambda n: "2026-11-18 " * (n // 11),
    "'Ann: 12/' lines": lambda n: ("Ann: " + "12/" * 300 + "\n") * (n // 906),
    "spaces then a cue": lambda n: ("Ann: I'll send it" + " " * 1900 + "x\n") * (n // 1920),
    "'next Monday in 2 days by the 1st' lines": lambda n: (
        ("Bo: I'll " + "next Monday in 2 days by the 1st " * 30 + "\n") * (n // 1000)
    ),
    # One line of thousands of promises: attaching candidates to sentences once compared every
    # sentence with every candidate of the line (1.2 MB: 156 s, then 14.6 s; 2 MB: 31.7 s, then
    # 12.8 s once a turn's candidates are its own and the turn above is split once).
    "one line of promises said again": lambda n: (
        "Tom: " + "I still need to book the venue. I will do that this week. " * (n // 58)
    ),
    # Every line a new speaker who names the next: name lookups once cost (speakers x lines).
    "8,000 speakers naming each other": lambda n: "".join(
        f"Nick{i}: Nick{i - 1} will review PR {i} and can you check it Nick{i + 1}?\n" for i in range(8000)
    ),
    "8,000 IRC nicks naming each other": lambda n: "".join(
        f"[12:{i % 60:02d}:{i % 60:02d}] <nick{i}> nick{i - 1} will review PR {i}, can you check it nick{i + 1}?\n"
        for i in range(8000)
    ),
}


def cli_runs(size: int) -> list[tuple[str, float, int]]:
    out = []
    for name, make in CLI_SHAPES.items():
        data = make(size)[:size].encode()
        start = time.perf_counter()
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "assistant",
                "actions",
                "-",
                "--no-model",
                "--date",
                "2026-11-18",
                "--json",
            ],
            input=data,
            capture_output=True,
            timeout=600,
            env={**os.environ, "DAYBREAK_HOME": os.environ.get("DAYBREAK_HOME", "/tmp/daybreak-bench-home")},
        )
        out.append((name, time.perf_counter() - start, proc.returncode))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=100_000, help="bytes per swept shape (default 100 KB)")
    ap.add_argument("--budget", type=float, default=10.0, help="seconds before a shape counts as runaway")
    ap.add_argument("--only", help="only functions whose name contains this")
    ap.add_argument("--no-cli", action="store_true", help="skip the 2 MB command-line runs")
    args = ap.parse_args()
    rows = sweep(args.size, args.budget, args.only)
    print(f"## Sweep: {len(rows)} shapes of {args.size // 1000} KB; slowest ten")
    for took, name, shape in rows[:10]:
        print(f"{took:8.3f} s  {name:28} {shape}")
    if not args.no_cli:
        print("\n## `daybreak actions - --no-model` on 2 MB (target < 5 s, process start included)")
        for name, took, rc in cli_runs(2_000_000):
            print(f"{took:8.2f} s  rc={rc}  {name}")


if __name__ == "__main__":
    main()
