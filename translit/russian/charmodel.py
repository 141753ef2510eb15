"""The character n-gram model of Russian words, for reconstructions no lexicon knows.

It was trained on wordfreq's 80,000 most frequent Russian words by :mod:`translit.data.build`
(see :mod:`translit.rules.charmodel`).
"""

from __future__ import annotations

import functools

from translit.data import lexicon
from translit.data.lexicon import END, START
from translit.rules.charmodel import CharModel

__all__ = ["END", "START", "CharModel", "extension_logprob", "gram_logprob", "model"]


@functools.cache
def model() -> CharModel:
    """The model (one per process: its counts do not depend on any table)."""
    return CharModel("ru_gram_p", float(lexicon.meta()["floor"]))


def gram_logprob(gram: str) -> float:
    """:meth:`CharModel.gram_logprob` of the Russian model."""
    return model().gram_logprob(gram)


def extension_logprob(context: str, added: str) -> float:
    """:meth:`CharModel.context_logprob` of the Russian model."""
    return model().context_logprob(context, added)
