"""``normalize``: a Russian name in DPRK Hangul (or Cyrillic) → all its forms.

The one place that knows the order of the name stages: input analysis → irregulars →
per-word readings from the derived inverse of the DPRK rules → joint ranking → the Cyrillic
pivot → South Korean Hangul and Latin forms, all from the Cyrillic.
"""

from __future__ import annotations

from dataclasses import dataclass

from translit.data import cached
from translit.errors import InputError, require_text
from translit.hangul.jamo import is_syllable
from translit.hangul.text import clean, is_cyrillic, script_of
from translit.russian.dprk import dprk_spelling, is_dprk_spelling
from translit.russian.evidence import evidence
from translit.russian.gazetteer import gazetteer
from translit.russian.generics import Generic, read_phrase, split_generic
from translit.russian.irregulars import Irregular, irregulars
from translit.russian.latin import latin_forms
from translit.russian.ranking import calibrated, probabilities, rank_name, weights
from translit.russian.reading import word_readings
from translit.russian.south import south_spelling
from translit.vocabulary import FormsSource, FrozenDict

MAX_NAME_LENGTH = 200


@dataclass(frozen=True)
class Candidate:
    """One Cyrillic reading of the whole name and its probability among the readings."""

    cyrillic: str
    score: float


@dataclass(frozen=True)
class NameForms:
    """Every form of one name.  ``latin`` is the usual English press spelling;
    ``latin_variants`` every accepted English spelling; ``romanizations`` scheme → string."""

    input: str
    dprk: str
    cyrillic: str
    south: str
    latin: str
    romanizations: FrozenDict
    confidence: float
    candidates: tuple[Candidate, ...]
    latin_variants: tuple[str, ...] = ()
    source: FormsSource = "rules"


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _check_hangul(text: str) -> None:
    for index, ch in enumerate(text):
        stop = ch == "." and index > 0 and text[index + 1 : index + 2] in ("", " ")
        if not (is_syllable(ch) or ch in " -" or stop):
            raise InputError(f"{ch!r} is not part of a Hangul name", text=text, index=index)


def _from_hangul(text: str, k: int) -> NameForms:
    _check_hangul(text)
    by_dprk = irregulars().by_dprk
    if text in by_dprk:
        entry = by_dprk[text]
        return _forms(text, text, entry.cyrillic, (Candidate(entry.cyrillic, 1.0),), 1.0, entry)
    words = text.split()
    generic = split_generic(words[-1])
    if generic is not None:
        with_generic = _with_generic(text, generic[0], generic[1], k)
        if with_generic is not None:
            return with_generic
    per_word = [word_readings(word) for word in words]
    missing = [w for w, r in zip(text.split(), per_word, strict=False) if not r]
    if missing:
        raise InputError(
            f"{missing[0]!r} cannot be read as a Russian word in DPRK or South Korean spelling",
            text=text,
            index=text.index(missing[0]),
        )
    combos = rank_name(per_word, k=k)
    probs = probabilities(per_word, combos)
    candidates = tuple(
        Candidate(" ".join(_capitalise(s.cyrillic) for s in combo), round(p, 4))
        for (combo, _), p in zip(combos[:k], probs, strict=False)
    )
    best = candidates[0].cyrillic
    dprk = text if is_dprk_spelling(text, best) else dprk_spelling(best)
    return _forms(text, dprk, best, candidates, calibrated(probs[0]), None)


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
    probs = probabilities(per_word, combos)
    names = [" ".join(_capitalise(s.cyrillic) for s in combo) for combo, _ in combos[:k]]
    candidates = tuple(
        Candidate(generic.cyrillic(n), round(p, 4)) for n, p in zip(names, probs, strict=False)
    )
    return _forms(text, text, names[0], candidates, calibrated(probs[0]), None, generic)


def _from_cyrillic(text: str) -> NameForms:
    for index, ch in enumerate(text):
        stop = ch == "." and index > 0 and text[index + 1 : index + 2] in ("", " ")
        if not (is_cyrillic(ch) or ch in " -" or stop):
            raise InputError(f"{ch!r} is not part of a Cyrillic name", text=text, index=index)
    cyrillic = " ".join(_capitalise(w.lower()) for w in text.split())
    entry = irregulars().by_cyrillic.get(cyrillic.lower())
    phrases = read_phrase(cyrillic.lower()) if entry is None else []
    if phrases:  # Амурская область: the place noun and its generic, the best-known noun first
        noun, generic = max(phrases, key=lambda p: _known(p[0]))
        noun = _capitalise(noun)
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
) -> NameForms:
    """Build every output form from the Cyrillic pivot (of the name before any generic)."""
    forms = latin_forms(cyrillic)
    press = entry.english if entry else gazetteer().get(cyrillic.lower(), forms.press)
    variants = tuple(dict.fromkeys((press, *forms.variants)))
    romanizations = forms.romanizations
    south = south_spelling(cyrillic)
    if generic is not None:
        press = generic.english.format(name=press)
        variants = tuple(generic.english.format(name=v) for v in variants)
        romanizations = FrozenDict(
            {k: generic.english.format(name=v) for k, v in romanizations.items()}
        )
        south = generic.south.format(name=south)
        cyrillic = generic.cyrillic(cyrillic)
    return NameForms(
        input=given,
        dprk=dprk,
        cyrillic=cyrillic,
        south=south,
        latin=press,
        romanizations=romanizations,
        confidence=round(confidence, 4),
        candidates=candidates,
        latin_variants=variants,
        source="lexicon" if entry else "rules",
    )


def normalize(name: str, *, k: int = 5) -> NameForms:
    """All forms of a Russian name given in DPRK Hangul or in Cyrillic.

    >>> normalize("뿌찐").cyrillic
    'Путин'
    """
    require_text(name, "name")
    if not isinstance(k, int) or k < 1:
        raise InputError(f"k must be a positive whole number, not {k!r}")
    return _normalize_clean(clean(name, limit=MAX_NAME_LENGTH), k)


@cached(maxsize=4096)
def _normalize_clean(text: str, k: int) -> NameForms:
    script = script_of(text)
    if script == "hangul":
        return _from_hangul(text, k)
    if script == "cyrillic":
        return _from_cyrillic(text)
    if script == "mixed":
        raise InputError("mixed scripts: give a name in Hangul or in Cyrillic, not both", text=text)
    raise InputError("no Hangul or Cyrillic letters: not a DPRK or Russian name", text=text)
