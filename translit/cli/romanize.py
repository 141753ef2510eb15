"""``translit romanize``: Korean personal names in every romanisation system."""

from __future__ import annotations

import argparse
from typing import Any, TextIO

from translit.cli.common import add_io_options, read_items, run_items
from translit.korean.names import name_variants, romanizations, romanize
from translit.vocabulary import SYSTEMS, System

JSON_KEYS = ("input", "dprk", "mr", "mr_ascii", "rr", "rr_translit", "variants")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "romanize",
        help="Korean personal names (Hangul) → DPRK/KCNA, McCune–Reischauer, RR, press forms",
        description="Romanise Korean personal names written in Hangul, surname first (최선희, "
        "or '갈 선희' with a space to force the split).  Names come as arguments or as "
        "stdin lines.  Without --system, a table of every system; with --json, JSON Lines with "
        "the keys " + ", ".join(JSON_KEYS) + ".",
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="names (default: stdin lines)")
    parser.add_argument("--system", choices=SYSTEMS, help="print only this system's form")
    add_io_options(parser)
    parser.set_defaults(run=run)


def _record(name: str) -> dict[str, Any]:
    forms = romanizations(name)
    record: dict[str, Any] = {"input": name}
    for key in JSON_KEYS[1:-1]:
        record[key] = forms[key.replace("_", "-")]
    record["variants"] = sorted(name_variants(name))
    return record


def _empty(text: str) -> dict[str, Any]:
    return {"input": text, **{key: None for key in JSON_KEYS[1:]}}


def _render_one(form: str, out: TextIO) -> None:
    out.write(form + "\n")


def _render_table(name_forms: tuple[str, dict[str, str]], out: TextIO) -> None:
    name, forms = name_forms
    width = max(map(len, forms))
    out.write(name + "\n")
    for system, form in forms.items():
        out.write(f"  {system:<{width}}  {form}\n")


def run(args: argparse.Namespace) -> int:
    items = read_items(args.names)
    if args.json:
        return run_items(items, _record, render=_render_one, to_record=dict, empty_record=_empty)
    if args.system:
        system: System = args.system
        return run_items(
            items,
            lambda name: romanize(name, system=system),
            render=_render_one,
            to_record=None,
            empty_record=_empty,
        )
    return run_items(
        items,
        lambda name: (name, romanizations(name)),
        render=_render_table,
        to_record=None,
        empty_record=_empty,
    )
