"""Closing without a tray asks once: keep running (reminders, digest) or quit; log-in start offered."""

from __future__ import annotations

from assistant import autostart
from assistant.store import records


def test_close_asks_once_and_keeps_running(qtbot, make_app, monkeypatch) -> None:
    from ui.main_window import MainWindow

    ctx, window = make_app()
    window.ask_on_close = True
    asked: list[int] = []
    enabled: list[bool] = []
    monkeypatch.setattr(autostart, "is_enabled", lambda: bool(enabled))
    monkeypatch.setattr(autostart, "enable", lambda: enabled.append(True))

    def answer(cls, parent):
        asked.append(1)
        return ("background", True)

    monkeypatch.setattr(MainWindow, "ask_close_choice", classmethod(answer))
    assert window.isVisible()
    window.close()
    assert not window.isVisible() and asked == [1] and enabled == [True]
    qtbot.waitUntil(lambda: records.get_setting(ctx.store, "close_action") == "background")
    window.raise_window()  # what a second launch does
    assert window.isVisible()
    window.close()
    assert not window.isVisible() and asked == [1]  # asked once
    window.quit()  # Ctrl+Q still quits without asking
    assert asked == [1]


def test_cancel_keeps_the_window_and_quit_closes(qtbot, make_app, monkeypatch) -> None:
    from ui.main_window import MainWindow

    ctx, window = make_app()
    window.ask_on_close = True
    monkeypatch.setattr(autostart, "is_enabled", lambda: False)
    answers = iter([None, ("quit", False)])
    monkeypatch.setattr(MainWindow, "ask_close_choice", classmethod(lambda cls, parent: next(answers)))
    window.close()
    assert window.isVisible() and records.get_setting(ctx.store, "close_action") is None
    window.close()
    assert not window.isVisible()
    qtbot.waitUntil(lambda: records.get_setting(ctx.store, "close_action") == "quit")
