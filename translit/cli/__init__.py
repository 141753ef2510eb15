"""The ``translit`` command: a thin mapping from arguments to library calls.

Exit status: 0 success; 1 nothing could be processed (or, for ``check``, errors were found);
2 bad usage, unreadable files or malformed tables.  Errors are one line on stderr, never a
traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from translit.data import set_overlay
from translit.errors import TranslitError

SUBCOMMANDS = ("normalize", "romanize", "term", "check")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="translit",
        description="Normalise North Korean (DPRK) spellings of foreign names and terms, and check "
        "English translations of DPRK texts for mistranslated names.",
        epilog="Run 'translit COMMAND --help' for the options of one command.",
    )
    parser.add_argument(
        "--tables",
        metavar="DIR",
        help="a directory of user tables read before the bundled ones (also TRANSLIT_TABLES)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"translit.cli.{name}").register(sub)
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return int(exc.code or 0)
    try:
        if args.tables:
            set_overlay(args.tables)
        status: int = args.run(args)
    except TranslitError as exc:
        sys.stderr.write(f"translit: {exc}\n")
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output closed early, e.g. '| head': not an error
        sys.stderr.close()
        return 0
    return status
