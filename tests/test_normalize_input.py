"""Bad input to ``normalize``: clear errors that say what and where, never a crash."""

from __future__ import annotations

import contextlib

import pytest

from translit.errors import InputError, TranslitError
from translit.russian.normalize import normalize


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty input"),
        ("   ", "empty input"),
        ("Putin", "no Hangul or Cyrillic"),
        ("뿌찐 Putin", "mixed scripts"),
        ("Путин 뿌찐", "mixed scripts"),
        ("ㅃㅜㅉㅣㄴ", "bare jamo"),
        ("뿌찐" * 200, "input too long"),
        ("뿌찐!", "is not part of a Hangul name"),
    ],
)
def test_bad_input_is_refused_with_a_message(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        normalize(text)


def test_errors_point_at_the_character() -> None:
    with pytest.raises(InputError) as caught:
        normalize("뿌찐!")
    assert caught.value.index == 2


def test_decomposed_syllables_are_recomposed() -> None:
    decomposed = "\u1108\u116e\u110d\u1175\u11ab"  # 뿌찐 as conjoining jamo
    assert normalize(decomposed).cyrillic == "Путин"


def test_a_korean_word_that_is_no_russian_name_is_refused_clearly() -> None:
    with pytest.raises(TranslitError, match="cannot be read as a Russian word"):
        normalize("쏘쏘쏘쏘 굉")


@pytest.mark.parametrize("k", [0, -1])
def test_bad_k_is_refused(k: int) -> None:
    with pytest.raises(InputError, match="k must be"):
        normalize("뿌찐", k=k)


def test_the_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    normalize("뿌찐")
    normalize("Андрей Белоусов")
    with pytest.raises(TranslitError):
        normalize("")
    assert capsys.readouterr() == ("", "")


def test_initials_glued_to_the_next_word_are_read_as_spaced() -> None:
    # attested without spaces: 엔.뻬.오씨뽀브, 엘.게.즤끼나 (tests/data/names/)
    assert normalize("엔.에쓰.흐루쑈브").cyrillic == normalize("엔. 에쓰. 흐루쑈브").cyrillic
    assert normalize("엔.에쓰.흐루쑈브").cyrillic == "Н. С. Хрущёв"
    assert normalize("Н.С.Хрущёв").dprk == "엔. 에쓰. 흐루쑈브"


@pytest.mark.parametrize(
    "junk", ["뿌찐-", "-뿌찐", "뿌--찐", "Путин-", "ъ", "Ъ Путин", "ь", "Пу-ъ"]
)
def test_junk_is_refused_rather_than_read_with_full_confidence(junk: str) -> None:
    # issue 11, 8: 뿌찐- was Путин-Ъ at 0.9995, a lone ъ had empty DPRK and South forms at 1.0
    with pytest.raises(InputError):
        normalize(junk)


def test_every_cache_of_words_is_bounded() -> None:
    # issue 11, 5: split_suffixes grew to 1.8 M entries on random Hangul
    import random

    from translit import find_terms
    from translit.data import current

    rng = random.Random(5)
    for _ in range(300):
        text = "".join(chr(rng.randint(0xAC00, 0xD7A3)) for _ in range(rng.randint(1, 12)))
        find_terms(text)
        with contextlib.suppress(InputError):
            normalize(text)
    for cache in current()._caches.values():
        if cache.cache_parameters()["maxsize"] is None:  # type: ignore[attr-defined]
            assert cache.cache_info().currsize <= 64, cache  # type: ignore[attr-defined]
