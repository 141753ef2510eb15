"""``translit check``: find mistranslated names and terms in the English version of a DPRK text.

Both files are read as UTF-8 (a BOM removed, newlines kept as they are), and every span is a
[start, end) character offset into that text; ``-`` reads one of them from standard input.
Exit status: 0 no finding with a verdict of ``--fail-on`` (default: error), 1 some found, 2 bad
input (an unreadable, empty, too large or non-UTF-8 file, no Hangul in the Korean file, an
``--html`` path that is an input).  The status is decided before any output, so a reader that
closes the pipe early (``| head``) does not change it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from translit.cli import batch
from translit.cli.common import StatusLine, fails, is_terminal, output_closed, write_json
from translit.errors import InputError
from translit.records import FINDING_KEYS, finding_record
from translit.vocabulary import NAME_KINDS, VERDICTS

if TYPE_CHECKING:  # the library is imported when a check runs, not to show the help
    from translit.checking.finding import Finding
    from translit.checking.report import Report

JSON_KEYS = FINDING_KEYS
ONLY = {"errors": ("error",), "missing": ("missing",), "variants": ("variant",), "all": VERDICTS}
COLOURS = {"ok": "32", "variant": "36", "error": "1;31", "missing": "33", "unverified": "2"}
STDIN = "-"
BYTES_PER_CHAR = 4  # the most a character takes in UTF-8: a file this many times the limit is
# refused before it is read
CHECKING_NOTE_CHARS = 10_000  # a text this long takes about a second: say so on a terminal
MISSING_WARNING_MIN = 3  # below this many names, "most are missing" says little


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "check",
        help="check an English translation of a DPRK text for misspelt names and wrong terms",
        description="Find every foreign and Korean name and glossary term of the Korean text, "
        "locate its rendering in the English text and judge it: ok, variant, error, missing "
        "(or unverified: a title or common term rendered freely).  Either file may be '-', "
        "standard input.",
        epilog="examples:\n  translit check ko.txt en.txt\n"
        "  translit check --only errors --json ko.txt en.txt\n"
        "  translit check --html report.html ko.txt en.txt\n"
        "  fetch-english | translit check ko.txt -\n"
        "  translit check --batch articles.jsonl --jobs 2 > findings.jsonl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "korean", metavar="KO_FILE", nargs="?", help="the Korean (DPRK) text ('-': stdin)"
    )
    parser.add_argument(
        "english", metavar="EN_FILE", nargs="?", help="its English translation ('-': stdin)"
    )
    parser.add_argument("--json", action="store_true", help="write JSON Lines, one per finding")
    parser.add_argument(
        "--only", choices=tuple(ONLY), default="all", help="which findings to show (default all)"
    )
    parser.add_argument("--html", metavar="FILE", help="also write a side-by-side HTML report")
    parser.add_argument(
        "--fail-on",
        metavar="VERDICTS",
        type=verdicts,
        default=("error",),
        help="exit 1 when a finding has one of these comma-separated verdicts "
        "(default error; e.g. error,missing)",
    )
    parser.add_argument(
        "--vocabulary",
        action="store_true",
        help="also report common vocabulary (방문, 우리 나라), quiet by default",
    )
    batch.register(parser)
    parser.set_defaults(run=run)


def verdicts(text: str) -> tuple[str, ...]:
    """The verdicts of ``--fail-on``: comma-separated, each one of :data:`VERDICTS`."""
    found = tuple(v.strip() for v in text.split(",") if v.strip())
    wrong = [v for v in found if v not in VERDICTS]
    if not found or wrong:
        raise argparse.ArgumentTypeError(
            f"{', '.join(wrong) or 'nothing'}: give verdicts from {', '.join(VERDICTS)}"
        )
    return found


def max_bytes() -> int:
    """The largest file ``check`` reads: the character limit at the most bytes a character
    takes (the character limit itself is enforced by :func:`translit.checking.report.check`)."""
    from translit.checking.settings import number

    return int(number("max_text_chars")) * BYTES_PER_CHAR


def _too_long(label: str, size: str) -> InputError:
    from translit.checking.settings import number

    limit = int(number("max_text_chars"))
    return InputError(
        f"{label}: too long to check at once: {size} bytes, more than {max_bytes():,} "
        f"(the limit is {limit:,} characters; split it into articles)"
    )


def _label(path: str) -> str:
    return "standard input" if path == STDIN else path


def _read_bounded(handle: BinaryIO, label: str) -> bytes:
    raw = handle.read(max_bytes() + 1)
    if len(raw) > max_bytes():
        raise _too_long(label, f"over {max_bytes():,}")
    return raw


def read_text(path: str, stdin: BinaryIO | None = None) -> str:
    """A file's text (``-``: standard input): UTF-8, BOM removed, newlines as in the file;
    InputError otherwise.  A file larger than :func:`max_bytes` is refused before it is read,
    and no more than that is ever read from a stream."""
    label = _label(path)
    try:
        if path == STDIN:
            raw = _read_bounded(stdin if stdin is not None else sys.stdin.buffer, label)
        else:
            with open(path, "rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size > max_bytes():
                    raise _too_long(label, f"{size:,}")
                raw = _read_bounded(handle, label)
    except OSError as exc:
        raise InputError(f"{label}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{label}: not valid UTF-8 (byte {exc.start + 1})") from None
    if not text.strip():
        raise InputError(f"{label}: empty file")
    return text


def _same_file(first: str, second: str) -> bool:
    if STDIN in (first, second):
        return False
    try:
        if os.path.samefile(first, second):
            return True
    except OSError:  # one of them does not exist (yet)
        pass
    try:
        return Path(first).resolve() == Path(second).resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: not the same as a readable input
        return False


def _check_paths(args: argparse.Namespace) -> None:
    """Refuse ``-`` twice and an ``--html`` report written onto an input, before reading."""
    if args.korean == STDIN and args.english == STDIN:
        raise InputError("only one of KO_FILE and EN_FILE can be '-' (standard input)")
    if args.html:
        for label, path in (("Korean", args.korean), ("English", args.english)):
            if _same_file(args.html, path):
                raise InputError(
                    f"--html {args.html}: that is the {label} input; "
                    "refusing to overwrite it with the report"
                )


def to_record(finding: Finding) -> dict[str, Any]:
    return finding_record(finding)


def missing_warning(report: Report) -> str | None:
    """A plain warning when most names are missing from the English (a wrong or truncated
    translation), else ``None``: names of people and the proper names that can be missing
    (places, organisations, media, parties: ``proper_kinds`` of ``tables/check.tsv``).  Exit
    statuses do not change for it."""
    from translit.checking.settings import words

    kinds = {*NAME_KINDS, *words("proper_kinds")}
    names = [f for f in report.findings if f.kind in kinds]
    missing = sum(f.verdict == "missing" for f in names)
    if len(names) < MISSING_WARNING_MIN or 2 * missing <= len(names):
        return None
    return (
        f"most names ({missing} of {len(names)}) are missing from the English: "
        "is it the translation of this text?"
    )


def _paint(text: str, verdict: str, colour: bool) -> str:
    return f"\033[{COLOURS[verdict]}m{text}\033[0m" if colour else text


def render(report: Report, shown: list[Finding], out: TextIO, colour: bool) -> None:
    counts = ", ".join(f"{report.summary[v]} {v}" for v in VERDICTS)
    out.write(f"{len(report.findings)} mentions: {counts}\n")
    warning = missing_warning(report)
    if warning:
        out.write(f"warning: {warning}\n")
    for f in shown:
        where = f"[{f.korean_span[0]}:{f.korean_span[1]}]"
        found = (
            f"{f.found!r} [{f.english_span[0]}:{f.english_span[1]}]"
            if f.english_span is not None
            else "not found"
        )
        out.write(
            f"{_paint(f'{f.verdict:<10}', f.verdict, colour)} {f.kind:<12} {f.korean} {where}"
            f" → {found}; expected {f.expected!r} ({f.score:.0f})\n"
        )
        if f.explanation:
            out.write(f"{'':11}{f.explanation}\n")


def _checked(korean: str, english: str, vocabulary: bool) -> Report:
    from translit.checking.report import check

    note = StatusLine(sys.stderr)
    if max(len(korean), len(english)) > CHECKING_NOTE_CHARS:
        note.show(f"translit: checking {len(korean):,} + {len(english):,} characters…")
    try:
        return check(korean, english, vocabulary=vocabulary)
    finally:
        note.clear()


def run(args: argparse.Namespace) -> int:
    from translit.checking.html import to_html

    if batch.requested(args):
        return batch.run(args, ONLY[args.only])
    _check_paths(args)
    if STDIN in (args.korean, args.english) and is_terminal(sys.stdin):
        which = "Korean" if args.korean == STDIN else "English"
        sys.stderr.write(f"translit: reading the {which} text from standard input; Ctrl-D to end\n")
    korean, english = read_text(args.korean), read_text(args.english)
    report = _checked(korean, english, args.vocabulary)
    status = 1 if fails(report.findings, args.fail_on) else 0  # before any output: '| head'
    # cannot change it
    if args.html:
        try:
            Path(args.html).write_text(
                to_html(report, title=f"translit check: {_label(args.english)}"), encoding="utf-8"
            )
        except OSError as exc:
            raise InputError(f"{args.html}: cannot write: {exc.strerror or exc}") from None
    out = sys.stdout
    warning = missing_warning(report)
    if warning and (args.json or not is_terminal(out)):  # else the report on screen says it
        sys.stderr.write(f"translit: warning: {warning}\n")
    shown = [f for f in report.findings if f.verdict in ONLY[args.only]]
    try:
        if args.json:
            for finding in shown:
                write_json(to_record(finding), out)
        else:
            colour = is_terminal(out) and not os.environ.get("NO_COLOR")
            render(report, shown, out, colour)
        out.flush()
    except BrokenPipeError:
        output_closed()
    return status
