"""Run the translit command from a checkout: ``python cli.py normalize 뿌찐``."""

import sys

from translit.cli import main

if __name__ == "__main__":
    sys.exit(main())
