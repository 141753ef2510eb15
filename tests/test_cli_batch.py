"""``translit check --batch FILE.jsonl [--jobs N]``: JSON Lines records in, findings out, in
input order, with a one-line error record for each bad record."""

from __future__ import annotations

import functools
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import ClosingOutput
from translit.cli import main

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "kcna-2023-09-14"
PAIR = ROOT / "tests" / "data" / "pairs" / "kcna-2023-10-19-lavrov-reception"
JSON_ERROR = "not valid JSON: Expecting value: line 1 column 24 (char 23)"


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


def batch_lines() -> list[str]:
    article = {"id": "a", "ko": read(ARTICLE / "ko.txt"), "en": read(ARTICLE / "en.txt")}
    pair = {"id": 3, "ko": read(PAIR / "ko.txt"), "en": read(PAIR / "en.txt"), "note": "x"}
    return [
        json.dumps(article),  # \uXXXX escapes
        '{"id": "broken", "ko": ',
        "",
        json.dumps({"id": "b", "ko": "뿌찐"}, ensure_ascii=False),
        json.dumps(pair, ensure_ascii=False),
    ]


@pytest.fixture
def batch_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(batch_lines()) + "\n", encoding="utf-8")
    return path


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[Any], str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, [json.loads(line) for line in captured.out.splitlines()], captured.err


@functools.cache
def single(ko: Path, en: Path) -> tuple[dict[str, Any], ...]:
    """What ``check --json KO EN`` writes for one pair (run in a subprocess: capsys is busy)."""
    proc = subprocess.run(
        [sys.executable, "-m", "translit", "check", "--json", str(ko), str(en)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    return tuple(json.loads(line) for line in proc.stdout.splitlines())


def expected_output() -> list[dict[str, Any]]:
    return [
        *({"id": "a", **f} for f in single(ARTICLE / "ko.txt", ARTICLE / "en.txt")),
        {"id": None, "line": 2, "error": JSON_ERROR},
        {"id": "b", "line": 4, "error": "missing key(s): 'en'"},
        *({"id": 3, **f} for f in single(PAIR / "ko.txt", PAIR / "en.txt")),
    ]


def test_findings_of_every_record_in_input_order(
    batch_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = run(["check", "--batch", str(batch_file)], capsys)
    assert status == 1  # the article has errors
    assert out == expected_output()
    assert len([r for r in out if r["id"] == "a"]) == 90
    assert err.splitlines() == [
        f"translit: {batch_file}: line 2: {JSON_ERROR}",
        f"translit: {batch_file}: line 4 (id 'b'): missing key(s): 'en'",
    ]


def test_two_processes_write_the_same(batch_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", "--batch", str(batch_file), "--jobs", "2"], capsys)
    assert (status, out) == (1, expected_output())


def test_only_errors(batch_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(["check", "--batch", str(batch_file), "--only", "errors"], capsys)
    found = [(r["id"], r.get("found")) for r in out if "verdict" in r]
    assert ("a", "Zenis Manturov") in found and all(r["verdict"] == "error" for r in out[:5])
    assert [r["error"] for r in out if "error" in r][1] == "missing key(s): 'en'"
    assert status == 1


def test_standard_input_on_two_processes() -> None:
    lines = batch_lines()
    proc = subprocess.run(
        [sys.executable, "-m", "translit", "check", "--batch", "-", "--jobs", "2"],
        input="\n".join(lines[3:]),
        capture_output=True,
        text=True,
        timeout=300,
    )
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert out[0] == {"id": "b", "line": 1, "error": "missing key(s): 'en'"}
    assert out[1:] == [{"id": 3, **f} for f in single(PAIR / "ko.txt", PAIR / "en.txt")]
    assert proc.returncode == (1 if any(r.get("verdict") == "error" for r in out) else 0)
    assert "Traceback" not in proc.stderr


def test_nothing_checkable_is_status_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('[1]\n{"id": 1, "ko": "Putin", "en": "Putin"}\n', encoding="utf-8")
    status, out, err = run(["check", "--batch", str(path)], capsys)
    assert status == 2
    assert out == [
        {"id": None, "line": 1, "error": "a record must be an object with id, ko and en, not list"},
        {"id": 1, "line": 2, "error": "the Korean text has no Hangul"},
    ]
    assert err.endswith(f"translit: {path}: no record could be checked\n")
    path.write_text("\n\n", encoding="utf-8")
    assert run(["check", "--batch", str(path)], capsys)[0] == 2


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "--jobs", "2", "ko.txt", "en.txt"], "--jobs and --scheduler go with --batch"),
        (["check", "ko.txt"], "give KO_FILE and EN_FILE, or --batch FILE.jsonl"),
        (["check", "--batch", "x.jsonl", "ko.txt"], "or --batch FILE.jsonl, not both"),
        (["check", "--batch", "x.jsonl", "--html", "r.html"], "--html writes one report"),
        (["check", "--batch", "/no/such.jsonl"], "/no/such.jsonl: cannot read: No such file"),
        (["check", "--batch", "x.jsonl", "--jobs", "0"], "jobs must be a whole number"),
        (["check", "--batch", "x.jsonl", "--scheduler", "nowhere"], "scheduler must be an address"),
    ],
)
def test_bad_usage_is_one_line_and_status_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.jsonl").write_text('{"id": 1, "ko": "뿌찐동지", "en": "Putin"}\n', "utf-8")
    status = main(argv)
    err = capsys.readouterr().err
    assert status == 2
    assert message in err and len(err.splitlines()) == 1 and "Traceback" not in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_on_a_terminal_is_cleared_before_messages_and_at_the_end(
    batch_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal, out = Terminal(), io.StringIO()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["check", "--batch", str(batch_file), "--only", "errors"]) == 1
    shown = terminal.getvalue()
    first = "translit: 1 records…"
    assert shown.startswith(first + "\r")
    clear = "\r" + " " * len(first) + "\r"
    assert f"{clear}translit: {batch_file}: line 2: {JSON_ERROR}\n" in shown
    assert shown.endswith("translit: 4 records…\r" + clear)
    assert "records…" not in out.getvalue()


def test_the_status_survives_a_reader_that_closes_early(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clean record first, the article with its errors after it; the reader goes after the
    first line, and the article is still checked: status 1 (and 0 for a verdict none has)."""
    clean = {"id": "clean", "ko": "뿌찐대통령이 왔다.", "en": "President Putin came."}
    article = {"id": "a", "ko": read(ARTICLE / "ko.txt"), "en": read(ARTICLE / "en.txt")}
    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps(clean) + "\n" + json.dumps(article) + "\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", ClosingOutput(1))
    assert main(["check", "--batch", str(path)]) == 1
    monkeypatch.setattr(sys, "stdout", ClosingOutput(1))
    assert main(["check", "--batch", str(path), "--fail-on", "missing"]) == 1
    monkeypatch.setattr(sys, "stdout", ClosingOutput(0))
    assert main(["check", "--batch", str(path), "--only", "errors"]) == 1
