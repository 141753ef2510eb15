"""Find, read and validate the data files in ``tables/``.

Every table is UTF-8 text.  Lines starting with ``#`` are comments; ``#: key: value`` comment
lines carry metadata (``name``, ``source``, ``description``) and ``#: sample: INPUT -> EXPECTED``
lines carry the table's own examples, which one test runs for every table.  A TSV table's first
non-comment line is its header.  A BOM, CRLF line ends and blank lines are accepted.

User tables overlay the bundled ones: a directory named by ``TRANSLIT_TABLES`` (or passed to
:func:`set_overlay`) may hold files with the bundled names; their rows are read *before* the
bundled rows, so for rule tables user rules take precedence and for lexicons user rows win.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from translit.errors import TableError, TableProblem

_ENV_OVERLAY = "TRANSLIT_TABLES"
_overlay: Path | None = None


@dataclass(frozen=True)
class Sample:
    """One documented example of a table: what goes in and what must come out."""

    input: str
    expected: str
    line: int


@dataclass(frozen=True)
class Line:
    """A non-comment line of a table file, kept with where it came from."""

    path: str
    number: int
    text: str

    def problem(self, message: str) -> TableProblem:
        return TableProblem(self.path, self.number, message)


@dataclass(frozen=True)
class TableFile:
    """The raw content of one table (bundled lines, preceded by any overlay lines)."""

    name: str
    path: str
    meta: Mapping[str, str]
    samples: tuple[Sample, ...]
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class TsvTable:
    """A validated tab-separated table: a header and rows of the same width."""

    name: str
    path: str
    meta: Mapping[str, str]
    samples: tuple[Sample, ...]
    columns: tuple[str, ...]
    rows: tuple[Mapping[str, str], ...]
    row_lines: tuple[Line, ...]


def bundled_dir() -> Path:
    """The bundled ``tables/`` directory: inside the wheel, or the checkout's top level."""
    inside = Path(__file__).resolve().parent / "tables"
    if inside.is_dir():
        return inside
    checkout = Path(__file__).resolve().parent.parent / "tables"
    if checkout.is_dir():
        return checkout
    raise TableError([TableProblem(str(inside), 0, "the bundled tables directory is missing")])


def set_overlay(directory: str | os.PathLike[str] | None) -> None:
    """Read user tables from ``directory`` before the bundled ones (``None`` turns it off)."""
    global _overlay
    if directory is not None and not Path(directory).is_dir():
        raise TableError([TableProblem(str(directory), 0, "overlay directory does not exist")])
    _overlay = Path(directory) if directory is not None else None
    clear_caches()


def overlay_dir() -> Path | None:
    if _overlay is not None:
        return _overlay
    env = os.environ.get(_ENV_OVERLAY)
    return Path(env) if env else None


_cache_clearers: list[Callable[[], None]] = []


def on_overlay_change(clear: Callable[[], None]) -> None:
    """Register the ``cache_clear`` of a cache built from tables, run when the overlay changes."""
    _cache_clearers.append(clear)


def clear_caches() -> None:
    """Forget every cached table and everything derived from one."""
    for clear in _cache_clearers:
        clear()


def table_names() -> tuple[str, ...]:
    """Names of every bundled table file (with their extension)."""
    return tuple(sorted(p.name for p in bundled_dir().iterdir() if p.is_file()))


def _read_lines(path: Path) -> Iterator[tuple[int, str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TableError([TableProblem(str(path), 0, f"cannot read: {exc.strerror}")]) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TableError([TableProblem(str(path), line, "not valid UTF-8")]) from exc
    for number, line_text in enumerate(text.splitlines(), start=1):
        yield number, line_text.rstrip("\r")


def _parse_file(path: Path) -> tuple[dict[str, str], list[Sample], list[Line], list[TableProblem]]:
    meta: dict[str, str] = {}
    samples: list[Sample] = []
    lines: list[Line] = []
    problems: list[TableProblem] = []
    for number, text in _read_lines(path):
        stripped = text.strip()
        if not stripped:
            continue
        if stripped.startswith("#:"):
            key, sep, value = stripped[2:].partition(":")
            key, value = key.strip(), value.strip()
            if not sep or not key:
                problems.append(TableProblem(str(path), number, "metadata needs '#: key: value'"))
            elif key == "sample":
                given, arrow, expected = value.partition(" -> ")
                if not arrow:
                    problems.append(
                        TableProblem(str(path), number, "a sample needs 'INPUT -> EXPECTED'")
                    )
                else:
                    samples.append(Sample(given.strip(), expected.strip(), number))
            else:
                meta[key] = value
            continue
        if stripped.startswith("#"):
            continue
        lines.append(Line(str(path), number, text))
    return meta, samples, lines, problems


@functools.cache
def read_file(name: str) -> TableFile:
    """Read table ``name`` (a file name in ``tables/``), overlay lines first."""
    bundled = bundled_dir() / name
    if not bundled.is_file():
        raise TableError([TableProblem(str(bundled), 0, "no such table")])
    meta, samples, lines, problems = _parse_file(bundled)
    overlay = overlay_dir()
    if overlay is not None and (overlay / name).is_file():
        o_meta, _, o_lines, o_problems = _parse_file(overlay / name)
        problems = o_problems + problems
        if name.endswith(".tsv") and o_lines and lines:
            if o_lines[0].text != lines[0].text:
                problems.append(o_lines[0].problem("overlay header differs from the bundled one"))
            o_lines = o_lines[1:]
            lines = lines[:1] + o_lines + lines[1:]
        else:
            lines = o_lines + lines
        meta = {**meta, **{f"overlay_{k}": v for k, v in o_meta.items()}}
    if problems:
        raise TableError(problems)
    if "source" not in meta:
        raise TableError([TableProblem(str(bundled), 1, "a table must name its '#: source:'")])
    return TableFile(name, str(bundled), MappingProxyType(meta), tuple(samples), tuple(lines))


on_overlay_change(read_file.cache_clear)


@functools.cache
def read_tsv(
    name: str,
    *,
    required: tuple[str, ...] = (),
    choices: tuple[tuple[str, frozenset[str]], ...] = (),
) -> TsvTable:
    """Read a TSV table, checking that every row has the header's width, ``required`` cells, and
    for each ``(column, allowed)`` of ``choices`` a value in ``allowed``."""
    table = read_file(name)
    if not table.lines:
        raise TableError([TableProblem(table.path, 0, "the table has no header line")])
    header = table.lines[0]
    columns = tuple(c.strip() for c in header.text.split("\t"))
    problems: list[TableProblem] = []
    missing = [c for c in required if c not in columns]
    if missing:
        problems.append(header.problem(f"header lacks column(s): {', '.join(missing)}"))
    if len(set(columns)) != len(columns):
        problems.append(header.problem("duplicate column names in the header"))
    rows: list[Mapping[str, str]] = []
    row_lines: list[Line] = []
    for line in table.lines[1:]:
        cells = [c.strip() for c in line.text.split("\t")]
        while len(cells) > len(columns) and cells[-1] == "":
            cells.pop()
        if len(cells) > len(columns):
            problems.append(line.problem(f"{len(cells)} cells, header has {len(columns)}"))
            continue
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, cells, strict=False))
        empty = [c for c in required if c in row and not row[c]]
        if empty:
            problems.append(line.problem(f"empty required cell(s): {', '.join(empty)}"))
            continue
        for column, allowed in choices:
            if row.get(column, "") not in allowed:
                problems.append(
                    line.problem(f"{column} {row.get(column)!r} is not one of {sorted(allowed)}")
                )
        rows.append(MappingProxyType(row))
        row_lines.append(line)
    if problems:
        raise TableError(problems)
    return TsvTable(
        table.name, table.path, table.meta, table.samples, columns, tuple(rows), tuple(row_lines)
    )


on_overlay_change(read_tsv.cache_clear)


@functools.cache
def read_numbers(name: str, key: str, value: str) -> Mapping[str, float]:
    """A TSV table of named numbers (weights, settings): ``key`` column → float ``value`` column.
    A user overlay's row wins over the bundled one; a key repeated within one file, or a value
    that is not a number, is a problem, all reported at once."""
    table = read_tsv(name, required=(key, value))
    numbers: dict[str, float] = {}
    seen: dict[str, str] = {}
    problems: list[TableProblem] = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        if row[key] in seen:
            if seen[row[key]] == line.path:
                problems.append(line.problem(f"{key} {row[key]!r} is given twice"))
            continue
        seen[row[key]] = line.path
        try:
            numbers[row[key]] = float(row[value])
        except ValueError:
            problems.append(line.problem(f"{value} {row[value]!r} is not a number"))
    if problems:
        raise TableError(problems)
    return MappingProxyType(numbers)


on_overlay_change(read_numbers.cache_clear)
