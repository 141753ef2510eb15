"""The public surface: its names are pinned, it imports only downwards, results are typed."""

from __future__ import annotations

import pytest

import translit

PUBLIC = (  # noqa: SIM905 - one name per line would copy __init__.py line by line
    "SYSTEMS VERDICTS Candidate Finding InputError Match MentionKind NameForms OptionError "
    "Report System TableError Tables TermEntry Translit TranslitError UnreadError Verdict check "
    "find_terms is_korean_name name_variants normalize romanizations romanize set_overlay "
    "split_name term to_dprk to_south"
).split()


def test_all_is_pinned() -> None:
    assert translit.__all__ == PUBLIC
    assert all(hasattr(translit, name) for name in PUBLIC)


def test_translit_object_offers_every_function_of_the_module() -> None:
    bound = {"normalize", "romanize", "name_variants", "term", "find_terms", "check"}
    bound |= {"to_south", "to_dprk"}
    assert bound <= set(dir(translit.Translit))
    mine = translit.Translit()
    assert mine.normalize("뿌찐") == translit.normalize("뿌찐")
    assert mine.romanize("최선희") == translit.romanize("최선희")
    assert mine.term("외무상") == translit.term("외무상")


def test_a_finding_is_built_by_keyword() -> None:
    finding = translit.Finding(
        kind="russian_name",
        korean="뿌찐",
        korean_span=(0, 2),
        expected="Putin",
        found="Putin",
        english_span=(0, 5),
        verdict="ok",
        score=100.0,
        explanation="",
    )
    assert finding.verdict in translit.VERDICTS


def test_a_translit_object_says_when_a_name_is_a_glossary_term() -> None:
    with pytest.raises(translit.InputError, match="glossary term \\(org\\): State Duma"):
        translit.Translit().normalize("국가회의")
    with pytest.raises(translit.InputError, match="cannot be read as a Russian word"):
        translit.Translit().normalize("읽기")  # a Korean word: no reader reads it
