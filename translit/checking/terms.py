"""Locate a glossary term's rendering near where the names predict it, and judge it.

The accepted forms are the glossary's English and variants, each also with any place name in
it swapped for that place's other forms (… of the DPRK → … of the Democratic People's Republic
of Korea).  Words compare by :func:`translit.checking.tokens.word_key` (case, possessive and British
spelling ignored); a place word may carry a demonym suffix (Korea → Korean).  The occurrence of
any accepted form, or of the glossary's recorded KCNA English, nearest the predicted place is
taken.  KCNA English that leaves content words of an accepted form out between its first and
last word is an ``error`` for the kinds in ``drop_kinds`` (Minister of Natural Ecology);
otherwise KCNA's own usage is a ``variant``.  Failing an exact form, a window scoring
``term_locate_cutoff`` within ``term_window_chars`` is judged the same way but is at best
``unverified``; nothing found is ``missing`` for ``proper_kinds``, else ``unverified``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from translit.checking.causes import explain
from translit.checking.finding import Finding
from translit.checking.locate import find_phrase, predict
from translit.checking.settings import number, scorer, words
from translit.checking.tokens import Token, tokenize
from translit.checking.verdicts import interior_drop
from translit.data import cached
from translit.terms.glossary import TermEntry, glossary
from translit.terms.scanner import Match
from translit.vocabulary import Verdict


@cached(maxsize=4096)
def _keys(form: str) -> tuple[str, ...]:
    return tuple(t.key for t in tokenize(form))


@cached(maxsize=None)
def _places() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], ...]:
    """Each place of the glossary as its English forms, each with the pattern that finds it."""
    groups = [
        (e.english, *e.english_variants)
        for e in glossary().entries
        if e.kind == "place" and e.english
    ]
    return tuple(
        tuple((name, re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)) for name in group)
        for group in groups
    )


def _expand(forms: Sequence[str]) -> list[str]:
    """``forms`` plus each with a place name in it swapped for another form of that place."""
    found = list(forms)
    for form in forms:
        lowered = form.lower()
        for group in _places():
            for name, pattern in group:
                if name.lower() in lowered and pattern.search(form):
                    found += [pattern.sub(o, form, count=1) for o, _ in group if o != name]
    return list(dict.fromkeys(found))


def _forms(entry: TermEntry) -> tuple[str, ...]:
    assert entry.english is not None
    return _expanded((entry.english, *entry.english_variants))


@cached(maxsize=1024)
def _expanded(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_expand(forms))


def _base(match: Match, expected: str) -> dict[str, Any]:
    return {
        "kind": match.kind,
        "korean": match.text,
        "korean_span": (match.start, match.end),
        "expected": expected,
    }


def _same(place: bool) -> Callable[[str, str], bool]:
    demonyms = words("demonym_suffixes")

    def same(word: str, key: str) -> bool:
        return word == key or (
            place and key.startswith(word) and key[len(word) :].replace("’", "'") in demonyms
        )

    return same


def _span(
    english: str, tokens: Sequence[Token], hit: tuple[int, int]
) -> tuple[str, tuple[int, int]]:
    first, last = tokens[hit[0]], tokens[hit[1] - 1]
    return english[first.start : last.end], (first.start, last.end)


def locate_term(
    match: Match,
    tokens: Sequence[Token],
    english: str,
    anchors: Sequence[tuple[int, int]],
    ratio: float,
) -> Finding:
    """The finding for the glossary term ``match`` in the English ``tokens``."""
    entry = match.entry
    assert entry is not None and entry.english is not None
    kind = entry.kind or match.kind
    forms = _forms(entry)
    kcna = entry.kcna_english if entry.kcna_english not in forms else None
    candidates = [*forms, *([kcna] if kcna else [])]
    at = predict(anchors, match.start, ratio)
    same = _same(kind == "place")
    hits = [
        (abs(tokens[i].start - at), -len(_keys(form)), k, i)
        for k, form in enumerate(candidates)
        for i in find_phrase(tokens, _keys(form), same)
    ]
    stop = words("stopwords")
    base = _base(match, entry.english)
    if hits:
        _, size, k, i = min(hits)
        found, span = _span(english, tokens, (i, i - size))
        if k == 0:
            return Finding(
                **base, found=found, english_span=span, verdict="ok", score=100.0, explanation=""
            )
        if candidates[k] != kcna:
            return Finding(
                **base,
                found=found,
                english_span=span,
                verdict="variant",
                score=100.0,
                explanation="an accepted rendering",
            )
        return _judge(match, entry.english, forms, _keys(kcna), found, span, 100.0, stop, "KCNA")
    window = number("term_window_chars")
    near = [i for i, t in enumerate(tokens) if abs(t.start - at) <= window]
    best: tuple[float, int, int] = (0.0, 0, 0)
    score = scorer()
    cutoff = number("term_locate_cutoff")
    for form in forms:
        n = len(_keys(form))
        key = " ".join(_keys(form))
        for size in range(max(1, n - 2), n + 2):
            for i in near:
                part = tokens[i : i + size]
                if len(part) == size:
                    value = score(" ".join(t.key for t in part), key, score_cutoff=cutoff)
                    if value > best[0]:
                        best = (value, i, i + size)
    if best[0]:
        found, span = _span(english, tokens, best[1:])
        keys = tuple(t.key for t in tokens[best[1] : best[2]])
        return _judge(match, entry.english, forms, keys, found, span, best[0], stop, "")
    verdict: Verdict = "missing" if kind in words("proper_kinds") else "unverified"
    text = explain("missing", word=entry.english)
    return Finding(
        **base, found=None, english_span=None, verdict=verdict, score=0.0, explanation=text
    )


def _judge(
    match: Match,
    standard: str,
    forms: Sequence[str],
    found_keys: Sequence[str],
    found: str | None,
    span: tuple[int, int] | None,
    score: float,
    stop: frozenset[str],
    source: str,
) -> Finding:
    """A rendering that is no accepted form: an error when it leaves content words out of the
    middle of every form; a mere shortening of one (secretary of the Central Committee) is not."""
    base = {**_base(match, standard), "found": found, "english_span": span}
    kind = match.entry.kind if match.entry is not None else None
    shortened = any(_contiguous(found_keys, _keys(form)) for form in forms)
    if kind in words("drop_kinds") and not shortened:
        for form in forms:
            left_out = interior_drop(found_keys, _keys(form), stop)
            if left_out:
                text = explain(
                    "modifier", expected=" ".join(left_out), wrong=found or "", word=form
                )
                return Finding(**base, verdict="error", score=round(score, 1), explanation=text)
    if source:
        text = f"{source}'s own English"
        return Finding(**base, verdict="variant", score=round(score, 1), explanation=text)
    text = "rendered in no recorded form"
    return Finding(**base, verdict="unverified", score=round(score, 1), explanation=text)


def _contiguous(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether ``part`` stands in ``whole`` as one unbroken run."""
    n = len(part)
    return n > 0 and any(tuple(whole[i : i + n]) == tuple(part) for i in range(len(whole) - n + 1))
