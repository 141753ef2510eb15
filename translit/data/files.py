"""Reading one table file: UTF-8 text, comments, ``#:`` metadata and samples, data lines.

Every table is UTF-8 text.  Lines starting with ``#`` are comments; ``#: key: value`` comment
lines carry metadata (``name``, ``source``, ``description``) and ``#: sample: INPUT -> EXPECTED``
lines carry the table's own examples.  A BOM, CRLF or lone-CR line ends and blank lines are
accepted.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from translit.errors import TableError, TableProblem


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
class ParsedFile:
    """One file as read: metadata, samples and data lines (problems already raised)."""

    path: str
    meta: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    samples: tuple[Sample, ...] = ()
    lines: tuple[Line, ...] = ()


def bundled_dir() -> Path:
    """The bundled ``tables/`` directory: inside the wheel, or the checkout's top level."""
    package = Path(__file__).resolve().parent.parent
    inside = package / "tables"
    if inside.is_dir():
        return inside
    checkout = package.parent / "tables"
    if checkout.is_dir():
        return checkout
    raise TableError([TableProblem(str(inside), 0, "the bundled tables directory is missing")])


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise TableError([TableProblem(str(path), 0, f"cannot read: {exc.strerror}")]) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TableError([TableProblem(str(path), line, "not valid UTF-8")]) from exc


def parse_file(path: Path) -> ParsedFile:
    """Read ``path``; every malformed metadata line is reported at once."""
    meta: dict[str, str] = {}
    samples: list[Sample] = []
    lines: list[Line] = []
    problems: list[TableProblem] = []
    for number, text in enumerate(_text(path).splitlines(), start=1):
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
        elif not stripped.startswith("#"):
            lines.append(Line(str(path), number, text))
    if problems:
        raise TableError(problems)
    return ParsedFile(str(path), MappingProxyType(meta), tuple(samples), tuple(lines))
