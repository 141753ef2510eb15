"""Applying a rule set forward: a Cyrillic word → its spellings, best first.

The word is walked left to right; at each position the first rule in file order whose
letters and context match writes its output.
"""

from __future__ import annotations

import functools
import math

from translit.hangul import jamo
from translit.rules.language import BOUNDARY, Rule, RuleSet


def applied(ruleset: RuleSet, word: str) -> list[tuple[int, Rule | None]]:
    """Where the forward direction applies a rule in ``word`` (lower-case), left to right, and
    which: the first in file order whose letters and context match (``None``: a letter no rule
    covers, taken alone; a table test makes sure every Russian letter has a default rule)."""
    width = ruleset.before + ruleset.after
    padded = BOUNDARY * ruleset.before + word + BOUNDARY * ruleset.after
    found: list[tuple[int, Rule | None]] = []
    i = 0
    while i < len(word):
        rule = _rule_at(ruleset, padded[i : i + width])
        found.append((i, rule))
        i += len(rule.letters) if rule else 1
    return found


@functools.lru_cache(maxsize=65_536)
def _rule_at(ruleset: RuleSet, window: str) -> Rule | None:
    """The rule that applies at ``ruleset.before`` of ``window`` (the letters around a
    position, as far as any rule looks; past the word's ends, the boundary)."""
    start = ruleset.before
    for rule in ruleset.by_first.get(window[start], ()):
        end = start + len(rule.letters)
        if (
            window.startswith(rule.letters, start)
            and rule.left_matches(window, start)
            and rule.right_matches(window, end)
        ):
            return rule
    return None


@functools.lru_cache(maxsize=65_536)
def spell(ruleset: RuleSet, word: str) -> tuple[tuple[str, float], ...]:
    """Every spelling of ``word`` (for Hangul tables, internal jamo) with its weight, best
    first."""
    variants: list[tuple[str, float]] = [("", 0.0)]
    for _, rule in applied(ruleset, word):
        if rule is None:
            continue
        outputs = rule.log_outputs
        variants = [(written + out, logw + lw) for written, logw in variants for out, lw in outputs]
        if len(variants) > ruleset.max_variants:
            variants = sorted(variants, key=lambda v: -v[1])[: ruleset.max_variants]
    return tuple(sorted(((j, math.exp(w)) for j, w in variants), key=lambda v: -v[1]))


def spell_hangul(ruleset: RuleSet, text: str, *, second: bool = False) -> str:
    """The usual Hangul spelling of a Cyrillic text: words by space, parts by hyphen kept; with
    ``second``, each rule writes its second output where it has one (a table's documented
    variant, such as the press's departures from NIKL)."""
    words = []
    for word in text.lower().split():
        parts = [
            _second(ruleset, part) if second else _first(ruleset, part) for part in word.split("-")
        ]
        words.append("-".join(parts))
    return " ".join(words)


def _first(ruleset: RuleSet, word: str) -> str:
    return jamo.compose(spell(ruleset, word)[0][0]) if word else ""


def _second(ruleset: RuleSet, word: str) -> str:
    outputs = (
        rule.outputs[1 if len(rule.outputs) > 1 else 0][0]
        for _, rule in applied(ruleset, word)
        if rule
    )
    return jamo.compose("".join(outputs))


def rewrite(ruleset: RuleSet, word: str) -> str:
    """A lower-case word with every rule's first output written (letters no rule covers
    kept): the application of a ``cyrillic`` rewrite table."""
    return "".join(rule.outputs[0][0] if rule else word[i] for i, rule in applied(ruleset, word))


def alternatives(ruleset: RuleSet, word: str) -> list[tuple[str, ...]]:
    """A lower-case word cut into units, each with the outputs of its rule, best first (a
    letter no rule covers is its own only output)."""
    return [
        tuple(o for o, _ in rule.outputs) if rule else (word[i],)
        for i, rule in applied(ruleset, word)
    ]
