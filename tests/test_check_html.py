"""The HTML report: structure and escaping (html.parser), and a render in headless chromium."""

from __future__ import annotations

import functools
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.helpers import CHROMIUM_FLAGS
from translit import Report, check
from translit.checking.html import to_html

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "kcna-2023-09-14"


@functools.cache
def report() -> Report:
    read = lambda name: (ARTICLE / name).read_text(encoding="utf-8-sig")  # noqa: E731
    return check(read("ko.txt"), read("en.txt"))


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.marks: list[dict[str, str | None]] = []
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(str(found["id"]))
        if tag == "mark":
            self.marks.append(found)
        assert not (tag in ("script", "link", "img") and ("src" in found or "href" in found))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_structure_ids_and_links() -> None:
    page = Collector()
    page.feed(to_html(report()))
    findings = report().findings
    for n, f in enumerate(findings):
        assert f"ko-{n}" in page.ids
        assert (f"en-{n}" in page.ids) == (f.english_span is not None)
    assert {"summary", "legend", "korean", "english"} <= page.ids
    errors = [m for m in page.marks if m["class"] == "v-error"]
    assert len([m for m in errors if m["data-side"] == "ko"]) == 5
    assert "link" not in page.tags and "img" not in page.tags
    text = "".join(page.text)
    assert "Zenis Manturov" in text and "워스또츠느이우주발사장" in text


def test_text_is_escaped() -> None:
    hostile = check(
        "<b>로씨야련방 외무상 쎄르게이 라브로브동지</b>", "<script>x</script> Sergei Lavrov &"
    )
    html = to_html(hostile, title="<t>")
    assert "<script>x</script>" not in html and "&lt;script&gt;x&lt;/script&gt;" in html
    assert "<b>로씨야" not in html and "&lt;b&gt;" in html
    assert "&lt;t&gt;" in html and " &amp;" in html


@pytest.mark.skipif(shutil.which("chromium") is None, reason="chromium is not installed")
def test_chromium_renders_every_finding(tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(to_html(report()), encoding="utf-8")
    command = [
        "chromium",
        *CHROMIUM_FLAGS,
        f"--user-data-dir={tempfile.mkdtemp(dir=tmp_path)}",
        "--dump-dom",
        page.as_uri(),
    ]
    dom = subprocess.run(command, capture_output=True, text=True, timeout=120, check=True).stdout
    parsed = Collector()
    parsed.feed(dom)
    for n, f in enumerate(report().findings):
        assert f"ko-{n}" in parsed.ids
        if f.english_span is not None:
            assert f"en-{n}" in parsed.ids
    shown = {m.get("data-f") for m in parsed.marks if m.get("data-side") == "en"}
    assert any("Tali Saveliev" in t for t in parsed.text)
    assert len(shown) > 50
