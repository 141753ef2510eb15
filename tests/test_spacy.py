"""The spaCy component ``translit_dprk`` on the bundled KCNA article (extra ``spacy``)."""

from __future__ import annotations

import functools
import importlib.metadata
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

spacy = pytest.importorskip("spacy", reason="spaCy is not installed (extra translit-dprk[spacy])")

from spacy.tokens import Doc, Span  # noqa: E402

from translit import NameForms, TermEntry, find_terms  # noqa: E402
from translit.integrations.spacy import LABELS, TranslitComponent, place_label  # noqa: E402

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "kcna-2023-09-14"
RULE_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}


@functools.cache
def korean() -> str:
    return (ARTICLE / "ko.txt").read_text(encoding="utf-8-sig")


def pipeline(lang: str = "xx", config: dict[str, Any] | None = None) -> Any:
    nlp = spacy.blank(lang, config=RULE_TOKENIZER) if lang == "ko" else spacy.blank(lang)
    nlp.add_pipe("translit_dprk", config=config or {})
    return nlp


@functools.cache
def article_doc() -> Doc:
    return pipeline()(korean())


def ents_of(doc: Doc) -> list[tuple[str, int, int, str, str]]:
    return [(e.text, e.start_char, e.end_char, e.label_, e._.translit_kind) for e in doc.ents]


def test_every_entity_is_exactly_a_match_of_find_terms() -> None:
    doc = article_doc()
    expected = [(m.text, m.start, m.end, m.kind) for m in find_terms(korean()) if m.kind in LABELS]
    assert [(t, s, e, k) for t, s, e, _, k in ents_of(doc)] == expected
    assert len(expected) > 60
    for ent in doc.ents:
        assert ent.text == korean()[ent.start_char : ent.end_char]
    assert doc.text == korean()  # splitting tokens changes no character


def test_names_titles_and_places_are_labelled_with_their_forms() -> None:
    ents = {e.text: e for e in article_doc().ents}
    manturov = ents["제니스 만뚜로브"]
    assert manturov.label_ == "PERSON" and manturov._.translit_kind == "russian_name"
    assert isinstance(manturov._.translit, NameForms)
    assert (manturov._.translit.cyrillic, manturov._.translit.latin) == (
        "Денис Мантуров",
        "Denis Manturov",
    )
    choe = ents["최선희"]
    assert (choe.label_, choe._.translit_kind) == ("PERSON", "korean_name")
    assert choe._.translit["dprk"] == "Choe Son Hui" and choe._.translit["rr"] == "Choe Seon-hui"
    minister = ents["외무상"]
    assert (minister.label_, minister._.translit_kind) == ("TITLE", "title")
    assert isinstance(minister._.translit, TermEntry)
    assert minister._.translit.english == "Foreign Minister"
    assert ents["로씨야련방"].label_ == "GPE"
    assert ents["로씨야련방"]._.translit.english == "Russian Federation"
    assert ents["워스또츠느이우주발사장"].label_ == "LOC"  # a cosmodrome is no GPE
    assert ents["평양"].label_ == "GPE"


def test_glued_honorifics_and_particles_stay_outside_the_span() -> None:
    doc = pipeline()("로씨야련방외무상 쎄르게이 라브로브동지와 회담하시였다.")
    assert ents_of(doc) == [
        ("로씨야련방", 0, 5, "GPE", "place"),
        ("외무상", 5, 8, "TITLE", "title"),
        ("쎄르게이 라브로브", 9, 18, "PERSON", "russian_name"),
    ]
    lavrov = doc.ents[2]
    assert lavrov._.translit_suffixes == ("동지", "와")
    assert lavrov._.translit.latin == "Sergei Lavrov"
    assert [t.text for t in doc[:5]] == ["로씨야련방", "외무상", "쎄르게이", "라브로브", "동지와"]
    kim = next(e for e in article_doc().ents if e.text == "김정은")
    assert kim.end_char < len(korean()) and korean()[kim.end_char : kim.end_char + 2] == "동지"
    assert article_doc()[kim.end].text.startswith("동지")


def test_korean_blank_pipeline_gives_the_same_entities() -> None:
    # spacy.blank("ko") uses mecab-ko by default; its rule-based tokenizer needs nothing more
    doc = pipeline("ko")(korean())
    assert ents_of(doc) == ents_of(article_doc())


def test_labels_are_configurable() -> None:
    doc = pipeline(config={"labels": {"title": "", "event": "EVENT"}})(
        "로씨야련방 외무상 쎄르게이 라브로브동지와 회담하였다."
    )
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("로씨야련방", "GPE"),
        ("쎄르게이 라브로브", "PERSON"),
        ("회담", "EVENT"),
    ]


def test_entities_already_on_the_doc_win_unless_overwritten() -> None:
    nlp = spacy.blank("xx")
    text = "쎄르게이 라브로브동지와 로씨야련방 대통령 울라지미르 뿌찐동지"
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="MINE")]
    TranslitComponent(nlp)(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("쎄르게이 라브로브동지와", "MINE"),  # its tokens were split, but it keeps them all
        ("로씨야련방 대통령", "TITLE"),
        ("울라지미르 뿌찐", "PERSON"),
    ]
    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="MINE")]
    TranslitComponent(nlp, overwrite_ents=True)(doc)
    assert doc.ents[0].label_ == "PERSON" and doc.ents[0]._.translit.latin == "Sergei Lavrov"


def test_place_labels() -> None:
    def entry(english: str) -> TermEntry:
        return TermEntry("x", "x", None, english, (), None, "place", None)

    assert place_label(entry("Lake Baikal")) == "LOC"
    assert place_label(entry("Asia-Pacific region")) == "LOC"
    assert place_label(entry("Kaliningrad Oblast")) == "GPE"
    assert place_label(None) == "GPE"


def test_the_factory_is_found_through_its_entry_point() -> None:
    points = importlib.metadata.entry_points(group="spacy_factories")
    assert {p.name: p.value for p in points}["translit_dprk"] == (
        "translit.integrations.spacy:make_translit"
    )
    script = (
        "import sys, spacy\n"
        "assert 'translit.integrations.spacy' not in sys.modules\n"
        "nlp = spacy.blank('xx')\n"
        "nlp.add_pipe('translit_dprk')\n"
        "print([(e.text, e.label_) for e in nlp('뿌찐동지').ents])\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, check=True
    )
    assert proc.stdout.strip() == "[('뿌찐', 'PERSON')]"


def test_a_parsed_doc_keeps_a_tree_when_tokens_are_split() -> None:
    nlp = spacy.blank("xx")
    doc = Doc(
        nlp.vocab,
        words=["쎄르게이", "라브로브동지와", "만났다"],
        spaces=[True, True, False],
        heads=[1, 2, 2],
        deps=["compound", "nsubj", "ROOT"],
    )
    TranslitComponent(nlp)(doc)
    assert [(t.text, t.head.text) for t in doc] == [
        ("쎄르게이", "라브로브"),  # spaCy points what hung on a split token at its first piece
        ("라브로브", "동지와"),
        ("동지와", "만났다"),
        ("만났다", "만났다"),
    ]
    assert [(e.text, e.label_) for e in doc.ents] == [("쎄르게이 라브로브", "PERSON")]
