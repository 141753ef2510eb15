"""두음법칙: DPRK ↔ ROK spelling of Sino-Korean words (rules.md §5.1, 한글 맞춤법 제10–12항)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.samples import samples_of
from translit.data import current
from translit.errors import InputError
from translit.korean.dueum import has_loanword_marker, south_initial, to_dprk, to_south

# rules.md §5.1 table (DPRK → ROK)
RULES_5_1 = [
    ("조선로동당", "조선노동당"),
    ("로동신문", "노동신문"),
    ("련방평의회", "연방평의회"),
    ("련대", "연대"),
    ("력사", "역사"),
    ("리해", "이해"),
    ("리론", "이론"),
    ("리익", "이익"),
    ("리행", "이행"),
    ("발전리익", "발전이익"),
    ("령도", "영도"),
    ("령토", "영토"),
    ("례년", "예년"),
    ("린방", "인방"),
    ("뉴대", "유대"),
    ("녀자", "여자"),
    ("뇨소", "요소"),
    ("닉명", "익명"),
    ("락원", "낙원"),
    ("래일", "내일"),
    ("로인", "노인"),
    ("루각", "누각"),
    ("뢰성", "뇌성"),
    ("량강도", "양강도"),
    ("녕변", "영변"),
    ("룡천", "용천"),
    ("렬차", "열차"),
    ("규률", "규율"),
    ("비률", "비율"),
    ("선률", "선율"),
]


@pytest.mark.parametrize(("dprk", "south"), RULES_5_1)
def test_rules_5_1_both_directions(dprk: str, south: str) -> None:
    assert to_south(dprk) == south
    assert to_dprk(south) == dprk


# 한글 맞춤법 제10–12항, the syllable rules one by one
@pytest.mark.parametrize(
    ("dprk", "south"),
    [
        ("녀", "여"),
        ("뇨", "요"),
        ("뉴", "유"),
        ("니", "이"),
        ("랴", "야"),
        ("려", "여"),
        ("례", "예"),
        ("료", "요"),
        ("류", "유"),
        ("리", "이"),
        ("라", "나"),
        ("래", "내"),
        ("로", "노"),
        ("뢰", "뇌"),
        ("루", "누"),
        ("르", "느"),
        ("룡", "용"),
        ("령", "영"),
        ("력", "역"),
        ("념", "염"),
        ("가", "가"),
    ],
)
def test_initial_syllable_rule(dprk: str, south: str) -> None:
    assert south_initial(dprk) == south


def test_names_follow_the_nikl_notice() -> None:  # NIKL 2013-05-30: 최룡해→최용해, 리설주→이설주
    assert to_south("최룡해", name=True) == "최용해"
    assert to_south("리설주", name=True) == "이설주"
    assert to_south("리득춘", name=True) == "이득춘"
    assert to_south("림천일", name=True) == "임천일"
    assert to_south("류경", name=True) == "유경"
    assert to_south("최린", name=True) == "최린"  # one-syllable given name keeps its sound
    assert to_dprk("이설주", name=True) == "리설주"
    assert to_dprk("양형섭", name=True) == "양형섭"  # 양 is 梁 량 or 楊 양: kept


def test_name_mode_needs_a_name() -> None:
    with pytest.raises(InputError):
        to_south("라브로브 동지", name=True)


def test_running_text_from_the_article() -> None:
    text = "우리 공화국정부의 일관한 립장이라고 하시면서 고위급래왕을 비롯한 론의하시였다"
    assert (
        to_south(text)
        == "우리 공화국정부의 일관한 입장이라고 하시면서 고위급내왕을 비롯한 논의하시였다"
    )


@pytest.mark.parametrize(
    "text",
    [
        "라브로브",
        "로씨야",
        "레닌",
        "리비야",
        "로만",
        "류바",
        "로씨야련방",
        "관리해야",
        "결론의",
        "이름",
        "교류협력",
        "노력으로",
        "쎄르게이 라브로브동지",
    ],
)
def test_left_alone(text: str) -> None:
    assert to_south(text) == text


def test_reverse_leaves_native_words() -> None:
    assert to_dprk("이름이 예쁘다") == "이름이 예쁘다"
    assert to_dprk("이익을 보았다") == "리익을 보았다"


def test_every_table_word_round_trips() -> None:
    words = [row["dprk"] for row in current().tsv("dueum_words.tsv").rows]
    wrong = [w for w in words if to_dprk(to_south(w)) != w or to_south(w) == w]
    assert not wrong


def test_loanword_marker() -> None:
    assert has_loanword_marker("로씨야") and has_loanword_marker("라브로브")
    assert not has_loanword_marker("쌍무관계") and not has_loanword_marker("로동")


TRANSCRIPTION_SYLLABLES = "라로리레뜨쓰브르스크"
RUSSIAN_NAMES = ["라브로브", "로씨야", "레닌", "리비야", "로만", "류바", "로마노브", "리뜨비노브"]


@given(st.text(alphabet=TRANSCRIPTION_SYLLABLES, min_size=1, max_size=8))
def test_transcription_like_words_never_change(word: str) -> None:
    assert to_south(word) == word


@given(st.sampled_from(RUSSIAN_NAMES), st.sampled_from(["", "동지", "대통령", "와", "는"]))
def test_russian_names_never_change(name: str, suffix: str) -> None:
    assert to_south(name + suffix) == name + suffix


@given(st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3) | st.just(" ")))
def test_any_hangul_text_is_safe(text: str) -> None:
    south = to_south(text)
    assert len(south) == len(text)
    assert to_south(south) == south  # idempotent
    assert to_dprk(to_dprk(text)) == to_dprk(text)


@given(st.sampled_from([row for row, _ in RULES_5_1]))
def test_nfd_input_gives_the_same(word: str) -> None:
    assert to_south(unicodedata.normalize("NFD", word)) == to_south(word)


def test_sample_appliers_cover_the_tables_and_pass() -> None:
    for table_name in ("dueum.tsv", "dueum_words.tsv"):
        table = current().file(table_name)
        assert table.samples and "name" in table.meta and "source" in table.meta
        assert not samples_of(table_name)


def test_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    to_south("로동신문")
    to_dprk("노동신문")
    assert capsys.readouterr() == ("", "")
