"""두음법칙: DPRK ↔ ROK spelling of Sino-Korean words (로동 ↔ 노동, 리익 ↔ 이익, 규률 ↔ 규율).

``tables/dueum.tsv`` holds the syllable correspondences of 한글 맞춤법 제10–12항, written DPRK →
ROK; ``tables/dueum_words.tsv`` lists the Sino-Korean words DPRK writes with the original initial.
The ROK form of each word and the reverse index are derived here.  Only listed words (and, when
asked, Korean personal names) change: transcribed foreign words never do.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import TableError, TableProblem, require_text
from translit.hangul.jamo import ONSET_OF, decompose, is_syllable, syllable
from translit.korean.surnames import split_name, surnames

_RUN = re.compile("[\uac00-\ud7a3]+")
_EU = "\u1173"
_NIEUN = "\u11ab"
_CONTEXTS = ("initial", "after-vowel-or-n")


@dataclass(frozen=True)
class _Rules:
    initial: Mapping[str, str]  # DPRK syllable (open: onset+vowel; closed: exact) → ROK
    medial: Mapping[str, str]
    loan_onsets: frozenset[str]
    sino_exceptions: frozenset[str]


@dataclass(frozen=True)
class _Words:
    to_south: Mapping[str, str]
    to_dprk: Mapping[str, str]
    compound: frozenset[str]  # DPRK and ROK forms that may follow another word in a run
    longest: int


@cached(maxsize=None)
def _rules() -> _Rules:
    table = current().tsv("dueum.tsv")
    maps: dict[str, dict[str, str]] = {c: {} for c in _CONTEXTS}
    problems = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        dprk, south, context = row["dprk"], row["south"], row["context"]
        if context not in maps:
            problems.append(line.problem(f"context {context!r} is not one of {_CONTEXTS}"))
        elif not (len(dprk) == len(south) == 1 and is_syllable(dprk) and is_syllable(south)):
            problems.append(line.problem("dprk and south must be single Hangul syllables"))
        else:
            maps[context].setdefault(dprk, south)
    onsets = table.meta.get("loanword_onsets", "").split()
    if not all(o in ONSET_OF for o in onsets):
        problems.append(TableProblem(table.path, 0, "loanword_onsets must be initial consonants"))
    if problems:
        raise TableError(problems)
    return _Rules(
        MappingProxyType(maps["initial"]),
        MappingProxyType(maps["after-vowel-or-n"]),
        frozenset(ONSET_OF.get(o, "") for o in onsets),
        frozenset(table.meta.get("sino_exceptions", "").split()),
    )


def _change(syl: str, table: Mapping[str, str]) -> str:
    if syl in table:
        return table[syl]
    onset, vowel, coda = decompose(syl)
    target = table.get(syllable(onset, vowel))
    if target is None or not coda:
        return target or syl
    new_onset, new_vowel, _ = decompose(target)
    return syllable(new_onset, new_vowel, coda)


def south_initial(syl: str) -> str:
    """The ROK form of one syllable at the start of a Sino-Korean word (룡 → 용, 로 → 노)."""
    return _change(syl, _rules().initial)


def _word_south(word: str) -> str:
    rules = _rules()
    out = [south_initial(word[0])]
    for prev, syl in itertools.pairwise(word):
        _, _, coda = decompose(prev)
        out.append(_change(syl, rules.medial) if coda in ("", _NIEUN) else syl)
    return "".join(out)


def has_loanword_marker(word: str) -> bool:
    """True if ``word`` has a syllable no Sino-Korean word has: a tensed onset as in 로씨야,
    뿌찐 (쌍 excepted), or an open syllable in ㅡ as in 라브로브."""
    rules = _rules()
    for syl in filter(is_syllable, word):
        onset, vowel, coda = decompose(syl)
        if onset in rules.loan_onsets and syl not in rules.sino_exceptions:
            return True
        if vowel == _EU and not coda:
            return True
    return False


@cached(maxsize=None)
def _words() -> _Words:
    table = current().tsv("dueum_words.tsv")
    south: dict[str, str] = {}
    dprk: dict[str, str] = {}
    compound: set[str] = set()
    problems: list[TableProblem] = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        word = row["dprk"]
        if len(word) < 2 or not all(map(is_syllable, word)):
            problems.append(line.problem("a word is two or more Hangul syllables"))
            continue
        if row["compound"] not in ("yes", "no"):
            problems.append(line.problem("compound must be 'yes' or 'no'"))
            continue
        rok = _word_south(word)
        if rok == word:
            problems.append(line.problem(f"{word}: the dueum.tsv rules do not change it"))
            continue
        south.setdefault(word, rok)
        dprk.setdefault(rok, word)
        if row["compound"] == "yes":
            compound.update((word, rok))
    if problems:
        raise TableError(problems)
    longest = max(map(len, south), default=0)
    return _Words(MappingProxyType(south), MappingProxyType(dprk), frozenset(compound), longest)


def is_known_word(word: str) -> bool:
    """True if ``word`` is a listed Sino-Korean word, in its DPRK or ROK spelling."""
    words = _words()
    return word in words.to_south or word in words.to_dprk


def _convert_run(run: str, index: Mapping[str, str], compound: frozenset[str], longest: int) -> str:
    out: list[str] = []
    i = 0
    while i < len(run):
        for size in range(min(longest, len(run) - i), 1, -1):
            piece = run[i : i + size]
            if piece in index and (i == 0 or piece in compound):
                out.append(index[piece])
                i += size
                break
        else:
            out.append(run[i])
            i += 1
    return "".join(out)


def _convert(text: str, index: Mapping[str, str], name: Callable[[str, str], str] | None) -> str:
    text = unicodedata.normalize("NFC", text)
    if name is not None:
        surname, given = split_name(text)
        return name(surname, given)
    words = _words()

    def one(match: re.Match[str]) -> str:
        run = match.group()
        if has_loanword_marker(run):
            return run
        return _convert_run(run, index, words.compound, words.longest)

    return _RUN.sub(one, text)


def _name_south(surname: str, given: str) -> str:
    known = surnames().get(surname)
    rok = known.rok_hangul if known else south_initial(surname[0]) + surname[1:]
    # 제11항 붙임: a one-syllable given name may keep its sound (신립, 최린)
    first = south_initial(given[0]) if len(given) > 1 else given[0]
    return rok + first + given[1:]


def _name_dprk(surname: str, given: str) -> str:
    known = surnames().get(surname)
    return (known.dprk_hangul if known else surname) + given


def to_south(text: str, *, name: bool = False) -> str:
    """ROK spelling of DPRK ``text``: listed Sino-Korean words change (로동신문 → 노동신문,
    조선로동당 → 조선노동당), everything else is kept.  With ``name=True`` the text is a Korean
    personal name, and the surname and the given name's first syllable follow the rule
    (최룡해 → 최용해, 리설주 → 이설주, as the NIKL 2013 notice asks)."""
    require_text(text, "text")
    return _convert(text, _words().to_south, _name_south if name else None)


def to_dprk(text: str, *, name: bool = False) -> str:
    """DPRK spelling of ROK ``text``: listed words only (이익 → 리익; 이름 stays).  With
    ``name=True`` only the surname changes, where the table knows its DPRK spelling (이 → 리)."""
    require_text(text, "text")
    return _convert(text, _words().to_dprk, _name_dprk if name else None)
