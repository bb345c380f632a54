"""Issue 16 item 1 (rest): every pattern in ``dates``, ``email``, ``recipes`` and ``notes``
that sees user text is linear, and 2 MB crafted input goes through the whole
``actions --no-model`` path.

The shapes are a family (repeated tokens built from what the patterns look for, behind
prefixes that steer them), not the one example the review used.  A quadratic pattern
needs tens of seconds at 100 KB (``email.reply_facts`` on a body without "?": 30 s; its
request on a run of spaces: 40 s), linear code milliseconds; the deadline only stops a
runaway and is not a timing target (those are in ``benchmarks/crafted_inputs.py``).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from benchmarks.crafted_inputs import CLI_SHAPES, Expired, deadline, targets

TOKENS = [" ", "\t", "a", "12/", "2026-", "at 5", "Ann ", "<a", "{ ", "1/2"]
PREFIXES = ["", "reply ", "ask Ann ", "in "]


@pytest.mark.parametrize("name", sorted(targets()))
def test_user_text_functions_are_linear_on_crafted_shapes(name: str) -> None:
    fn = targets()[name]
    runaway = []
    for prefix in PREFIXES:
        for token in TOKENS:
            text = prefix + token * (100_000 // len(token)) + "!"
            try:
                with deadline(8.0):
                    fn(text)
            except Expired:
                runaway.append(f"{prefix!r}+{token!r}*")
            except Exception:  # a refusal is an answer
                pass
    assert not runaway, f"{name} ran away on: {runaway}"


@pytest.mark.slow
@pytest.mark.parametrize(
    "shape", ["'<a' * 1M (2 MB, one line)", "'<v x' * 500k (2 MB, one line)", "'Ann: 12/' lines"]
)
def test_two_mb_of_crafted_text_through_the_actions_command(shape: str) -> None:
    data = CLI_SHAPES[shape](2_000_000)[:2_000_000].encode()
    out = subprocess.run(
        [sys.executable, "-m", "assistant", "actions", "-", "--no-model", "--date", "2026-11-18", "--json"],
        input=data,
        capture_output=True,
        timeout=120,  # a runaway bound; the shapes took 72 s (200 KB) and >120 s before
    )
    assert out.returncode == 0, out.stderr[-500:]
    assert b"Traceback" not in out.stderr
