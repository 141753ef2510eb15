"""The term scanner on running DPRK text: exact offsets, glued words, suffixes, names."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.samples import samples_of
from translit.terms import scanner
from translit.terms.scanner import find_terms

ARTICLE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "kcna-2023-09-14" / "ko.txt"
RUSSIAN = {"울라지미르", "울라지미로비치", "뿌찐", "뜨루뜨네브", "쎄르게이", "라브로브", "올가"}
KOREAN = {"김정은", "최선희", "유리", "강대한"}


@pytest.fixture
def fake_names(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stand-ins for the Korean-name test and the detector that know a few words."""
    monkeypatch.setattr(scanner, "is_korean_name", lambda w: w in KOREAN)
    monkeypatch.setattr(
        scanner, "russian_spelling_score", lambda w, at_least=0.0: 1.0 if w in RUSSIAN else 0.0
    )
    monkeypatch.setattr(scanner, "latin_spelling_score", lambda w, at_least=0.0: 0.0)


def _article() -> str:
    if not ARTICLE.is_file():
        pytest.skip(f"article not found at {ARTICLE}")
    return ARTICLE.read_text(encoding="utf-8")


def _shown(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(m.text, m.kind, m.suffixes) for m in find_terms(text)]


def test_own_samples() -> None:
    for name in ("suffixes.tsv", "scanner.tsv"):
        assert not samples_of(name)


def test_the_article_titles_and_terms_are_found_with_exact_offsets() -> None:
    text = _article()
    found = find_terms(text)
    assert all(text[m.start : m.end] == m.text for m in found)
    assert all(text[m.end : m.end + len(m.suffix)] == m.suffix for m in found)
    assert [m.start for m in found] == sorted(m.start for m in found)
    titles = {m.text for m in found if m.kind == "title"}
    assert {
        "조선로동당 총비서",
        "조선민주주의인민공화국 국무위원장",
        "로씨야련방 대통령",
        "외무상",
        "조선인민군 원수",
        "국방상",
        "조선로동당 중앙위원회 비서",
        "외무성 부상",
        "정부부수상",
        "공업무역상",
        "원동련방구주재 대통령전권대표",
        "대통령행정부 부책임자",
        "대통령공보관",
        "자연부원생태학상",
        "로씨야측위원장",
        "운수상",
        "특명전권대사",
    } <= titles
    others = {m.text for m in found if m.kind != "title"}
    assert {
        "조선중앙통신",
        "조로",
        "로조",
        "로씨야련방",
        "워스또츠느이우주발사장",
        "조로정부간 무역경제 및 과학기술협조위원회",
        "외교관계설정",
        "단독회담",
    } <= others


def test_particles_and_copulas_are_split_off() -> None:
    assert _shown("워스또츠느이우주발사장에서") == [("워스또츠느이우주발사장", "place", ("에서",))]
    assert _shown("조선로동당 총비서이시며") == [("조선로동당 총비서", "title", ("이시며",))]
    assert _shown("로씨야측에서는") == [("로씨야측", "term", ("에서", "는"))]


def test_glued_words_give_one_match_each() -> None:
    assert _shown("로씨야련방외무상") == [
        ("로씨야련방", "place", ()),
        ("외무상", "title", ()),
    ]
    assert [m.text for m in find_terms("조선민주주의인민공화국창건 75돐")] == [
        "조선민주주의인민공화국",
        "창건",
    ]


def test_spaced_and_solid_spellings_match_alike() -> None:
    assert [m.entry.dprk for m in find_terms("정부 부수상 겸 정부부수상") if m.entry] == [
        "정부부수상",
        "겸",
        "정부부수상",
    ]


def test_one_syllable_keys_match_whole_words_only() -> None:
    assert _shown("겸손한 태도") == []


@pytest.mark.usefixtures("fake_names")
def test_names_and_their_honorifics() -> None:
    assert _shown("최선희동지,조선인민군 원수") == [
        ("최선희", "korean_name", ("동지",)),
        ("조선인민군 원수", "title", ()),
    ]
    assert _shown("김정은동지께서는") == [("김정은", "korean_name", ("동지", "께서", "는"))]
    assert _shown("뿌찐대통령은") == [("뿌찐", "russian_name", ()), ("대통령", "title", ("은",))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name glued to a title: the title is a mention of its own (KCNA, DPRK MFA)
        (
            "김정은국무위원장동지와",
            [("김정은", "korean_name", ()), ("국무위원장", "title", ("동지", "와"))],
        ),
        # the lattice does not cut a title short to lengthen the name (최룡해부 + 위원장은)
        ("최룡해부위원장은", [("최룡해", "korean_name", ()), ("부위원장", "title", ("은",))]),
        ("라브로브외무상의", [("라브로브", "russian_name", ()), ("외무상", "title", ("의",))]),
        # a hyphen joins two places (Rodong Sinmun 2025-07-29: 평양-모스크바 항로)
        ("평양-모스크바", [("평양", "place", ()), ("모스크바", "place", ())]),
        # glued parts the compound grammar reads as one organisation
        ("로씨야대사관에서", [("로씨야대사관", "org", ("에서",))]),
    ],
)
def test_the_lattice_reads_glued_words(
    text: str, expected: list[tuple[str, str, tuple[str, ...]]]
) -> None:
    assert _shown(text) == expected


def test_a_particle_after_a_title_makes_the_next_word_no_name() -> None:
    """외무상의 인사 is the minister's greeting, not a minister named 인사."""
    assert "korean_name" not in {m.kind for m in find_terms("외무상의 인사를 받았다")}
    assert ("리선권", "korean_name") in {(m.text, m.kind) for m in find_terms("외무상 리선권")}


@pytest.mark.usefixtures("fake_names")
def test_consecutive_russian_words_are_one_name() -> None:
    text = "대통령 울라지미르 울라지미로비치 뿌찐동지와"
    found = find_terms(text)
    assert [(m.text, m.kind, m.suffixes) for m in found][1:] == [
        ("울라지미르 울라지미로비치 뿌찐", "russian_name", ("동지", "와"))
    ]
    assert text[found[1].start : found[1].end] == found[1].text


@pytest.mark.usefixtures("fake_names")
def test_a_bare_korean_looking_given_name_joins_the_russian_surname() -> None:
    assert _shown("대통령전권대표 유리 뜨루뜨네브동지")[1:] == [
        ("유리 뜨루뜨네브", "russian_name", ("동지",))
    ]


@pytest.mark.usefixtures("fake_names")
def test_a_korean_name_needs_an_honorific_or_a_title() -> None:
    assert _shown("강대한 국가건설") == []
    assert _shown("외무상 최선희") == [("외무상", "title", ()), ("최선희", "korean_name", ())]


@pytest.mark.usefixtures("fake_names")
def test_short_stems_are_not_russian_names() -> None:
    assert _shown("올가") == [("올가", "russian_name", ())]  # not 올 + 가


def test_names_with_the_real_modules() -> None:
    kinds = {m.text: m.kind for m in find_terms(_article())}
    assert kinds.get("김정은") == "korean_name"
    assert kinds.get("울라지미르 울라지미로비치 뿌찐") == "russian_name"
    assert kinds.get("쎄르게이 라브로브") == "russian_name"


@given(
    st.text(
        alphabet=st.sampled_from(list("로씨야련방외무상 정부부수상겸동지께서는에,")), max_size=40
    )
)
def test_offsets_are_exact_on_any_mix_of_terms_and_particles(text: str) -> None:
    for m in find_terms(text):
        assert text[m.start : m.end] == m.text
        assert text[m.end : m.end + len(m.suffix)] == m.suffix


@given(st.text(max_size=60))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    for m in find_terms(text):
        assert 0 <= m.start < m.end <= len(text)


def test_the_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    find_terms("로씨야련방 외무상 쎄르게이 라브로브동지")
    assert capsys.readouterr() == ("", "")


def test_decomposed_hangul_is_found_with_offsets_into_it() -> None:
    text = unicodedata.normalize("NFD", "로씨야련방 외무상 쎄르게이 라브로브동지와")
    matches = find_terms(text)
    assert [m.kind for m in matches] == ["place", "title", "russian_name"]
    assert all(text[m.start : m.end] == m.text for m in matches)


def test_a_key_that_would_end_inside_a_word_gives_way() -> None:
    """국무위원회 위원 is a key, but 국무위원회 위원장 is read as 국무위원회 + 위원장."""
    found = [m.text for m in find_terms("국무위원회 위원장 김정은동지")]
    assert found == ["국무위원회", "위원장", "김정은"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # DPRK MFA 2019-03-15: the ambassador named before his title, nothing glued
        ("김형준 로씨야주재 조선특명전권대사와 대사관 성원들", ["김형준"]),
        # KCNA 2023-07-28: a Chinese ambassador the same way
        ("박명호동지와 왕아군 우리 나라 주재 중화인민공화국 특명전권대사", ["박명호", "왕아군"]),
        # a list before a plural honorific: every member is a name
        ("리병철과 박정천 조용원동지들이", ["리병철", "박정천", "조용원"]),
        # a common word before a title is no name (조국 'fatherland')
        ("오늘 조국 외무상", []),
        # no title after it, nothing in a list: no name
        ("김형준 대사관", []),
        # the title's holder comes after it: the word before modifies it (위대한 'great')
        ("위대한 총비서 김정은동지께서", ["김정은"]),
    ],
)
def test_korean_names_with_nothing_glued_to_them(text: str, names: list[str]) -> None:
    assert [m.text for m in find_terms(text) if m.kind == "korean_name"] == names


def test_a_russian_name_word_after_another_is_read_with_a_lower_bar() -> None:
    """DPRK MFA 2025-05-09: 유리 슐레이꼬 (Yuri Shuleiko) is one name, not 유리 alone."""
    assert ("유리 슐레이꼬", "russian_name") in {
        (m.text, m.kind) for m in find_terms("유리 슐레이꼬 정부부수상을 단장으로")
    }


def test_a_glossary_place_after_name_words_that_reads_as_a_given_name_is_the_name() -> None:
    """Choson Sinbo 2020-01-24: the dean of the diplomatic corps, whose last word is also the
    glossary's place 하싼 (Khasan); a place standing apart after a name stays a place."""
    found = [(m.text, m.kind) for m in find_terms("단장인 이스마일 아흐마드 무함마드 하싼 외교단")]
    assert ("이스마일 아흐마드 무함마드 하싼", "russian_name") in found
    found = [(m.text, m.kind) for m in find_terms("쎄르게이 라브로브 로씨야 외무상")]
    assert found == [
        ("쎄르게이 라브로브", "russian_name"),
        ("로씨야", "place"),
        ("외무상", "title"),
    ]


def test_a_name_of_latin_spelling_is_one_name() -> None:
    """DPRK MFA 2020-01-29: the Cuban president, whose given names and first surname the
    Russian model refuses (미겔, 디아스, 까넬), is one name; so is the Russian-looking 라울 까스뜨로
    루쓰 before him."""
    text = "김정은동지와 라울 까스뜨로 루쓰동지, 미겔 마리오 디아스 까넬 베르무데스동지에 의하여"
    found = [(m.text, m.kind, m.suffixes) for m in find_terms(text)]
    assert found[1:] == [
        ("라울 까스뜨로 루쓰", "russian_name", ("동지",)),
        ("미겔 마리오 디아스 까넬 베르무데스", "russian_name", ("동지", "에")),
    ]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # KCNA 2023-07-28 (tests/data/pairs): a county and a revolutionary site
        ("회창군에 있는 성흥혁명사적지를", ["Hoechang County", "Songhung Revolutionary Site"]),
        # DPRK MFA 2025-05-09 and Rodong Sinmun 2019-06-12: buildings
        ("양각도국제호텔에서", ["Yanggakto International Hotel"]),
        ("대동강외교단회관에서", ["Taedonggang Diplomatic Club"]),
    ],
)
def test_korean_places_are_read_from_their_generic(text: str, english: list[str]) -> None:
    assert [m.entry.english for m in find_terms(text) if m.entry] == english


def test_a_common_word_before_a_generic_is_no_place_name() -> None:
    """인민문화궁전 is the People's Palace of Culture, not a place called Inmin."""
    assert not [
        m for m in find_terms("인민문화궁전에서") if m.entry and "Inmin" in (m.entry.english or "")
    ]


def test_a_name_is_a_name_throughout_the_text() -> None:
    """DPRK MFA 2019-10-07: 리진군 before the title he holds is the ambassador; so is the next
    리진군, though a word ending in 군 could be a county."""
    text = "리진군 중화인민공화국 특명전권대사와 대사관 성원들이 참가하였다. 리진군은 연설하였다."
    assert [m.kind for m in find_terms(text) if m.text == "리진군"] == ["korean_name"] * 2


def test_a_glossary_place_and_its_generic_are_one_place() -> None:
    """DPRK MFA 2025-05-09: 벨라루씨공화국 is the Republic of Belarus, one place."""
    first = find_terms("벨라루씨공화국 부수상")[0]
    assert first.entry is not None
    assert (first.text, first.entry.english) == ("벨라루씨공화국", "Republic of Belarus")


def test_the_stem_that_looks_most_russian_is_the_name() -> None:
    """DPRK MFA 2020-01-29: 라울 까스뜨로 루쓰 is one name; 로 could be a particle, but
    까스뜨로 reads far better than 까스뜨 (and 뿌찐동지와 still ends in suffixes)."""
    assert _shown("라울 까스뜨로 루쓰동지") == [("라울 까스뜨로 루쓰", "russian_name", ("동지",))]
    assert _shown("뿌찐동지와") == [("뿌찐", "russian_name", ("동지", "와"))]
