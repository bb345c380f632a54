from datetime import date, datetime

import pytest

from assistant.skills.dates import find_due, parse_quick_add, stated_date, strip_span

WED = date(2026, 11, 18)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("by Friday", "2026-11-20"),
        ("on Wednesday", "2026-11-25"),  # said on a Wednesday: next week's
        ("next Tuesday", "2026-11-24"),
        ("this Thursday", "2026-11-19"),
        ("tomorrow morning", "2026-11-19"),
        ("the day after tomorrow", "2026-11-20"),
        ("by EOD", "2026-11-18"),
        ("before close of business", "2026-11-18"),
        ("by the end of the week", "2026-11-20"),
        ("early next week", "2026-11-23"),
        ("end of next week", "2026-11-27"),
        ("by the end of the month", "2026-11-30"),
        ("next month", "2026-12-01"),
        ("in two weeks", "2026-12-02"),
        ("within 3 days", "2026-11-21"),
        ("by December 4th", "2026-12-04"),
        ("on 4 December", "2026-12-04"),
        ("Jan 5", "2027-01-05"),
        ("2027-02-01", "2027-02-01"),
        ("12/24", "2026-12-24"),
        ("by the 15th", "2026-12-15"),
        ("start the section this weekend", "2026-11-22"),
        ("do it over the weekend", "2026-11-22"),
        ("next weekend", "2026-11-29"),
        ("by the weekend", "2026-11-20"),
        ("by the end of January", "2027-01-31"),
        ("by mid-January", "2027-01-15"),
        ("end of February", "2027-02-28"),
        ("by the end of November", "2026-11-30"),
        ("by Q1", "2027-03-31"),
        ("end of Q4", "2026-12-31"),
        ("within the next two weeks", "2026-12-02"),
        ("by close of play", "2026-11-18"),
        ("by early May", "2027-05-10"),
        ("not tomorrow, but Friday works", "2026-11-20"),
        ("not later than Friday", "2026-11-20"),
    ],
)
def test_due_phrases(text: str, expected: str) -> None:
    found = find_due(text, WED)
    assert found is not None and found.day.isoformat() == expected


@pytest.mark.parametrize(
    "text",
    [
        "I sat down with them",
        "we discussed it at length",
        "Version 2 shipped",
        "the weekend was fun",
        "we could start may be next",
        "I can send a PR to the guidelines, but not this week",
        "not on Friday, sorry",
    ],
)
def test_no_due_phrase(text: str) -> None:
    assert find_due(text, WED) is None


@pytest.mark.parametrize(
    ("text", "title", "due"),
    [
        ("call mom tomorrow 5pm", "call mom", "2026-11-22T17:00"),
        ("report by Friday 2pm", "report", "2026-11-27T14:00"),
        ("buy milk", "buy milk", None),
        ("dentist 9am", "dentist", "2026-11-22T09:00"),  # 9am already passed today
        ("standup at 14:30", "standup", "2026-11-21T14:30"),
        ("pay rent on the 1st", "pay rent", "2026-12-01"),
        ("send invoice next Monday noon", "send invoice", "2026-11-23T12:00"),
    ],
)
def test_quick_add(text: str, title: str, due: str | None) -> None:
    assert parse_quick_add(text, datetime(2026, 11, 21, 10, 0)) == (title, due)


def test_the_date_a_transcript_states_about_itself() -> None:
    from assistant.skills.dates import stated_date

    assert stated_date("19:00 <meetbot> Meeting started Tue Dec  1 19:00:03 2026 UTC.\n") == date(2026, 12, 1)
    assert stated_date("Minutes\nDate: November 20th, 2026\nAnn: hi\n") == date(2026, 11, 20)
    assert stated_date("# Weekly sync 2025-03-04\nAnn: hi\n") == date(2025, 3, 4)
    assert stated_date("2019-01-21 20:06 <ariard> hi\n") == date(2019, 1, 21)
    # an irssi log's header
    assert stated_date("--- Log opened Tue Nov 24 16:00:00 2026\n16:00 <@gaba> hi\n") == date(2026, 11, 24)
    # A date said in a line of speech is a deadline, not the meeting's day.
    assert stated_date("Hi all\nAnn: we ship 2026-01-01\n") is None
    assert stated_date("Ann: hi\n") is None


def test_a_due_phrase_taken_out_of_parentheses_leaves_no_empty_ones() -> None:
    from assistant.skills.dates import strip_span

    text = "Complete the reconciliation (All, due end of January) today"
    at = text.index("end of")
    assert strip_span(text, at, at + len("end of January")) == "Complete the reconciliation (All) today"
    text = "Send it (by Friday) now"
    at = text.index("Friday")
    assert strip_span(text, at, at + len("Friday")) == "Send it now"


def test_christmas_and_new_year_are_dates_people_plan_by() -> None:
    from datetime import date

    from assistant.skills.dates import find_due

    base = date(2026, 12, 2)

    def due(text: str) -> date | None:
        found = find_due(text, base)
        return found.day if found else None

    assert due("I will finish the evaluation before the Christmas") == date(2026, 12, 25)
    assert due("by Christmas Eve") == date(2026, 12, 24)
    assert due("by New Year's Eve") == date(2026, 12, 31)
    assert due("early in the new year") == date(2027, 1, 1)
    assert due("the Christmas party was fun") is None


def test_by_lunch_is_today_but_lunch_is_no_date() -> None:
    from datetime import date

    from assistant.skills.dates import find_due

    day = date(2026, 12, 4)
    found = find_due("I'll open the PR by lunch", day)
    assert found is not None and found.day == day
    assert find_due("I will have lunch with Bo", day) is None


def test_a_date_label_in_the_usual_written_forms() -> None:
    from datetime import date

    from assistant.skills.dates import stated_date

    for said in ("Dec 3, 2026", "December 3rd, 2026", "3 Dec 2026", "Thursday, December 3, 2026"):
        assert stated_date(f"Meeting notes: Design review\nDate: {said}\n") == date(2026, 12, 3), said
    assert stated_date("Date: tomorrow\n") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date said as the deadline, not the day of the event the work is for
        ("The review is on the 14th, so please have the demo ready by the 10th.", date(2026, 12, 10)),
        ("We present on Friday; I'll finish the slides before Thursday.", date(2026, 11, 19)),
        (
            "The launch is on Monday and the notes are due then.",
            date(2026, 11, 23),
        ),  # no deadline word: the first
    ],
)
def test_a_date_said_as_the_deadline_wins(text: str, expected: date) -> None:
    found = find_due(text, WED)
    assert found is not None and found.day == expected


def test_a_day_of_the_month_said_as_a_word() -> None:
    for said, day in (
        ("send it by the twentieth", date(2026, 11, 20)),
        ("on the twenty-first, please", date(2026, 11, 21)),
        ("by the fifth", date(2026, 12, 5)),  # past this month: the next
    ):
        found = find_due(said, WED)
        assert found is not None and found.day == day
    assert find_due("by the first draft", WED) is None  # an ordinal before its noun


def test_a_deadline_of_another_clause_is_not_the_tasks() -> None:
    said = find_due("I can call them this afternoon, we need it installed before the 25th", WED)
    assert said is not None and said.day == WED
    ready = find_due("the review is on the 24th, so please have the demo ready by the 20th", WED)
    assert ready is not None and ready.day == date(2026, 11, 20)


def test_a_deadline_said_after_of_something_else_is_not_the_tasks() -> None:
    # the more specific date comes later and belongs to the reviews, not the sending
    said = find_due(
        "I will send the assignments this week and the reviews are due by the end of December", WED
    )
    assert said is not None and said.day == date(2026, 11, 20)


def test_a_time_of_day_after_the_deadline_goes_with_it() -> None:
    for said in ("pull the churn numbers by Wednesday noon", "send it Friday EOD", "call him Monday morning"):
        found = find_due(said, WED)
        assert found is not None
        assert strip_span(said, found.start, found.end) in ("pull the churn numbers", "send it", "call him")


def test_a_weekday_with_its_day_of_the_month_is_that_day() -> None:
    for said in ("so on Monday 30th please work from home", "on Monday the 30th"):
        found = find_due(said, WED)
        assert found is not None and found.day == date(2026, 11, 30), said


def test_an_emails_date_header_is_the_day_it_was_written() -> None:
    assert stated_date("From: a@example.org\nDate: Mon, 30 Nov 2026 10:14:00 +0100\n\nHi") == date(
        2026, 11, 30
    )


def test_a_ratio_is_no_date() -> None:
    assert find_due("maybe I can put a placeholder of 1.5/2", WED) is None
    found = find_due("due 12/3", WED)
    assert found is not None and found.day == date(2026, 12, 3)


def test_a_chat_export_states_its_day_in_its_stamps() -> None:
    assert stated_date("Marta Kovacs, [04.12.2026 18:02]\nHi all!\n") == date(2026, 12, 4)  # Telegram
    assert stated_date("[28/11/2026, 09:12:03] Laura: Morning all!\n") == date(2026, 11, 28)  # WhatsApp
    assert stated_date("11/28/26, 6:02 PM - Laura: Morning all!\n") == date(2026, 11, 28)  # WhatsApp, US
    assert stated_date("03/04/2026, 18:02 - Ana: hola\n") == date(2026, 4, 3)  # day first, 24-hour clock
    assert stated_date("Ann: we ship on 04.12.2026 18:00 sharp\n") is None  # said in a message
