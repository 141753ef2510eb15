"""Layer 1: every ``#: sample:`` of every table, through the function that applies the table."""

from __future__ import annotations

import pytest

from translit import tables
from translit.samples import appliers

TABLES = [name for name in tables.table_names() if name != "README.md"]
SAMPLES = [
    pytest.param(name, sample, id=f"{name}:{sample.line}")
    for name in TABLES
    for sample in tables.read_file(name).samples
]


@pytest.mark.parametrize("name", TABLES)
def test_every_table_has_source_samples_and_an_applier(name: str) -> None:
    table = tables.read_file(name)
    assert table.meta.get("source"), f"{name} names no source"
    assert table.meta.get("name"), f"{name} has no name"
    assert table.samples, f"{name} has no samples"
    assert name in appliers(), f"no module applies {name}"


@pytest.mark.parametrize(("name", "sample"), SAMPLES)
def test_sample(name: str, sample: tables.Sample) -> None:
    assert appliers()[name](sample.input) == sample.expected
