"""Daybreak's core: engine, store, skills, scheduler and CLI.

Nothing in this package imports Qt or the ``ui`` package; the desktop app
calls into it and gets plain data back.
"""

__version__ = "0.1.0"
