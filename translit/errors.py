"""The one exception hierarchy of translit: every error says what is wrong and where."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class TranslitError(Exception):
    """Base of every error this library raises on purpose."""


class InputError(TranslitError, ValueError):
    """The text given cannot be processed; ``index`` points at the offending character."""

    def __init__(self, message: str, *, text: str = "", index: int | None = None) -> None:
        where = f" (at character {index})" if index is not None else ""
        super().__init__(message + where)
        self.text = text
        self.index = index


class OptionError(TranslitError, ValueError):
    """An argument has a value outside its valid choices."""

    def __init__(self, name: str, value: object, choices: Iterable[str]) -> None:
        self.name = name
        self.value = value
        self.choices = tuple(choices)
        super().__init__(f"{name}={value!r} is not one of: {', '.join(self.choices)}")


@dataclass(frozen=True)
class TableProblem:
    """One problem found in a table file, with the path and line it is on."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class TableError(TranslitError):
    """A rule or data table is malformed; ``problems`` lists every problem found at once."""

    def __init__(self, problems: Sequence[TableProblem]) -> None:
        self.problems = tuple(problems)
        head = f"{len(self.problems)} problem(s) in tables:\n" if len(self.problems) > 1 else ""
        super().__init__(head + "\n".join(str(p) for p in self.problems))
