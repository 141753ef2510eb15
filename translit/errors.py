"""The one exception hierarchy of translit: every error says what is wrong and where.

Every error pickles with its message and attributes (they cross process boundaries in
``multiprocessing`` and ``concurrent.futures``): :meth:`TranslitError.__reduce__` rebuilds an
error from its ``args`` and attributes without calling ``__init__``, whose keyword-only or extra
arguments the default exception pickling cannot replay.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any


def _restore(cls: type[TranslitError], args: tuple[Any, ...], state: dict[str, Any]) -> Any:
    """An error of class ``cls`` with these ``args`` and attributes (the unpickler's half of
    :meth:`TranslitError.__reduce__`)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class TranslitError(Exception):
    """Base of every error this library raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class InputError(TranslitError, ValueError):
    """The text given cannot be processed; ``index`` points at the offending character."""

    def __init__(self, message: str, *, text: str = "", index: int | None = None) -> None:
        where = f" (at character {index})" if index is not None else ""
        super().__init__(message + where)
        self.text = text
        self.index = index


class UnreadError(InputError):
    """Well-formed text that no reader reads as a name (a Korean word given to ``normalize``)."""


def require_text(value: object, name: str) -> None:
    """Refuse a ``value`` that is not a ``str`` with an :class:`InputError` naming the
    parameter: ``name: expected a str, got int`` (public functions call it first)."""
    if not isinstance(value, str):
        raise InputError(f"{name}: expected a str, got {type(value).__name__}")


class OptionError(TranslitError, ValueError):
    """An argument has a value outside its valid choices (``message`` replaces the default
    wording ``name=value is not one of: choices`` where that reads oddly)."""

    def __init__(
        self, name: str, value: object, choices: Iterable[str], *, message: str | None = None
    ) -> None:
        self.name = name
        self.value = value
        self.choices = tuple(choices)
        super().__init__(message or f"{name}={value!r} is not one of: {', '.join(self.choices)}")


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
