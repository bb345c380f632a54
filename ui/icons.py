"""Navigation icons: the desktop theme's icon when it has one, else a small bundled SVG.

The SVGs live here as text (no data files to package); they are drawn in the window's text
colour, so they follow a light or dark scheme.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPixmap

#: pane -> (freedesktop theme icon name, SVG body drawn in a 24x24 box with ``currentColor``)
ICONS: dict[str, tuple[str, str]] = {
    "To-dos": (
        "checkbox",
        '<rect x="3" y="4" width="6" height="6" rx="1"/><path d="M4.5 7l1.5 1.5 2.5-3"/>'
        '<path d="M12 7h9M12 17h9"/><rect x="3" y="14" width="6" height="6" rx="1"/>',
    ),
    "Summaries": (
        "x-office-document",
        '<path d="M6 2h9l4 4v16H6z"/><path d="M9 10h7M9 14h7M9 18h5"/>',
    ),
    "Email": (
        "mail-message-new",
        '<rect x="2" y="5" width="20" height="14" rx="2"/><path d="M2 7l10 7 10-7"/>',
    ),
    "Recipes": (
        "applications-utilities",
        '<path d="M4 11h16a8 8 0 0 1-16 0z"/><path d="M9 7c0-2 2-2 2-4M14 7c0-2 2-2 2-4"/>',
    ),
    "Notes": ("accessories-text-editor", '<path d="M4 20l4-1 11-11-3-3L5 16z"/><path d="M14 6l3 3"/>'),
    "Digest": ("appointment-new", '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>'),
}


def _svg(body: str, color: QColor) -> QIcon:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="48" height="48" fill="none" '
        f'stroke="{color.name()}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">{body}</svg>'
    )
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.encode()), "SVG")
    return QIcon(pixmap)


def pane_icon(name: str, color: QColor) -> QIcon:
    """The theme's icon for a pane, else the bundled one in ``color``; an empty icon for unknown names."""
    if name not in ICONS:
        return QIcon()
    theme, body = ICONS[name]
    if QIcon.hasThemeIcon(theme):
        return QIcon.fromTheme(theme)
    return _svg(body, color)
