"""The examples in the README and in docstrings run as doctests."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import translit

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "translit",
    *sorted(
        m.name
        for m in pkgutil.walk_packages(translit.__path__, "translit.")
        if "cli" not in m.name and "__main__" not in m.name
    ),
]


def test_readme_examples() -> None:
    result = doctest.testfile(str(ROOT / "README.md"), module_relative=False)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    result = doctest.testmod(importlib.import_module(name))
    assert result.failed == 0


def test_examples_are_there() -> None:
    attempted = sum(doctest.testmod(importlib.import_module(m)).attempted for m in MODULES)
    assert attempted >= 10
