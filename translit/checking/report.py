"""``check``: compare the names and terms of a DPRK Korean text with their English rendering.

The one place that knows the order of the check stages: the Korean is scanned for mentions
(:func:`translit.terms.scanner.find_terms`); names are located first, in order
(:mod:`translit.checking.names`), and anchor the search for terms (:mod:`translit.checking.terms`).
Verdicts (:mod:`translit.checking.verdicts`):

- ``ok`` the standard form; ``variant`` an accepted one; ``error`` a spelling that names someone
  else or no one (Zenis Manturov, Lussia, Ate Affairs Commission: the same procedure for names,
  places, organisations and titles), or a term with content words left out (a recorded KCNA
  mistranslation such as "Minister of Natural Ecology" is found this way); ``missing`` nothing
  renders a name, or a place, organisation, medium (quoted) or party;
- ``unverified`` (extra) a title or common term that is not rendered in a recorded form, or not
  found: generic words are translated freely, so this is not an error.  Common vocabulary is
  left out unless asked for.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.checking.finding import Finding
from translit.checking.names import mention, name_findings
from translit.checking.settings import number, words
from translit.checking.terms import term_findings
from translit.checking.tokens import tokenize
from translit.errors import InputError, require_text
from translit.hangul import jamo
from translit.hangul.text import composed_with_offsets
from translit.terms.scanner import find_terms
from translit.vocabulary import NAME_KINDS, VERDICTS, Verdict

LOUD: frozenset[Verdict] = frozenset({"error", "missing"})  # reported for every kind
_SYLLABLE = re.compile(f"[{chr(jamo.S_BASE)}-{chr(jamo.S_LAST)}]")  # composing keeps each one


def summary_of(findings: Iterable[Finding]) -> Mapping[Verdict, int]:
    """How many of ``findings`` have each verdict (every verdict present, zeros included)."""
    counts = Counter(f.verdict for f in findings)
    return MappingProxyType({v: counts[v] for v in VERDICTS})


@dataclass(frozen=True)
class Report:
    """The findings in Korean text order, and the texts they point into."""

    korean: str
    english: str
    findings: tuple[Finding, ...]

    @property
    def summary(self) -> Mapping[Verdict, int]:
        """How many findings have each verdict (every verdict present, zeros included)."""
        return summary_of(self.findings)

    @property
    def has_errors(self) -> bool:
        return self.summary["error"] > 0


def _check_texts(korean: str, english: str) -> None:
    if not korean.strip() or not english.strip():
        raise InputError("empty text: give a Korean text and its English translation")
    limit = int(number("max_text_chars"))
    for label, text in (("Korean", korean), ("English", english)):
        if len(text) > limit:
            raise InputError(
                f"the {label} text is too long to check at once: {len(text):,} characters, "
                f"the limit is {limit:,} (split it into articles)"
            )
    if not _SYLLABLE.search(korean) and not _SYLLABLE.search(composed_with_offsets(korean)[0]):
        raise InputError("the Korean text has no Hangul")
    if not re.search(r"[A-Za-z]", unicodedata.normalize("NFD", english)):
        raise InputError("the English text has no Latin letters")


def check(korean: str, english: str, *, vocabulary: bool = False) -> Report:
    """Check the English translation ``english`` of the DPRK Korean text ``korean``.

    Common vocabulary (``quiet_kinds`` of ``tables/check.tsv``: 방문, 우리 나라) is reported only
    with ``vocabulary=True``, or when it is an error or missing.

    Offsets are into the strings as given (decomposed Hangul is read as composed; the CLI
    removes a BOM only)."""
    require_text(korean, "korean")
    require_text(english, "english")
    _check_texts(korean, english)
    tokens = tokenize(english)
    matches = find_terms(korean)
    mentions = []
    for k, match in enumerate(matches):
        if match.kind in NAME_KINDS:
            neighbours = (
                matches[k - 1] if k else None,
                matches[k + 1] if k + 1 < len(matches) else None,
            )
            found = mention(match, *neighbours, korean)
            if found is not None:
                mentions.append(found)
    names = name_findings(mentions, tokens, english)
    anchors = [
        (f.korean_span[0], f.english_span[0]) for f in names.values() if f.english_span is not None
    ]
    ratio = len(english) / max(1, len(korean))
    findings = list(names.values())
    claimed = [f.english_span for f in findings if f.english_span is not None]
    terms = [
        m for m in matches if m.kind not in NAME_KINDS and m.entry is not None and m.entry.english
    ]
    findings += term_findings(terms, korean, tokens, english, anchors, ratio, claimed)
    if not vocabulary:
        quiet = words("quiet_kinds")
        findings = [f for f in findings if f.kind not in quiet or f.verdict in LOUD]
    findings.sort(key=lambda f: f.korean_span)
    return Report(korean, english, tuple(findings))
