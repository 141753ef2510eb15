"""Applying a rule set forward: a Cyrillic word → its spellings, best first.

The word is walked left to right; at each position the first rule in file order whose
letters and context match writes its output.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from translit.hangul import jamo
from translit.rules.language import MAX_VARIANTS, Rule, RuleSet


@dataclass(frozen=True)
class Step:
    """One rule applied at one position of a word."""

    start: int
    rule: Rule


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


@functools.lru_cache(maxsize=65_536)
def spell(ruleset: RuleSet, word: str) -> tuple[tuple[str, float], ...]:
    """Every spelling of ``word`` (for Hangul tables, internal jamo) with its weight, best
    first."""
    variants: list[tuple[str, float]] = [("", 0.0)]
    for step in derive(ruleset, word):
        variants = [
            (written + out, logw + math.log(weight))
            for written, logw in variants
            for out, weight in step.rule.outputs
        ]
        if len(variants) > MAX_VARIANTS:
            variants = sorted(variants, key=lambda v: -v[1])[:MAX_VARIANTS]
    return tuple(sorted(((j, math.exp(w)) for j, w in variants), key=lambda v: -v[1]))


def spell_hangul(ruleset: RuleSet, text: str) -> str:
    """The usual Hangul spelling of a Cyrillic text: words by space, parts by hyphen kept."""
    words = []
    for word in text.lower().split():
        parts = [
            jamo.compose(spell(ruleset, part)[0][0]) if part else "" for part in word.split("-")
        ]
        words.append("-".join(parts))
    return " ".join(words)


def rewrite(ruleset: RuleSet, word: str) -> str:
    """A lower-case word with every rule's first output written (letters no rule covers
    kept): the application of a ``cyrillic`` rewrite table."""
    out: list[str] = []
    i = 0
    while i < len(word):
        rule = first_match(ruleset, word, i)
        out.append(rule.outputs[0][0] if rule else word[i])
        i += len(rule.letters) if rule else 1
    return "".join(out)


def alternatives(ruleset: RuleSet, word: str) -> list[tuple[str, ...]]:
    """A lower-case word cut into units, each with the outputs of its rule, best first (a
    letter no rule covers is its own only output)."""
    units: list[tuple[str, ...]] = []
    i = 0
    while i < len(word):
        rule = first_match(ruleset, word, i)
        units.append(tuple(o for o, _ in rule.outputs) if rule else (word[i],))
        i += len(rule.letters) if rule else 1
    return units
