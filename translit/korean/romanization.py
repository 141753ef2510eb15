"""Hangul → Latin letters by tables/korean_romanization.tsv: syllables, words and given names.

A column of the table is one system (``dprk``, ``mr``, ``rr``, ``plain``).  Inside a word (a
two-syllable surname, or a given name) an onset after a vowel or after a coda marked
``voices_next`` takes its ``voiced`` form: the one sound change KCNA writes in names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import TableError, TableProblem
from translit.hangul.jamo import CODA_OF, ONSET_OF, VOWEL_OF, decompose

TABLE = "korean_romanization.tsv"
COLUMNS = ("dprk", "mr", "rr", "plain")
_POSITIONS = {"onset": ONSET_OF, "voiced": ONSET_OF, "vowel": VOWEL_OF, "coda": CODA_OF}
_NONE = "∅"


@dataclass(frozen=True)
class _Jamo:
    """Per position: conjoining jamo ('' for no coda) → column → Latin."""

    onset: Mapping[str, Mapping[str, str]]
    voiced: Mapping[str, Mapping[str, str]]
    vowel: Mapping[str, Mapping[str, str]]
    coda: Mapping[str, Mapping[str, str]]
    voices_next: frozenset[str]


@cached(maxsize=None)
def _jamo() -> _Jamo:
    table = current().tsv(TABLE)
    found: dict[str, dict[str, Mapping[str, str]]] = {p: {} for p in _POSITIONS}
    voices: set[str] = set()
    problems: list[TableProblem] = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        position, letter = row["position"], row["jamo"]
        if position not in _POSITIONS:
            problems.append(line.problem(f"position {position!r} is not one of {list(_POSITIONS)}"))
            continue
        if letter == _NONE and position == "coda":
            key = ""
        elif letter in _POSITIONS[position]:
            key = _POSITIONS[position][letter]
        else:
            problems.append(line.problem(f"{letter!r} is not a jamo that can be a {position}"))
            continue
        cells = {c: row.get(c, "") for c in COLUMNS}
        cells["plain"] = cells["plain"] or cells["dprk"]
        found[position].setdefault(
            key, MappingProxyType({c: "" if v == _NONE else v for c, v in cells.items()})
        )
        if position == "coda" and row.get("voices_next") == "yes":
            voices.add(key)
    for position in ("onset", "vowel", "coda"):
        wanted = set(_POSITIONS[position].values()) | ({""} if position == "coda" else set())
        missing = sorted(wanted - set(found[position]))
        if missing:
            problems.append(TableProblem(table.path, 0, f"no {position} row for {missing}"))
    if problems:
        raise TableError(problems)
    frozen = {p: MappingProxyType(m) for p, m in found.items()}
    return _Jamo(
        frozen["onset"], frozen["voiced"], frozen["vowel"], frozen["coda"], frozenset(voices)
    )


def pieces(word: str, column: str, *, voice_first: bool = False, voicing: bool = True) -> list[str]:
    """Romanise each syllable of ``word`` in lower case, with the voicing rule at every
    junction inside the word: 영길 → ``["yong", "gil"]`` in ``dprk``.  ``voice_first`` voices
    the first syllable too, as the press often does (덕훈 → Dok Hun beside KCNA's Tok Hun);
    ``voicing=False`` voices nothing (선권 → Son Kwon, as some outlets write)."""
    jamo = _jamo()
    out: list[str] = []
    previous_coda: str | None = None
    for index, syl in enumerate(word):
        onset, vowel, coda = decompose(syl)
        voiced = (voice_first and index == 0) or (
            voicing and previous_coda is not None and previous_coda in jamo.voices_next
        )
        onset_map = jamo.voiced.get(onset) if voiced else None
        out.append(
            (onset_map or jamo.onset[onset])[column]
            + jamo.vowel[vowel][column]
            + jamo.coda[coda][column]
        )
        previous_coda = coda
    return out


def word(text: str, column: str) -> str:
    """One capitalised word: 남궁 → ``Namgung``, 꽃분이 → ``Kkotpuni``."""
    return "".join(pieces(text, column)).capitalize()


def given_name(
    given: str, column: str, *, join: str, voice_first: bool = False, voicing: bool = True
) -> str:
    """A given name: syllables joined by ``join`` (``" "``: each one capitalised, KCNA's Son Hui;
    ``"-"``: Son-hui; ``""``: Sonhui).  Three or more syllables make one word."""
    parts = pieces(given, column, voice_first=voice_first, voicing=voicing)
    if len(parts) > 2 or not join:
        return "".join(parts).capitalize()
    if join == " ":
        return " ".join(p.capitalize() for p in parts)
    return join.join(parts).capitalize()
