"""Character n-gram models of a source language's words, for readings no lexicon knows.

:mod:`translit.data.build` trains each model (orders 1..4, interpolated) and ships the
probability of every gram it saw in ``translit/data/lexicon/``; nothing is trained at run time.
Scores are natural-log probabilities.
"""

from __future__ import annotations

import functools
import math

from translit.data import lexicon
from translit.data.lexicon import END, ORDER, START


class CharModel:
    """One model: log-probabilities of words, prefixes and extensions, from the grams of the
    list ``grams`` (``ru_gram_p``, ``latin_gram_p``) and the ``floor`` of a letter never seen."""

    context = ORDER - 1  # the letters before an extension that its log-probability depends on

    def __init__(self, grams: str, floor: float) -> None:
        self.grams = grams
        self.log_floor = math.log(floor)
        self.gram_logprob = functools.lru_cache(maxsize=200_000)(self._gram_logprob)
        self.context_logprob = functools.lru_cache(maxsize=200_000)(self._context_logprob)

    def logprob(self, word: str, *, complete: bool = True) -> float:
        """Log-probability of the word (with ``complete=False``, of a word starting so)."""
        padded = START * (ORDER - 1) + word + (END if complete else "")
        gram = self.gram_logprob
        return sum(gram(padded[i - ORDER + 1 : i + 1]) for i in range(ORDER - 1, len(padded)))

    def extension_logprob(self, prefix: str, added: str) -> float:
        """Log-probability of ``added`` following ``prefix`` (neither has the end symbol)."""
        return self.context_logprob(prefix[-(ORDER - 1) :], added)

    def _context_logprob(self, context: str, added: str) -> float:
        """Log-probability of ``added`` following the last ``ORDER - 1`` letters ``context``."""
        padded = START * (ORDER - 1) + context + added
        start = len(padded) - len(added)
        gram = self.gram_logprob
        return sum(gram(padded[i - ORDER + 1 : i + 1]) for i in range(start, len(padded)))

    def _gram_logprob(self, gram: str) -> float:
        """Log-probability of the last character of ``gram`` (``ORDER`` characters) after the
        ones before it: that of its longest suffix the model saw (the orders it saw of a gram
        are its shortest suffixes, which the build interpolated), or of a letter never seen."""
        for start in range(len(gram)):
            p = lexicon.gram_probability(gram[start:], self.grams)
            if p:
                return math.log(p)
        return self.log_floor
