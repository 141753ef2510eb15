"""Verdicts on located renderings, decided token by token.

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

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from translit.checking.causes import edit_segments, explain, misreads, word_cause
from translit.checking.settings import number, words
from translit.checking.tokens import letters, name_key
from translit.data.lexicon import english_zipf
from translit.vocabulary import Verdict as VerdictName


@dataclass(frozen=True)
class Verdict:
    """A verdict on words ``keep[0]:keep[1]`` of the located span (the rest was trimmed)."""

    verdict: VerdictName
    explanation: str
    keep: tuple[int, int]


def pair_words(
    found: Sequence[str], right: Sequence[str], floor: float
) -> list[tuple[int, int, float]]:
    """The best in-order pairing of ``found`` words with ``right`` words by ``fuzz.ratio``."""
    return pair_indices(len(found), len(right), floor, lambda i, j: fuzz.ratio(found[i], right[j]))


def pair_indices(
    n: int, m: int, floor: float, similarity: Callable[[int, int], float]
) -> list[tuple[int, int, float]]:
    """The best in-order pairing of items ``0..n-1`` with items ``0..m-1``, as (i, j,
    similarity), each pair at least ``floor`` similar, the summed similarity highest (a tie
    leaves item i out rather than item j, and either rather than pairing them)."""
    total = [[0.0] * (m + 1) for _ in range(n + 1)]  # the best sum of items i.., j..
    paired: dict[tuple[int, int], float] = {}  # where pairing i with j is best, its similarity
    skip_j: set[tuple[int, int]] = set()  # where leaving out j is best
    for i in range(n - 1, -1, -1):
        row, below = total[i], total[i + 1]
        for j in range(m - 1, -1, -1):
            best = below[j]
            if row[j + 1] > best:
                best = row[j + 1]
                skip_j.add((i, j))
            sim = similarity(i, j)
            if sim >= floor and below[j + 1] + sim > best:
                best = below[j + 1] + sim
                paired[(i, j)] = sim
            row[j] = best
    found: list[tuple[int, int, float]] = []
    i = j = 0
    while i < n and j < m:
        if (i, j) in paired:
            found.append((i, j, paired[(i, j)]))
            i, j = i + 1, j + 1
        elif (i, j) in skip_j:
            j += 1
        else:
            i += 1
    return found


_VOWELS = str.maketrans("", "", "aeiouy")


def conventional(right: str, found: str) -> bool:
    """Whether ``found`` differs from ``right`` by vowels and by ``english_name_edits`` of
    ``tables/check.tsv`` alone, as English spelling of another language's name does (Ahmed for
    Akhmad), not by another consonant (Denim for Denis)."""
    edits = {tuple(e.split(">")) for e in words("english_name_edits")}
    return all(
        (want.translate(_VOWELS), got.translate(_VOWELS)) in edits | {("", "")}
        for want, got, _ in edit_segments(right, found)
    )


def truncated(found: str, right: str) -> bool:
    """Whether ``found`` is ``right`` with its first letters lost (at most ``truncated_letters``
    of ``tables/check.tsv``, two letters left at least): Ce for Vice, Public for Republic."""
    lost = len(right) - len(found)
    return 0 < lost <= number("truncated_letters") and len(found) >= 2 and right.endswith(found)


def misspelt(found: str, right: str, vocabulary: frozenset[str]) -> bool:
    """Whether the English word ``found``, similar to ``right``, misspells it: ``right`` with
    its first letters lost, or not a word of ``vocabulary`` (that names something else) and
    not another form of the same stem, where both words end, after their common beginning,
    in ``english_endings`` of ``tables/check.tsv`` (ministry / minister, friendly / friendship,
    cabinets / cabinet)."""
    if truncated(found, right):
        return True
    if found == right or found in vocabulary:
        return False
    common = next(
        (k for k, (a, b) in enumerate(zip(found, right, strict=False)) if a != b),
        min(len(found), len(right)),
    )
    endings = words("english_endings") | {"-"}
    return not (
        common >= number("stem_min_letters")
        and {found[common:] or "-", right[common:] or "-"} <= endings
    )


def _exact(
    words: Sequence[str], standard: str, accepted: Sequence[str]
) -> tuple[VerdictName, str] | None:
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
    transcribed: bool = False,
) -> Verdict | None:
    """The verdict on the English ``words`` found for a name; ``None`` when they render nothing.
    ``drop_ok(index, length)`` says whether leaving out word ``index`` of a form is acceptable.
    A ``transcribed`` name (read from a Russian-style transcription) whose every differing word
    is written as English texts commonly write a name (Ahmed Mohamed for Akhmad Mukhammad), and
    neither cut short (Mail for Ismail) nor misread from the Hangul (Luz for Ruz: ㄹ read as l)
    nor changed in another consonant than English spelling changes (Denim for Denis), is a
    variant: a name from another language, spelled its own way."""
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
        ((pair_words(found, name_key(a).split(), floor), name_key(a).split()) for a in accepted),
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
    common = number("english_word_zipf")
    if (
        transcribed
        and wrong
        and len(pairs) == len(right)  # every word there: none left out
        and all(
            english_zipf(w) >= common
            and not truncated(w, r)
            and not misreads(r, w, korean)
            and conventional(r, w)
            for r, w in wrong
        )
    ):
        right_word, wrong_word = wrong[0]
        text = explain("english", wrong=wrong_word.capitalize(), word=right_word.capitalize())
        return Verdict("variant", text, keep)
    if wrong:
        text = min(word_cause(r, w, korean) for r, w in wrong).text
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
