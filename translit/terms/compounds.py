"""Compounds of glossary terms read as one: 로씨야련방외무상 → Foreign Minister of the Russian
Federation; 정부부수상 겸 공업무역상 → … and ….  Parts are read head-last, with the link words
of ``tables/compound_links.tsv`` (겸 and, 주재 to)."""

from __future__ import annotations

from translit.data import compact
from translit.terms.glossary import TermEntry, glossary, links


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
