"""``translit check``: readable and JSON output, --only, exit codes, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import translit.cli as cli
from translit.cli.check import JSON_KEYS

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "kcna-2023-09-14"
KO, EN = str(ARTICLE / "ko.txt"), str(ARTICLE / "en.txt")


def _records(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines()]


def test_readable_report_exits_1_on_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", KO, EN]) == 1
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("136 mentions:")
    assert "Zenis Manturov" in out and "\033[" not in out


def test_json_keys_and_spans(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--json", KO, EN]) == 1
    records = _records(capsys.readouterr().out)
    assert all(tuple(r) == JSON_KEYS for r in records)
    korean = Path(KO).read_text(encoding="utf-8-sig")
    english = Path(EN).read_text(encoding="utf-8-sig")
    for r in records:
        start, end = r["korean_span"]  # type: ignore[misc]
        assert korean[start:end] == r["korean"]
        if r["english_span"] is not None:
            start, end = r["english_span"]  # type: ignore[misc]
            assert english[start:end] == r["found"]


@pytest.mark.parametrize(("only", "verdicts"), [("errors", {"error"}), ("missing", {"missing"})])
def test_only(capsys: pytest.CaptureFixture[str], only: str, verdicts: set[str]) -> None:
    cli.main(["check", "--json", "--only", only, KO, EN])
    records = _records(capsys.readouterr().out)
    assert records and {r["verdict"] for r in records} == verdicts
    if only == "errors":
        assert len(records) == 5


def test_exit_0_without_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "ko.txt").write_text("로씨야련방 외무상 쎄르게이 라브로브동지", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Russian Foreign Minister Sergei Lavrov", encoding="utf-8")
    assert cli.main(["check", str(tmp_path / "ko.txt"), str(tmp_path / "en.txt")]) == 0
    assert "0 error" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe bad", "not valid UTF-8"),
        (b"no Korean here", "no Hangul"),
    ],
)
def test_bad_korean_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    bad = tmp_path / "ko.txt"
    bad.write_bytes(content)
    assert cli.main(["check", str(bad), EN]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_missing_file_and_bad_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(tmp_path / "none.txt"), EN]) == 2
    assert "cannot read" in capsys.readouterr().err
    assert cli.main(["check", "--only", "nonsense", KO, EN]) == 2


def test_bom_and_crlf_offsets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ko = tmp_path / "ko.txt"
    ko.write_bytes("\ufeff첫줄\r\n로씨야련방 외무상 쎄르게이 라브로브동지".encode())
    en = tmp_path / "en.txt"
    en.write_bytes(b"First line\r\nForeign Minister Sergei Lavrov")
    assert cli.main(["check", "--json", str(ko), str(en)]) == 0
    (record,) = [r for r in _records(capsys.readouterr().out) if r["kind"] == "russian_name"]
    assert record["korean_span"] == [14, 23]
    assert record["english_span"] == [29, 42]


def test_a_huge_text_is_refused_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    korean = tmp_path / "ko.txt"
    korean.write_text("뿌찐동지가 왔다. " * 20_000, encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text("Comrade Putin came. " * 10, encoding="utf-8")
    assert cli.main(["check", str(korean), str(english)]) == 2
    err = capsys.readouterr().err
    assert "too long to check at once" in err and "Traceback" not in err
