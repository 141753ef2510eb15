"""Locate a glossary term's rendering near where the names predict it, and judge it.

The accepted forms are the glossary's English and variants, each also with any place name in
it swapped for that place's other forms (… of the DPRK → … of the Democratic People's Republic
of Korea).  Words compare by :func:`translit.checking.tokens.word_key` (case, possessive and
British spelling ignored); a place word may carry a demonym suffix (Korea → Korean).

Every term is located in two passes (:func:`term_findings`).  First, an accepted form, or the
glossary's recorded KCNA English, found within ``term_window_chars`` of the predicted place
is the rendering, and its words are taken.  Then each other term is sought word by word among
the words nobody took: a window whose every word pairs, in order, with a word of an accepted
form at ``term_pair_cutoff`` (:func:`translit.checking.verdicts.pair_indices`).  A paired word
that is merely similar and no other form of the same stem (Lussia for Russia, Ate for State)
makes an ``error`` for the kinds in ``misspelt_kinds``, as a misspelt name does; KCNA English
that leaves content words of an accepted form out between its first and last word is an
``error`` for the kinds in ``drop_kinds`` (Minister of Natural Ecology); other renderings are
``unverified``.  A form found farther away is taken when nothing nearer renders the term;
nothing found is ``missing`` for ``proper_kinds``, else ``unverified``.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from translit.checking.causes import explain, word_cause
from translit.checking.finding import Finding
from translit.checking.locate import find_phrase, predict
from translit.checking.settings import number, words
from translit.checking.tokens import Token, Tokens, tokenize, word_key
from translit.checking.verdicts import interior_drop, misspelt, pair_indices
from translit.data import cached
from translit.data.lexicon import english_zipf
from translit.hangul.jamo import is_syllable
from translit.korean.romanization import word
from translit.terms.glossary import TermEntry, glossary
from translit.terms.scanner import Match
from translit.vocabulary import Verdict

Claimed = list[tuple[int, int]]  # English character spans already rendering a mention
_HYPHEN = re.compile(r"[-‐]")


@cached(maxsize=4096)
def _tokens(form: str) -> Tokens:
    """The tokens of an accepted form (tokenised once: forms recur)."""
    return tokenize(form)


@cached(maxsize=4096)
def _keys(form: str) -> tuple[str, ...]:
    return tuple(t.key for t in _tokens(form))


@cached(maxsize=None)
def _places() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], ...]:
    """Each place of the glossary as its English forms, each with the pattern that finds it."""
    groups = [
        (e.english, *e.english_variants)
        for e in glossary().entries
        if e.kind == "place" and e.english
    ]
    return tuple(
        tuple((name, re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)) for name in group)
        for group in groups
    )


_PlaceName = tuple[str, str, re.Pattern[str], tuple[str, ...]]


@cached(maxsize=None)
def _place_names() -> tuple[tuple[_PlaceName, ...], Mapping[str, tuple[int, ...]]]:
    """Each English form of a place as (lower case, form, its pattern, the place's forms), in
    the glossary's order, and their indices by their first two letters in lower case (a text
    holds a name only where it holds those)."""
    names = tuple(
        (name.lower(), name, pattern, tuple(o for o, _ in group))
        for group in _places()
        for name, pattern in group
    )
    index: dict[str, list[int]] = {}
    for k, (low, *_) in enumerate(names):
        index.setdefault(low[:2], []).append(k)
    return names, {pair: tuple(ks) for pair, ks in index.items()}


@cached(maxsize=None)
def _place_words() -> frozenset[str]:
    """The word keys of every place's English forms (the words a demonym suffix may follow)."""
    stop = words("stopwords")
    return frozenset(
        k for group in _places() for name, _ in group for k in _keys(name) if k not in stop
    )


@cached(maxsize=None)
def vocabulary() -> frozenset[str]:
    """Every word key of the glossary's English: a word of another term is no misspelling."""
    return frozenset(
        k
        for e in glossary().entries
        for form in (e.english, *e.english_variants, e.kcna_english)
        if form
        for k in _keys(form)
    )


def _expand(forms: Sequence[str]) -> list[str]:
    """``forms`` plus each with a place name in it swapped for another form of that place."""
    found = list(forms)
    names, index = _place_names()
    for form in forms:
        lowered = form.lower()
        # what a name in it may start with: every piece of it up to two letters long
        starts = {lowered[i : i + n] for i in range(len(lowered) + 1) for n in (0, 1, 2)}
        for k in sorted(k for start in starts for k in index.get(start, ())):
            low, name, pattern, group = names[k]
            if low in lowered and pattern.search(form):
                found += [pattern.sub(o, form, count=1) for o in group if o != name]
    return list(dict.fromkeys(found))


def _forms(entry: TermEntry) -> tuple[str, ...]:
    """The accepted English forms; a place also in its DPRK romanisation, as names of
    buildings and sites carry it (대동강 Taedonggang in Taedonggang Diplomatic Club)."""
    assert entry.english is not None
    syllables = "".join(ch for ch in entry.dprk or "" if is_syllable(ch))
    romanised = (word(syllables, "dprk"),) if entry.kind == "place" and syllables else ()
    return _expanded((entry.english, *entry.english_variants, *romanised))


@cached(maxsize=1024)
def _expanded(forms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_expand(forms))


def _same(word: str, key: str) -> bool:
    """Whether the English token ``key`` renders the form word ``word`` (a place word may carry
    a demonym suffix: Russia → Russian)."""
    if word == key:
        return True
    if len(key) <= len(word) or not key.startswith(word):
        return False
    rest = key[len(word) :].replace("’", "'")
    return word in _place_words() and rest in words("demonym_suffixes")


def _options(word: str) -> list[str]:
    """What a word of a form is compared with: itself, and a place word with its demonyms
    (Ssian ~ Russian)."""
    if word not in _place_words():
        return [word]
    return [word, *(word + suffix for suffix in words("demonym_suffixes"))]


class _Words:
    """One English text's tokens, where each form stands in them, and the tokens split at
    hyphens for the word-by-word search: where each distinct key stands, and which tokens pair
    with each form word (computed once per word and text, kept only while the text is checked:
    forms share most of their words)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.phrases: dict[tuple[str, ...], list[int]] = {}
        self.parts = _parts(tokens)
        self.starts = [t.start for t in self.parts]
        where: dict[str, list[int]] = {}
        for i, t in enumerate(self.parts):
            where.setdefault(t.key, []).append(i)
        self.keys = tuple(where)
        self.where = {k: tuple(v) for k, v in where.items()}
        self.words: dict[str, _Paired] = {}

    def occurrences(self, keys: tuple[str, ...]) -> list[int]:
        """The token indices where the word keys ``keys`` of a form stand."""
        found = self.phrases.get(keys)
        if found is None:
            found = self.phrases[keys] = find_phrase(self.tokens, keys, _same)
        return found

    def paired(self, word: str) -> _Paired:
        """The tokens that pair with the form word ``word``: at ``term_pair_cutoff`` by
        ``fuzz.ratio`` with any of its options, or as one of them with its first letters lost
        (scored at the cutoff), a stopword only as itself."""
        found = self.words.get(word)
        if found is None:
            floor, stop = number("term_pair_cutoff"), words("stopwords")
            score: dict[int, float] = {}
            for option in _options(word):
                cutoff = 100 if option in stop else floor  # 'of' is never misspelt 'on'
                for key, value, _ in process.extract(
                    option, self.keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
                ):
                    for i in self.where[key]:
                        if value > score.get(i, 0.0):
                            score[i] = float(value)
                if option in stop:
                    continue
                for lost in range(1, int(number("truncated_letters")) + 1):
                    rest = option[lost:]  # the word with its first letters lost pairs too (Ce)
                    for i in self.where.get(rest, ()) if len(rest) >= 2 else ():
                        score[i] = max(score.get(i, 0.0), floor)
            inexact = tuple(sorted(i for i, value in score.items() if value < 100))
            found = self.words[word] = _Paired(score, tuple(sorted(score)), inexact)
        return found


@dataclass(frozen=True)
class _Paired:
    """The tokens of a text that pair with one form word, each with its best similarity
    (sparse: most tokens pair with no word of a form), and in order all of them and those
    that pair inexactly."""

    score: Mapping[int, float]
    tokens: tuple[int, ...]
    inexact: tuple[int, ...]


def _within(indices: tuple[int, ...], lo: int, hi: int) -> tuple[int, ...]:
    """The token indices of ``indices`` (in order) from ``lo`` up to ``hi``."""
    return indices[bisect.bisect_left(indices, lo) : bisect.bisect_left(indices, hi)]


def _parts(tokens: Sequence[Token]) -> Tokens:
    """The tokens split at their hyphens (Pyongyang-Moscow is two words to compare); a part
    after a hyphen counts as capitalised when its token is."""
    found: list[Token] = []
    for token in tokens:
        if not _HYPHEN.search(token.text):
            found.append(token)  # one piece: the token as it is
            continue
        at = token.start
        for k, piece in enumerate(_HYPHEN.split(token.text)):
            found.append(
                Token(
                    piece,
                    at,
                    at + len(piece),
                    word_key(piece),
                    piece[:1].isupper() or (k > 0 and token.capital),  # Rk-china: one name
                    token.joined if k == 0 else True,
                )
            )
            at += len(piece) + 1
    return Tokens(found)


@dataclass(frozen=True)
class _FormWords:
    """The words of an accepted form split at hyphens: their keys, whether each must be
    capitalised in a rendering (a place's name: Vladivostok, never "vladivostok"; an embassy
    may be lower case), and which are content words (all of them if none is)."""

    keys: tuple[str, ...]
    capitals: tuple[bool, ...]
    content: tuple[int, ...]


@cached(maxsize=4096)
def _form_words(form: str) -> _FormWords:
    parts = _parts(_tokens(form))
    keys = tuple(t.key for t in parts)
    stop, places = words("stopwords"), _place_words()
    content = tuple(j for j, w in enumerate(keys) if w not in stop) or tuple(range(len(keys)))
    return _FormWords(keys, tuple(t.capital and t.key in places for t in parts), content)


@dataclass(frozen=True)
class _Plan:
    """A term mention, where its rendering is expected, and its forms."""

    match: Match
    entry: TermEntry
    at: int
    forms: tuple[str, ...]
    kcna: str | None

    @property
    def kind(self) -> str:
        return self.entry.kind or self.match.kind

    @property
    def candidates(self) -> tuple[str, ...]:
        return (*self.forms, *((self.kcna,) if self.kcna else ()))


def _wrong(plan: _Plan, hit: _Similar, parts: Sequence[Token]) -> list[tuple[str, str]]:
    """The (form word, token) pairs of ``hit`` where the token misspells the word.  A common
    English word (``english_word_zipf``) misspells one only beside content words rendered
    exactly (Ate Affairs Commission); alone it is another word (greetings, not Meeting)."""
    form = _form_words(plan.forms[hit.form])
    keys = form.keys
    differ = [
        (keys[j], parts[hit.first + a].key)
        for a, j, _ in hit.pairs
        if not _same(keys[j], parts[hit.first + a].key)
    ]
    exact = sum(1 for _, j, _ in hit.pairs if j in form.content) - len(differ)
    common = number("english_word_zipf")
    return [
        (right, key)
        for right, key in differ
        if misspelt(key, right, vocabulary()) and (exact > 0 or english_zipf(key) < common)
    ]


def _plan(match: Match, anchors: Sequence[tuple[int, int]], ratio: float) -> _Plan:
    entry = match.entry
    assert entry is not None and entry.english is not None
    forms = _forms(entry)
    kcna = entry.kcna_english if entry.kcna_english not in forms else None
    return _Plan(match, entry, predict(anchors, match.start, ratio), forms, kcna)


def _base(plan: _Plan) -> dict[str, Any]:
    assert plan.entry.english is not None
    return {
        "kind": plan.match.kind,
        "korean": plan.match.text,
        "korean_span": (plan.match.start, plan.match.end),
        "expected": plan.entry.english,
    }


def _span(
    english: str, tokens: Sequence[Token], first: int, last: int
) -> tuple[str, tuple[int, int]]:
    start, end = tokens[first].start, tokens[last - 1].end
    return english[start:end], (start, end)


@dataclass(frozen=True)
class _Exact:
    distance: int
    first: int
    last: int
    form: int  # index into the plan's candidates


def _exact(plan: _Plan, text: _Words) -> _Exact | None:
    """The occurrence of an accepted form (or the KCNA English) nearest the expected place."""
    tokens = text.tokens
    hits = []
    for k, form in enumerate(plan.candidates):
        keys = _keys(form)
        hits += [(abs(tokens[i].start - plan.at), -len(keys), k, i) for i in text.occurrences(keys)]
    if not hits:
        return None
    distance, size, k, i = min(hits)
    return _Exact(distance, i, i - size, k)


def _content(plan: _Plan, hit: _Exact) -> int:
    """How many content words the form found exactly has."""
    stop = words("stopwords")
    return sum(1 for w in _keys(plan.candidates[hit.form]) if w not in stop)


def _exact_finding(plan: _Plan, hit: _Exact, tokens: Sequence[Token], english: str) -> Finding:
    found, span = _span(english, tokens, hit.first, hit.last)
    base = {**_base(plan), "found": found, "english_span": span, "score": 100.0}
    form = plan.candidates[hit.form]
    lowered = [
        (t.text, f.text)
        for t, f in zip(tokens[hit.first : hit.last], _tokens(form), strict=False)
        if f.capital and not t.capital
    ]
    if lowered and plan.kind in words("proper_kinds"):  # a proper name's word in lower case
        shown = ", ".join(f"'{a}' for '{b}'" for a, b in lowered)
        return Finding(**base, verdict="variant", explanation=f"in lower case: {shown}")
    if form != plan.kcna:
        return _accepted(hit.form, base)
    return _judge(plan, _keys(form), base, "KCNA")


def _accepted(form: int, base: dict[str, Any]) -> Finding:
    """The finding for a rendering that is accepted form ``form`` itself: ``ok`` for the
    standard (the first), else ``variant``."""
    if form == 0:
        return Finding(**base, verdict="ok", explanation="")
    return Finding(**base, verdict="variant", explanation="an accepted rendering")


@dataclass(frozen=True)
class _Similar:
    """A window of tokens whose every word pairs with a word of one accepted form."""

    rank: tuple[int, int, float, int]  # content words unpaired (≤ 0), paired, similarity, -distance
    first: int
    last: int
    form: int
    pairs: tuple[tuple[int, int, float], ...]


def _holds(span: tuple[int, int], inner: tuple[int, int]) -> bool:
    """Whether ``span`` holds ``inner`` and more."""
    return span[0] <= inner[0] and inner[1] <= span[1] and span != inner


@dataclass(frozen=True)
class _Claims:
    """Claimed spans sorted by start, for overlap tests in logarithmic time."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    longest: int

    @classmethod
    def of(cls, claimed: Claimed) -> _Claims:
        spans = tuple(sorted(set(claimed)))
        longest = max((e - s for s, e in spans), default=0)
        return cls(spans, tuple(s for s, _ in spans), longest)

    def block(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` overlaps a claimed span without wholly containing it (a longer
        name may hold a shorter one: China in People's Republic of China)."""
        start, end = span
        first = bisect.bisect_left(self.starts, start - self.longest)
        last = bisect.bisect_left(self.starts, end)
        return any(start < e and not _holds(span, (s, e)) for s, e in self.spans[first:last])


def _adjacent(english: str, part: Sequence[Token]) -> bool:
    """Whether only spaces, apostrophes and hyphens stand between the tokens (Workers' Party),
    or the full stop of an abbreviation (Col. General: ``abbreviations`` of tables/check.tsv)."""
    short = words("abbreviations")
    return all(
        not (gap := english[a.end : b.start].strip(" '’-‐")) or (gap == "." and a.key in short)
        for a, b in itertools.pairwise(part)
    )


def _shifted(paired: Sequence[_Paired], at: int) -> Callable[[int, int], float]:
    """The similarity of window word ``a`` (the window starting at ``at``) and form word ``j``."""
    return lambda a, j: paired[j].score.get(at + a, 0.0)


def _similar(
    plan: _Plan, text: _Words, english: str, claimed: _Claims, seen: bool
) -> _Similar | None:
    """The best window near the expected place, outside ``claimed``, that pairs word for word
    with an accepted form, in :func:`_order` (``seen``: an accepted form was found near).
    Only stopwords may stay unpaired inside a window (the government of our Republic)."""
    window, floor = number("term_window_chars"), number("term_pair_cutoff")
    stop = words("stopwords")
    parts = text.parts
    lo = bisect.bisect_left(text.starts, plan.at - window)
    hi = bisect.bisect_right(text.starts, plan.at + window)
    forms = [_form_words(form) for form in plan.forms]
    if seen and not any(_within(text.paired(w).inexact, lo, hi) for f in forms for w in f.keys):
        return None  # every word near that pairs renders its word, and a form is there
    best: _Similar | None = None
    for k, fw in enumerate(forms):
        keys, capitals, content = fw.keys, fw.capitals, fw.content
        if not keys:
            continue
        pairing = [text.paired(w) for w in keys]
        near = [_within(p.tokens, lo, hi) for p in pairing]
        pairable = {i for found in near for i in found}
        # a window starts with a token that pairs with a content word of the form
        for i in sorted({i for j in content for i in near[j]}):
            for size in range(max(1, len(keys) - 2), len(keys) + 2):
                if i + size > hi:  # (hi is at most the number of parts)
                    break
                if i + size - 1 not in pairable:
                    continue  # the last word must pair too
                part = parts[i : i + size]
                if not _adjacent(english, part):
                    break  # nor is any longer window
                if claimed.block((part[0].start, part[-1].end)):
                    continue
                pairs = pair_indices(size, len(keys), floor, _shifted(pairing, i))
                taken = {a for a, _, _ in pairs}
                loose = [a for a in range(size) if a not in taken]
                if (
                    not pairs
                    or {0, size - 1} - taken
                    or any(part[a].key not in stop for a in loose)
                    or any(capitals[j] and not part[a].capital for a, j, _ in pairs)
                ):
                    continue  # every word pairs but a stopword inside (of our Republic)
                paired = sum(1 for _, j, _ in pairs if j in content)
                if paired < max(1, len(content) - 1):
                    continue
                similarity = sum(p[2] for p in pairs) / len(keys)
                distance = abs(part[0].start - plan.at)
                rank = (paired - len(content), paired, similarity, -distance)
                if best is None or _order(rank, plan) > _order(best.rank, plan):
                    best = _Similar(rank, i, i + size, k, tuple(pairs))
    return best


def _order(rank: tuple[int, int, float, int], plan: _Plan) -> tuple[int, int, bool, float, int]:
    """How windows compare: fewest content words unpaired, most paired, then, for the kinds
    of ``near_kinds`` (words an article repeats, such as titles), one within
    ``term_near_chars`` of the expected place and at least ``term_near_similarity`` like a form
    before any other (Presidentik beside the name it precedes, not president in another title
    far off; but not "it", a visit cut short, before the visit itself), then similarity, then
    nearness."""
    unpaired, paired, similarity, nearness = rank
    near = (
        plan.kind in words("near_kinds")
        and -nearness <= number("term_near_chars")
        and similarity >= number("term_near_similarity")
    )
    return unpaired, paired, near, similarity, nearness


def _similar_finding(plan: _Plan, hit: _Similar, tokens: Sequence[Token], english: str) -> Finding:
    found, span = _span(english, tokens, hit.first, hit.last)
    score = round(hit.rank[2], 1)
    base = {**_base(plan), "found": found, "english_span": span, "score": score}
    if (
        hit.rank[0] == 0
        and len(hit.pairs) == len(_form_words(plan.forms[hit.form]).keys)
        and all(p[2] == 100 for p in hit.pairs)
    ):  # every word of a form, as it is (Russian Ambassador: Russia + n, Ambassador)
        return _accepted(hit.form, base)
    wrong = _wrong(plan, hit, tokens)
    form = _form_words(plan.forms[hit.form])
    proper = {key for key, capital in zip(form.keys, form.capitals, strict=True) if capital}
    if wrong and (plan.kind in words("misspelt_kinds") or any(r in proper for r, _ in wrong)):
        # (a place's name misspelt is an error in any term: DPRK-Russiaik)
        text = min(word_cause(r, w, plan.match.text) for r, w in wrong).text
        return Finding(**base, verdict="error", explanation=text)
    return _judge(plan, tuple(t.key for t in tokens[hit.first : hit.last]), base, "")


def _judge(plan: _Plan, found_keys: Sequence[str], base: dict[str, Any], source: str) -> Finding:
    """A rendering that is no accepted form: an error when it leaves content words out of the
    middle of every form; a mere shortening of one (secretary of the Central Committee) is not."""
    stop = words("stopwords")
    shortened = any(_contiguous(found_keys, _keys(form)) for form in plan.forms)
    if plan.kind in words("drop_kinds") and not shortened:
        for form in plan.forms:
            left_out = interior_drop(found_keys, _keys(form), stop)
            if left_out:
                text = explain(
                    "modifier", expected=" ".join(left_out), wrong=base["found"] or "", word=form
                )
                return Finding(**base, verdict="error", explanation=text)
    if source:
        return Finding(**base, verdict="variant", explanation=f"{source}'s own English")
    return Finding(**base, verdict="unverified", explanation="rendered in no recorded form")


def _contiguous(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether ``part`` stands in ``whole`` as one unbroken run."""
    n = len(part)
    return n > 0 and any(tuple(whole[i : i + n]) == tuple(part) for i in range(len(whole) - n + 1))


def _missing(plan: _Plan, korean: str) -> Finding:
    """Nothing renders the term: ``missing`` for a proper kind, unless its sense needs quotes
    the Korean does not give it (근로자 is the journal Kulloja only as 《근로자》)."""
    quoted = korean[plan.match.start - 1 : plan.match.start] in words("quote_marks")
    proper = plan.kind in words("proper_kinds")
    if plan.kind in words("quoted_kinds") and not quoted:
        proper = False
    verdict: Verdict = "missing" if proper else "unverified"
    text = explain("missing", word=plan.entry.english or "")
    return Finding(
        **_base(plan), found=None, english_span=None, verdict=verdict, score=0.0, explanation=text
    )


def term_findings(
    matches: Sequence[Match],
    korean: str,
    tokens: Sequence[Token],
    english: str,
    anchors: Sequence[tuple[int, int]],
    ratio: float,
    claimed: Claimed,
) -> list[Finding]:
    """The findings for the glossary terms ``matches`` of ``korean`` in the English ``tokens``,
    sought near the place the (Korean, English) offset ``anchors`` and the length ``ratio``
    predict; ``claimed`` holds the spans the names took (exact renderings are added to it)."""
    plans = [_plan(m, anchors, ratio) for m in matches]
    text = _Words(tokens)
    exact = [_exact(p, text) for p in plans]
    window = number("term_window_chars")
    claimed += [
        (tokens[hit.first].start, tokens[hit.last - 1].end)
        for hit in exact
        if hit is not None and hit.distance <= window
    ]
    parts = text.parts
    claims = _Claims.of(claimed)
    similar = [
        _similar(p, text, english, claims, hit is not None and hit.distance <= window)
        for p, hit in zip(plans, exact, strict=True)
    ]
    # a complete, misspelt copy of a form is the rendering of the mention nearest it
    nearest: dict[tuple[int, int], tuple[int, int]] = {}  # span → (-distance, mention)
    for k, (plan, near) in enumerate(zip(plans, similar, strict=True)):
        if near is not None and near.rank[0] == 0 and _wrong(plan, near, parts):
            span = (near.first, near.last)
            if span not in nearest or near.rank[3] > nearest[span][0]:
                nearest[span] = (near.rank[3], k)
    owner = {span: k for span, (_, k) in nearest.items()}
    found: list[Finding] = []
    for k, (plan, hit, near) in enumerate(zip(plans, exact, similar, strict=True)):
        start, end = (parts[near.first].start, parts[near.last - 1].end) if near else (0, 0)
        # an accepted form is the rendering unless an unclaimed window renders more of the
        # term's words, or as many nearer, or holds it
        if near is not None and (
            hit is None
            or owner.get((near.first, near.last)) == k
            or (near.rank[1], near.rank[3]) > (_content(plan, hit), -hit.distance)
            or _holds((start, end), (tokens[hit.first].start, tokens[hit.last - 1].end))
        ):
            found.append(_similar_finding(plan, near, parts, english))
        elif hit is not None:
            found.append(_exact_finding(plan, hit, tokens, english))
        else:
            found.append(_missing(plan, korean))
    return found
