"""The table loader: strict validation, every problem at once, BOM/CRLF/blank lines, overlays
that always win, independent table sets in one process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from translit import Translit, check
from translit.cli import main
from translit.data import Tables, current, set_overlay
from translit.data.specs import TSV
from translit.errors import TableError
from translit.rules.language import load
from translit.rules.spell import spell_hangul
from translit.russian.evidence import evidence

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "examples" / "kcna-2023-09-14"


@pytest.fixture
def overlay(tmp_path: Path) -> Iterator[Path]:
    set_overlay(tmp_path)
    yield tmp_path
    set_overlay(None)


def test_bom_crlf_blank_lines_and_comments_are_accepted(overlay: Path) -> None:
    text = "\ufeff#: source: test\r\n\r\n# comment\r\n"
    text += "dprk\tcyrillic\tsouth\tenglish\tkind\tsource\r\n"
    text += "뿌찐\tПутин\t푸틴\tPutin\r\n\r\n"
    (overlay / "ru_lexicon.tsv").write_bytes(text.encode("utf-8"))
    table = current().tsv("ru_lexicon.tsv")
    assert table.rows[0]["cyrillic"] == "Путин"  # overlay rows come first
    assert table.row_lines[0].path == str(overlay / "ru_lexicon.tsv")


def test_every_problem_is_reported_with_path_and_line(overlay: Path) -> None:
    (overlay / "ru_dprk.rules").write_text(
        "#: source: test\nк -> ㄲ / _ ::nothing::\nк => 크\nп -> X\n", encoding="utf-8"
    )
    with pytest.raises(TableError) as caught:
        load("ru_dprk.rules")
    lines = [p.line for p in caught.value.problems]
    assert lines == [2, 3, 4]
    assert all(p.path.endswith("ru_dprk.rules") for p in caught.value.problems)
    assert "ru_dprk.rules:2: unknown class ::nothing::" in str(caught.value)


def test_an_overlay_with_another_header_is_an_error(overlay: Path) -> None:
    (overlay / "ru_lexicon.tsv").write_text("dprk\tcyrillic\n뿌찐\tПутин\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"ru_lexicon.tsv:1: overlay header differs"):
        current().tsv("ru_lexicon.tsv")


def test_a_row_wider_than_the_header_is_an_error(overlay: Path) -> None:
    (overlay / "ru_lexicon.tsv").write_text(
        "dprk\tcyrillic\tsouth\tenglish\tkind\tsource\n뿌찐\tПутин\t푸틴\tPutin\tperson\ts\textra\n",
        encoding="utf-8",
    )
    with pytest.raises(TableError, match=r"ru_lexicon.tsv:2: 7 cells, header has 6"):
        current().tsv("ru_lexicon.tsv")


def test_invalid_utf8_names_the_line(overlay: Path) -> None:
    (overlay / "ru_lexicon.tsv").write_bytes(b"#: source: x\n\xff\xfe\n")
    with pytest.raises(TableError, match=r"ru_lexicon.tsv:2: not valid UTF-8"):
        current().file("ru_lexicon.tsv")


def test_user_rules_take_precedence(overlay: Path) -> None:
    (overlay / "ru_dprk.rules").write_text("#: source: test\nп -> ㅍ / _ у\n", encoding="utf-8")
    assert spell_hangul(load("ru_dprk.rules"), "Путин") == "푸찐"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p / "nowhere", "overlay directory does not exist"),
        (lambda p: (p / "a.tsv").write_text("x") and p / "a.tsv", "overlay is a file"),
        (
            lambda p: (p / "ru_lexicon.TSV").write_text("x") and p,
            r"ru_lexicon.TSV:0: not the name of a table \(did you mean ru_lexicon.tsv\?\)",
        ),
    ],
    ids=["missing", "a file", "misspelt table"],
)
def test_a_bad_overlay_directory_is_an_error(tmp_path: Path, make: object, message: str) -> None:
    directory = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(TableError, match=message):
        Tables(directory)


def test_a_bad_translit_tables_variable_stops_the_command_with_exit_2(tmp_path: Path) -> None:
    env = {**os.environ, "TRANSLIT_TABLES": str(tmp_path / "nowhere")}
    proc = subprocess.run(
        [sys.executable, "-m", "translit", "normalize", "뿌찐"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2
    assert "overlay directory does not exist" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_named_numbers_report_bad_and_repeated_rows(overlay: Path) -> None:
    (overlay / "ranking.tsv").write_text(
        "#: source: mine\nfeature\tweight\nzipf\tmany\ncharlm\t0.3\ncharlm\t0.4\n", encoding="utf-8"
    )
    with pytest.raises(TableError) as caught:
        current().numbers("ranking.tsv")
    assert [p.line for p in caught.value.problems] == [3, 5]
    assert "'many' is not a number" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "row"),
    [
        ("ranking.tsv", "zipf\tnan"),
        ("ranking.tsv", "zipf\tinf"),
        ("detect.tsv", "bias\t-inf"),
        ("scanner.tsv", "russian_name_threshold\tnan\t"),
        ("check.tsv", "locate_cutoff\tnan\t"),
    ],
)
def test_non_finite_numbers_are_refused(overlay: Path, name: str, row: str) -> None:
    header = current().file(name).lines[0].text
    (overlay / name).write_text(f"{header}\n{row}\n", encoding="utf-8")
    set_overlay(overlay)
    with pytest.raises(TableError, match=rf"{name}:2: .* is not a finite number"):
        current().tsv(name)


def test_overlay_numbers_win_over_bundled_ones(overlay: Path) -> None:
    (overlay / "ranking.tsv").write_text("feature\tweight\ncharlm\t0.7\n", encoding="utf-8")
    assert current().numbers("ranking.tsv")["charlm"] == 0.7


def test_enumerated_columns_are_checked(overlay: Path) -> None:
    (overlay / "suffixes.tsv").write_text(
        "#: source: mine\nsuffix\tclass\tafter\tenglish\tnote\n동무\thonorific\tanywhere\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(TableError, match=r"suffixes.tsv:3: after 'anywhere' is not one of"):
        current().tsv("suffixes.tsv")


def _changed(name: str) -> tuple[str, dict[str, str]]:
    """A copy of the first shipped row of table ``name`` with one non-key cell changed."""
    table = Tables().tsv(name)
    row = dict(table.rows[0])
    spec = TSV[name]
    free = [c for c in table.columns if c not in spec.key and c not in spec.numbers]
    changeable = [c for c in free if not any(c == col for col, _ in spec.choices)]
    if changeable:
        row[changeable[-1]] = "User"
    elif spec.numbers:
        row[spec.numbers[0]] = str(float(row[spec.numbers[0]]) + 1)
    else:
        column, allowed = spec.choices[0]
        row[column] = min(allowed - {row[column]})
    return "\t".join(table.columns) + "\n" + "\t".join(row[c] for c in table.columns), row


@pytest.mark.parametrize("name", sorted(TSV))
def test_a_user_row_replaces_the_shipped_row_with_its_key(tmp_path: Path, name: str) -> None:
    text, row = _changed(name)
    (tmp_path / name).write_text(text + "\n", encoding="utf-8")
    user, shipped = Tables(tmp_path).tsv(name), Tables().tsv(name)
    key = TSV[name].key_of(row)
    same_key = [r for r in user.rows if TSV[name].key_of(r) == key]
    assert same_key == [row]  # the user's row, and the shipped one is gone
    assert len(user.rows) == len(shipped.rows)
    assert user.row_lines[0].path == str(tmp_path / name)


def test_an_overlay_reaches_every_cache_built_from_tables(tmp_path: Path) -> None:
    (tmp_path / "ru_gazetteer.tsv").write_text(
        "cyrillic\tenglish\trole\tperiod\nИван Матегора\tIvan Mategora\ttest\t2026\n",
        encoding="utf-8",
    )
    assert not evidence("матегора").gazetteer  # cached in the default tables
    with Tables(tmp_path).active():
        assert evidence("матегора").gazetteer
    assert not evidence("матегора").gazetteer


def test_two_table_sets_live_side_by_side(tmp_path: Path) -> None:
    (tmp_path / "ru_gazetteer.tsv").write_text(
        "cyrillic\tenglish\trole\tperiod\nВладимир Путин\tWladimir Putin\ttest\t2026\n",
        encoding="utf-8",
    )
    mine, shipped = Translit(tmp_path), Translit()
    assert mine.normalize("울라지미르 뿌찐").latin == "Wladimir Putin"
    assert shipped.normalize("울라지미르 뿌찐").latin == "Vladimir Putin"
    assert mine.normalize("울라지미르 뿌찐").latin == "Wladimir Putin"


def test_a_malformed_overlay_stops_check_instead_of_thinning_its_report(tmp_path: Path) -> None:
    (tmp_path / "latin_given_names.tsv").write_text(
        "cyrillic\tpress\tvariants\tsource\nДенис\tDenis ✓\t\tuser\n", encoding="utf-8"
    )
    korean = (ARTICLE / "ko.txt").read_text(encoding="utf-8")
    english = (ARTICLE / "en.txt").read_text(encoding="utf-8")
    with pytest.raises(TableError, match=r"latin_given_names.tsv:2: press has letters outside"):
        Translit(tmp_path).check(korean, english)
    with Tables(tmp_path).active(), pytest.raises(TableError):
        check(korean, english)


def test_a_malformed_overlay_under_check_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "latin_given_names.tsv").write_text(
        "cyrillic\tpress\tvariants\tsource\nДенис\tDenis ✓\t\tuser\n", encoding="utf-8"
    )
    try:
        status = main(
            ["--tables", str(tmp_path), "check", str(ARTICLE / "ko.txt"), str(ARTICLE / "en.txt")]
        )
    finally:
        set_overlay(None)
    out, err = capsys.readouterr()
    assert status == 2
    assert "latin_given_names.tsv:2" in err
    assert "mentions" not in out


def test_a_key_given_twice_in_a_user_lexicon_is_reported(overlay: Path) -> None:
    # issue 11, 13: duplicate keys of a user ru_lexicon.tsv went unreported
    header = "dprk\tcyrillic\tsouth\tenglish\tkind\tsource\n"
    rows = "뿌찐\tПутин\t푸틴\tPutin\tperson\ts\n뿌찐\tПутинн\t푸틴\tPutinn\tperson\ts\n"
    (overlay / "ru_lexicon.tsv").write_text(header + rows, encoding="utf-8")
    with pytest.raises(
        TableError, match=r"ru_lexicon.tsv:3: duplicate dprk '뿌찐' \(first at line 2\)"
    ):
        current().tsv("ru_lexicon.tsv")


def test_a_backoff_edit_of_more_than_one_letter_is_an_error_with_its_line(overlay: Path) -> None:
    from translit.russian.backoff import edits

    (overlay / "ru_backoff.tsv").write_text(
        "#: source: test\nwritten\tread\tcost\tnote\nㅓㅗ\tㅗ\t1.5\t\nX\tㅗ\t1\t\n",
        encoding="utf-8",
    )
    with pytest.raises(TableError) as caught:
        edits()
    assert [p.line for p in caught.value.problems] == [3, 4]
    assert "must be one letter" in str(caught.value) and "not Hangul notation" in str(caught.value)


def test_a_latin_rule_table_refuses_other_letters(overlay: Path) -> None:
    """foreign_dprk.rules reads Latin letters (#: input: latin): a Cyrillic rule is refused."""
    (overlay / "foreign_dprk.rules").write_text(
        "#: source: test\nп -> ㅃ\nq -> ㄲ\n", encoding="utf-8"
    )
    with pytest.raises(TableError, match=r"foreign_dprk.rules:2: 'п' is not lower-case Latin"):
        load("foreign_dprk.rules")


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "foreign_south.tsv",
            "dprk\tsouth\tscope\nㄲ\tㅋ\tcoda\n",
            r"foreign_south.tsv:2: .*scope",
        ),
        (
            "foreign_south.tsv",
            "dprk\tsouth\tscope\n쎈\t센\tsyllable\n",
            r"foreign_south.tsv:2: a syllable rewrite is of open syllables",
        ),
        ("zh_south.tsv", "pinyin\tkind\thangul\tafter_jq\nzh\tinitial\t지\t\n", r"zh_south.tsv:2:"),
    ],
)
def test_the_south_korean_tables_of_foreign_names_are_validated(
    overlay: Path, name: str, text: str, message: str
) -> None:
    from translit.chinese.south import syllable_hangul
    from translit.foreign.south import south_spelling

    (overlay / name).write_text(text, encoding="utf-8")
    with pytest.raises(TableError, match=message):
        south_spelling("까") if name.startswith("foreign") else syllable_hangul("zhi")
