"""Korean personal-name romanisation: the article's names, rules.md §4.2, lexicon, sweeps."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.samples import samples_of
from translit.data import current
from translit.errors import InputError, OptionError
from translit.hangul.jamo import S_BASE, S_LAST
from translit.korean import names as korean_names
from translit.korean import romanization
from translit.korean.names import (
    SYSTEMS,
    is_korean_name,
    name_variants,
    romanizations,
    romanize,
    split_name,
)
from translit.korean.surnames import surnames

# The six North Korean participants of the KCNA article of 2023-09-14 (corpus/kcna-2023-09-14).
ARTICLE = {
    "최선희": (
        "Choe Son Hui",
        "Ch'oe Sŏn-hŭi",
        "Ch'oe Son-hui",
        "Choe Seon-hui",
        "Choe Seonhui",
        "Choe Son-hui",
    ),
    "박정천": (
        "Pak Jong Chon",
        "Pak Chŏng-ch'ŏn",
        "Pak Chong-ch'on",
        "Bak Jeong-cheon",
        "Bag Jeongcheon",
        "Pak Jong-chon",
    ),
    "강순남": (
        "Kang Sun Nam",
        "Kang Sun-nam",
        "Kang Sun-nam",
        "Gang Sun-nam",
        "Gang Sunnam",
        "Kang Sun-nam",
    ),
    "오수용": ("O Su Yong", "O Su-yong", "O Su-yong", "O Su-yong", "O Su-yong", "O Su-yong"),
    "박태성": (
        "Pak Thae Song",
        "Pak T'ae-sŏng",
        "Pak T'ae-song",
        "Bak Tae-seong",
        "Bag Taeseong",
        "Pak Thae-song",
    ),
    "임천일": (
        "Im Chon Il",
        "Im Ch'ŏn-il",
        "Im Ch'on-il",
        "Im Cheon-il",
        "Im Cheon-il",
        "Im Chon-il",
    ),
}


@pytest.mark.parametrize("name", ARTICLE)
def test_article_names_in_every_system(name: str) -> None:
    assert romanizations(name) == dict(zip(SYSTEMS, ARTICLE[name], strict=True))


# rules.md §4.2, attested table: Hangul, KCNA/DPRK, ROK RR, McCune–Reischauer.
RULES_4_2 = [
    ("김정은", "Kim Jong Un", "Gim Jeong-eun", "Kim Chŏng-ŭn"),
    ("최선희", "Choe Son Hui", "Choe Seon-hui", "Ch'oe Sŏn-hŭi"),
    ("박정천", "Pak Jong Chon", "Bak Jeong-cheon", "Pak Chŏng-ch'ŏn"),
    # rules.md has Ri Sŏn-kwŏn; the ALA-LC name rule voices ㄱ after ㄴ, as in its Yŏng-gil row
    ("리선권", "Ri Son Gwon", "I Seon-gwon", "Ri Sŏn-gwŏn"),
    ("최룡해", "Choe Ryong Hae", "Choe Yong-hae", "Ch'oe Ryong-hae"),
    ("김덕훈", "Kim Tok Hun", "Gim Deok-hun", "Kim Tŏk-hun"),
    ("박태성", "Pak Thae Song", "Bak Tae-seong", "Pak T'ae-sŏng"),
    ("강순남", "Kang Sun Nam", "Gang Sun-nam", "Kang Sun-nam"),
    ("리병철", "Ri Pyong Chol", "I Byeong-cheol", "Ri Pyŏng-ch'ŏl"),
    ("오수용", "O Su Yong", "O Su-yong", "O Su-yong"),
    ("임천일", "Im Chon Il", "Im Cheon-il", "Im Ch'ŏn-il"),
    ("리용호", "Ri Yong Ho", "I Yong-ho", "Ri Yong-ho"),
    ("리영길", "Ri Yong Gil", "I Yeong-gil", "Ri Yŏng-gil"),
    ("김평해", "Kim Phyong Hae", "Gim Pyeong-hae", "Kim P'yŏng-hae"),
    ("윤정호", "Yun Jong Ho", "Yun Jeong-ho", "Yun Chŏng-ho"),
    ("신홍철", "Sin Hong Chol", "Sin Hong-cheol", "Sin Hong-ch'ŏl"),
    ("김영철", "Kim Yong Chol", "Gim Yeong-cheol", "Kim Yŏng-ch'ŏl"),
    ("조석철", "Jo Sok Chol", "Jo Seok-cheol", "Cho Sŏk-ch'ŏl"),
    ("박봉주", "Pak Pong Ju", "Bak Bong-ju", "Pak Pong-ju"),
]


@pytest.mark.parametrize(("name", "dprk", "rr", "mr"), RULES_4_2)
def test_rules_4_2_attested_rows(name: str, dprk: str, rr: str, mr: str) -> None:
    assert romanize(name) == dprk
    assert romanize(name, system="rr") == rr
    assert romanize(name, system="mr") == mr


# Press spellings listed in rules.md §4.2 (column "Press variants seen") and in the brief.
PRESS_SEEN = {
    "최선희": {"Choe Son Hui", "Choe Son-hui", "Choi Son Hui", "Choi Son-hui", "Choe Seon-hui"},
    "박정천": {
        "Pak Jong-chon",
        "Park Jong Chon",
        "Park Chong Chon",
        "Park Jong-chon",
        "Pak Jong Chon",
    },
    "김정은": {"Kim Jong Un", "Kim Jong-un"},
    "리선권": {"Ri Son-gwon"},
    "강순남": {"Kang Sun-nam"},
    "리병철": {"Ri Pyong-chol"},
    "리영길": {"Ri Yong-gil"},
    "윤정호": {"Yun Jong-ho"},
    "오수용": {"Oh Su-yong"},
    "박태성": {"Park Tae-song"},
    "임천일": {"Lim Cheon-il"},
}


@pytest.mark.parametrize("name", PRESS_SEEN)
def test_variants_include_press_spellings(name: str) -> None:
    assert PRESS_SEEN[name] <= name_variants(name)


def test_variants_hold_every_system_but_letter_by_letter() -> None:
    forms = romanizations("최룡해")
    variants = name_variants("최룡해")
    assert {v for k, v in forms.items() if k != "rr-translit"} <= variants
    assert "Choe Ryong-hae" in variants and "Choe Yong-hae" in variants


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("최선희", ("최", "선희")),
        ("남궁민", ("남궁", "민")),
        ("황보영철", ("황보", "영철")),
        ("선우", ("선", "우")),
        ("갈 선희", ("갈", "선희")),
        (" 최선희 ", ("최", "선희")),
    ],
)
def test_split_name(name: str, expected: tuple[str, str]) -> None:
    assert split_name(name) == expected


@pytest.mark.parametrize(
    "bad", ["", "Kim Jong Un", "최선희동지들이다", "ㅊㅅㅎ", "갈선희", "최 선 희", "최", "뿌찐"]
)
def test_not_a_name_is_an_input_error(bad: str) -> None:
    with pytest.raises(InputError):
        romanize(bad)


def test_unknown_system_lists_the_choices() -> None:
    with pytest.raises(OptionError) as info:
        romanize("최선희", system="wade-giles")
    assert info.value.choices == SYSTEMS


def test_bad_system_is_reported_before_bad_input() -> None:
    with pytest.raises(OptionError):
        romanize("Kim", system="nope")


@pytest.mark.parametrize("name", ["최선희", "남궁민", "리설주", "김정은", "최 룡해"])
def test_is_korean_name(name: str) -> None:
    assert is_korean_name(name)


@pytest.mark.parametrize(
    "text",
    [
        "라브로브",
        "로씨야",
        "뿌찐",
        "레닌",
        "쎄르게이",
        "리익",
        "로동",
        "최",
        "김정은동지께서는",
        "Kim",
        "갈 선희",
    ],
)
def test_is_not_korean_name(text: str) -> None:
    assert not is_korean_name(text)


def test_two_syllable_surnames() -> None:
    assert romanize("남궁민") == "Namgung Min"
    assert romanize("선우영철", system="rr") == "Seonu Yeong-cheol"
    assert romanize("독고영재", system="mr") == "Tokko Yŏng-jae"


def test_native_name_is_one_word() -> None:  # the guideline's example (rules.md §4.2)
    assert romanize("김꽃분이") == "Kim Kkotpuni"


def test_one_syllable_given_name_keeps_its_sound_in_rr() -> None:  # 최린, 한글 맞춤법 제11항 붙임
    assert romanize("최린", system="rr") == "Choe Rin"


def test_nfd_input_gives_the_same() -> None:
    import unicodedata

    assert romanize(unicodedata.normalize("NFD", "최선희")) == "Choe Son Hui"


def _rule_forms(hangul: str) -> dict[str, str]:
    surname, given = split_name(hangul)
    return {s: korean_names._by_rules(surname, given, s) for s in ("dprk", "mr", "rr", "press")}


def test_every_lexicon_entry_is_really_irregular() -> None:
    table = current().tsv(korean_names.IRREGULAR)
    regular = []
    for row in table.rows:
        rules = _rule_forms(row["hangul"])
        filled = {s: row[s] for s in rules if row[s]}
        assert filled, f"{row['hangul']}: no form filled in"
        regular += [f"{row['hangul']} {s}: {v}" for s, v in filled.items() if rules[s] == v]
    assert not regular, "the rules already give these: " + "; ".join(regular)


def test_lexicon_forms_win() -> None:
    assert romanize("김일성") == "Kim Il Sung"
    assert romanize("김일성", system="mr") == "Kim Il-sŏng"  # no lexicon cell: the rules
    assert "Kim Il-Sung" in name_variants("김일성")
    assert romanize("박정희", system="press") == "Park Chung-hee"


def test_surname_table_agrees_with_the_jamo_rules() -> None:
    wrong = []
    for row in surnames().values():
        if romanization.word(row.dprk_hangul, "dprk") != row.dprk:
            wrong.append(f"{row.hangul} dprk {row.dprk}")
        if romanization.word(row.rok_hangul, "rr") != row.rr:
            wrong.append(f"{row.hangul} rr {row.rr}")
        if row.hangul != "이" and romanization.word(row.hangul, "mr") != row.mr:
            wrong.append(f"{row.hangul} mr {row.mr}")  # 이 is Yi by convention
    assert not wrong


def test_surname_table_agrees_with_dueum() -> None:
    from translit.korean.dueum import south_initial

    wrong = [s.hangul for s in surnames().values() if south_initial(s.hangul[0]) != s.rok_hangul[0]]
    assert not wrong


ASCII_SYSTEMS = ("dprk", "mr-ascii", "rr", "rr-translit", "press")


def test_every_syllable_romanises_in_every_system() -> None:
    failures = []
    for code in range(S_BASE, S_LAST + 1):
        syl = chr(code)
        for name in ("김" + syl, syl + " 선희"):
            for system in SYSTEMS:
                try:
                    form = romanize(name, system=system)
                except Exception as exc:  # collect every failure, whatever it is
                    failures.append(f"{name} {system}: {exc!r}")
                    continue
                surname, _, given = form.partition(" ")
                if not surname or not given.strip():
                    failures.append(f"{name} {system}: {form!r} lacks a part")
                if system in ASCII_SYSTEMS and not form.isascii():
                    failures.append(f"{name} {system}: {form!r} is not ASCII")
    assert not failures, f"{len(failures)} failures, e.g. {failures[:10]}"


@given(st.text(max_size=12))
def test_never_raises_anything_but_input_error(text: str) -> None:
    with contextlib.suppress(InputError):
        romanize(text)


def test_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    romanizations("최선희")
    name_variants("박정천")
    assert capsys.readouterr() == ("", "")


def test_sample_appliers_cover_the_tables_and_pass() -> None:
    for table_name in (
        "korean_romanization.tsv",
        "korean_surnames.tsv",
        "korean_names_irregular.tsv",
        "korean_press_vowels.tsv",
    ):
        table = current().file(table_name)
        assert table.samples and "name" in table.meta and "source" in table.meta
        assert not samples_of(table_name), table_name
