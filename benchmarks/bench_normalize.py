"""Throughput of ``normalize``, as ratios against reference runs on the same strings, same process.

    python benchmarks/bench_normalize.py [--rounds N] [--limit N]

Workloads: the development list's persons and places; ``speed_names.tsv`` (5,000 names whose
words pymorphy3's dictionary knows, spelled by the project's own Cyrillic → DPRK rules);
``speed_new_surnames.tsv`` (surnames no dictionary knows).  References: hangul-romanize's
letter-by-letter romaniser on the same strings, and ``str.translate`` with a one-to-one Hangul
table (the floor: no analysis at all).  "New to the process": every round starts with fresh
tables and empty word caches, so each name is read for the first time (the shipped data stay
mapped, as in a long-running process); "repeated": the same names again.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import sys
import time
from collections.abc import Callable
from pathlib import Path

from hangul_romanize import Transliter
from hangul_romanize.rule import academic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translit import InputError, Translit  # noqa: E402
from translit.data import lexicon  # noqa: E402
from translit.foreign import reading as foreign_reading  # noqa: E402
from translit.russian import charmodel  # noqa: E402

SHARED = ROOT.parent / "shared" / "data"
STEADY = 0.25  # seconds of CPU time a reference round runs at least


def column(path: Path, name: str, limit: int, kinds: tuple[str, ...] = ()) -> list[str]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        found = [r[name] for r in rows if not kinds or r["kind"] in kinds]
    return found[:limit]


def workloads(limit: int) -> dict[str, list[str]]:
    found = {
        "development list": column(
            SHARED / "dev_names.tsv", "nk_hangul", limit, ("person", "place")
        ),
        "speed_names.tsv": column(SHARED / "speed_names.tsv", "dprk", limit),
        "speed_new_surnames.tsv": column(SHARED / "speed_new_surnames.tsv", "dprk", limit),
    }
    return {k: v for k, v in found.items() if v} or {"fallback": ["뿌찐", "제니스 만뚜로브"]}


def forget() -> None:
    """Empty every cache of words and names; the shipped data stay mapped."""
    models = (charmodel.model(), foreign_reading.model())
    caches = (*(c for m in models for c in (m.gram_logprob, m.context_logprob)), lexicon.latin_zipf)
    for cached in (*caches, lexicon.russian_zipf, lexicon.korean_frequency):
        cached.cache_clear()


def best_cpu(
    run: Callable[[], object], rounds: int, before: Callable[[], None] = lambda: None
) -> float:
    """CPU seconds of the best of ``rounds`` runs of ``run``, each after ``before`` (CPU time, so
    that other work on the machine counts for little; the best run, as ``timeit`` takes it, so
    that a run the virtual machine slowed does not move the ratios)."""
    times = []
    for _ in range(rounds):
        before()
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def rate(run: Callable[[], object], count: int, rounds: int, before: Callable[[], None]) -> float:
    """Names per second in the best of ``rounds`` runs (:func:`best_cpu`)."""
    return count / best_cpu(run, rounds, before)


def steady_rate(run: Callable[[], object], count: int, rounds: int) -> float:
    """Names per second of a fast reference: each round repeats ``run`` for at least
    ``STEADY`` s of CPU time (one pass over a few hundred names takes milliseconds, too short
    to time), and the best round counts."""
    best = 0.0
    for _ in range(rounds):
        passes, start = 0, time.process_time()
        while (spent := time.process_time() - start) < STEADY or not passes:
            run()
            passes += 1
        best = max(best, count * passes / spent)
    return best


def paired(
    run: Callable[[], object],
    references: list[Callable[[], object]],
    count: int,
    rounds: int,
    before: Callable[[], None],
) -> tuple[float, list[float]]:
    """Names per second of ``run`` and its ratio to each reference, in the median round.  Each
    round times the references right before and right after the run, so that the virtual
    machine's speed, which drifts over seconds, is the same for both sides of a ratio."""
    found = []
    for _ in range(rounds):
        ahead = [steady_rate(ref, count, 1) for ref in references]
        value = rate(run, count, 1, before)
        after = [steady_rate(ref, count, 1) for ref in references]
        found.append((value, [2 * value / (a + b) for a, b in zip(ahead, after, strict=True)]))
    found.sort(key=lambda f: f[1][0])
    return found[len(found) // 2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, default=5000, help="names per workload at most")
    args = parser.parse_args()
    table = str.maketrans({chr(c): "x" for c in range(0xAC00, 0xD7A4)})
    romaniser = Transliter(academic)
    state = {"translit": Translit()}

    def fresh() -> None:
        forget()
        state["translit"] = Translit()

    def read_all(names: list[str]) -> None:
        for name in names:
            with contextlib.suppress(InputError):
                state["translit"].normalize(name)

    print(
        f"median of {args.rounds} rounds, each timing the references just before and after the"
        " run; names/s and ratios to references on the same strings"
    )
    head = f"{'workload':<24} {'run':<22} {'names/s':>10}"
    print(f"{head} {'÷ hangul-romanize':>18} {'÷ str.translate':>16}")
    for label, names in workloads(args.limit).items():
        count, nothing = len(names), lambda: None
        references = [
            lambda n=names: [romaniser.translit(s) for s in n],
            lambda n=names: [s.translate(table) for s in n],
        ]
        runs = {"new to the process": fresh, "repeated": nothing}
        for run, before in runs.items():
            value, (base, floor) = paired(
                lambda n=names: read_all(n), references, count, args.rounds, before
            )
            line = f"{label:<24} {run:<22} {value:>10,.0f}"
            print(f"{line} {base:>18.4f} {floor:>16.6f}")


if __name__ == "__main__":
    main()
