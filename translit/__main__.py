"""``python -m translit`` runs the command line."""

import sys

from translit.cli import main

sys.exit(main())
