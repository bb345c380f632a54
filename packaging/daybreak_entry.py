"""Entry point for the PyInstaller build: the same ``daybreak`` command."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
