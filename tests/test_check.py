"""``translit.check`` on the KCNA article of 2023-09-14, and properties of synthetic texts."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from translit import InputError, Report, check
from translit.checking.causes import romanised
from translit.checking.names import _russian_forms
from translit.checking.tokens import fold

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "kcna-2023-09-14"
NAME_ERRORS = ("Zenis Manturov", "Tali Saveliev", "Alexei Oberchuk", "Marat Husnulin")
NOT_ERRORS = (
    "Sergey Lavrov",
    "Sergei Shoigu",
    "Yuri Trutnev",
    "Dmitry Peskov",
    "Vladimir Vladimirovich Putin",
    "Kim Jong Un",
    "Choi Son Hui",
    "Park Jong-chon",
    "Kang Sun-nam",
    "Oh Su-yong",
    "Park Tae-song",
    "Lim Cheon-il",
    "Alexandr Kozlov",
    "Alexandr Matsegora",
)


def _read(name: str) -> str:
    return (ARTICLE / name).read_text(encoding="utf-8-sig")


@functools.cache
def article() -> Report:
    return check(_read("ko.txt"), _read("en.txt"))


def test_every_listed_name_error_is_flagged_with_its_cause() -> None:
    errors = {f.found: f for f in article().findings if f.verdict == "error"}
    for name in NAME_ERRORS:
        assert name in errors, name
    assert "제" in errors["Zenis Manturov"].explanation
    assert "ㅂ" in errors["Alexei Oberchuk"].explanation
    assert "syllable dropped" in errors["Tali Saveliev"].explanation
    assert "letter dropped" in errors["Marat Husnulin"].explanation


def test_the_kcna_mistranslated_title_is_an_error() -> None:
    (finding,) = [f for f in article().findings if f.korean == "자연부원생태학상"]
    assert finding.verdict == "error"
    assert finding.found == "Minister of Natural Ecology"
    assert finding.expected == "Minister of Natural Resources and Ecology"


def test_the_cosmodrome_is_missing_twice() -> None:
    found = [f for f in article().findings if f.korean == "워스또츠느이우주발사장"]
    assert [f.verdict for f in found] == ["missing", "missing"]
    assert all(f.found is None and f.english_span is None for f in found)


def test_no_false_error_on_the_article() -> None:
    errors = sorted(str(f.found) for f in article().findings if f.verdict == "error")
    assert errors == sorted([*NAME_ERRORS, "Minister of Natural Ecology"])


@pytest.mark.parametrize("name", NOT_ERRORS)
def test_accepted_spellings_are_ok_or_variant(name: str) -> None:
    verdicts = {f.verdict for f in article().findings if f.found == name}
    assert verdicts, f"{name} was not located"
    assert verdicts <= {"ok", "variant"}


def test_spans_point_into_the_texts_and_findings_follow_the_korean() -> None:
    report = article()
    for f in report.findings:
        assert report.korean[slice(*f.korean_span)] == f.korean
        if f.english_span is not None:
            assert report.english[slice(*f.english_span)] == f.found
    assert [f.korean_span for f in report.findings] == sorted(
        f.korean_span for f in report.findings
    )
    assert sum(report.summary.values()) == len(report.findings)


@pytest.mark.parametrize(("korean", "english"), [("", "x"), ("김정은", " "), ("Putin", "Putin")])
def test_bad_input(korean: str, english: str) -> None:
    with pytest.raises(InputError):
        check(korean, english)


def test_the_library_never_prints(capsys: pytest.CaptureFixture[str]) -> None:
    check("로씨야련방 외무상 쎄르게이 라브로브동지", "Foreign Minister Sergei Lavrov")
    assert capsys.readouterr() == ("", "")


# --- properties: a synthetic English text listing the article's names in their standard forms

KOREAN = _read("ko.txt")
NAMES = [
    f
    for f in article().findings
    if f.kind in ("russian_name", "korean_name") and f.verdict != "missing"
]
RUSSIAN = sorted({f.korean for f in NAMES if f.kind == "russian_name" and " " in f.korean})


def _english(replace: str | None = None, by: str = "") -> str:
    parts = [by if f.korean == replace else f.expected for f in NAMES]
    return "Comrade " + ", Comrade ".join(parts) + "."


def test_standard_forms_make_no_error() -> None:
    report = check(KOREAN, _english())
    assert report.summary["error"] == 0
    names = [f for f in report.findings if f.kind in ("russian_name", "korean_name")]
    assert {f.verdict for f in names} <= {"ok", "variant"}


def _verdicts(korean_name: str, english: str) -> set[str]:
    report = check(KOREAN, english)
    return {f.verdict for f in report.findings if f.korean == korean_name}


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(RUSSIAN), st.data())
def test_a_changed_letter_is_an_error(name: str, data: st.DataObject) -> None:
    standard, accepted = _russian_forms(name)
    words = standard.split()
    k = data.draw(st.integers(0, len(words) - 1))
    word = words[k]
    assume(len(word) >= 5)
    at = data.draw(st.integers(1, len(word) - 1))
    letter = data.draw(st.sampled_from("bdfgkmnprstvz"))
    assume(word[at].lower() != letter)
    words[k] = word[:at] + letter + word[at + 1 :]
    corrupted = " ".join(words)
    assume(fold(corrupted) not in {fold(a) for a in accepted})
    assert _verdicts(name, _english(name, corrupted)) == {"error"}


@settings(max_examples=10, deadline=None)
@given(st.sampled_from(RUSSIAN))
def test_a_dropped_syllable_is_an_error(name: str) -> None:
    standard, _ = _russian_forms(name)
    given_name, *rest = standard.split()
    corrupted = " ".join([given_name[2:].capitalize(), *rest])
    assert _verdicts(name, _english(name, corrupted)) == {"error"}


@pytest.mark.parametrize("name", RUSSIAN)
def test_letter_by_letter_romanisation_is_an_error(name: str) -> None:
    """The letter-by-letter romanisation of the Hangul is one of the forms names are sought by,
    and its words stay similar enough to the right ones to be paired with them."""
    words = " ".join(romanised(w).capitalize() for w in name.split())
    report = check(KOREAN, _english(name, words))
    (finding, *_) = [f for f in report.findings if f.korean == name]
    assert finding.verdict == "error"
    assert finding.found == words


def test_a_shortened_title_is_no_error_but_a_title_missing_words_inside_is() -> None:
    shortened = check(
        "조선로동당 중앙위원회 비서 리일환동지가 참가하였다.",
        "Ri Il Hwan, secretary of the Central Committee, took part.",
    )
    assert [f.verdict for f in shortened.findings if f.kind == "title"] == ["unverified"]
    gapped = check(
        "자연부원생태학상 알렉싼드르 꼬즐로브동지", "Minister of Natural Ecology Alexander Kozlov"
    )
    assert [f.verdict for f in gapped.findings if f.kind == "title"] == ["error"]
