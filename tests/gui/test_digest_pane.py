"""Digest pane: Markdown rendered (no raw asterisks), Refresh rebuilds today, typed digest time."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from assistant.store import records


def test_markdown_is_rendered_and_refresh_shows_new_todos(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.digest
    today = date.today().isoformat()
    records.finish_digest(
        ctx.store, today, "# Digest\n\n*Catch-up digest.*\n\n- **Nothing** is due today", "{}", True
    )
    pane.refresh()
    shown = pane.body.toPlainText()
    assert "Catch-up digest." in shown and "*" not in shown and "#" not in shown
    assert pane.markdown.startswith("# Digest")  # exported as written
    records.add_todo(ctx.store, "Renew the passport", due=today)
    qtbot.mouseClick(pane.refresh_button, Qt.MouseButton.LeftButton)
    assert "Renew the passport" in pane.body.toPlainText() and "Refreshed at" in pane.body.toPlainText()
    assert len(records.list_digests(ctx.store)) == 1  # shown, not saved over the day's digest


def test_typed_digest_time_is_saved_on_enter(qtbot, make_app) -> None:
    ctx, window = make_app()
    pane = window.digest
    saved: list[str] = []

    class Scheduling:  # the pane saves the time off the UI thread, then tells the scheduler
        def time_changed(self) -> None:
            saved.append(str(records.get_setting(ctx.store, "digest_time")))

    pane.scheduling = Scheduling()
    window.sidebar.setCurrentRow(window.stack.indexOf(pane))
    window.show()
    pane.time.setFocus()
    pane.time.selectAll()
    qtbot.keyClicks(pane.time, "0815")
    qtbot.keyClick(pane.time, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved == ["08:15"])
    assert pane.time.text() == "08:15"
    assert "08:15" in window.message_bar.label.text()
    pane.time.selectAll()
    qtbot.keyClicks(pane.time, "25:99")
    qtbot.keyClick(pane.time, Qt.Key.Key_Return)
    assert saved == ["08:15"] and pane.time.text() == "08:15"  # the old time stays
    assert "Not a time" in window.message_bar.label.text()


def test_parse_time_forms() -> None:
    from PySide6.QtCore import QTime

    from ui.time_field import parse_time

    for text, hm in {"7:30": (7, 30), "0730": (7, 30), "730": (7, 30), "7.30": (7, 30), "19": (19, 0),
                     "7pm": (19, 0), "12am": (0, 0), "7:05 PM": (19, 5), "noon": (12, 0)}.items():  # fmt: skip
        assert parse_time(text) == QTime(*hm), text
    for bad in ("", "25:00", "7:60", "13pm", "soon", "12345"):
        assert parse_time(bad) is None, bad
