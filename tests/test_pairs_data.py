"""The annotated article pairs are well formed: every fragment stands verbatim in its text."""

from __future__ import annotations

from pathlib import Path

import pytest

PAIRS = Path(__file__).resolve().parent / "data" / "pairs"
FOLDERS = sorted(p for p in PAIRS.iterdir() if p.is_dir())
EXPECTATIONS = {"ok", "error", "flag", "missing"}


@pytest.mark.parametrize("folder", FOLDERS, ids=[p.name for p in FOLDERS])
def test_every_fragment_is_in_its_text(folder: Path) -> None:
    for name in ("ko.txt", "en.txt", "expect.tsv", "source.txt"):
        assert (folder / name).is_file(), name
    korean = (folder / "ko.txt").read_text(encoding="utf-8")
    english = (folder / "en.txt").read_text(encoding="utf-8")
    problems = []
    lines = (folder / "expect.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4:
            problems.append(f"{number}: {len(cells)} cells")
            continue
        fragment, expectation, korean_fragment, expected = cells
        if expectation not in EXPECTATIONS:
            problems.append(f"{number}: expectation {expectation!r}")
        if expectation != "missing" and fragment not in english:
            problems.append(f"{number}: {fragment!r} is not in en.txt")
        if korean_fragment not in korean:
            problems.append(f"{number}: {korean_fragment!r} is not in ko.txt")
        if not expected:
            problems.append(f"{number}: no expected English")
    assert not problems


def test_there_are_held_out_pairs() -> None:
    readme = (PAIRS / "README.md").read_text(encoding="utf-8")
    assert readme.count("| heldout |") >= 3
