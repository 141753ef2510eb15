"""The likely cause of a misspelt name (``tables/error_causes.tsv``), and the wording of every
explanation: a DPRK letter read literally (ㅈ for д read as z), Hangul romanised letter by
letter, a letter or syllable dropped, a modifier left out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from hangul_romanize import Transliter
from hangul_romanize.rule import academic
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from translit.checking.tokens import letters
from translit.data import cached, current
from translit.hangul import jamo

CAUSES = "error_causes.tsv"
_letters = Transliter(academic)


@dataclass(frozen=True)
class Cause:
    test: str
    expected: re.Pattern[str]
    found: re.Pattern[str]
    onsets: tuple[str, ...]
    explanation: str


@cached(maxsize=None)
def causes() -> tuple[Cause, ...]:
    table = current().tsv(CAUSES)
    return tuple(
        Cause(
            row["test"],
            re.compile(row["expected"]),
            re.compile(row["found"]),
            tuple(jamo.parse_notation(j) for j in row["hangul"].split("|") if j not in ("", "*")),
            row["explanation"],
        )
        for row in table.rows
    )


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


class Explanation(NamedTuple):
    """Why a word is wrong: the text, and the table row it comes from (lower rows first)."""

    row: int
    text: str


def word_cause(right: str, wrong: str, korean: str) -> Explanation:
    """(table row, explanation) for the English word ``wrong`` written for ``right``."""
    source = _hangul_word(korean, right)
    fields = {"word": right.capitalize(), "wrong": wrong.capitalize(), "hangul": source}
    fields["romanised"] = romanised(source)
    found: list[Explanation] = []
    for index, cause in enumerate(causes()):
        if cause.test == "letters" and fuzz.ratio(wrong, fields["romanised"]) > fuzz.ratio(
            wrong, right
        ):
            found.append(Explanation(index, cause.explanation.format_map(_Blank(fields))))
    for want, got, after in edit_segments(right, wrong):
        edit = _edit_cause(want, got, source)
        if edit is not None:
            index, cause, hits = edit
            extra = {"expected": want, "found": got, "after": after, "syllable": "".join(hits[:1])}
            text = cause.explanation.format_map(_Blank(fields | extra))
            found.append(Explanation(index, text))
    text = f"'{fields['wrong']}' for '{fields['word']}'"
    return min(found, default=Explanation(len(causes()), text))


def _edit_cause(want: str, got: str, source: str) -> tuple[int, Cause, list[str]] | None:
    """The first ``edit`` row that explains writing ``got`` for ``want``, as (row, cause, the
    syllables of the Hangul word ``source`` with its jamo); a row with jamo explains an edit
    only where the word has them."""
    for index, cause in enumerate(causes()):
        if cause.test != "edit" or not (
            cause.expected.fullmatch(want) and cause.found.fullmatch(got)
        ):
            continue
        hits = [ch for ch in source if jamo.is_syllable(ch) and _onset(ch) in cause.onsets]
        if cause.onsets and not hits:
            continue
        return index, cause, hits
    return None


def is_misreading(right: str, wrong: str, korean: str) -> bool:
    """Whether ``wrong`` differs from the English word ``right`` only by edits that a DPRK
    letter read literally explains (the row explaining each is one with jamo, found in the
    Hangul word ``korean``: ㄹ read as l, ㅂ for в read as b)."""
    read = _literal_reads(right, wrong, korean)
    return bool(read) and all(read)


def misreads(right: str, wrong: str, korean: str) -> bool:
    """Whether some edit between the English word ``right`` and ``wrong`` is a DPRK letter of
    the Hangul word ``korean`` read literally (Luz for Ruz: ㄹ read as l), whatever the others."""
    return any(_literal_reads(right, wrong, korean))


def _literal_reads(right: str, wrong: str, korean: str) -> list[bool]:
    """For each edit from ``right`` to ``wrong``, whether a row with jamo of ``korean`` explains
    it (a DPRK letter read literally)."""
    return [
        (edit := _edit_cause(want, got, korean)) is not None and bool(edit[1].onsets)
        for want, got, _ in edit_segments(right, wrong)
    ]


def _onset(syllable: str) -> str:
    return jamo.decompose(syllable)[0]


def edit_segments(right: str, wrong: str) -> list[tuple[str, str, str]]:
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
