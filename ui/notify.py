"""Desktop notifications for reminders and the digest.

In order: the freedesktop notification service over D-Bus (GNOME, KDE, most Linux desktops,
with or without a tray), else the tray's balloon, else only the in-window message bar.
The message bar always gets the text too, so nothing depends on a notification being seen.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger("daybreak.ui.notify")

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def notify_command(title: str, body: str) -> list[str] | None:
    """The command that sends a freedesktop notification: ``gdbus`` (GLib, on every GNOME/GTK
    desktop; it reads the method's signature from the service, so the uint ``replaces_id`` is
    typed right) or ``notify-send``; None when neither is installed."""
    gdbus = shutil.which("gdbus")
    if gdbus:
        return [
            gdbus, "call", "--session", "--dest", SERVICE, "--object-path", PATH,
            "--method", f"{SERVICE}.Notify", "Daybreak", "0", "appointment-new", title, body, "[]", "{}", "-1",
        ]  # fmt: skip
    notify_send = shutil.which("notify-send")
    if notify_send:
        return [notify_send, "--app-name=Daybreak", "--icon=appointment-new", title, body]
    return None


def _service_running() -> bool:
    """Whether the session bus has a notification service (checked through QtDBus, no process)."""
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:  # a Qt build without QtDBus
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    reply = bus.interface().isServiceRegistered(SERVICE)
    return bool(reply.value()) if reply.isValid() else False


def _desktop_notify(title: str, body: str) -> bool:
    """Send one freedesktop notification, detached; False when there is no service or no tool."""
    if not _service_running():
        return False
    command = notify_command(title, body)
    if command is None:
        return False
    return bool(QProcess.startDetached(command[0], command[1:]))


class Notifier(QObject):
    """``notify(title, body)`` -> the channel used: "desktop", "tray" or "window"."""

    def __init__(
        self,
        tray: QSystemTrayIcon | None,
        show_in_window: Callable[[str], None],
        desktop: Callable[[str, str], bool] = _desktop_notify,
    ) -> None:
        super().__init__()
        self.tray = tray
        self.show_in_window = show_in_window
        self.desktop = desktop

    def notify(self, title: str, body: str) -> str:
        self.show_in_window(f"{title}: {body}" if body else title)
        try:
            if self.desktop(title, body):
                return "desktop"
        except Exception:  # a broken bus must never lose the reminder
            log.warning("desktop notification failed", exc_info=True)
        if self.tray is not None and self.tray.isVisible():
            self.tray.showMessage(title, body)
            return "tray"
        return "window"
