"""``translit romanize`` through ``translit.cli.main``: output forms, JSON keys, bad input."""

from __future__ import annotations

import io
import json

import pytest

from translit import cli


@pytest.fixture(autouse=True)
def _romanize_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    # Only this subcommand, whatever else cli.SUBCOMMANDS lists at the time.
    monkeypatch.setattr(cli, "SUBCOMMANDS", ("romanize",))


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_system_prints_just_that_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["romanize", "--system", "dprk", "최선희", "박정천"]) == 0
    assert capsys.readouterr().out == "Choe Son Hui\nPak Jong Chon\n"
    assert cli.main(["romanize", "--system", "mr-ascii", "최선희"]) == 0
    assert capsys.readouterr().out == "Ch'oe Son-hui\n"


def test_default_is_a_table_of_every_system(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["romanize", "강순남"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "강순남"
    assert [line.split()[0] for line in out[1:]] == [
        "dprk",
        "mr",
        "mr-ascii",
        "rr",
        "rr-translit",
        "press",
    ]
    assert out[1].endswith("Kang Sun Nam") and out[4].endswith("Gang Sun-nam")


def test_json_keys_and_values(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["romanize", "--json", "오수용"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert list(record) == ["input", "dprk", "mr", "mr_ascii", "rr", "rr_translit", "variants"]
    assert record["dprk"] == "O Su Yong" and record["rr"] == "O Su-yong"
    assert "Oh Su-yong" in record["variants"]
    assert record["variants"] == sorted(record["variants"])


def test_stdin_lines_and_bad_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, "최선희\nLavrov\n".encode() + b"\xff\n" + "박태성\n".encode())
    assert cli.main(["romanize", "--json"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["dprk"] for r in records] == ["Choe Son Hui", None, None, "Pak Thae Song"]
    errors = captured.err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith("translit: line 2 ('Lavrov'): not a Korean name")
    assert "not valid UTF-8" in errors[1]
    assert "Traceback" not in captured.err


def test_nothing_processed_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["romanize", "Putin", "뿌찐"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err


def test_unknown_system_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["romanize", "--system", "wade", "최선희"]) == 2
    assert "invalid choice" in capsys.readouterr().err


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    _stdin(monkeypatch, b"")
    assert cli.main(["romanize"]) == 1
    assert "no input" in capsys.readouterr().err
