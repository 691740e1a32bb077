"""`python -m graph` runs the actornet command line."""

import sys

from .cli import main

sys.exit(main())
