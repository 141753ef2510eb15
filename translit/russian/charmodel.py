"""A character n-gram model of Russian words, for reconstructions no lexicon knows.

It was trained on wordfreq's 80,000 most frequent Russian words by :mod:`translit.data.build`
(orders 1..4, interpolated), which ships the probability of every gram seen in
``translit/data/lexicon/``; nothing is trained at run time.  Scores are natural-log
probabilities.
"""

from __future__ import annotations

import functools
import math

from translit.data import lexicon
from translit.data.lexicon import END, ORDER, START


class CharModel:
    """The model: log-probabilities of words, prefixes and extensions."""

    context = ORDER - 1  # the letters before an extension that its log-probability depends on

    def logprob(self, word: str, *, complete: bool = True) -> float:
        """Log-probability of the word (with ``complete=False``, of a word starting so)."""
        padded = START * (ORDER - 1) + word + (END if complete else "")
        return sum(
            gram_logprob(padded[i - ORDER + 1 : i + 1]) for i in range(ORDER - 1, len(padded))
        )

    def extension_logprob(self, prefix: str, added: str) -> float:
        """Log-probability of ``added`` following ``prefix`` (neither has the end symbol)."""
        return extension_logprob(prefix[-(ORDER - 1) :], added)


@functools.lru_cache(maxsize=200_000)
def extension_logprob(context: str, added: str) -> float:
    """Log-probability of ``added`` following the last ``ORDER - 1`` letters ``context``."""
    padded = START * (ORDER - 1) + context + added
    start = len(padded) - len(added)
    return sum(gram_logprob(padded[i - ORDER + 1 : i + 1]) for i in range(start, len(padded)))


@functools.lru_cache(maxsize=200_000)
def gram_logprob(gram: str) -> float:
    """Log-probability of the last character of ``gram`` (``ORDER`` characters) after the ones
    before it: that of its longest suffix the model saw (the orders it saw of a gram are its
    shortest suffixes, which the build interpolated), or of a letter never seen."""
    for start in range(len(gram)):
        p = lexicon.gram_probability(gram[start:])
        if p:
            return math.log(p)
    return math.log(float(lexicon.meta()["floor"]))


@functools.cache
def model() -> CharModel:
    """The model (one per process: its counts do not depend on any table)."""
    return CharModel()
