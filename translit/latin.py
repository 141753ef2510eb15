"""Latin forms of a Russian name, written from its Cyrillic pivot (never from Hangul).

``latin_forms("Сергей Лавров")`` gives the English press form (``Sergei Lavrov``), every
accepted English spelling (``variants``; ``variants[0]`` is always ``press``) and the output of
each romanisation standard.  The press form is iuliia's Wikipedia scheme applied after the
press rewrites of ``tables/latin_press.tsv``, with given names taken from
``tables/latin_given_names.tsv``.  Variants are products of the per-letter alternatives of
``latin_press.tsv``, cheapest first (the cost of a spelling is the sum of the positions of the
alternatives chosen), plus the name without its patronymic and the ASCII scheme outputs.
"""

from __future__ import annotations

import functools
import heapq
import json
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import iuliia
from iuliia.schema import TranslitSchema

from translit import tables
from translit.errors import InputError, TableError, TableProblem

GIVEN_NAMES = "latin_given_names.tsv"
PRESS = "latin_press.tsv"
MAX_VARIANTS = 200
MAX_WORD_VARIANTS = 24
RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
BOUNDARY = "#"
_LIGATURE = "\u0361"
_RUN = re.compile(r"([а-яёА-ЯЁ]+)")
PATRONYMICS = "ru_patronymics.tsv"
_MARKS = {("\u0308", "е"): "ё", ("\u0308", "Е"): "Ё", ("\u0306", "и"): "й", ("\u0306", "И"): "Й"}
_SPELLING = re.compile(r"^[A-Za-z' -]*$")
_CONTEXT = re.compile(r"^(#|::\w+::|[а-яё])$")
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
    """All Latin forms of one name: ``press`` is also ``variants[0]``."""

    press: str
    variants: tuple[str, ...]
    romanizations: Mapping[str, str]


@dataclass(frozen=True)
class _Rule:
    letters: str
    before: frozenset[str] | None
    after: frozenset[str] | None
    outputs: tuple[str, ...]

    def matches(self, word: str, i: int) -> bool:
        if not word.startswith(self.letters, i):
            return False
        end = i + len(self.letters)
        prev = word[i - 1] if i > 0 else BOUNDARY
        nxt = word[end] if end < len(word) else BOUNDARY
        return (self.before is None or prev in self.before) and (
            self.after is None or nxt in self.after
        )


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


@functools.cache
def _given_names() -> Mapping[str, tuple[str, ...]]:
    table = tables.read_tsv(GIVEN_NAMES, required=("cyrillic", "press", "source"))
    names: dict[str, tuple[str, ...]] = {}
    origin: dict[str, str] = {}
    problems: list[TableProblem] = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        key = row["cyrillic"].lower()
        spellings = (row["press"], *(v.strip() for v in row["variants"].split("|") if v.strip()))
        if not set(key) <= RUSSIAN:
            problems.append(line.problem(f"not a Russian word: {row['cyrillic']!r}"))
        bad = [s for s in spellings if not _SPELLING.match(s)]
        if bad:
            problems.append(line.problem(f"not an ASCII spelling: {', '.join(bad)}"))
        if origin.get(key) == line.path:
            problems.append(line.problem(f"{row['cyrillic']!r} is listed twice"))
        origin.setdefault(key, line.path)
        names.setdefault(key, spellings)  # overlay rows come first and win
        names.setdefault(key.replace("ё", "е"), spellings)
    if problems:
        raise TableError(problems)
    return MappingProxyType(names)


@functools.cache
def _rules() -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
    """The press rewrites and the Latin alternatives of ``latin_press.tsv``."""
    table = tables.read_tsv(PRESS, required=("kind", "cyrillic", "output"))
    classes: dict[str, frozenset[str]] = {}
    found: dict[str, list[_Rule]] = {"press": [], "latin": []}
    problems: list[TableProblem] = []

    def context(cell: str, line: tables.Line) -> frozenset[str] | None:
        letters: set[str] = set()
        for token in cell.split():
            if not _CONTEXT.match(token) or (token.startswith("::") and token[2:-2] not in classes):
                problems.append(line.problem(f"bad context element {token!r}"))
            letters |= classes.get(token[2:-2], set()) if token.startswith("::") else {token}
        return frozenset(letters) if cell else None

    for row, line in zip(table.rows, table.row_lines, strict=True):
        kind, letters, output = row["kind"], row["cyrillic"], row["output"]
        if kind == "class" and set(output.replace(" ", "")) <= RUSSIAN:
            classes[letters] = frozenset(output.split())
            continue
        if kind not in found or not set(letters) <= RUSSIAN:
            problems.append(line.problem(f"bad kind {kind!r} or non-Russian {letters!r}"))
            continue
        outputs = tuple(o.strip().replace("∅", "") for o in output.split("|"))
        if not all(_SPELLING.match(o) if kind == "latin" else set(o) <= RUSSIAN for o in outputs):
            problems.append(line.problem(f"{output!r} is not a {kind} output"))
        before, after = context(row["before"], line), context(row["after"], line)
        found[kind].append(_Rule(letters, before, after, outputs))
    if problems:
        raise TableError(problems)
    return tuple(found["press"]), tuple(found["latin"])


for _cache in (_given_names, _rules):
    tables.on_overlay_change(_cache.cache_clear)


def _apply(rules: Sequence[_Rule], word: str) -> list[tuple[str, ...]]:
    """Cut ``word`` (lower case) into units, each with the outputs of its first matching rule."""
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        rule = next((r for r in rules if r.matches(word, i)), None)
        units.append(rule.outputs if rule else (word[i],))
        i += len(rule.letters) if rule else 1
    return units


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


def _press_word(word: str) -> str:
    low = word.lower()
    given = _given_names().get(low)
    if given:
        return _cased(given[0], word)
    rewritten = "".join(u[0] for u in _apply(_rules()[0], low))
    latin = _scheme("wikipedia").translate(rewritten) or _scheme("ala_lc_simple").translate(low)
    return _cased(latin, word)


def _word_spellings(word: str) -> list[str]:
    low = word.lower()
    spelled = [s for _, s in _best_first(_apply(_rules()[1], low), MAX_WORD_VARIANTS)]
    ranked = [_press_word(word), *(_given_names().get(low, ())), *spelled]
    return list(dict.fromkeys(_cased(s, word) for s in ranked))[:MAX_WORD_VARIANTS]


def _spellings(text: str) -> list[tuple[int, str]]:
    pieces = _RUN.split(text)
    options = [_word_spellings(p) if n % 2 else [p] for n, p in enumerate(pieces)]
    return _best_first(options, MAX_VARIANTS)


def _clean(text: str) -> str:
    """NFC Russian text: stress and other marks dropped, non-Russian letters refused."""
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
    pieces = _RUN.split(text)
    return "".join(
        _scheme(scheme).translate(p.lower()).upper()
        if n % 2 and p.isupper() and len(p) > 1
        else _scheme(scheme).translate(p)
        for n, p in enumerate(pieces)
    )


@functools.cache
def _patronymic_endings() -> tuple[str, ...]:
    table = tables.read_tsv(PATRONYMICS, required=("ending",))
    return tuple(row["ending"] for row in table.rows)


tables.on_overlay_change(_patronymic_endings.cache_clear)


def _shortened(name: str) -> str:
    """The press form of a name without its patronymic (for the table's samples)."""
    words = name.split()
    forms = latin_forms(name).variants
    short = [f for f in forms if len(f.split()) == len(words) - 1]
    return short[0] if short else ""


def latin_forms(cyrillic: str) -> LatinForms:
    """The English press form, accepted variants and scheme romanisations of a Russian name."""
    text = _clean(cyrillic)
    press = "".join(_press_word(p) if n % 2 else p for n, p in enumerate(_RUN.split(text)))
    ranked = _spellings(text)
    words = text.split()
    if len(words) == 3 and words[1].lower().endswith(_patronymic_endings()):
        ranked += [(cost + 1, s) for cost, s in _spellings(f"{words[0]} {words[2]}")]
    ranked.sort(key=lambda pair: pair[0])  # stable: full names before shortened ones
    romanizations = {name: _romanize(name, text) for name in _SCHEMES}
    schemes = [romanizations[n] for n in _ENGLISH_SCHEMES if romanizations[n].isascii()]
    head = list(dict.fromkeys([press, *(s for _, s in ranked)]))
    tail = [s for s in dict.fromkeys(schemes) if s not in head]
    variants = head[: MAX_VARIANTS - len(tail)] + tail
    return LatinForms(press, tuple(variants), MappingProxyType(romanizations))


SAMPLE_APPLIERS: dict[str, Callable[[str], str]] = {
    GIVEN_NAMES: lambda given_name: latin_forms(given_name).press,
    PRESS: lambda name: latin_forms(name).press,
    PATRONYMICS: _shortened,
}
