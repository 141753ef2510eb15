"""``normalize``: a foreign name in DPRK Hangul (or Cyrillic) → all its forms, by its origin.

Three readers compete for a Hangul name: the Russian one (:mod:`translit.russian`: the DPRK
rules for Russian, the Russian lexicon, CLDR's countries), the Chinese one (Sino-Korean
readings, :mod:`translit.chinese`) and the Latin one (names the press spells in Latin letters,
:mod:`translit.foreign`).  Each origin's probability is a softmax over their scores, with the
weights ``origin_*`` of ``tables/foreign_ranking.tsv``:

- Russian: 0, the reference;
- Latin: ``origin_latin_scale`` · (its words' best scores − the Russian words' best scores) −
  ``origin_latin_bias``, each word no reader reads counting ``unread``, each hyphen inside a
  word ``hyphen`` (DPRK texts write the parts of other names apart: 아미르 아브돌라히안);
- Chinese, for a name of two to four syllables that reads as one: ``origin_zh_bias``, plus
  ``origin_zh_lexicon`` when the whole name is a word of the Chinese list (a public figure).

A name the Russian lexicon holds (a country, an attested irregular), or whose every word the
Russian reader reads as a known name, stays Russian.  The name
is read by its most probable origin; a Latin name's language is the Latin lexicon's
(:func:`translit.foreign.reading.language_probabilities`).

>>> normalize("습근평").latin
'Xi Jinping'
>>> normalize("브루노 로드리게스 빠릴랴").south
'브루노 로드리게스 파릴랴'
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from translit.chinese import ChineseReading, is_chinese_name, readings
from translit.data import cached, lexicon
from translit.errors import InputError, OptionError, UnreadError, require_text
from translit.foreign.reading import LatinReading, language_probabilities
from translit.foreign.reading import weights as foreign_weights
from translit.foreign.reading import word_readings as latin_readings
from translit.foreign.south import south_spelling
from translit.hangul.text import clean, script_of
from translit.russian.generics import Generic, split_generic
from translit.russian.irregulars import irregulars
from translit.russian.normalize import MAX_NAME_LENGTH, NameForms, Spelled, capitalise
from translit.russian.normalize import normalize as russian_normalize
from translit.russian.ranking import weights as russian_weights
from translit.russian.reading import word_readings as russian_readings
from translit.vocabulary import ORIGINS, FrozenDict, Origin

MAX_VARIANTS = 12  # the English spellings kept of a name of Latin spelling


@dataclass(frozen=True)
class _Latin:
    """A name read in Latin letters: the chosen reading of each word, the others kept, the
    total score and a glued generic word."""

    chosen: tuple[LatinReading, ...]
    per_word: tuple[tuple[LatinReading, ...], ...]
    score: float
    generic: Generic | None
    stem: str  # the name's Hangul before the generic


def normalize(name: str, *, k: int = 5, origin: Origin = "auto") -> NameForms:
    """All forms of a foreign name in DPRK Hangul or Cyrillic, read by its most probable origin,
    or by the reader ``origin`` names (``ru``, ``zh``, ``latin``; a Cyrillic name is Russian).

    >>> normalize("뿌찐").cyrillic
    'Путин'
    """
    require_text(name, "name")
    if not isinstance(k, int) or k < 1:
        raise InputError(f"k must be a positive whole number, not {k!r}")
    if origin not in ORIGINS:
        raise OptionError("origin", origin, ORIGINS)
    text = clean(name, limit=MAX_NAME_LENGTH)
    hangul = script_of(text) == "hangul"
    if hangul and origin in ("auto", "ru"):
        found = country(text, k)
        if found is not None:
            return found
    if not hangul or origin == "ru":
        return russian_normalize(name, k=k)
    return _by_origin(text, k, origin)


@cached(maxsize=16_384)
def country(text: str, k: int = 5) -> NameForms | None:
    """A country (alone, or before a glued generic: 모리따니이슬람공화국) whose DPRK spelling
    differs from CLDR's Korean name only as the DPRK's tense consonants do
    (``tables/foreign_south.tsv``: 모리따니 → 모리타니 Mauritania, 따지끼스딴 → 타지키스탄), read
    as that name; ``None`` for any other text, and for a spelling the lexicon knows as it is."""
    countries = _country_names()
    for words, generic in _divisions(text):
        if len(words) != 1 or irregulars().by_dprk.get(words[0]) is not None:
            continue
        south = south_spelling(words[0])
        entry = irregulars().by_dprk.get(south)
        if entry is None or entry.english not in countries:
            continue
        forms = russian_normalize(south + (generic.dprk if generic else ""), k=k)
        return replace(forms, input=text, dprk=text)
    return None


@cached(maxsize=None)
def _country_names() -> frozenset[str]:
    """CLDR's English names of the countries."""
    return frozenset(english for _, _, english in lexicon.countries().values())


def latin_alternative(name: str, least: float) -> tuple[NameForms, float] | None:
    """The Latin reading of a Hangul name and its log-odds against the Russian one, when they
    are at least ``least``; ``None`` also for a name whose every word is a known Russian name, as
    :func:`normalize` reads it.  ``check`` judges a name by both readings."""
    require_text(name, "name")
    text = clean(name, limit=MAX_NAME_LENGTH)
    if script_of(text) != "hangul" or _known_russian(text):
        return None
    latin = _latin(text)
    if latin is None:
        return None
    odds = _latin_odds(text, latin)
    return (_latin_forms(text, latin, 1 / (1 + math.exp(-odds))), odds) if odds >= least else None


def _latin_odds(text: str, latin: _Latin) -> float:
    """The Latin reading's log-odds against the Russian reading."""
    w = foreign_weights()
    scale, bias = w["origin_latin_scale"], w["origin_latin_bias"]
    return scale * (latin.score - _russian_score(text)) - bias


@cached(maxsize=16_384)
def _by_origin(text: str, k: int, origin: Origin) -> NameForms:
    russian: NameForms | None = None
    refused = InputError(f"{text!r} does not read as a name of origin {origin}", text=text)
    if origin == "auto":
        try:
            russian = russian_normalize(text, k=k)
        except InputError as exc:
            refused = exc
    if russian is not None and (russian.source == "lexicon" or _known_russian(text)):
        return russian
    w = foreign_weights()
    scores: dict[str, float] = {"ru": 0.0} if russian is not None else {}
    latin = _latin(text) if origin in ("auto", "latin") else None
    if latin is not None:
        scores["latin"] = _latin_odds(text, latin)
    chinese = _chinese(text) if origin in ("auto", "zh") else ()
    if chinese:
        lexicon = w["origin_zh_lexicon"] if chinese[0].in_lexicon else 0.0
        scores["zh"] = w["origin_zh_bias"] + lexicon
    if not scores and isinstance(refused, UnreadError) and origin == "auto":
        raise UnreadError(
            f"{text!r} cannot be read as a Russian word in DPRK or South Korean spelling, as a "
            "Chinese name, or as a name of Latin spelling",
            text=text,
        )
    if not scores:  # the input is refused, or the reader asked for does not read it
        raise refused
    top = max(scores.values())
    total = sum(math.exp(s - top) for s in scores.values())
    best = max(scores, key=lambda o: scores[o])
    probability = math.exp(scores[best] - top) / total
    if best == "zh" and chinese:
        return _chinese_forms(text, chinese, probability)
    if best == "latin" and latin is not None:
        return _latin_forms(text, latin, probability)
    assert russian is not None
    return _with_origin(russian, probability)


def _with_origin(russian: NameForms, probability: float) -> NameForms:
    """The Russian reading with the probability of its origin (its own fields kept)."""
    return replace(russian, origin_probability=round(probability, 4))


def _known_russian(text: str) -> bool:
    """Whether every word's best Russian reading is a name pymorphy3's dictionary or the
    gazetteer knows, or an irregular or an initial: the name is then read as Russian without
    trying the other readers (a few foreign given names it knows, such as Мухаммад, are read
    the Russian way)."""
    for word in text.split():
        found = russian_readings(word)
        if not found:
            return False
        evidence = found[0].evidence
        if evidence is not None and not (evidence.known_name or evidence.gazetteer):
            return False
    return True


def _divisions(text: str) -> list[tuple[list[str], Generic | None]]:
    """The name's words as they are, and, where its last word ends in a glued generic word
    (주 in 잠파라주), the words with the generic split off: the ways both readers divide it."""
    words = text.split()
    found: list[tuple[list[str], Generic | None]] = [(words, None)]
    generic = split_generic(words[-1], alone=len(words) == 1)
    if generic is not None:
        found.append(([*words[:-1], generic[0]], generic[1]))
    return found


def _russian_score(text: str) -> float:
    """The Russian words' best scores, a glued generic word split off where that reads better
    (as :func:`translit.russian.normalize.normalize` reads it)."""
    unread, cost = foreign_weights()["unread"], russian_weights()["generic"]
    return max(
        sum((r[0].score if (r := russian_readings(w)) else unread) for w in words)
        + (cost if generic is not None else 0.0)
        for words, generic in _divisions(text)
    )


@cached(maxsize=16_384)
def _latin(text: str) -> _Latin | None:
    """The best Latin reading of the name, with a glued generic word split off where that
    reads better (주 in 잠파라주), or ``None`` when a word has none."""
    read = [f for words, g in _divisions(text) if (f := _latin_words(words, g)) is not None]
    return max(read, key=lambda f: f.score) if read else None


def _latin_words(words: Sequence[str], generic: Generic | None) -> _Latin | None:
    per_word = []
    for word in words:
        parts = [latin_readings(part) for part in word.split("-")]
        if any(not p for p in parts):
            return None
        if len(parts) == 1:
            per_word.append(parts[0])
            continue
        hyphens = foreign_weights()["hyphen"] * (len(parts) - 1)
        joined = "-".join(p[0].latin for p in parts)
        zipf = tuple(max(z) for z in zip(*(p[0].zipf for p in parts), strict=True))
        per_word.append((LatinReading(joined, sum(p[0].score for p in parts) + hyphens, zipf),))
    score = sum(r[0].score for r in per_word)
    if generic is not None:
        score += foreign_weights()["generic"]
    chosen = tuple(r[0] for r in per_word)
    return _Latin(chosen, tuple(per_word), score, generic, " ".join(words))


def _latin_forms(text: str, latin: _Latin, probability: float) -> NameForms:
    languages = language_probabilities(latin.chosen)
    language = max(languages, key=lambda lang: languages[lang])
    spellings = _spellings(latin)
    english = spellings[0]
    generic = latin.generic
    south = south_spelling(latin.stem)

    def phrase(name: str) -> str:
        return generic.english.format(name=name) if generic else name

    forms = Spelled(
        south=generic.south.format(name=south) if generic else south,
        latin_variants=tuple(dict.fromkeys(phrase(s) for s in spellings)),
    )
    confidence = probability * _latin_confidence(latin)
    return NameForms(
        input=text,
        dprk=text,
        cyrillic=None,
        latin=phrase(english),
        confidence=round(confidence, 4),
        candidates=(),
        source="rules",
        latin_forms=None,
        english=english,
        generic=generic,
        origin=language,
        origin_probability=round(probability * languages[language], 4),
        original=english,
        spelled=forms,
    )


def _latin_confidence(latin: _Latin) -> float:
    """The chosen spelling's share among each word's readings (softmax of their scores)."""
    share = 1.0
    for readings_of_word, chosen in zip(latin.per_word, latin.chosen, strict=True):
        top = readings_of_word[0].score
        total = sum(math.exp(r.score - top) for r in readings_of_word)
        share *= math.exp(chosen.score - top) / total
    return share


def _spellings(latin: _Latin) -> list[str]:
    """The name's English spellings, best first: the best reading of every word, then each
    word's next readings in turn, then the press's short forms (the first word and the next but
    one, as the press names a Spanish speaker by the first of two surnames); a word's other
    readings only within ``variant_margin`` of its best."""
    best = [capitalise(r.latin) for r in latin.chosen]
    found = [" ".join(best)]
    margin = foreign_weights()["variant_margin"]
    for i, options in enumerate(latin.per_word):
        for other in options[1:]:
            if other.score >= options[0].score - margin:
                found.append(" ".join([*best[:i], capitalise(other.latin), *best[i + 1 :]]))
    for keep in _short_forms(len(best)):
        found.append(" ".join(best[i] for i in keep))
    return list(dict.fromkeys(found))[:MAX_VARIANTS]


def _short_forms(count: int) -> list[tuple[int, ...]]:
    """Which words of a name of ``count`` words the press keeps when it shortens it."""
    if count == 3:
        return [(0, 1)]  # Daniel Ortega Saavedra → Daniel Ortega
    if count == 4:
        return [(0, 2), (0, 2, 3), (0, 3)]  # Yván Eduardo Gil Pinto → Yván Gil
    if count == 5:
        return [(0, 2, 3), (0, 2)]
    return []


def _chinese(text: str) -> tuple[ChineseReading, ...]:
    """The best Chinese readings of a name that reads as Chinese (습근평), best first, else
    ``()``."""
    if " " in text and len(text.split()) != 2:
        return ()
    if not is_chinese_name(text.replace(" ", "")):
        return ()
    try:
        return readings(text, k=5)
    except InputError:
        return ()


def _chinese_forms(text: str, found: tuple[ChineseReading, ...], probability: float) -> NameForms:
    reading = found[0]
    variants = tuple(dict.fromkeys(r.english for r in found))
    return NameForms(
        input=text,
        dprk=text,
        cyrillic=None,
        latin=reading.english,
        confidence=round(probability * reading.probability, 4),
        candidates=(),
        source="rules",
        latin_forms=None,
        english=reading.english,
        origin="zh",
        origin_probability=round(probability, 4),
        original=reading.hanzi,
        spelled=Spelled(
            south=reading.south,
            latin_variants=variants,
            romanizations=FrozenDict({"pinyin": reading.pinyin}),
        ),
    )
