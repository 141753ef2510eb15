"""The rule language of ``tables/*.rules``: a rule set parsed and validated.

A rule set is read once per :class:`~translit.data.Tables`, validated (every problem reported
with ``path:line``).  A table's ``#: output:`` metadata says what its rules write: ``hangul``
(the default, in the tables' Hangul notation), ``latin`` or ``cyrillic`` (see
``tables/README.md``); its ``#: input:`` what they read: lower-case ``cyrillic`` (the default)
or ``latin`` letters a–z; its ``#: variants:`` how many spellings of a word are kept, best first
(``MAX_VARIANTS`` unless said: a table of many weighted alternatives keeps more).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import Line, cached, current
from translit.errors import TableError, TableProblem
from translit.hangul import jamo
from translit.hangul.text import is_cyrillic

BOUNDARY = "#"
MAX_VARIANTS = 16

_CLASS_DEF = re.compile(r"^::(\w+)::\s*=\s*(.+)$")
_ELEMENT = re.compile(r"!?::\w+::|!?[^\s_]|_")
_WEIGHTED = re.compile(r"^(\S+)(?:\s+([0-9.]+))?$")
_LATIN = re.compile(r"^[A-Za-z']+$")
EMPTY = "∅"


@dataclass(frozen=True)
class Element:
    """One context position: a set of letters (``#`` the boundary), possibly negated."""

    letters: frozenset[str]
    negated: bool = False

    def matches(self, ch: str) -> bool:
        return (ch in self.letters) != self.negated


@dataclass(frozen=True)
class Rule:
    """``letters -> outputs / left _ right``; outputs are (internal jamo, weight), best first."""

    letters: str
    outputs: tuple[tuple[str, float], ...]
    left: tuple[Element, ...]
    right: tuple[Element, ...]
    line: int

    @functools.cached_property
    def log_outputs(self) -> tuple[tuple[str, float], ...]:
        """``outputs`` with the natural log of each weight."""
        return tuple((output, math.log(weight)) for output, weight in self.outputs)

    def left_matches(self, word: str, start: int) -> bool:
        for offset, element in enumerate(reversed(self.left), start=1):
            i = start - offset
            if not element.matches(word[i] if i >= 0 else BOUNDARY):
                return False
        return True

    def right_matches(self, word: str, end: int, *, complete: bool = True) -> bool:
        """Whether the right context holds after ``end``; with ``complete=False`` the word may
        go on, so positions beyond its end are not yet known and count as matching."""
        for offset, element in enumerate(self.right):
            i = end + offset
            if i >= len(word) and not complete:
                return True
            if not element.matches(word[i] if i < len(word) else BOUNDARY):
                return False
        return True


@dataclass(frozen=True, eq=False)
class RuleSet:
    """A parsed ``.rules`` table, with its rules indexed by first letter (compared and hashed
    by identity: one per table set)."""

    name: str
    output: str
    rules: tuple[Rule, ...]
    by_first: Mapping[str, tuple[Rule, ...]]
    before: int  # the most letters a rule's left context looks at
    after: int  # the most a rule looks at from where it applies: its letters, its right context
    max_variants: int = MAX_VARIANTS  # the most spellings of a word kept, best first


def _parse_context(
    text: str, classes: Mapping[str, frozenset[str]], line: Line
) -> tuple[tuple[Element, ...], tuple[Element, ...]]:
    tokens = _ELEMENT.findall(text)
    if tokens.count("_") != 1:
        raise TableError([line.problem("a context needs exactly one '_'")])
    elements: list[Element | None] = []
    for token in tokens:
        if token == "_":
            elements.append(None)
            continue
        negated = token.startswith("!")
        body = token[1:] if negated else token
        if body.startswith("::"):
            name = body.strip(":")
            if name not in classes:
                raise TableError([line.problem(f"unknown class ::{name}::")])
            letters = classes[name]
        else:
            letters = frozenset(body)
        elements.append(Element(letters, negated))
    split = elements.index(None)
    left = tuple(e for e in elements[:split] if e is not None)
    right = tuple(e for e in elements[split + 1 :] if e is not None)
    return left, right


def _latin(notation: str) -> str:
    if notation == EMPTY:
        return ""
    if not _LATIN.match(notation):
        raise ValueError(f"{notation!r} is not a Latin spelling (letters and ')")
    return notation


def _cyrillic(notation: str) -> str:
    if notation == EMPTY:
        return ""
    if not all(is_cyrillic(ch) and ch.islower() for ch in notation):
        raise ValueError(f"{notation!r} is not lower-case Cyrillic")
    return notation


_OUTPUTS: Mapping[str, Callable[[str], str]] = MappingProxyType(
    {"hangul": jamo.parse_notation, "latin": _latin, "cyrillic": _cyrillic}
)
_INPUTS: Mapping[str, Callable[[str], bool]] = MappingProxyType(
    {
        "cyrillic": lambda ch: is_cyrillic(ch) and ch.islower(),
        "latin": lambda ch: "a" <= ch <= "z",
    }
)


def _parse_outputs(text: str, kind: str, line: Line) -> tuple[tuple[str, float], ...]:
    outputs: list[tuple[str, float]] = []
    for part in text.split("|"):
        match = _WEIGHTED.match(part.strip())
        if not match:
            raise TableError([line.problem(f"bad output {part.strip()!r}")])
        notation, weight = match.group(1), float(match.group(2) or 1.0)
        if not 0 < weight <= 1:
            raise TableError([line.problem(f"weight {weight} is not in (0, 1]")])
        try:
            outputs.append((_OUTPUTS[kind](notation), weight))
        except ValueError as exc:
            raise TableError([line.problem(str(exc))]) from exc
    return tuple(outputs)


def _parse_rule(
    text: str, kinds: tuple[str, str], classes: Mapping[str, frozenset[str]], line: Line
) -> Rule:
    head, slash, context = text.partition(" / ")
    letters, arrow, outputs = head.partition("->")
    letters = letters.strip()
    source, kind = kinds
    if not arrow or not letters or not outputs.strip():
        raise TableError([line.problem("a rule reads 'LETTERS -> OUTPUT [/ LEFT _ RIGHT]'")])
    if not all(_INPUTS[source](ch) for ch in letters):
        raise TableError([line.problem(f"{letters!r} is not lower-case {source.title()}")])
    left, right = _parse_context(context, classes, line) if slash else ((), ())
    return Rule(letters, _parse_outputs(outputs, kind, line), left, right, line.number)


def _parse_class(text: str, classes: Mapping[str, frozenset[str]], line: Line) -> frozenset[str]:
    expanded: set[str] = set()
    for member in text.split():
        ref = member.strip(":")
        if member.startswith("::") and ref in classes:
            expanded |= classes[ref]
        elif member.startswith("::"):
            raise TableError([line.problem(f"unknown class {member}")])
        else:
            expanded.add(member)
    return frozenset(expanded)


@cached(maxsize=None)
def load(name: str) -> RuleSet:
    """Parse and validate ``tables/<name>`` of the current tables; every problem at once."""
    table = current().file(name)
    kind = table.meta.get("output", "hangul")
    source = table.meta.get("input", "cyrillic")
    problems: list[TableProblem] = []
    if kind not in _OUTPUTS:
        problems.append(TableProblem(table.path, 0, f"output {kind!r} not in {sorted(_OUTPUTS)}"))
        kind = "hangul"
    if source not in _INPUTS:
        problems.append(TableProblem(table.path, 0, f"input {source!r} not in {sorted(_INPUTS)}"))
        source = "cyrillic"
    variants = table.meta.get("variants", str(MAX_VARIANTS))
    if not variants.isdigit() or int(variants) < 1:
        problems.append(TableProblem(table.path, 0, f"variants {variants!r}: a whole number >= 1"))
        variants = str(MAX_VARIANTS)
    classes: dict[str, frozenset[str]] = {}
    rules: list[Rule] = []
    for line in table.lines:
        text = line.text.split(" %", 1)[0].strip()
        if text.startswith("%"):
            continue
        try:
            class_def = _CLASS_DEF.match(text)
            if class_def:
                classes[class_def.group(1)] = _parse_class(class_def.group(2), classes, line)
            else:
                rules.append(_parse_rule(text, (source, kind), classes, line))
        except TableError as exc:
            problems.extend(exc.problems)
    if problems:
        raise TableError(problems)
    by_first: dict[str, list[Rule]] = {}
    for rule in rules:
        by_first.setdefault(rule.letters[0], []).append(rule)
    frozen = {k: tuple(v) for k, v in by_first.items()}
    before = max((len(r.left) for r in rules), default=0)
    after = max((len(r.letters) + len(r.right) for r in rules), default=1)
    frozen_rules = MappingProxyType(frozen)
    return RuleSet(name, kind, tuple(rules), frozen_rules, before, after, int(variants))
