"""Korean place and building names read from their generic (``tables/ko_generics.tsv``):
회창군 → Hoechang County, 양각도국제호텔 → Yanggakdo International Hotel."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.hangul.jamo import is_syllable
from translit.korean.dueum import has_loanword_marker
from translit.korean.names import is_korean_name, romanize
from translit.korean.romanization import pieces, word

TABLE = "ko_generics.tsv"
MAX_NAME = 4  # syllables of a Korean place name before its generic


@dataclass(frozen=True)
class Generic:
    """A generic word: the English pattern of the whole ({name} for the name) and its kind."""

    dprk: str
    english: str
    kind: str


@dataclass(frozen=True)
class KoreanPlace:
    """A name and its generic, with the English forms of the whole, KCNA's first."""

    name: str
    generic: Generic
    english: tuple[str, ...]


@cached(maxsize=None)
def generics() -> Mapping[str, Generic]:
    table = current().tsv(TABLE)
    return MappingProxyType(
        {r["dprk"]: Generic(r["dprk"], r["english"], r["kind"]) for r in table.rows}
    )


@cached(maxsize=None)
def longest_generic() -> int:
    return max(map(len, generics()), default=0)


def place_names(name: str) -> tuple[str, ...]:
    """The DPRK romanisations of a Korean place name: by the rules (Yanggakto) and with every
    onset after the first voiced, as KCNA writes it (Yanggakdo, Taedonggang)."""
    voiced = pieces(name[0], "dprk") + [pieces(ch, "dprk", voice_first=True)[0] for ch in name[1:]]
    return tuple(dict.fromkeys((word(name, "dprk"), "".join(voiced).capitalize())))


def korean_place(name: str, generic: str, known: tuple[str, ...] = ()) -> KoreanPlace | None:
    """The place ``name`` + ``generic`` (``None`` when ``generic`` is none of the table, the
    name is not of two syllables before a one-syllable generic (회창|군; 도 alone is also a
    particle, 인도하|시 a verb), too long, or spelled as a transcription); ``known`` are
    English names of one word the glossary has for ``name`` (평양: Pyongyang), put first; a
    translated one (대동강: Taedong River) is not how a building's name carries it."""
    found = generics().get(generic)
    if found is None or not 1 <= len(name) <= MAX_NAME or (len(generic) == 1 and len(name) != 2):
        return None
    if not all(is_syllable(ch) for ch in name):
        return None
    if not any(" " not in k for k in known) and has_loanword_marker(name):
        return None  # a transcription (무라슈꼬동지|도) is no Korean place, unless a known one
    one_word = tuple(k for k in known if " " not in k)
    names = one_word or place_names(name)
    if is_korean_name(name) and not known:  # a square or street named after a person
        names = (*names, romanize(name))  # Kim Il Sung Square
    forms = tuple(found.english.format(name=n) for n in dict.fromkeys(names))
    return KoreanPlace(name, found, forms)
