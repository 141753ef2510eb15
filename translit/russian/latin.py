"""Latin forms of a Russian name, written from its Cyrillic pivot (never from Hangul).

``latin_forms("Сергей Лавров")`` gives the English press form (``Sergei Lavrov``), every
accepted English spelling (``variants``; ``variants[0]`` is always ``press``) and the output of
each romanisation standard.  The press form is iuliia's Wikipedia scheme applied after the
press rewrites of ``tables/latin_press.rules``, with given names taken from
``tables/latin_given_names.tsv``.  Variants are products of the per-letter alternatives of
``tables/latin_variants.rules``, cheapest first (the cost of a spelling is the sum of the
positions of the alternatives chosen), plus the name without its patronymic and the ASCII
scheme outputs.  Every output is NFC.
"""

from __future__ import annotations

import functools
import heapq
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

import iuliia
from iuliia.schema import TranslitSchema

from translit.data import Tables, cached, current
from translit.errors import InputError
from translit.rules.language import load
from translit.rules.spell import alternatives, rewrite
from translit.vocabulary import FrozenDict

GIVEN_NAMES = "latin_given_names.tsv"
PRESS = "latin_press.rules"
VARIANTS = "latin_variants.rules"
MAX_VARIANTS = 200
MAX_WORD_VARIANTS = 24
RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
_LIGATURE = "\u0361"
_RUN = re.compile(r"([а-яёА-ЯЁ]+)")
PATRONYMICS = "ru_patronymics.tsv"
_MARKS = {("\u0308", "е"): "ё", ("\u0308", "Е"): "Ё", ("\u0306", "и"): "й", ("\u0306", "И"): "Й"}
_PLAIN = RUSSIAN | {ch.upper() for ch in RUSSIAN} | set(" -.")
_SCHEMES: Mapping[str, Any] = MappingProxyType(
    {
        "bgn_pcgn": iuliia.BGN_PCGN,
        "iso9": iuliia.GOST_779,
        "gost_7_79_b": iuliia.GOST_779_ALT,
        "icao": iuliia.ICAO_DOC_9303,
        "ala_lc": iuliia.ALA_LC,
        "ala_lc_simple": iuliia.ALA_LC_ALT,
        "wikipedia": iuliia.WIKIPEDIA,
    }
)
# Scheme outputs that are English spellings, added to the variants when they are ASCII.
_ENGLISH_SCHEMES = ("wikipedia", "bgn_pcgn", "icao", "ala_lc_simple")


@dataclass(frozen=True)
class LatinForms:
    """All Latin forms of one name: ``press`` is also ``variants[0]``.  The variants and the
    romanisations are written when first read (most callers need only the press form), by the
    tables that were active when the forms were made."""

    text: str  # the Cyrillic, cleaned
    press: str
    tables: Tables = field(compare=False, repr=False)

    @functools.cached_property
    def romanizations(self) -> FrozenDict:
        """Scheme name → the name in that scheme."""
        with self.tables.active():
            return FrozenDict({name: _romanize(name, self.text) for name in _SCHEMES})

    @functools.cached_property
    def variants(self) -> tuple[str, ...]:
        """Every accepted English spelling, the press form first."""
        with self.tables.active():
            return _variants(self.text, self.press, self.romanizations)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restored, (self.text, self.press, self.variants, self.romanizations))


def _restored(
    text: str, press: str, variants: tuple[str, ...], romanized: FrozenDict
) -> LatinForms:
    """A pickled LatinForms (its lazy forms already written)."""
    forms = LatinForms(text, press, current())
    forms.__dict__.update(variants=variants, romanizations=romanized)
    return forms


@functools.cache
def _scheme(name: str) -> Any:
    """iuliia's scheme, with ё mapped to Latin ë where its JSON (0.13) leaves Cyrillic ё."""
    data = json.loads(Path(_SCHEMES[name].path).read_text(encoding="utf-8"))

    def fix(mapping: dict[str, str] | None) -> dict[str, str] | None:
        table = str.maketrans("ёЁ", "ëË")
        return None if mapping is None else {k: v.translate(table) for k, v in mapping.items()}

    schema = TranslitSchema(
        name=data.get("name", name),
        mapping=fix(data["mapping"]),
        prev_mapping=fix(data.get("prev_mapping")),
        next_mapping=fix(data.get("next_mapping")),
        ending_mapping=fix(data.get("ending_mapping")),
    )
    for key, value in data["mapping"].items():  # ALA-LC: Ю is I͡U (both halves of a ligature)
        if _LIGATURE in value:
            schema.map[key.upper()] = value.upper()
    return schema


@cached(maxsize=None)
def _given_names() -> Mapping[str, tuple[str, ...]]:
    names: dict[str, tuple[str, ...]] = {}
    for row in current().tsv(GIVEN_NAMES).rows:
        key = row["cyrillic"].lower()
        spellings = (row["press"], *(v.strip() for v in row["variants"].split("|") if v.strip()))
        names.setdefault(key, spellings)
        names.setdefault(key.replace("ё", "е"), spellings)
    return MappingProxyType(names)


def _best_first(options: Sequence[Sequence[str]], limit: int) -> list[tuple[int, str]]:
    """Distinct concatenations of one option from each list, cheapest (sum of indexes) first."""
    start = (0,) * len(options)
    heap, queued = [(0, start)], {start}
    found: dict[str, int] = {}
    pops = 0
    while heap and len(found) < limit and pops < 50 * limit:
        cost, index = heapq.heappop(heap)
        pops += 1
        found.setdefault("".join(o[i] for o, i in zip(options, index, strict=True)), cost)
        for k, i in enumerate(index):
            if i + 1 < len(options[k]):
                nxt = (*index[:k], i + 1, *index[k + 1 :])
                if nxt not in queued:
                    queued.add(nxt)
                    heapq.heappush(heap, (cost + 1, nxt))
    return [(cost, text) for text, cost in found.items()]


def _cased(latin: str, word: str) -> str:
    if len(word) > 1 and word.isupper():
        return latin.upper()
    return (latin[:1].upper() if word[:1].isupper() else latin[:1].lower()) + latin[1:]


@cached(maxsize=65_536)
def _press_word(word: str) -> str:
    low = word.lower()
    given = _given_names().get(low)
    if given:
        return _cased(given[0], word)
    rewritten = rewrite(load(PRESS), low)
    latin = _scheme("wikipedia").translate(rewritten) or _scheme("ala_lc_simple").translate(low)
    return _cased(latin, word)


@cached(maxsize=65_536)
def _word_spellings(word: str) -> tuple[str, ...]:
    low = word.lower()
    spelled = [s for _, s in _best_first(alternatives(load(VARIANTS), low), MAX_WORD_VARIANTS)]
    ranked = [_press_word(word), *(_given_names().get(low, ())), *spelled]
    return tuple(dict.fromkeys(_cased(s, word) for s in ranked))[:MAX_WORD_VARIANTS]


def _spellings(text: str) -> list[tuple[int, str]]:
    pieces = _RUN.split(text)
    options = [_word_spellings(p) if n % 2 else (p,) for n, p in enumerate(pieces)]
    return _best_first(options, MAX_VARIANTS)


def _clean(text: str) -> str:
    """NFC Russian text: stress and other marks dropped, non-Russian letters refused."""
    if _PLAIN.issuperset(text) and _RUN.search(text):
        return text
    out: list[str] = []
    for index, ch in enumerate(text):
        for part in unicodedata.normalize("NFD", ch):
            if unicodedata.combining(part):
                if out and (part, out[-1]) in _MARKS:
                    out[-1] = _MARKS[part, out[-1]]
                continue
            if part.isalpha() and part.lower() not in RUSSIAN:
                raise InputError(
                    f"{ch!r} (U+{ord(ch):04X}) is not a letter of the Russian alphabet",
                    text=text,
                    index=index,
                )
            out.append(part)
    cleaned = "".join(out)
    if not _RUN.search(cleaned):
        raise InputError(f"no Russian letter in {text!r}", text=text)
    return cleaned


def _romanize(scheme: str, text: str) -> str:
    """A scheme's output; an all-capital word is romanised in lower case and upper-cased."""
    return "".join(_romanize_piece(scheme, p) for p in _RUN.split(text))


@functools.lru_cache(maxsize=65_536)
def _romanize_piece(scheme: str, piece: str) -> str:
    """One run of letters (or what stands between runs) in ``scheme``, NFC."""
    if piece.isupper() and len(piece) > 1 and _RUN.fullmatch(piece):
        written = _scheme(scheme).translate(piece.lower()).upper()
    else:
        written = _scheme(scheme).translate(piece)
    return unicodedata.normalize("NFC", written)


@cached(maxsize=None)
def _patronymic_endings() -> tuple[str, ...]:
    table = current().tsv(PATRONYMICS)
    return tuple(row["ending"] for row in table.rows)


def latin_forms(cyrillic: str) -> LatinForms:
    """The English press form, accepted variants and scheme romanisations of a Russian name."""
    text = _clean(cyrillic)
    press = "".join(_press_word(p) if n % 2 else p for n, p in enumerate(_RUN.split(text)))
    load(VARIANTS)  # a malformed table is an error now, not when the variants are read
    return LatinForms(text, press, current())


def _variants(text: str, press: str, romanizations: Mapping[str, str]) -> tuple[str, ...]:
    ranked = _spellings(text)
    words = text.split()
    if len(words) == 3 and words[1].lower().endswith(_patronymic_endings()):
        ranked += [(cost + 1, s) for cost, s in _spellings(f"{words[0]} {words[2]}")]
    ranked.sort(key=lambda pair: pair[0])  # stable: full names before shortened ones
    schemes = [romanizations[n] for n in _ENGLISH_SCHEMES if romanizations[n].isascii()]
    head = list(dict.fromkeys([press, *(s for _, s in ranked)]))
    tail = [s for s in dict.fromkeys(schemes) if s not in head]
    return tuple(head[: MAX_VARIANTS - len(tail)] + tail)
