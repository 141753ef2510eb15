"""``check``: compare the names and terms of a DPRK Korean text with their English rendering.

Mentions come from :func:`translit.terms.find_terms`.  Each gets its standard English form and
every accepted one: a Russian name the press form, spelling variants and romanisations of
:func:`translit.normalizer.normalize` (of every reading at least ``alt_reading_min`` likely),
each without its patronymic and the surname alone ("Comrade Putin"); a Korean name
:func:`translit.korean_names.name_variants`; a term the glossary's English and variants (with
place names swapped for their variants: … of the DPRK = … of the Democratic People's Republic
of Korea).  Names are located first, in order (:mod:`translit.align`), and anchor the search
for terms.  Verdicts (:mod:`translit.verdicts`):

- ``ok`` the standard form; ``variant`` an accepted one; ``error`` a spelling that names someone
  else or no one, or a term with content words left out (a recorded KCNA mistranslation such as
  "Minister of Natural Ecology" is found this way); ``missing`` nothing renders a name, or a
  place, organisation, medium or party;
- ``unverified`` (extra) a title or common term that is not rendered in a recorded form, or not
  found: generic words are translated freely, so this is not an error.

A Russian "name" that only the detector proposes (no 동지, title or second word beside it) is
reported only when an accepted form of it is in the English: otherwise it was an ordinary word.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from translit import hangul, latin, tables
from translit.align import (
    Span,
    Token,
    assign_in_order,
    extend,
    name_candidates,
    name_key,
    number,
    scorer,
    tokenize,
)
from translit.errors import InputError, TranslitError
from translit.korean_names import name_variants, romanize
from translit.normalizer import normalize
from translit.term_verdicts import locate_term
from translit.terms import CONTEXT_CLASSES, Match, find_terms, suffixes
from translit.verdicts import Finding, Verdict, explain, name_verdict, romanised

VERDICTS = ("ok", "variant", "error", "missing", "unverified")
NAME_KINDS = ("russian_name", "korean_name")


@dataclass(frozen=True)
class Report:
    """The findings in Korean text order, and the texts they point into."""

    korean: str
    english: str
    findings: tuple[Finding, ...]

    @property
    def summary(self) -> Mapping[str, int]:
        """How many findings have each verdict (every verdict present, zeros included)."""
        counts = Counter(f.verdict for f in self.findings)
        return MappingProxyType({v: counts[v] for v in VERDICTS})

    @property
    def has_errors(self) -> bool:
        return self.summary["error"] > 0


@dataclass(frozen=True)
class Mention:
    match: Match
    standard: str
    accepted: tuple[str, ...]
    suspects: tuple[str, ...]
    strong: bool


def _without_patronymic(form: str) -> list[str]:
    parts = form.split()
    return [f"{parts[0]} {parts[-1]}", parts[-1]] if len(parts) >= 3 else parts[-1:]


@functools.lru_cache(maxsize=2048)
def _russian_forms(text: str) -> tuple[str, tuple[str, ...]]:
    forms = normalize(text)
    found = [forms.latin, *forms.latin_variants, *forms.romanizations.values()]
    for candidate in forms.candidates[1:]:
        if candidate.score >= number("alt_reading_min"):
            found += latin.latin_forms(candidate.cyrillic).variants
    found += [short for form in list(found) for short in _without_patronymic(form)]
    return forms.latin, tuple(dict.fromkeys(found))


tables.on_overlay_change(_russian_forms.cache_clear)


def _mention(match: Match, previous: Match | None, korean: str) -> Mention | None:
    titled = any(suffixes()[s].cls in CONTEXT_CLASSES for s in match.suffixes)
    after_title = (
        previous is not None
        and previous.kind == "title"
        and korean[previous.end + len(previous.suffix) : match.start].isspace()
    )
    letters = " ".join(romanised(w).capitalize() for w in match.text.split())
    if match.kind == "korean_name":
        standard = romanize(match.text)
        accepted = (standard, *sorted(name_variants(match.text)))
        suspect = romanize(match.text, system="rr-translit")
        return Mention(match, standard, accepted, (suspect, letters), True)
    try:
        standard, accepted = _russian_forms(match.text)
    except TranslitError:
        return None
    strong = titled or after_title or len(match.text.split()) > 1
    return Mention(match, standard, accepted, (letters,), strong)


def _words(tokens: Sequence[Token], span: Span) -> list[str]:
    return [t.text for t in tokens[span.first : span.last]]


def _name_finding(
    mention: Mention, tokens: Sequence[Token], english: str, spans: Sequence[Span]
) -> Finding | None:
    """The finding for a name from its first span that renders it (``None``: a weak mention
    with no accepted rendering)."""
    m = mention.match
    last_kept = len(m.text.split()) if m.kind == "russian_name" else 0

    def drop_ok(index: int, length: int) -> bool:
        return last_kept > 0 and index != length - 1

    size = len(mention.standard.split())
    for span in spans:
        span = extend(tokens, span, size - (span.last - span.first))
        verdict: Verdict | None = name_verdict(
            _words(tokens, span),
            mention.standard,
            mention.accepted,
            m.text,
            drop_ok=drop_ok,
            suspects=mention.suspects,
        )
        if verdict is None or (not mention.strong and verdict.verdict not in ("ok", "variant")):
            continue
        first, last = tokens[span.first + verdict.keep[0]], tokens[span.first + verdict.keep[1] - 1]
        shown = name_key(english[first.start : last.end])
        score = max(scorer()(shown, name_key(a)) for a in mention.accepted)
        return Finding(
            m.kind,
            m.text,
            (m.start, m.end),
            mention.standard,
            english[first.start : last.end],
            (first.start, last.end),
            verdict.verdict,
            round(score, 1),
            verdict.explanation,
        )
    if not mention.strong:
        return None
    best = max((s.score for s in spans), default=0.0)
    text = explain("missing", word=mention.standard)
    return Finding(
        m.kind, m.text, (m.start, m.end), mention.standard, None, None, "missing", best, text
    )


def _names(
    mentions: Sequence[Mention], tokens: tuple[Token, ...], english: str
) -> dict[int, Finding]:
    """Findings for name mentions, keyed by Korean start offset."""
    floor, cutoff = number("order_cutoff"), number("locate_cutoff")
    cands = [name_candidates(tokens, (*m.accepted, *m.suspects), floor) for m in mentions]
    strong = [k for k, m in enumerate(mentions) if m.strong]
    ordered = assign_in_order([cands[k] for k in strong], floor)
    chosen: dict[int, Span | None] = dict(zip(strong, ordered, strict=True))
    found: dict[int, Finding] = {}
    for k, mention in enumerate(mentions):
        span = chosen.get(k)
        others = [s for s in cands[k] if s.score >= cutoff and s != span]
        finding = _name_finding(mention, tokens, english, ([span] if span else []) + others)
        if finding is not None:
            found[mention.match.start] = finding
    return found


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
    if not any(hangul.is_syllable(ch) for ch in hangul.composed_with_offsets(korean)[0]):
        raise InputError("the Korean text has no Hangul")
    if not re.search(r"[A-Za-z]", english):
        raise InputError("the English text has no Latin letters")


def check(korean: str, english: str) -> Report:
    """Check the English translation ``english`` of the DPRK Korean text ``korean``.

    Offsets are into the strings as given (decomposed Hangul is read as composed; the CLI
    removes a BOM only)."""
    _check_texts(korean, english)
    tokens = tokenize(english)
    matches = find_terms(korean)
    mentions = []
    for k, match in enumerate(matches):
        if match.kind in NAME_KINDS:
            mention = _mention(match, matches[k - 1] if k else None, korean)
            if mention is not None:
                mentions.append(mention)
    names = _names(mentions, tokens, english)
    anchors = [
        (f.korean_span[0], f.english_span[0]) for f in names.values() if f.english_span is not None
    ]
    ratio = len(english) / max(1, len(korean))
    findings = list(names.values())
    for match in matches:
        if match.kind not in NAME_KINDS and match.entry is not None and match.entry.english:
            findings.append(locate_term(match, tokens, english, anchors, ratio))
    findings.sort(key=lambda f: f.korean_span)
    return Report(korean, english, tuple(findings))
