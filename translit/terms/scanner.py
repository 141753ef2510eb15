"""Find glossary terms and personal names in running DPRK text, with exact character offsets.

The scanner works word by word (a word is a run of Hangul syllables, hyphens inside allowed).
At the start of a word it takes the longest glossary key, ignoring spaces, so that 정부 부수상
and 정부부수상 both match, and a match may end inside a glued word (로씨야련방외무상 gives
로씨야련방, then 외무상).  What follows a match in the same word is split into the suffixes of
``tables/suffixes.tsv`` (particles, 동지, …), reported in :attr:`Match.suffixes`, not in the
match.  A word that starts with no glossary key is a ``korean_name`` when
:func:`translit.korean_names.is_korean_name` accepts its stem and an honorific or title
suffix follows it (or a title precedes it and it does not look Russian), and a
``russian_name`` when :func:`translit.russian.detect.russian_spelling_score` of its stem reaches the
threshold of ``tables/scanner.tsv``; consecutive Russian-name words form one match.  Only DPRK
forms are scanned for: South Korean forms (지방, 정상, …) are too often ordinary words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from translit.data import cached, compact, current
from translit.errors import TableError, TableProblem, require_text
from translit.hangul import jamo
from translit.hangul.text import composed_with_offsets
from translit.korean.names import is_korean_name
from translit.russian.detect import korean_zipf, russian_spelling_score
from translit.terms.glossary import TermEntry, glossary
from translit.terms.suffixes import CONTEXT_CLASSES, split_suffixes, suffixes

SETTINGS = "scanner.tsv"
NAME_KINDS = frozenset({"korean_name", "russian_name"})
_END = ""  # trie key marking the end of a glossary key


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
    while i < len(text) and (
        _in_word(text[i]) or (text[i] == "-" and 0 < i < len(text) - 1 and _in_word(text[i + 1]))
    ):
        i += 1
    return i


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


def _longest(text: str, start: int) -> tuple[int, TermEntry] | None:
    """The longest glossary key at ``start`` that ends cleanly: at the end of its word, before
    particles, or before another key (로씨야련방|외무상).  국무위원회 위원|장 does not, so
    국무위원회 + 위원장 is read instead; failing any clean end, the longest key."""
    found = _keys_at(text, start)
    for end, entry in reversed(found):
        word_end = _word_end(text, end)
        if (
            word_end == end
            or split_suffixes(text[end:word_end], text[end - 1]) is not None
            or _keys_at(text, end)
        ):
            return end, entry
    return found[-1] if found else None


def _name(text: str, start: int, end: int, after_title: bool) -> Match | None:
    """A Korean or Russian name at the start of the word ``text[start:end]``."""
    word = text[start:end]
    splits = [
        (k, chain)
        for k in range(len(word), 0, -1)
        if (chain := split_suffixes(word[k:], word[k - 1])) is not None
    ]
    korean = None
    for k, chain in splits:  # the longest stem: 김정은 is not 김정 + 은
        titled = any(suffixes()[s].cls in CONTEXT_CLASSES for s in chain)
        if (titled or after_title) and is_korean_name(word[:k]):
            korean = Match(word[:k], start, start + k, "korean_name", None, chain)
            if titled:
                return korean
            break
    shortest = setting("min_russian_name_syllables")
    for k, chain in reversed(splits):  # the longest suffix chain: 뿌찐 + 동지 + 와
        titled = after_title or any(suffixes()[s].cls in CONTEXT_CLASSES for s in chain)
        threshold = setting("titled_russian_name_threshold" if titled else "russian_name_threshold")
        common = not titled and korean_zipf(word[:k]) >= setting("korean_word_zipf")
        if (
            k >= shortest
            and not common
            and russian_spelling_score(word[:k], threshold) >= threshold
        ):
            return Match(word[:k], start, start + k, "russian_name", None, chain)
    return korean


def _word_matches(text: str, start: int, after_title: bool) -> tuple[list[Match], int]:
    """Matches from the word starting at ``start``, and where scanning goes on."""
    found: list[Match] = []
    pos = start
    while True:
        hit = _longest(text, pos)
        if hit is None:
            break
        end, entry = hit
        word_end = _word_end(text, end)
        chain = split_suffixes(text[end:word_end], text[end - 1])
        kind = entry.kind or "term"
        found.append(Match(text[pos:end], pos, end, kind, replace(entry, input=text[pos:end])))
        if chain is not None:
            found[-1] = replace(found[-1], suffixes=chain)
            return found, word_end
        pos = end
    if found:
        return found, _word_end(text, pos)
    end = _word_end(text, start)
    name = _name(text, start, end, after_title)
    return ([name] if name else []), end


def _merge(previous: Match, match: Match, text: str) -> Match | None:
    """One match for consecutive Russian-name words (울라지미르 울라지미로비치 뿌찐); a bare
    Korean-looking word before a Russian name is its first word (유리 뜨루뜨네브)."""
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
    composed, origin = composed_with_offsets(text)
    if composed == text:
        return _find_terms(text)
    return [
        replace(
            m, text=text[origin[m.start] : origin[m.end]], start=origin[m.start], end=origin[m.end]
        )
        for m in _find_terms(composed)
    ]


def _find_terms(text: str) -> list[Match]:
    matches: list[Match] = []
    i = 0
    while i < len(text):
        if not jamo.is_syllable(text[i]) or (i > 0 and _in_word(text[i - 1])):
            i += 1
            continue
        last = matches[-1] if matches else None
        after_title = (
            last is not None
            and last.kind == "title"
            and text[last.end + len(last.suffix) : i].isspace()
        )
        found, i = _word_matches(text, i, after_title)
        for match in found:
            merged = _merge(matches[-1], match, text) if matches else None
            if merged is not None:
                matches[-1] = merged
            else:
                matches.append(match)
    return matches
