"""``translit term``: readable and JSON output, stdin, unknown words, bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

import translit.cli as cli
from translit.cli.term import KEYS
from translit.data import current, set_overlay


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


# issue 11, 10: compounds are marked, and only the sequences of compound_links.tsv compose


def test_a_composed_reading_is_shown_as_composed(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["term", "로씨야련방외무상", "외무상"]) == 0
    composed, listed = capsys.readouterr().out.splitlines()
    assert composed.startswith(
        "로씨야련방외무상\tForeign Minister of the Russian Federation\ttitle"
    )
    assert "[composed from: 로씨야련방 + 외무상;" in composed
    assert "composed" not in listed
    assert cli.main(["term", "--json", "로씨야련방외무상", "외무상"]) == 0
    composed_record, listed_record = _records(capsys.readouterr().out)
    assert composed_record["source"] == "composed"
    assert listed_record["source"] != "composed"


@pytest.mark.parametrize(
    "word",
    [
        "회담회담",  # talks of talks
        "회담회담회담",
        "외무상외무상",  # the same office twice
        "외무상 겸 외무상",
        "조선로동당로씨야",  # Russia of the Workers' Party of Korea
        "위원 중화인민공화국",  # a title does not modify a place
        "외무성 문화성",  # nor a ministry another
        "조선중앙통신 조선로동당",  # a medium is never a modifier
        "우리 나라 주재 로씨야련방",  # 주재 takes a title or an organisation after it
    ],
)
def test_sequences_the_kinds_do_not_allow_are_not_composed(
    capsys: pytest.CaptureFixture[str], word: str
) -> None:
    cli.main(["term", "--json", word])
    (record,) = _records(capsys.readouterr().out)
    assert record["source"] != "composed", record


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("로씨야련방외무상", "Foreign Minister of the Russian Federation"),
        ("정부부수상 겸 공업무역상", "Deputy Prime Minister and Minister of Industry and Trade"),
        ("쁠레쎄쯔크우주발사장", "Plesetsk Cosmodrome"),
        ("중앙위원회 정치국", "Political Bureau of the Central Committee"),
        ("조선로동당창건", "founding of the Workers' Party of Korea"),
        (
            "정부부수상 겸 원동련방구주재 대통령전권대표",
            "Deputy Prime Minister and Presidential Plenipotentiary Envoy to the Far Eastern "
            "Federal District",
        ),
    ],
)
def test_sequences_the_kinds_allow_are_composed(
    capsys: pytest.CaptureFixture[str], word: str, english: str
) -> None:
    assert cli.main(["term", "--json", word]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert (record["english"], record["source"]) == (english, "composed")


def _links_overlay(tmp_path: Path, metadata: str) -> Path:
    header = current().file("compound_links.tsv").lines[0].text
    (tmp_path / "compound_links.tsv").write_text(
        f"#: source: test\n{metadata}\n{header}\n", encoding="utf-8"
    )
    return tmp_path


def test_the_allowed_sequences_are_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    overlay = _links_overlay(tmp_path, "#: head place: place | party")
    try:
        assert cli.main(["--tables", str(overlay), "term", "--json", "조선로동당로씨야"]) == 0
    finally:
        set_overlay(None)
    (record,) = _records(capsys.readouterr().out)
    assert record["english"] == "Russia of the Workers' Party of Korea"


def test_a_bad_kind_in_the_link_table_is_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    overlay = _links_overlay(tmp_path, "#: head title: place | palace")
    try:
        assert cli.main(["--tables", str(overlay), "term", "로씨야련방외무상"]) == 2
    finally:
        set_overlay(None)
    err = capsys.readouterr().err
    assert "compound_links.tsv" in err and "palace" in err and "Traceback" not in err
