"""``translit check --batch FILE.jsonl``: many article pairs, JSON Lines in and out.

Each input line is a record ``{"id": ..., "ko": ..., "en": ...}`` (other keys are ignored;
blank lines are skipped).  Each finding is written as the record of ``check --json`` with the
record's ``id`` first, in input order; a record that cannot be checked (not JSON, a key
missing, not strings, empty, too long, no Hangul) gets ``{"id": ..., "line": N, "error": ...}``
instead, and a one-line message on stderr, and the others go on.  ``--jobs N`` checks on N
local processes, ``--scheduler tcp://HOST:PORT`` on a running Dask cluster; the output is the
same.  Exit status: 0 no ``error`` finding, 1 errors found, 2 no record could be checked (or
the file cannot be read, or a bad option).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, TextIO

from translit.cli.common import (
    StatusLine,
    fails,
    is_terminal,
    output_closed,
    split_lines,
    write_json,
)
from translit.errors import InputError
from translit.records import finding_record, json_bytes_for_two_texts

STDIN = "-"
LINE_MARGIN = 65_536


def register(parser: argparse.ArgumentParser) -> None:
    """Add ``--batch``, ``--jobs`` and ``--scheduler`` to the ``check`` subcommand's parser."""
    group = parser.add_argument_group("many articles at once")
    group.add_argument(
        "--batch",
        metavar="FILE.jsonl",
        help='JSON Lines records {"id", "ko", "en"} (\'-\': stdin) instead of KO_FILE EN_FILE; '
        "writes every finding as JSON Lines with its record's id",
    )
    group.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="with --batch: N local processes"
    )
    group.add_argument(
        "--scheduler",
        metavar="tcp://HOST:PORT",
        help="with --batch: run on this Dask cluster (pip install 'translit-dprk[dask]')",
    )


def requested(args: argparse.Namespace) -> bool:
    """Whether this is a batch run; InputError for options that do not go together."""
    if args.batch is None:
        if args.jobs != 1 or args.scheduler is not None:
            raise InputError("--jobs and --scheduler go with --batch FILE.jsonl")
        if args.korean is None or args.english is None:
            raise InputError("give KO_FILE and EN_FILE, or --batch FILE.jsonl")
        return False
    if args.korean is not None or args.english is not None:
        raise InputError("give KO_FILE and EN_FILE, or --batch FILE.jsonl, not both")
    if args.html:
        raise InputError("--html writes one report: it does not go with --batch")
    return True


@dataclass(frozen=True)
class Line:
    """One non-blank input line: its number, and its record or why it has none."""

    number: int
    record: Any = None
    problem: str | None = None


def max_line_bytes() -> int:
    """The longest input line read: two texts at check's character limit, every character
    escaped, and a margin for the id and other keys."""
    return json_bytes_for_two_texts(LINE_MARGIN)


def read_lines(stream: BinaryIO) -> Iterator[Line]:
    """The non-blank lines of a JSON Lines stream, parsed (no line held beyond the bound)."""
    bound = max_line_bytes()
    for number_, (data, too_long) in enumerate(split_lines(stream, bound), start=1):
        if too_long:
            yield Line(number_, problem=f"line too long: more than {bound:,} bytes")
            continue
        try:
            text = data.decode("utf-8-sig" if number_ == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            yield Line(number_, problem=f"not valid UTF-8 (byte {exc.start + 1})")
            continue
        if not text.strip():
            continue
        try:
            yield Line(number_, json.loads(text))
        except ValueError as exc:
            yield Line(number_, problem=f"not valid JSON: {exc}")


def _results(lines: Iterator[Line], args: argparse.Namespace) -> Iterator[tuple[Line, Any]]:
    """Each line with its result: a :class:`Checked`, a :class:`Failed`, or (for a line that
    is not JSON) ``None``; the parsed records go through ``check_many`` as they are read."""
    from translit.integrations.batch import check_many  # process pools: loaded when used

    waiting: deque[Line] = deque()

    def records() -> Iterator[Any]:
        for line in lines:
            waiting.append(line)
            if line.problem is None:
                yield line.record

    run_all = check_many(
        records(), vocabulary=args.vocabulary, jobs=args.jobs, scheduler=args.scheduler
    )
    with contextlib.closing(run_all) as run:
        for result in run:
            while waiting[0].problem is not None:
                yield waiting.popleft(), None
            yield waiting.popleft(), result
    while waiting:
        yield waiting.popleft(), None


def _open(path: str) -> contextlib.AbstractContextManager[BinaryIO]:
    if path == STDIN:
        return contextlib.nullcontext(sys.stdin.buffer)
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None


def run(args: argparse.Namespace, shown: tuple[str, ...], out: TextIO | None = None) -> int:
    """Check every record of ``args.batch``; write the findings whose verdict is in ``shown``.
    Exit 1 when a record has a finding with a verdict of ``args.fail_on``; a reader that closes
    the pipe early does not change that (the rest is checked, its output dropped)."""
    from translit.integrations.batch import Checked, Failed

    out = out or sys.stdout
    err = sys.stderr
    progress = StatusLine(err, out)
    checked = failed = failing = 0

    def emit(record: dict[str, Any]) -> None:
        try:
            write_json(record, out)
        except BrokenPipeError:
            output_closed()

    if args.batch == STDIN and is_terminal(sys.stdin):
        err.write("translit: reading JSON Lines records from standard input; Ctrl-D to end\n")
    with _open(args.batch) as stream:
        try:
            for line, result in _results(read_lines(stream), args):
                if isinstance(result, Checked):
                    checked += 1
                    failing += fails(result.findings, args.fail_on)
                    for finding in result.findings:
                        if finding.verdict in shown:
                            emit({"id": result.id, **finding_record(finding)})
                else:
                    failed += 1
                    ident = result.id if isinstance(result, Failed) else None
                    problem = result.error if isinstance(result, Failed) else line.problem
                    progress.clear()
                    shown_id = f" (id {ident!r})" if ident is not None else ""
                    err.write(f"translit: {args.batch}: line {line.number}{shown_id}: {problem}\n")
                    emit({"id": ident, "line": line.number, "error": problem})
                progress.show(f"translit: {checked + failed:,} records…")
            try:
                out.flush()
            except BrokenPipeError:
                output_closed()
        finally:
            progress.clear()
    if checked == 0:
        err.write(f"translit: {args.batch}: no record could be checked\n" if failed else
                  f"translit: {args.batch}: no records\n")  # fmt: skip
        return 2
    return 1 if failing else 0
