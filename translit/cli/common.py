"""What every subcommand shares: reading inputs (bounded), bad-input discipline, output,
progress on a terminal, and a reader that closes the output early."""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the library is imported when a command runs, not to show the help
    from translit.checking.finding import Finding

from translit.errors import InputError

PROGRESS_EVERY = 1000
MAX_LINE_BYTES = 100_000  # a longer stdin line is that line's problem, never read into memory
CHUNK_BYTES = 65_536
STDIN_HINT = "translit: reading names from standard input, one per line; Ctrl-D to end\n"
_LINE_END = re.compile(rb"[\r\n]")


@dataclass(frozen=True)
class Item:
    """One input line: its number (from 1) and its text, or why it could not be read."""

    number: int
    text: str
    problem: str | None = None


def is_terminal(stream: Any) -> bool:
    """Whether ``stream`` is an open terminal (``False`` for anything without ``isatty``)."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def split_lines(stream: Any, bound: int = MAX_LINE_BYTES) -> Iterator[tuple[bytes, bool]]:
    """The lines of a binary stream, ended by ``\\n``, ``\\r\\n`` or a lone ``\\r``, without
    their ends, as ``(data, too_long)``.  A line longer than ``bound`` bytes comes back as its
    first bytes and ``True``; the rest of it is read and dropped, so no more than about
    ``bound`` bytes of one line are ever held.  A line is given as soon as its end is read
    (``read1``: a terminal's lines come as they are typed)."""
    read = getattr(stream, "read1", None) or stream.read
    line = bytearray()
    too_long = after_cr = False

    def keep(piece: bytes) -> None:
        nonlocal too_long
        if too_long:
            return
        if len(line) + len(piece) > bound:
            del line[64:]
            line.extend(piece[: max(0, 64 - len(line))])
            too_long = True
        else:
            line.extend(piece)

    while chunk := read(CHUNK_BYTES):
        start = 1 if after_cr and chunk[:1] == b"\n" else 0
        after_cr = False
        while start < len(chunk):
            end = _LINE_END.search(chunk, start)
            if end is None:
                keep(chunk[start:])
                break
            keep(chunk[start : end.start()])
            yield bytes(line), too_long
            line.clear()
            too_long = False
            start = end.end()
            if chunk[end.start()] == 0x0D:  # \r: a \n right after it belongs to the same end
                if start == len(chunk):
                    after_cr = True
                elif chunk[start] == 0x0A:
                    start += 1
    if line or too_long:
        yield bytes(line), too_long


def read_items(names: Sequence[str], stdin: Any = None) -> Iterator[Item]:
    """The names given as arguments, or else stdin's lines (read as bytes: bad UTF-8 and an
    over-long line are a line's problem, not the end of the run; a BOM opening the first line
    is dropped; ``\\n``, ``\\r\\n`` and a lone ``\\r`` all end a line).  On a terminal, a
    one-line hint on stderr says that input is awaited."""
    if names:
        for number, name in enumerate(names, start=1):
            yield Item(number, name)
        return
    if stdin is None and is_terminal(sys.stdin):
        sys.stderr.write(STDIN_HINT)
        sys.stderr.flush()
    stream = stdin if stdin is not None else sys.stdin.buffer
    for number, (data, too_long) in enumerate(split_lines(stream), start=1):
        if too_long:
            start = data.decode("utf-8", "replace")
            problem = f"line too long: more than {MAX_LINE_BYTES:,} bytes (starts {start!r}…)"
            yield Item(number, "", problem)
            continue
        try:
            yield Item(number, data.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError as exc:
            yield Item(number, "", f"not valid UTF-8 (byte {exc.start + 1})")


def add_io_options(parser: Any) -> None:
    parser.add_argument("--json", action="store_true", help="write JSON Lines, one per input")


def write_json(record: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(record, ensure_ascii=False) + "\n")


def output_closed() -> None:
    """The reader of stdout has gone (``| head``): point stdout at the null device, so that
    no later write, not even the interpreter's last flush, fails or prints a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)
    except (AttributeError, ValueError, OSError):  # not a real file (a test's capture)
        pass


class StatusLine:
    """A transient line on a terminal's stderr (progress, "checking…"), rewritten in place and
    cleared with ``\\r`` + spaces + ``\\r``.  Nothing at all when stderr is not a terminal, or
    when ``out``, the output it would interleave with, is that terminal too."""

    def __init__(self, err: TextIO, out: TextIO | None = None) -> None:
        self.err = err
        self.enabled = is_terminal(err) and not (out is not None and is_terminal(out))
        self.width = 0

    def show(self, text: str) -> None:
        if not self.enabled:
            return
        self.err.write(text.ljust(self.width) + "\r")
        self.err.flush()
        self.width = max(self.width, len(text))

    def clear(self) -> None:
        if self.width:
            self.err.write("\r" + " " * self.width + "\r")
            self.err.flush()
            self.width = 0


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
    item was processed, 1 when none could be.  A reader closing the output early ends the run;
    the status is then that of the lines read so far."""
    out = out or sys.stdout
    err = err or sys.stderr
    done = failed = 0
    progress = StatusLine(err, out)
    try:
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
                progress.clear()
                err.write(f"translit: line {item.number} ({shown!r}): {problem}\n")
                if to_record is not None:
                    write_json(empty_record(item.text), out)
            else:
                done += 1
                if to_record is not None:
                    write_json(to_record(result), out)
                else:
                    render(result, out)
            if (done + failed) % PROGRESS_EVERY == 0:
                progress.show(f"translit: {done + failed:,} lines…")
        out.flush()
    except BrokenPipeError:
        output_closed()
    finally:
        progress.clear()
    if done == 0:
        if failed == 0:
            err.write("translit: no input\n")
        return 1
    return 0


def fails(findings: Iterable[Finding], fail_on: Collection[str]) -> bool:
    """Whether a finding has a verdict of ``fail_on`` (``check --fail-on``: exit status 1)."""
    return any(f.verdict in fail_on for f in findings)
