"""Layer 2: ``normalize`` on real names — the 2023-09-14 article and the development list."""

from __future__ import annotations

import math

import pytest

from tests.devlist import dev_names, fold
from translit.errors import InputError
from translit.russian.normalize import normalize

ARTICLE = [
    ("제니스 만뚜로브", "Денис Мантуров", "데니스 만투로프", "Denis Manturov"),
    ("위딸리 싸벨리예브", "Виталий Савельев", "비탈리 사벨리예프", "Vitaly Savelyev"),
    ("알렉쎄이 오베르츄크", "Алексей Оверчук", "알렉세이 오베르추크", "Alexei Overchuk"),
    ("마라뜨 후스눌린", "Марат Хуснуллин", "마라트 후스눌린", "Marat Khusnullin"),
    (
        "울라지미르 울라지미로비치 뿌찐",
        "Владимир Владимирович Путин",
        "블라디미르 블라디미로비치 푸틴",
        "Vladimir Vladimirovich Putin",
    ),
    ("워스또츠느이", "Восточный", "보스토치니", "Vostochny"),
    ("쎄르게이 라브로브", "Сергей Лавров", "세르게이 라브로프", "Sergei Lavrov"),
    ("쎄르게이 쇼이구", "Сергей Шойгу", "세르게이 쇼이구", "Sergei Shoigu"),
    ("유리 뜨루뜨네브", "Юрий Трутнев", "유리 트루트네프", "Yuri Trutnev"),
    ("드미뜨리 뻬스꼬브", "Дмитрий Песков", "드미트리 페스코프", "Dmitry Peskov"),
    ("알렉싼드르 꼬즐로브", "Александр Козлов", "알렉산드르 코즐로프", "Alexander Kozlov"),
    ("알렉싼드르 마쩨고라", "Александр Мацегора", "알렉산드르 마체고라", "Alexander Matsegora"),
    ("뿌찐", "Путин", "푸틴", "Putin"),
]


@pytest.mark.parametrize(("dprk", "cyrillic", "south", "english"), ARTICLE)
def test_article_names_in_every_form(dprk: str, cyrillic: str, south: str, english: str) -> None:
    forms = normalize(dprk)
    assert forms.cyrillic == cyrillic
    assert forms.south == south
    assert forms.latin == english
    assert forms.dprk == dprk
    assert 0.0 <= forms.confidence <= 1.0
    assert forms.candidates[0].cyrillic == cyrillic


def test_overchuk_has_the_press_variants() -> None:
    forms = normalize("알렉쎄이 오베르츄크")
    assert {"Alexei Overchuk", "Aleksey Overchuk", "Alexey Overchuk"} <= set(forms.latin_variants)
    assert forms.romanizations["bgn_pcgn"] == "Aleksey Overchuk"


def test_cyrillic_input_gives_dprk_south_and_english() -> None:
    forms = normalize("Андрей Белоусов")
    assert (forms.dprk, forms.south, forms.latin) == (
        "안드레이 벨로우쏘브",
        "안드레이 벨로우소프",
        "Andrei Belousov",
    )
    assert forms.confidence == 1.0


def test_stress_marks_in_cyrillic_are_ignored() -> None:
    assert normalize("Влади́мир Пу́тин").dprk == "울라지미르 뿌찐"


def test_conventional_forms_come_from_the_lexicon() -> None:
    forms = normalize("로씨야")
    assert (forms.cyrillic, forms.south, forms.latin) == ("Россия", "러시아", "Russia")
    assert forms.source == "lexicon"


def test_glued_generic_words() -> None:
    forms = normalize("아무르주")
    assert (forms.cyrillic, forms.south, forms.latin) == (
        "Амурская область",
        "아무르주",
        "Amur Oblast",
    )
    assert normalize("네바강").latin == "Neva River"


def test_gender_agreement_within_a_name() -> None:
    assert normalize("마리야 자하로바").cyrillic == "Мария Захарова"


@pytest.mark.parametrize("k", [1, 3])
def test_k_limits_the_candidates(k: int) -> None:
    assert len(normalize("라브로브", k=k).candidates) <= k


def test_candidates_are_ranked_probabilities() -> None:
    scores = [c.score for c in normalize("마쩨고라").candidates]
    assert scores == sorted(scores, reverse=True)
    assert 0 < sum(scores) <= 1.0001


def _accuracy(pairs: list[tuple[bool, str]]) -> float:
    return sum(ok for ok, _ in pairs) / len(pairs)


def test_development_list_accuracy(capsys: pytest.CaptureFixture[str]) -> None:
    """The issue's bar on the development list's person and place rows (printed with -s)."""
    rows = dev_names("person", "place")
    cyr, south, eng = [], [], []
    for row in rows:
        forms = normalize(row.dprk)
        cyr.append((fold(forms.cyrillic) == fold(row.cyrillic), f"{row.dprk}: {forms.cyrillic}"))
        south.append((forms.south == row.south, f"{row.dprk}: {forms.south} ≠ {row.south}"))
        latin = {forms.latin, *forms.latin_variants, *forms.romanizations.values()}
        eng.append((row.english in latin, f"{row.dprk}: {forms.latin} ≠ {row.english}"))
    with capsys.disabled():
        print(f"\ndevelopment list, {len(rows)} person and place rows:")
        for label, pairs in (("Cyrillic top-1", cyr), ("South Hangul", south), ("English", eng)):
            misses = "; ".join(text for ok, text in pairs if not ok)
            print(f"  {label:<15} {_accuracy(pairs):.1%}   misses: {misses}")
    assert _accuracy(cyr) >= 0.9
    assert _accuracy(south) >= 0.9
    assert _accuracy(eng) >= 0.9


def test_confidence_is_calibrated_on_the_development_list() -> None:
    """Of the names given a confidence of at least 0.8, at least as many are right."""
    rows = dev_names("person", "place")
    confident = [
        fold(forms.cyrillic) == fold(row.cyrillic)
        for row in rows
        if (forms := normalize(row.dprk)).confidence >= 0.8
    ]
    assert len(confident) >= len(rows) // 2
    assert sum(confident) / len(confident) >= 0.8


@pytest.mark.parametrize(
    ("south", "cyrillic", "dprk"),
    [
        ("푸틴", "Путин", "뿌찐"),
        ("세르게이 라브로프", "Сергей Лавров", "쎄르게이 라브로브"),
        ("알렉세이 오베르추크", "Алексей Оверчук", "알렉쎄이 오베르츄크"),
        ("블라디미르 푸틴", "Владимир Путин", "울라지미르 뿌찐"),
    ],
)
def test_south_korean_spellings_are_read_too(south: str, cyrillic: str, dprk: str) -> None:
    """South Korean copies re-spell names; the DPRK field then gives the DPRK spelling."""
    forms = normalize(south)
    assert (forms.cyrillic, forms.dprk, forms.south) == (cyrillic, dprk, south)


@pytest.mark.parametrize(
    ("press", "cyrillic", "nikl"),
    [
        ("세르게이 랴브코프", "Сергей Рябков", "세르게이 럅코프"),
        ("미하일 데그탸료프", "Михаил Дегтярёв", "미하일 덱탸료프"),
    ],
)
def test_the_south_korean_press_forms_are_read_and_told_apart(
    press: str, cyrillic: str, nikl: str
) -> None:
    """The ROK press writes 브/그 where NIKL closes the syllable (럅, 덱): both forms are read,
    and the record gives both, NIKL's as ``south``."""
    forms = normalize(press)
    assert (forms.cyrillic, forms.south, forms.south_press) == (cyrillic, nikl, press)
    assert normalize(forms.dprk).south_press == press


@pytest.mark.parametrize(
    ("south", "cyrillic"),
    [
        ("흐루쇼프", "Хрущёв"),  # ё, rare in the character model's word list, 11 below the best
        ("우수리스크시", "Уссурийск"),  # a doubled с, among many readings of South 스
    ],
)
def test_south_korean_readings_the_beam_must_keep(south: str, cyrillic: str) -> None:
    """South Korean spellings crowd their beam more than DPRK ones (benchmarks/beam_width.py):
    their search keeps 60 prefixes, not 30."""
    assert normalize(south).cyrillic == cyrillic


@pytest.mark.parametrize(
    ("text", "cyrillic", "latin"),
    [
        ("엔. 에쓰. 흐루쑈브", "Н. С. Хрущёв", "N. S. Khrushchev"),  # rules.md §7: 엔. 에쓰.
        ("웨. 웨. 뿌찐", "В. В. Путин", "V. V. Putin"),
        ("Н. С. Хрущёв", "Н. С. Хрущёв", "N. S. Khrushchev"),
    ],
)
def test_initials_written_as_letter_names(text: str, cyrillic: str, latin: str) -> None:
    forms = normalize(text)
    assert (forms.cyrillic, forms.latin) == (cyrillic, latin)
    assert forms.south.startswith(latin.rsplit(" ", 1)[0])  # Latin initials in the South


def test_a_full_stop_inside_a_word_is_still_refused() -> None:
    with pytest.raises(InputError, match="is not part of a Hangul name"):
        normalize("뿌.찐")


@pytest.mark.parametrize(
    ("cyrillic", "dprk", "south", "latin"),
    [
        ("Амурская область", "아무르주", "아무르주", "Amur Oblast"),
        (
            "Курская область",
            "꾸르스크주",
            "쿠르스크주",
            "Kursk Oblast",
        ),  # rules.md §1.5: 꾸르스크주
        ("Хабаровский край", "하바롭스크변강", "하바롭스크 지방", "Khabarovsk Krai"),  # §1.5
        ("остров Русский", "루쓰끼섬", "루스키섬", "Russky Island"),
    ],
)
def test_russian_place_phrases_become_korean_generics(
    cyrillic: str, dprk: str, south: str, latin: str
) -> None:
    forms = normalize(cyrillic)
    assert (forms.cyrillic, forms.dprk, forms.south, forms.latin) == (cyrillic, dprk, south, latin)


@pytest.mark.parametrize(
    ("dprk", "cyrillic"),
    [
        # the older patronymic -вич as 비츠 (tests/data/names/russian_dev.tsv, kcna.co.jp)
        ("울라지미르 울라지미로비츠 마야꼽스끼", "Владимир Владимирович Маяковский"),
        # a public figure's name is never crowded out of the ranking by readings that merely
        # spell well (rules.md, Дегтярёв with рё as 로)
        ("미하일 제그쨔로브", "Михаил Дегтярёв"),
        # place names with a glued generic (tests/data/names/russian_dev.tsv)
        ("부랴찌야공화국", "Республика Бурятия"),
        ("오께안스까야역", "станция Океанская"),
    ],
)
def test_attested_spellings_of_the_newer_rules(dprk: str, cyrillic: str) -> None:
    assert normalize(dprk).cyrillic == cyrillic


def test_a_surname_alone_takes_the_best_known_namesakes_english() -> None:
    assert normalize("챠이꼽스끼").latin == "Tchaikovsky"
    assert normalize("찌올꼽스끼").latin == "Tsiolkovsky"
    assert "Republic of Buryatia" in normalize("부랴찌야공화국").latin_variants


@pytest.mark.parametrize(
    ("dprk", "cyrillic", "english"),
    [
        # DPRK writes де as 데 in some names and loanwords (rules.md; KCNA 2023-10-19 루덴꼬)
        ("안드레이 루덴꼬", "Андрей Руденко", "Andrei Rudenko"),
        ("멘델레예브", "Менделеев", "Mendeleev"),
        # a Russian city with the generic 시 glued (attested: tests/data/names/russian_dev.tsv)
        ("울라지보스또크시", "Владивосток", "Vladivostok"),
        ("첼랴빈스크시", "Челябинск", "Chelyabinsk"),
        # a sea: 해 after the name is translated (rules.md §8)
        ("오호쯔크해", "Охотское море", "Sea of Okhotsk"),
    ],
)
def test_dprk_spellings_of_the_newer_evidence(dprk: str, cyrillic: str, english: str) -> None:
    forms = normalize(dprk)
    assert (forms.cyrillic, forms.latin) == (cyrillic, english)


def test_a_foreign_given_name_with_e_after_a_consonant_stays_readable() -> None:
    """Сэм and Фрэнк are names Russian writes with э: no rule forbids it (round trip)."""
    assert "Сэм" in [c.cyrillic.split()[0] for c in normalize("쎔").candidates]


@pytest.mark.parametrize(
    ("dprk", "cyrillic", "south", "english"),
    [
        # CLDR's Korean name, as DPRK writes it too
        ("스위스", "Швейцария", "스위스", "Switzerland"),
        # a glossary place whose English is CLDR's (Rodong Sinmun 2024: 까자흐스딴)
        ("까자흐스딴", "Казахстан", "카자흐스탄", "Kazakhstan"),
        ("윁남", "Вьетнам", "베트남", "Vietnam"),
        # tables/countries.tsv (KCNA: 에스또니야)
        ("에스또니야", "Эстония", "에스토니아", "Estonia"),
    ],
)
def test_countries_by_cldr(dprk: str, cyrillic: str, south: str, english: str) -> None:
    forms = normalize(dprk)
    assert (forms.cyrillic, forms.south, forms.latin) == (cyrillic, south, english)


@pytest.mark.parametrize(
    "name", ["바르뚜쏘브", "안드레이 루덴꼬", "꼬모쯔끼", "쩸니꼬브", "울라지보스또크시"]
)
def test_the_confidence_and_the_candidates_share_one_scale(name: str) -> None:
    """The first candidate's score is the confidence; no other outscores it; together they
    never sum above 1 (issue: "confidence 0.26; also 0.28")."""
    forms = normalize(name)
    scores = [c.score for c in forms.candidates]
    assert scores[0] == forms.confidence
    assert all(s <= scores[0] for s in scores[1:])
    assert sum(scores) <= 1.0 + 1e-3


def test_letters_no_rule_writes_are_read_as_the_nearest_and_said_to_be_a_guess() -> None:
    """우랑겔 (Врангель, attested): coda ㅇ is no letter of either table; read as 우란겔, the
    name is a guess with a confidence of at most e^-1.5 (tables/ru_backoff.tsv)."""
    forms = normalize("쎄르게이 우랑겔")
    assert forms.cyrillic == "Сергей Урангель" and forms.dprk == "쎄르게이 우란겔"
    assert forms.source == "backoff" and forms.confidence <= math.exp(-1.5) + 1e-4
    assert all(c.score <= forms.confidence for c in forms.candidates)
    assert normalize("쎄르게이 우란겔").source == "rules"


def test_a_word_no_search_reads_is_read_in_pieces_as_a_guess() -> None:
    """미카엘 (Mikael, attested) reads as no word, but 미카 and 엘 do: one cut, backoff_cut."""
    forms = normalize("미카엘")
    assert forms.cyrillic == "Микаэль" and forms.source == "backoff"
    assert forms.confidence <= math.exp(-2.0) + 1e-4


@pytest.mark.parametrize(
    ("dprk", "cyrillic", "south", "english"),
    [
        ("동부씨비리", "Восточная Сибирь", "동시베리아", "Eastern Siberia"),  # attested (glossary)
        ("남부우랄", "Южный Урал", "남우랄", "Southern Ural"),  # the adjective agrees: Урал masc
    ],
)
def test_a_direction_glued_before_a_place_is_translated_and_agrees_with_it(
    dprk: str, cyrillic: str, south: str, english: str
) -> None:
    forms = normalize(dprk)
    assert (forms.cyrillic, forms.south, forms.latin) == (cyrillic, south, english)


def test_only_a_word_of_name_length_is_cut_into_pieces() -> None:
    """Cutting costs the cube of a word's length: a word longer than MAX_CUT_LENGTH syllables,
    which no name has, is refused instead."""
    assert normalize("라브로브엘" * 2).source == "backoff"  # 10 syllables
    with pytest.raises(InputError, match="cannot be read"):
        normalize("라브로브엘" * 3)  # 15
