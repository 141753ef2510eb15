"""Layer 4: the fast paths of the search agree with slow references.  The forward direction
looks its rules up by the letters around a position; the inverse's beam search remembers its
steps across words; the character model looks up a gram's longest suffix it saw.  None may
change a result."""

from __future__ import annotations

import csv
import math
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translit.data import Tables, build, lexicon
from translit.hangul import jamo
from translit.rules import inverse
from translit.rules.language import BOUNDARY, Rule, RuleSet, load
from translit.rules.spell import applied
from translit.russian import charmodel, ranking
from translit.russian.dprk import dprk_spelling
from translit.russian.gazetteer import gazetteer_words

TABLES = ("ru_dprk.rules", "ru_south.rules", "latin_press.rules", "latin_variants.rules")
LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
NAMES = Path(__file__).parent / "data" / "names" / "russian_dev.tsv"
WORDS = [
    "뿌찐",
    "라브로브",
    "쎄르게이",
    "워스또츠느이",
    "가루쯔끼",
    "로쥬제스뜨겐스끼",
    "쌀리스하야",
]


def _first_match(ruleset: RuleSet, word: str, start: int) -> Rule | None:
    """The first rule in file order whose letters and context match at ``start`` of the whole
    word (the boundary outside it)."""
    matching = (
        r
        for r in ruleset.rules
        if word.startswith(r.letters, start)
        and r.left_matches(word, start)
        and r.right_matches(word, start + len(r.letters))
    )
    return next(matching, None)


def _reference(ruleset: RuleSet, word: str) -> list[tuple[int, Rule | None]]:
    found: list[tuple[int, Rule | None]] = []
    i = 0
    while i < len(word):
        rule = _first_match(ruleset, word, i)
        found.append((i, rule))
        i += len(rule.letters) if rule else 1
    return found


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(TABLES), st.text(st.sampled_from(LETTERS + BOUNDARY + "x"), max_size=12))
def test_rules_looked_up_by_their_surroundings_are_the_first_that_match(
    table: str, word: str
) -> None:
    ruleset = load(table)
    assert applied(ruleset, word) == _reference(ruleset, word)


def _read(words: list[str]) -> dict[tuple[str, str], list[inverse.Reading]]:
    return {(w, t): inverse.readings(w, t, charmodel.model()) for w in words for t in TABLES[:2]}


def test_readings_do_not_depend_on_what_the_search_has_seen() -> None:
    words = WORDS + [dprk_spelling(w) for w in ("Темников", "Пабьшина", "Гарнвиг")]
    with Tables().active():
        together = _read(words)
        backwards = _read(words[::-1])
    alone = {}
    for word in words:
        with Tables().active():
            alone |= _read([word])
    assert together == alone == backwards


def test_a_full_memo_starts_afresh_without_changing_a_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Tables().active():
        expected = _read(WORDS)
    monkeypatch.setattr(inverse, "STEP_MEMO", 0)
    with Tables().active():
        assert _read(WORDS) == expected


@pytest.fixture(scope="module")
def gram_counts() -> Counter[str]:
    return build.gram_counts(build.russian_training())


@settings(max_examples=3000, deadline=None)
@given(st.text(st.sampled_from(charmodel.START + LETTERS + charmodel.END), min_size=4, max_size=4))
def test_a_grams_probability_is_its_own_not_only_its_longest_seen_suffixs(
    gram_counts: Counter[str], gram: str
) -> None:
    assert charmodel.gram_logprob(gram) == math.log(build.interpolated(gram, gram_counts))


def test_a_gram_interpolates_every_order_it_was_seen_in(gram_counts: Counter[str]) -> None:
    seen, unseen = "^пут", "^щут"  # щут is seen, but never at a word's start
    assert gram_counts[seen] and not gram_counts[unseen] and gram_counts["щут"]
    contexts = [build.CONTEXT + seen[-1 - k : -1] for k in range(4)]
    shares = [gram_counts[seen[-1 - k :]] / gram_counts[c] for k, c in enumerate(contexts)]
    expected = build.FLOOR + sum(w * s for w, s in zip(build.LAMBDAS, shares, strict=True))
    assert build.interpolated(seen, gram_counts) == pytest.approx(expected)
    assert build.interpolated(unseen, gram_counts) == build.interpolated("щут", gram_counts)
    assert build.interpolated("^ыут", gram_counts) == build.interpolated("ут", gram_counts)
    assert build.interpolated("ааа^", gram_counts) == build.FLOOR  # ^ is never a letter read


def _rank_every_candidate(readings: list[inverse.Reading]) -> list[ranking.Scored]:
    """The reference ranking: every reading in the ``PRESELECT`` best by the evidence that needs
    no parse is parsed and scored, and the ``WORD_BEAM`` best kept."""
    w = ranking.weights()
    model = charmodel.model()

    def cheap(r: inverse.Reading) -> tuple[float, str]:
        plain = r.cyrillic.replace("ё", "е")
        zipf = max(lexicon.russian_zipf(r.cyrillic), lexicon.russian_zipf(plain))
        score = w["rule_logp"] * r.rule_logp + w["charlm"] * model.logprob(r.cyrillic)
        score += w["zipf"] * zipf + w["gazetteer"] * (plain in gazetteer_words())
        return -(score + w["impossible"] * ranking.impossible(r.cyrillic)), r.cyrillic

    candidates = sorted(readings, key=cheap)[: ranking.PRESELECT]
    scored = sorted(map(ranking.score_word, candidates), key=lambda s: (-s.score, s.cyrillic))
    return scored[: ranking.WORD_BEAM]


@pytest.mark.parametrize(
    "word", [*WORDS, "제그쨔로브", "라브렌찌", "부까고브", "하바예바", "빌물린", "까자크"]
)
def test_ranking_parses_only_what_can_enter_the_best_and_keeps_the_same_best(word: str) -> None:
    with Tables().active():
        for table in TABLES[:2]:
            found = inverse.readings(word, table, charmodel.model())
            assert ranking.rank_word(found) == _rank_every_candidate(found)


def _sample_words() -> list[str]:
    """DPRK and South Korean spellings of attested Russian names, and Korean words."""
    with NAMES.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    names = {p for r in rows for c in ("nk_hangul", "sk_hangul") for p in r[c].split()}
    korean = ["로동당", "위원장", "동지", "조선", "평양", "대표단", "회담", "경애하는", "브라질"]
    return sorted(w for w in names | set(korean) if w and all(jamo.is_syllable(c) for c in w))


@pytest.mark.parametrize("table", TABLES[:2])
def test_the_end_test_refuses_only_words_no_reading_spells(
    table: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    words = _sample_words()
    with Tables().active():
        index = inverse.lattice(table)
        assert index.endings is not None  # both tables say how their words can end
        refused = [w for w in words if not jamo.to_jamo(w).endswith(index.endings)]
    monkeypatch.setattr(inverse, "_endings", lambda rules: None)
    with Tables().active():
        assert inverse.lattice(table).endings is None
        assert all(not inverse.readings(w, table, charmodel.model(), inverse.WIDE) for w in refused)
    assert refused  # the sample has words each table cannot end so
