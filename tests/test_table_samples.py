"""Layer 1: every ``#: sample:`` of every table, through the function that applies the table."""

from __future__ import annotations

import pytest

from tests.samples import APPLIERS
from translit.data import Sample, current

TABLES = sorted(name for name in current().names if name != "README.md")
SAMPLES = [
    pytest.param(name, sample, id=f"{name}:{sample.line}")
    for name in TABLES
    for sample in current().file(name).samples
]


@pytest.mark.parametrize("name", TABLES)
def test_every_table_has_source_samples_and_an_applier(name: str) -> None:
    table = current().file(name)
    assert table.meta.get("source"), f"{name} names no source"
    assert table.meta.get("name"), f"{name} has no name"
    assert table.samples, f"{name} has no samples"
    assert name in APPLIERS, f"no applier for {name}"


def test_every_applier_has_a_table() -> None:
    assert sorted(APPLIERS) == TABLES


@pytest.mark.parametrize(("name", "sample"), SAMPLES)
def test_sample(name: str, sample: Sample) -> None:
    assert APPLIERS[name](sample.input) == sample.expected
