"""The derived word lists in translit/data/lexicon/ are what their build script makes of their
sources, entry for entry, and they give what the sources give."""

from __future__ import annotations

import random

import pytest
from wordfreq import get_frequency_dict, zipf_frequency

from translit.data import lexicon
from translit.data.build import FORMATS, entries

# only Russian-letter words are ever looked up: readings are lower-case Cyrillic


@pytest.fixture(scope="module")
def rebuilt() -> dict[str, list[tuple[str, object]]]:
    return entries()


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_shipped_entry_is_rebuilt(name: str, rebuilt: dict) -> None:
    shipped = sorted(lexicon.trie(name).items())
    built = ((key, value if isinstance(value, tuple) else (value,)) for key, value in rebuilt[name])
    assert shipped == sorted(built)


def test_the_metadata_is_rebuilt(rebuilt: dict) -> None:
    assert dict(lexicon.meta()) == dict(rebuilt["meta"])


def test_frequencies_are_wordfreqs_own() -> None:
    russian = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    words = sorted(w for w in get_frequency_dict("ru") if set(w) <= russian)
    rng = random.Random(7)
    made_up = ["".join(rng.choices(sorted(russian), k=rng.randint(2, 9))) for _ in range(2000)]
    sample = rng.sample(words, 2000) + made_up + ["путин", "лавров", "ёлка", "елка"]
    assert [lexicon.russian_zipf(w) for w in sample] == [zipf_frequency(w, "ru") for w in sample]
    korean = get_frequency_dict("ko")
    for word in random.Random(7).sample(sorted(korean), 500):
        assert lexicon.korean_frequency(word) == korean[word]


def test_the_countries_are_rebuilt(rebuilt: dict) -> None:
    shipped = {code: list(names) for code, names in lexicon.countries().items()}
    assert shipped == dict(rebuilt["countries"])
    assert lexicon.countries()["KZ"] == ("카자흐스탄", "Казахстан", "Kazakhstan")
