"""Light and dark: the window follows the system colour scheme, live.

Qt 6.5+ reports the desktop's scheme in ``QStyleHints.colorScheme`` and announces a
switch with ``colorSchemeChanged``.  Some platform themes change the application palette
themselves (Windows, macOS, GTK); others only report the scheme (a bare X11 session with
the xdg portal).  :class:`SchemeFollower` checks the palette against the scheme and sets
a matching one only where the platform did not, so it never fights a platform theme.
Widgets that draw with their own colours (icons, highlights) redraw on the
``PaletteChange`` event Qt then sends them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

log = logging.getLogger("daybreak.ui.theme")


def is_dark(palette: QPalette) -> bool:
    """Whether a palette draws light text on a dark window."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def dark_palette() -> QPalette:
    """A dark palette with the contrast of Fusion's light one (text 4.5:1 or better)."""
    p = QPalette()
    # Fields and lists a little lighter than the window: Fusion draws check boxes and
    # frames with the window colour darkened, which vanishes on a darker base.
    window, base, text = QColor(40, 40, 43), QColor(56, 56, 60), QColor(232, 232, 232)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(62, 62, 66),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(150, 150, 150),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(64, 64, 68),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 110, 110),
        QPalette.ColorRole.Light: QColor(75, 75, 78),
        QPalette.ColorRole.Midlight: QColor(65, 65, 68),
        QPalette.ColorRole.Mid: QColor(50, 50, 52),
        QPalette.ColorRole.Dark: QColor(25, 25, 26),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: QColor(42, 130, 218),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(100, 170, 255),
        QPalette.ColorRole.LinkVisited: QColor(180, 140, 255),
    }
    for role, colour in roles.items():
        p.setColor(role, colour)
    disabled = QColor(128, 128, 128)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


def line_highlight(palette: QPalette) -> QColor:
    """The background of a cited transcript line: amber that keeps the text readable in both."""
    return QColor(120, 95, 20) if is_dark(palette) else QColor(255, 220, 120)


class SchemeFollower(QObject):
    """Keeps the application palette in step with the system's light or dark scheme.

    Signals:
        scheme_changed(Qt.ColorScheme): the scheme now shown.
    """

    scheme_changed = Signal(object)

    def __init__(self, app: QGuiApplication) -> None:
        super().__init__(app)
        self.setObjectName("schemeFollower")
        self.app = app
        # What the platform gave us at start: restored when the scheme goes back to it.
        self.platform_palette = QPalette(app.palette())
        self.scheme = Qt.ColorScheme.Unknown
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        """Show ``scheme``; Unknown (the platform does not say) leaves the palette alone."""
        if scheme == Qt.ColorScheme.Unknown:
            return
        want_dark = scheme == Qt.ColorScheme.Dark
        if is_dark(self.app.palette()) != want_dark:
            if is_dark(self.platform_palette) == want_dark:
                palette = self.platform_palette
            else:
                palette = dark_palette() if want_dark else self._light_palette()
            self.app.setPalette(palette)  # every widget gets a PaletteChange event
            log.info("colour scheme: %s", "dark" if want_dark else "light")
        self.scheme = scheme
        self.scheme_changed.emit(scheme)

    def _light_palette(self) -> QPalette:
        style = getattr(self.app, "style", None)
        return QPalette(style().standardPalette()) if style is not None else QPalette()
