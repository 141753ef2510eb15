"""Layer 4: properties of every public function of ``translit.__all__`` (issue 11).

On any text only a :class:`TranslitError` escapes; NFC and NFD input give the same result
(``find_terms`` and ``check`` give offsets into the text as given, so they are compared without
them, on decomposed Hangul: what they promise to read); text results are NFC; results and
errors survive a pickle round trip; an argument that is not a ``str`` is an
:class:`InputError` naming it.  Texts come from ``st.text`` and from Hangul-heavy strategies:
any syllable, DPRK-looking syllables, Korean names, glossary words, conjoining and
compatibility jamo.
"""

from __future__ import annotations

import copy
import dataclasses
import pickle
import string
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit import errors
from translit.errors import (
    InputError,
    OptionError,
    TableError,
    TableProblem,
    TranslitError,
    UnreadError,
)


def _words(text: str) -> list[str]:
    return text.split()


ONE_TEXT = (
    "normalize",
    "romanize",
    "romanizations",
    "name_variants",
    "is_korean_name",
    "split_name",
    "term",
    "find_terms",
    "to_south",
    "to_dprk",
)
NOT_TEXT_FUNCTIONS = {"set_overlay"}  # takes a directory, not a text
OFFSETS_INTO_INPUT = {"find_terms", "check"}  # results quote the text as given
SLOW = {"normalize", "term", "find_terms"}
FAST_EXAMPLES, SLOW_EXAMPLES, CHECK_EXAMPLES = 400, 200, 80

# syllables of DPRK transcriptions (뿌찐, 쎄르게이 라브로브, 엔. 에쓰. 흐루쑈브, 즤끼나 …)
DPRK_SYLLABLES = _words(
    "뿌 찐 쎄 르 게 이 라 브 로 만 뚜 제 니 스 까 떼 쯔 크 엔 에 쓰 알 렉 싼 드 위 딸 리 "
    "벨 우 쏘 바 꾸 즈 네 쪼 빠 웰 쉐 즤 쥬 와 므 똘 또 뽀 끼 나 야 노 비 치 쵸 쑈 흐 "
    "뜨 쁘 씨 릐 예 오 셰 쟈"
)
SURNAMES = _words("김 리 이 박 최 정 조 류 남궁 황보 강 한 로 노 량 양")
GIVEN_SYLLABLES = _words("정 은 선 희 철 룡 해 설 주 명 수 영 일 성 광 혁 남 순 옥 경")
# glossary words, link words and suffixes, so that compounds and the scanner are exercised
TERM_PIECES = _words(
    "외무상 로씨야련방 로씨야 겸 주재 및 정부부수상 공업무역상 회담 조선로동당 로동신문 "
    "중앙위원회 정치국 우리 나라 특명전권대사 대사관 쁠레쎄쯔크 우주발사장 원동련방구 동지 "
    "와 과 는 에서 의 조선민주주의인민공화국 국방상 창건"
)


def _joined(parts: st.SearchStrategy[list[str]]) -> st.SearchStrategy[str]:
    return st.tuples(parts, st.sampled_from(["", " ", "  ", "-", ". "])).map(
        lambda p: p[1].join(p[0])
    )


SYLLABLE = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
JAMO = st.characters(min_codepoint=0x1100, max_codepoint=0x11FF) | st.characters(
    min_codepoint=0x3131, max_codepoint=0x318E
)
ANY_TEXT = st.text(max_size=30)
HANGUL = st.text(SYLLABLE | st.sampled_from(" .-·《》\"'"), max_size=14)
HANGUL_AND_JAMO = st.text(SYLLABLE | JAMO | st.sampled_from(" ."), max_size=10)
DPRK_WORD = st.lists(st.sampled_from(DPRK_SYLLABLES), min_size=1, max_size=6).map("".join)
DPRK_NAME = st.tuples(
    st.lists(st.sampled_from(["엔.", "에쓰.", "웨.", "이.", "엘."]), max_size=2),
    st.lists(DPRK_WORD, min_size=1, max_size=3),
).map(lambda p: " ".join(p[0] + p[1]))
KOREAN_NAME = st.tuples(
    st.sampled_from(SURNAMES),
    st.sampled_from(["", " "]),
    st.lists(st.sampled_from(GIVEN_SYLLABLES), min_size=0, max_size=3).map("".join),
).map("".join)
TERMS = _joined(st.lists(st.sampled_from(TERM_PIECES), min_size=1, max_size=5))
MIXED = _joined(
    st.lists(
        st.one_of(DPRK_WORD, KOREAN_NAME, st.sampled_from(TERM_PIECES), ANY_TEXT),
        min_size=1,
        max_size=6,
    )
)
TEXTS = st.one_of(ANY_TEXT, HANGUL, HANGUL_AND_JAMO, DPRK_NAME, KOREAN_NAME, TERMS, MIXED)
KOREAN_NAMES = {"romanize", "romanizations", "name_variants", "is_korean_name", "split_name"}
PREFERRED = {  # half the examples of each function come from the texts it is made for
    **{name: KOREAN_NAME for name in KOREAN_NAMES},
    "normalize": DPRK_NAME,
    "term": TERMS,
    "find_terms": MIXED,
    "to_south": st.one_of(TERMS, KOREAN_NAME),
    "to_dprk": st.one_of(TERMS, KOREAN_NAME),
}
ENGLISH = st.one_of(
    st.text(st.sampled_from(string.ascii_letters + " ',.-"), max_size=60),
    st.lists(
        st.sampled_from(
            _words(
                "Comrade Sergei Lavrov Foreign Minister of the Russian Federation Vladimir Putin "
                "Choe Son Hui Rodong Sinmun talks Kim Jong Un Zenis Manturov and with"
            )
        ),
        max_size=12,
    ).map(" ".join),
    ANY_TEXT,
)
NOT_TEXT = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=6),
    st.binary(max_size=6).map(bytearray),
    st.lists(st.text(max_size=3), max_size=2),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.builds(object),
)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


@dataclasses.dataclass(frozen=True)
class Raised:
    """A TranslitError in place of a result (compared by class: a message may quote offsets)."""

    kind: type[TranslitError]


def _same_error(error: TranslitError, other: TranslitError) -> bool:
    return (
        type(other) is type(error)
        and str(other) == str(error)
        and other.args == error.args
        and vars(other) == vars(error)
    )


def _outcome(function: Callable[..., Any], *args: Any, **options: Any) -> Any:
    """The result, or :class:`Raised` for a TranslitError (which must pickle); any other
    exception fails the test."""
    try:
        return function(*args, **options)
    except TranslitError as exc:
        assert _same_error(exc, pickle.loads(pickle.dumps(exc)))
        return Raised(type(exc))


def _strings(value: Any) -> Iterator[str]:
    """Every string inside a result (dataclasses, mappings, sequences and sets)."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, Mapping):
        for key, item in value.items():
            yield from _strings(key)
            yield from _strings(item)
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _strings(item)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _without_offsets(name: str, result: Any) -> Any:
    """``find_terms`` and ``check`` results with the offsets into the input dropped and the
    quoted input recomposed."""
    if isinstance(result, Raised):
        return result
    if name == "find_terms":
        return [(_nfc(m.text), m.kind, m.entry, m.suffixes) for m in result]
    if name == "check":
        return [
            (f.kind, _nfc(f.korean), f.expected, f.found and _nfc(f.found), f.verdict, f.score)
            for f in result.findings
        ]
    return result


def _nfd_hangul(text: str) -> str:
    """``text`` with its Hangul syllables decomposed (what ``find_terms`` and ``check`` promise
    to read as composed) and everything else as it is."""
    return "".join(unicodedata.normalize("NFD", ch) if "가" <= ch <= "힣" else ch for ch in text)


def _assert_properties(name: str, function: Callable[..., Any], *texts: str) -> None:
    raw = _outcome(function, *texts)
    composed = _outcome(function, *map(_nfc, texts))
    decompose = _nfd_hangul if name in OFFSETS_INTO_INPUT else _nfd
    decomposed = _outcome(function, *map(decompose, map(_nfc, texts)))
    if name in OFFSETS_INTO_INPUT:
        assert _without_offsets(name, decomposed) == _without_offsets(name, composed)
    else:
        assert decomposed == composed
        assert all(unicodedata.is_normalized("NFC", s) for s in _strings(raw))
    for result in (raw, composed):
        assert all(unicodedata.is_normalized("NFC", s) for s in _strings(composed))
        if not isinstance(result, Raised):
            assert pickle.loads(pickle.dumps(result)) == result


def test_every_public_function_is_covered() -> None:
    public = {n for n in translit.__all__ if n[:1].islower() and callable(getattr(translit, n))}
    assert public == {*ONE_TEXT, "check", *NOT_TEXT_FUNCTIONS}


@pytest.mark.parametrize("name", ONE_TEXT)
def test_one_text_functions(name: str) -> None:
    function = getattr(translit, name)

    @_settings(SLOW_EXAMPLES if name in SLOW else FAST_EXAMPLES)
    @given(text=st.one_of(PREFERRED[name], TEXTS))
    def holds(text: str) -> None:
        _assert_properties(name, function, text)

    holds()


@_settings(CHECK_EXAMPLES)
@given(korean=st.one_of(MIXED, TERMS, DPRK_NAME, HANGUL, ANY_TEXT), english=ENGLISH)
def test_check(korean: str, english: str) -> None:
    _assert_properties("check", translit.check, korean, english)


# Decomposed letters other than Hangul: find_terms and check promise only decomposed Hangul, but
# a result that changes with the NFD of a Latin letter is still a defect (reported in issue 11).


def test_an_english_text_of_accented_letters_only_is_read_as_its_nfd() -> None:
    composed = _outcome(translit.check, "가", "À")
    decomposed = _outcome(translit.check, "가", _nfd("À"))
    assert _without_offsets("check", composed) == _without_offsets("check", decomposed)


def test_a_decomposed_latin_letter_glued_to_a_term_reads_as_composed() -> None:
    composed = _outcome(translit.find_terms, "Ù외무상")
    decomposed = _outcome(translit.find_terms, _nfd("Ù외무상"))
    assert _without_offsets("find_terms", composed) == _without_offsets("find_terms", decomposed)


@_settings(FAST_EXAMPLES)
@given(
    name=st.one_of(KOREAN_NAME, DPRK_NAME, ANY_TEXT),
    system=st.one_of(st.sampled_from(translit.SYSTEMS), st.text(max_size=4), st.none()),
    k=st.one_of(st.integers(-3, 12), st.floats(allow_nan=True), st.none()),
    as_name=st.booleans(),
)
def test_options_raise_only_translit_errors(name: str, system: Any, k: Any, as_name: bool) -> None:
    romanized = _outcome(translit.romanize, name, system=system)
    if system not in translit.SYSTEMS:
        assert romanized == Raised(OptionError)
    _outcome(translit.normalize, name, k=k)
    _outcome(translit.to_south, name, name=as_name)
    _outcome(translit.to_dprk, name, name=as_name)


@pytest.mark.parametrize("name", [*ONE_TEXT, "check"])
def test_an_argument_that_is_not_a_str_is_an_input_error(name: str) -> None:
    function = getattr(translit, name)

    @_settings(25)
    @given(value=NOT_TEXT, position=st.integers(0, 1))
    def holds(value: Any, position: int) -> None:
        args = [value] if name != "check" else ["로씨야련방 외무상", "Foreign Minister"]
        args[position % len(args)] = value
        with pytest.raises(InputError, match=r": expected a str, got \w+$") as caught:
            function(*args)
        assert type(value).__name__ in str(caught.value)

    holds()


def test_the_message_names_the_parameter_and_the_type() -> None:
    with pytest.raises(InputError) as caught:
        translit.romanize(3)  # type: ignore[arg-type]
    assert str(caught.value) == "name: expected a str, got int"
    with pytest.raises(InputError) as caught:
        translit.check("로씨야련방 외무상", None)  # type: ignore[arg-type]
    assert str(caught.value) == "english: expected a str, got NoneType"


# every error class pickles (issue 11, 6)

ERRORS: Mapping[type[TranslitError], TranslitError] = {
    TranslitError: TranslitError("something is wrong"),
    InputError: InputError("'x' is not part of a Hangul name", text="뿌x", index=1),
    OptionError: OptionError("system", "xx", ["dprk", "mr"]),
    UnreadError: UnreadError("'읽기' cannot be read as a name", text="읽기"),
    TableError: TableError(
        [TableProblem("tables/a.tsv", 3, "bad cell"), TableProblem("tables/a.tsv", 9, "worse")]
    ),
}


def test_every_error_class_has_an_example() -> None:
    classes = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, TranslitError)
    }
    assert classes == set(ERRORS)


@pytest.mark.parametrize("error", list(ERRORS.values()), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickle_and_copy(error: TranslitError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert _same_error(error, pickle.loads(pickle.dumps(error, protocol)))
    assert _same_error(error, copy.copy(error))
    assert _same_error(error, copy.deepcopy(error))


def test_a_custom_option_message_and_a_raised_error_pickle() -> None:
    custom = OptionError("-k", 0, ["a whole number of at least 1"], message="-k must be …")
    assert _same_error(custom, pickle.loads(pickle.dumps(custom)))
    with pytest.raises(InputError) as caught:
        translit.normalize("뿌x찐")
    again = pickle.loads(pickle.dumps(caught.value))
    assert _same_error(caught.value, again) and again.index == caught.value.index
