"""Chinese surnames (tables/zh_surnames.tsv) as a prior, and the weights of tables/zh_model.tsv.

A ranked surname's share of the population follows its rank (``rank^-s``, scaled so that the
ranked ones hold ``ranked_share``; two spellings of one rank share it); any other character
may be a surname too, with ``other_surname_share`` spread over characters by their frequency in
text; compound surnames share ``compound_share``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from translit.chinese.characters import characters
from translit.data import cached, current
from translit.errors import TableError

TABLE = "zh_surnames.tsv"
MODEL = "zh_model.tsv"
FEATURES = (
    "surname_exponent",
    "ranked_share",
    "other_surname_share",
    "compound_share",
    "given_name_weight",
    "other_pinyin",
    "lexicon_weight",
    "max_per_syllable",
)


@dataclass(frozen=True)
class Surname:
    """One row of the surname table, with its share of the population."""

    hanzi: str
    pinyin: str
    rank: int | None
    share: float


@cached(maxsize=None)
def weights() -> Mapping[str, float]:
    """The weights of ``zh_model.tsv`` (every one of :data:`FEATURES` is required)."""
    found = current().numbers(MODEL)
    missing = [f for f in FEATURES if f not in found]
    if missing:
        table = current().tsv(MODEL)
        raise TableError([table.row_lines[0].problem(f"missing feature(s): {', '.join(missing)}")])
    return found


@cached(maxsize=None)
def text_share() -> Mapping[str, float]:
    """Each character's share of the characters of Chinese text (from its Zipf frequency)."""
    raw = {ch: 10.0**c.zipf for ch, c in characters().items()}
    total = sum(raw.values())
    return MappingProxyType({ch: value / total for ch, value in raw.items()})


@cached(maxsize=None)
def surnames() -> Mapping[str, Surname]:
    """Every surname of the table by its simplified spelling."""
    table = current().tsv(TABLE)
    w = weights()
    rows = [
        (r["hanzi"], r["pinyin"], int(float(r["rank"])) if r["rank"] else None, r["kind"])
        for r in table.rows
    ]
    per_rank: dict[int, int] = {}
    for _, _, rank, _ in rows:
        if rank is not None:
            per_rank[rank] = per_rank.get(rank, 0) + 1
    scale = sum(r ** -w["surname_exponent"] for r in per_rank)
    compounds = sum(1 for *_, kind in rows if kind == "compound")
    shares = text_share()
    found: dict[str, Surname] = {}
    for hanzi, pinyin, rank, kind in rows:
        if rank is not None:
            share = w["ranked_share"] * rank ** -w["surname_exponent"] / scale / per_rank[rank]
        elif kind == "compound":
            share = w["compound_share"] / max(compounds, 1)
        else:
            share = w["other_surname_share"] * shares.get(hanzi, 0.0)
        found.setdefault(hanzi, Surname(hanzi, pinyin, rank, share))
    return MappingProxyType(found)


def surname_logp(hanzi: str) -> float:
    """The log share of ``hanzi`` as a surname (any character may be one, with a small share)."""
    known = surnames().get(hanzi)
    share = known.share if known else weights()["other_surname_share"] * text_share().get(hanzi, 0)
    return math.log(share) if share > 0 else -math.inf
