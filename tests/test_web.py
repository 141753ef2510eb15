"""The web API (Starlette's TestClient): the records of the command line, and every refusal as
a JSON message with its status, never a traceback."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette", reason="starlette is not installed (extra translit-dprk[web])")
try:
    import httpx2  # noqa: F401  (Starlette's TestClient; httpx before Starlette 1.x)
except ImportError:
    pytest.importorskip("httpx", reason="httpx2 is not installed (Starlette's TestClient needs it)")

from starlette.testclient import TestClient

from translit import check
from translit.cli import main
from translit.integrations import web

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "kcna-2023-09-14"
NAMES = ["뿌찐", "제니스 만뚜로브", "bad!", "Андрей Белоусов"]


def read(name: str) -> str:
    return (ARTICLE / name).read_text(encoding="utf-8-sig")


@functools.cache
def client() -> TestClient:
    return TestClient(web.create_app())


def cli_records(argv: list[str], capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    main(argv)
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_check_answers_the_records_of_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    answer = client().post("/api/check", json={"ko": read("ko.txt"), "en": read("en.txt")})
    assert answer.status_code == 200
    data = answer.json()
    assert set(data) == {"summary", "findings"}
    assert data["summary"] == {"ok": 51, "variant": 28, "error": 5, "missing": 2, "unverified": 4}
    expected = cli_records(
        ["check", "--json", str(ARTICLE / "ko.txt"), str(ARTICLE / "en.txt")], capsys
    )
    assert data["findings"] == expected
    errors = [f for f in data["findings"] if f["verdict"] == "error"]
    assert {"found": "Zenis Manturov", "expected": "Denis Manturov"}.items() <= errors[0].items()


def test_check_with_html_gives_the_report_page() -> None:
    korean, english = (
        "로씨야련방 외무상 쎄르게이 라브로브동지",
        "Russian Foreign Minister Sergei Lavrov",
    )
    data = client().post("/api/check", json={"ko": korean, "en": english, "html": True}).json()
    assert data["html"].startswith("<!DOCTYPE html>") and 'id="ko-0"' in data["html"]
    assert len(data["findings"]) == len(check(korean, english).findings)


def test_normalize_answers_the_records_of_normalize_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    answer = client().post("/api/normalize", json={"names": NAMES})
    assert answer.status_code == 200
    data = answer.json()
    assert data["records"] == cli_records(["normalize", "--json", *NAMES], capsys)
    assert data["records"][1]["latin"] == "Denis Manturov"
    assert data["records"][2]["cyrillic"] is None
    assert data["errors"] == [
        {
            "index": 2,
            "input": "bad!",
            "error": "no Hangul or Cyrillic letters: not a DPRK or Russian name",
        }
    ]


def test_the_page_has_two_text_areas_and_a_button() -> None:
    page = client().get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for part in ('<textarea id="ko"', '<textarea id="en"', '<button id="check"', "api/check"):
        assert part in page.text


@pytest.mark.parametrize(
    ("path", "body", "status", "message"),
    [
        ("/api/check", b"{not json", 422, "the body is not valid JSON"),
        ("/api/check", b"[1, 2]", 422, "the body must be a JSON object, not list"),
        ("/api/check", b'{"ko": "\xec\xb0"}', 422, "the body is not valid JSON"),
        ("/api/check", '{"ko": "뿌찐"}'.encode(), 422, "missing field 'en'"),
        ("/api/check", b'{"ko": 1, "en": "x"}', 422, "field 'ko' must be the Korean text"),
        (
            "/api/check",
            '{"ko": "뿌찐", "en": "x", "html": 1}'.encode(),
            422,
            "field 'html' must be true",
        ),
        ("/api/check", b'{"ko": " ", "en": "Putin"}', 422, "empty text"),
        ("/api/check", b'{"ko": "Putin", "en": "Putin"}', 422, "the Korean text has no Hangul"),
        ("/api/normalize", b'{"names": "x"}', 422, "field 'names' must be a list of names"),
        ("/api/normalize", b'{"names": ["x", 3]}', 422, "every name must be a string, not int"),
    ],
)
def test_bad_requests_get_a_json_message(path: str, body: bytes, status: int, message: str) -> None:
    answer = client().post(path, content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == status
    assert message in answer.json()["error"]
    assert "Traceback" not in answer.text


def test_too_long_a_text_is_refused_by_check() -> None:
    answer = client().post("/api/check", json={"ko": "뿌찐" * 60_000, "en": "Putin"})
    assert answer.status_code == 422
    assert answer.json()["error"] == (
        "the Korean text is too long to check at once: 120,000 characters, the limit is 100,000 "
        "(split it into articles)"
    )


def test_too_many_names_are_refused() -> None:
    answer = client().post("/api/normalize", json={"names": ["뿌찐"] * (web.MAX_NAMES + 1)})
    assert answer.status_code == 422 and "too many names: 1,001" in answer.json()["error"]


def test_a_body_too_large_is_refused_before_it_is_read() -> None:
    limit = web.max_body_bytes()
    body = b'{"ko": "' + b"a" * limit + b'"}'
    answer = client().post("/api/check", content=body, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert answer.json() == {"error": f"the request body is larger than {limit:,} bytes"}

    def chunks() -> Any:  # no Content-Length: counted as it streams in
        yield b'{"ko": "'
        for _ in range(limit // 65_536 + 2):
            yield b"a" * 65_536

    answer = client().post(
        "/api/check", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413


def test_a_body_that_is_not_json_is_refused() -> None:
    answer = client().post("/api/check", content=b"ko=1&en=2")
    assert answer.status_code == 415
    assert answer.json()["error"] == "send a JSON object with Content-Type: application/json"


def test_an_unexpected_failure_is_a_500_without_details(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(korean: str, english: str, *, vocabulary: bool) -> None:
        raise RuntimeError("secret detail")

    monkeypatch.setattr(web, "check", broken)
    answer = TestClient(web.create_app()).post("/api/check", json={"ko": "뿌찐", "en": "Putin"})
    assert answer.status_code == 500
    assert answer.json() == {"error": "internal error (logged by the server)"}
    assert "secret" not in answer.text
    logged = capsys.readouterr().err
    assert (
        "translit serve: error in /api/check" in logged and "RuntimeError: secret detail" in logged
    )


def test_only_local_host_names_are_served_on_loopback() -> None:
    local = TestClient(web.create_app(allowed_hosts=web.LOOPBACK), base_url="http://127.0.0.1")
    assert local.get("/").status_code == 200
    assert local.get("/", headers={"Host": "localhost:8000"}).status_code == 200
    assert local.get("/", headers={"Host": "rebound.example"}).status_code == 400


def test_listen_refuses_a_taken_port_and_a_bad_one() -> None:
    taken = web.listen("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        with pytest.raises(web.InputError, match=f"cannot listen on 127.0.0.1:{port}: "):
            web.listen("127.0.0.1", port)
    finally:
        taken.close()
    with pytest.raises(web.OptionError, match="no such port: 70000"):
        web.listen("127.0.0.1", 70_000)
