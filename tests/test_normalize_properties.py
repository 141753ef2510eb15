"""Layer 4: Hypothesis properties of the Russian-name pipeline."""

from __future__ import annotations

import math
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from translit.errors import TranslitError
from translit.hangul import jamo
from translit.rules.inverse import Width, readings
from translit.rules.language import load
from translit.rules.spell import spell
from translit.russian.charmodel import model
from translit.russian.normalize import dprk_spelling, normalize

GIVEN = [
    "Александр",
    "Алексей",
    "Андрей",
    "Сергей",
    "Дмитрий",
    "Юрий",
    "Виталий",
    "Николай",
    "Михаил",
    "Олег",
    "Денис",
    "Марат",
    "Валерий",
    "Игорь",
    "Евгений",
    "Роман",
    "Мария",
    "Анна",
    "Ольга",
    "Татьяна",
    "Владимир",
    "Иван",
    "Борис",
    "Павел",
    "Геннадий",
]
STEMS = [
    "Лавр",
    "Песк",
    "Козл",
    "Ушак",
    "Белоус",
    "Мурашк",
    "Трутн",
    "Петр",
    "Смирн",
    "Кузнец",
    "Попов",
    "Соколов",
    "Волк",
    "Зайц",
    "Морозов",
    "Никол",
    "Федор",
    "Медвед",
    "Орл",
    "Громык",
]
ENDINGS = ["ов", "ев", "ин", "ский", "ова", "ева", "ина", "ская", "енко", "ович"]
CONSONANTS = "бвгджзклмнпрстфхцчшщ"
VOWELS = "аеиоуыэюяё"


def _syllable_words() -> st.SearchStrategy[str]:
    syllable = st.tuples(st.sampled_from(CONSONANTS), st.sampled_from(VOWELS)).map("".join)
    return st.lists(syllable, min_size=1, max_size=3).map("".join)


def _forward(word: str) -> str:
    return jamo.compose(spell(load("ru_dprk.rules"), word)[0][0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(STEMS), st.sampled_from(ENDINGS))
def test_real_name_parts_round_trip_into_the_candidates(stem: str, ending: str) -> None:
    word = (stem + ending).lower()
    assert word in {r.cyrillic for r in readings(_forward(word), "ru_dprk.rules", model())}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_syllable_words())
def test_random_syllables_round_trip_into_the_candidates(word: str) -> None:
    """The lattice is a true inverse of the table; for words no lexicon or character model
    favours, the default beam may prune them, so a wide beam is used here."""
    found = readings(_forward(word), "ru_dprk.rules", model(), Width(5000, math.inf))
    assert word in {r.cyrillic for r in found}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(GIVEN), st.sampled_from(STEMS), st.sampled_from(ENDINGS[:4]))
def test_whole_names_come_back_among_the_top_candidates(first: str, stem: str, end: str) -> None:
    name = f"{first} {stem}{end}"
    forms = normalize(dprk_spelling(name), k=10)
    assert name in {c.cyrillic for c in forms.candidates}


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(GIVEN + STEMS))
def test_output_is_composed_nfc_hangul(name: str) -> None:
    forms = normalize(name)
    for text in (forms.dprk, forms.south):
        assert unicodedata.is_normalized("NFC", text)
        assert all(jamo.is_syllable(ch) or ch in " -" for ch in text), text


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(
        ["뿌찐", "제니스 만뚜로브", "쎄르게이 라브로브", "워스또츠느이", "마리야 자하로바"]
    )
)
def test_nfc_and_nfd_input_give_the_same_result(name: str) -> None:
    assert normalize(unicodedata.normalize("NFD", name)) == normalize(name)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=30))
def test_nothing_but_translit_errors_on_arbitrary_text(text: str) -> None:
    try:
        forms = normalize(text)
    except TranslitError:
        return
    assert forms.cyrillic


@settings(max_examples=100, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=1, max_size=6
    )
)
def test_any_hangul_is_read_or_refused_cleanly(text: str) -> None:
    try:
        normalize(text)
    except TranslitError as exc:
        assert str(exc)
