"""Chinese names written in Sino-Korean readings (습근평, 리강) → ranked Chinese readings.

Since about 2018 DPRK texts write a Chinese name as the Korean reading of its characters,
without 두음법칙 (리 for 李, 녕 for 寧).  A reading is a surname (one syllable, or a compound
surname of two) and a given name of one or two syllables; each syllable stands for any
character read so.  The probability of a reading is

    P(surname) × Π P(given-name character) × Π P(pinyin | character) × (1 + w · f(name))

normalised over every reading of the input: the surname's share of the population
(:mod:`translit.chinese.surnames`), each given-name character's share among given names mixed
with its share of Chinese text, the weight of a character's less usual pinyin, and a boost for a
whole name that is a word of wordfreq's Chinese list (``f`` in words per billion: public
figures are).  The model factorises over syllables, so the normaliser is exact, and the English
forms are ranked by their summed probability without listing every reading.

>>> best = readings("습근평")[0]
>>> best.hanzi, best.pinyin, best.english
('习近平', 'Xí Jìnpíng', 'Xi Jinping')
>>> english_forms("리강")[0]
'Li Qiang'
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from translit.chinese.characters import by_reading, characters
from translit.chinese.lexicon import names_read
from translit.chinese.pinyin import english_name, pinyin_word, toneless
from translit.chinese.south import south_spelling
from translit.chinese.surnames import surnames, text_share, weights
from translit.data import cached
from translit.errors import InputError, OptionError, require_text
from translit.hangul.jamo import is_syllable
from translit.hangul.text import clean

MIN_SYLLABLES, MAX_SYLLABLES = 2, 4


@dataclass(frozen=True)
class ChineseReading:
    """One reading of a Sino-Korean name: the characters, their pinyin and the English form.

    ``hangul`` is the name as read, a space after the surname; ``hanzi`` is simplified,
    ``traditional`` the traditional spelling; ``south`` the South Korean form (NIKL's, from the
    pinyin: 시진핑); ``probability`` is on one scale across every reading of the input;
    ``in_lexicon`` says that the whole name is a word of wordfreq's list.
    """

    hangul: str
    surname: str
    given: str
    traditional: str
    pinyin: str
    english: str
    probability: float
    in_lexicon: bool
    south: str

    @property
    def hanzi(self) -> str:
        return self.surname + self.given


@dataclass(frozen=True)
class _Option:
    """A character (or a compound surname) for one position, with one of its pinyin readings."""

    chars: str
    pinyin: tuple[str, ...]
    p: float


def _pinyin_weights(options: Sequence[str]) -> list[tuple[str, float]]:
    other = weights()["other_pinyin"]
    raw = [(p, 1.0 if i == 0 else other) for i, p in enumerate(options)]
    total = sum(w for _, w in raw)
    return [(p, w / total) for p, w in raw]


@cached(maxsize=None)
def _given_shares() -> Mapping[str, float]:
    chars = characters()
    total = sum(c.given for c in chars.values()) + 0.5 * len(chars)
    mix = weights()["given_name_weight"]
    text = text_share()
    return MappingProxyType(
        {ch: mix * (c.given + 0.5) / total + (1 - mix) * text[ch] for ch, c in chars.items()}
    )


def _surname_pinyin(char: str, table_pinyin: str) -> tuple[str, ...]:
    """The toned reading of a surname's character that its table pinyin names."""
    for toned in characters()[char].pinyin:
        if toneless(toned) == table_pinyin:
            return (toned,)
    return (table_pinyin,)


def _options(syllable: str, role: str) -> tuple[_Option, ...]:
    """Every character read ``syllable`` with each pinyin, for the surname or the given name,
    most probable first."""
    found = []
    table = surnames()
    shares = _given_shares()
    other = weights()["other_surname_share"]
    text = text_share()
    for c in by_reading().get(syllable, ()):
        if role == "surname":
            row = table.get(c.char)
            share = row.share if row else other * text[c.char]
            if row:
                found.append(_Option(c.char, _surname_pinyin(c.char, row.pinyin), share))
                continue
        else:
            share = shares[c.char]
        found.extend(_Option(c.char, (p,), share * w) for p, w in _pinyin_weights(c.pinyin))
    return tuple(sorted(found, key=lambda o: (-o.p, o.chars, o.pinyin)))


@cached(maxsize=None)
def _compounds() -> Mapping[str, tuple[_Option, ...]]:
    """Two Hangul syllables → the compound surnames read so."""
    readings: dict[str, list[str]] = {}
    for syllable, chars in by_reading().items():
        for c in chars:
            readings.setdefault(c.char, []).append(syllable)
    index: dict[str, list[_Option]] = {}
    for row in surnames().values():
        if len(row.hanzi) != 2 or not all(ch in readings for ch in row.hanzi):
            continue
        for spelling in itertools.product(*(readings[ch] for ch in row.hanzi)):
            index.setdefault("".join(spelling), []).append(
                _Option(row.hanzi, (row.pinyin,), row.share)
            )
    return MappingProxyType({k: tuple(v) for k, v in index.items()})


@dataclass(frozen=True)
class _Position:
    """The options of one position of a name, most probable first, with their summed
    probability and that probability by toneless pinyin, most first (the English forms')."""

    options: tuple[_Option, ...]
    total: float
    plain: Mapping[tuple[str, ...], float]
    ranked: tuple[tuple[tuple[str, ...], float], ...]


def _position(options: tuple[_Option, ...]) -> _Position:
    """A position filled by ``options`` (most probable first)."""
    plain: dict[tuple[str, ...], float] = {}
    for o in options:
        key = tuple(toneless(s) for s in o.pinyin)
        plain[key] = plain.get(key, 0.0) + o.p
    ranked = tuple(sorted(plain.items(), key=lambda kv: kv[1], reverse=True))
    return _Position(options, sum(o.p for o in options), MappingProxyType(plain), ranked)


@cached(maxsize=None)  # one per syllable and role: bounded by the syllables
def _syllable(syllable: str, role: str) -> _Position:
    """The characters read ``syllable``, for the surname or a syllable of the given name."""
    return _position(_options(syllable, role))


@cached(maxsize=None)
def _compound_surnames() -> Mapping[str, _Position]:
    """The compound surnames by their two syllables."""
    return MappingProxyType({k: _position(v) for k, v in _compounds().items()})


def _positions(surname: str, given: str) -> list[_Position] | None:
    if len(surname) == 2:
        first = _compound_surnames().get(surname)
    else:
        first = _syllable(surname, "surname")
    if first is None or not first.options:
        return None
    rest = [_syllable(s, "given") for s in given]
    return None if any(not r.options for r in rest) else [first, *rest]


def _splits(text: str) -> list[tuple[str, str]]:
    """The (surname, given name) divisions of a checked name."""
    if " " in text:
        surname, given = text.split(" ")
        return [(surname, given)]
    found = []
    for k in (1, 2):
        given = text[k:]
        if 1 <= len(given) <= 2:
            found.append((text[:k], given))
    return found


def _checked(hangul: str) -> str:
    require_text(hangul, "hangul")
    text = clean(hangul)
    for index, ch in enumerate(text):
        if not (is_syllable(ch) or ch == " "):
            raise InputError(
                f"not a Sino-Korean name: {ch!r} is not a Hangul syllable", text=text, index=index
            )
        if ch != " " and ch not in by_reading():
            raise InputError(f"no Chinese character is read {ch!r}", text=text, index=index)
    parts = text.split(" ")
    count = len(text.replace(" ", ""))
    if len(parts) > 2:
        raise InputError("a Chinese name has at most one space, after the surname", text=text)
    if len(parts) == 2 and not (1 <= len(parts[0]) <= 2 and 1 <= len(parts[1]) <= 2):
        raise InputError(
            "a Chinese name is a surname of 1 or 2 syllables and a given name of 1 or 2", text=text
        )
    if not MIN_SYLLABLES <= count <= MAX_SYLLABLES:
        raise InputError(
            f"a Chinese name has {MIN_SYLLABLES} to {MAX_SYLLABLES} syllables, not {count}",
            text=text,
        )
    if all(_positions(surname, given) is None for surname, given in _splits(text)):
        raise InputError(  # 가가가가: four syllables, and 가가 is no compound surname
            "no division into a Chinese surname (one syllable, or two such as 제갈) and a given "
            "name of one or two syllables reads as Chinese",
            text=text,
        )
    return text


@dataclass(frozen=True)
class _Scored:
    hangul: str
    options: tuple[_Option, ...]
    p: float
    in_lexicon: bool


def _spelled(positions: Sequence[_Position], word: str) -> Iterator[tuple[_Option, ...]]:
    """Every choice of options, one per position, that spells ``word`` (one per pinyin)."""
    head = len(positions[0].options[0].chars)
    per = [[o for o in positions[0].options if o.chars == word[:head]]]
    per += [
        [o for o in position.options if o.chars == ch]
        for position, ch in zip(positions[1:], word[head:], strict=True)
    ]
    return itertools.product(*per)


def _boost(zipf: float) -> float:
    return float(weights()["lexicon_weight"] * 10.0**zipf)


@cached(maxsize=4096)
def _scored(text: str, keep: int) -> tuple[tuple[_Scored, ...], float]:
    """The best readings (``keep`` options per position, every name of the lexicon) and the
    total probability mass of all readings."""
    found: dict[tuple[str, tuple[str, ...], int], _Scored] = {}
    total = 0.0
    for surname, given in _splits(text):
        positions = _positions(surname, given)
        if positions is None:
            continue
        total += math.prod(position.total for position in positions)
        spaced = f"{surname} {given}"
        words = names_read(surname + given)
        for combo in itertools.product(*(position.options[:keep] for position in positions)):
            chars = "".join(o.chars for o in combo)
            p = math.prod(o.p for o in combo)
            boost = _boost(words[chars]) if chars in words else 0.0
            key = (chars, tuple(s for o in combo for s in o.pinyin), len(surname))
            found[key] = _Scored(spaced, combo, p * (1 + boost), chars in words)
        for word, zipf in words.items():
            for combo in _spelled(positions, word):
                p = math.prod(o.p for o in combo)
                total += p * _boost(zipf)
                key = (word, tuple(s for o in combo for s in o.pinyin), len(surname))
                found[key] = _Scored(spaced, combo, p * (1 + _boost(zipf)), True)
    return tuple(sorted(found.values(), key=lambda s: -s.p)), total


def _reading(scored: _Scored, total: float) -> ChineseReading:
    first, rest = scored.options[0], scored.options[1:]
    chars = characters()
    trad = "".join(
        chars[ch].traditional[:1] or ch if ch in chars else ch
        for o in scored.options
        for ch in o.chars
    )
    given_pinyin = [s for o in rest for s in o.pinyin]
    surname_pinyin = list(first.pinyin)
    return ChineseReading(
        hangul=scored.hangul,
        surname=first.chars,
        given="".join(o.chars for o in rest),
        traditional=trad,
        pinyin=f"{pinyin_word(surname_pinyin)} {pinyin_word(given_pinyin)}",
        english=english_name(surname_pinyin, given_pinyin),
        probability=scored.p / total if total > 0 else 0.0,
        in_lexicon=scored.in_lexicon,
        south=south_spelling(
            [[toneless(s) for s in surname_pinyin], [toneless(s) for s in given_pinyin]]
        ),
    )


def _check_k(k: object) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise OptionError("k", k, ["a positive int"], message=f"k={k!r}: expected an int >= 1")
    return k


def readings(hangul: str, *, k: int = 5) -> tuple[ChineseReading, ...]:
    """The ``k`` most probable Chinese readings of a Sino-Korean name, best first.

    ``hangul`` is a name of 2 to 4 Hangul syllables, as DPRK texts write Chinese names
    (습근평, 왕아군; a space may mark the end of the surname: 습 근평).  Raises
    :class:`~translit.errors.InputError` for anything else (empty text, other scripts, a
    syllable no Chinese character is read as), :class:`~translit.errors.OptionError` for a bad
    ``k``.
    """
    keep = _check_k(k)
    text = _checked(hangul)
    scored, total = _scored(text, min(keep, int(weights()["max_per_syllable"])))
    return tuple(_reading(s, total) for s in scored[:keep])


def _english_masses(text: str, width: int) -> dict[str, float]:
    """The English forms' probability masses (not normalised): every form made of the ``width``
    most probable pinyin of each position (so the ``width`` best forms are exact), and the forms
    of the lexicon's names."""
    masses: dict[str, float] = {}
    for surname, given in _splits(text):
        positions = _positions(surname, given)
        if positions is None:
            continue
        best = [position.ranked[:width] for position in positions]
        for combo in itertools.product(*best):
            name = english_name(combo[0][0], [s for plain, _ in combo[1:] for s in plain])
            masses[name] = masses.get(name, 0.0) + math.prod(p for _, p in combo)
        for word, zipf in names_read(surname + given).items():
            for found in _spelled(positions, word):
                plains = [tuple(toneless(s) for s in o.pinyin) for o in found]
                name = english_name(plains[0], [s for plain in plains[1:] for s in plain])
                if name not in masses:
                    masses[name] = math.prod(
                        position.plain[p] for position, p in zip(positions, plains, strict=True)
                    )
                masses[name] += math.prod(o.p for o in found) * _boost(zipf)
    return masses


def english_forms(hangul: str, *, k: int = 5) -> tuple[str, ...]:
    """The ``k`` most probable English forms (``Xi Jinping``) of a Sino-Korean name, best first,
    each form's probability summed over the readings that give it.  Errors as :func:`readings`.
    """
    keep = _check_k(k)
    masses = _english_masses(_checked(hangul), min(keep, int(weights()["max_per_syllable"])))
    ranked = sorted(masses.items(), key=lambda kv: (-kv[1], kv[0]))
    return tuple(name for name, _ in ranked[:keep])


def english_probabilities(hangul: str) -> Mapping[str, float]:
    """Each English form of a Sino-Korean name with its probability (the most probable forms,
    ``max_per_syllable`` pinyin per syllable; the rest of the mass is left out)."""
    text = _checked(hangul)
    masses = _english_masses(text, int(weights()["max_per_syllable"]))
    total = _scored(text, 1)[1]
    ranked = sorted(masses.items(), key=lambda kv: (-kv[1], kv[0]))
    return MappingProxyType({name: p / total for name, p in ranked})


__all__ = ["ChineseReading", "english_forms", "english_probabilities", "readings"]


@cached(maxsize=65_536)
def is_chinese_name(hangul: str) -> bool:
    """Whether ``hangul`` (2 or 3 syllables) reads as a Chinese name: its best reading has a
    ranked surname, or the whole name is a word of the Chinese list (a public figure: 습근평)."""
    if not 2 <= len(hangul) <= 3:
        return False
    try:  # the best reading as :func:`readings` scores it, without spelling it out
        found, _ = _scored(_checked(hangul), min(1, int(weights()["max_per_syllable"])))
    except InputError:
        return False
    if not found:
        return False
    best = found[0]
    known = surnames().get(best.options[0].chars)
    return best.in_lexicon or (known is not None and known.rank is not None)
