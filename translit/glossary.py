"""The DPRK political glossary: ``term(word)`` → a :class:`TermEntry` with every form of a term.

``tables/glossary.tsv`` is written once, DPRK form first; the indexes by DPRK form, by South
Korean form and by spacing-insensitive key (DPRK glues words: 정부부수상 = 정부 부수상) are
derived here.  A lookup tries, in order: the DPRK form, the South form, both without spaces, a
compound of known parts (a head-last reading, with the link words of
``tables/compound_links.tsv``), and the Russian-name pipeline for words
that are transcribed rather than translated (쁘라우다).  A word none of these knows comes back
as an entry of ``None`` values with a ``note``; that is not an error.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType

from translit import hangul, tables
from translit.detect import russian_spelling_score
from translit.errors import TableError, TableProblem, TranslitError
from translit.normalizer import normalize

TABLE = "glossary.tsv"
LINKS = "compound_links.tsv"
SETTINGS = "scanner.tsv"
ROLES = frozenset({"conjunction", "preposition"})
KINDS = frozenset({"title", "org", "ministry", "place", "term", "media", "party", "event"})
QUOTES = "《》〈〉「」\"'"


@dataclass(frozen=True)
class TermEntry:
    """One term in all its forms; ``kind`` is a glossary kind, ``"compound"`` parts aside,
    ``"transcription"`` for the Russian-name fallback, or ``None`` when nothing is known."""

    input: str
    dprk: str | None
    south: str | None
    english: str | None
    english_variants: tuple[str, ...]
    kcna_english: str | None
    kind: str | None
    source: str | None
    note: str | None = None


@dataclass(frozen=True)
class Glossary:
    """The glossary rows and the indexes derived from them (first row wins in each index)."""

    entries: tuple[TermEntry, ...]
    by_dprk: Mapping[str, TermEntry]
    by_south: Mapping[str, TermEntry]


def compact(text: str) -> str:
    """The spacing-insensitive key of a term: no whitespace, no quotation marks."""
    return "".join(ch for ch in text if not ch.isspace() and ch not in QUOTES)


def _entry(row: Mapping[str, str]) -> TermEntry:
    variants = tuple(v.strip() for v in row.get("english_variants", "").split("|") if v.strip())
    return TermEntry(
        input=row["dprk"],
        dprk=row["dprk"],
        south=row.get("south") or None,
        english=row["english"],
        english_variants=variants,
        kcna_english=row.get("kcna_english") or None,
        kind=row["kind"],
        source=row["source"],
        note=row.get("note") or None,
    )


@functools.cache
def glossary() -> Glossary:
    """Load and validate the glossary; every problem is reported at once as ``path:line``.

    A DPRK key (compared without spaces) may appear once per file; an overlay row replaces
    the bundled row with the same key.
    """
    table = tables.read_tsv(TABLE, required=("dprk", "english", "kind", "source"))
    problems: list[TableProblem] = []
    seen: dict[str, tables.Line] = {}
    entries: list[TermEntry] = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        key = compact(row["dprk"])
        if not any(hangul.is_syllable(ch) for ch in key):
            problems.append(line.problem(f"dprk {row['dprk']!r} has no Hangul"))
        if row["kind"] not in KINDS:
            problems.append(line.problem(f"kind {row['kind']!r} is not one of {sorted(KINDS)}"))
        first = seen.get(key)
        if first is None:
            seen[key] = line
            entries.append(_entry(row))
        elif first.path == line.path:
            problems.append(
                line.problem(f"duplicate dprk {row['dprk']!r} (first at line {first.number})")
            )
    if problems:
        raise TableError(problems)
    by_dprk: dict[str, TermEntry] = {}
    by_south: dict[str, TermEntry] = {}
    for entry in entries:
        assert entry.dprk is not None
        by_dprk.setdefault(compact(entry.dprk), entry)
        if entry.south:
            by_south.setdefault(compact(entry.south), entry)
    return Glossary(tuple(entries), MappingProxyType(by_dprk), MappingProxyType(by_south))


tables.on_overlay_change(glossary.cache_clear)


def setting(name: str) -> float:
    """A numeric setting of ``tables/scanner.tsv``."""
    settings = tables.read_numbers(SETTINGS, "setting", "value")
    if name not in settings:
        raise TableError(
            [TableProblem(tables.read_file(SETTINGS).path, 0, f"setting {name!r} is missing")]
        )
    return settings[name]


def lookup(word: str) -> TermEntry | None:
    """The glossary entry for ``word`` in DPRK or South form, spacing ignored; else ``None``."""
    key = compact(word)
    index = glossary()
    found = index.by_dprk.get(key) or index.by_south.get(key)
    return replace(found, input=word) if found is not None else None


@functools.cache
def links() -> Mapping[str, tuple[str, str]]:
    """Link words of compounds (겸, 주재): key → (role, English)."""
    table = tables.read_tsv(LINKS, required=("dprk", "role", "english"), choices=(("role", ROLES),))
    return MappingProxyType({compact(r["dprk"]): (r["role"], r["english"]) for r in table.rows})


tables.on_overlay_change(links.cache_clear)


def _split(key: str) -> list[str] | None:
    """The fewest glossary keys and link words that spell ``key``, if at least two do."""
    known = glossary().by_dprk.keys() | links().keys()
    longest = max(map(len, known))
    best: list[list[str] | None] = [[]] + [None] * len(key)
    for i in range(len(key)):
        start = best[i]
        if start is None:
            continue
        for j in range(i + 1, min(len(key), i + longest) + 1):
            done = best[j]
            if key[i:j] in known and (done is None or len(start) + 1 < len(done)):
                best[j] = [*start, key[i:j]]
    parts = best[-1]
    return parts if parts is not None and len(parts) >= 2 else None


def _the(english: str) -> str:
    """``the`` before a capitalised name of several words: of *the* Russian Federation."""
    return f"the {english}" if english[:1].isupper() and " " in english else english


def _phrase(parts: list[str]) -> str | None:
    """English for parts without conjunctions: ``X 주재 Y`` = Y to X; otherwise head-last."""
    if not parts:
        return None
    for k, part in enumerate(parts):
        if links().get(part, ("",))[0] == "preposition":
            left, right = _phrase(parts[:k]), _phrase(parts[k + 1 :])
            if left is None or right is None:
                return None
            return f"{right} {links()[part][1]} {_the(left)}"
    entries = glossary().by_dprk
    words = [entries[p].english for p in parts if p in entries]
    if len(words) != len(parts):
        return None
    head, *mods = reversed([w or "" for w in words])
    return " of ".join([head, *(_the(m) for m in mods)])


def _premodified(segments: list[list[str]]) -> tuple[str, ...]:
    """English puts a name before its head as often as after: "Plesetsk Cosmodrome",
    "Russian Federation Foreign Minister" beside "cosmodrome of Plesetsk"."""
    entries = glossary().by_dprk
    if len(segments) != 1 or len(segments[0]) != 2 or any(p not in entries for p in segments[0]):
        return ()
    modifier, head = (entries[p].english or "" for p in segments[0])
    return (f"{modifier} {head[:1].upper()}{head[1:]}",)


def compound(text: str) -> TermEntry | None:
    """A glued or spaced sequence of known terms read as one: 로씨야련방외무상 →
    Foreign Minister of the Russian Federation; 정부부수상 겸 공업무역상 → … and …."""
    parts = _split(compact(text))
    if parts is None:
        return None
    segments: list[list[str]] = [[]]
    joiners: list[str] = []
    for part in parts:
        role, english = links().get(part, ("", ""))
        if role == "conjunction":
            segments.append([])
            joiners.append(english)
        else:
            segments[-1].append(part)
    phrases = [_phrase(segment) for segment in segments]
    if any(p is None for p in phrases):
        return None
    english = str(phrases[0]) + "".join(
        f" {j} {p}" for j, p in zip(joiners, phrases[1:], strict=True)
    )
    entries = glossary().by_dprk
    head = [entries[p] for p in parts if p not in links()][-1]
    variants = _premodified(segments)
    if variants and entries[parts[0]].kind == "place" and head.kind in ("term", "place"):
        english, variants = variants[0], (english,)  # a named place: "Plesetsk Cosmodrome"
    return TermEntry(
        input=text,
        dprk=text,
        south=" ".join(entries[p].south or p if p in entries else p for p in parts),
        english=english,
        english_variants=variants,
        kcna_english=None,
        kind=head.kind,
        source="compound of glossary entries",
        note="composed from: " + " + ".join(parts),
    )


def transcribe(word: str) -> TermEntry | None:
    """A transcribed (not translated) Russian word or phrase through the name pipeline, when
    :func:`translit.detect.russian_spelling_score` of one of its words reaches the (low) term
    threshold (a word asked about is more likely a term than running text is) and the pipeline
    reads every word; else ``None``."""
    words = word.split()
    threshold = setting("term_transcription_threshold")
    if not words or max(russian_spelling_score(w) for w in words) < threshold:
        return None
    try:
        forms = normalize(word)
    except TranslitError:
        return None
    variants = tuple(v for v in forms.latin_variants if v != forms.latin)
    return TermEntry(
        input=word,
        dprk=forms.dprk,
        south=forms.south,
        english=forms.latin,
        english_variants=variants,
        kcna_english=None,
        kind="transcription",
        source="translit.normalizer (DPRK transcription rules, rules.md §1)",
        note=f"transcribed, not translated: {forms.cyrillic} (confidence {forms.confidence:.2f})",
    )


def term(word: str) -> TermEntry:
    """Every form of a DPRK (or South Korean) political term or institution name.

    >>> term("정부 부수상").english
    'Deputy Prime Minister'
    >>> term("노동신문").dprk
    '로동신문'
    """
    text = hangul.clean(word).strip(QUOTES)
    found = lookup(text) or compound(text) or transcribe(text)
    if found is not None:
        return found
    return TermEntry(
        input=text,
        dprk=None,
        south=None,
        english=None,
        english_variants=(),
        kcna_english=None,
        kind=None,
        source=None,
        note="not in the glossary, not a compound of its terms, not a transcribed Russian word",
    )


SAMPLE_APPLIERS: dict[str, Callable[[str], str]] = {
    TABLE: lambda word: term(word).english or "",
    LINKS: lambda word: term(word).english or "",
}
