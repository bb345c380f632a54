"""The ``daybreak`` command: the core's CLI, plus the desktop app when run with no arguments.

The core (``assistant``) never imports Qt or this package; the app is handed to its CLI
as a callable instead.
"""

from __future__ import annotations


def _gui(background: bool, backend: object = None) -> int:
    from ui.app import main as app_main  # Qt is imported only when the window is wanted

    return app_main(background=background, backend=backend)  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    from assistant.cli import main as cli_main

    return cli_main(argv, gui=_gui)
