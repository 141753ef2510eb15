"""The development list (``../shared/data/dev_names.tsv``) and accuracy measures over it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

DEV_LIST = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev_names.tsv"


@dataclass(frozen=True)
class DevName:
    dprk: str
    cyrillic: str
    english: str
    south: str
    kind: str


def dev_names(*kinds: str) -> list[DevName]:
    """Rows of the development list of the given kinds (skips the test if it is absent)."""
    if not DEV_LIST.is_file():
        pytest.skip(f"development list not found at {DEV_LIST}")
    with DEV_LIST.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        DevName(r["nk_hangul"], r["russian_cyrillic"], r["english"], r["sk_hangul"], r["kind"])
        for r in rows
        if not kinds or r["kind"] in kinds
    ]


def fold(text: str) -> str:
    """Compare Cyrillic as Russian print does: ё and е are one letter."""
    return text.replace("ё", "е").replace("Ё", "Е")
