"""What every command shares (``translit.cli.common``): line reading (CR, LF, CRLF, BOM, bad
UTF-8, over-long lines, bounded memory), progress on a terminal, a reader closing the output,
the top-level options (--version) and the stdin hint."""

from __future__ import annotations

import importlib.metadata
import io
import json
import sys
import tracemalloc
from collections.abc import Iterator

import pytest

import translit
import translit.cli as cli
from tests.helpers import ClosingOutput
from translit.cli.common import (
    MAX_LINE_BYTES,
    STDIN_HINT,
    Item,
    read_items,
    run_items,
    split_lines,
)
from translit.errors import InputError


class Chunked(io.RawIOBase):
    """A binary stream that hands out its data in the given pieces (one per read)."""

    def __init__(self, *pieces: bytes) -> None:
        self.pieces = list(pieces)

    def readable(self) -> bool:
        return True

    def read1(self, size: int = -1) -> bytes:
        return self.pieces.pop(0) if self.pieces else b""

    read = read1


class Endless(io.RawIOBase):
    """``total`` bytes of one line, generated as they are read, then ``tail``."""

    def __init__(self, total: int, tail: bytes) -> None:
        self.left = total
        self.tail = tail

    def readable(self) -> bool:
        return True

    def read1(self, size: int = -1) -> bytes:
        if self.left <= 0:
            tail, self.tail = self.tail, b""
            return tail
        n = min(size if size > 0 else 65536, self.left)
        self.left -= n
        return b"x" * n


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class TerminalStdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)

    def isatty(self) -> bool:
        return True


def _lines(stream: io.RawIOBase) -> list[tuple[bytes, bool]]:
    return list(split_lines(stream))


@pytest.mark.parametrize(
    "data",
    [
        b"a\nb\nc",
        b"a\r\nb\r\nc\r\n",
        b"a\rb\rc\r",
        b"a\rb\nc",
        b"a\r\nb\rc\n",
    ],
)
def test_cr_lf_and_crlf_all_end_lines(data: bytes) -> None:
    assert _lines(io.BytesIO(data)) == [(b"a", False), (b"b", False), (b"c", False)]


def test_a_crlf_split_across_reads_is_one_line_end() -> None:
    assert _lines(Chunked(b"a\r", b"\nb\r", b"", b"c")) == [(b"a", False), (b"b", False)]
    assert _lines(Chunked(b"a\r", b"\nb\r", b"\r", b"c")) == [
        (b"a", False),
        (b"b", False),
        (b"", False),
        (b"c", False),
    ]


def test_blank_lines_are_kept_and_no_line_follows_the_last_end() -> None:
    assert _lines(io.BytesIO(b"\n\r\n\rx\n")) == [(b"", False)] * 3 + [(b"x", False)]


def test_an_over_long_line_is_flagged_and_the_next_line_read() -> None:
    lines = _lines(io.BytesIO(b"x" * (MAX_LINE_BYTES + 1) + b"\r\nok\n"))
    assert [flag for _, flag in lines] == [True, False]
    assert len(lines[0][0]) <= 64 and lines[1][0] == b"ok"
    assert _lines(io.BytesIO(b"x" * MAX_LINE_BYTES)) == [(b"x" * MAX_LINE_BYTES, False)]


def test_an_over_long_line_is_never_held_in_memory() -> None:
    tracemalloc.start()
    try:
        lines = _lines(Endless(30_000_000, b"\nlast"))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [flag for _, flag in lines] == [True, False] and lines[1][0] == b"last"
    assert peak < 3 * MAX_LINE_BYTES + 200_000, peak


def test_read_items_bom_bad_utf8_and_lone_cr() -> None:
    data = "\ufeff외무상\r로동신문\r\n".encode() + b"\xff\xfe\r" + "정부부수상".encode()
    items = list(read_items([], io.BytesIO(data)))
    assert [i.text for i in items] == ["외무상", "로동신문", "", "정부부수상"]
    assert [i.problem is None for i in items] == [True, True, False, True]
    assert "not valid UTF-8" in (items[2].problem or "")


def test_read_items_says_a_long_line_is_too_long() -> None:
    (item, last) = read_items([], io.BytesIO(b"x" * 200_000 + b"\n\xec\x99\xb8\n"))
    assert item.text == "" and "line too long" in (item.problem or "")
    assert last.text == "외" and last.problem is None


def test_lines_ended_by_a_lone_cr_are_separate_records(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("외무상\r로동신문\r".encode())))
    assert cli.main(["term", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["english"] for r in records] == ["Foreign Minister", "Rodong Sinmun"]


def test_a_terminal_stdin_gets_a_hint(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", TerminalStdin("뿌찐\n".encode()))
    assert cli.main(["normalize", "--json"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(STDIN_HINT)
    assert (
        STDIN_HINT == "translit: reading names from standard input, one per line; Ctrl-D to end\n"
    )


def test_no_hint_when_stdin_is_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("외무상\n".encode())))
    assert cli.main(["term"]) == 0
    assert "Ctrl-D" not in capsys.readouterr().err


def _items(n: int, good: set[int]) -> Iterator[Item]:
    for number in range(1, n + 1):
        yield Item(number, "good" if number in good else "bad")


def _process(text: str) -> str:
    if text == "bad":
        raise InputError("bad line")
    return text


def _run(items: Iterator[Item], out: io.StringIO, err: io.StringIO) -> int:
    return run_items(
        items,
        _process,
        render=lambda result, stream: stream.write(result + "\n"),
        to_record=None,
        empty_record=lambda text: {},
        out=out,
        err=err,
    )


def test_progress_counts_failed_lines_too_and_is_cleared() -> None:
    err = Terminal()
    assert _run(_items(2500, good=set(range(2000, 2501))), io.StringIO(), err) == 0
    text = err.getvalue()
    assert "translit: 1,000 lines…\r" in text and "translit: 2,000 lines…\r" in text
    width = len("translit: 2,000 lines…")
    assert text.endswith("\r" + " " * width + "\r")


def test_progress_is_cleared_before_a_problem_is_reported() -> None:
    err = Terminal()
    _run(_items(1001, good=set(range(1, 1001))), io.StringIO(), err)
    text = err.getvalue()
    shown = text.index("translit: 1,000 lines…\r")
    assert text.index("\r" + " " * len("translit: 1,000 lines…") + "\r", shown) < text.index(
        "line 1001"
    )


def test_no_progress_off_a_terminal_or_onto_the_output_terminal() -> None:
    err = io.StringIO()
    _run(_items(2000, good=set(range(1, 2001))), io.StringIO(), err)
    assert err.getvalue() == ""
    err = Terminal()
    _run(_items(2000, good=set(range(1, 2001))), Terminal(), err)
    assert err.getvalue() == ""


@pytest.mark.parametrize("writes", [0, 1, 5, 50])
def test_a_closed_output_ends_the_run_without_a_traceback(writes: int) -> None:
    err = io.StringIO()
    assert _run(_items(100, good=set(range(1, 101))), ClosingOutput(writes), err) == 0
    assert err.getvalue() == ""


@pytest.mark.parametrize("writes", [0, 1, 3])
def test_line_commands_return_their_status_when_the_output_closes(
    monkeypatch: pytest.MonkeyPatch, writes: int
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosingOutput(writes))
    assert cli.main(["term", "외무상", "로동신문", "정부부수상", "원동련방구"]) == 0


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"translit {importlib.metadata.version('translit-dprk')}\n"


def test_version_falls_back_on_the_package_version(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def missing(name: str) -> str:
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"translit {translit.__version__}\n"
