"""Window basics for all-day use: a minimum size, icons in the navigation, a shortcuts list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.icons import ICONS, pane_icon


def test_minimum_size_icons_and_accessible_names(qtbot, make_app) -> None:
    _ctx, window = make_app()
    assert window.minimumSize().width() >= 800 and window.minimumSize().height() >= 600
    window.resize(640, 480)
    assert window.width() >= 800 and window.height() >= 600
    for row in range(window.sidebar.count()):
        item = window.sidebar.item(row)
        assert not item.icon().isNull(), item.text()
        assert not item.icon().pixmap(24, 24).isNull()
        assert window.stack.widget(row).accessibleName() == item.text()


def test_bundled_svgs_render_in_the_given_colour(qtbot) -> None:
    from ui import icons

    for name, (_theme, body) in ICONS.items():
        image = icons._svg(body, QColor("#ff0000")).pixmap(48, 48).toImage()
        assert not image.isNull(), name
        reds = sum(
            1
            for x in range(0, 48, 2)
            for y in range(0, 48, 2)
            if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).alpha() > 0
        )
        assert reds > 5, name
    assert pane_icon("No such pane", QColor("black")).isNull()


def test_f1_lists_the_shortcuts(qtbot, make_app, monkeypatch) -> None:
    from ui.main_window import MainWindow

    _ctx, window = make_app()
    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show_dialog", classmethod(lambda cls, box: shown.append(box.text())))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert len(shown) == 1 and "Ctrl+Z" in shown[0] and "Ctrl+N" in shown[0]
    assert [a.text() for a in window.menuBar().actions()] == ["&Help"]
