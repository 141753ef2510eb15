"""``check`` on hand-written article pairs: no false error on the clean English, and every
corrupted name flagged as an error (``tests/data/check/README.md``)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from translit import check

DATA = Path(__file__).resolve().parent / "data" / "check"
CORRUPTED = {
    "lavrov": {"Andrei Ludenko", "Andrei Beloussov", "Alexander Nobak", "Mikhail Murashuko"},
    "entourage": {
        "Sergey Shoigo",
        "Yury Ushakob",
        "Valery Gelasimov",
        "Oleg Kojemyako",
        "Kim Yo Jon",
        "Jo Yon Won",
    },
}


def _read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("pair", sorted(CORRUPTED))
def test_the_clean_translation_has_no_error(pair: str) -> None:
    report = check(_read(f"{pair}_ko.txt"), _read(f"{pair}_en.txt"))
    assert [f for f in report.findings if f.verdict == "error"] == []
    assert [f for f in report.findings if f.verdict == "missing"] == []


@pytest.mark.parametrize("pair", sorted(CORRUPTED))
def test_every_corrupted_name_is_an_error(pair: str) -> None:
    report = check(_read(f"{pair}_ko.txt"), _read(f"{pair}_en_corrupted.txt"))
    assert {f.found for f in report.findings if f.verdict == "error"} == CORRUPTED[pair]


def test_decomposed_korean_gives_the_same_verdicts_with_spans_into_it() -> None:
    korean, english = _read("lavrov_ko.txt"), _read("lavrov_en_corrupted.txt")
    decomposed = unicodedata.normalize("NFD", korean)
    report = check(decomposed, english)
    assert report.summary == check(korean, english).summary
    assert all(decomposed[slice(*f.korean_span)] == f.korean for f in report.findings)
