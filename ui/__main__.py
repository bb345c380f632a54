"""``python -m ui`` is the ``daybreak`` command (the desktop app with no arguments)."""

import sys

from ui.launch import main

sys.exit(main())
