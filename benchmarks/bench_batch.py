"""Throughput of batch checking: one core, N local processes, a local Dask cluster of N workers.

    python benchmarks/bench_batch.py [--articles 1000] [--jobs 2] [--workers 2] [--no-cluster]

The batch is the bundled KCNA article and the eight annotated pairs of ``tests/data/pairs``,
repeated to ``--articles`` records.  A repeated corpus is kinder than a real one (each worker
reads every name once and then finds it cached), so the cold cost of an article never seen
before is measured too: the nine distinct articles once in a fresh process, after two other
articles have loaded every table.
Figures are articles per second and ratios in the same process: against one core (``jobs=1``)
for the parallel runs, and for ``jobs=1`` against a reference that reads the words of every
text with ``re.findall``; CPU milliseconds per article count every process of a run (pool
workers, cluster workers and their nannies, started and stopped), so they show the cost of
spreading the work whatever else the machine runs.  The estimate for 100,000 articles uses the
CPU cost of an article whose names are new, and of one whose names are known, per core.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import resource
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translit import check  # noqa: E402
from translit.integrations.batch import Checked, check_many  # noqa: E402

ESTIMATE_ARTICLES = 100_000
WARM_UP = ROOT / "tests" / "data" / "check"


def corpus() -> list[tuple[str, str, str]]:
    """(id, Korean, English) of the bundled article and every annotated pair."""

    def read(path: Path) -> str:
        return path.read_text(encoding="utf-8-sig")

    pairs = [ROOT / "examples" / "kcna-2023-09-14"]
    pairs += sorted(p.parent for p in (ROOT / "tests" / "data" / "pairs").glob("*/ko.txt"))
    return [(p.name, read(p / "ko.txt"), read(p / "en.txt")) for p in pairs]


def records(n: int) -> list[dict[str, str]]:
    pairs = corpus()
    batch = []
    for i in range(n):
        ident, ko, en = pairs[i % len(pairs)]
        batch.append({"id": f"{i}:{ident}", "ko": ko, "en": en})
    return batch


def timed(run: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def cpu_seconds() -> float:
    """CPU time of this process and of every finished process it started (workers, nannies)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def warm_up() -> None:
    """Check two articles outside the corpus (the hand-written pairs of ``tests/data/check``),
    so that every table, dictionary and model is loaded and only the corpus's names are new."""
    for name in ("lavrov", "entourage"):
        korean = (WARM_UP / f"{name}_ko.txt").read_text("utf-8")
        check(korean, (WARM_UP / f"{name}_en.txt").read_text("utf-8"))


def cold_and_warm() -> tuple[float, float, int]:
    """In a fresh process, warmed up: CPU seconds per distinct article the first time it is
    seen and the second time, and how many distinct articles there are."""
    warm_up()
    pairs = corpus()
    times = []
    for _ in range(2):
        start = time.process_time()
        for _, ko, en in pairs:
            check(ko, en)
        times.append((time.process_time() - start) / len(pairs))
    return times[0], times[1], len(pairs)


@dataclass
class Run:
    name: str
    seconds: float = 0.0
    cpu: float = 0.0
    findings: int = 0


def run_batch(run: Run, batch: list[dict[str, str]], **options: Any) -> Run:
    """Time ``check_many`` on ``batch``, and count the CPU of every process it used (a pool
    is shut down, its workers ended and counted, when the results are exhausted)."""
    cpu = cpu_seconds()
    results: list[Any] = []
    run.seconds = timed(lambda: results.extend(check_many(batch, **options)))[0]
    run.cpu = cpu_seconds() - cpu
    assert all(isinstance(r, Checked) for r in results), "a record of the corpus failed"
    run.findings = sum(len(r.findings) for r in results)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2, help="local processes (default 2)")
    parser.add_argument("--workers", type=int, default=2, help="Dask workers (default 2)")
    parser.add_argument("--no-cluster", action="store_true", help="skip the Dask cluster")
    args = parser.parse_args()
    batch = records(args.articles)
    chars = sum(len(r["ko"]) + len(r["en"]) for r in batch)
    load = os.getloadavg()[0]
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as fresh:
        cold, warm, distinct = fresh.submit(cold_and_warm).result()
    reference = timed(
        lambda: [(re.findall(r"\w+", r["ko"]), re.findall(r"\w+", r["en"])) for r in batch]
    )[0]
    warm_up()  # here too: tables loaded, the corpus's names not
    runs = [run_batch(Run("jobs=1 (this process)"), batch)]
    runs.append(run_batch(Run(f"jobs={args.jobs} (processes)"), batch, jobs=args.jobs))
    if not args.no_cluster:
        from distributed import LocalCluster

        cpu = cpu_seconds()
        with LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster:
            runs.append(
                run_batch(
                    Run(f"dask, {args.workers} workers"), batch, scheduler=cluster.scheduler_address
                )
            )
        runs[-1].cpu = cpu_seconds() - cpu  # the workers ended: starting and stopping them too
    assert len({r.findings for r in runs}) == 1, "the runs found different findings"
    one = runs[0].seconds
    print(f"{args.articles:,} articles ({distinct} distinct, repeated), {chars:,} characters")
    print(f"load average at the start {load:.2f} on {os.cpu_count()} cores")
    print(
        f"{'run':<24} {'seconds':>8} {'articles/s':>11} {'÷ jobs=1':>9} "
        f"{'CPU ms/article':>15} {'÷ reference':>12}"
    )
    for run in runs:
        ratio = f"{run.seconds / reference:,.0f}" if run is runs[0] else ""
        print(
            f"{run.name:<24} {run.seconds:>8.2f} {args.articles / run.seconds:>11.1f} "
            f"{one / run.seconds:>9.2f} {1000 * run.cpu / args.articles:>15.0f} {ratio:>12}"
        )
    print(
        f"one article, tables loaded, CPU: {cold * 1000:,.0f} ms the first time, "
        f"{warm * 1000:,.0f} ms once its names are known"
    )
    cores = max(args.jobs, args.workers)
    for label, per in (("every article new", cold), ("names already seen", warm)):
        hours = ESTIMATE_ARTICLES * per / 3600
        print(
            f"{ESTIMATE_ARTICLES:,} articles, {label}: {hours:,.2f} core-hours "
            f"({hours / cores:,.2f} h on {cores} cores, {hours * 60 / 64:,.1f} min on 64)"
        )


if __name__ == "__main__":
    main()
