"""``translit term [WORD ...]``: DPRK political terms → South Korean form and English."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any, TextIO

from translit.cli.common import add_io_options, read_items, run_items

if TYPE_CHECKING:  # the library is imported when a term is looked up
    from translit.terms.glossary import TermEntry

KEYS = ("input", "dprk", "south", "english", "english_variants", "kind", "source")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "term",
        help="look up DPRK political terms, titles and institution names",
        description="Look up DPRK terms (외무상, 정부부수상, 원동련방구 …): DPRK and South Korean "
        "forms, English, kind and source.  Words from the arguments, else one per stdin line.  "
        "A sequence of glossary words that the compound table allows (로씨야련방외무상) is "
        "composed, and shown as such (JSON source 'composed').  "
        "An unknown word gets nulls and a note on stderr; it is not an error.",
    )
    parser.add_argument("words", nargs="*", metavar="WORD", help="terms (default: stdin lines)")
    add_io_options(parser)
    parser.set_defaults(run=run)


def _lookup(word: str) -> TermEntry:
    from translit.terms.term import term

    entry = term(word)
    if entry.english is None:
        sys.stderr.write(f"translit: {entry.input!r}: {entry.note}\n")
    return entry


def _render(entry: TermEntry, out: TextIO) -> None:
    if entry.english is None:
        out.write(f"{entry.input}\t?\n")
        return
    from translit.terms.compounds import COMPOSED

    extra = [entry.note or "composed"] if entry.source == COMPOSED else []  # not a glossary row
    if entry.south and entry.south != entry.dprk:
        extra.append(f"ROK {entry.south}")
    if entry.english_variants:
        extra.append("also " + " | ".join(entry.english_variants))
    if entry.kcna_english:
        extra.append(f"KCNA {entry.kcna_english}")
    shown = entry.input if entry.dprk == entry.input else f"{entry.input} ({entry.dprk})"
    details = f"  [{'; '.join(extra)}]" if extra else ""
    out.write(f"{shown}\t{entry.english}\t{entry.kind}{details}\n")


def _record(entry: TermEntry) -> dict[str, Any]:
    return {
        "input": entry.input,
        "dprk": entry.dprk,
        "south": entry.south,
        "english": entry.english,
        "english_variants": list(entry.english_variants),
        "kind": entry.kind,
        "source": entry.source,
    }


def _empty(text: str) -> dict[str, Any]:
    return {
        key: text if key == "input" else [] if key == "english_variants" else None for key in KEYS
    }


def run(args: argparse.Namespace) -> int:
    return run_items(
        read_items(args.words),
        _lookup,
        render=_render,
        to_record=_record if args.json else None,
        empty_record=_empty,
    )
