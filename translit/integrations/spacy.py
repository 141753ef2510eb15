"""A spaCy pipeline component: DPRK names, places, organisations and titles as ``doc.ents``.

>>> import spacy
>>> nlp = spacy.blank("xx")
>>> _ = nlp.add_pipe("translit_dprk")
>>> doc = nlp("로씨야련방외무상 쎄르게이 라브로브동지와 회담하였다.")
>>> [(e.text, e.label_) for e in doc.ents]
[('로씨야련방', 'GPE'), ('외무상', 'TITLE'), ('쎄르게이 라브로브', 'PERSON')]
>>> doc.ents[2]._.translit.latin, doc.ents[2]._.translit_suffixes
('Sergei Lavrov', ('동지', '와'))

The component scans ``doc.text`` with :func:`translit.find_terms`, the segmenter ``check``
uses, and splits tokens where a match begins or ends inside one (DPRK glues titles, 동지 and
particles to names: 라브로브동지와 becomes 라브로브 + 동지와), so that every entity's text is
exactly the match: suffixes stay outside.  Labels follow spaCy's (OntoNotes) scheme: PERSON for
Russian, Korean and Chinese personal names, GPE for countries, cities and administrative units,
LOC for other places (seas, rivers, mountains, regions, buildings and squares), ORG for
organisations, ministries, parties and media, and TITLE, a label of this component, for
titles.  Every entity carries ``Span._.translit_kind`` (``russian_name``, ``korean_name``,
``chinese_name``, ``place``, ``title``, …),
``Span._.translit`` (the :class:`~translit.NameForms` of a Russian name, the romanisations dict
of a Korean name, the Chinese readings of a Chinese one, the :class:`~translit.TermEntry` of a
term) and ``Span._.translit_suffixes``.

Registered as the factory ``translit_dprk`` through the ``spacy_factories`` entry point, so
``nlp.add_pipe("translit_dprk")`` works without importing this module.  Config: ``labels``
(kind → label, merged into the defaults: ``{"event": "EVENT"}`` adds events, ``{"title": ""}``
leaves titles out),
``overwrite_ents`` (``False``: entities already on the doc win where they overlap) and
``tables`` (a directory of user tables, as ``translit --tables``).  It works on any tokenizer;
``spacy.blank("ko")`` needs mecab-ko for its default tokenizer, and runs without it with
``config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}}``.
"""

from __future__ import annotations

import contextlib
import itertools
import re
from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from translit.chinese import readings as chinese_readings
from translit.data import Tables
from translit.errors import InputError
from translit.korean.names import romanizations
from translit.russian.normalize import normalize
from translit.terms.glossary import TermEntry
from translit.terms.scanner import Match, find_terms

FACTORY = "translit_dprk"
LABELS: Mapping[str, str] = {
    "russian_name": "PERSON",
    "korean_name": "PERSON",
    "chinese_name": "PERSON",
    "place": "GPE",
    "org": "ORG",
    "ministry": "ORG",
    "party": "ORG",
    "media": "ORG",
    "title": "TITLE",
}
# English words that make a place a LOC, not a GPE (OntoNotes: non-GPE locations, bodies of
# water, mountains, regions; buildings too, which OntoNotes calls FAC)
LOC_WORDS = frozenset(
    [
        "River",
        "Sea",
        "Ocean",
        "Lake",
        "Peninsula",
        "Island",
        "Islands",
        "Mount",
        "Mountains",
        "Hill",
        "Urals",
        "Siberia",
        "Arctic",
        "Asia",
        "Africa",
        "Europe",
        "America",
        "East",
        "Street",
        "Square",
        "Stadium",
        "Tower",
        "Museum",
        "Hall",
        "House",
        "Palace",
        "Cemetery",
        "Airport",
        "Cosmodrome",
        "Ground",
        "Zone",
        "Area",
        "Kremlin",
    ]
)
EXTENSIONS = {"translit_kind": None, "translit": None, "translit_suffixes": ()}

for _name, _default in EXTENSIONS.items():
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=_default)


def place_label(entry: TermEntry | None) -> str:
    """``LOC`` for a place whose English names a feature, region or building, else ``GPE``."""
    english = entry.english if entry is not None else None
    words = set(re.split(r"[\s-]+", english)) if english else set()
    return "LOC" if words & LOC_WORDS else "GPE"


def forms_of(match: Match) -> Any:
    """What ``Span._.translit`` holds for a match (``None`` when a name cannot be read)."""
    try:
        if match.kind == "russian_name":
            return normalize(match.text)
        if match.kind == "korean_name":
            return romanizations(match.text)
        if match.kind == "chinese_name":
            return chinese_readings(match.text)
    except InputError:
        return None
    return match.entry


def _split_at(doc: Doc, cuts: Iterable[int]) -> None:
    """Split the tokens of ``doc`` so that every offset in ``cuts`` is a token boundary."""
    cuts = sorted(set(cuts))
    pending: list[tuple[Token, list[str]]] = []
    for token in doc:
        start, end = token.idx, token.idx + len(token.text)
        inside = [c - start for c in cuts if start < c < end]
        if inside:
            edges = [0, *inside, len(token.text)]
            pending.append((token, [token.text[a:b] for a, b in itertools.pairwise(edges)]))
    if not pending:
        return
    parsed = doc.has_annotation("DEP")
    with doc.retokenize() as retokenizer:
        for token, pieces in pending:
            last = len(pieces) - 1
            heads: list[Token | tuple[Token, int]]
            if parsed:  # the pieces hang on the last one, which keeps the token's head
                top = token.head if token.head.i != token.i else (token, last)
                heads = [*[(token, last)] * last, top]
            else:
                heads = [(token, i) for i in range(len(pieces))]
            retokenizer.split(token, pieces, heads=heads)


class TranslitComponent:
    """The ``translit_dprk`` pipeline component (see the module docstring)."""

    def __init__(
        self,
        nlp: Language,
        name: str = FACTORY,
        *,
        labels: Mapping[str, str] | None = None,
        overwrite_ents: bool = False,
        tables: str | None = None,
    ) -> None:
        self.name = name
        self.labels = {k: v for k, v in (LABELS if labels is None else labels).items() if v}
        self.overwrite_ents = overwrite_ents
        self.tables = Tables(tables) if tables is not None else None

    def _active(self) -> AbstractContextManager[Any]:
        """The component's tables, else the process default (``TRANSLIT_TABLES``)."""
        return self.tables.active() if self.tables is not None else contextlib.nullcontext()

    def matches(self, text: str) -> list[Match]:
        """The matches of ``text`` that become entities (kinds in :attr:`labels`)."""
        with self._active():
            return [m for m in find_terms(text) if m.kind in self.labels]

    def __call__(self, doc: Doc) -> Doc:
        matches = self.matches(doc.text)
        _split_at(doc, (edge for m in matches for edge in (m.start, m.end)))
        spans = []
        with self._active():
            for match in matches:
                label = self.labels[match.kind]
                if match.kind == "place" and label == "GPE":
                    label = place_label(match.entry)
                span = doc.char_span(match.start, match.end, label=label)
                if span is None:  # cannot happen: tokens were split at every match edge
                    raise RuntimeError(f"no token boundary at {match.text!r} [{match.start}]")
                span._.translit_kind = match.kind
                span._.translit = forms_of(match)
                span._.translit_suffixes = match.suffixes
                spans.append(span)
        if self.overwrite_ents:
            doc.ents = spans
        else:
            taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
            free = [s for s in spans if taken.isdisjoint(range(s.start, s.end))]
            doc.ents = sorted([*doc.ents, *free], key=lambda s: s.start)
        return doc


@Language.factory(
    FACTORY,
    default_config={"labels": dict(LABELS), "overwrite_ents": False, "tables": None},
    assigns=["doc.ents", "span._.translit", "span._.translit_kind", "span._.translit_suffixes"],
)
def make_translit(
    nlp: Language,
    name: str,
    labels: dict[str, str],
    overwrite_ents: bool,
    tables: str | None,
) -> TranslitComponent:
    """Build the component (spaCy calls this for ``nlp.add_pipe("translit_dprk")``)."""
    return TranslitComponent(nlp, name, labels=labels, overwrite_ents=overwrite_ents, tables=tables)
