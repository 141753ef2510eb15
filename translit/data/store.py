"""The :class:`Tables` object: one set of loaded tables and everything derived from them.

A ``Tables`` holds the shipped tables, a user's overlay directory if any, and the caches of
every lookup built from them.  Code reads tables through :func:`current`, the instance active
in this context (``with tables.active(): ...``) or else the process default, which reads the
``TRANSLIT_TABLES`` overlay.  Functions decorated with :func:`cached` are memoised per
instance, so two overlays live side by side in one process and no cache outlives its tables.

Merging is one rule for every TSV table: the overlay's rows come first, and a shipped row is
dropped when an overlay row has its key (:mod:`translit.data.specs`).  Rule tables are read
overlay lines first, so a user's rule is tried before the shipped ones.
"""

from __future__ import annotations

import contextlib
import contextvars
import difflib
import functools
import math
import os
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, ParamSpec, TypeVar, cast

from translit.data import specs
from translit.data.files import Line, ParsedFile, Sample, bundled_dir, parse_file
from translit.errors import TableError, TableProblem

ENV_OVERLAY = "TRANSLIT_TABLES"
P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class TableFile:
    """The raw content of one table: overlay lines first, then the shipped ones."""

    name: str
    path: str
    meta: Mapping[str, str]
    samples: tuple[Sample, ...]
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class TsvTable:
    """A validated TSV table: rows of the header's columns, user rows merged in."""

    name: str
    path: str
    meta: Mapping[str, str]
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    row_lines: tuple[Line, ...]


def _check_overlay(directory: Path, known: frozenset[str]) -> Path:
    if not directory.exists():
        raise TableError([TableProblem(str(directory), 0, "overlay directory does not exist")])
    if not directory.is_dir():
        raise TableError([TableProblem(str(directory), 0, "overlay is a file, not a directory")])
    problems = []
    for path in sorted(directory.iterdir()):
        if path.name.startswith(".") or path.name in known:
            continue
        close = difflib.get_close_matches(path.name.lower(), sorted(known), n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        problems.append(TableProblem(str(path), 0, f"not the name of a table{hint}"))
    if problems:
        raise TableError(problems)
    return directory


class Tables:
    """The shipped tables with an optional overlay directory of user tables of the same names.

    >>> Tables().numbers("ranking.tsv")["rule_logp"]
    1.0
    """

    def __init__(self, overlay: str | os.PathLike[str] | None = None) -> None:
        self.bundled = bundled_dir()
        self.names = frozenset(p.name for p in self.bundled.iterdir() if p.is_file())
        self.overlay = _check_overlay(Path(overlay), self.names) if overlay is not None else None
        self._caches: dict[Callable[..., Any], Callable[..., Any]] = {}

    def __repr__(self) -> str:
        return f"Tables(overlay={str(self.overlay) if self.overlay else None!r})"

    def memo(self, fn: Callable[P, R], maxsize: int | None) -> Callable[P, R]:
        """``fn`` memoised for this instance."""
        found = self._caches.get(fn)
        if found is None:
            found = self._caches.setdefault(fn, functools.lru_cache(maxsize)(fn))
        return cast("Callable[P, R]", found)

    @contextlib.contextmanager
    def active(self) -> Iterator[Tables]:
        """Make these tables the ones :func:`current` returns inside the ``with`` block."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    def file(self, name: str) -> TableFile:
        """Table ``name`` as lines, the overlay's first."""
        return self.memo(_file, None)(self, name)

    def tsv(self, name: str) -> TsvTable:
        """Table ``name`` validated by its declaration in :data:`specs.TSV`, user rows merged."""
        return self.memo(_tsv, None)(self, name)

    def numbers(self, name: str) -> Mapping[str, float]:
        """A two-column table of named numbers (weights, settings): key → number."""
        return self.memo(_numbers, None)(self, name)


def _file(tables: Tables, name: str) -> TableFile:
    if name not in tables.names:
        raise TableError([TableProblem(str(tables.bundled / name), 0, "no such table")])
    shipped = parse_file(tables.bundled / name)
    user = ParsedFile(str(tables.bundled / name))
    if tables.overlay is not None and (tables.overlay / name).is_file():
        user = parse_file(tables.overlay / name)
    if "source" not in shipped.meta:
        raise TableError([TableProblem(shipped.path, 1, "a table must name its '#: source:'")])
    meta = {**shipped.meta, **{f"overlay_{k}": v for k, v in user.meta.items()}}
    lines = user.lines + shipped.lines
    if name.endswith(".tsv") and user.lines and shipped.lines:
        if user.lines[0].text.strip() != shipped.lines[0].text.strip():
            raise TableError([user.lines[0].problem("overlay header differs from the shipped one")])
        lines = shipped.lines[:1] + user.lines[1:] + shipped.lines[1:]
    return TableFile(name, shipped.path, MappingProxyType(meta), shipped.samples, lines)


def _cells(line: Line, width: int) -> list[str] | None:
    cells = [c.strip() for c in line.text.split("\t")]
    while len(cells) > width and cells[-1] == "":
        cells.pop()
    return None if len(cells) > width else cells + [""] * (width - len(cells))


def _tsv(tables: Tables, name: str) -> TsvTable:
    spec = specs.TSV.get(name)
    if spec is None:
        raise TableError([TableProblem(name, 0, "not a TSV table")])
    table = tables.file(name)
    if not table.lines:
        raise TableError([TableProblem(table.path, 0, "the table has no header line")])
    header = table.lines[0]
    columns = tuple(c.strip() for c in header.text.split("\t"))
    problems: list[TableProblem] = []
    missing = [c for c in (*spec.required, *spec.key) if c not in columns]
    if missing:
        problems.append(header.problem(f"header lacks column(s): {', '.join(missing)}"))
    if len(set(columns)) != len(columns):
        problems.append(header.problem("duplicate column names in the header"))
    kept: list[tuple[Mapping[str, str], Line]] = []
    first: dict[tuple[str, ...], Line] = {}
    for line in table.lines[1:]:
        cells = _cells(line, len(columns))
        if cells is None:
            problems.append(
                line.problem(f"{len(line.text.split(chr(9)))} cells, header has {len(columns)}")
            )
            continue
        row = dict(zip(columns, cells, strict=True))
        problems += [line.problem(p) for p in _row_problems(spec, row)]
        key = spec.key_of(row)
        seen = first.get(key)
        if seen is None:
            first[key] = line
            kept.append((MappingProxyType(row), line))
        elif seen.path == line.path:
            shown = " ".join(f"{c} {row[c]!r}" for c in spec.key if row[c])
            problems.append(line.problem(f"duplicate {shown} (first at line {seen.number})"))
    if problems:
        raise TableError(problems)
    return TsvTable(
        name,
        table.path,
        table.meta,
        columns,
        tuple(row for row, _ in kept),
        tuple(line for _, line in kept),
    )


def _row_problems(spec: specs.TableSpec, row: Mapping[str, str]) -> list[str]:
    problems = []
    empty = [c for c in spec.required if not row.get(c)]
    if empty:
        problems.append(f"empty required cell(s): {', '.join(empty)}")
    for column, allowed in spec.choices:
        if row.get(column, "") not in allowed:
            problems.append(f"{column} {row.get(column)!r} is not one of {sorted(allowed)}")
    for column in spec.hangul:
        if not any("\uac00" <= ch <= "\ud7a3" for ch in row.get(column, "")):
            problems.append(f"{column} {row.get(column)!r} has no Hangul")
    for column, alphabet in spec.alphabets:
        strange = sorted(set(row.get(column, "")) - specs.ALPHABETS[alphabet])
        if strange:
            problems.append(f"{column} has letters outside the {alphabet} alphabet: {strange}")
    for column in (*spec.numbers, *spec.finite):
        cell = row.get(column, "")
        try:
            value = float(cell)
        except ValueError:
            if column in spec.numbers:
                problems.append(f"{column} {cell!r} is not a number")
            continue
        if not math.isfinite(value):
            problems.append(f"{column} {cell!r} is not a finite number")
    return problems


def _numbers(tables: Tables, name: str) -> Mapping[str, float]:
    table = tables.tsv(name)
    spec = specs.TSV[name]
    key, value = spec.key[0], spec.numbers[0]
    return MappingProxyType({row[key]: float(row[value]) for row in table.rows})


_ACTIVE: contextvars.ContextVar[Tables | None] = contextvars.ContextVar("tables", default=None)
_default: Tables | None = None
_lock = threading.Lock()


def current() -> Tables:
    """The tables active in this context, else the process default (``TRANSLIT_TABLES``)."""
    active = _ACTIVE.get()
    if active is not None:
        return active
    global _default
    if _default is None:
        with _lock:
            if _default is None:
                _default = Tables(os.environ.get(ENV_OVERLAY) or None)
    return _default


def set_overlay(directory: str | os.PathLike[str] | None) -> None:
    """Replace the process default tables by the shipped ones with ``directory`` as overlay
    (``None``: the ``TRANSLIT_TABLES`` overlay, if that is set)."""
    global _default
    overlay = directory if directory is not None else os.environ.get(ENV_OVERLAY) or None
    _default = Tables(overlay)


def cached(maxsize: int | None = 4096) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Memoise a function of the current tables (and of hashable arguments) per instance; a
    call that leaves a trailing argument to its default shares the entry of one that gives it."""

    def decorate(fn: Callable[P, R]) -> Callable[P, R]:
        code = getattr(fn, "__code__", None)
        count = code.co_argcount if code is not None else 0
        defaults: tuple[Any, ...] = getattr(fn, "__defaults__", None) or ()
        if code is not None and not code.co_argcount and not code.co_kwonlyargcount:
            # a function of the tables alone (a table read, a derived index): its value for
            # the tables of the last call is kept beside them, as one tuple
            value: list[tuple[Tables | None, Any]] = [(None, None)]

            @functools.wraps(fn)
            def nullary(*args: P.args, **kwargs: P.kwargs) -> R:
                tables = _ACTIVE.get() or current()
                seen, result = value[0]
                if seen is not tables or args or kwargs:
                    memo = tables._caches.get(fn) or tables.memo(fn, maxsize)
                    result = cast("Callable[P, R]", memo)(*args, **kwargs)
                    value[0] = (tables, result)
                return cast("R", result)

            return nullary

        # the tables of the last call and their memo of ``fn``, as one tuple (read and written
        # whole, so that threads with other tables never pair one's tables with another's memo)
        last: list[tuple[Tables | None, Callable[..., Any] | None]] = [(None, None)]

        @functools.wraps(fn)
        def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
            tables = _ACTIVE.get() or current()  # current(), without a call where it can
            seen, found = last[0]
            if seen is not tables or found is None:
                found = tables._caches.get(fn) or tables.memo(fn, maxsize)
                last[0] = (tables, found)
            if defaults and len(args) < count and not kwargs:
                missing = count - len(args)
                if missing <= len(defaults):
                    args = (*args, *defaults[len(defaults) - missing :])  # type: ignore[assignment]
            return cast("Callable[P, R]", found)(*args, **kwargs)

        return wrapper

    return decorate
