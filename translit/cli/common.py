"""What every line-oriented subcommand shares: reading inputs, bad-input discipline, output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from translit.errors import InputError

PROGRESS_EVERY = 1000


@dataclass(frozen=True)
class Item:
    """One input line: its number (from 1) and its text, or why it could not be read."""

    number: int
    text: str
    problem: str | None = None


def read_items(names: Sequence[str], stdin: Any = None) -> Iterator[Item]:
    """The names given as arguments, or else stdin's lines (read as bytes: bad UTF-8 is a line's
    problem, not the end of the run)."""
    if names:
        for number, name in enumerate(names, start=1):
            yield Item(number, name)
        return
    stream = stdin if stdin is not None else sys.stdin.buffer
    for number, raw in enumerate(stream, start=1):
        data = raw.rstrip(b"\r\n")
        try:
            yield Item(number, data.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield Item(number, "", f"not valid UTF-8 (byte {exc.start + 1})")


def add_io_options(parser: Any) -> None:
    parser.add_argument("--json", action="store_true", help="write JSON Lines, one per input")


def write_json(record: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_items(
    items: Iterator[Item],
    process: Callable[[str], Any],
    *,
    render: Callable[[Any, TextIO], None],
    to_record: Callable[[Any], dict[str, Any]] | None,
    empty_record: Callable[[str], dict[str, Any]],
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Process every item; a bad item gets a one-line message on stderr (and, with JSON, a record
    of nulls so that output lines stay aligned with input lines).  Returns 0 when at least one
    item was processed, 1 when none could be."""
    out = out or sys.stdout
    err = err or sys.stderr
    done = failed = 0
    show_progress = err.isatty()
    for item in items:
        problem = item.problem
        result = None
        if problem is None:
            try:
                result = process(item.text)
            except InputError as exc:  # a bad line; anything else (a bad table) ends the run
                problem = str(exc)
        if problem is not None:
            failed += 1
            shown = item.text if len(item.text) <= 40 else item.text[:40] + "…"
            err.write(f"translit: line {item.number} ({shown!r}): {problem}\n")
            if to_record is not None:
                write_json(empty_record(item.text), out)
            continue
        done += 1
        if to_record is not None:
            write_json(to_record(result), out)
        else:
            render(result, out)
        if show_progress and (done + failed) % PROGRESS_EVERY == 0:
            err.write(f"translit: {done + failed} lines…\r")
    out.flush()
    if done == 0:
        if failed == 0:
            err.write("translit: no input\n")
        return 1
    return 0
