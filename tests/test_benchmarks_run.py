"""The benchmark and measurement scripts still run (smoke tests; their figures go in the README)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV_LIST = ROOT.parent / "shared" / "data" / "dev_names.tsv"


@pytest.mark.parametrize(
    ("script", "args", "expected"),
    [
        ("bench_normalize.py", ["--rounds", "1", "--limit", "20"], "new to the process"),
        ("bench_startup.py", ["--runs", "1"], "translit normalize"),
        ("bench_check.py", ["--repeat", "1", "--rounds", "1"], "check ÷ reference"),
        ("beam_width.py", ["--limit", "20"], "of words within"),
    ],
)
def test_benchmark_script_runs(script: str, args: list[str], expected: str) -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    assert expected in proc.stdout


def test_dev_accuracy_script_reports_the_bar() -> None:
    if not DEV_LIST.is_file():
        pytest.skip(f"development list not found at {DEV_LIST}")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "dev_accuracy.py")],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    assert "with the gazetteer     Cyrillic top-1" in proc.stdout


def test_fuzz_script_runs_a_few_calls() -> None:
    """``benchmarks/fuzz.py`` (a million calls by default) on a handful: it counts them and
    finds nothing but TranslitErrors."""
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fuzz.py"), "--calls", "60", "--seed", "3"],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "fuzz: 60 calls in " in proc.stdout and "0 unexpected exceptions" in proc.stdout
