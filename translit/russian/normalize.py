"""``normalize``: a Russian name in DPRK Hangul (or Cyrillic) → all its forms.

The one place that knows the order of the name stages: input analysis → irregulars →
per-word readings from the derived inverse of the DPRK rules → joint ranking → the Cyrillic
pivot → South Korean Hangul and Latin forms, all from the Cyrillic.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from translit.data import cached
from translit.errors import InputError, UnreadError, require_text
from translit.hangul.jamo import is_syllable
from translit.hangul.text import clean, is_cyrillic, script_of
from translit.russian.backoff import guess
from translit.russian.dprk import dprk_spelling, is_dprk_spelling
from translit.russian.evidence import evidence
from translit.russian.gazetteer import english_by_surname, gazetteer
from translit.russian.generics import Generic, read_phrase, split_generic
from translit.russian.initials import initial_of, is_initial
from translit.russian.irregulars import Irregular, irregulars
from translit.russian.latin import LatinForms, latin_forms
from translit.russian.ranking import Scored, on_one_scale, probabilities, rank_name, weights
from translit.russian.reading import dprk_readings, word_readings
from translit.russian.south import south_spelling
from translit.vocabulary import FormsSource, FrozenDict

MAX_NAME_LENGTH = 200
_LOOSE_HYPHEN = re.compile(r"(?:^|(?<=\s))-|-(?=\s|$|-)")
_SIGNS = frozenset("ъь.")
_GLUED_INITIAL = re.compile(
    r"(?<![\uac00-\ud7a3\u0400-\u04ff])([\uac00-\ud7a3]+|[\u0400-\u04ff])\.(?=[\uac00-\ud7a3\u0400-\u04ff])"
)


@dataclass(frozen=True)
class Candidate:
    """One Cyrillic reading of the whole name and its probability among the readings."""

    cyrillic: str
    score: float


@dataclass(frozen=True)
class Spelled:
    """The forms of a name not read through Cyrillic (a Chinese name, one of Latin spelling):
    written when it is read, since no Cyrillic pivot gives them."""

    south: str
    latin_variants: tuple[str, ...]
    romanizations: FrozenDict = field(default_factory=FrozenDict)


@dataclass(frozen=True, repr=False)
class NameForms:
    """Every form of one name.  ``south`` is NIKL's South Korean form, ``south_press`` the
    ROK press's; ``latin`` is the usual English press spelling;
    ``latin_variants`` every accepted English spelling; ``romanizations`` scheme → string
    (these two are written when first read, from ``latin_forms``).  ``origin`` is the name's
    language (ISO 639-1: ``ru``, ``zh``, ``es``, …) with its probability, ``original`` the name
    in its own script where it is read (Cyrillic, Chinese characters, Latin); a name of another
    origin than Russian has no ``cyrillic`` and no candidates, and its forms are ``spelled``."""

    input: str
    dprk: str
    cyrillic: str | None
    latin: str
    confidence: float
    candidates: tuple[Candidate, ...]
    source: FormsSource
    latin_forms: LatinForms | None = field(repr=False)
    english: str = field(repr=False)  # the press form before a generic's pattern
    generic: Generic | None = field(default=None, repr=False)  # a glued generic word (주, 강)
    origin: str = "ru"
    origin_probability: float = 1.0
    original: str | None = None
    spelled: Spelled | None = field(default=None, repr=False)

    @functools.cached_property
    def south(self) -> str:
        """The standard South Korean Hangul (NIKL), or the conventional form."""
        if self.spelled is not None:
            return self.spelled.south
        pivot = self._pivot()
        with pivot.tables.active():
            south = south_spelling(pivot.text)
        return self.generic.south.format(name=south) if self.generic else south

    @functools.cached_property
    def south_press(self) -> str:
        """The South Korean form the ROK press usually writes, where it departs from NIKL's
        (랴브코프 for 럅코프; ``tables/ru_south.rules`` marks each departure), else ``south``."""
        if self.spelled is not None:
            return self.spelled.south
        pivot = self._pivot()
        with pivot.tables.active():
            press = south_spelling(pivot.text, press=True)
        return self.generic.south.format(name=press) if self.generic else press

    @functools.cached_property
    def romanizations(self) -> FrozenDict:
        """Scheme name → the name in that scheme."""
        if self.spelled is not None:
            return self.spelled.romanizations
        found = self._pivot().romanizations.items()
        return FrozenDict({k: self._english_of(v) for k, v in found})

    @functools.cached_property
    def latin_variants(self) -> tuple[str, ...]:
        """Every accepted English spelling, ``latin`` first."""
        if self.spelled is not None:
            return self.spelled.latin_variants
        found = dict.fromkeys((self.english, *self._pivot().variants))
        return tuple(self._english_of(v) for v in found)

    def __repr__(self) -> str:
        return (
            f"NameForms(input={self.input!r}, dprk={self.dprk!r}, cyrillic={self.cyrillic!r}, "
            f"south={self.south!r}, latin={self.latin!r}, confidence={self.confidence!r}, "
            f"candidates={self.candidates!r}, source={self.source!r}, origin={self.origin!r})"
        )

    def _pivot(self) -> LatinForms:
        """The forms of the Cyrillic pivot, which every name not ``spelled`` has."""
        if self.latin_forms is None:
            raise ValueError("a name of another origin has no Cyrillic pivot")
        return self.latin_forms

    def _english_of(self, name: str) -> str:
        return self.generic.english.format(name=name) if self.generic else name

    def __getstate__(self) -> dict[str, object]:
        """Pickled with every form written (the tables stay behind)."""
        for lazy in ("south", "south_press", "romanizations", "latin_variants"):
            getattr(self, lazy)
        return dict(self.__dict__)


def capitalise(word: str) -> str:
    """A word with each hyphenated part capitalised (Муравьёв-Амурский, Diaz-Canel)."""
    if "-" not in word:
        return word[:1].upper() + word[1:]
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _check_letters(text: str, is_letter: Callable[[str], bool], script: str) -> None:
    """Letters of ``script``, spaces, hyphens joining parts, and the full stop of an initial."""
    for index, ch in enumerate(text):
        stop = ch == "." and index > 0 and text[index + 1 : index + 2] in ("", " ")
        if not (is_letter(ch) or ch in " -" or stop):
            raise InputError(f"{ch!r} is not part of a {script} name", text=text, index=index)
    _check_hyphens(text)


def _check_hyphens(text: str) -> None:
    """A hyphen joins two parts of a word (Муравьёв-Амурский): none at an end, none doubled."""
    for match in _LOOSE_HYPHEN.finditer(text):
        raise InputError("a hyphen must join two parts of a name", text=text, index=match.start())


def _check_signs(text: str) -> None:
    """A Cyrillic word needs a letter other than ъ and ь, which have no sound of their own."""
    at = 0
    for word in text.split():
        for part in word.split("-"):
            if part and set(part.lower()) <= _SIGNS:
                index = text.index(part, at)
                raise InputError(f"{part!r} is only a sign, not a word", text=text, index=index)
        at = text.index(word, at) + len(word)


def _from_hangul(text: str, k: int) -> NameForms:
    _check_letters(text, is_syllable, "Hangul")
    by_dprk = irregulars().by_dprk
    if text in by_dprk:
        entry = by_dprk[text]
        return _forms(text, text, entry.cyrillic, (Candidate(entry.cyrillic, 1.0),), 1.0, entry)
    words = text.split()
    generic = split_generic(words[-1], alone=len(words) == 1)
    if generic is not None:
        with_generic = _with_generic(text, generic[0], generic[1], k)
        if with_generic is not None:
            return with_generic
    per_word = [word_readings(word) for word in words]
    guessed = 0.0  # the cost of the words guessed at (translit.russian.backoff)
    for i, word in enumerate(words):
        found = None if per_word[i] else guess(word)
        if found is not None:
            per_word[i], guessed = found[0], guessed + found[1]
    missing = [w for w, r in zip(text.split(), per_word, strict=False) if not r]
    if missing:
        raise UnreadError(
            f"{missing[0]!r} cannot be read as a Russian word in DPRK or South Korean spelling",
            text=text,
            index=text.index(missing[0]),
        )
    combos = rank_name(per_word, k=k)
    scores = on_one_scale(probabilities(per_word, combos))
    if guessed:  # a guess: every score scaled so that the first is at most e^-cost
        cap = min(1.0, math.exp(-guessed) / scores[0])
        scores = [p * cap for p in scores]
    candidates = tuple(
        Candidate(" ".join(capitalise(s.cyrillic) for s in combo), round(p, 4))
        for (combo, _), p in zip(combos[:k], scores, strict=False)
    )
    best = candidates[0].cyrillic
    spelled = not guessed and (
        _read_by_dprk_rules(words, combos[0].words) or is_dprk_spelling(text, best)
    )
    dprk = text if spelled else dprk_spelling(best)
    return _forms(
        text, dprk, best, candidates, scores[0], None, source="backoff" if guessed else None
    )


def _known_english(cyrillic: str, press: str) -> str:
    """A public figure's usual English: the whole name's, or, for a surname alone or with
    initials (Чайковский, Н. С. Хрущёв), the best-known namesake's surname."""
    found = gazetteer().get(cyrillic.lower())
    if found is not None:
        return found
    words = cyrillic.split()
    namesake = english_by_surname(words[-1]) if words else None
    if namesake is None or not all(is_initial(w) for w in words[:-1]):
        return press
    return " ".join([*press.split()[: len(words) - 1], namesake.split()[-1]])


def _read_by_dprk_rules(words: list[str], chosen: tuple[Scored, ...]) -> bool:
    """Whether every chosen reading is one the DPRK rules were read backwards to (and so one
    they spell as the word), which saves spelling it again."""
    return all(
        reading.evidence is not None  # an irregular or an initial: not read backwards
        and part in {r.cyrillic for r in dprk_readings(hangul)}
        for word, reading in zip(words, chosen, strict=True)
        for hangul, part in zip(word.split("-"), reading.cyrillic.split("-"), strict=False)
    )


def _with_generic(text: str, stem: str, generic: Generic, k: int) -> NameForms | None:
    """Read ``text`` as a place name plus a glued generic word, if that reads better."""
    words = text.split()
    whole = word_readings(words[-1])
    parts = word_readings(stem)
    if not parts:
        return None
    cost = weights()["generic"]
    if whole and whole[0].score >= parts[0].score + cost:
        return None
    per_word = [word_readings(w) for w in words[:-1]] + [parts]
    if any(not r for r in per_word):
        return None
    combos = rank_name(per_word, k=k)
    scores = on_one_scale(probabilities(per_word, combos))
    names = [" ".join(capitalise(s.cyrillic) for s in combo) for combo, _ in combos[:k]]
    candidates = tuple(
        Candidate(generic.cyrillic(n), round(p, 4)) for n, p in zip(names, scores, strict=False)
    )
    entry = irregulars().by_dprk.get(stem) if len(words) == 1 else None  # 씨비리: Siberia
    return _forms(text, text, names[0], candidates, scores[0], entry, generic)


def _from_cyrillic(text: str) -> NameForms:
    _check_letters(text, is_cyrillic, "Cyrillic")
    _check_signs(text)
    cyrillic = " ".join(capitalise(w.lower()) for w in text.split())
    entry = irregulars().by_cyrillic.get(cyrillic.lower())
    phrases = read_phrase(cyrillic.lower()) if entry is None else []
    if phrases:  # Амурская область: the place noun and its generic, the best-known noun first
        noun, generic = max(phrases, key=lambda p: _known(p[0]))
        noun = capitalise(noun)
        dprk = dprk_spelling(noun) + generic.dprk
        return _forms(text, dprk, noun, (Candidate(cyrillic, 1.0),), 1.0, None, generic)
    return _forms(text, dprk_spelling(cyrillic), cyrillic, (Candidate(cyrillic, 1.0),), 1.0, entry)


def _known(noun: str) -> tuple[bool, float]:
    found = evidence(noun.lower())
    return found.known_name or found.gazetteer, found.zipf


def _forms(
    given: str,
    dprk: str,
    cyrillic: str,
    candidates: tuple[Candidate, ...],
    confidence: float,
    entry: Irregular | None,
    generic: Generic | None = None,
    *,
    source: FormsSource | None = None,
) -> NameForms:
    """Build every output form from the Cyrillic pivot (of the name before any generic); the
    ``source`` is the lexicon's for an ``entry``, else the rules' unless said."""
    forms = latin_forms(cyrillic)
    english = entry.english if entry else _known_english(cyrillic, forms.press)
    whole = generic.cyrillic(cyrillic) if generic else cyrillic
    return NameForms(
        input=given,
        dprk=dprk,
        cyrillic=whole,
        latin=generic.english.format(name=english) if generic else english,
        confidence=round(confidence, 4),
        candidates=candidates,
        source=source or ("lexicon" if entry else "rules"),
        latin_forms=forms,
        english=english,
        generic=generic,
        original=whole,
    )


def normalize(name: str, *, k: int = 5) -> NameForms:
    """All forms of a Russian name given in DPRK Hangul or in Cyrillic.

    >>> normalize("뿌찐").cyrillic
    'Путин'
    """
    require_text(name, "name")
    if not isinstance(k, int) or k < 1:
        raise InputError(f"k must be a positive whole number, not {k!r}")
    return _normalize_clean(_spaced_initials(clean(name, limit=MAX_NAME_LENGTH)), k)


def _spaced_initials(text: str) -> str:
    """Initials glued to the next word (엔.에쓰.흐루쑈브, Н.С.Хрущёв: both attested) spaced."""

    def spaced(match: re.Match[str]) -> str:
        letter = match.group(1)
        is_initial = len(letter) == 1 if is_cyrillic(letter[0]) else initial_of(letter + ".")
        return f"{letter}. " if is_initial else match.group(0)

    return _GLUED_INITIAL.sub(spaced, text)


@cached(maxsize=16_384)  # a batch of names: the lazy forms keep each entry small
def _normalize_clean(text: str, k: int) -> NameForms:
    script = script_of(text)
    if script == "hangul":
        return _from_hangul(text, k)
    if script == "cyrillic":
        return _from_cyrillic(text)
    if script == "mixed":
        raise InputError("mixed scripts: give a name in Hangul or in Cyrillic, not both", text=text)
    raise InputError("no Hangul or Cyrillic letters: not a DPRK or Russian name", text=text)
