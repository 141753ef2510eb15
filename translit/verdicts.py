"""Verdicts on located renderings, decided token by token, and the likely cause of each error.

A name's rendering is ``ok`` when its letters equal the standard form's, ``variant`` when they
equal another accepted form's.  Otherwise its words are paired, in order, with the words of
the nearest accepted form; a word pairs only when its similarity reaches ``token_pair_cutoff``
of ``tables/check.tsv`` (else the span renders nothing and the caller reports the mention
``missing``).  A paired word that is merely similar (Zenis/Denis) makes an ``error``.  A word
left out, the rest exact, is a ``variant`` when the name keeps its last word (a Russian
surname: "Vladimirovich Putin"), an ``error`` otherwise; Korean names must be whole.  Causes
come from ``tables/error_causes.tsv``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from hangul_romanize import Transliter
from hangul_romanize.rule import academic
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from translit import hangul, tables
from translit.align import fold, letters, name_key, number

CAUSES = "error_causes.tsv"
TESTS = frozenset({"letters", "edit", "dropped", "modifier", "missing"})
_letters = Transliter(academic)


@dataclass(frozen=True)
class Cause:
    test: str
    expected: re.Pattern[str]
    found: re.Pattern[str]
    onsets: tuple[str, ...]
    explanation: str


@dataclass(frozen=True)
class Finding:
    """One mention: spans are [start, end) character offsets into the texts as given."""

    kind: str
    korean: str
    korean_span: tuple[int, int]
    expected: str
    found: str | None
    english_span: tuple[int, int] | None
    verdict: str
    score: float
    explanation: str


@dataclass(frozen=True)
class Verdict:
    """A verdict on words ``keep[0]:keep[1]`` of the located span (the rest was trimmed)."""

    verdict: str
    explanation: str
    keep: tuple[int, int]


@functools.cache
def causes() -> tuple[Cause, ...]:
    table = tables.read_tsv(CAUSES, required=("test", "explanation"), choices=(("test", TESTS),))
    return tuple(
        Cause(
            row["test"],
            re.compile(row["expected"]),
            re.compile(row["found"]),
            tuple(hangul.parse_notation(j) for j in row["hangul"].split("|") if j not in ("", "*")),
            row["explanation"],
        )
        for row in table.rows
    )


tables.on_overlay_change(causes.cache_clear)


def explain(test: str, **fields: str) -> str:
    """The explanation of the first row for ``test`` (fields missing from ``fields`` are '')."""
    row = next(c for c in causes() if c.test == test)
    return row.explanation.format_map(_Blank(fields))


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def romanised(word: str) -> str:
    """A Hangul word romanised letter by letter (hangul-romanize, academic)."""
    return letters(_letters.translit(word))


def _hangul_word(korean: str, right: str) -> str:
    """The word of the Korean mention that the English word ``right`` renders."""
    return max(korean.split(), key=lambda w: fuzz.ratio(romanised(w), right))


def word_cause(right: str, wrong: str, korean: str) -> tuple[int, str]:
    """(table row, explanation) for the English word ``wrong`` written for ``right``."""
    source = _hangul_word(korean, right)
    fields = {"word": right.capitalize(), "wrong": wrong.capitalize(), "hangul": source}
    fields["romanised"] = romanised(source)
    found: list[tuple[int, str]] = []
    for index, cause in enumerate(causes()):
        if cause.test == "letters" and fuzz.ratio(wrong, fields["romanised"]) > fuzz.ratio(
            wrong, right
        ):
            found.append((index, cause.explanation.format_map(_Blank(fields))))
    for want, got, after in _segments(right, wrong):
        for index, cause in enumerate(causes()):
            if cause.test != "edit" or not (
                cause.expected.fullmatch(want) and cause.found.fullmatch(got)
            ):
                continue
            hits = [ch for ch in source if hangul.is_syllable(ch) and _onset(ch) in cause.onsets]
            if cause.onsets and not hits:
                continue
            extra = {"expected": want, "found": got, "after": after, "syllable": "".join(hits[:1])}
            found.append((index, cause.explanation.format_map(_Blank(fields | extra))))
            break
    return min(found, default=(len(causes()), f"'{wrong}' for '{right}'"))


def _onset(syllable: str) -> str:
    return hangul.decompose(syllable)[0]


def _segments(right: str, wrong: str) -> list[tuple[str, str, str]]:
    """The edits from ``right`` to ``wrong``: (letters replaced, letters written, next letter)."""
    found: list[tuple[str, str, str, int]] = []
    for op in Levenshtein.opcodes(right, wrong):
        if op.tag == "equal":
            continue
        segment = (right[op.src_start : op.src_end], wrong[op.dest_start : op.dest_end])
        after = right[op.src_end : op.src_end + 1]
        if found and found[-1][3] == op.src_start:  # merge adjacent edits
            prev = found.pop()
            segment = (prev[0] + segment[0], prev[1] + segment[1])
        found.append((*segment, after, op.src_end))
    return [(want, got, after) for want, got, after, _ in found]


def _pair(found: Sequence[str], right: Sequence[str], floor: float) -> list[tuple[int, int, float]]:
    """The best in-order pairing of found words with right words (similarity ≥ ``floor``)."""
    n, m = len(found), len(right)
    Pairs = tuple[tuple[int, int, float], ...]
    empty: Pairs = ()
    best: list[list[tuple[float, Pairs]]] = [[(0.0, empty)] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            options: list[tuple[float, Pairs]] = [best[i + 1][j], best[i][j + 1]]
            sim = fuzz.ratio(found[i], right[j])
            if sim >= floor:
                total, pairs = best[i + 1][j + 1]
                options.append((total + sim, ((i, j, sim), *pairs)))
            best[i][j] = max(options, key=lambda o: o[0])
    return list(best[0][0][1])


def _exact(words: Sequence[str], standard: str, accepted: Sequence[str]) -> tuple[str, str] | None:
    key = letters(" ".join(words))
    if key == letters(standard):
        return "ok", ""
    if key in {letters(a) for a in accepted}:
        return "variant", "an accepted spelling"
    return None


def name_verdict(
    words: Sequence[str],
    standard: str,
    accepted: Sequence[str],
    korean: str,
    *,
    drop_ok: Callable[[int, int], bool],
    suspects: Sequence[str] = (),
) -> Verdict | None:
    """The verdict on the English ``words`` found for a name; ``None`` when they render nothing.
    ``drop_ok(index, length)`` says whether leaving out word ``index`` of a form is acceptable."""
    exact = _exact(words, standard, accepted)
    if exact is not None:
        return Verdict(exact[0], exact[1], (0, len(words)))
    shown = " ".join(words)
    if letters(shown) in {letters(s) for s in suspects}:
        text = explain(
            "letters", hangul=korean, romanised=shown.lower(), wrong=shown, word=standard
        )
        return Verdict("error", text, (0, len(words)))
    parts = [(i, part) for i, w in enumerate(words) for part in name_key(w).split()]
    found = [p for _, p in parts]
    floor = number("token_pair_cutoff")
    pairs, right = max(
        ((_pair(found, name_key(a).split(), floor), name_key(a).split()) for a in accepted),
        key=lambda pr: (len(pr[0]), sum(p[2] for p in pr[0]), -len(pr[1])),
    )
    if len(pairs) < max(1, (len(right) + 1) // 2):
        return None
    if any(pairs[k + 1][0] != pairs[k][0] + 1 for k in range(len(pairs) - 1)):
        return None  # unpaired words inside the span: not one rendering
    keep = (parts[pairs[0][0]][0], parts[pairs[-1][0]][0] + 1)
    exact = _exact(words[keep[0] : keep[1]], standard, accepted)
    if exact is not None:
        return Verdict(exact[0], exact[1], keep)
    same_length = [name_key(a).split() for a in accepted if len(name_key(a).split()) == len(right)]
    wrong = [
        (right[j], found[i])
        for i, j, _ in pairs
        if found[i] != right[j] and all(form[j] != found[i] for form in same_length)
    ]
    if wrong:
        _, text = min(word_cause(r, w, korean) for r, w in wrong)
        return Verdict("error", text, keep)
    left_out = [j for j in range(len(right)) if j not in {p[1] for p in pairs}]
    shown = " ".join(words[keep[0] : keep[1]])
    text = explain("dropped", word=" ".join(right[j].capitalize() for j in left_out), wrong=shown)
    ok = all(drop_ok(j, len(right)) for j in left_out)
    return Verdict("variant" if ok else "error", text, keep)


def interior_drop(found: Sequence[str], form: Sequence[str], stop: frozenset[str]) -> list[str]:
    """Content words of ``form`` left out between its first and last word in ``found`` (a
    subsequence of ``form`` that keeps both ends); ``[]`` when ``found`` is not such a one."""
    if len(found) < 2 or len(found) >= len(form) or found[0] != form[0] or found[-1] != form[-1]:
        return []
    it, kept = 0, set()
    for k, word in enumerate(form):
        if it < len(found) and word == found[it]:
            kept.add(k)
            it += 1
    if it < len(found):
        return []
    return [w for k, w in enumerate(form) if k not in kept and w not in stop]


def sample_cause(text: str) -> str:
    """Applier of the causes table's samples: ``RIGHT WRONG HANGUL`` → explanation."""
    right, wrong, korean = text.split()
    return word_cause(fold(right), fold(wrong), korean)[1]


SAMPLE_APPLIERS: Mapping[str, Callable[[str], str]] = {CAUSES: sample_cause}
