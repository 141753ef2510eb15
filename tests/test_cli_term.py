"""``translit term``: readable and JSON output, stdin, unknown words, bad input."""

from __future__ import annotations

import io
import json
import sys

import pytest

import translit.cli as cli
from translit.cli.term import KEYS


@pytest.fixture(autouse=True)
def only_term(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "SUBCOMMANDS", ("term",))


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_readable_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "외무상", "노동신문"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("외무상\tForeign Minister\ttitle")
    assert out[1].startswith("노동신문 (로동신문)\tRodong Sinmun\tmedia")


def test_json_has_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "--json", "자연부원생태학상"]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert tuple(record) == KEYS
    assert record["english"] == "Minister of Natural Resources and Ecology"
    assert record["south"] == "천연자원환경부 장관"
    assert "Minister of Natural Resources and Environment" in record["english_variants"]  # type: ignore[operator]


def test_stdin_lines(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, "\ufeff정부 부수상\r\n원동련방구\n".encode())
    assert cli.main(["term", "--json"]) == 0
    assert [r["english"] for r in _records(capsys.readouterr().out)] == [
        "Deputy Prime Minister",
        "Far Eastern Federal District",
    ]


def test_an_unknown_word_gives_nulls_and_a_note(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "--json", "사과나무"]) == 0
    captured = capsys.readouterr()
    (record,) = _records(captured.out)
    assert record == {
        k: "사과나무" if k == "input" else [] if k == "english_variants" else None for k in KEYS
    }
    assert "사과나무" in captured.err


def test_bad_lines_are_reported_and_keep_json_aligned(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"\xff\xfe\n\xe3\x85\x83\n\xec\x99\xb8\xeb\xac\xb4\xec\x83\x81\n")
    assert cli.main(["term", "--json"]) == 0
    captured = capsys.readouterr()
    records = _records(captured.out)
    assert [r["english"] for r in records] == [None, None, "Foreign Minister"]
    assert "line 1" in captured.err and "not valid UTF-8" in captured.err
    assert "line 2" in captured.err and "bare jamo" in captured.err


def test_nothing_processed_is_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "ㅃㅜ"]) == 1
    assert "bare jamo" in capsys.readouterr().err


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "--help"]) == 0
    assert "--json" in capsys.readouterr().out
