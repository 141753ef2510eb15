"""Korean surnames (tables/korean_surnames.tsv) and splitting a name into surname and given name."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import InputError, TableError, require_text
from translit.hangul.jamo import is_syllable
from translit.hangul.text import clean

TABLE = "korean_surnames.tsv"
MAX_SYLLABLES = 5  # a two-syllable surname and a three-syllable native given name


@dataclass(frozen=True)
class Surname:
    """One row of the surname table."""

    hangul: str
    dprk_hangul: str
    rok_hangul: str
    dprk: str
    rr: str
    mr: str
    press: tuple[str, ...]
    tag: str


@cached(maxsize=None)
def surnames() -> Mapping[str, Surname]:
    """Every known surname by its Hangul spelling (overlay rows first, so they win)."""
    table = current().tsv(TABLE)
    found: dict[str, Surname] = {}
    problems = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        hangul = row["hangul"]
        spellings = (hangul, row["dprk_hangul"], row["rok_hangul"])
        if not all(1 <= len(s) <= 2 and all(map(is_syllable, s)) for s in spellings):
            problems.append(line.problem("a surname is one or two Hangul syllables"))
            continue
        press = tuple(p.strip() for p in row["press"].split("|") if p.strip())
        found.setdefault(
            hangul,
            Surname(
                hangul,
                row["dprk_hangul"],
                row["rok_hangul"],
                row["dprk"],
                row["rr"],
                row["mr"],
                press,
                row["tag"],
            ),
        )
    if problems:
        raise TableError(problems)
    return MappingProxyType(found)


def split_name(name: str) -> tuple[str, str]:
    """Split a Hangul personal name into ``(surname, given name)``.

    ``"최선희"`` → ``("최", "선희")``; two-syllable surnames are found (``"남궁민"`` → ``("남궁",
    "민")``).  A space forces the split, so that a surname missing from the table can be given
    (``"갈 선희"``).  Raises :class:`InputError` for anything that is not such a name.
    """
    require_text(name, "name")
    text = clean(name)
    for index, ch in enumerate(text):
        if not (is_syllable(ch) or ch == " "):
            raise InputError(
                f"not a Korean name: {ch!r} is not a Hangul syllable", text=text, index=index
            )
    parts = text.split(" ")
    if len(parts) > 2:
        raise InputError("a Korean name has at most one space, after the surname", text=text)
    if len(parts) == 2:
        surname, given = parts
        if len(surname) > 2:
            raise InputError(f"{surname!r} is too long for a surname (1 or 2 syllables)", text=text)
    else:
        known = surnames()
        if len(text) >= 3 and text[:2] in known:
            surname, given = text[:2], text[2:]
        elif text[0] in known:
            surname, given = text[0], text[1:]
        else:
            raise InputError(
                f"not a Korean name: {text!r} does not start with a known surname "
                "(write 'SURNAME GIVEN' with a space to romanise it anyway)",
                text=text,
                index=0,
            )
    if not given:
        raise InputError("a Korean name needs a given name after the surname", text=text)
    if len(surname) + len(given) > MAX_SYLLABLES:
        raise InputError(
            f"not a Korean name: {len(surname) + len(given)} syllables, at most {MAX_SYLLABLES}",
            text=text,
        )
    return surname, given
