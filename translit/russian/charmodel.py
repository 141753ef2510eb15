"""A character n-gram model of Russian words, for reconstructions no lexicon knows.

Trained once, lazily, on the Russian word list that ships with wordfreq (no download, no
pickle).  Interpolated orders 1..N; scores are natural-log probabilities.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from dataclasses import dataclass

from wordfreq import top_n_list

ORDER = 4
TRAINING_WORDS = 80_000
LAMBDAS = (0.05, 0.15, 0.3, 0.5)  # weights of orders 1..4, interpolated
START, END = "^", "$"
ALPHABET = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")


@dataclass(frozen=True, eq=False)
class CharModel:
    order: int
    counts: tuple[Counter[str], ...]  # counts[k][gram] for grams of length k+1
    contexts: tuple[Counter[str], ...]  # contexts[k][ctx] for contexts of length k
    vocabulary: int

    def logprob(self, word: str, *, complete: bool = True) -> float:
        """Log-probability of the word (with ``complete=False``, of a word starting so)."""
        padded = START * (ORDER - 1) + word + (END if complete else "")
        return sum(
            self.gram_logprob(padded[i - ORDER + 1 : i + 1]) for i in range(ORDER - 1, len(padded))
        )

    def extension_logprob(self, prefix: str, added: str) -> float:
        """Log-probability of ``added`` following ``prefix`` (neither has the end symbol)."""
        padded = START * (ORDER - 1) + prefix + added
        start = len(padded) - len(added)
        return sum(
            self.gram_logprob(padded[i - ORDER + 1 : i + 1]) for i in range(start, len(padded))
        )

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one model per process, never freed
    def gram_logprob(self, gram: str) -> float:
        """Log-probability of the last character of ``gram`` after the ones before it."""
        p = 1e-6 / self.vocabulary
        for k, weight in enumerate(LAMBDAS):
            ctx = gram[ORDER - 1 - k : ORDER - 1]
            seen = self.contexts[k][ctx]
            if seen:
                p += weight * self.counts[k][ctx + gram[-1]] / seen
        return math.log(p)


@functools.cache
def model() -> CharModel:
    """The model trained on wordfreq's most frequent Russian words."""
    pad = START * (ORDER - 1)
    padded = [pad + w + END for w in top_n_list("ru", TRAINING_WORDS) if set(w) <= ALPHABET]
    counts = tuple(
        Counter(p[i - k : i + 1] for p in padded for i in range(ORDER - 1, len(p)))
        for k in range(ORDER)
    )
    contexts = tuple(Counter[str]() for _ in range(ORDER))
    for k, grams in enumerate(counts):
        for gram, count in grams.items():
            contexts[k][gram[:-1]] += count
    return CharModel(ORDER, counts, contexts, len(ALPHABET) + 1)
