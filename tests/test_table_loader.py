"""The table loader: strict validation, every problem at once, BOM/CRLF/blank lines, overlays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from translit import rules, tables
from translit.errors import TableError


@pytest.fixture
def overlay(tmp_path: Path) -> Iterator[Path]:
    tables.set_overlay(tmp_path)
    yield tmp_path
    tables.set_overlay(None)


def test_bom_crlf_blank_lines_and_comments_are_accepted(overlay: Path) -> None:
    text = "\ufeff#: source: test\r\n\r\n# comment\r\n"
    text += "dprk\tcyrillic\tsouth\tenglish\tkind\tsource\r\n"
    text += "뿌찐\tПутин\t푸틴\tPutin\r\n\r\n"
    (overlay / "ru_lexicon.tsv").write_bytes(text.encode("utf-8"))
    table = tables.read_tsv("ru_lexicon.tsv")
    assert table.rows[0]["cyrillic"] == "Путин"  # overlay rows come first
    assert table.row_lines[0].path == str(overlay / "ru_lexicon.tsv")


def test_every_problem_is_reported_with_path_and_line(overlay: Path) -> None:
    (overlay / "ru_dprk.rules").write_text(
        "#: source: test\nк -> ㄲ / _ ::nothing::\nк => 크\nп -> X\n", encoding="utf-8"
    )
    with pytest.raises(TableError) as caught:
        rules.load("ru_dprk.rules")
    lines = [p.line for p in caught.value.problems]
    assert lines == [2, 3, 4]
    assert all(p.path.endswith("ru_dprk.rules") for p in caught.value.problems)
    assert "ru_dprk.rules:2: unknown class ::nothing::" in str(caught.value)


def test_an_overlay_with_another_header_is_an_error(overlay: Path) -> None:
    (overlay / "ru_lexicon.tsv").write_text("dprk\tcyrillic\n뿌찐\tПутин\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"ru_lexicon.tsv:1: overlay header differs"):
        tables.read_tsv("ru_lexicon.tsv")


def test_a_row_wider_than_the_header_is_an_error(overlay: Path) -> None:
    (overlay / "ru_lexicon.tsv").write_text(
        "dprk\tcyrillic\tsouth\tenglish\tkind\tsource\n뿌찐\tПутин\t푸틴\tPutin\tperson\ts\textra\n",
        encoding="utf-8",
    )
    with pytest.raises(TableError, match=r"ru_lexicon.tsv:2: 7 cells, header has 6"):
        tables.read_tsv("ru_lexicon.tsv")


def test_invalid_utf8_names_the_line(overlay: Path) -> None:
    (overlay / "ru_lexicon.tsv").write_bytes(b"#: source: x\n\xff\xfe\n")
    with pytest.raises(TableError, match=r"ru_lexicon.tsv:2: not valid UTF-8"):
        tables.read_file("ru_lexicon.tsv")


def test_user_rules_take_precedence(overlay: Path) -> None:
    (overlay / "ru_dprk.rules").write_text("#: source: test\nп -> ㅍ / _ у\n", encoding="utf-8")
    assert rules.spell_hangul(rules.load("ru_dprk.rules"), "Путин") == "푸찐"


def test_a_missing_overlay_directory_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TableError, match="overlay directory does not exist"):
        tables.set_overlay(tmp_path / "nowhere")


def test_named_numbers_report_bad_and_repeated_rows(overlay: Path) -> None:
    (overlay / "ranking.tsv").write_text(
        "#: source: mine\nfeature\tweight\nzipf\tmany\ncharlm\t0.3\ncharlm\t0.4\n", encoding="utf-8"
    )
    with pytest.raises(TableError) as caught:
        tables.read_numbers("ranking.tsv", "feature", "weight")
    assert [p.line for p in caught.value.problems] == [3, 5]
    assert "'many' is not a number" in str(caught.value)


def test_overlay_numbers_win_over_bundled_ones(overlay: Path) -> None:
    (overlay / "ranking.tsv").write_text("feature\tweight\ncharlm\t0.7\n", encoding="utf-8")
    assert tables.read_numbers("ranking.tsv", "feature", "weight")["charlm"] == 0.7


def test_enumerated_columns_are_checked(overlay: Path) -> None:
    (overlay / "suffixes.tsv").write_text(
        "#: source: mine\nsuffix\tclass\tafter\tenglish\tnote\n동무\thonorific\tanywhere\t\t\n",
        encoding="utf-8",
    )
    from translit import terms

    with pytest.raises(TableError, match=r"suffixes.tsv:3: after 'anywhere' is not one of"):
        terms.suffixes()


def test_an_overlay_reaches_caches_built_from_tables(overlay: Path) -> None:
    from translit.lexicon_prior import evidence

    assert not evidence("матегора").gazetteer  # cached before the overlay
    (overlay / "ru_gazetteer.tsv").write_text(
        "cyrillic\tenglish\trole\tperiod\nИван Матегора\tIvan Mategora\ttest\t2026\n",
        encoding="utf-8",
    )
    tables.set_overlay(overlay)
    assert evidence("матегора").gazetteer
