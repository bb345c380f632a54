"""Entry point for the PyInstaller build: the same ``daybreak`` command."""

import sys

from assistant.cli import main

if __name__ == "__main__":
    sys.exit(main())
