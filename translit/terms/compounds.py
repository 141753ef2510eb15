"""Compounds of glossary terms read as one: 로씨야련방외무상 → Foreign Minister of the Russian
Federation; 정부부수상 겸 공업무역상 → … and ….  Parts are read head-last, with the link words
of ``tables/compound_links.tsv`` (겸 and, 주재 to), and only in the sequences that table allows:
which kinds may stand before a head of which kind, and what may stand on either side of a link
word.  A composed entry says so: ``source`` is :data:`COMPOSED`, ``note`` names its parts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.data import cached, compact, current
from translit.data.specs import GLOSSARY_KINDS
from translit.errors import TableError, TableProblem
from translit.terms.glossary import LINKS, TermEntry, glossary

COMPOSED = "composed"  # the ``source`` of every composed entry
HEAD_KEY = "head"  # metadata ``#: head KIND: KINDS`` of compound_links.tsv
OVERLAY_PREFIX = "overlay_"  # how the loader keys an overlay's metadata


@dataclass(frozen=True)
class Link:
    """A link word: its role, its English, and what may stand on either side of it."""

    role: str
    english: str
    left: frozenset[str]
    right: frozenset[str]


@dataclass(frozen=True)
class Grammar:
    """The link words, and for each head kind the kinds (or entries) that may stand before it."""

    links: Mapping[str, Link]
    heads: Mapping[str, frozenset[str]]


def _allowed(cell: str, where: str, problems: list[str]) -> frozenset[str]:
    """A ``' | '``-separated cell of glossary kinds and entries, checked."""
    items = frozenset(compact(item) for item in cell.split("|") if item.strip())
    entries = glossary().by_dprk
    unknown = sorted(i for i in items if i not in GLOSSARY_KINDS and i not in entries)
    if not items:
        problems.append(f"{where}: empty (name glossary kinds or entries)")
    elif unknown:
        problems.append(f"{where}: neither glossary kinds nor entries: {', '.join(unknown)}")
    return items


@cached(maxsize=None)
def grammar() -> Grammar:
    """The compound grammar of ``compound_links.tsv`` (an overlay's ``head`` lines win)."""
    tables = current()
    table = tables.tsv(LINKS)
    problems: list[TableProblem] = []
    links: dict[str, Link] = {}
    for row, line in zip(table.rows, table.row_lines, strict=True):
        found: list[str] = []
        left = _allowed(row.get("left", ""), "left", found)
        right = _allowed(row.get("right", ""), "right", found)
        problems += [line.problem(p) for p in found]
        links[compact(row["dprk"])] = Link(row["role"], row["english"], left, right)
    heads: dict[str, frozenset[str]] = {}
    overlay = str(tables.overlay / LINKS) if tables.overlay is not None else table.path
    for prefix, path in (("", table.path), (OVERLAY_PREFIX, overlay)):  # overlay lines win
        for key, value in table.meta.items():
            name, _, kind = key.partition(" ")
            if name != prefix + HEAD_KEY:
                continue
            found = []
            if kind not in GLOSSARY_KINDS:
                found.append(f"'#: {HEAD_KEY} {kind}:' names no glossary kind")
            heads[kind] = _allowed(value, f"'#: {HEAD_KEY} {kind}:'", found)
            problems += [TableProblem(path, 0, p) for p in found]
    if problems:
        raise TableError(problems)
    return Grammar(MappingProxyType(links), MappingProxyType(heads))


def _role(part: str, rules: Grammar) -> str | None:
    link = rules.links.get(part)
    return link.role if link is not None else None


def _fits(part: str, allowed: frozenset[str]) -> bool:
    return part in allowed or glossary().by_dprk[part].kind in allowed


def _may_follow(previous: str | None, part: str, rules: Grammar) -> bool:
    """Whether ``part`` may come right after ``previous`` (``None``: at the start)."""
    link = rules.links.get(part)
    if link is not None:  # a link word needs a glossary part before it that it accepts
        return previous is not None and previous not in rules.links and _fits(previous, link.left)
    if previous is None or previous in rules.links:
        return True
    kind = glossary().by_dprk[part].kind or ""
    return previous != part and _fits(previous, rules.heads.get(kind, frozenset()))


def _well_formed(parts: list[str], rules: Grammar) -> bool:
    """The checks that need the whole sequence: no entry twice, a glossary part last, and the
    head of the phrase after each link word (the last part before the next conjunction) one
    that the link accepts."""
    words = [p for p in parts if p not in rules.links]
    if len(words) != len(set(words)) or parts[-1] in rules.links:
        return False
    for k, part in enumerate(parts):
        link = rules.links.get(part)
        if link is None:
            continue
        rest = parts[k + 1 :]
        conjunctions = (i for i, p in enumerate(rest) if _role(p, rules) == "conjunction")
        phrase = rest[: next(conjunctions, len(rest))]
        if not phrase or phrase[-1] in rules.links or not _fits(phrase[-1], link.right):
            return False
    return True


def _split(key: str) -> list[str] | None:
    """The fewest glossary keys and link words that spell ``key`` in a sequence the compound
    grammar allows, if at least two do."""
    rules = grammar()
    known = glossary().by_dprk.keys() | rules.links.keys()
    longest = max(map(len, known))
    # best[i][last]: the fewest parts spelling key[:i] whose last part is ``last``
    best: list[dict[str | None, list[str]]] = [{} for _ in range(len(key) + 1)]
    best[0][None] = []
    for i in range(len(key)):
        for last, start in best[i].items():
            for j in range(i + 1, min(len(key), i + longest) + 1):
                part = key[i:j]
                if part not in known or not _may_follow(last, part, rules):
                    continue
                done = best[j].get(part)
                if done is None or len(start) + 1 < len(done):
                    best[j][part] = [*start, part]
    ends = sorted(best[-1].values(), key=len)
    return next((p for p in ends if len(p) >= 2 and _well_formed(p, rules)), None)


def _the(english: str) -> str:
    """``the`` before a capitalised name of several words: of *the* Russian Federation."""
    return f"the {english}" if english[:1].isupper() and " " in english else english


def _phrase(parts: list[str], rules: Grammar) -> str | None:
    """English for parts without conjunctions: ``X 주재 Y`` = Y to X; otherwise head-last."""
    if not parts:
        return None
    for k, part in enumerate(parts):
        link = rules.links.get(part)
        if link is not None and link.role == "preposition":
            left, right = _phrase(parts[:k], rules), _phrase(parts[k + 1 :], rules)
            if left is None or right is None:
                return None
            return f"{right} {link.english} {_the(left)}"
    entries = glossary().by_dprk
    words = [entries[p].english for p in parts if p in entries]
    if len(words) != len(parts):
        return None
    head, *mods = reversed([w or "" for w in words])
    return " of ".join([head, *(_the(m) for m in mods)])


def _premodified(segments: list[list[str]]) -> tuple[str, ...]:
    """English puts a name before its head as often as after: "Plesetsk Cosmodrome",
    "Russian Federation Foreign Minister" beside "cosmodrome of Plesetsk"; either part may be
    in any of its forms ("Russia Ambassador", which reads "Russian Ambassador"; "embassy of
    Russia").  The head's own form, premodified, comes first."""
    entries = glossary().by_dprk
    if len(segments) != 1 or len(segments[0]) != 2 or any(p not in entries for p in segments[0]):
        return ()
    modifier, head = (entries[p] for p in segments[0])
    modifiers = [f for f in (modifier.english, *modifier.english_variants) if f]
    heads = [f for f in (head.english, *head.english_variants) if f]
    before = [f"{m} {h[:1].upper()}{h[1:]}" for h in heads for m in modifiers]
    after = [f"{h} of {_the(m)}" for h in heads for m in modifiers]
    return tuple(dict.fromkeys([*before, *after[1:]]))


def compound(text: str) -> TermEntry | None:
    """A glued or spaced sequence of known terms read as one, where the compound grammar
    allows it: 로씨야련방외무상 → Foreign Minister of the Russian Federation; 정부부수상 겸
    공업무역상 → … and …; not 회담회담 ("talks of talks")."""
    parts = _split(compact(text))
    if parts is None:
        return None
    rules = grammar()
    segments: list[list[str]] = [[]]
    joiners: list[str] = []
    for part in parts:
        link = rules.links.get(part)
        if link is not None and link.role == "conjunction":
            segments.append([])
            joiners.append(link.english)
        else:
            segments[-1].append(part)
    phrases = [_phrase(segment, rules) for segment in segments]
    if any(p is None for p in phrases):
        return None
    english = str(phrases[0]) + "".join(
        f" {j} {p}" for j, p in zip(joiners, phrases[1:], strict=True)
    )
    entries = glossary().by_dprk
    head = [entries[p] for p in parts if p not in rules.links][-1]
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
        source=COMPOSED,
        note="composed from: " + " + ".join(parts),
    )
