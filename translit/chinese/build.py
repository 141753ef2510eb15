"""Build the derived Chinese lists of ``translit/chinese/``: ``python -m translit.chinese.build``.

Sources, all shipped inside packages (no download), none of them needed at run time:

- the ``hanja`` package's table, one Sino-Korean reading per character (traditional and
  simplified characters alike), inverted here: the readings of a simplified character are its
  own and those of the traditional characters that simplify to it (乐 악 and 樂 락);
- wordfreq's mapping from traditional to simplified characters (the one its Chinese tokenizer
  uses) and its Chinese word list: each character's frequency in text, the characters of the
  given names of its three-character words that start with a ranked surname of the shipped
  ``tables/zh_surnames.tsv``, and every word of two to four characters whose first character
  or two is a surname (a public figure's full name is often a word there: 习近平);
- ``pypinyin``'s character table: every pinyin reading of a character, the usual one first.

Written: ``zh_chars.tsv`` (one line per simplified character that has a reading, a pinyin and a
frequency in wordfreq), ``zh_names.marisa`` (Hangul reading of a word → the word and its Zipf
frequency) and ``zh_meta.json``.  The lists are deterministic for the same package versions;
``tests/test_chinese.py`` rebuilds them and compares.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import math
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from pathlib import Path

from translit.data import Tables

FOLDER = Path(__file__).resolve().parent
CHARS = "zh_chars.tsv"
NAMES = "zh_names.marisa"
META = "zh_meta.json"
SURNAMES = "zh_surnames.tsv"
# a character is kept when wordfreq has it: rarer ones cannot be ranked
MIN_ZIPF = 1.0
# how many non-name three-character words may end in a character before it halves a word's
# weight as a name
SUFFIX_SCALE = 30


def is_han(ch: str) -> bool:
    """A CJK unified ideograph of the basic block or extension A."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _hanja_table() -> dict[str, str]:
    from hanja.table import hanja_table  # type: ignore[import-untyped]

    return {k: v for k, v in hanja_table.items() if len(k) == 1 and is_han(k)}


def _simplified_map() -> dict[int, str]:
    """wordfreq's traditional → simplified mapping (``str.translate`` style)."""
    import msgpack  # type: ignore[import-untyped]
    from wordfreq.util import data_path

    with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as stream:
        found: dict[int, str] = msgpack.load(stream, raw=False, strict_map_key=False)
    return found


def _pinyin(ch: str) -> tuple[str, ...]:
    from pypinyin.pinyin_dict import pinyin_dict

    cell = pinyin_dict.get(ord(ch), "")
    return tuple(dict.fromkeys(p for p in cell.split(",") if p))


def _zipf(freq: float) -> float:
    return round(math.log10(freq) + 9, 2) if freq > 0 else 0.0


def _ranked_surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(ranked one-character surnames, every surname) of the shipped table (no overlay)."""
    rows = Tables().tsv(SURNAMES).rows
    ranked = frozenset(r["hanzi"] for r in rows if r["rank"] and len(r["hanzi"]) == 1)
    return ranked, frozenset(r["hanzi"] for r in rows)


Chars = dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], float]]


def characters() -> Chars:
    """simplified character → (traditional forms, Korean readings, pinyin, Zipf in text)."""
    from wordfreq import get_frequency_dict

    words = get_frequency_dict("zh")
    simplify = _simplified_map()
    readings: dict[str, dict[str, None]] = defaultdict(dict)
    traditional: dict[str, dict[str, None]] = defaultdict(dict)
    for ch, hangul in sorted(_hanja_table().items()):
        simple = ch.translate(simplify)
        if len(simple) != 1:
            continue
        readings[simple][hangul] = None
        if simple != ch:
            traditional[simple][ch] = None
    found = {}
    for simple in sorted(readings):
        pinyin = _pinyin(simple)
        zipf = _zipf(words.get(simple, 0.0))
        if pinyin and zipf >= MIN_ZIPF:
            found[simple] = (tuple(traditional[simple]), tuple(readings[simple]), pinyin, zipf)
    return found


def given_name_counts(kept: Iterable[str]) -> dict[str, float]:
    """Each character's weight in the given names of wordfreq's three-character words that
    start with a ranked surname.  A word counts once (types, not tokens), less when its last
    character often ends three-character words that do not start with a surname (县, 区, 斯:
    a county, a district, a transliteration, not a name): by 1 / (1 + endings / SUFFIX_SCALE)."""
    from wordfreq import get_frequency_dict

    ranked, _ = _ranked_surnames()
    known = frozenset(kept)
    triples = [w for w in get_frequency_dict("zh") if len(w) == 3]
    endings = Counter(w[2] for w in triples if w[0] not in ranked)
    counts: dict[str, float] = defaultdict(float)
    for word in triples:
        if word[0] in ranked and all(ch in known for ch in word[1:]):
            weight = 1 / (1 + endings[word[2]] / SUFFIX_SCALE)
            for ch in word[1:]:
                counts[ch] += weight
    return counts


def name_words(chars: Chars) -> list[tuple[str, str, float]]:
    """(Hangul reading, word, Zipf) of every word of two to four characters that is a surname
    followed by a one- or two-character given name; a word with a character of two readings
    is listed under each."""
    from wordfreq import get_frequency_dict

    _, surnames = _ranked_surnames()
    found = []
    for word, freq in get_frequency_dict("zh").items():
        if not 2 <= len(word) <= 4 or not all(ch in chars for ch in word):
            continue
        named = any(word[:k] in surnames and 1 <= len(word) - k <= 2 for k in (1, 2))
        if not named and len(word) != 3:  # any three-character word may be a name: 习近平
            continue
        for spelling in itertools.product(*(chars[ch][1] for ch in word)):
            found.append(("".join(spelling), word, _zipf(freq)))
    return sorted(found)


def char_lines(chars: Chars) -> list[str]:
    """The lines of ``zh_chars.tsv``, header first."""
    counts = given_name_counts(chars)
    lines = ["char\ttraditional\thangul\tpinyin\tzipf\tgiven"]
    for ch, (trad, hangul, pinyin, zipf) in chars.items():
        cells = (ch, "".join(trad), ",".join(hangul), ",".join(pinyin), f"{zipf:.2f}")
        lines.append("\t".join((*cells, f"{counts.get(ch, 0.0):.2f}")))
    return lines


def meta() -> dict[str, object]:
    return {
        "hanja": version("hanja"),
        "pypinyin": version("pypinyin"),
        "wordfreq": version("wordfreq"),
        "min_zipf": MIN_ZIPF,
        "suffix_scale": SUFFIX_SCALE,
    }


def _records(names: list[tuple[str, str, float]]) -> Iterator[tuple[str, bytes]]:
    for key, word, zipf in names:
        yield key, f"{word}\t{zipf:.2f}".encode()


def build(folder: Path) -> None:
    """Write every list into ``folder``."""
    import marisa_trie

    chars = characters()
    lines = char_lines(chars)
    (folder / CHARS).write_text("\n".join(lines) + "\n", encoding="utf-8")
    marisa_trie.BytesTrie(_records(name_words(chars))).save(str(folder / NAMES))
    text = json.dumps(meta(), indent=1, sort_keys=True)
    (folder / META).write_text(text + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=FOLDER, help=f"folder (default {FOLDER})")
    args = parser.parse_args(argv)
    build(args.out)
    size = sum((args.out / n).stat().st_size for n in (CHARS, NAMES))
    sys.stderr.write(f"wrote the derived Chinese lists to {args.out} ({size:,} bytes)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
