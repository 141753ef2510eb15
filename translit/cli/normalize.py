"""``translit normalize``: DPRK Hangul (or Cyrillic) names → Cyrillic, South Korean, Latin."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, TextIO

from translit.cli.common import add_io_options, read_items, run_items
from translit.errors import InputError, OptionError
from translit.hangul.text import script_of
from translit.records import FORMS_KEYS, empty_forms_record, forms_record

if TYPE_CHECKING:  # the library is imported when a name is read
    from translit.russian.normalize import NameForms

SHOWN_SCORE = 0.01  # the readable table lists other readings at least this likely
ORIGIN_NAMES = {
    "ru": "Russian",
    "zh": "Chinese",
    "en": "English spelling",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "pt": "Portuguese",
    "de": "German",
}
JSON_KEYS = FORMS_KEYS


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "normalize",
        help="DPRK spelling of a foreign name → its origin, Cyrillic or original, South Korean "
        "Hangul, Latin forms",
        description="Normalise foreign names written in DPRK Hangul (뿌찐, 쎄르게이 라브로브, "
        "습근평, 브루노 로드리게스 빠릴랴) or Russian names in Cyrillic: the name's origin "
        "(Russian, Chinese, or a language of Latin spelling) with its probability, the original "
        "(Cyrillic, Chinese characters, Latin), the standard South Korean Hangul, the English "
        "press spelling and the standard romanisations, with a confidence.  Names come as "
        "arguments or one per line on stdin.  A Russian name no rule spells so is guessed at "
        'and said to be a guess (JSON source "backoff", a low confidence).',
        epilog=f"JSON keys: {', '.join(JSON_KEYS)}; south is NIKL's form, south_press the ROK "
        "press's; cyrillic and candidates are null and empty for a name of another origin than "
        "Russian (origin zh, es, fr, …), whose original is its Chinese characters or Latin "
        "spelling.\n\nexamples:\n  translit normalize 뿌찐 '제니스 만뚜로브' 습근평\n"
        "  translit normalize --json < names.txt\n  translit normalize --from ru 'Андрей Белоусов'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("names", nargs="*", metavar="NAME", help="names (default: stdin lines)")
    parser.add_argument(
        "--from",
        dest="source",
        choices=("auto", "dprk", "ru"),
        default="auto",
        help="script of the input: detected by default",
    )
    parser.add_argument(
        "--origin",
        choices=("auto", "ru", "zh", "latin"),
        default="auto",
        help="the reader to use: the most probable origin (auto, the default), Russian, Chinese, "
        "or a name of Latin spelling",
    )
    parser.add_argument("-k", type=int, default=5, help="how many candidates to keep (default 5)")
    add_io_options(parser)
    parser.set_defaults(run=run)


def to_record(forms: NameForms) -> dict[str, Any]:
    return forms_record(forms)


def empty_record(text: str) -> dict[str, Any]:
    return empty_forms_record(text)


def render(forms: NameForms, out: TextIO) -> None:
    others = ", ".join(
        f"{c.cyrillic} {c.score:.2f}" for c in forms.candidates[1:3] if c.score >= SHOWN_SCORE
    )
    origin = f"{ORIGIN_NAMES.get(forms.origin, forms.origin)} ({forms.origin_probability:.2f})"
    if forms.cyrillic is not None:
        reading = f"  {'Cyrillic':<14} {forms.cyrillic}   (confidence {forms.confidence:.2f}"
        reading += (f"; also {others}" if others else "") + ")\n"
    else:
        reading = f"  {'Original':<14} {forms.original}   (confidence {forms.confidence:.2f})\n"
    out.write(
        f"{forms.input}\n"
        f"  {'DPRK':<14} {forms.dprk}\n"
        f"  {'Origin':<14} {origin}\n"
        + reading
        + f"  {'South':<14} {forms.south}"
        + (
            f"   (NIKL; the press writes {forms.south_press})"
            if forms.south_press != forms.south
            else ""
        )
        + "\n"
        f"  {'English':<14} {forms.latin}\n"
        + (
            f"  {'Note':<14} a guess: no rule spells it so; read as {forms.dprk}\n"
            if forms.source == "backoff"
            else ""
        )
        + "".join(f"  {scheme:<14} {text}\n" for scheme, text in forms.romanizations.items())
    )


def run(args: argparse.Namespace) -> int:
    if args.k < 1:
        raise OptionError(
            "-k",
            args.k,
            ["a whole number of at least 1"],
            message=f"-k must be a whole number of at least 1, not {args.k}",
        )
    expected = {"dprk": "hangul", "ru": "cyrillic"}.get(args.source)

    from translit.origins.normalize import normalize

    def process(text: str) -> NameForms:
        if expected and script_of(text) not in (expected, "other"):
            raise InputError(f"--from {args.source} expects {expected} input")
        from translit.terms.glossary import read_name

        return read_name(text, lambda: normalize(text, k=args.k, origin=args.origin))

    return run_items(
        read_items(args.names),
        process,
        render=render,
        to_record=to_record if args.json else None,
        empty_record=empty_record,
    )
