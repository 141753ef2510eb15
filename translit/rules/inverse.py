"""A Hangul spelling → the Cyrillic words a rule table spells so: the table's derived inverse.

The inverse is never written by hand: every rule output becomes a lattice edge back to the
rule's Cyrillic letters.  A beam search walks the lattice over the word's jamo, checking each
rule's context as the Cyrillic grows and scoring prefixes with a character model of the source
language; each complete candidate is then spelled forward again and kept only if the table
really gives the input, with the weight of that spelling as its rule likelihood
P(Hangul | Cyrillic).
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple, Protocol

from translit.data import cached
from translit.hangul import jamo
from translit.rules.language import BOUNDARY, Rule, load
from translit.rules.spell import spell


@dataclass(frozen=True)
class Width:
    """How much of the lattice a search keeps at each position: at most ``beam`` prefixes, none
    more than ``spread`` (natural log) below the best."""

    beam: int
    spread: float


# Every correct reading of 2,400 attested and dictionary name words stays within 12 of the best
# prefix at each position of a 60-wide DPRK search, 99.5% within 9, and of 227 South Korean
# ones within 11 (benchmarks/beam_width.py); South Korean spellings, which have no tense
# consonants and write fewer letters apart, crowd more readings into a beam.
NARROW = Width(30, 12.0)
NARROW_SOUTH = Width(60, 12.0)
WIDE = Width(60, math.inf)  # for readings made ahead of time, and a word NARROW reads as nothing
MAX_EPSILON_RUN = 1


class PrefixModel(Protocol):
    """What the beam ranks prefixes by: a character model of the source language."""

    @property
    def context(self) -> int:
        """How many of a prefix's last letters an extension's log-probability depends on."""

    def extension_logprob(self, prefix: str, added: str) -> float: ...


@dataclass(frozen=True, eq=False)
class Edge:
    """A rule output read backwards: jamo ``output`` came from Cyrillic ``rule.letters``."""

    output: str
    rule: Rule
    logw: float  # log of the rule's weight for this output
    index: int  # its place in ``Lattice.edges``


@dataclass(frozen=True)
class Lattice:
    by_first: Mapping[str, tuple[Edge, ...]]
    epsilon: tuple[Edge, ...]
    jamo: frozenset[str]  # every jamo some rule writes: a word with another has no reading
    edges: tuple[Edge, ...]  # every edge, by index
    reach: int  # the most letters a rule's context looks at on either side
    longest: int  # the most jamo an edge reads
    endings: tuple[str, ...] | None  # what a word the table spells ends with (None: anything)
    at: dict[tuple[str, bool], tuple[tuple[Edge, ...], tuple[Edge, ...]]] = field(
        default_factory=dict, compare=False
    )  # what :func:`_edges_at` found, by its arguments


@dataclass(frozen=True)
class Reading:
    """One Cyrillic reconstruction of a Hangul word and the log-likelihood of its spelling."""

    cyrillic: str
    rule_logp: float


class _Hyp(NamedTuple):
    cyrillic: str
    score: float  # rule log-likelihood + character model, the beam's ranking
    state: int  # what decides its extensions (see ``_Steps``)


@cached(maxsize=None)
def lattice(table: str) -> Lattice:
    """Index every output of every rule of ``table`` by its first jamo."""
    edges: list[Edge] = []
    for rule in load(table).rules:
        for output, weight in rule.outputs:
            forms = [output]
            if output and jamo.is_onset(output[-1]):  # composing gives a bare onset ㅡ (ㄹ → 르)
                forms.append(output + jamo.EU)
            for form in forms:
                edges.append(Edge(form, rule, math.log(weight), len(edges)))
    by_first: dict[str, list[Edge]] = {}
    for edge in edges:
        if edge.output:
            by_first.setdefault(edge.output[0], []).append(edge)
    frozen = {k: tuple(v) for k, v in by_first.items()}
    written = frozenset(ch for edge in edges for ch in edge.output)
    reach = max((max(len(e.rule.left), len(e.rule.right)) for e in edges), default=0)
    epsilon = tuple(e for e in edges if not e.output)
    longest = max((len(e.output) for e in edges), default=0)
    ends = _endings(load(table).rules)
    return Lattice(MappingProxyType(frozen), epsilon, written, tuple(edges), reach, longest, ends)


def _at_end(rule: Rule, after: str = "") -> bool:
    """Whether ``rule``'s right context holds when ``after`` and then the word's end follow."""
    return rule.right_matches(rule.letters + after, len(rule.letters))


def _endings(rules: tuple[Rule, ...]) -> tuple[str, ...] | None:
    """The last jamo (two at most) a word spelled by ``rules`` can end with, or ``None`` when
    that cannot be said: the outputs of the rules that can write a word's last output, each
    as composing leaves it.  A rule can be last if its right context holds at the end and no
    earlier rule of the same letters, with no left context, holds there too (which would
    apply instead), or if a rule with an empty output (ь, й) can follow it at the end (the
    search takes no two silent steps in a row).  A superset: it tells only which words no
    reading can spell (바기노브 is no South Korean spelling: a final в or б is 프 there)."""
    silent = [r for r in rules if any(not output for output, _ in r.outputs)]

    def follows(first: Rule, then: Rule) -> bool:  # ``then`` silent after ``first``, at the end
        word = first.letters + then.letters
        return then.left_matches(word, len(first.letters)) and _at_end(then)

    if MAX_EPSILON_RUN > 1:
        return None  # two silent rules may end a reading: look further back than this does
    last = []
    for i, rule in enumerate(rules):
        shadowed = any(q.letters == rule.letters and not q.left and _at_end(q) for q in rules[:i])
        if (_at_end(rule) and not shadowed) or any(
            follows(rule, quiet) and _at_end(rule, quiet.letters) for quiet in silent
        ):
            last.append(rule)
    found: set[str] = set()
    for before in (
        "",
        jamo.to_jamo("가"),
        jamo.to_jamo("간"),
    ):  # a start, an open, a closed syllable
        written = jamo.normalize(before)
        for rule in last:
            for output, _ in rule.outputs:
                if not output:
                    continue
                whole = jamo.normalize(before + output)
                own = whole[len(written) :] if whole.startswith(written) else whole[-1:]
                if not own:
                    return None
                found.add(own[-2:])
    return tuple(sorted(found))


# A prefix's state: its last letters, the rules whose right context is not yet seen (the edge
# that applied each, and where the rule's letters end among those last letters) and its run
# of silent steps.
_State = tuple[str, tuple[tuple[int, int], ...], int]
_UNSEEN: tuple[int, float] = (-1, 0.0)  # a step not worked out yet
STEP_MEMO = 200_000  # steps remembered per table and model before the memo starts afresh
_MARGIN = 1e-6  # the character model's log-probabilities may exceed 0 by rounding, never this
# A prefix in a position's queue: minus its score (or, while its step is not worked out, minus
# the bound of its score), whether that is its score, its order of arrival (an arrival, or a
# silent step of the arrival it follows, then the index of that step, or of the parent among
# the prefixes kept where it comes from), its parent, the step that extends the parent (none:
# the empty prefix), the state it reaches (-1: not known) and, for an arrival's bound, where
# its parent was kept (those prefixes, best first, and how far apart their orders of arrival
# are), so that the next of them by the same step is queued only when this one is taken.
_Source = tuple[list[_Hyp], int]
_Entry = tuple[float, bool, int, int, int, _Hyp, "Edge | None", int, "_Source | None"]


class _Steps:
    """The search's steps, worked out once per table and model: whether an edge may extend a
    prefix, and what the character model adds, depend only on the prefix's state (its last
    letters, as far as the model and the rules' contexts look; the rules still waiting for
    their right context; its run of silent steps), which many prefixes of many words share."""

    def __init__(self, index: Lattice, model: PrefixModel) -> None:
        self.index, self.model = index, model
        self.tail = max(model.context, index.reach)
        self.states: list[_State] = []
        self.complete: list[bool] = []  # whether a state's pending rules hold at the word's end
        self.ids: dict[_State, int] = {}
        self.memo: dict[int, tuple[int, float] | None] = {}
        self.start = self._id(("", (), 0))

    def _id(self, state: _State) -> int:
        found = self.ids.get(state)
        if found is None:
            found = self.ids[state] = len(self.states)
            self.states.append(state)
            tail, pending, _ = state
            edges = self.index.edges
            self.complete.append(all(edges[n].rule.right_matches(tail, end) for n, end in pending))
        return found

    def step(self, state: int, edge: Edge) -> tuple[int, float] | None:
        """The state a prefix in ``state`` reaches by ``edge`` and the character model's
        log-probability of the letters added; ``None`` when a rule's context forbids it."""
        key = state * len(self.index.edges) + edge.index
        found = self.memo.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = self.memo[key] = self._step(self.states[state], edge)
        return found

    def _step(self, state: _State, edge: Edge) -> tuple[int, float] | None:
        tail, pending, epsilons = state
        rule = edge.rule
        word = tail + rule.letters
        if rule.left and not rule.left_matches(word, len(tail)):
            return None
        waiting = []
        for n, end in pending:
            r = self.index.edges[n].rule
            if not r.right_matches(word, end, complete=False):
                return None
            if end + len(r.right) > len(word):
                waiting.append((n, end))
        if rule.right:
            waiting.append((edge.index, len(word)))
        cut = max(len(word) - self.tail, 0)
        kept = tuple((n, end - cut) for n, end in waiting)
        context = tail[max(len(tail) - self.model.context, 0) :]
        lm = self.model.extension_logprob(context, rule.letters)
        run = epsilons + 1 if not edge.output else 0
        return self._id((word[cut:], kept, run)), lm


@cached(maxsize=8)
def _memo(table: str, model: PrefixModel) -> list[_Steps]:
    """The steps of ``table`` under ``model``, in a holder whose content a full memo replaces
    (a search holds on to the steps it started with)."""
    return [_Steps(lattice(table), model)]


def _steps(table: str, model: PrefixModel) -> _Steps:
    holder = _memo(table, model)
    if len(holder[0].memo) > STEP_MEMO:
        holder[0] = _Steps(lattice(table), model)
    return holder[0]


def _best(
    queue: list[_Entry],
    silent: tuple[Edge, ...],
    steps: _Steps,
    beam: int,
    spread: float,
    *,
    end: bool,
) -> list[_Hyp]:
    """The ``beam`` best of the prefixes arriving at a position and of the extensions of those
    kept by a silent rule, none ``spread`` below the first and one per letters and state, best
    first, ties in the order of arrival (then the silent extensions, in the order of their
    parents).  At the ``end`` of the word, a prefix whose rules want a letter after it is no
    reading, and takes no place in the beam.  An entry is scored when its bound comes first:
    what comes out scored is in order.  The prefixes a step extends are best first, so their
    bounds by that step are too: each is queued when the one before it is taken."""
    heapq.heapify(queue)
    kept: list[_Hyp] = []
    seen: set[tuple[str, int]] = set()
    memo, stride, complete, states = (
        steps.memo,
        len(steps.index.edges),
        steps.complete,
        steps.states,
    )
    pop, push = heapq.heappop, heapq.heappush
    while queue and len(kept) < beam:
        key, scored, kind, n, k, parent, edge, state, source = pop(queue)
        if kept and -key < kept[0].score - spread:
            break  # this and all that is left score too far below the best
        if edge is None:
            hyp = parent
        elif not scored:
            if source is not None and k + 1 < len(source[0]):  # the next the same step extends
                after = source[0][k + 1]
                bound = -(after.score + edge.logw + _MARGIN)
                push(queue, (bound, False, 0, n + source[1], k + 1, after, edge, -1, source))
            found = steps.step(parent.state, edge)
            if found is not None and not (end and not complete[found[0]]):
                score = -(parent.score + edge.logw + found[1])
                push(queue, (score, True, kind, n, k, parent, edge, found[0], None))
            continue
        else:
            cyrillic = parent.cyrillic + edge.rule.letters
            if (cyrillic, state) in seen:
                continue
            hyp = _Hyp(cyrillic, -key, state)
        seen.add((hyp.cyrillic, hyp.state))
        kept.append(hyp)
        if kind == 0 and states[hyp.state][2] < MAX_EPSILON_RUN:  # an arrival: its silent steps
            base = hyp.state * stride
            for i, quiet in enumerate(silent):  # scored where the step is known, else bounded
                step = memo.get(base + quiet.index, _UNSEEN)
                if step is _UNSEEN:
                    bound = -(hyp.score + quiet.logw + _MARGIN)
                    push(queue, (bound, False, 1, n, i, hyp, quiet, -1, None))
                elif step is not None and not (end and not complete[step[0]]):
                    score = -(hyp.score + quiet.logw + step[1])
                    push(queue, (score, True, 1, n, i, hyp, quiet, step[0], None))
    return kept


def _edges_at(
    index: Lattice, ahead: str, *, end: bool
) -> tuple[tuple[Edge, ...], tuple[Edge, ...]]:
    """The edges that read the jamo ``ahead`` start with, and the silent edges that may come
    before them (or, at the ``end``, before the word's end): an empty output (a doubled letter,
    a silent sign) must be followed by a letter that some edge here can read, so the others
    are skipped before they crowd the beam."""
    found = index.at.get((ahead, end))
    if found is None:
        edges = tuple(e for e in index.by_first.get(ahead[:1], ()) if ahead.startswith(e.output))
        following = {e.rule.letters[0] for e in edges} | ({BOUNDARY} if end else set())
        silent = tuple(
            e
            for e in index.epsilon
            if not e.rule.right or any(e.rule.right[0].matches(ch) for ch in following)
        )
        found = index.at[ahead, end] = (edges, silent)
    return found


def _alive(target: str, index: Lattice) -> list[bool]:
    """For each position of ``target``, whether rule outputs, contexts aside, can spell the rest
    of it: a word whose start is not alive has no reading (a test most Korean words fail at
    once), and no prefix that reaches a dead position ever completes."""
    alive = [False] * len(target) + [True]
    for i in range(len(target) - 1, -1, -1):
        alive[i] = any(
            target.startswith(edge.output, i) and alive[i + len(edge.output)]
            for edge in index.by_first.get(target[i], ())
        )
    return alive


def readings(word: str, table: str, model: PrefixModel, width: Width = NARROW) -> list[Reading]:
    """Every Cyrillic word ``table`` spells as Hangul ``word`` (one word, syllables only).

    The search keeps, at each jamo position, the best prefixes that reach it (ties in the order
    they arrived), one per letters and state, as many as ``width`` allows.  A prefix is scored
    only when it may still enter its position's beam: its score is at most its parent's plus
    its rule's weight (a character model gives a log-probability of at most 0), so prefixes
    are taken best bound first and the rest are never scored; and since the prefixes kept at a
    position are best first, each step queues the next of them only once it has taken one."""
    target = jamo.to_jamo(word)
    index = lattice(table)
    if not set(target) <= index.jamo:
        return []
    alive = _alive(target, index)
    if not alive[0]:
        return []
    if index.endings is not None and not target.endswith(index.endings):
        return []
    beam, spread = width.beam, width.spread
    ruleset = load(table)
    steps = _steps(table, model)
    arriving: list[list[_Entry]] = [[] for _ in range(len(target) + 1)]
    start = _Hyp("", 0.0, steps.start)
    arriving[0].append((-0.0, True, 0, 0, 0, start, None, steps.start, None))
    counter = 1
    kept: list[_Hyp] = []
    for pos in range(len(target) + 1):
        end = pos == len(target)
        if not alive[pos]:
            continue
        edges, silent = _edges_at(index, target[pos : pos + index.longest], end=end)
        kept = _best(arriving[pos], silent, steps, beam, spread, end=end)
        if end:
            break
        if kept:  # each edge's bound from the best prefix kept: the rest follow in turn
            source = (kept, len(edges))
            best = kept[0]
            for i, edge in enumerate(edges):
                there = pos + len(edge.output)
                if alive[there]:
                    bound = -(best.score + edge.logw + _MARGIN)
                    entry = (bound, False, 0, counter + i, 0, best, edge, -1, source)
                    arriving[there].append(entry)
        counter += len(kept) * len(edges)
    found: dict[str, float] = {}
    for cyrillic in dict.fromkeys(hyp.cyrillic for hyp in kept):
        weight = _weight_of(spell(ruleset, cyrillic), target)
        if weight is not None:
            found[cyrillic] = math.log(weight)
    return [Reading(c, lp) for c, lp in found.items()]


def _weight_of(spellings: tuple[tuple[str, float], ...], target: str) -> float | None:
    """The weight of the best of ``spellings`` (best first) that is the jamo ``target``: as
    written, or once normalised (a bare onset takes ㅡ); ``None`` when none is."""
    for written, w in spellings:
        if written == target:
            best = w
            break
    else:
        best = None
    bones = jamo.skeleton(target)
    for written, w in spellings:  # a normalised spelling counts only where it is better
        if best is not None and w <= best:
            break
        if (
            written != target
            and jamo.skeleton(written) == bones
            and jamo.normalize(written) == target
        ):
            return w
    return best
