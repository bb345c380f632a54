"""``python -m assistant`` is the ``daybreak`` command."""

import sys

from assistant.cli import main

sys.exit(main())
