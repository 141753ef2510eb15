"""The lexicon holds only attested irregulars: for each entry the rules give something else."""

from __future__ import annotations

import pytest

from translit import latin, reconstruct, rules, tables
from translit.normalizer import SOUTH_TABLE, lexicon

ROWS = tables.read_tsv("ru_lexicon.tsv").rows


@pytest.mark.parametrize("row", ROWS, ids=[r["dprk"] for r in ROWS])
def test_every_lexicon_entry_is_really_irregular(row: dict[str, str]) -> None:
    cyrillic = row["cyrillic"]
    by_rule = {
        "dprk": rules.spell_hangul(rules.load(reconstruct.DPRK_TABLE), cyrillic),
        "south": rules.spell_hangul(rules.load(SOUTH_TABLE), cyrillic).replace("-", ""),
        "english": latin.latin_forms(cyrillic).press,
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
    by_dprk, by_cyrillic = lexicon()
    assert by_dprk["쏘련"].cyrillic == "СССР"
    assert by_cyrillic["россия"].south == "러시아"
