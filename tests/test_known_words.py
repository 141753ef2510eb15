"""The shipped readings of the likely vocabulary are what the search gives (at the wider beam
they were read with), and they are used only with the tables they were built from."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from translit import NameForms, Translit
from translit.data import Tables
from translit.russian import known_words
from translit.russian.ranking import WORD_BEAM, Scored
from translit.russian.reading import dprk_readings, ranked_readings


def _summary(readings: tuple[Scored, ...]) -> list[tuple[object, ...]]:
    return [
        (
            s.cyrillic,
            s.score,
            s.evidence and (s.evidence.known_name, s.evidence.gazetteer, s.evidence.role),
            s.evidence and s.evidence.gender,
        )
        for s in readings
    ]


@pytest.fixture(scope="module")
def searched(tmp_path_factory: pytest.TempPathFactory) -> Tables:
    """Tables that give the same readings but are not the ones the file was built from: a
    user ranking.tsv repeating a shipped row."""
    folder = tmp_path_factory.mktemp("same")
    (folder / "ranking.tsv").write_text("feature\tweight\nrule_logp\t1.0\n", encoding="utf-8")
    return Tables(folder)


def test_the_shipped_readings_hold_for_the_shipped_tables() -> None:
    assert known_words.usable(), "tables changed: python -m translit.russian.known_words"


def test_a_sample_of_the_vocabulary_reads_as_the_search_reads_it(searched: Tables) -> None:
    words = random.Random(3).sample(sorted(known_words._trie().keys()), 150)
    for word in words:
        stored = known_words.lookup(word)
        assert stored is not None
        with searched.active():
            assert not known_words.usable()
            ranked = ranked_readings(word, True)[:WORD_BEAM]
            dprk = dprk_readings(word, True)[:3]
        assert _summary(stored[0]) == _summary(ranked), word
        assert _summary(stored[1]) == _summary(dprk), word
        assert (
            stored[1][0].evidence is None or stored[1][0].evidence.charlm == dprk[0].evidence.charlm
        )


def _likely(forms: NameForms) -> tuple[object, ...]:
    """Every form, and the candidates with a chance: the wider search of the shipped readings
    may order the hopeless ones (score 0.0) differently."""
    likely = [c for c in forms.candidates if c.score >= 0.01]
    return forms.cyrillic, forms.south, forms.latin, forms.confidence, likely


def test_names_read_the_same_with_and_without_the_shipped_readings(searched: Tables) -> None:
    names = [
        "울라지미르 울라지미로비치 뿌찐",
        "마리야 자하로바",
        "쎄르게이 쇼이구",
        "안드레이 벨로우쏘브",
    ]
    for name in names:
        assert _likely(Translit().normalize(name)) == _likely(Translit(searched).normalize(name))


def test_a_user_rule_table_turns_the_shipped_readings_off(tmp_path: Path) -> None:
    (tmp_path / "ru_dprk.rules").write_text("#: source: test\nп -> ㅍ / _ у\n", encoding="utf-8")
    with Tables(tmp_path).active():
        assert not known_words.usable()
        assert known_words.lookup("뿌찐") is None


def test_the_shipped_syllable_counts_are_the_detectors_own() -> None:
    from translit.russian.detect import transcribed_syllables

    assert known_words.transcribed_syllables() == dict(transcribed_syllables())
