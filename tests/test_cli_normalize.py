"""The ``translit normalize`` command: output formats, stdin, bad lines, exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from translit.cli import main
from translit.cli.normalize import JSON_KEYS
from translit.data import current, set_overlay

ROOT = Path(__file__).resolve().parents[1]


class _Stdin:
    def __init__(self, data: bytes) -> None:
        self.buffer = io.BytesIO(data)


def test_readable_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "뿌찐"]) == 0
    out = capsys.readouterr().out
    assert "Путин" in out and "푸틴" in out and "Putin" in out


def test_json_lines_have_exactly_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "--json", "뿌찐", "제니스 만뚜로브"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["cyrillic"] for r in records] == ["Путин", "Денис Мантуров"]
    assert all(tuple(r) == JSON_KEYS for r in records)
    assert set(records[0]["candidates"][0]) == {"cyrillic", "score"}


def test_stdin_lines_with_bad_ones_keep_order_and_go_on(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = ["뿌찐", "", "Putin", "뿌찐 Путин", "ㅃㅜ", "뿌" * 600_000, "쎄르게이 라브로브"]
    data = "\n".join(lines).encode() + b"\n\xff\xfe\n"
    monkeypatch.setattr(sys, "stdin", _Stdin(data))
    assert main(["normalize", "--json"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert len(records) == len(lines) + 1
    assert records[0]["cyrillic"] == "Путин" and records[-2]["cyrillic"] == "Сергей Лавров"
    assert all(r["cyrillic"] is None for r in records[1:6] + records[-1:])
    errors = captured.err.splitlines()
    assert len(errors) == 6
    assert "line 2" in errors[0] and "empty input" in errors[0]
    assert "line 8" in errors[-1] and "UTF-8" in errors[-1]
    assert "Traceback" not in captured.err


def test_nothing_processed_is_exit_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "Putin"]) == 1
    assert "no Hangul or Cyrillic" in capsys.readouterr().err


def test_a_glossary_term_is_told_apart_from_an_unreadable_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["normalize", "흑해", "련방평의회", "읽기"]) == 1
    first, second, third = capsys.readouterr().err.splitlines()
    assert "glossary term (place): Black Sea" in first
    assert "Federation Council, South Korean 연방평의회" in second and "translit term" in second
    assert "cannot be read as a Russian word" in third and "glossary" not in third


def test_a_guess_is_said_to_be_one(capsys: pytest.CaptureFixture[str]) -> None:
    """우랑겔 (Врангель, attested) is no word of the Russian rules: read as Russian, a guess."""
    assert main(["normalize", "--origin", "ru", "우랑겔"]) == 0
    assert "a guess: no rule spells it so; read as 우란겔" in capsys.readouterr().out
    assert main(["normalize", "--origin", "ru", "--json", "우랑겔"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "backoff"


def test_from_ru_refuses_hangul(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "--from", "ru", "뿌찐"]) == 1
    assert "expects cyrillic" in capsys.readouterr().err


def test_cyrillic_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "--json", "Андрей Белоусов"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["dprk"] == "안드레이 벨로우쏘브"


def test_usage_errors_are_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "--from", "xx", "뿌찐"]) == 2
    assert main(["normalize", "-k", "0", "뿌찐"]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_malformed_user_table_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ru_dprk.rules").write_text("#: source: mine\nк => 크\n", encoding="utf-8")
    try:
        assert main(["--tables", str(tmp_path), "normalize", "뿌찐"]) == 2
    finally:
        set_overlay(None)
    err = capsys.readouterr().err
    assert "ru_dprk.rules:2:" in err and "Traceback" not in err


def test_help_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "--help"]) == 0
    assert "--json" in capsys.readouterr().out


def test_checkout_script_and_closed_pipe() -> None:
    """``python cli.py`` works from a checkout, and '| head' closing the pipe is no error."""
    proc = subprocess.run(
        f"yes 뿌찐 | head -n 50 | {sys.executable} cli.py normalize | head -n 1",
        shell=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.stdout.strip() == "뿌찐"
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-inf"])
def test_a_non_finite_user_weight_is_exit_2_with_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    header = current().file("ranking.tsv").lines[0].text
    (tmp_path / "ranking.tsv").write_text(
        f"#: source: mine\n{header}\nrule_logp\t{value}\n", encoding="utf-8"
    )
    try:
        assert main(["--tables", str(tmp_path), "normalize", "뿌찐"]) == 2
    finally:
        set_overlay(None)
    err = capsys.readouterr().err
    assert f"{tmp_path / 'ranking.tsv'}:3:" in err and "finite" in err
    assert "Traceback" not in err and len(err.splitlines()) == 1


def test_k_below_1_reads_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["normalize", "-k", "0", "뿌찐"]) == 2
    assert capsys.readouterr().err == "translit: -k must be a whole number of at least 1, not 0\n"


@pytest.mark.parametrize(
    ("cyrillic", "dprk"),
    [("Н. С. Хрущёв", "엔. 에쓰. 흐루쑈브"), ("Н. С. Надеждина", "엔. 에쓰. 나제쥬지나")],
)
def test_initials_are_spelled_as_dprk_texts_spell_them(
    capsys: pytest.CaptureFixture[str], cyrillic: str, dprk: str
) -> None:
    """С. is 에쓰.: 엔. 에쓰. 흐루쑈브 (KCNA), 엔. 에쓰. 나제쥬지나 (DPRK MFA, tests/data/names)."""
    assert main(["normalize", "--json", "--from", "ru", cyrillic]) == 0
    assert json.loads(capsys.readouterr().out)["dprk"] == dprk


@pytest.mark.parametrize("spelling", ["엔. 에쓰. 흐루쑈브", "엔. 에스. 흐루쑈브"])
def test_both_spellings_of_an_initial_still_read(
    capsys: pytest.CaptureFixture[str], spelling: str
) -> None:
    assert main(["normalize", "--json", spelling]) == 0
    assert json.loads(capsys.readouterr().out)["cyrillic"] == "Н. С. Хрущёв"
