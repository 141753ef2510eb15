"""The South Korean form of a foreign name's DPRK spelling (까스뜨로 → 카스트로), by the letters
the two norms write apart (``tables/foreign_south.tsv``): tense plosives and ㅆ, y-glides after
ㅈ and ㅊ, 쉬.

>>> south_spelling("삔또")
'핀토'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import TableError
from translit.hangul.jamo import ONSET_OF, decompose, is_syllable, syllable

TABLE = "foreign_south.tsv"
SCOPES = ("onset", "syllable")


@dataclass(frozen=True)
class _Rewrites:
    onsets: Mapping[str, str]  # conjoining onset → onset
    syllables: Mapping[tuple[str, str], tuple[str, str]]  # (onset, vowel) → (onset, vowel)


@cached(maxsize=None)
def _rewrites() -> _Rewrites:
    table = current().tsv(TABLE)
    onsets: dict[str, str] = {}
    syllables: dict[tuple[str, str], tuple[str, str]] = {}
    problems = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        dprk, south, scope = row["dprk"], row["south"], row["scope"]
        if scope == "onset" and dprk in ONSET_OF and south in ONSET_OF:
            onsets[ONSET_OF[dprk]] = ONSET_OF[south]
        elif scope == "syllable" and all(len(s) == 1 and is_syllable(s) for s in (dprk, south)):
            if decompose(dprk)[2] or decompose(south)[2]:
                problems.append(line.problem("a syllable rewrite is of open syllables (no coda)"))
            syllables[decompose(dprk)[:2]] = decompose(south)[:2]
        else:
            problems.append(line.problem(f"{scope!r}: two onsets, or two open syllables"))
    if problems:
        raise TableError(problems)
    return _Rewrites(MappingProxyType(onsets), MappingProxyType(syllables))


def south_spelling(dprk: str) -> str:
    """The South Korean form of a foreign name's DPRK Hangul; other characters are kept."""
    rewrites = _rewrites()
    out = []
    for ch in dprk:
        if not is_syllable(ch):
            out.append(ch)
            continue
        onset, vowel, coda = decompose(ch)
        onset, vowel = rewrites.syllables.get((onset, vowel), (onset, vowel))
        out.append(syllable(rewrites.onsets.get(onset, onset), vowel, coda))
    return "".join(out)
