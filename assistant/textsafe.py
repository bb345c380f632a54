"""Text from transcripts, titles and models made safe for a terminal.

A transcript line or a to-do title can hold ESC/CSI/OSC sequences (clear the screen, retitle
the window, write the clipboard with OSC 52) or bidi overrides that reorder what is shown.
Human-readable CLI output goes through :func:`for_terminal`, which shows every such
character as a visible escape instead; ``--json`` output is left alone (JSON escapes them).
"""

from __future__ import annotations

import io
import re
from typing import TextIO

# C0 controls except tab and newline, DEL, C1 controls, and the bidi embedding, override
# and isolate controls (plus the invisible marks that steer them).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"<U+{code:04X}>"


def for_terminal(text: str) -> str:
    """``text`` with control and bidi-override characters shown as visible escapes."""
    return _UNSAFE.sub(_visible, text)


class TerminalSafe(io.TextIOBase):
    """A text stream that passes everything written through :func:`for_terminal`."""

    def __init__(self, inner: TextIO) -> None:
        super().__init__()
        self.inner = inner

    def write(self, text: str) -> int:
        self.inner.write(for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self.inner.flush()

    def isatty(self) -> bool:
        return self.inner.isatty()

    def fileno(self) -> int:
        return self.inner.fileno()
