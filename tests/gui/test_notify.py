"""Reminder notifications: freedesktop (D-Bus) first, else the tray, and always the message bar."""

from __future__ import annotations

from ui.notify import Notifier, notify_command


def test_desktop_first_then_window(qtbot) -> None:
    shown: list[str] = []
    sent: list[tuple[str, str]] = []

    def accept(title: str, body: str) -> bool:
        sent.append((title, body))
        return True

    desktop = Notifier(None, shown.append, desktop=accept)
    assert desktop.notify("Reminder", "Water the plants") == "desktop"
    assert sent == [("Reminder", "Water the plants")] and shown == ["Reminder: Water the plants"]
    nothing = Notifier(None, shown.append, desktop=lambda t, b: False)
    assert nothing.notify("Reminder", "Call mom") == "window" and shown[-1] == "Reminder: Call mom"

    def broken(title: str, body: str) -> bool:
        raise OSError("bus gone")

    assert Notifier(None, shown.append, desktop=broken).notify("Reminder", "x") == "window"


def test_notify_command_uses_gdbus_or_notify_send(monkeypatch) -> None:
    import ui.notify as n

    monkeypatch.setattr(n.shutil, "which", lambda name: f"/usr/bin/{name}" if name == "gdbus" else None)
    cmd = notify_command("Reminder", "Water the plants")
    assert cmd is not None and cmd[0] == "/usr/bin/gdbus"
    assert "org.freedesktop.Notifications.Notify" in cmd and cmd[-5:-3] == ["Reminder", "Water the plants"]
    monkeypatch.setattr(
        n.shutil, "which", lambda name: "/usr/bin/notify-send" if name == "notify-send" else None
    )
    assert notify_command("R", "b") == [
        "/usr/bin/notify-send",
        "--app-name=Daybreak",
        "--icon=appointment-new",
        "R",
        "b",
    ]
    monkeypatch.setattr(n.shutil, "which", lambda name: None)
    assert notify_command("R", "b") is None
