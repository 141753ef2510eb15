"""The settings of ``check`` (``tables/check.tsv``): cut-offs, scorer, word lists."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from rapidfuzz import fuzz

from translit.data import cached, current
from translit.errors import TableError, TableProblem

SETTINGS = "check.tsv"
SCORERS: Mapping[str, Callable[..., float]] = MappingProxyType(
    {
        "ratio": fuzz.ratio,
        "QRatio": fuzz.QRatio,
        "WRatio": fuzz.WRatio,
        "token_sort_ratio": fuzz.token_sort_ratio,
        "token_set_ratio": fuzz.token_set_ratio,
        "partial_ratio": fuzz.partial_ratio,
    }
)


def _path() -> str:
    return current().file(SETTINGS).path


@cached(maxsize=None)
def settings() -> Mapping[str, str]:
    table = current().tsv(SETTINGS)
    return MappingProxyType({row["setting"]: row["value"] for row in table.rows})


def setting(name: str) -> str:
    found = settings().get(name)
    if found is None:
        raise TableError([TableProblem(_path(), 0, f"setting {name!r} is missing")])
    return found


@cached(maxsize=None)  # read in inner loops: parsed once per setting and table set
def number(name: str) -> float:
    try:
        return float(setting(name))
    except ValueError:
        raise TableError([TableProblem(_path(), 0, f"{name} is not a number")]) from None


@cached(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(setting(name).split())


def scorer() -> Callable[..., float]:
    name = setting("scorer")
    if name not in SCORERS:
        raise TableError([TableProblem(_path(), 0, f"scorer {name!r} not in {sorted(SCORERS)}")])
    return SCORERS[name]
