"""The glossary: its samples, the 2023-09-14 article's titles, lookups, compounds, the loader."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.devlist import DEV_LIST, dev_names
from tests.samples import samples_of
from translit.data import current, set_overlay
from translit.data.specs import GLOSSARY_KINDS
from translit.errors import InputError, TableError
from translit.terms import glossary
from translit.terms.term import term

OWN_TABLES = ("glossary.tsv", "compound_links.tsv")


@pytest.fixture
def overlay(tmp_path: Path) -> Iterator[Path]:
    set_overlay(tmp_path)
    yield tmp_path
    set_overlay(None)


def _header() -> str:
    return current().file("glossary.tsv").lines[0].text


@pytest.mark.parametrize("name", OWN_TABLES)
def test_own_samples(name: str) -> None:
    assert not samples_of(name)


# KCNA 2023-09-14 (corpus kcna-2023-09-14): the Russian delegation's titles; rules.md §5.2.
@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("외무상", "Foreign Minister"),
        ("정부부수상", "Deputy Prime Minister"),
        ("자연부원생태학상", "Minister of Natural Resources and Ecology"),
        ("원동련방구", "Far Eastern Federal District"),
        ("우주발사장", "cosmodrome"),
        ("공업무역상", "Minister of Industry and Trade"),
        ("운수상", "Minister of Transport"),
        ("국방상", "Minister of Defence"),
        ("특명전권대사", "Ambassador Extraordinary and Plenipotentiary"),
        ("대통령행정부 부책임자", "Deputy Head of the Presidential Administration"),
        ("대통령공보관", "Presidential Press Secretary"),
        ("외무성 부상", "Vice Foreign Minister"),
        ("조선인민군 원수", "Marshal of the Korean People's Army"),
        ("조선로동당 총비서", "General Secretary of the Workers' Party of Korea"),
    ],
)
def test_article_titles(word: str, english: str) -> None:
    entry = term(word)
    assert entry.english == english
    assert entry.kind in GLOSSARY_KINDS
    assert entry.source


def test_kcna_english_records_known_mistranslations() -> None:
    assert term("자연부원생태학상").kcna_english == "Minister of Natural Ecology"
    assert term("국무위원장").kcna_english == "president of the State Affairs"
    assert "Minister of National Defence" in term("국방상").english_variants


@pytest.mark.parametrize(
    ("word", "dprk"),
    [("노동신문", "로동신문"), ("연방평의회", "련방평의회"), ("극동연방관구", "원동련방구")],
)
def test_south_korean_forms_find_the_entry(word: str, dprk: str) -> None:
    assert term(word).dprk == dprk


@pytest.mark.parametrize("word", ["정부 부수상", "정부부수상", " 정부  부수상 ", "《정부부수상》"])
def test_spacing_and_quotes_are_ignored(word: str) -> None:
    assert term(word).dprk == "정부부수상"


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("로씨야련방외무상", "Foreign Minister of the Russian Federation"),
        ("로씨야련방 국방상", "Minister of Defence of the Russian Federation"),
        (
            "조선민주주의인민공화국 외무상",
            "Foreign Minister of the Democratic People's Republic of Korea",
        ),
        ("정부부수상 겸 공업무역상", "Deputy Prime Minister and Minister of Industry and Trade"),
        ("연해변강주재 대통령전권대표", "Presidential Plenipotentiary Envoy to the Primorsky Krai"),
    ],
)
def test_compounds_of_known_parts(word: str, english: str) -> None:
    entry = term(word)
    assert entry.english == english
    assert entry.kind == "title"
    assert entry.note and entry.note.startswith("composed from:")


@pytest.mark.parametrize("word", ["겸 외무상", "외무상 주재"])
def test_a_link_word_without_its_partner_is_no_compound(word: str) -> None:
    assert term(word).english is None


def test_an_unknown_word_gives_nulls_and_a_note() -> None:
    entry = term("사과나무")
    assert (entry.dprk, entry.english, entry.kind, entry.source) == (None, None, None, None)
    assert entry.english_variants == ()
    assert entry.note


@pytest.mark.parametrize("bad", ["", "   ", "ㅃㅜ"])
def test_bad_input_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError):
        term(bad)


def test_transcribed_words_fall_back_to_the_name_pipeline() -> None:
    entry = term("아브로라")  # Аврора (the cruiser): transcribed, not in the glossary
    assert entry.kind == "transcription"
    assert entry.english


def test_the_glossary_is_broad_and_every_row_is_complete() -> None:
    entries = glossary.glossary().entries
    assert len(entries) >= 250
    assert {e.kind for e in entries} == set(GLOSSARY_KINDS)
    assert all(e.source and e.english for e in entries)


def test_every_key_and_south_form_looks_itself_up() -> None:
    index = glossary.glossary()
    failures = [e.dprk for e in index.entries if e.dprk is None or term(e.dprk).dprk != e.dprk]
    failures += [s for s, e in index.by_south.items() if term(s).english is None]
    assert not failures


def test_the_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    term("외무상")
    term("사과나무")
    assert capsys.readouterr() == ("", "")


def test_coverage_of_the_dev_list() -> None:
    """Prints the share of the dev list's org/term/place rows the glossary knows (-s)."""
    rows = dev_names("org", "term", "place")
    with DEV_LIST.open(encoding="utf-8") as handle:
        urls = {r["nk_hangul"]: r["source_url"] for r in csv.DictReader(handle, delimiter="\t")}
    known = [r for r in rows if term(r.dprk).kind not in (None, "transcription")]
    right = [
        r
        for r in known
        if r.english.casefold()
        in {v.casefold() for v in (term(r.dprk).english or "", *term(r.dprk).english_variants)}
    ]
    cited = [r for r in known if urls.get(r.dprk, "-") in (term(r.dprk).source or "")]
    print(
        f"\nglossary coverage of dev org/term/place rows: {len(known)}/{len(rows)} known, "
        f"{len(right)} with the dev English; {len(cited)} of the known rows cite the dev row's URL"
    )
    assert len(known) >= 0.6 * len(rows)


def test_overlay_rows_win_and_bom_crlf_blank_lines_are_accepted(overlay: Path) -> None:
    text = f"\ufeff#: source: test\r\n\r\n# comment\r\n{_header()}\r\n"
    text += "외무상\t외교부 장관\tMinister for Foreign Affairs\t\t\ttitle\ttest\t\r\n\r\n"
    (overlay / "glossary.tsv").write_bytes(text.encode("utf-8"))
    set_overlay(overlay)
    assert term("외무상").english == "Minister for Foreign Affairs"
    assert term("정부부수상").english == "Deputy Prime Minister"


def test_every_problem_of_a_malformed_overlay_is_reported(overlay: Path) -> None:
    path = overlay / "glossary.tsv"
    path.write_text(
        f"#: source: test\n{_header()}\n"
        "정부부수상\t\tX\t\t\ttitle\ttest\n"
        "정부 부수상\t\tY\t\t\ttitle\ttest\n"
        "외무상\t\tZ\t\t\tminister\ttest\n"
        "foo\t\tW\t\t\tterm\ttest\n",
        encoding="utf-8",
    )
    set_overlay(overlay)
    with pytest.raises(TableError) as caught:
        term("외무상")
    assert [(p.path, p.line) for p in caught.value.problems] == [
        (str(path), 4),
        (str(path), 5),
        (str(path), 6),
    ]
    assert f"{path}:4: duplicate dprk '정부 부수상' (first at line 3)" in str(caught.value)


def test_a_bad_link_role_is_reported(overlay: Path) -> None:
    header = current().file("compound_links.tsv").lines[0].text
    path = overlay / "compound_links.tsv"
    path.write_text(f"#: source: test\n{header}\n및\tjoin\tand\t\n", encoding="utf-8")
    set_overlay(overlay)
    with pytest.raises(TableError, match=rf"{path}:3: role 'join'"):
        term("로씨야련방외무상")


def test_compounds_of_a_place_and_a_generic_put_the_name_first() -> None:
    entry = term("쁠레쎄쯔크우주발사장")
    assert entry.english == "Plesetsk Cosmodrome"
    assert "cosmodrome of Plesetsk" in entry.english_variants


def test_compound_titles_also_offer_the_premodified_english() -> None:
    entry = term("로씨야련방외무상")
    assert entry.english == "Foreign Minister of the Russian Federation"
    assert "Russian Federation Foreign Minister" in entry.english_variants
