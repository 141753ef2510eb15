"""The lexicon holds only attested irregulars: for each entry the rules give something else."""

from __future__ import annotations

import pytest

from translit.data import current
from translit.rules.language import load
from translit.rules.spell import spell_hangul
from translit.russian.irregulars import irregulars
from translit.russian.latin import latin_forms

ROWS = current().tsv("ru_lexicon.tsv").rows


@pytest.mark.parametrize("row", ROWS, ids=[r["dprk"] for r in ROWS])
def test_every_lexicon_entry_is_really_irregular(row: dict[str, str]) -> None:
    cyrillic = row["cyrillic"]
    by_rule = {
        "dprk": spell_hangul(load("ru_dprk.rules"), cyrillic),
        "south": spell_hangul(load("ru_south.rules"), cyrillic).replace("-", ""),
        "english": latin_forms(cyrillic).press,
    }
    dprk_spellings = {s.strip() for s in row["dprk"].split("|")}
    irregular = [
        what
        for what, expected in (
            ("dprk", dprk_spellings),
            ("south", {row["south"]}),
            ("english", {row["english"]}),
        )
        if by_rule[what] not in expected
    ]
    assert irregular, f"{row['dprk']}: the rules already give every form; drop the entry"


def test_lexicon_is_indexed_both_ways() -> None:
    index = irregulars()
    assert index.by_dprk["쏘련"].cyrillic == "СССР"
    assert index.by_cyrillic["россия"].south == "러시아"
