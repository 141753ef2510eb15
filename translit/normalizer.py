"""``normalize``: a Russian name in DPRK Hangul (or Cyrillic) → all its forms.

The one place that knows the order of the stages: input analysis → lexicon of irregulars →
reconstruction from the DPRK rules → ranking → the Cyrillic pivot → South Korean Hangul and
Latin forms, all from the Cyrillic.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit import hangul, latin, reconstruct, rules, tables
from translit.errors import InputError
from translit.generics import Generic, read_phrase, split_generic
from translit.initials import initial_of, spell_initial
from translit.lexicon_prior import evidence, gazetteer
from translit.ranking import Scored, calibrated, probabilities, rank_name, rank_word, weights

SOUTH_TABLE = "ru_south.rules"
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
    romanizations: Mapping[str, str]
    confidence: float
    candidates: tuple[Candidate, ...]
    latin_variants: tuple[str, ...] = ()
    source: str = "rules"


@dataclass(frozen=True)
class LexiconEntry:
    dprk: tuple[str, ...]
    cyrillic: str
    south: str
    english: str
    kind: str


@functools.cache
def lexicon() -> tuple[Mapping[str, LexiconEntry], Mapping[str, LexiconEntry]]:
    """The attested irregulars, indexed by DPRK spelling and by lower-case Cyrillic."""
    table = tables.read_tsv("ru_lexicon.tsv", required=("dprk", "cyrillic", "south", "english"))
    by_dprk: dict[str, LexiconEntry] = {}
    by_cyrillic: dict[str, LexiconEntry] = {}
    for row in table.rows:
        spellings = tuple(s.strip() for s in row["dprk"].split("|"))
        entry = LexiconEntry(spellings, row["cyrillic"], row["south"], row["english"], row["kind"])
        for spelling in spellings:
            by_dprk.setdefault(spelling, entry)
        by_cyrillic.setdefault(row["cyrillic"].lower(), entry)
    return MappingProxyType(by_dprk), MappingProxyType(by_cyrillic)


tables.on_overlay_change(lexicon.cache_clear)


def _capitalise(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def dprk_spelling(cyrillic: str) -> str:
    """DPRK Hangul for a Cyrillic name, by the rules (lexicon first)."""
    entry = lexicon()[1].get(cyrillic.lower())
    if entry:
        return entry.dprk[0]
    ruleset = rules.load(reconstruct.DPRK_TABLE)
    return " ".join(
        spell_initial(w) if _is_initial(w) else rules.spell_hangul(ruleset, w)
        for w in cyrillic.split()
    )


def south_spelling(cyrillic: str) -> str:
    """Standard South Korean Hangul for a Cyrillic name (NIKL; conventional forms first).
    Hyphenated parts are written solid, as NIKL writes them."""
    by_cyrillic = lexicon()[1]
    entry = by_cyrillic.get(cyrillic.lower())
    if entry:
        return entry.south
    words = []
    ruleset = rules.load(SOUTH_TABLE)
    for word in cyrillic.split():
        known = by_cyrillic.get(word.lower())
        if known:
            words.append(known.south)
        elif _is_initial(word):  # South Korean texts write initials in Latin: N. S. 흐루쇼프
            words.append(latin.latin_forms(word).press)
        else:
            words.append(rules.spell_hangul(ruleset, word).replace("-", ""))
    return " ".join(words)


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word.endswith(".") and hangul.is_cyrillic(word[0])


def _check_hangul(text: str) -> None:
    for index, ch in enumerate(text):
        stop = ch == "." and index > 0 and text[index + 1 : index + 2] in ("", " ")
        if not (hangul.is_syllable(ch) or ch in " -" or stop):
            raise InputError(f"{ch!r} is not part of a Hangul name", text=text, index=index)


def _ranked_readings(word: str) -> list[Scored]:
    """Readings by the DPRK rules and, at a cost, by the South Korean ones (푸틴, 라브로프), since
    South Korean copies of DPRK texts re-spell names; each ranked, then merged."""
    dprk = rank_word(reconstruct.readings(word))
    ev = dprk[0].evidence if dprk else None
    if ev is not None and (ev.known_name or ev.gazetteer):  # a known name: no need to look further
        return dprk
    found = {s.cyrillic: s for s in dprk}
    cost = weights()["south_reading"]
    for s in rank_word(reconstruct.readings(word, table=SOUTH_TABLE)):
        if s.cyrillic not in found:
            found[s.cyrillic] = Scored(s.cyrillic, s.score + cost, s.evidence)
    return sorted(found.values(), key=lambda s: (-s.score, s.cyrillic))


def _is_dprk_spelling(hangul_text: str, cyrillic: str) -> bool:
    """Whether the DPRK rules spell ``cyrillic`` as ``hangul_text`` (in one of their variants)."""
    ruleset = rules.load(reconstruct.DPRK_TABLE)
    spelled = hangul_text.replace("-", " ").split()
    words = cyrillic.lower().replace("-", " ").split()
    return len(spelled) == len(words) and all(
        _is_initial(c) or hangul.to_jamo(h) in dict(rules.spell(ruleset, c))
        for h, c in zip(spelled, words, strict=True)
    )


def _word_readings(word: str) -> list[Scored]:
    entry = lexicon()[0].get(word)
    if entry is not None:
        return [Scored(entry.cyrillic.lower(), 0.0, None)]
    if word.endswith("."):  # an initial, 엔. for Н.
        initial = initial_of(word)
        return [Scored(initial, 0.0, None)] if initial else []
    parts = [_ranked_readings(part) for part in word.split("-")]
    if any(not p for p in parts):
        return []
    combos = rank_name(parts, k=reconstruct.BEAM)
    return [
        Scored("-".join(s.cyrillic for s in combo), total, combo[0].evidence)
        for combo, total in combos
    ]


def _from_hangul(text: str, k: int) -> NameForms:
    _check_hangul(text)
    by_dprk = lexicon()[0]
    if text in by_dprk:
        entry = by_dprk[text]
        return _forms(text, text, entry.cyrillic, (Candidate(entry.cyrillic, 1.0),), 1.0, entry)
    words = text.split()
    generic = split_generic(words[-1])
    if generic is not None:
        with_generic = _with_generic(text, generic[0], generic[1], k)
        if with_generic is not None:
            return with_generic
    per_word = [_word_readings(word) for word in words]
    missing = [w for w, r in zip(text.split(), per_word, strict=False) if not r]
    if missing:
        raise InputError(
            f"{missing[0]!r} cannot be read as a Russian word in DPRK or South Korean spelling",
            text=text,
            index=text.index(missing[0]),
        )
    combos = rank_name(per_word, k=0)
    probs = probabilities([score for _, score in combos])
    candidates = tuple(
        Candidate(" ".join(_capitalise(s.cyrillic) for s in combo), round(p, 4))
        for (combo, _), p in zip(combos[:k], probs, strict=False)
    )
    best = candidates[0].cyrillic
    dprk = text if _is_dprk_spelling(text, best) else dprk_spelling(best)
    return _forms(text, dprk, best, candidates, calibrated(probs[0]), None)


def _with_generic(text: str, stem: str, generic: Generic, k: int) -> NameForms | None:
    """Read ``text`` as a place name plus a glued generic word, if that reads better."""
    words = text.split()
    whole = _word_readings(words[-1])
    parts = _word_readings(stem)
    if not parts:
        return None
    cost = weights()["generic"]
    if whole and whole[0].score >= parts[0].score + cost:
        return None
    per_word = [_word_readings(w) for w in words[:-1]] + [parts]
    if any(not r for r in per_word):
        return None
    combos = rank_name(per_word, k=0)
    probs = probabilities([score for _, score in combos])
    names = [" ".join(_capitalise(s.cyrillic) for s in combo) for combo, _ in combos[:k]]
    candidates = tuple(
        Candidate(generic.cyrillic(n), round(p, 4)) for n, p in zip(names, probs, strict=False)
    )
    return _forms(text, text, names[0], candidates, calibrated(probs[0]), None, generic)


def _from_cyrillic(text: str) -> NameForms:
    for index, ch in enumerate(text):
        stop = ch == "." and index > 0 and text[index + 1 : index + 2] in ("", " ")
        if not (hangul.is_cyrillic(ch) or ch in " -" or stop):
            raise InputError(f"{ch!r} is not part of a Cyrillic name", text=text, index=index)
    cyrillic = " ".join(_capitalise(w.lower()) for w in text.split())
    entry = lexicon()[1].get(cyrillic.lower())
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
    entry: LexiconEntry | None,
    generic: Generic | None = None,
) -> NameForms:
    """Build every output form from the Cyrillic pivot (of the name before any generic)."""
    forms = latin.latin_forms(cyrillic)
    press = entry.english if entry else gazetteer().get(cyrillic.lower(), forms.press)
    variants = tuple(dict.fromkeys((press, *forms.variants)))
    romanizations = forms.romanizations
    south = south_spelling(cyrillic)
    if generic is not None:
        press = generic.english.format(name=press)
        variants = tuple(generic.english.format(name=v) for v in variants)
        romanizations = MappingProxyType(
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
    if not isinstance(k, int) or k < 1:
        raise InputError(f"k must be a positive whole number, not {k!r}")
    return _normalize_clean(hangul.clean(name, limit=MAX_NAME_LENGTH), k)


@functools.lru_cache(maxsize=4096)
def _normalize_clean(text: str, k: int) -> NameForms:
    script = hangul.script_of(text)
    if script == "hangul":
        return _from_hangul(text, k)
    if script == "cyrillic":
        return _from_cyrillic(text)
    if script == "mixed":
        raise InputError("mixed scripts: give a name in Hangul or in Cyrillic, not both", text=text)
    raise InputError("no Hangul or Cyrillic letters: not a DPRK or Russian name", text=text)


tables.on_overlay_change(_normalize_clean.cache_clear)


SAMPLE_APPLIERS = {
    "ru_dprk.rules": lambda text: rules.spell_hangul(rules.load(reconstruct.DPRK_TABLE), text),
    "ru_south.rules": lambda text: rules.spell_hangul(rules.load(SOUTH_TABLE), text),
    "ru_lexicon.tsv": lambda dprk: normalize(dprk).cyrillic,
    "ru_generics.tsv": lambda dprk: normalize(dprk).cyrillic,
}
