"""Issue 13: a foreign name is read by its origin (Russian, Chinese, a name of Latin spelling),
with the origin's probability; Russian names stay Russian.

Names are attested DPRK spellings from the development halves (tests/data/names/*_dev.tsv and
../shared/data/dev_names.tsv); the held-out halves are scored in benchmarks, never here.
"""

from __future__ import annotations

import csv
import math
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import translit
from tests.devlist import dev_names
from translit.chinese.characters import characters
from translit.chinese.pinyin import toneless
from translit.chinese.south import syllable_hangul
from translit.data import lexicon
from translit.foreign.reading import language_probabilities, word_readings
from translit.foreign.south import south_spelling
from translit.hangul import jamo
from translit.rules.language import load
from translit.rules.spell import spell

NAMES = Path(__file__).parent / "data" / "names"


def _rows(name: str) -> list[dict[str, str]]:
    with (NAMES / name).open(encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


@pytest.mark.parametrize(
    ("dprk", "english", "south", "hanzi"),
    [
        ("습근평", "Xi Jinping", "시진핑", "习近平"),
        ("왕의", "Wang Yi", "왕이", "王毅"),
        ("리진군", "Li Jinjun", "리진쥔", "李进军"),
        ("송도", "Song Tao", "쑹타오", "宋涛"),
    ],
)
def test_a_chinese_name_is_read_in_its_characters(
    dprk: str, english: str, south: str, hanzi: str
) -> None:
    """Sino-Korean readings of Chinese leaders (foreign_dev.tsv), the South's form by NIKL's
    pinyin table: 습근평 is 习近平, Xi Jinping, 시진핑 in the South."""
    forms = translit.normalize(dprk)
    assert (forms.origin, forms.latin, forms.south, forms.original) == ("zh", english, south, hanzi)
    assert forms.cyrillic is None and forms.candidates == ()
    assert toneless(forms.romanizations["pinyin"]).lower() == english.lower()


@pytest.mark.parametrize(
    ("dprk", "english", "south"),
    [
        ("브루노 로드리게스 빠릴랴", "Bruno Rodriguez Parrilla", "브루노 로드리게스 파릴랴"),
        ("나빌 암마르", "Nabil Ammar", "나빌 암마르"),
        ("바샤르 알 아싸드", "Bashar Al Assad", "바샤르 알 아사드"),
        ("하리쉬 굽따", "Harish Gupta", "하리시 굽타"),
        ("안데르스 크리스텐센", "Anders Kristensen", "안데르스 크리스텐센"),
        ("인야찌오 까씨스", "Ignazio Cassis", "인야치오 카시스"),
        ("쎄예드 모흐쎈 에마디", "Seyed Mohsen Emadi", "세예드 모흐센 에마디"),
    ],
)
def test_a_name_of_latin_spelling_is_read_in_latin_letters(
    dprk: str, english: str, south: str
) -> None:
    """Spanish, Arabic, Persian, Hindi, Danish and Italian names read back to the press's
    Latin spelling (foreign_dprk.rules, ranked by the Latin lexicon), the South's form without
    the DPRK's tense consonants (foreign_south.tsv)."""
    forms = translit.normalize(dprk)
    assert forms.origin in lexicon.meta()["latin_languages"]
    assert english in forms.latin_variants and forms.south == south
    assert forms.cyrillic is None and 0 < forms.origin_probability <= 1


def test_a_spanish_name_has_the_press_short_form_among_its_spellings() -> None:
    """The press names Salvador Antonio Valdés Mesa (쌀바도르 안또니오 발데스 메싸) without his
    second given name."""
    forms = translit.normalize("쌀바도르 안또니오 발데스 메싸")
    assert forms.latin == "Salvador Antonio Valdes Mesa"
    assert "Salvador Valdes Mesa" in forms.latin_variants


def test_the_russian_names_of_the_development_list_stay_russian() -> None:
    """Nothing gets worse for Russian: every person and place of dev_names.tsv is read as
    Russian, with a Cyrillic pivot."""
    moved = []
    for row in dev_names("person", "place"):
        forms = translit.normalize(row.dprk)
        if forms.origin != "ru" or not forms.cyrillic:
            moved.append((row.dprk, forms.origin))
    assert not moved


def test_the_russian_names_of_the_attested_dev_half_stay_russian() -> None:
    """All but the two non-Russian-looking names of russian_dev.tsv (미카엘 아가싼잔, Armenian;
    가반호텔, a hotel) and 우랑겔, which no Russian rule spells, stay Russian."""
    rows = [r for r in _rows("russian_dev.tsv") if r["kind"] in ("person", "place")]
    moved = []
    for row in rows:
        try:
            forms = translit.normalize(row["nk_hangul"])
        except translit.InputError:
            continue
        if forms.origin != "ru":
            moved.append(row["nk_hangul"])
    assert set(moved) <= {"미카엘 아가싼잔", "가반호텔", "우랑겔"}


def test_a_name_whose_words_are_all_known_russian_names_stays_russian() -> None:
    """pymorphy3's dictionary knows Мухаммад and Мустафа: 무함마드 무스타파 is read the Russian
    way unless the Latin reader is asked for."""
    assert translit.normalize("무함마드 무스타파").cyrillic == "Мухаммад Мустафа"
    assert translit.normalize("무함마드 무스타파", origin="latin").latin == "Muhammad Mustafa"


def test_origin_holds_the_reader() -> None:
    assert translit.normalize("우랑겔", origin="ru").source == "backoff"
    assert translit.normalize("송도", origin="latin").latin == "Songdo"
    with pytest.raises(translit.InputError, match="does not read as a name of origin zh"):
        translit.normalize("브루노 로드리게스", origin="zh")
    with pytest.raises(translit.OptionError, match="origin='greek'"):
        translit.normalize("뿌찐", origin="greek")  # type: ignore[arg-type]


def test_a_name_no_reader_reads_says_so() -> None:
    with pytest.raises(translit.UnreadError, match="as a Chinese name, or as a name of Latin"):
        translit.normalize("읽기")


def test_the_language_of_a_latin_name_is_a_probability() -> None:
    chosen = [word_readings("로드리게스")[0], word_readings("빠릴랴")[0]]
    found = language_probabilities(chosen)
    assert set(found) == set(lexicon.meta()["latin_languages"])
    assert math.isclose(sum(found.values()), 1.0)
    assert max(found, key=lambda lang: found[lang]) in ("es", "pt")


def test_every_pinyin_syllable_of_the_character_list_has_a_south_korean_form() -> None:
    """Exhaustive: each reading of every character the Chinese reader knows is a syllable of
    NIKL's table (zh_south.tsv), and none is written with a y-glide after ㅈ or ㅊ."""
    syllables = {toneless(p) for c in characters().values() for p in c.pinyin}
    syllables = {p for p in syllables if set(p) & set("aeiouü")}  # not the interjections m, ng
    failures = []
    for pinyin in sorted(syllables):
        try:
            hangul = syllable_hangul(pinyin)
        except translit.InputError:
            failures.append(pinyin)
            continue
        if any(ch in hangul for ch in "쟈져죠쥬챠쳐쵸츄"):
            failures.append(f"{pinyin} {hangul}")
    assert not failures


def test_the_south_korean_form_keeps_what_the_two_norms_share() -> None:
    assert south_spelling("또비아스 빌스뜨룀") == "토비아스 빌스트룀"
    assert south_spelling("쥬스땡 꿈바") == "주스탱 쿰바"
    assert south_spelling("로씨야, 1") == "로시야, 1"  # other characters are kept


def test_latin_words_of_the_lexicon_read_back_from_their_dprk_spelling() -> None:
    """Round trip: a frequent Spanish, French, Italian or English name word, spelled by the
    table, is among the Latin readings of that spelling (the table's derived inverse)."""
    words = [
        "antonio", "miguel", "castro", "morales", "ortega", "lopez", "pinto", "salvador",
        "francisco", "roberto", "marco", "paolo", "daniel", "samuel", "hassan", "ahmad",
    ]  # fmt: skip
    ruleset = load("foreign_dprk.rules")
    missing = []
    for word in words:
        hangul = jamo.compose(spell(ruleset, word)[0][0])
        if word not in {r.latin for r in word_readings(hangul)}:
            missing.append((word, hangul))
    assert not missing


LATIN_DEV = [
    r["nk_hangul"]
    for r in _rows("foreign_dev.tsv")
    if r["kind"] == "person" and r["origin"] in ("es", "ar", "fa", "fr", "it", "da", "hi")
]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(LATIN_DEV))
def test_a_foreign_name_reads_the_same_decomposed(name: str) -> None:
    """NFC and NFD input (conjoining jamo) give the same forms."""
    composed = translit.normalize(name)
    decomposed = translit.normalize(unicodedata.normalize("NFD", name))
    assert (composed.latin, composed.south, composed.origin) == (
        decomposed.latin,
        decomposed.south,
        decomposed.origin,
    )


@pytest.mark.parametrize(
    ("dprk", "english", "south"),
    [
        ("까타르국가", "State of Qatar", "카타르국"),  # Rodong Sinmun 2024-09-28
        (
            "에티오피아련방민주공화국",
            "Federal Democratic Republic of Ethiopia",
            "에티오피아 연방 민주 공화국",
        ),
        ("스웨리예왕국", "Kingdom of Sweden", "스웨덴 왕국"),
        ("적도기네", "Equatorial Guinea", "적도 기니"),  # DPRK MFA
        ("꼴롬비아", "Colombia", "콜롬비아"),  # KCNA 2025-10-22
        ("빠리", "Paris", "파리"),  # KCNA 2025
        ("울란바따르", "Ulaanbaatar", "울란바토르"),
    ],
)
def test_countries_their_formal_names_and_capitals_in_dprk_spelling(
    dprk: str, english: str, south: str
) -> None:
    """Countries by CLDR's names under their attested DPRK spellings (tables/countries.tsv),
    formal names by their generics (tables/ru_generics.tsv), capitals (tables/ru_lexicon.tsv)."""
    forms = translit.normalize(dprk)
    assert (forms.latin, forms.south) == (english, south)


@pytest.mark.parametrize(
    ("dprk", "english", "south"),
    [
        # tests/data/names/foreign_dev.tsv: KCNA's formal name of Mauritania
        ("모리따니이슬람공화국", "Islamic Republic of Mauritania", "모리타니 이슬람 공화국"),
        ("따지끼스딴", "Tajikistan", "타지키스탄"),
    ],
)
def test_a_country_in_dprk_tense_consonants_is_cldrs_country(
    dprk: str, english: str, south: str
) -> None:
    """No table lists these spellings; they differ from CLDR's Korean names only as the DPRK's
    tense consonants do, and read as those countries."""
    found = translit.normalize(dprk)
    assert (found.latin, found.south, found.source, found.dprk) == (english, south, "lexicon", dprk)
