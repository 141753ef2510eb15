"""Cold start and memory of one-name command runs, as ratios to ``python -c pass``.

    python benchmarks/bench_startup.py [--runs N]

Each run is a new process: ``translit normalize 뿌찐``, ``translit --help`` and the reference
``python -c pass``.  Times are medians; memory is the peak resident set, read by a few lines of
Python that run the command in the same process (their own cost is in the times too).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

REPORT = (
    "import resource, runpy, sys\n"
    "sys.argv = sys.argv[1:]\n"
    "try:\n"
    "    runpy.run_module(sys.argv[0], run_name='__main__') if sys.argv else None\n"
    "except SystemExit:\n"
    "    pass\n"
    "sys.stderr.write(f'peak-kib {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}\\n')\n"
)


def run(module_args: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak memory (MiB) of one new process running ``python -m ARGS``
    (no arguments: an empty program)."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", REPORT, *module_args], capture_output=True, check=False, text=True
    )
    elapsed = time.perf_counter() - start
    peak = [line for line in proc.stderr.splitlines() if line.startswith("peak-kib ")]
    if not peak:
        raise SystemExit(f"{module_args} failed: {proc.stderr[-300:]}")
    return elapsed, int(peak[-1].split()[1]) / 1024


def measure(module_args: list[str], runs: int) -> tuple[float, float]:
    found = [run(module_args) for _ in range(runs)]
    return statistics.median(t for t, _ in found), max(m for _, m in found)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    plain = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        plain.append(time.perf_counter() - start)
    reference = statistics.median(plain)
    _, ref_memory = measure([], args.runs)
    env_note = "TRANSLIT_TABLES is set" if os.environ.get("TRANSLIT_TABLES") else "shipped tables"
    print(f"median of {args.runs} runs ({env_note}); python -c pass: {reference * 1000:.0f} ms")
    print(f"{'command':<34} {'÷ python -c pass':>16} {'peak MiB':>9}")
    for label, command in (
        ("translit normalize 뿌찐", ["translit", "normalize", "뿌찐"]),
        ("translit --help", ["translit", "--help"]),
    ):
        elapsed, memory = measure(command, args.runs)
        print(f"{label:<34} {elapsed / reference:>16.1f} {memory:>9.0f}")
    print(f"{'python -c pass':<34} {1.0:>16.1f} {ref_memory:>9.0f}")


if __name__ == "__main__":
    main()
