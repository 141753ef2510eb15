"""Tests of ``tables/ru_south.rules``: Russian -> South Korean standard Hangul (NIKL, 표 19).

Three sources of truth, each measured and printed by ``test_summary`` (run with ``-s``):

* the hangulize Russian test list (``shared/peer/hangulize_rus_tests.tsv``, mostly the official
  NIKL examples), target >= 95 %;
* the South forms of the person and place rows of ``shared/data/dev_names.tsv`` whose South form is
  a transcription (conventional / translated forms are listed in ``CONVENTIONAL`` and skipped),
  target >= 90 %;
* the names of the 2023-09-14 KCNA article (all must pass).

Rows the rules cannot (and should not) satisfy are listed with a reason and asserted to still
diverge, so the lists cannot go stale.
"""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from translit.data import Sample, current
from translit.hangul import jamo
from translit.hangul.text import clean
from translit.rules.language import load
from translit.rules.spell import spell, spell_hangul

TABLE = "ru_south.rules"
SHARED = Path(__file__).resolve().parents[2] / "shared"
PEER_FILE = SHARED / "peer" / "hangulize_rus_tests.tsv"
DEV_FILE = SHARED / "data" / "dev_names.tsv"

RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
DEV_KINDS = {"person", "place"}


def _south(text: str) -> str:
    """What the caller gets: input cleaned (NFC, stress marks stripped), then the rules."""
    return spell_hangul(load(TABLE), clean(text))


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _same(got: str, expected: str) -> bool:
    # NIKL writes hyphenated Russian names solid (페트로파블롭스크캄차츠키); the engine keeps the
    # caller's hyphen between parts, so hyphens are not compared.
    return got.replace("-", "") == expected.replace("-", "")


# --- peer list (hangulize) ------------------------------------------------------------------

# Every row of the peer list is currently satisfied (the two stress-marked rows too, once the
# caller's cleaning strips the marks), so nothing is listed here.  A row added here must keep
# diverging: see test_peer_known_divergent_still_diverge.
KNOWN_DIVERGENT: dict[str, str] = {}

PEER_ROWS = _read_tsv(PEER_FILE) if PEER_FILE.is_file() else []


@pytest.mark.skipif(not PEER_ROWS, reason="peer file not available")
@pytest.mark.parametrize("row", PEER_ROWS, ids=lambda r: r["cyrillic"])
def test_peer_row(row: dict[str, str]) -> None:
    if row["cyrillic"] in KNOWN_DIVERGENT:
        pytest.skip(KNOWN_DIVERGENT[row["cyrillic"]])
    assert _south(row["cyrillic"]) == row["hangul_south"]


@pytest.mark.skipif(not PEER_ROWS, reason="peer file not available")
def test_peer_known_divergent_still_diverge() -> None:
    by_input = {r["cyrillic"]: r["hangul_south"] for r in PEER_ROWS}
    for cyrillic, reason in KNOWN_DIVERGENT.items():
        assert cyrillic in by_input, f"{cyrillic} is no longer in the peer file"
        assert _south(cyrillic) != by_input[cyrillic], f"{cyrillic} now passes ({reason})"


def _peer_accuracy() -> tuple[int, int]:
    ok = sum(_south(r["cyrillic"]) == r["hangul_south"] for r in PEER_ROWS)
    return ok, len(PEER_ROWS)


@pytest.mark.skipif(not PEER_ROWS, reason="peer file not available")
def test_peer_accuracy() -> None:
    ok, total = _peer_accuracy()
    assert ok / total >= 0.95


# --- dev list: person and place rows --------------------------------------------------------

# South forms that are not a transcription of the Cyrillic: they belong in the lexicon.
CONVENTIONAL: dict[str, str] = {
    "Шаман": "stage name written from the English/Korean word 샤먼, not transcribed (샤만)",
    "Россия": "관용 러시아 (rules.md §2.4)",
    "Киев": "키이우: Ukrainian-based form (NIKL 2022)",
    "Амурская область": "translated: 아무르주",
    "Санкт-Петербург": "관용 상트페테르부르크; the table has no нкт -> ㅇ rule (see its header)",
    "СССР": "abbreviation, translated 소련",
    "Балтийское море": "translated: 발트해",
    "Каспийское море": "translated: 카스피해",
    "Беларусь": "country name 벨라루스 (관용; rule gives 벨라루시)",
    "Нева": "generic added: 네바강",
    "Пискарёвское кладбище": "кладбище translated: 묘지",
    "Калининградская область": "translated: 칼리닌그라드주",
    "Литва": "country name from English/Latin: 리투아니아",
    "Дальневосточный федеральный округ": "translated: 극동 연방관구",
    "Польша": "country name from English: 폴란드",
    "остров Русский": "translated: 루스키섬",
    "Алтайский край": "край translated: 지방",
    "Приморский край": "край translated: 지방",
    "Сибирь": "관용 시베리아",
    "Николай Николаевич Муравьёв-Амурский": "South form drops the patronymic",
}

# Plain names whose attested South form departs from the NIKL rules; the rule output is kept.
DEV_DIVERGENT: dict[str, str] = {
    "Андрей Борисович Кулик": "press 쿨릭; 표 19 word-final к → 크 (칼미크): 쿨리크",
    "Олег Кожемяко": "press 올레그 (English Oleg); 표 19 final г → 크 (안다르바크): 올레크",
    "Олег Гуменюк": "press 올레그 (English Oleg); 표 19 final г → 크 (안다르바크): 올레크",
    "Михаил Дегтярёв": "press 데그탸료프 (south_press); 제1항 г before т → ㄱ받침: 덱탸료프",
}

DEV_ROWS = [r for r in _read_tsv(DEV_FILE) if r["kind"] in DEV_KINDS] if DEV_FILE.is_file() else []
DEV_PLAIN = [r for r in DEV_ROWS if r["russian_cyrillic"] not in CONVENTIONAL]


@pytest.mark.skipif(not DEV_ROWS, reason="dev list not available")
@pytest.mark.parametrize("row", DEV_PLAIN, ids=lambda r: r["russian_cyrillic"])
def test_dev_row(row: dict[str, str]) -> None:
    if row["russian_cyrillic"] in DEV_DIVERGENT:
        pytest.skip(DEV_DIVERGENT[row["russian_cyrillic"]])
    assert _same(_south(row["russian_cyrillic"]), row["sk_hangul"])


@pytest.mark.skipif(not DEV_ROWS, reason="dev list not available")
def test_dev_lists_do_not_go_stale() -> None:
    by_input = {r["russian_cyrillic"]: r["sk_hangul"] for r in DEV_ROWS}
    for cyrillic in [*CONVENTIONAL, *DEV_DIVERGENT]:
        assert cyrillic in by_input, f"{cyrillic} is no longer a person/place row of the dev list"
    for cyrillic, reason in [*CONVENTIONAL.items(), *DEV_DIVERGENT.items()]:
        got = _south(cyrillic)
        assert not _same(got, by_input[cyrillic]), f"{cyrillic} now gives {got} ({reason})"


def _dev_accuracy() -> tuple[int, int]:
    ok = sum(_same(_south(r["russian_cyrillic"]), r["sk_hangul"]) for r in DEV_PLAIN)
    return ok, len(DEV_PLAIN)


@pytest.mark.skipif(not DEV_ROWS, reason="dev list not available")
def test_dev_accuracy() -> None:
    ok, total = _dev_accuracy()
    assert ok / total >= 0.90


# --- names of the article -------------------------------------------------------------------

ARTICLE = {
    "Денис Мантуров": "데니스 만투로프",
    "Виталий Савельев": "비탈리 사벨리예프",
    "Алексей Оверчук": "알렉세이 오베르추크",
    "Марат Хуснуллин": "마라트 후스눌린",
    "Владимир Владимирович Путин": "블라디미르 블라디미로비치 푸틴",
    "Восточный": "보스토치니",
    "Сергей Лавров": "세르게이 라브로프",
    "Сергей Шойгу": "세르게이 쇼이구",
    "Юрий Трутнев": "유리 트루트네프",
    "Дмитрий Песков": "드미트리 페스코프",
    "Александр Козлов": "알렉산드르 코즐로프",
    "Александр Мацегора": "알렉산드르 마체고라",
    "Андрей Белоусов": "안드레이 벨로우소프",
}


@pytest.mark.parametrize(("cyrillic", "expected"), ARTICLE.items())
def test_article_names(cyrillic: str, expected: str) -> None:
    assert _south(cyrillic) == expected


# --- the table's own samples and its coverage -----------------------------------------------


@pytest.mark.parametrize("sample", current().file(TABLE).samples, ids=lambda s: s.input)
def test_table_sample(sample: Sample) -> None:
    assert spell_hangul(load(TABLE), sample.input) == sample.expected


def test_metadata_and_rule_comments() -> None:
    table = current().file(TABLE)
    assert table.meta.get("name")
    assert "korean.go.kr" in table.meta["source"] and "hangulize" in table.meta["source"]
    assert len(table.samples) >= 15
    for line in table.lines:
        if "->" in line.text:
            comment = line.text.partition(" %")[2]
            assert "항" in comment or "표 19" in comment, line


@pytest.mark.parametrize("letter", RUSSIAN)
def test_every_letter_has_a_default_rule(letter: str) -> None:
    ruleset = load(TABLE)
    assert any(r.letters == letter and not r.left and not r.right for r in ruleset.rules)


def _check_output(word: str) -> None:
    spelled = spell(load(TABLE), word)
    assert spelled, word
    out = spell_hangul(load(TABLE), word)
    assert out, word
    assert unicodedata.normalize("NFC", out) == out, word
    assert all(jamo.is_syllable(ch) for ch in out), (word, out)


@pytest.mark.parametrize("letter", RUSSIAN)
def test_each_letter_alone_and_in_context(letter: str) -> None:
    for word in (
        letter,
        f"а{letter}а",
        f"а{letter}",
        f"{letter}а",
        f"а{letter}т",
        f"т{letter}а",
        f"{letter}т",
        f"т{letter}",
        f"ь{letter}",
        f"{letter}ь",
        f"л{letter}к",
    ):
        _check_output(word)


def test_every_letter_pair() -> None:
    for first in RUSSIAN:
        for second in RUSSIAN:
            _check_output(first + second)
            _check_output(f"а{first}{second}")


# --- summary --------------------------------------------------------------------------------


def test_summary() -> None:
    lines = ["", "ru_south.rules accuracy"]
    if PEER_ROWS:
        ok, total = _peer_accuracy()
        lines.append(
            f"  peer (hangulize/NIKL): {ok}/{total} = {ok / total:.1%}"
            f"  (known divergent: {len(KNOWN_DIVERGENT)})"
        )
    if DEV_ROWS:
        ok, total = _dev_accuracy()
        lines.append(
            f"  dev list person/place (plain names): {ok}/{total} = {ok / total:.1%}"
            f"  ({len(CONVENTIONAL)} conventional rows skipped,"
            f" {len(DEV_DIVERGENT)} known divergent)"
        )
        for cyrillic, reason in DEV_DIVERGENT.items():
            lines.append(f"    divergent: {cyrillic} -> {_south(cyrillic)}: {reason}")
    ok = sum(_south(c) == e for c, e in ARTICLE.items())
    lines.append(f"  article names: {ok}/{len(ARTICLE)}")
    print("\n".join(lines))


# --- the press's departures from NIKL (the rules' second outputs, tagged [P]) ----------------


@pytest.mark.parametrize(
    ("cyrillic", "nikl", "press"),
    [
        ("Сергей Рябков", "세르게이 럅코프", "세르게이 랴브코프"),  # б: a vowel before it
        ("Михаил Дегтярёв", "미하일 덱탸료프", "미하일 데그탸료프"),  # г likewise
        ("Мусоргский", "무소륵스키", "무소륵스키"),  # after a consonant the press keeps NIKL's
        ("Хабаровск", "하바롭스크", "하바롭스크"),  # в: 받침 in the press too
        ("Находка", "나홋카", "나홋카"),  # д: 받침 in the press too
    ],
)
def test_the_press_form_departs_only_where_the_table_says(
    cyrillic: str, nikl: str, press: str
) -> None:
    ruleset = load(TABLE)
    assert spell_hangul(ruleset, cyrillic) == nikl
    assert spell_hangul(ruleset, cyrillic, second=True) == press


@pytest.mark.skipif(not DEV_ROWS, reason="dev list not available")
def test_the_press_form_is_the_attested_one_where_nikl_is_not() -> None:
    from translit.russian.south import south_spelling

    attested = {r["russian_cyrillic"]: r["sk_hangul"] for r in DEV_ROWS}
    name = "Михаил Дегтярёв"
    assert south_spelling(name) != attested[name]
    assert south_spelling(name, press=True) == attested[name]
