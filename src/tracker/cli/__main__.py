"""`python -m tracker.cli`: the same entry point as the `tracker` command."""

import sys

from tracker.cli.main import main

sys.exit(main())
