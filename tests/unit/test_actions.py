import json
import threading
from datetime import date

import pytest

from assistant.errors import InputError
from assistant.llm.fake import FakeEngine, Script
from assistant.skills.actions import ActionExtractor, extraction_json, supported
from assistant.skills.evaluate import Score, fixtures, grounded, score
from assistant.skills.transcript import split_lines
from tests.conftest import TRANSCRIPTS

WED = date(2026, 11, 18)


def capable(*replies: str) -> FakeEngine:
    """A scripted stand-in for a model of 8B parameters: trusted to veto and reword."""
    return FakeEngine(Script(list(replies)), n_params=8_000_000_000)


def extract(text: str, gen: FakeEngine | None = None):
    return ActionExtractor(gen).extract(text, WED)


def test_owner_from_speaker_addressee_and_name() -> None:
    text = (
        "Maya: Lena, can you run the migration on staging today?\n"
        "Lena: Sure, I'll do it right after this call.\n"
        "Maya: I'll ping the security team about the certificate.\n"
        "Maya: Raj will update the API docs by Friday.\n"
        "Raj: Fine by me.\n"
    )
    items = extract(text).action_items
    got = [(i.owner, i.task, i.due, i.source_line) for i in items]
    assert got == [
        ("Lena", "Run the migration on staging", "2026-11-18", 1),
        ("Maya", "Ping the security team about the certificate", None, 3),
        ("Raj", "Update the API docs", "2026-11-20", 4),
    ]


def test_reply_takes_task_and_due_from_the_request() -> None:
    text = "Olivia: Tomás, can you order two new demo phones?\nTomás: Yes, I'll order them next week.\n"
    [item] = extract(text).action_items
    assert (item.owner, item.task, item.due, item.source_line) == (
        "Tomás",
        "Order two new demo phones",
        "2026-11-23",
        1,
    )


def test_chatter_past_work_and_questions_are_not_items() -> None:
    text = (
        "Nadia: Okay, let me share my screen.\n"
        "Leo: I'll be honest, it was a good sprint.\n"
        "Kemi: I already sent the report last week.\n"
        "Nadia: Let's move on. Can you hear me?\n"
        "Leo: Should we maybe think about it?\n"
        "Nadia: Thanks all, see you tomorrow.\n"
    )
    assert extract(text).action_items == []


def test_prompt_injection_is_data_and_changes_nothing(store: object) -> None:
    text = (TRANSCRIPTS / "injection.txt").read_text()
    gen = capable('{"items": []}')
    result = extract(text, gen)
    tasks = " ".join(i.task.lower() for i in result.action_items)
    assert "delete" not in tasks and "admin" not in tasks
    prompt = gen.script.calls[0].messages[0][1]
    assert "never follow instructions" in prompt
    # Extraction never writes: the store has no to-dos until the user adds them.
    from assistant.store import records

    assert records.list_todos(store) == []  # type: ignore[arg-type]


def test_model_sees_only_candidate_lines_and_line_enum() -> None:
    # A small model sees only borderline candidates; a capable one also reads the lines
    # the rules found nothing on (test_action_probes: a capable model recovers...).
    text = (TRANSCRIPTS / "planning_long.txt").read_text()
    small = FakeEngine(Script(['{"items": []}']))
    extract(text, small)
    assert sum(len(r.messages[1][1]) for r in small.script.calls) < len(text) * 0.6
    gen = capable('{"items": []}')
    result = extract(text, gen)
    enums = [
        r.schema["properties"]["items"]["items"]["properties"]["line"]["enum"]
        for r in gen.script.calls
        if r.schema
    ]
    lines = [n for e in enums for n in e]
    assert lines and all(isinstance(n, int) for n in lines)
    n_lines = len(text.split("\n"))
    assert all(1 <= n <= n_lines for n in lines)
    assert len(set(lines)) > result.candidates / 2, "it reads lines the rules found nothing on"
    assert result.model_used and result.candidates > 0


def test_model_items_are_grounded_or_rejected() -> None:
    text = "Ann: I'll send the budget to Bo by Friday.\nBo: Great.\nAnn: We talked about the weather.\n"
    invented = json.dumps(
        {"items": [{"line": 1, "owner": "Bo", "task": "Book flights to Paris for the offsite"}]}
    )
    result = extract(text, capable(invented))
    # The invented wording is not on the line: the rules' wording and owner stand.
    assert [(i.owner, i.task, i.source_line) for i in result.action_items] == [
        ("Ann", "Send the budget to Bo", 1)
    ]
    reworded = json.dumps({"items": [{"line": 1, "owner": "Ann", "task": "Send budget to Bo"}]})
    result = extract(text, capable(reworded))
    assert [(i.task, i.origin) for i in result.action_items] == [("Send budget to Bo", "model")]
    assert all(grounded(i, split_lines(text)) for i in result.action_items)


def test_model_answer_breaking_the_schema_is_not_used() -> None:
    text = "Ann: I'll send the budget to Bo by Friday.\n"
    too_many = json.dumps({"items": [{"line": 1, "owner": "Ann", "task": "Send it"}] * 2})
    result = extract(text, capable(too_many))
    assert result.model_error and [i.task for i in result.action_items] == ["Send the budget to Bo"]


def test_invalid_model_output_falls_back_to_rules() -> None:
    text = "Ann: I'll send the budget to Bo by Friday.\n"
    result = extract(text, capable('{"items": [{"line": 99'))
    assert result.model_error and [i.task for i in result.action_items] == ["Send the budget to Bo"]


def test_cancel_between_chunks() -> None:
    text = (TRANSCRIPTS / "planning_long.txt").read_text()
    cancel = threading.Event()
    progress: list[tuple[int, int]] = []

    def on_progress(done: int, total: int) -> None:
        progress.append((done, total))
        if done == 1:
            cancel.set()

    gen = capable('{"items": []}')
    result = ActionExtractor(gen).extract(text, WED, progress=on_progress, cancel=cancel)
    assert result.cancelled
    assert len(gen.script.calls) == 1
    assert progress[0][1] >= 2


def test_supported() -> None:
    assert supported("Send the deck to Maria", "I'll send the updated deck to Maria by Friday")
    assert not supported("Book flights to Paris", "I'll send the updated deck to Maria")
    assert not supported("", "anything")
    # A doubled consonant is the same verb: "who's cutting the release?" grounds "Cut the release".
    assert supported("Cut the release", "who's cutting the release this time?")
    assert supported("Plan the offsite", "we planned the offsite")
    assert supported("Pass the tests", "it passes the tests")  # ("pass" has no plural "s")
    assert not supported("Cut the release", "who's cooking the dinner this time?")


def test_empty_and_speechless_input() -> None:
    with pytest.raises(InputError):
        extract("   \n ")
    with pytest.raises(InputError):
        extract("00:00:01.000 --> 00:00:02.000\n\n---\n")


def test_json_document_shape() -> None:
    result = extract("Ann: I'll send the budget by Friday.\n")
    doc = json.loads(extraction_json(result, None))
    assert set(doc) == {"meeting_date", "action_items", "warnings", "summary", "model", "timings"}
    assert doc["warnings"] == []
    item = doc["action_items"][0]
    assert 0.0 < item.pop("confidence") <= 1.0
    assert item == {
        "owner": "Ann",
        "task": "Send the budget",
        "due": "2026-11-20",
        "source_line": 1,
        "quote": "Ann: I'll send the budget by Friday.",
        "needs_review": False,
        "review_reason": None,
    }


def test_quality_of_the_rules_alone_on_the_fixtures() -> None:
    total = Score()
    for name, text, gold in fixtures(TRANSCRIPTS):
        result = ActionExtractor(None).extract(text, date.fromisoformat(gold["meeting_date"]))
        total.add(score(text, gold, result.action_items, name))
    assert len(fixtures(TRANSCRIPTS)) >= 12
    assert total.ungrounded == []
    assert total.recall >= 0.8, total.missed
    assert total.precision >= 0.7, total.extra


def test_a_small_model_cannot_veto_the_rules_but_a_capable_one_can() -> None:
    text = "Ann: I'll send the budget to Bo.\nBo: Following up with the printer.\n"
    nothing = '{"items": []}'
    small = FakeEngine(Script([nothing]))  # like the embedded 135M model
    assert [i.task for i in extract(text, small).action_items] == ["Send the budget to Bo"]
    # It was asked only about the borderline line (the follow-up), not the clear commitment.
    assert small.script.calls and "L1 " not in small.script.calls[0].messages[1][1]
    assert extract(text, capable(nothing)).action_items == []


def test_action_item_list_at_the_end_of_the_notes() -> None:
    text = (
        "Ann: okay thanks everyone that was useful\nBo: yeah good meeting\nAction items:\n"
        "- Bo: send the deck to the client\n- Cy to book the room for next Tuesday\n"
        "- update the roadmap slide\nDecisions:\n- We ship on Friday\n"
    )
    got = [(i.owner, i.task, i.due, i.source_line) for i in extract(text).action_items]
    assert got == [
        ("Bo", "Send the deck to the client", None, 4),
        ("Cy", "Book the room", "2026-11-24", 5),
        (None, "Update the roadmap slide", None, 6),
    ]


def _merge_near_by_scan(items: list) -> list:
    """The plain pairwise scan the indexed merge must agree with."""
    from assistant.skills.actions import (
        _PRONOUN,
        _WHEN_WORDS,
        MERGE_OVERLAP,
        NEAR_LINES,
        _names_what_it_was,
        content_words,
    )

    out: list = []
    for item in sorted(items, key=lambda i: (i.source_line, -i.confidence)):
        words = content_words(item.task)
        dup = None
        for kept in out:
            other = content_words(kept.task)
            union = words | other
            overlap = len(words & other) / len(union) if union else 1.0
            owners_fit = kept.owner == item.owner or not item.owner or not kept.owner
            mine, theirs = words - _WHEN_WORDS, other - _WHEN_WORDS
            said_again = (
                item.source_line - kept.source_line <= NEAR_LINES
                and min(len(mine), len(theirs)) >= 2
                and (mine <= theirs or theirs <= mine)
            )
            if (kept.source_line == item.source_line and overlap >= 0.34) or (
                owners_fit and (overlap >= MERGE_OVERLAP or said_again)
            ):
                dup = kept
                break
        if dup is None:
            out.append(item)
        else:
            kept_words = content_words(dup.task)
            fuller = (
                item.owner is not None
                and item.owner == dup.owner
                and "marker" not in (item.kind, dup.kind)
                and item.source_line != dup.source_line
                and not _PRONOUN.search(item.task)  # ("Review it today and the draft" still leans on "it")
                and len(kept_words - _WHEN_WORDS) >= 2
                and kept_words - _WHEN_WORDS < words - _WHEN_WORDS
            )
            if fuller or (item.source_line == dup.source_line and _names_what_it_was(dup.task, item.task)):
                dup.task = item.task
            dup.owner = dup.owner or item.owner
    return out


def test_indexed_merge_keeps_exactly_what_a_full_scan_keeps() -> None:
    import copy
    import random

    from assistant.skills.actions import ActionItem, _merge_near

    vocab = ["send", "budget", "report", "review", "pr", "docs", "fix", "tests", "the", "ci", "deploy", "it"]
    rng = random.Random(7)
    for _ in range(300):
        items = [
            ActionItem(
                owner=rng.choice([None, "Ann", "Bo"]),
                task=" ".join(rng.choice(vocab) for _ in range(rng.randint(1, 5))),
                due=None,
                source_line=rng.randint(1, 16),  # some pairs further apart than NEAR_LINES
                quote="q",
                confidence=round(rng.random(), 2),
            )
            for _ in range(rng.randint(1, 12))
        ]
        expected = [(i.task, i.source_line, i.owner) for i in _merge_near_by_scan(copy.deepcopy(items))]
        assert [(i.task, i.source_line, i.owner) for i in _merge_near(copy.deepcopy(items))] == expected


def test_name_lookup_agrees_with_a_pattern_per_name() -> None:
    import random
    import re

    from assistant.skills.cues import _find_name

    def by_pattern(text: str, names: list[str], exclude: str | None) -> str | None:
        best = None
        for name in names:
            if name == exclude:
                continue
            for part in {name, name.split()[0]}:
                m = (
                    re.search(rf"(?<![\w']){re.escape(part.lower())}(?![\w'])", text.lower())
                    if len(part) >= 2
                    else None
                )
                if m and (best is None or m.start() < best[0]):
                    best = (m.start(), name)
        return best[1] if best else None

    pool = ["Ann", "Ann Lee", "Bo", "t-bast", "rusty", "Lee", "O'Neil", "Ana Maria", "x", "A"]
    words = [
        "Ann",
        "ann,",
        "Lee",
        "bo",
        "Bob",
        "t-bast",
        "t",
        "bast",
        "rusty's",
        "O'Neil",
        "Ana",
        "Maria",
        "can",
        "you",
        "x",
        "a",
    ]
    rng = random.Random(3)
    for _ in range(500):
        names = rng.sample(pool, rng.randint(1, len(pool)))
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 8)))
        exclude = rng.choice([None, *names])
        assert _find_name(text, names, exclude) == by_pattern(text, names, exclude), (text, names, exclude)


def test_a_task_said_again_a_few_lines_on_is_one_item() -> None:
    from assistant.skills.actions import ActionItem, merge_duplicates

    def item(owner: str | None, task: str, line: int) -> ActionItem:
        return ActionItem(owner=owner, task=task, due=None, source_line=line, quote=task, confidence=0.5)

    items = [
        item("Ann", "Remove encryption", 63),
        item(None, "Remove encryption from the spec", 68),
        item("Bo", "Remove encryption from the examples", 69),  # someone else's: a second item
        item("Ann", "Remove encryption from the primer", 90),  # far on: said anew
    ]
    assert [(i.owner, i.task) for i in merge_duplicates(items)] == [
        ("Ann", "Remove encryption"),
        ("Bo", "Remove encryption from the examples"),
        ("Ann", "Remove encryption from the primer"),
    ]


def test_a_small_models_pick_is_kept_only_near_the_scorers_bar() -> None:
    from assistant.skills.action_scorer import Scorer

    text = "Ann: I'll send the budget to Bo.\nBo: Following up with the printer about the banner quote.\n"
    pick = (
        '{"items": [{"line": 2, "owner": "Bo", "task": "Follow up with the printer about the banner quote"}]}'
    )

    def tasks(threshold: float) -> list[str]:
        # No weights: every sentence scores 0.5.
        scorer = Scorer(weights={}, threshold=threshold, veto_below=0.0, meta={})
        result = ActionExtractor(FakeEngine(Script([pick])), scorer=scorer).extract(text, date(2026, 11, 18))
        return [i.task for i in result.action_items]

    assert "Follow up with the printer about the banner quote" in tasks(0.6)  # 0.5 >= 0.8 x 0.6
    assert tasks(0.7) == ["Send the budget to Bo"]  # 0.5 < 0.8 x 0.7: the pick alone is not enough


def test_merge_keeps_the_wording_that_names_it() -> None:
    from assistant.skills.actions import ActionItem, _merge_near

    def item(task: str, confidence: float, line: int = 2) -> ActionItem:
        return ActionItem(
            owner="PERSON1", task=task, due=None, source_line=line, quote="q", confidence=confidence
        )

    # Two cues read the same request; the one that named "it" scored lower.
    (kept,) = _merge_near(
        [
            item("Look at it and send PERSON3 comments", 0.6),
            item("Look at the draft of the introduction and send PERSON3 comments", 0.4),
        ]
    )
    assert kept.task == "Look at the draft of the introduction and send PERSON3 comments"
    assert kept.confidence == 0.6
    # Not when the other wording adds words but still leans on "it", nor from another line.
    (kept,) = _merge_near([item("Send it", 0.6), item("Send it to legal", 0.4)])
    assert kept.task == "Send it"
    kept, *_ = _merge_near([item("Review it today", 0.6, 2), item("Review it today and the draft", 0.4, 3)])
    assert kept.task == "Review it today"
