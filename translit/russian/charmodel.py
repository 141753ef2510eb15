"""A character n-gram model of Russian words, for reconstructions no lexicon knows.

Its counts were taken from wordfreq's 80,000 most frequent Russian words by
:mod:`translit.data.build` and ship in ``translit/data/lexicon/``; nothing is trained at run
time.  Interpolated orders 1..4; scores are natural-log probabilities.
"""

from __future__ import annotations

import functools
import math

from translit.data import lexicon

ORDER = 4
LAMBDAS = (0.05, 0.15, 0.3, 0.5)  # weights of orders 1..4, interpolated
START, END = "^", "$"
VOCABULARY = 34  # the 33 letters and the end symbol


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
    before it."""
    p = 1e-6 / VOCABULARY
    for k, weight in enumerate(LAMBDAS):
        context = gram[ORDER - 1 - k : ORDER - 1]
        seen = context_count(context)
        count = lexicon.gram_count(context + gram[-1]) if seen else 0
        if not count:  # counted at the same places, a longer context and its gram are unseen too
            break
        p += weight * count / seen
    return math.log(p)


@functools.lru_cache(maxsize=50_000)
def context_count(context: str) -> int:
    """How often the model saw ``context`` followed by anything (few contexts, many grams)."""
    return lexicon.context_count(context)


@functools.cache
def model() -> CharModel:
    """The model (one per process: its counts do not depend on any table)."""
    return CharModel()
