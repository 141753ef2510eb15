"""Find glossary terms and personal names in running DPRK text, with exact character offsets.

The scanner works word by word (a word is a run of Hangul syllables, hyphens inside allowed).
At the start of a word it takes the longest glossary key, ignoring spaces, so that 정부 부수상
and 정부부수상 both match, and a match may end inside a glued word (로씨야련방외무상 gives
로씨야련방, then 외무상).  What follows a match in the same word is split into the suffixes of
``tables/suffixes.tsv`` (particles, 동지, …), reported in :attr:`Match.suffixes`, not in the
match.  A word that starts with no glossary key is a ``korean_name`` when
:func:`translit.korean_names.is_korean_name` accepts its stem and an honorific or title
suffix follows it (or a title precedes it and it does not look Russian), and a
``russian_name`` when :func:`translit.russian.detect.russian_spelling_score` of its stem reaches
the threshold of ``tables/scanner.tsv`` (or, where no other name begins the word,
:func:`translit.origins.detect.latin_spelling_score`, for a name of Latin spelling);
consecutive Russian-name words form one match.  Only DPRK forms are
scanned for: South Korean forms (지방, 정상, …) are too often ordinary words.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from translit.chinese import is_chinese_name
from translit.data import cached, compact, current, lexicon
from translit.errors import TableError, TableProblem, require_text
from translit.hangul import jamo
from translit.hangul.text import composed_with_offsets
from translit.korean.names import is_korean_name
from translit.korean.places import generics, korean_place, longest_generic
from translit.origins.detect import latin_spelling_score
from translit.russian.detect import cheap_features, korean_zipf, russian_spelling_score
from translit.russian.reading import dprk_readings
from translit.terms.compounds import compound
from translit.terms.glossary import TermEntry, glossary
from translit.terms.suffixes import CONTEXT_CLASSES, split_suffixes, suffixes

SETTINGS = "scanner.tsv"
NAME_KINDS = frozenset({"korean_name", "russian_name", "chinese_name"})
HYPHENS = frozenset("-‐")
KOREAN_PLACE = "korean place"  # the ``source`` of a place read from its generic
COMPOUND_KINDS = frozenset({"org", "place"})  # glued compounds read as one (로씨야대사관)
APPOSITION_KINDS = frozenset({"place", "term", "org", "title"})  # NAME 로씨야주재 … 대사
PERSON_ROLES = frozenset({"Name", "Patr", "Surn"})  # pymorphy3's tags of a person's name
TITLE_LINKS = frozenset({"copula", "honorific"})  # what a title may carry before its holder
_END = ""  # trie key marking the end of a glossary key
_JAMO = re.compile("[\u1100-\u11ff]")
# the rest of a word: letters and digits (as str.isalnum, Hangul syllables too), a hyphen
# between two of them
_WORD = re.compile(r"(?:[^\W_]|(?<=[\s\S])-(?=[^\W_]))*")
_WORD_START = re.compile(r"(?<![^\W_])[\uac00-\ud7a3]")  # a syllable after no letter or digit


@dataclass(frozen=True)
class Match:
    """A term or name found in a text: ``text == source[start:end]``; ``suffixes`` follow it
    directly in the source, glued (``suffix`` is their concatenation)."""

    text: str
    start: int
    end: int
    kind: str
    entry: TermEntry | None
    suffixes: tuple[str, ...] = ()

    @property
    def suffix(self) -> str:
        return "".join(self.suffixes)


def setting(name: str) -> float:
    """A numeric setting of ``tables/scanner.tsv``."""
    settings = current().numbers(SETTINGS)
    if name not in settings:
        raise TableError(
            [TableProblem(current().file(SETTINGS).path, 0, f"setting {name!r} is missing")]
        )
    return settings[name]


@cached(maxsize=None)
def _trie() -> Mapping[str, Any]:
    """Nested dicts over the characters of every DPRK key (spaces removed)."""
    root: dict[str, Any] = {}
    for key, entry in glossary().by_dprk.items():
        node = root
        for ch in key:
            node = node.setdefault(ch, {})
        node.setdefault(_END, entry)
    return root


def _in_word(ch: str) -> bool:
    return jamo.is_syllable(ch) or ch.isalnum()


def _word_end(text: str, i: int) -> int:
    """The end of the word containing position ``i`` (Hangul runs joined by hyphens)."""
    found = _WORD.match(text, i)
    return max(i, found.end()) if found else i


def _keys_at(text: str, start: int) -> list[tuple[int, TermEntry]]:
    """Every glossary key at ``start`` (spaces inside skipped; short keys whole only), shortest
    first, as (end, entry)."""
    node, i, found = _trie(), start, []
    short = setting("whole_word_key_length")
    while i < len(text):
        if text[i].isspace():
            i += 1
            continue
        step = node.get(text[i])
        if step is None:
            break
        node, i = step, i + 1
        entry = node.get(_END)
        if entry is not None and (len(compact(text[start:i])) > short or _word_end(text, i) == i):
            found.append((i, entry))
    return found


@dataclass(frozen=True)
class _Piece:
    """One edge of a word's lattice: a glossary key, a name, the suffixes ending the word, the
    unread rest of it, or the spaces before the next word."""

    kind: str  # "term" | "korean_name" | "russian_name" | "suffixes" | "rest" | "gap"
    start: int
    end: int
    score: float
    entry: TermEntry | None = None
    chain: tuple[str, ...] = ()


def _title_at(text: str, j: int) -> bool:
    """Whether a glossary title starts at ``j`` (라브로브|외무상)."""
    return any(e.kind == "title" for _, e in _keys_at(text, j))


def _titled_at(text: str, j: int) -> bool:
    """Whether a title or honorific starts at ``j`` glued (김정은|동지, 최룡해|부위원장)."""
    if _title_at(text, j):
        return True
    tail = text[j : _word_end(text, j)]
    chain = split_suffixes(tail, text[j - 1]) if tail else None
    return chain is not None and bool(chain) and suffixes()[chain[0]].cls in CONTEXT_CLASSES


def _weight(kind: str, size: int) -> float:
    """The score of a piece of ``size`` characters: what it covers, less a piece's cost."""
    return setting(f"{kind}_char_weight") * size - setting("piece_cost")


def _sino_korean_kind(stem: str) -> str | None:
    """``korean_name`` or ``chinese_name`` for a stem that reads as one (습근평 is Chinese: 습
    is no Korean surname); ``None`` otherwise."""
    if is_korean_name(stem):
        return "korean_name"
    return "chinese_name" if is_chinese_name(stem) else None


def _long_key(pieces: list[_Piece], start: int) -> bool:
    """Whether a glossary key of two syllables or more starts the word (모스크바, 로씨야련방):
    no Russian name is sought there, the detector's cost saved."""
    return any(p.kind == "term" and p.end - start >= 2 for p in pieces)


def _name_pieces(text: str, start: int, end: int, after: str, *, russian: bool) -> list[_Piece]:
    """The Korean and Russian names that may begin the word ``text[start:end]``; ``after`` is
    what stands just before it: ``"title"`` (a name is expected), ``"name"`` (a Russian name
    word, as in 유리 슐레이꼬: its next word is likely Russian too) or ``""``."""
    after_title = after == "title"
    found: list[_Piece] = []
    for j in range(start + 2, min(end, start + 4) + 1):
        titled = _titled_at(text, j) if j < end else False
        kind = _sino_korean_kind(text[start:j]) if titled or after_title else None
        if kind is not None:
            size = j - start
            score = _weight("name", size) - setting("korean_name_length_cost") * abs(size - 3)
            if not titled:
                score -= setting("untitled_korean_name_cost")
            found.append(_Piece(kind, start, j, score))
    shortest = int(setting("min_russian_name_syllables"))
    passing: list[tuple[float, int]] = []  # (detector score, stem end)
    refused: list[tuple[int, float]] = []  # (stem end, the bar) of stems the Russian model refused
    for j in range(start + shortest, end + 1 if russian else start):
        tail = text[j:end]
        if tail and split_suffixes(tail, text[j - 1]) is None and not _title_at(text, j):
            continue
        titled = bool(after) or (j < end and _titled_at(text, j))
        threshold = setting("titled_russian_name_threshold" if titled else "russian_name_threshold")
        stem = text[start:j]
        if not titled and korean_zipf(stem) >= setting("korean_word_zipf"):
            continue
        score = russian_spelling_score(stem, threshold)
        if score >= threshold:
            passing.append((score, j))
        elif titled or cheap_features(stem)["syllable_llr"] >= setting("latin_name_syllables"):
            refused.append((j, max(threshold, setting("latin_name_threshold"))))
    if not passing and not found:  # a name of Latin spelling, where no other name begins here
        for j, bar in refused:
            score = latin_spelling_score(text[start:j], bar)
            if score >= bar:
                passing.append((score, j))
    if passing:  # the stem that looks most Russian: 까스뜨로 (0.95), not 까스뜨 + 로 (0.41);
        # of equal scores the shortest, with the longest suffix chain (뿌찐 + 동지 + 와)
        score, j = max(passing, key=lambda p: (p[0], -p[1]))
        continued = after == "name" and score >= setting("russian_name_threshold")
        kind = "continued_name" if continued and _person_name(text[start:j]) else "russian_name"
        found.append(_Piece("russian_name", start, j, _weight(kind, j - start)))
    return found


def _person_name(stem: str) -> bool:
    """Whether the best DPRK reading of ``stem`` is a person's name (Хасан: a given name, not
    the place Хасан of the glossary)."""
    readings = dprk_readings(stem)
    evidence = readings[0].evidence if readings else None
    return evidence is not None and evidence.role in PERSON_ROLES


def _common_word(word: str) -> bool:
    """Whether ``word`` is a Korean word too common to be a name standing alone (wordfreq Zipf
    of the word itself at least ``unmarked_name_zipf``: 조국, 인민)."""
    frequency = lexicon.korean_frequency(word)
    return bool(frequency) and math.log10(frequency) + 9 >= setting("unmarked_name_zipf")


def _place_pieces(text: str, start: int, end: int) -> list[_Piece]:
    """Korean places and buildings named by a generic at the end of the word, before its
    suffixes (회창|군, 양각도|국제호텔|에서): ``tables/ko_generics.tsv``.  The name may be a
    glossary place (평양|국제비행장), never a common word (인민|문화궁전)."""
    found: list[_Piece] = []
    table = generics()
    for k in range(start + 1, end):
        # where a generic of the table follows (the cheapest test first)
        ends = [j for j in range(k + 1, min(end, k + longest_generic()) + 1) if text[k:j] in table]
        if not ends:
            continue
        name = text[start:k]
        entry = glossary().by_dprk.get(name)
        if _common_word(name) and (entry is None or entry.kind != "place"):
            continue
        known = (entry.english, *entry.english_variants) if entry and entry.english else ()
        for j in ends:
            if j < end and split_suffixes(text[j:end], text[j - 1]) is None:
                continue
            place = korean_place(name, text[k:j], known)
            if place is None:
                continue
            raw = text[start:j]
            term = TermEntry(
                input=raw,
                dprk=raw,
                south=raw,
                english=place.english[0],
                english_variants=place.english[1:],
                kcna_english=None,
                kind=place.generic.kind,
                source=KOREAN_PLACE,
                note=f"a Korean name and the generic {place.generic.dprk}",
            )
            weight = "term" if known else "place"  # a glossary place and its generic: one name
            found.append(_Piece("term", start, j, _weight(weight, j - start), term))
    return found


def _pieces(text: str, p: int, word_start: bool, after: str) -> list[_Piece]:
    """Every edge of the lattice leaving position ``p``."""
    if text[p : p + 1] in HYPHENS and p + 1 < len(text) and _in_word(text[p + 1]):
        return [_Piece("gap", p, p + 1, 0.0)]  # 평양|-|모스크바
    if p >= len(text) or not _in_word(text[p]):
        nxt = p
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        gap = nxt > p and nxt < len(text) and jamo.is_syllable(text[nxt])
        return [_Piece("gap", p, nxt, 0.0)] if gap else []
    end = _word_end(text, p)
    found = [
        _Piece("term", p, j, _weight("term", len(compact(text[p:j]))), entry)
        for j, entry in _keys_at(text, p)
    ]
    if word_start:
        sought = after == "name" or not _long_key(found, p)
        found += _name_pieces(text, p, end, after, russian=sought)
        if after != "title":  # after a title stands its holder: 대사 리진군 is no county
            found += _place_pieces(text, p, end)
    else:
        chain = split_suffixes(text[p:end], text[p - 1])
        if chain:
            found.append(_Piece("suffixes", p, end, _weight("suffix", end - p), chain=chain))
    found.append(_Piece("rest", p, end, -setting("unread_char_cost") * (end - p)))
    return found


def _segment(text: str, start: int, after: str) -> tuple[list[Match], int]:
    """The best reading of the word at ``start`` (and of the words a glossary key spanning
    spaces reaches) as one lattice: glossary keys, names and suffixes, the most text covered
    by the fewest pieces (Viterbi).  Returns its matches and where scanning goes on."""
    goal = _word_end(text, start)
    best: dict[int, tuple[float, _Piece | None]] = {start: (0.0, None)}
    p = start
    while p < goal:
        if p in best:
            word_start = p == start or not _in_word(text[p - 1])
            for piece in _pieces(text, p, word_start, after if p == start else ""):
                score = best[p][0] + piece.score
                if piece.kind == "gap" and piece.end >= goal:
                    continue  # spaces lead on only inside a key that spans them
                goal = max(goal, _word_end(text, piece.end))
                if piece.end not in best or score > best[piece.end][0]:
                    best[piece.end] = (score, piece)
        p += 1
    path: list[_Piece] = []
    at = goal
    while at != start:
        step = best[at][1]
        assert step is not None
        path.append(step)
        at = step.start
    return _matches(text, path[::-1]), goal


def _matches(text: str, path: list[_Piece]) -> list[Match]:
    """The matches a lattice path reads: suffixes go to the piece before them."""
    found: list[Match] = []
    for piece in path:
        raw = text[piece.start : piece.end]
        if piece.kind == "term" and piece.entry is not None:
            kind = piece.entry.kind or "term"
            found.append(Match(raw, piece.start, piece.end, kind, replace(piece.entry, input=raw)))
        elif piece.kind in NAME_KINDS:
            found.append(Match(raw, piece.start, piece.end, piece.kind, None))
        elif piece.kind == "suffixes" and found and found[-1].end == piece.start:
            found[-1] = replace(found[-1], suffixes=piece.chain)
    return found


def _before(previous: Match | None, text: str, start: int) -> str:
    """What stands just before ``start``: a title, a bare Russian name word, or nothing."""
    if title_before(previous, text, start):
        return "title"
    if (
        previous is not None
        and not previous.suffixes
        and previous.kind == "russian_name"
        and text[previous.end : start].isspace()
    ):
        return "name"
    return ""


def title_before(previous: Match | None, text: str, start: int) -> bool:
    """Whether a title stands just before ``start``, bare or with a copula or honorific glued
    (외무상 라브로브, 외무상인 라브로브), not with a particle (외무상의 인사를 is no name)."""
    return (
        previous is not None
        and previous.kind == "title"
        and text[previous.end + len(previous.suffix) : start].isspace()
        and all(suffixes()[s].cls in TITLE_LINKS for s in previous.suffixes)
    )


def _merge(previous: Match, match: Match, text: str) -> Match | None:
    """One match for consecutive Russian-name words (울라지미르 울라지미로비치 뿌찐); a bare
    Korean-looking word before a Russian name is its first word (유리 뜨루뜨네브); glossary
    terms glued together that the compound grammar reads as one organisation or place
    (로씨야대사관: :func:`translit.terms.compounds.compound`).  A title or common term stays
    apart from the place it belongs to (로씨야련방|외무상, 조선민주주의인민공화국|창건), as the
    place is a name of its own."""
    gap = text[previous.end : match.start]
    if previous.entry is not None and match.entry is not None and not previous.suffixes and not gap:
        entry = compound(text[previous.start : match.end])
        if entry is not None and entry.kind in COMPOUND_KINDS:
            raw = text[previous.start : match.end]
            return Match(raw, previous.start, match.end, entry.kind, entry, match.suffixes)
    if (
        previous.kind in NAME_KINDS
        and match.kind == "russian_name"
        and not previous.suffixes
        and text[previous.end : match.start].isspace()
    ):
        return Match(
            text[previous.start : match.end],
            previous.start,
            match.end,
            "russian_name",
            None,
            match.suffixes,
        )
    return None


def find_terms(text: str) -> list[Match]:
    """Every glossary term and personal name in ``text``, in order; ``text[m.start:m.end]``
    is ``m.text``.  Decomposed (NFD) Hangul is read as composed, and offsets stay into the
    string exactly as given."""
    require_text(text, "text")
    if _composed(text):
        return _find_terms(text)
    composed, origin = composed_with_offsets(text)
    if composed == text:
        return _find_terms(text)
    return [
        replace(
            m, text=text[origin[m.start] : origin[m.end]], start=origin[m.start], end=origin[m.end]
        )
        for m in _find_terms(composed)
    ]


def _composed(text: str) -> bool:
    """Whether composing ``text`` leaves it as it is, tested without composing it: it holds no
    conjoining jamo and no combining mark."""
    return not _JAMO.search(text) and not any(unicodedata.combining(ch) for ch in set(text))


def _find_terms(text: str) -> list[Match]:
    matches: list[Match] = []
    unread: list[tuple[int, int]] = []
    i = 0
    while (word := _WORD_START.search(text, i)) is not None:
        start = word.start()
        last = matches[-1] if matches else None
        found, i = _segment(text, start, _before(last, text, start))
        if not found:
            unread.append((start, i))
        for match in found:
            merged = _merge(matches[-1], match, text) if matches else None
            if merged is not None:
                matches[-1] = merged
            else:
                matches.append(match)
    # a word read as a place from its generic may be a name that the sentence marks (리진군)
    doubtful = [
        (m.start, _word_end(text, m.start))
        for m in matches
        if m.entry is not None and m.entry.source == KOREAN_PLACE
    ]
    names = _unmarked_names(text, unread + doubtful, matches)
    named = {m.start for m in names}
    found = sorted([*(m for m in matches if m.start not in named), *names], key=lambda m: m.start)
    return _one_sense(found)


def _one_sense(matches: list[Match]) -> list[Match]:
    """A word read as a name somewhere in the text is a name everywhere in it: 리진군 after a
    title is the ambassador, and so is every other 리진군 (not a county)."""
    names = {m.text: m.kind for m in matches if m.kind in NAME_KINDS}
    return [
        replace(m, kind=names[m.text], entry=None)
        if m.entry is not None and m.entry.source == KOREAN_PLACE and m.text in names
        else m
        for m in matches
    ]


def _name_stem(text: str, start: int, end: int) -> Match | None:
    """The word ``text[start:end]`` as a Korean name, bare or with particles after it (three
    syllables first: 리병철|과, not 리병철과), and not a common word (조국, fatherland)."""
    sizes = sorted(range(2, min(end - start, 4) + 1), key=lambda n: (abs(n - 3), -n))
    for size in sizes:
        k = start + size
        chain = split_suffixes(text[k:end], text[k - 1])
        particles = chain is not None and all(suffixes()[s].cls == "particle" for s in chain)
        stem = text[start:k]
        kind = _sino_korean_kind(stem) if particles and not _common_word(stem) else None
        if kind is not None:
            return Match(stem, start, k, kind, None, chain or ())
    return None


def _title_phrase(text: str, end: int, later: list[Match]) -> bool:
    """Whether the words after ``end`` are glossary terms ending in a title, nothing else
    between them, that no name follows (김형준 | 로씨야주재 조선특명전권대사: the name, then whose
    ambassador he is; but 위대한 | 수령 김일성동지: the title's holder comes after it, and the
    word before is no name)."""
    at = end
    for k, match in enumerate(later):
        if text[at : match.start].strip() or match.kind not in APPOSITION_KINDS:
            return False
        if match.kind == "title":
            holder = later[k + 1] if k + 1 < len(later) else None
            return not (
                holder is not None
                and holder.kind in NAME_KINDS
                and not text[match.end : holder.start].strip()
            )
        if match.suffixes:
            return False
        at = match.end
    return False


def _unmarked_names(text: str, unread: list[tuple[int, int]], matches: list[Match]) -> list[Match]:
    """Korean names with no honorific or title glued to them, where the sentence says they are
    names: before the title they hold (NAME 로씨야주재 조선특명전권대사), or listed before names
    with a plural honorific (리병철과 박정천 조용원동지들)."""
    found: dict[int, Match] = {}
    stems = {start: stem for start, end in unread if (stem := _name_stem(text, start, end))}
    ends = {start: end for start, end in unread}
    starts = [m.start for m in matches]  # matches are in text order
    by_start = {m.start: m for m in matches}
    for start, stem in stems.items():
        later = matches[bisect.bisect_left(starts, ends[start]) :]
        if not stem.suffixes and _title_phrase(text, ends[start], later):
            found[start] = stem
    for start in sorted(stems):
        run, at = [start], ends[start]
        while True:
            gap = text[at:]
            step = len(gap) - len(gap.lstrip(" ,、\n"))
            nxt = at + step
            if nxt in stems:
                run.append(nxt)
                at = ends[nxt]
                continue
            titled = by_start.get(nxt)
            plural = (
                titled is not None
                and titled.kind in ("korean_name", "chinese_name")
                and any(suffixes()[s].cls == "plural" for s in titled.suffixes)
            )
            if plural and step:
                found.update((k, stems[k]) for k in run)
            break
    return list(found.values())
