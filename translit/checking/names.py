"""The finding for each name mention: its accepted English forms, the span of the English
that renders it, and the verdict on that span.

A Russian name accepts the press form, spelling variants and romanisations of
:func:`translit.russian.normalize.normalize` (of every reading at least ``alt_reading_min``
likely), each without its patronymic and the surname alone ("Comrade Putin"); a Korean name
accepts :func:`translit.korean.names.name_variants`.  A name whose Latin reading is the more
likely (브루노 로드리게스 빠릴랴) is judged by that reading too.  A one-word name may also be
Chinese in
Sino-Korean syllables (리강, Li Qiang: :func:`translit.chinese.english_forms`): where the Korean
cannot decide, each reading judges the located English and the best verdict stands.  Names
keep their order across a translation, so the spans of all strong mentions are assigned
jointly.  A Russian "name" that only the detector proposes (no 동지, title or second word
beside it) is reported only when an accepted form of it is in the English: otherwise it was an
ordinary word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from translit.checking.causes import explain, is_misreading, romanised
from translit.checking.finding import Finding
from translit.checking.locate import Span, assign_in_order, extend, name_candidates
from translit.checking.settings import number, scorer, words
from translit.checking.tokens import Token, name_key
from translit.checking.verdicts import name_verdict
from translit.chinese import english_forms
from translit.data import cached
from translit.errors import InputError
from translit.korean.names import name_variants, romanize
from translit.origins.normalize import country, latin_alternative
from translit.russian.latin import latin_forms
from translit.russian.normalize import normalize
from translit.terms.scanner import Match, title_before
from translit.terms.suffixes import CONTEXT_CLASSES, suffixes


@dataclass(frozen=True)
class Reading:
    """One way to read a mention: its standard English, accepted forms and suspect spellings
    (a misreading to name as the cause)."""

    standard: str
    accepted: tuple[str, ...]
    suspects: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """A name of the Korean text with its readings, most likely first; ``strong`` when its
    context (a title, 동지, a second word) makes it a name whatever the English says."""

    match: Match
    readings: tuple[Reading, ...]
    strong: bool

    @property
    def standard(self) -> str:
        return self.readings[0].standard

    @property
    def forms(self) -> tuple[str, ...]:
        """Every accepted and suspect form of every reading (what locating looks for)."""
        return tuple(dict.fromkeys(f for r in self.readings for f in (*r.accepted, *r.suspects)))


def _without_patronymic(form: str) -> list[str]:
    parts = form.split()
    return [f"{parts[0]} {parts[-1]}", parts[-1]] if len(parts) >= 3 else parts[-1:]


def _misread(standard: str, other: str, korean: str) -> bool:
    """Whether the English ``other`` differs from ``standard`` only where a DPRK letter read
    literally explains it (Ludenko for Rudenko: ㄹ is р or л), word by word."""
    pairs = list(zip(name_key(standard).split(), name_key(other).split(), strict=False))
    words = korean.split()
    return len(standard.split()) == len(other.split()) and any(
        a != b and is_misreading(a, b, words[min(k, len(words) - 1)])
        for k, (a, b) in enumerate(pairs)
    )


@cached(maxsize=2048)
def _russian_forms(text: str) -> tuple[str, tuple[str, ...]]:
    """The standard English of a Russian name and every form accepted for it: those of its
    readings at least ``alt_reading_min`` likely, except where a reading differs from the
    first only as a DPRK letter misread would (Лудэнко beside Рудэнко: "Ludenko" stays an
    error, as translators make it)."""
    place = country(text)  # a country in the DPRK's tense consonants: a bare one, its demonym too
    forms = place or normalize(text)
    found = [forms.latin, *forms.latin_variants, *forms.romanizations.values()]
    if place is not None and place.generic is None:
        found += [forms.latin + suffix for suffix in words("demonym_suffixes")]
    for candidate in forms.candidates[1:]:
        if candidate.score >= number("alt_reading_min"):
            other = latin_forms(candidate.cyrillic)
            if not _misread(forms.latin, other.press, text):
                found += other.variants
    found += [short for form in list(found) for short in _without_patronymic(form)]
    return forms.latin, tuple(dict.fromkeys(found))


@cached(maxsize=2048)
def _korean(text: str, letters: str) -> Reading | None:
    """The Korean reading of a name (``None`` when it starts with no Korean surname)."""
    try:
        standard = romanize(text)
    except InputError:
        return None
    accepted = (standard, *sorted(name_variants(text)))
    return Reading(standard, accepted, (romanize(text, system="rr-translit"), letters))


@cached(maxsize=2048)
def _latin(text: str, letters: str) -> tuple[Reading, float] | None:
    """The Latin reading of a name (브루노 로드리게스 빠릴랴 → Bruno Rodriguez Parrilla) and its
    log-odds against the Russian one, when they are at least ``latin_min_log_odds``
    (:func:`translit.origins.normalize.latin_alternative`), else ``None``."""
    try:
        found = latin_alternative(text, number("latin_min_log_odds"))
    except InputError:
        return None
    if found is None:
        return None
    forms, odds = found
    return Reading(forms.latin, forms.latin_variants, (letters,)), odds


@cached(maxsize=2048)
def _chinese(text: str) -> Reading | None:
    """The Chinese reading of a one-word name in Sino-Korean syllables (리강 → Li Qiang)."""
    try:
        forms = english_forms(text)
    except InputError:
        return None
    return Reading(forms[0], forms, ()) if forms else None


def mention(
    match: Match, previous: Match | None, following: Match | None, korean: str
) -> Mention | None:
    """The mention of the name ``match`` (``previous`` and ``following`` are its neighbours in
    the text), or ``None`` when no reading of it can be made."""
    titled = any(suffixes()[s].cls in CONTEXT_CLASSES for s in match.suffixes) or (
        following is not None and following.kind == "title" and following.start == match.end
    )
    after_title = title_before(previous, korean, match.start)
    letters = " ".join(romanised(w).capitalize() for w in match.text.split())
    chinese = _chinese(match.text) if " " not in match.text else None
    if match.kind == "chinese_name":
        korean_reading = _korean(match.text, letters)
        found = tuple(r for r in (chinese, korean_reading) if r is not None)
        return Mention(match, found, True) if found else None
    if match.kind == "korean_name":
        korean_reading = _korean(match.text, letters)
        found = tuple(r for r in (korean_reading, chinese) if r is not None)
        return Mention(match, found, True) if found else None
    try:
        standard, accepted = _russian_forms(match.text)
    except InputError:  # a table error always reaches the user
        return None
    strong = titled or after_title or len(match.text.split()) > 1
    russian = Reading(standard, accepted, (letters,))
    latin = _latin(match.text, letters)
    first: tuple[Reading, ...] = (russian,)
    if latin is not None:  # the more likely reading first: its standard is the one expected
        first = (latin[0], russian) if latin[1] > 0 else (russian, latin[0])
    found = (*first, *filter(None, [chinese]))
    return Mention(match, found, strong)


def _words(tokens: Sequence[Token], span: Span) -> list[str]:
    return [t.text for t in tokens[span.first : span.last]]


_RANK: dict[str, int] = {"ok": 3, "variant": 2, "error": 1}


def _name_finding(
    mention: Mention, tokens: Sequence[Token], english: str, spans: Sequence[Span]
) -> Finding | None:
    """The finding for a name from its first span that renders it, by whichever reading
    judges that span best (``None``: a weak mention with no accepted rendering)."""
    m = mention.match
    last_kept = len(m.text.split()) if m.kind == "russian_name" else 0

    def drop_ok(index: int, length: int) -> bool:
        return last_kept > 0 and index != length - 1

    for span in spans:
        judged = []
        for reading in mention.readings:
            size = len(reading.standard.split())
            wide = extend(tokens, span, size - (span.last - span.first))
            verdict = name_verdict(
                _words(tokens, wide),
                reading.standard,
                reading.accepted,
                m.text,
                drop_ok=drop_ok,
                suspects=reading.suspects,
                transcribed=m.kind == "russian_name",
            )
            if verdict is not None:
                first = tokens[wide.first + verdict.keep[0]]
                last = tokens[wide.first + verdict.keep[1] - 1]
                shown = name_key(english[first.start : last.end])
                score = max(scorer()(shown, name_key(a)) for a in reading.accepted)
                near = max([score, *(scorer()(shown, name_key(a)) for a in reading.suspects)])
                if verdict.verdict == "error" and near < number("error_min_score"):
                    continue  # too unlike every form to misspell it: another name stands there
                judged.append((_RANK.get(verdict.verdict, 0), score, reading, verdict, first, last))
        if not judged:
            continue
        _, score, reading, verdict, first, last = max(judged, key=lambda j: j[:2])
        if not mention.strong and verdict.verdict not in ("ok", "variant"):
            continue
        return Finding(
            kind=m.kind,
            korean=m.text,
            korean_span=(m.start, m.end),
            expected=reading.standard,
            found=english[first.start : last.end],
            english_span=(first.start, last.end),
            verdict=verdict.verdict,
            score=round(score, 1),
            explanation=verdict.explanation,
        )
    if not mention.strong:
        return None
    best = max((s.score for s in spans), default=0.0)
    text = explain("missing", word=mention.standard)
    return Finding(
        kind=m.kind,
        korean=m.text,
        korean_span=(m.start, m.end),
        expected=mention.standard,
        found=None,
        english_span=None,
        verdict="missing",
        score=best,
        explanation=text,
    )


def name_findings(
    mentions: Sequence[Mention], tokens: tuple[Token, ...], english: str
) -> dict[int, Finding]:
    """Findings for name mentions, keyed by Korean start offset."""
    floor, cutoff = number("order_cutoff"), number("locate_cutoff")
    forms = [m.forms for m in mentions]
    sought: dict[tuple[str, ...], list[Span]] = {}  # a name mentioned again is sought once
    for f in forms:
        if f not in sought:
            sought[f] = name_candidates(tokens, f, floor)
    cands = [sought[f] for f in forms]
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
