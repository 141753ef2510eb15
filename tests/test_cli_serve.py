"""``translit serve``: its refusals (a taken port, no such port or host) are one line and exit
status 2; the page itself is tested through the API and in a browser (test_web*.py)."""

from __future__ import annotations

import socket

import pytest

pytest.importorskip("uvicorn", reason="uvicorn is not installed (extra translit-dprk[web])")

from translit.cli import main


def refusal(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    return err


def test_a_taken_port(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        err = refusal(["serve", "--port", str(port)], capsys)
    assert err.startswith(f"translit: cannot listen on 127.0.0.1:{port}: ")
    assert "in use" in err


def test_no_such_port_or_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert refusal(["serve", "--port", "70000"], capsys) == "translit: no such port: 70000\n"
    assert main(["serve", "--host", "192.0.2.1", "--port", "0"]) == 2  # not this machine's
    assert capsys.readouterr().err.splitlines() == [
        "translit: warning: listening on 192.0.2.1: anyone who can reach this address can use "
        "the page",
        "translit: cannot listen on 192.0.2.1:0: Cannot assign requested address",
    ]


def test_help_names_the_api(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    assert "POST /api/check" in out and "--port" in out and "127.0.0.1" in out
