"""Build the derived word lists of ``translit/data/lexicon/``: ``python -m translit.data.build``.

Sources, all shipped inside packages (no download): wordfreq's Russian, English and Korean word
lists, CLDR's names of countries (babel, a build-time dependency), the character 4-gram model
trained on wordfreq's 80,000 most frequent Russian words (the interpolated probability of every
gram it saw, so that scoring one is a single look-up), and the Latin lexicon of foreign names:
the words of wordfreq's English, Spanish, French, Italian, Portuguese and German lists, with
their Zipf frequency in each, and a character model of the same kind trained on its frequent
words.  The
lists are deterministic for the same wordfreq version; ``tests/test_lexicon_build.py`` rebuilds
them and compares every entry.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path
from typing import Any

import marisa_trie

from translit.data.lexicon import COUNTRIES, END, FOLDER, FORMATS, ORDER, START

RUSSIAN = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
TRAINING_WORDS = 80_000
LAMBDAS = (0.05, 0.15, 0.3, 0.5)  # the character model's weights of orders 1..4, interpolated
FLOOR = 1e-6 / 34  # its probability of a letter never seen (33 letters and the end symbol)
CONTEXT = "="  # the key prefix of a context's count among the gram counts
ENGLISH_MIN_ZIPF = 2.5
LATIN_LANGUAGES = ("en", "es", "fr", "it", "pt", "de")  # the columns of latin_zipf
LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
LATIN_MIN_ZIPF = 1.5  # a word of a Latin list at least this frequent in one of its languages
LATIN_TRAINING_ZIPF = 3.0  # the Latin character model's training words: this frequent in one
LATIN_FLOOR = 1e-6 / 27  # its probability of a letter never seen (26 letters and the end)
COUNTRY_LANGUAGES = ("ko", "ru", "en")  # the columns of countries.json


def _russian_zipf() -> Iterator[tuple[str, int]]:
    """Russian words with their Zipf frequency in hundredths (wordfreq rounds to two places)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    for word in sorted(get_frequency_dict("ru")):
        if set(word) <= RUSSIAN:
            zipf = zipf_frequency(word, "ru")
            if zipf:
                yield word, round(zipf * 100)


def _english_zipf() -> Iterator[tuple[str, int]]:
    """English words of letters a–z at least ``ENGLISH_MIN_ZIPF`` frequent, Zipf in hundredths."""
    from wordfreq import get_frequency_dict, zipf_frequency

    for word in sorted(get_frequency_dict("en")):
        if word.isascii() and word.isalpha():
            zipf = zipf_frequency(word, "en")
            if zipf >= ENGLISH_MIN_ZIPF:
                yield word, round(zipf * 100)


def _countries() -> list[tuple[str, list[str]]]:
    """Every country and territory of CLDR (two-letter codes) with its Korean, Russian and
    English name, from babel's locale data."""
    from babel import Locale

    names = [
        {str(code): str(name) for code, name in Locale(language).territories.items()}
        for language in COUNTRY_LANGUAGES
    ]
    codes = sorted(c for c in names[0] if len(c) == 2 and c.isalpha() and c != "ZZ")
    return [(code, [n[code] for n in names]) for code in codes if all(code in n for n in names)]


def _korean() -> tuple[list[tuple[str, float]], list[tuple[str, float]], float]:
    from wordfreq import get_frequency_dict

    words = get_frequency_dict("ko")
    syllables: Counter[str] = Counter()
    for word, freq in words.items():
        syllables.update({ch: freq for ch in word if "\uac00" <= ch <= "\ud7a3"})
    total = float(sum(syllables.values()))
    return sorted(words.items()), sorted(syllables.items()), total


def folded(word: str) -> str:
    """A word without its accents (``rodríguez`` → ``rodriguez``), as the Latin lexicon keys it."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def latin_zipf() -> list[tuple[str, tuple[int, ...]]]:
    """Every word of letters a–z (accents folded) of the Latin lists at least
    ``LATIN_MIN_ZIPF`` frequent in one of ``LATIN_LANGUAGES``, with its Zipf frequency in each,
    in tenths (the largest of its accented spellings)."""
    from wordfreq import get_frequency_dict, zipf_frequency

    found: dict[str, list[int]] = {}
    for column, language in enumerate(LATIN_LANGUAGES):
        for word in get_frequency_dict(language):
            zipf = zipf_frequency(word, language)
            key = folded(word)
            if zipf < LATIN_MIN_ZIPF or len(key) < 2 or not set(key) <= LATIN:
                continue
            row = found.setdefault(key, [0] * len(LATIN_LANGUAGES))
            row[column] = max(row[column], round(zipf * 10))
    return sorted((word, tuple(row)) for word, row in found.items())


def russian_training() -> list[str]:
    """The Russian character model's training words."""
    from wordfreq import top_n_list

    return [w for w in top_n_list("ru", TRAINING_WORDS) if set(w) <= RUSSIAN]


def latin_training(words: list[tuple[str, tuple[int, ...]]]) -> list[str]:
    """The Latin character model's training words: those of the Latin lexicon ``words`` at least
    ``LATIN_TRAINING_ZIPF`` frequent in one language."""
    least = round(LATIN_TRAINING_ZIPF * 10)
    return [word for word, row in words if max(row) >= least]


def gram_counts(words: list[str]) -> Counter[str]:
    """How often the training ``words`` have each gram of orders 1..4 (``^`` pads a word's
    start, ``$`` ends it) and each context, followed by anything (keyed with ``=`` before it;
    ``=`` alone: every letter)."""
    pad = START * (ORDER - 1)
    padded = [pad + w + END for w in words]
    found: Counter[str] = Counter()
    for k in range(ORDER):
        grams = Counter(p[i - k : i + 1] for p in padded for i in range(ORDER - 1, len(p)))
        found.update(grams)
        for gram, count in grams.items():
            found[CONTEXT + gram[:-1]] += count
    return found


def interpolated(gram: str, counts: Counter[str], floor: float = FLOOR) -> float:
    """The probability of ``gram``'s last letter after the ones before it: each order's share
    of its context's count, weighted by ``LAMBDAS``, up to the first order not seen."""
    p = floor
    for k, weight in enumerate(LAMBDAS[: len(gram)]):
        context = gram[len(gram) - 1 - k : len(gram) - 1]
        seen = counts[CONTEXT + context]
        count = counts[context + gram[-1]] if seen else 0
        if not count:  # counted at the same places, a longer context and its gram are unseen too
            break
        p += weight * count / seen
    return p


def gram_probabilities(words: list[str], floor: float) -> list[tuple[str, float]]:
    """Every gram a model trained on ``words`` saw, with its probability: a gram's longest
    suffix found here gives its probability (seen orders are a gram's shortest suffixes), and
    ``floor`` where not even its last letter is."""
    counts = gram_counts(words)
    return sorted((g, interpolated(g, counts, floor)) for g in counts if not g.startswith(CONTEXT))


def entries() -> dict[str, list[tuple[str, Any]]]:
    """Every list, as sorted (key, value) pairs."""
    korean_words, syllables, total = _korean()
    latin = latin_zipf()
    return {
        "countries": _countries(),
        "ru_zipf": list(_russian_zipf()),
        "en_zipf": list(_english_zipf()),
        "ru_gram_p": gram_probabilities(russian_training(), FLOOR),
        "latin_zipf": latin,
        "latin_gram_p": gram_probabilities(latin_training(latin), LATIN_FLOOR),
        "ko_freq": korean_words,
        "ko_syllables": syllables,
        "meta": [
            ("wordfreq", version("wordfreq")),
            ("training_words", TRAINING_WORDS),
            ("order", ORDER),
            ("lambdas", list(LAMBDAS)),
            ("floor", FLOOR),
            ("english_min_zipf", ENGLISH_MIN_ZIPF),
            ("latin_languages", list(LATIN_LANGUAGES)),
            ("latin_min_zipf", LATIN_MIN_ZIPF),
            ("latin_training_zipf", LATIN_TRAINING_ZIPF),
            ("latin_floor", LATIN_FLOOR),
            ("babel", version("babel")),
            ("ko_syllables_total", total),
        ],
    }


def build(folder: Path) -> None:
    """Write every list into ``folder``."""
    found = entries()
    for name, fmt in FORMATS.items():
        pairs = ((k, v if isinstance(v, tuple) else (v,)) for k, v in found[name])
        marisa_trie.RecordTrie(fmt, pairs).save(str(folder / f"{name}.marisa"))
    countries = json.dumps(dict(found["countries"]), indent=0, sort_keys=True, ensure_ascii=False)
    (folder / COUNTRIES).write_text(countries + "\n", encoding="utf-8")
    meta = json.dumps(dict(found["meta"]), indent=1, sort_keys=True)
    (folder / "meta.json").write_text(meta + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=FOLDER, help=f"folder (default {FOLDER})")
    args = parser.parse_args(argv)
    build(args.out)
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.suffix == ".marisa")
    sys.stderr.write(f"wrote the derived lists to {args.out} ({size:,} bytes)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
