"""The rule language of ``tables/*.rules``: parsing, and applying a rule set to a Cyrillic word.

A rule set is read once, validated (every problem reported with ``path:line``) and cached.
Applying it walks the word left to right; at each position the first rule in file order whose
letters and context match writes its Hangul (see ``tables/README.md``).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit import hangul, tables
from translit.errors import TableError, TableProblem

BOUNDARY = "#"
MAX_VARIANTS = 16

_CLASS_DEF = re.compile(r"^::(\w+)::\s*=\s*(.+)$")
_ELEMENT = re.compile(r"!?::\w+::|!?[^\s_]|_")
_WEIGHTED = re.compile(r"^(\S+)(?:\s+([0-9.]+))?$")


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


@dataclass(frozen=True)
class RuleSet:
    """A parsed ``.rules`` table, with its rules indexed by first letter."""

    name: str
    rules: tuple[Rule, ...]
    by_first: Mapping[str, tuple[Rule, ...]]


@dataclass(frozen=True)
class Step:
    """One rule applied at one position of a word."""

    start: int
    rule: Rule


def _parse_context(
    text: str, classes: Mapping[str, frozenset[str]], line: tables.Line
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


def _parse_outputs(text: str, line: tables.Line) -> tuple[tuple[str, float], ...]:
    outputs: list[tuple[str, float]] = []
    for part in text.split("|"):
        match = _WEIGHTED.match(part.strip())
        if not match:
            raise TableError([line.problem(f"bad output {part.strip()!r}")])
        notation, weight = match.group(1), float(match.group(2) or 1.0)
        if not 0 < weight <= 1:
            raise TableError([line.problem(f"weight {weight} is not in (0, 1]")])
        try:
            outputs.append((hangul.parse_notation(notation), weight))
        except ValueError as exc:
            raise TableError([line.problem(str(exc))]) from exc
    return tuple(outputs)


def _parse_rule(text: str, classes: Mapping[str, frozenset[str]], line: tables.Line) -> Rule:
    head, slash, context = text.partition(" / ")
    letters, arrow, outputs = head.partition("->")
    letters = letters.strip()
    if not arrow or not letters or not outputs.strip():
        raise TableError([line.problem("a rule reads 'LETTERS -> HANGUL [/ LEFT _ RIGHT]'")])
    if not all(hangul.is_cyrillic(ch) for ch in letters):
        raise TableError([line.problem(f"{letters!r} is not lower-case Cyrillic")])
    left, right = _parse_context(context, classes, line) if slash else ((), ())
    return Rule(letters, _parse_outputs(outputs, line), left, right, line.number)


@functools.cache
def load(name: str) -> RuleSet:
    """Parse and validate ``tables/<name>``; report every problem at once."""
    table = tables.read_file(name)
    classes: dict[str, frozenset[str]] = {}
    rules: list[Rule] = []
    problems: list[TableProblem] = []
    for line in table.lines:
        text = line.text.split(" %", 1)[0].strip()
        if text.startswith("%"):
            continue
        try:
            class_def = _CLASS_DEF.match(text)
            if class_def:
                members = class_def.group(2).split()
                expanded: set[str] = set()
                for member in members:
                    ref = member.strip(":")
                    if member.startswith("::") and ref in classes:
                        expanded |= classes[ref]
                    elif member.startswith("::"):
                        raise TableError([line.problem(f"unknown class {member}")])
                    else:
                        expanded.add(member)
                classes[class_def.group(1)] = frozenset(expanded)
            else:
                rules.append(_parse_rule(text, classes, line))
        except TableError as exc:
            problems.extend(exc.problems)
    if problems:
        raise TableError(problems)
    by_first: dict[str, list[Rule]] = {}
    for rule in rules:
        by_first.setdefault(rule.letters[0], []).append(rule)
    frozen = {k: tuple(v) for k, v in by_first.items()}
    return RuleSet(name, tuple(rules), MappingProxyType(frozen))


tables.on_overlay_change(load.cache_clear)


def first_match(ruleset: RuleSet, word: str, start: int) -> Rule | None:
    """The rule the forward direction applies at ``start`` of ``word`` (lower-case)."""
    for rule in ruleset.by_first.get(word[start], ()):
        end = start + len(rule.letters)
        if (
            word.startswith(rule.letters, start)
            and rule.left_matches(word, start)
            and rule.right_matches(word, end)
        ):
            return rule
    return None


def derive(ruleset: RuleSet, word: str) -> tuple[Step, ...]:
    """The rules applied to a lower-case Cyrillic word, in order; letters no rule covers are
    skipped (a table test makes sure every Russian letter has a default rule)."""
    steps: list[Step] = []
    i = 0
    while i < len(word):
        rule = first_match(ruleset, word, i)
        if rule is None:
            i += 1
            continue
        steps.append(Step(i, rule))
        i += len(rule.letters)
    return tuple(steps)


def spell(ruleset: RuleSet, word: str) -> list[tuple[str, float]]:
    """Every Hangul spelling (internal jamo) of ``word`` with its weight, best first."""
    variants: list[tuple[str, float]] = [("", 0.0)]
    for step in derive(ruleset, word):
        variants = [
            (jamo + out, logw + math.log(weight))
            for jamo, logw in variants
            for out, weight in step.rule.outputs
        ]
        if len(variants) > MAX_VARIANTS:
            variants = sorted(variants, key=lambda v: -v[1])[:MAX_VARIANTS]
    return sorted(((j, math.exp(w)) for j, w in variants), key=lambda v: -v[1])


def spell_hangul(ruleset: RuleSet, text: str) -> str:
    """The usual Hangul spelling of a Cyrillic text: words by space, parts by hyphen kept."""
    words = []
    for word in text.lower().split():
        parts = [
            hangul.compose(spell(ruleset, part)[0][0]) if part else "" for part in word.split("-")
        ]
        words.append("-".join(parts))
    return " ".join(words)
