"""Chinese names in Sino-Korean readings (translit.chinese): attested DPRK spellings, the
tables' samples, errors, a property over Hangul strings, the derived lists rebuilt."""

from __future__ import annotations

import csv
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.chinese import ChineseReading, english_forms, english_probabilities, readings
from translit.chinese.characters import characters, simplified_of
from translit.data import Tables, current
from translit.errors import InputError, OptionError

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "names" / "foreign_dev.tsv"
DEV_PAIRS = (
    "kcna-2023-07-28-li-hongzhong-cpv-cemetery",
    "kcna-2025-10-10-li-qiang-arrives",
    "mfa-2023-09-28-chinese-embassy-reception",
)
# attested names whose expected English the model ranks neither first nor among five, and why
NOT_FIRST = {
    "공현우": "铉 (xuan) is a rare given-name character; 贤/县 (xian) outrank it",
    "률전서": "栗 (Li) is outside the 100 ranked surnames; 率 (lü) is more frequent in text",
}


def _dev_names() -> list[tuple[str, str]]:
    with DEV.open(encoding="utf-8") as stream:
        rows = csv.DictReader(stream, delimiter="\t")
        return [
            (r["nk_hangul"], r["english"])
            for r in rows
            if r["origin"] == "zh" and r["kind"] == "person"
        ]


def _pair_names() -> list[tuple[str, str]]:
    """Chinese persons of the dev article pairs: the rows under a persons heading whose
    Korean reads as a Chinese name and is not a Korean one of the same article."""
    found = []
    for slug in DEV_PAIRS:
        section = ""
        for line in (
            (ROOT / "tests/data/pairs" / slug / "expect.tsv").read_text("utf-8").splitlines()
        ):
            if line.startswith("#"):
                section = line
                continue
            cells = line.split("\t")
            # DPRK English writes Korean given names as separate words (Pak Myong Ho),
            # Chinese ones joined (Wang Yajun): two words are a Chinese name
            if "persons" in section and len(cells) == 4 and len(cells[3].split()) == 2:
                found.append((cells[2], cells[3]))
    return sorted(set(found))


ATTESTED = [
    pytest.param(
        hangul,
        english,
        id=f"{hangul}-{english}",
        marks=[pytest.mark.xfail(strict=True, reason=NOT_FIRST[hangul])]
        if hangul in NOT_FIRST
        else [],
    )
    for hangul, english in [*_dev_names(), *_pair_names()]
]


def test_the_attested_names_are_there() -> None:
    names = dict([*_dev_names(), *_pair_names()])
    assert names["습근평"] == "Xi Jinping"
    assert names["왕아군"] == "Wang Yajun"
    assert len(names) >= 10


@pytest.mark.parametrize(("hangul", "english"), ATTESTED)
def test_an_attested_name_reads_first_as_its_english(hangul: str, english: str) -> None:
    assert english_forms(hangul)[0] == english


@pytest.mark.parametrize(("hangul", "english"), ATTESTED)
def test_an_attested_name_has_its_english_among_five(hangul: str, english: str) -> None:
    assert english in english_forms(hangul, k=5)


def test_a_reading_holds_every_form() -> None:
    best = readings("습근평")[0]
    assert isinstance(best, ChineseReading)
    assert (best.surname, best.given, best.hanzi) == ("习", "近平", "习近平")
    assert (best.traditional, best.pinyin, best.english) == ("習近平", "Xí Jìnpíng", "Xi Jinping")
    assert best.hangul == "습 근평"
    assert best.in_lexicon
    assert best.probability > 0.5


def test_probabilities_are_on_one_scale() -> None:
    found = readings("조락제", k=20)
    probabilities = [r.probability for r in found]
    assert probabilities == sorted(probabilities, reverse=True)
    assert 0 < sum(probabilities) <= 1 + 1e-9
    english = english_probabilities("조락제")
    assert next(iter(english)) == "Zhao Leji"
    assert 0 < sum(english.values()) <= 1 + 1e-9


def test_dprk_initial_r_is_kept() -> None:
    # DPRK 리 (South 이) reads 李; South 이 reads other characters (易 Yi)
    assert readings("리강")[0].surname == "李"
    assert not any(r.surname == "李" for r in readings("이강", k=10))


def test_a_compound_surname_is_read() -> None:
    best = readings("구양수")[0]
    assert (best.surname, best.english) == ("欧阳", "Ouyang Xiu")


def test_a_space_forces_the_surname_and_nfd_is_the_same_name() -> None:
    assert readings("습 근평") == readings("습근평")
    assert readings(unicodedata.normalize("NFD", "습근평")) == readings("습근평")
    assert readings("구 양수")[0].surname == "欧"


def test_english_forms_are_distinct_and_k_bounded() -> None:
    forms = english_forms("모안영", k=3)
    assert forms[0] == "Mao Anying"
    assert len(forms) == len(set(forms)) == 3


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("", None),
        ("   ", None),
        ("Xi Jinping", 0),
        ("习近平", 0),
        ("습근평1", 3),
        ("습근ㅍ", 2),
        ("뽀뽀", 0),
    ],
)
def test_bad_input_is_an_input_error(text: str, index: int | None) -> None:
    with pytest.raises(InputError) as caught:
        readings(text)
    assert caught.value.index == index


@pytest.mark.parametrize("text", ["리", "습근평습근", "습 근 평", "습근 평화로"])
def test_a_name_of_the_wrong_shape_is_an_input_error(text: str) -> None:
    with pytest.raises(InputError):
        english_forms(text)


def test_a_non_string_and_a_bad_k_are_refused() -> None:
    with pytest.raises(InputError, match="expected a str"):
        readings(3)  # type: ignore[arg-type]
    for k in (0, -1, 2.5, True):
        with pytest.raises(OptionError):
            readings("리강", k=k)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=2, max_size=4
    )
)
def test_any_hangul_name_gives_readings_or_an_input_error(text: str) -> None:
    try:
        found = readings(text)
    except InputError as error:
        assert str(error)
        return
    assert found
    assert all(len(r.hanzi) == len(text) and r.english[:1].isupper() for r in found)
    assert all(r.english.isascii() for r in found)


def _samples(name: str) -> list[tuple[str, str]]:
    return [(s.input, s.expected) for s in current().file(name).samples]


@pytest.mark.parametrize("name", ["zh_surnames.tsv", "zh_readings.tsv"])
def test_the_tables_samples(name: str) -> None:
    samples = _samples(name)
    assert samples
    assert [(given, english_forms(given)[0]) for given, _ in samples] == samples


def test_the_model_samples() -> None:
    numbers = current().numbers("zh_model.tsv")
    assert all(numbers[k] == float(v) for k, v in _samples("zh_model.tsv"))


def test_every_extra_reading_is_one_the_hanja_table_lacks() -> None:
    table = current().tsv("zh_readings.tsv")
    derived = characters()
    repeated = [
        (row["hanzi"], row["hangul"])
        for row in table.rows
        if row["hangul"] in derived[simplified_of().get(row["hanzi"], row["hanzi"])].hangul
    ]
    assert repeated == []


def test_a_user_reading_reaches_the_readings(tmp_path: Path) -> None:
    shipped = (ROOT / "tables" / "zh_readings.tsv").read_text("utf-8")
    header = next(line for line in shipped.splitlines() if line.startswith("hanzi\t"))
    (tmp_path / "zh_readings.tsv").write_text(f"#: source: test\n{header}\n坪\t습\ttest\n", "utf-8")
    with Tables(tmp_path).active():
        assert any(r.surname == "坪" for r in readings("습근평", k=50))
    assert not any(r.surname == "坪" for r in readings("습근평", k=50))


def test_importing_the_stage_loads_no_source_package() -> None:
    code = (
        "import sys, translit.chinese; "
        "print(sorted(m for m in ('hanja', 'pypinyin', 'yaml', 'jieba') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_derived_lists_are_what_the_build_makes(tmp_path: Path) -> None:
    pytest.importorskip("hanja")
    pytest.importorskip("pypinyin")
    from translit.chinese import build

    build.build(tmp_path)
    for name in (build.CHARS, build.NAMES, build.META):
        assert (tmp_path / name).read_bytes() == (build.FOLDER / name).read_bytes(), name


def test_four_syllables_need_a_compound_surname() -> None:
    """Found by the property above: 가가가가 divides only as 가가 + 가가, and 가가 is no compound
    surname (제갈 is), so there is no reading, and the caller is told so."""
    with pytest.raises(InputError, match="no division"):
        readings("가가가가")
    assert readings("제갈공명")[0].surname == "诸葛"
