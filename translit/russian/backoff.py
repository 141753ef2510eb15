"""The last resort of ``normalize`` for a word no search reads: letters no rule writes are read
as the nearest that one does (``tables/ru_backoff.tsv``: 우랑겔 → 우란겔 → Урангель), and a word
still unread is read in pieces (워싱톤 → 워신 + 톤), each step at a cost that caps the name's
confidence."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, current
from translit.errors import TableError
from translit.hangul import jamo
from translit.rules.inverse import lattice
from translit.russian import dprk, south
from translit.russian.ranking import WORD_BEAM, Scored, rank_name, weights
from translit.russian.reading import word_readings

TABLE = "ru_backoff.tsv"
MAX_PIECES = 3  # a word read in more pieces than this is left unread
MAX_CUT_LENGTH = 12  # syllables: a longer word is no word of a name, and cutting it costs n³


@dataclass(frozen=True)
class Edit:
    """A letter no rule writes (one internal jamo), what it is read as, and at what cost."""

    written: str
    read: str
    cost: float  # natural log: the confidence of a name so read is at most e^-cost


@cached(maxsize=None)
def edits() -> Mapping[str, Edit]:
    """The table's edits by the letter they replace."""
    table = current().tsv(TABLE)
    found: dict[str, Edit] = {}
    problems = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        try:
            written, read = jamo.parse_notation(row["written"]), jamo.parse_notation(row["read"])
        except ValueError as exc:
            problems.append(line.problem(str(exc)))
            continue
        if len(written) != 1:
            problems.append(line.problem(f"`written` must be one letter, not {row['written']!r}"))
            continue
        found[written] = Edit(written, read, float(row["cost"]))
    if problems:
        raise TableError(problems)
    return MappingProxyType(found)


@cached(maxsize=None)
def _written() -> frozenset[str]:
    return lattice(dprk.TABLE).jamo | lattice(south.TABLE).jamo


def nearest(word: str) -> tuple[str, float] | None:
    """``word`` (Hangul syllables, parts joined by hyphens) with each letter no rule writes
    replaced by its edit, and the edits' summed cost; ``None`` when no letter needs one or
    one has none."""
    written, table = _written(), edits()
    parts, cost = [], 0.0
    for part in word.split("-"):
        letters = []
        for ch in jamo.to_jamo(part):
            if ch in written:
                letters.append(ch)
                continue
            edit = table.get(ch)
            if edit is None:
                return None
            letters.append(edit.read)
            cost += edit.cost
        parts.append(jamo.compose("".join(letters)))
    return ("-".join(parts), cost) if cost else None


def guess(word: str) -> tuple[tuple[Scored, ...], float] | None:
    """Readings of a ``word`` that no search reads, and their cost (natural log, positive):
    its letters no rule writes edited (:func:`nearest`), then, if it is still unread, the word
    cut into the fewest pieces that each read (``backoff_cut`` a cut), the best cut first;
    ``None`` when neither reads it."""
    near = nearest(word)
    edited, cost = near or (word, 0.0)
    found = word_readings(edited)
    if found:
        return (found, cost) if cost else None
    if "-" in edited or len(edited) > MAX_CUT_LENGTH:
        return None
    cut = -weights()["backoff_cut"]
    for pieces in range(2, MAX_PIECES + 1):
        best = max(_cuts(edited, pieces), key=lambda c: c[0].score, default=None)
        if best:
            return best, cost + cut * (pieces - 1)
    return None


def _cuts(word: str, pieces: int) -> list[tuple[Scored, ...]]:
    """For each way to cut ``word`` into ``pieces`` runs of syllables that all read, the
    ``WORD_BEAM`` best readings put together, best first."""
    found = []
    for ends in itertools.combinations(range(1, len(word)), pieces - 1):
        runs = [word[a:b] for a, b in zip((0, *ends), (*ends, len(word)), strict=True)]
        per_run = [word_readings(run) for run in runs]
        if all(per_run):
            found.append(
                tuple(
                    Scored("".join(s.cyrillic for s in combo), total, None)
                    for combo, total in rank_name(per_run, k=WORD_BEAM)
                )
            )
    return found
