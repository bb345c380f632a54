"""Issue 16 item 1: crafted lines must not make any pattern that sees user text quadratic.

Parsing (and every skill pattern that runs over transcript or to-do text) is linear in the
input: the issue's shapes at full size, and a family of repeated-token shapes built from the
characters the patterns care about, each parse well inside the 5 s target for 2 MB.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

import pytest
from PySide6.QtCore import Qt

from assistant.skills import transcript
from benchmarks.crafted_inputs import deadline
from tests.reliability.test_inputs_and_load import STALL_BOUND_MS, Probe

#: The product target is < 5 s for any input up to the 2 MB limit; the shapes below are a
#: tenth of that or the full 2 MB, on a loaded shared machine.
TARGET_S = 5.0


def timed(fn: Callable[[], object], budget: float) -> float:
    start = time.perf_counter()
    with deadline(budget):
        fn()
    return time.perf_counter() - start


ISSUE_SHAPES = {
    "vtt_voice_200k": "<v x" * 50_000,
    "tags_2mb": "<a" * (transcript.MAX_BYTES // 2 - 8),
}

TOKENS = [
    "<v x",
    "<a",
    "<",
    " ",
    "\t",
    "\n",
    ":",
    "#",
    "# ",
    "**",
    "[",
    "(",
    "0:00 ",
    "1:00 -->",
    "- ",
    "> ",
    "A:",
]
PREFIXES = ["", "A", "# a", "Ann", "00:00", "**Ann", "action items and x", "<v Ann>"]


def _shapes(size: int) -> dict[str, str]:
    out = {}
    for prefix in PREFIXES:
        for token in TOKENS:
            out[f"{prefix!r}+{token!r}*"] = prefix + token * (size // len(token)) + "!"
    return out


@pytest.mark.parametrize("name", list(ISSUE_SHAPES))
def test_issue_shapes_parse_in_time(name: str) -> None:
    took = timed(lambda: transcript.parse(ISSUE_SHAPES[name]), TARGET_S)
    print(f"{name}: parse {took:.2f} s")


def test_every_repeated_token_shape_parses_linearly() -> None:
    # 100 KB each: a quadratic pattern needs 15 s or more here (the issue's 200 KB took 72 s),
    # linear parsing well under a second; the bound leaves room for a loaded shared machine.
    slow = {}
    for name, text in _shapes(100_000).items():
        try:
            took = timed(partial(transcript.parse, text), 6.0)
        except TimeoutError:
            took = float("inf")
        if took > 5.0:
            slow[name] = took
    assert not slow, f"shapes that parse too slowly: {slow}"


@pytest.mark.slow
@pytest.mark.parametrize("name", ["vtt_voice_200k", "tags_2mb", "spaces_heading"])
def test_gui_stays_responsive_on_crafted_lines(name: str, qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.summaries
    text = "# a" + " " * 200_000 + "b\nAnn: I'll send it" if name == "spaces_heading" else ISSUE_SHAPES[name]
    pane.text.setPlainText(text)
    qtbot.wait(50)
    probe = Probe()
    probe.start()
    ends: list[str] = []
    ctx.engine.job_ended.connect(lambda handle: ends.append(str(handle.outcome)))
    started = time.perf_counter()
    qtbot.mouseClick(pane.extract_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(ends), timeout=60_000)
    took = time.perf_counter() - started
    qtbot.wait(50)
    worst = probe.stop()
    print(f"{name}: extraction {took:.2f} s, worst event-loop lateness {worst:.0f} ms")
    assert took < 4 * TARGET_S
    assert worst < STALL_BOUND_MS, f"{name}: the UI thread was blocked for {worst:.0f} ms"


@pytest.mark.parametrize("gap", [" ", "\t", " ,"])
def test_rules_extraction_is_linear_on_long_space_runs(gap: str) -> None:
    from datetime import date

    from assistant.skills.actions import ActionExtractor

    # 100 KB of lines each holding a ~1,900-character run: the cue patterns that began with
    # "\s*" or "[,\s]+" rescanned the run from each of its positions (104 s before, 0.4 s now).
    line = "Ann: I'll send it" + gap * (1900 // len(gap)) + "x ok\n"
    took = timed(lambda: ActionExtractor(None).extract(line * 50, date(2026, 11, 18)), TARGET_S)
    print(f"space runs {gap!r}: extraction {took:.2f} s")
