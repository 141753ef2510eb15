"""``translit check``: find mistranslated names and terms in the English version of a DPRK text.

Both files are read as UTF-8 (a BOM removed, newlines kept as they are), and every span is a
[start, end) character offset into that text.  Exit status: 0 no ``error`` finding, 1 errors
found, 2 bad input (an unreadable, empty or non-UTF-8 file, no Hangul in the Korean file).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from translit.check.finding import Finding
from translit.check.html import to_html
from translit.check.report import Report, check
from translit.cli.common import write_json
from translit.errors import InputError
from translit.vocabulary import VERDICTS

JSON_KEYS = (
    "kind",
    "korean",
    "korean_span",
    "expected",
    "found",
    "english_span",
    "verdict",
    "score",
    "explanation",
)
ONLY = {"errors": ("error",), "missing": ("missing",), "variants": ("variant",), "all": VERDICTS}
COLOURS = {"ok": "32", "variant": "36", "error": "1;31", "missing": "33", "unverified": "2"}


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "check",
        help="check an English translation of a DPRK text for misspelt names and wrong terms",
        description="Find every foreign and Korean name and glossary term of the Korean text, "
        "locate its rendering in the English text and judge it: ok, variant, error, missing "
        "(or unverified: a title or common term rendered freely).",
        epilog="examples:\n  translit check ko.txt en.txt\n"
        "  translit check --only errors --json ko.txt en.txt\n"
        "  translit check --html report.html ko.txt en.txt",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("korean", metavar="KO_FILE", help="the Korean (DPRK) text")
    parser.add_argument("english", metavar="EN_FILE", help="its English translation")
    parser.add_argument("--json", action="store_true", help="write JSON Lines, one per finding")
    parser.add_argument(
        "--only", choices=tuple(ONLY), default="all", help="which findings to show (default all)"
    )
    parser.add_argument("--html", metavar="FILE", help="also write a side-by-side HTML report")
    parser.set_defaults(run=run)


def read_text(path: str) -> str:
    """A file's text: UTF-8, BOM removed, newlines as in the file; InputError otherwise."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start + 1})") from None
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def to_record(finding: Finding) -> dict[str, Any]:
    record = {key: getattr(finding, key) for key in JSON_KEYS}
    for key in ("korean_span", "english_span"):
        record[key] = list(record[key]) if record[key] is not None else None
    return record


def _paint(text: str, verdict: str, colour: bool) -> str:
    return f"\033[{COLOURS[verdict]}m{text}\033[0m" if colour else text


def render(report: Report, shown: list[Finding], out: TextIO, colour: bool) -> None:
    counts = ", ".join(f"{report.summary[v]} {v}" for v in VERDICTS)
    out.write(f"{len(report.findings)} mentions: {counts}\n")
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


def run(args: argparse.Namespace) -> int:
    korean, english = read_text(args.korean), read_text(args.english)
    report = check(korean, english)
    if args.html:
        try:
            Path(args.html).write_text(
                to_html(report, title=f"translit check: {args.english}"), encoding="utf-8"
            )
        except OSError as exc:
            raise InputError(f"{args.html}: cannot write: {exc.strerror or exc}") from None
    shown = [f for f in report.findings if f.verdict in ONLY[args.only]]
    out = sys.stdout
    if args.json:
        for finding in shown:
            write_json(to_record(finding), out)
    else:
        colour = out.isatty() and not os.environ.get("NO_COLOR")
        render(report, shown, out, colour)
    out.flush()
    return 1 if report.has_errors else 0
