"""Light and dark: the window follows the system colour scheme and switches live."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication

from tests.gui.test_action_table import TEXT, saved_items
from ui.panes.summaries import OWNER, TASK
from ui.theme import SchemeFollower, dark_palette, is_dark, line_highlight


@pytest.fixture
def follower(qapp: QApplication) -> Iterator[SchemeFollower]:
    """A follower for this test alone; the session's palette is put back afterwards."""
    saved = QPalette(qapp.palette())
    f = SchemeFollower(qapp)
    try:
        yield f
    finally:
        qapp.styleHints().colorSchemeChanged.disconnect(f.apply)
        f.setParent(None)
        f.deleteLater()
        qapp.setPalette(saved)


def icon_colour(window, row: int) -> QColor:
    """The darkest-or-lightest opaque pixel of a navigation icon: the colour it is drawn in."""
    image: QImage = window.sidebar.item(row).icon().pixmap(24, 24).toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    drawn = [p for p in pixels if p.alpha() > 200]
    assert drawn
    return drawn[0]


def test_a_switch_to_dark_and_back_repaints_the_window(qtbot, make_app, follower, qapp) -> None:
    _ctx, window = make_app()
    assert not is_dark(qapp.palette())  # offscreen Qt starts light
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what Qt does when the desktop switches
    assert follower.scheme == Qt.ColorScheme.Dark and is_dark(qapp.palette())
    qtbot.waitUntil(lambda: is_dark(window.palette()))  # Qt posts the change to each widget
    assert is_dark(window.todos.list.palette())
    assert icon_colour(window, 0).lightness() > 150  # light icons on the dark sidebar
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: not is_dark(window.palette()))
    assert not is_dark(qapp.palette())
    assert icon_colour(window, 0).lightness() < 100


def test_unknown_scheme_leaves_the_platform_palette_alone(follower, qapp) -> None:
    before = qapp.palette().color(QPalette.ColorRole.Window)
    follower.apply(Qt.ColorScheme.Unknown)
    assert qapp.palette().color(QPalette.ColorRole.Window) == before


def test_a_platform_that_switched_itself_is_not_overridden(follower, qapp) -> None:
    platform_dark = dark_palette()
    platform_dark.setColor(QPalette.ColorRole.Window, QColor(10, 20, 30))  # the platform's own dark
    qapp.setPalette(platform_dark)
    follower.apply(Qt.ColorScheme.Dark)
    assert qapp.palette().color(QPalette.ColorRole.Window) == QColor(10, 20, 30)


def test_greyed_items_and_the_cited_line_follow_the_scheme(qtbot, make_app, follower, qapp) -> None:
    ctx, window = make_app()
    pane = window.summaries
    tid, items = saved_items(ctx.store)
    pane.text.setPlainText(TEXT)
    pane.transcript_id = tid
    pane.show_items(items, "summary")
    pane.table.item(0, OWNER).setCheckState(Qt.CheckState.Unchecked)  # the user's own tick
    pane.table.selectRow(0)
    [sel] = pane.text.extraSelections()
    assert sel.format.background().color() == line_highlight(qapp.palette())
    follower.apply(Qt.ColorScheme.Dark)
    want = line_highlight(dark_palette())

    def highlight() -> QColor:
        [sel] = pane.text.extraSelections()
        fmt = sel.format
        return QColor(fmt.background().color())

    qtbot.waitUntil(lambda: highlight() == want)
    assert line_highlight(dark_palette()).lightness() < 100  # not a bright box behind light text
    grey = dark_palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert pane.table.item(2, TASK).foreground().color() == grey  # the doubtful item, redrawn
    assert list(pane.ticks().values()) == [False, False, True]  # ticks survive the redraw
