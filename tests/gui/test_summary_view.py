"""The summary view: bullets, highlighting cited lines, Markdown, note, follow-up email."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTreeWidgetItem

from assistant.skills.summarize import summarize
from assistant.store import records
from ui.panes.summary_view import FollowUp, SummaryView, follow_up

FIX = Path(__file__).parent.parent / "fixtures"


def _first_point_item(view: SummaryView) -> QTreeWidgetItem:
    head = view.tree.topLevelItem(0)
    assert head is not None
    item = head.child(0)
    assert item is not None
    return item


def test_view_shows_sections_and_emits_cited_lines(qtbot, store) -> None:
    text = (FIX / "transcripts" / "board_meeting.txt").read_text(encoding="utf-8")
    s = summarize(text)
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(s)
    assert view.tldr.text() == s.tldr
    sections = [x for x in (s.key_points, s.decisions, s.open_questions) if x]
    assert view.tree.topLevelItemCount() == len(sections) >= 1  # one branch per non-empty section
    with qtbot.waitSignal(view.lines_selected) as blocker:
        view.tree.setCurrentItem(_first_point_item(view))
    assert blocker.args == [s.key_points[0].lines]


def test_copy_save_note_and_follow_up(qtbot, make_app, store) -> None:
    ctx, _window = make_app()
    text = (FIX / "transcripts" / "board_meeting.txt").read_text(encoding="utf-8")
    s = summarize(text)
    view = SummaryView(ctx)
    qtbot.addWidget(view)
    view.show_summary(s)
    view.copy_button.click()
    md = QGuiApplication.clipboard().text()
    assert md.startswith(f"# {s.title}") and "## Action items" in md
    with qtbot.waitSignal(view.note_saved) as saved, qtbot.waitSignal(ctx.events.notes_changed):
        view.note_button.click()  # saved off the UI thread; the Notes pane hears of it
    note = records.get_note(store, saved.args[0])
    assert note is not None and "## Key points" in note["body"]
    with qtbot.waitSignal(view.follow_up_requested) as req:
        view.email_button.click()
    f = req.args[0]
    assert isinstance(f, FollowUp)
    assert f.recipients == ["Helen", "Sam", "Ines"]
    assert any(p.startswith("Sam: ") for p in f.points)
    assert any(a["owner"] == "Sam" and "plumber" in a["task"] for a in f.actions)
    owners = [a["owner"] for a in f.actions]
    assert owners == sorted(owners, key=owners.index), "each owner's items together"
    assert f.about == "the Riverside Community Garden board meeting"  # its heading, not "Minutes of…"


def test_non_meeting_gets_same_view_without_follow_up(qtbot, store) -> None:
    s = summarize((FIX / "summarize" / "article.md").read_text(encoding="utf-8"))
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(s)
    assert view.tree.topLevelItemCount() >= 1
    assert not view.email_button.isEnabled()
    view.show_summary(None)
    assert view.tree.topLevelItemCount() == 0 and not view.copy_button.isEnabled()


def test_pane_highlights_cited_lines_and_routes_follow_up(make_app, qtbot) -> None:
    _ctx, window = make_app()
    pane = window.summaries
    text = (FIX / "transcripts" / "board_meeting.txt").read_text(encoding="utf-8")
    pane.text.setPlainText(text)
    pane.extract()
    qtbot.waitUntil(lambda: pane.summary_view.summary is not None, timeout=10000)
    view = pane.summary_view
    view.tree.setCurrentItem(_first_point_item(view))
    sels = pane.text.extraSelections()
    assert sels and sels[0].cursor.blockNumber() + 1 in view.summary.key_points[0].lines
    view.email_button.click()
    email = window.email
    assert window.stack.currentWidget() is email
    assert "Helen" in email.recipient.text() and "Ines" in email.recipient.text()
    # The follow-up goes through the email skill: decisions and action items by owner are
    # facts of the draft, and the draft is fact-checked (a ✓ per fact beside it).
    facts = email.extracted
    assert facts is not None and facts.kind == "follow-up"
    owners = {a.owner for a in facts.actions}
    assert {"Sam", "Ines"} <= owners
    # Generous bound: the shared test box can be very loaded; this is a wait, not a timing check.
    qtbot.waitUntil(lambda: any(line.startswith("✓") for line in email.fact_list.lines()), timeout=30000)
    checked = email.fact_list.lines()
    assert all(line.startswith("✓") for line in checked), checked
    assert any(line.startswith("✓ Action (Sam)") for line in checked)
    draft = email.draft_box.toPlainText()
    assert "plumber" in draft and "padlock" in draft


def test_points_get_the_width_and_line_numbers_only_what_they_need(qtbot) -> None:
    text = (FIX / "transcripts" / "board_meeting.txt").read_text(encoding="utf-8")
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(700, 400)
    view.show()
    view.show_summary(summarize(text))
    qtbot.wait(50)
    # The point's column takes the width (before: the stretched "Lines" column cut points to "Sam…").
    assert view.tree.columnWidth(0) > 3 * view.tree.columnWidth(1)
    assert view.tree.columnWidth(0) > view.tree.viewport().width() // 2


def test_a_follow_up_is_about_our_meeting_when_the_title_is_its_agenda() -> None:
    s = summarize(
        "Priya: First thing is the onboarding redesign.\nTom: Testers got stuck on the workspace step.\n"
        "Priya: Next, the billing migration.\nAlex: Seventy percent of customers moved to the new setup.\n",
        kind="meeting",
        action_items=[],
    )
    assert ";" in s.title
    assert follow_up(s).about == "our meeting"
