"""The ``translit`` command: a thin mapping from arguments to library calls.

Exit status: 0 success; 1 nothing could be processed (or, for ``check``, errors were found);
2 bad usage, unreadable files or malformed tables.  Errors are one line on stderr, never a
traceback.  The status never depends on when a reader closes the output (``| head``): each
command decides it from its input, and a closed output only ends the writing.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any

from translit.cli.common import output_closed
from translit.data import set_overlay
from translit.errors import TranslitError

SUBCOMMANDS = ("normalize", "romanize", "term", "check", "serve")
DISTRIBUTION = "translit-dprk"


def version() -> str:
    """The installed distribution's version, else the package's own ``__version__``."""
    import importlib.metadata  # only when asked: it costs a noticeable part of start-up

    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        from translit import __version__

        return __version__


class _Version(argparse.Action):
    """``--version``, with the version looked up only when asked for."""

    def __call__(self, parser: argparse.ArgumentParser, *_: Any) -> None:
        sys.stdout.write(f"{parser.prog} {version()}\n")
        parser.exit()


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="translit",
        description="Normalise North Korean (DPRK) spellings of foreign names and terms, and check "
        "English translations of DPRK texts for mistranslated names.",
        epilog="Run 'translit COMMAND --help' for the options of one command.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    parser.add_argument(
        "--tables",
        metavar="DIR",
        help="a directory of user tables read before the bundled ones (also TRANSLIT_TABLES)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in SUBCOMMANDS:
        importlib.import_module(f"translit.cli.{name}").register(sub)
    return parser.parse_args(argv)


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version (0) or a usage error (2)
        return int(exc.code or 0)
    try:
        if args.tables:
            set_overlay(args.tables)
        status: int = args.run(args)
    except TranslitError as exc:
        sys.stderr.write(f"translit: {exc}\n")
        return 2
    except MemoryError:
        sys.stderr.write("translit: out of memory (is the input far larger than expected?)\n")
        return 2
    except KeyboardInterrupt:
        return 130
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    status = 0
    try:
        status = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:  # output closed early while writing help: nothing more to say
        output_closed()
    return status
