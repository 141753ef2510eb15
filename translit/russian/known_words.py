"""The readings of the likely vocabulary, computed ahead of time by the runtime pipeline.

Words whose DPRK spelling is likely to be asked about — the given names, patronymics and
surnames of pymorphy3's dictionary, every word of the gazetteer, and wordfreq's most frequent
Russian words, each spelled by ``tables/ru_dprk.rules`` — are read once, by
:func:`translit.russian.reading.ranked_readings` and ``dprk_readings`` themselves (with the
search's wider beam, which the search at run time keeps for words it reads as nothing), and
their best readings ship in ``translit/data/lexicon/known_words.marisa``.  A lookup replaces the
lattice search only when the active tables are the ones the file was built from (a
fingerprint of the tables the readings depend on): a user overlay of any of them, or an edit
of the shipped tables without a rebuild, falls back on the search.  Rebuild with
``python -m translit.russian.known_words``; a test checks a sample against the search.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import struct
import sys
from collections.abc import Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any

import marisa_trie

from translit.data import cached, current, lexicon
from translit.rules.inverse import WIDE
from translit.russian.evidence import Evidence
from translit.russian.ranking import WORD_BEAM, Scored

FILE = lexicon.FOLDER / "known_words.marisa"
META = lexicon.FOLDER / "known_words.json"
SOURCES = (
    "ru_dprk.rules",
    "ru_south.rules",
    "ranking.tsv",
    "ru_gazetteer.tsv",
    "ru_impossible.tsv",
)
# what of the derived lists' meta the readings use: the Russian sources and the character model
LIST_META = ("wordfreq", "training_words", "order", "lambdas", "floor")
DETECT_READINGS = 3  # the detector reads the first three DPRK readings
FREQUENT_WORDS = 5_000
# the rules' other spellings of a word that are at least this likely against its first (옙뚜쉔꼬
# and 예브뚜쉔꼬 for Евтушенко: texts of other years write either) are looked up too
VARIANT_SHARE = 0.5


def fingerprint() -> str:
    """What the readings depend on: the tables above (shipped and overlay lines), how the
    Russian word lists and character model were derived (not the lists of other languages)
    and the beam they were read with."""
    digest = hashlib.sha256()
    for name in SOURCES:
        table = current().file(name)
        digest.update(name.encode())
        for line in table.lines:
            digest.update(line.text.encode() + b"\n")
    used = {k: v for k, v in lexicon.meta().items() if k in LIST_META}
    search = [WIDE.beam, WIDE.spread]
    digest.update(json.dumps({**used, "search": search}, sort_keys=True).encode())
    return digest.hexdigest()


ROLES = (None, "Name", "Patr", "Surn", "Geox")
GENDERS = (None, "masc", "femn")
_SCORE = struct.Struct("<d")


def _encode(readings: Sequence[Scored]) -> bytes:
    """Readings as bytes: what ranking a name and detection read of each (the character
    model's score of the first only).  A reading is its Cyrillic (cp1251, length first), its
    score, and one byte of evidence: present, known name, in the gazetteer, role, gender."""
    out = bytearray([len(readings)])
    for n, s in enumerate(readings):
        word = s.cyrillic.encode("cp1251")
        out += bytes([len(word)]) + word + _SCORE.pack(s.score)
        ev = s.evidence
        if ev is None:
            out.append(0)
            continue
        bits = 1 | ev.known_name << 1 | ev.gazetteer << 2
        out.append(bits | ROLES.index(ev.role) << 3 | GENDERS.index(ev.gender) << 6)
        if n == 0:
            out += _SCORE.pack(ev.charlm)
    return bytes(out)


def _decode(data: bytes, at: int) -> tuple[tuple[Scored, ...], int]:
    """The readings encoded at ``data[at:]``, and where they end."""
    found = []
    count, at = data[at], at + 1
    for n in range(count):
        size = data[at]
        word = data[at + 1 : at + 1 + size].decode("cp1251")
        (score,) = _SCORE.unpack_from(data, at + 1 + size)
        bits, at = data[at + 9 + size], at + 10 + size
        evidence = None
        if bits & 1:
            charlm = 0.0
            if n == 0:
                (charlm,), at = _SCORE.unpack_from(data, at), at + _SCORE.size
            evidence = Evidence(  # what ranking has used and nothing reads after is 0
                zipf=0.0,
                known_name=bool(bits & 2),
                known_word=False,
                gazetteer=bool(bits & 4),
                name_shape=False,
                charlm=charlm,
                role=ROLES[bits >> 3 & 7],
                gender=GENDERS[bits >> 6 & 3],
            )
        found.append(Scored(word, score, evidence))
    return tuple(found), at


@functools.cache
def _trie() -> Any:
    if not FILE.is_file():
        return None
    found = marisa_trie.BytesTrie()
    found.mmap(str(FILE))
    return found


@cached(maxsize=None)
def usable() -> bool:
    """Whether the shipped readings hold for the active tables."""
    if _trie() is None or not META.is_file():
        return False
    return bool(_meta().get("fingerprint") == fingerprint())


@functools.cache
def _meta() -> Mapping[str, Any]:
    return MappingProxyType(json.loads(META.read_text(encoding="utf-8")))


@cached(maxsize=100_000)
def lookup(word: str) -> tuple[tuple[Scored, ...], tuple[Scored, ...]] | None:
    """(best merged readings, best DPRK readings) of a Hangul word, or ``None`` when the word
    is not in the shipped vocabulary or the shipped readings do not hold for these tables."""
    if not usable():
        return None
    found = _trie().get(word)
    if not found:
        return None
    ranked, at = _decode(found[0], 0)
    return ranked, (_decode(found[0], at)[0] if at < len(found[0]) else ranked[:DETECT_READINGS])


def vocabulary() -> list[str]:
    """The DPRK spellings of the likely vocabulary (the irregulars' and the rules' first
    spelling, and the rules' others at least ``VARIANT_SHARE`` as likely), sorted."""
    import pymorphy3
    from wordfreq import top_n_list

    from translit.hangul import jamo
    from translit.rules.language import load
    from translit.rules.spell import spell
    from translit.russian.dprk import TABLE, dprk_spelling
    from translit.russian.gazetteer import gazetteer

    russian = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
    words: set[str] = set()
    for word, tag, *_ in pymorphy3.MorphAnalyzer().dictionary.iter_known_words():
        if "nomn" in tag and "sing" in tag and any(t in tag for t in ("Name", "Surn", "Patr")):
            words.add(word)
    words |= {w for name in gazetteer() for part in name.split() for w in part.split("-")}
    words |= set(top_n_list("ru", FREQUENT_WORDS))
    ruleset = load(TABLE)
    spelled: set[str] = set()
    for word in (w for w in words if set(w) <= russian):
        spelled.add(dprk_spelling(word))
        variants = spell(ruleset, word)
        least = variants[0][1] * VARIANT_SHARE if variants else 1.0
        spelled |= {jamo.compose(j) for j, weight in variants if weight >= least}
    return sorted(s for s in spelled if s and all("\uac00" <= ch <= "\ud7a3" for ch in s))


def _read(words: list[str]) -> list[tuple[str, bytes]]:
    from translit.russian.reading import dprk_readings, ranked_readings

    out = []
    for word in words:
        ranked = ranked_readings(word, True)[:WORD_BEAM]
        dprk = dprk_readings(word, True)[:DETECT_READINGS]
        data = _encode(ranked)
        if dprk != ranked[:DETECT_READINGS]:
            data += _encode(dprk)
        out.append((word, data))
    return out


def _chunks(words: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(words), size):
        yield words[start : start + size]


def build(*, jobs: int = 2, limit: int | None = None) -> int:
    """Read the vocabulary with the current pipeline and write the file; the number of words."""
    from concurrent.futures import ProcessPoolExecutor

    words = vocabulary()[:limit]
    FILE.unlink(missing_ok=True)  # the readings are made by the search, not looked up
    META.unlink(missing_ok=True)
    with ProcessPoolExecutor(jobs) as pool:
        pairs = [pair for chunk in pool.map(_read, _chunks(words, 500)) for pair in chunk]
    marisa_trie.BytesTrie(pairs).save(str(FILE))
    write_meta(len(pairs))
    return len(pairs)


def write_meta(words: int) -> None:
    """The fingerprint and what else is derived from the same tables: the detector's counts of
    the syllables of transcriptions."""
    from translit.russian.detect import transcribed_syllables

    meta = {
        "fingerprint": fingerprint(),
        "words": words,
        "beam": WORD_BEAM,
        "transcribed_syllables": dict(sorted(transcribed_syllables().items())),
    }
    META.write_text(json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")


def transcribed_syllables() -> Mapping[str, int] | None:
    """The syllable counts of the shipped meta, where the shipped readings hold."""
    if not usable():
        return None
    counts = _meta().get("transcribed_syllables")
    return MappingProxyType(counts) if isinstance(counts, dict) else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rebuild the shipped readings of known words.")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--limit", type=int, help="read only the first N words (for a trial)")
    args = parser.parse_args(argv)
    count = build(jobs=args.jobs, limit=args.limit)
    sys.stderr.write(f"wrote {count:,} words to {FILE} ({FILE.stat().st_size:,} bytes)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
