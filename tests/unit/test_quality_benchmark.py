"""The quality benchmark: matcher, metrics, dev-set loader, end-to-end run."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from benchmarks.quality import __main__ as bench
from benchmarks.quality import dataset, loso
from benchmarks.quality.actions import keyword_baseline, rendered
from benchmarks.quality.metrics import (
    citation_supported,
    content_words,
    grounded,
    match,
    overlap_f1,
    rouge_l,
    rouge_n,
    same_owner,
    score_window,
)

# ---------------------------------------------------------------- matcher


def test_content_words_drop_stop_words_and_plural() -> None:
    assert content_words("I will send the reports to Bob") == {"send", "report", "bob"}


def test_overlap_f1_values() -> None:
    assert overlap_f1("send the report", "send report") == 1.0
    assert overlap_f1("send the report", "fix the build") == 0.0
    # {review, contract} vs {review, contract, friday}: P 1, R 2/3 -> 0.8
    assert overlap_f1("review the contract", "review contract by Friday") == pytest.approx(0.8)


def test_matching_is_one_to_one() -> None:
    gold = ["send the budget report to finance"]
    predicted = ["send budget report", "send the budget report to finance today"]
    pairs = match(predicted, gold)
    assert len(pairs) == 1
    assert pairs[0][0] == 1  # the better of the two predictions takes the gold item


def test_matching_greedy_takes_best_pairs_first() -> None:
    gold = ["update the wiki page", "update the wiki page for the release notes"]
    predicted = ["update wiki page release notes", "update wiki page"]
    pairs = {(p, g) for p, g, _ in match(predicted, gold)}
    assert pairs == {(0, 1), (1, 0)}


def test_below_threshold_is_no_match() -> None:
    assert match(["schedule a call with the vendor"], ["write the migration guide"]) == []


def test_owner_accuracy_and_grounding() -> None:
    text = "Alice: I'll send the report by Friday.\nBob: Sure, and I will fix the login bug."
    gold = [{"owner": "Alice", "task": "send the report"}, {"owner": "Bob", "task": "fix the login bug"}]
    items: list[dict[str, object]] = [
        {
            "owner": "Bob",
            "task": "send the report",
            "quote": "I'll send the report by Friday.",
            "source_line": 1,
        },
        {"owner": "Bob", "task": "fix login bug", "quote": "I will fix the login bug.", "source_line": 2},
        {"owner": "Bob", "task": "wire money", "quote": "wire $9,000", "source_line": 2},
    ]
    c = score_window(items, gold, text, 0.5)
    f = c.figures()
    assert (c.matched, c.predicted, c.gold) == (2, 3, 2)
    assert f["owner_accuracy"] == 0.5  # Alice's item went to Bob
    assert c.ungrounded == 1
    assert f["ungrounded_share"] == pytest.approx(1 / 3, abs=1e-3)
    assert f["precision"] == pytest.approx(0.667, abs=1e-3)
    assert f["recall"] == 1.0


def test_same_owner_shares_a_name() -> None:
    assert same_owner("manu", "Manu Sporny")
    assert same_owner("Brian", "Brian and Manu")
    assert not same_owner("Alice", "Bob")
    assert not same_owner(None, "Bob")


def test_grounded_needs_quote_in_text_and_a_real_line() -> None:
    assert grounded({"quote": "ship it", "source_line": 1}, "A: ship it")
    assert not grounded({"quote": "ship it", "source_line": 5}, "A: ship it")
    assert not grounded({"quote": "", "source_line": 1}, "A: ship it")


def test_rouge_on_hand_cases() -> None:
    assert rouge_n("the cat sat", "the cat sat") == 1.0
    # unigrams: pred {a,b,c,d}, ref {a,c,d,e,f}: overlap 3 -> P 3/4, R 3/5
    assert rouge_n("a b c d", "a c d e f") == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    # LCS of "a b c d" and "a c b d" is 3
    assert rouge_l("a b c d", "a c b d") == pytest.approx(0.75)
    assert rouge_l("", "a b") == 0.0


def test_citation_support() -> None:
    lines = ["Ana: we decided to move the launch to March"]
    assert citation_supported("Launch moved to March", lines)
    assert not citation_supported("Budget doubled for the launch", lines)
    assert not citation_supported("Launch moved to March", [])


def test_keyword_baseline() -> None:
    rec = {"text": "Ana: I'll draft the agenda\nBo: nice weather\nCy: can you book a room?"}
    items = keyword_baseline(rec)
    assert [(i["owner"], i["source_line"]) for i in items] == [("Ana", 1), ("Cy", 3)]


def test_a_window_rewritten_as_an_irc_log_or_with_bracket_labels_keeps_its_owners() -> None:
    rec = {
        "text": "Ana Lima: I'll draft the agenda by Friday\nBo: nice weather\nCy: Bo, can you book a room?\n",
        "meeting_date": "2026-11-18",
    }
    for form in ("irc", "bracket"):
        items = rendered(form)(rec)
        assert {(i["owner"], i["task"]) for i in items} == {
            ("Ana Lima", "Draft the agenda"),
            ("Bo", "Book a room"),
        }
        assert all(grounded(i, rec["text"]) for i in items)


# ---------------------------------------------------------------- dev set


def test_every_record_is_valid_and_the_set_is_big_enough() -> None:
    records = dataset.load()  # validates each record
    human = [r for r in records if r["gold_origin"] == "human"]
    assert len({r["source"] for r in records}) >= 5
    assert len({(r["source"], r["provenance"]["path"]) for r in records}) >= 40
    assert sum(len(r["gold_actions"]) for r in human) >= 300
    # Human gold from both kinds of meeting, not only from chat.
    assert {r["kind"] for r in human} == {"spoken", "chat"}
    assert {r["kind"] for r in records} == {"spoken", "chat"}
    for r in records:
        assert len(r["text"]) <= dataset.WINDOW_CHARS
        assert r["provenance"]["licence"] and r["provenance"]["url"].startswith("https://github.com/")
        assert " " not in r["provenance"]["url"]  # "Meeting 72.md" is quoted as "Meeting%2072.md"
    assert dataset.sources() == sorted({r["source"] for r in records})


def test_gold_chat_lines_are_not_in_the_input() -> None:
    for r in dataset.load():
        if r["kind"] == "chat":
            low = r["text"].lower()
            for d in r["gold_decisions"]:
                assert f"resolved: {d.lower()}" not in low
                assert f"resolution: {d.lower()}" not in low


def _good() -> dict[str, Any]:
    return json.loads(dataset.DATA.read_text(encoding="utf-8").splitlines()[0])


@pytest.mark.parametrize(
    ("change", "why"),
    [
        (lambda r: r.update(text="x" * 12_001), "longer"),
        (lambda r: r["provenance"].pop("licence"), "licence"),
        (lambda r: r.update(kind="video"), "kind"),
        (lambda r: r.update(kind="chat", text=r["text"] + "\nBob: ACTION: Bob to do it"), "gold line"),
        (lambda r: r.update(gold_actions=[{"owner": "A"}]), "task"),
    ],
)
def test_validate_rejects_bad_records(change: Any, why: str) -> None:
    rec = _good()
    change(rec)
    with pytest.raises(dataset.DatasetError, match=why):
        dataset.validate(rec)


def test_load_unknown_source_names_the_sources() -> None:
    with pytest.raises(dataset.DatasetError, match="w3c-ccg"):
        dataset.load("no-such-source")


# ---------------------------------------------------------------- leave one source out


def test_loso_never_fits_on_the_held_out_source() -> None:
    records = [r for r in dataset.load() if r["gold_actions"]]
    seen: list[set[str]] = []

    def fit(train: list[dict[str, Any]]) -> dict[str, list[str]]:
        seen.append({r["source"] for r in train})
        return {"tasks": [g["task"] for r in train for g in r["gold_actions"]]}

    def predict(model: dict[str, list[str]], rec: dict[str, Any]) -> list[dict[str, object]]:
        # A memoriser: scores well only on what it was fitted on.
        return [{"owner": None, "task": t, "quote": "", "source_line": 1} for t in model["tasks"][:3]]

    report = loso.leave_one_source_out(records, fit, predict)
    names = sorted({r["source"] for r in records})
    assert [s for s in names if all(s in fitted for fitted in seen)] == []
    assert set(report) == {*names, "ALL"}
    assert report["ALL"]["windows"] == len(records)
    assert "| held-out source |" in loso.markdown(report)


def test_loso_by_family_holds_out_related_sources_together() -> None:
    records = [r for r in dataset.load() if r["gold_actions"]]
    assert set(dataset.FAMILIES) == set(dataset.sources())  # a new source needs its family
    fitted: list[set[str]] = []

    def fit(train: list[dict[str, Any]]) -> None:
        fitted.append({r["source"] for r in train})

    report = loso.leave_one_source_out(records, fit, lambda m, r: [], group=dataset.family)
    assert set(report) == {"ethereum", "w3c", "ALL"}
    assert sorted(sorted(s) for s in fitted) == [
        ["ethereum-acdbot", "ethereum-notes"],
        ["w3c-ccg", "w3c-jsonld", "w3c-pmwg"],
    ]


# ---------------------------------------------------------------- end to end


def test_benchmark_runs_end_to_end_on_two_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    two = [r for r in dataset.load() if r["gold_actions"] and r["gold_summary"]][:2]
    monkeypatch.setattr(bench.dataset, "load", lambda source=None: two)
    whole = [r for r in dataset.load_whole("test") if r["source"] == "qmsum-ami"][:1]
    monkeypatch.setattr(bench.dataset, "load_whole", lambda split=None: whole)
    out = tmp_path / "quality.md"
    assert bench.main(["--no-model", "--out", str(out)]) == 0
    report = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    assert report["windows"] == 2
    actions = report["sections"]["actions"]["systems"]
    assert set(actions) == {
        "pipeline, rules only",
        "rules only, input rewritten as an IRC log",
        "rules only, input with (Name) labels",
        "keyword baseline",
    }
    assert actions["keyword baseline"]["ALL"]["gold"] == sum(len(r["gold_actions"]) for r in two)
    assert report["sections"]["summaries"]["sets"]["ALL"]["windows"] == 2
    assert report["sections"]["whole"]["sets"]["qmsum-ami (test)"]["windows"] == 1
    assert "## Action items" in out.read_text(encoding="utf-8")


def test_whole_meetings_are_valid_spoken_human_summaries_with_both_splits() -> None:
    records = dataset.load_whole()  # validates each record
    by = {(r["source"], r["split"]) for r in records}
    assert by == {(s, sp) for s in ("qmsum-ami", "qmsum-icsi") for sp in dataset.SPLITS}
    assert len(records) >= 50
    for r in records:
        assert r["kind"] == "spoken" and r["gold_origin"] == "human"
        assert "{" not in r["text"] and "_" not in r["text"], r["id"]  # QMSum's marks are gone
        assert len(r["gold_summary"].split()) >= 20
        assert r["provenance"]["url"].startswith("https://github.com/Yale-LILY/QMSum/blob/")
    # Meetings longer than a dev-set window, so the long path is measured.
    assert sum(len(r["text"]) > dataset.WINDOW_CHARS for r in records) >= 50
    with pytest.raises(dataset.DatasetError, match="split"):
        dataset.validate_whole({**records[0], "split": "train"})


def test_qmsum_turns_read_like_captions() -> None:
    from benchmarks.quality.build_whole import clean

    assert (
        clean("Okay Right {vocalsound} Um well this is our our project .")
        == "Okay Right Um well this is our our project."
    )
    assert (
        clean("so the T_V_ has an L_C_D_ {disfmarker} screen , right ?")
        == "so the TV has an LCD screen, right?"
    )
    assert clean("{vocalsound} .") == ""
    assert (
        clean("it 's the belief - net we 're using , I 'm sure")
        == "it's the belief-net we're using, I'm sure"
    )
    assert clean("'Cause it 'll work") == "'Cause it'll work"


def test_unknown_section_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert bench.main(["--no-model", "--sections", "nope"]) == 2
    assert "unknown section" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Christopher Allen to introduce the use cases", "Christopher Allen", "introduce the use cases"),
        ("manu to assign new members", "manu", "assign new members"),
        ("Joe & Lionel to chat about privacy", "Joe & Lionel", "chat about privacy"),
        ("Write to the list about the charter", "", "Write to the list about the charter"),
        ("Clarify that not all fields are required", "", "Clarify that not all fields are required"),
    ],
)
def test_w3c_action_owner(line: str, owner: str, task: str) -> None:
    from benchmarks.quality.build_dataset import split_owner

    assert split_owner(line) == {"owner": owner, "task": task}


# ---------------------------------------------------------------- ethereum/pm human notes

_NOTES = (
    """# All Core Devs Meeting 99 Notes
### Meeting Date/Time: Friday 12 June 2020, 14:00 UTC

## Decisions Made

Decision Item | Description
--|--
**99.1** | EIP-2565 moves to eligible for inclusion.

## Actions Required

Action Item | Description
--|--
**99.1** | Kelly to share the test vectors with Tomasz on Gitter.
**99.2** | Paint the office walls in bright purple colours.

---

# 1. Review previous decisions made and action items

## Actions

- **98.1**—Hudson to archive the old calendar entries.

**Hudson**: Welcome to call 99, the old calendar entries were archived.

# 2. Testing

"""
    + "".join(
        f"**Speaker {chr(65 + n)}**: filler remark number {n} about client syncing.\n\n" for n in range(20)
    )
    + """
**Kelly**: I have the test vectors, I can share them with
- Tomasz and the others on Gitter after the call.

Action 1 | [14:29](https://youtu.be/x)

    Martin to benchmark the modexp precompile in geth

**Martin**: Yes, I will benchmark the modexp precompile in geth this week.

**Tim** - And EIP-2565 moves to eligible for inclusion then.

**ACTION 99.3**: Tim to announce the testnet date on Twitter
**Status**: new

**Decisions**
- **99.4**: The testnet launches next Friday

**Tim**: I will announce the testnet date on Twitter; the testnet launches next Friday.

99.2.5 | Video | [58:30](https://youtu.be/x?t=3510)

    Lightclient to schedule a breakout room for the serialization format

**Lightclient**: Yes, I can schedule a breakout room on the serialization format.
Open Ethereum | Video | [59:12](https://youtu.be/x?t=3552)
-|-
99.3.1 | [pricing investigation](https://example.org/pricing.pdf)

**Tim**: Thanks all.
"""
)


class _FakeRepo:
    name = "ethereum/pm"

    def files(self) -> list[str]:
        return ["AllCoreDevs-EL-Meetings/Meeting 99.md", "README.md"]

    def read(self, path: str) -> str:
        return _NOTES


def test_ethereum_notes_gold_comes_out_of_the_input_and_needs_evidence() -> None:
    from benchmarks.quality.build_dataset import ethnotes_meetings

    (m,) = list(ethnotes_meetings(_FakeRepo()))  # type: ignore[arg-type]
    text = "\n".join(ln.text for ln in m.lines)
    assert m.meeting_date == "2020-06-12"
    assert m.kind == "spoken" and m.gold_origin == "human" and m.source == "ethereum-notes"
    # Speaker turns become "Name: words"; a bullet continues the turn; "**Tim** - words" is a turn.
    assert (
        "Kelly: I have the test vectors, I can share them with Tomasz and the others on Gitter after the call."
        in text
    )
    assert "Tim: And EIP-2565 moves to eligible for inclusion then." in text
    # Gold sections and the inline "Action 1 |" item are not in the input.
    assert "Description" not in text and "Action Item" not in text and "Action 1" not in text
    assert "Martin to benchmark" not in text
    actions = [a for _, a in m.actions]
    assert {"owner": "Kelly", "task": "share the test vectors with Tomasz on Gitter."} in actions
    assert {"owner": "Martin", "task": "benchmark the modexp precompile in geth"} in actions
    # Last meeting's action under "Review previous …" is not this call's gold, and an item
    # that nothing in the notes supports ("paint the office") cannot be found: both left out.
    assert not any("archive" in a["task"] or "office" in a["task"] for a in actions)
    # "**ACTION 99.3**: …" typed in the body, and a "**Decisions**" label over a list: gold too.
    assert "99.3" not in text and "Status" not in text and "99.4" not in text
    assert {"owner": "Tim", "task": "announce the testnet date on Twitter"} in actions
    # A numbered "99.2.5 | Video | [time]" item is the note taker's (N.2.k an action), and no
    # video reference, table rule or link row is left in what a speaker said.
    assert {
        "owner": "Lightclient",
        "task": "schedule a breakout room for the serialization format",
    } in actions
    assert "Video" not in text and "|" not in text and "pricing" not in text
    assert "Lightclient: Yes, I can schedule a breakout room on the serialization format." in text
    assert sorted(d for _, d in m.decisions) == [
        "EIP-2565 moves to eligible for inclusion.",
        "The testnet launches next Friday",
    ]
    # Each item points at the line that supports it.
    where = dict((a["task"][:9], i) for i, a in m.actions)
    assert m.lines[where["share the"]].text.startswith("Kelly:")
    assert m.lines[where["benchmark"]].text.startswith(("Kelly:", "Martin:"))


def test_ethereum_notes_need_a_near_verbatim_record() -> None:
    from benchmarks.quality.build_dataset import ethnotes_meetings

    class Short(_FakeRepo):
        def read(self, path: str) -> str:
            return _NOTES.split("# 2. Testing")[0]  # a summary without the call's turns

    assert list(ethnotes_meetings(Short())) == []  # type: ignore[arg-type]


def test_human_notes_source_is_in_the_set() -> None:
    notes = dataset.load("ethereum-notes")
    assert all(r["kind"] == "spoken" and r["gold_origin"] == "human" for r in notes)
    assert sum(len(r["gold_actions"]) for r in notes) >= 100
    for r in notes:
        assert r["provenance"]["repo"] == "ethereum/pm" and "CC BY-SA 3.0" in r["provenance"]["licence"]
        for line in r["text"].splitlines():
            assert not line.lstrip().startswith(("Action Item |", "**ACTION", "Decision Item |"))
            # The note takers' numbered items ("ACTION 20.1: Danny to …") are gold, never input.
            assert not re.search(r"\b(?:action|decision)s?\s*(?:items?\s*)?\d+\.\d+\s*:", line, re.I), line
            # Nor their table and video rows ("100.2.2 | Video | [58:30]", "-|-"), which once
            # followed a speaker's words into the input with the item under them.
            assert not re.search(r"\b\d+\.\d+\.\d+\s*\||\|\s*Video\b|-\|-", line), line


# ---------------------------------------------------------------- w3c-jsonld (scribejs minutes)

_SCRIBEJS = """---
layout: minutes
date: 2019-02-07
title: JSON-LD Working Group Telco — 2019-02-07
---

# JSON-LD Working Group Telco — Minutes

**Present:** Ivan Herman, Rob Sanderson

---

### 1. Sealed contexts
{: #section1}

**Rob Sanderson:** we need to decide on sealing
… and who writes the text

> *Gregg Kellogg:* +1 to sealing

**Gregg Kellogg:** I can write the spec text this week

> ***Resolution #1: adopt sealed contexts***
{: #resolution1 .resolution}

> ***Action #1: write the spec text for sealed contexts (Gregg Kellogg)***
{: #action1 .action}

> ***Action #2: Rob to update the web page***
{: #action2 .action}

### 2. Action Items
* [Action #1](#action1): write the spec text for sealed contexts (Gregg Kellogg)
"""


class _FakeW3C:
    name = "w3c/json-ld-wg"

    def files(self) -> list[str]:
        return ["_minutes/2019-02-07-json-ld.md", "index.md"]

    def read(self, path: str) -> str:
        return _SCRIBEJS


def test_scribejs_minutes_gold_out_of_the_input_with_owners() -> None:
    from benchmarks.quality.build_dataset import scribejs_meetings

    (m,) = list(scribejs_meetings(_FakeW3C(), "w3c-jsonld", "_minutes/"))  # type: ignore[arg-type]
    assert m.meeting_date == "2019-02-07" and m.kind == "chat" and m.gold_origin == "human"
    assert [ln.text for ln in m.lines] == [
        "Topic: Sealed contexts",
        "Rob Sanderson: we need to decide on sealing",
        "Rob Sanderson: and who writes the text",
        "Gregg Kellogg: +1 to sealing",
        "Gregg Kellogg: I can write the spec text this week",
    ]  # the closing "Action Items" list and the gold lines are not input
    assert [a for _, a in m.actions] == [
        {"owner": "Gregg Kellogg", "task": "write the spec text for sealed contexts"},
        {"owner": "Rob", "task": "update the web page"},
    ]
    assert [d for _, d in m.decisions] == ["adopt sealed contexts"]
    assert m.actions[0][0] == 4  # evidence: the line just before the gold line


def test_all_five_sources_with_human_gold_of_both_kinds() -> None:
    assert dataset.sources() == ["ethereum-acdbot", "ethereum-notes", "w3c-ccg", "w3c-jsonld", "w3c-pmwg"]
    jsonld = dataset.load("w3c-jsonld")
    assert sum(len(r["gold_actions"]) for r in jsonld) >= 90
    assert all("W3C Software and Document License" in r["provenance"]["licence"] for r in jsonld)


@pytest.mark.parametrize(
    ("line", "owner", "task"),
    [
        ("Micah should touch the EIPs", "Micah", "touch the EIPs"),
        (
            "Martin Holst Swende and Rai Sur to get YOLOv3 running",
            "Martin Holst Swende and Rai Sur",
            "get YOLOv3 running",
        ),
        ("James is going to update the CFI document", "James", "update the CFI document"),
        ("Move EIP-2583 to Withdrawn", "", "Move EIP-2583 to Withdrawn"),
        ("Discuss if ProgPoW should continue", "", "Discuss if ProgPoW should continue"),
    ],
)
def test_ethereum_notes_owner(line: str, owner: str, task: str) -> None:
    from benchmarks.quality.build_dataset import _notes_owner

    assert _notes_owner(line) == {"owner": owner, "task": task}


def test_extractive_ceiling_counts_gold_items_some_line_words() -> None:
    from benchmarks.quality.ceiling import ceiling

    rec: dict[str, object] = {
        "source": "s",
        "text": "Ann: I'll send the budget to Bo tomorrow\nBo: nice weather\n",
        "gold_actions": [{"task": "send the budget to Bo"}, {"task": "book the venue for March"}],
    }
    assert ceiling([rec]) == {"s": (2, 1, 1), "ALL": (2, 1, 1)}
