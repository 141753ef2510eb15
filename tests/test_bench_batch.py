"""benchmarks/bench_batch.py still runs, on processes and on a local Dask cluster (a smoke test:
its figures go in the README)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_batch_benchmark_runs_every_way() -> None:
    pytest.importorskip("distributed", reason="dask is not installed (extra translit-dprk[dask])")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_batch.py"), "--articles", "18"],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    lines = proc.stdout.splitlines()
    # the corpus is the bundled article and every annotated pair: it grows with the test data
    assert re.fullmatch(r"18 articles \(\d+ distinct, repeated\), [\d,]+ characters", lines[0])
    names = [line[:24].strip() for line in lines[3:6]]
    assert names == ["jobs=1 (this process)", "jobs=2 (processes)", "dask, 2 workers"]
    assert lines[-1].startswith("100,000 articles, names already seen: ")
