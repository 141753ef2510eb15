"""Throughput of ``normalize``, as ratios against reference runs on the same input, same process.

    python benchmarks/bench_normalize.py [--rounds N]

References: ``str.translate`` with a one-to-one Hangul table (the floor: no analysis at all)
and hangul-romanize's letter-by-letter romaniser.  "Uncached" clears translit's per-name and
per-word caches before every round (the tables, character model and dictionaries stay loaded,
as in a long-running process); "cached" repeats names already seen.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from hangul_romanize import Transliter
from hangul_romanize.rule import academic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translit import Translit  # noqa: E402
from translit.rules.inverse import BEAM  # noqa: E402
from translit.russian.charmodel import model  # noqa: E402

DEV_LIST = ROOT.parent / "shared" / "data" / "dev_names.tsv"
FALLBACK = [
    "뿌찐",
    "제니스 만뚜로브",
    "위딸리 싸벨리예브",
    "알렉쎄이 오베르츄크",
    "마라뜨 후스눌린",
    "워스또츠느이",
    "쎄르게이 라브로브",
    "유리 뜨루뜨네브",
    "드미뜨리 뻬스꼬브",
]


def names() -> list[str]:
    if DEV_LIST.is_file():
        with DEV_LIST.open(encoding="utf-8") as handle:
            rows = csv.DictReader(handle, delimiter="\t")
            return [r["nk_hangul"] for r in rows if r["kind"] in ("person", "place")]
    return FALLBACK


def rate(run: Callable[[], object], count: int, rounds: int, before: Callable[[], None]) -> float:
    """Median names per second over ``rounds`` runs."""
    times = []
    for _ in range(rounds):
        before()
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return count / statistics.median(times)


fresh = Translit()


def clear() -> None:
    """Forget every name and word seen: new tables, a new character-model cache."""
    global fresh
    fresh = Translit()
    fresh.normalize("뿌찐")
    model().gram_logprob.cache_clear()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    inputs = names()
    table = str.maketrans({chr(c): "x" for c in range(0xAC00, 0xD7A4)})
    romaniser = Transliter(academic)
    start = time.perf_counter()
    fresh.normalize("뿌찐")
    load = time.perf_counter() - start
    nothing = lambda: None  # noqa: E731
    results = {
        "str.translate": rate(
            lambda: [s.translate(table) for s in inputs], len(inputs), args.rounds, nothing
        ),
        "hangul-romanize": rate(
            lambda: [romaniser.translit(s) for s in inputs], len(inputs), args.rounds, nothing
        ),
        "normalize, uncached": rate(
            lambda: [fresh.normalize(s) for s in inputs], len(inputs), args.rounds, clear
        ),
        "normalize, cached": rate(
            lambda: [fresh.normalize(s) for s in inputs], len(inputs), args.rounds, nothing
        ),
    }
    base = results["hangul-romanize"]
    print(
        f"{len(inputs)} names, median of {args.rounds} rounds; first call (loads tables, "
        f"dictionaries, character model): {load:.2f} s; lattice beam {BEAM}"
    )
    print(f"{'run':<22} {'names/s':>12} {'÷ hangul-romanize':>18} {'÷ str.translate':>16}")
    for label, value in results.items():
        floor = value / results["str.translate"]
        print(f"{label:<22} {value:>12,.0f} {value / base:>18.4f} {floor:>16.6f}")


if __name__ == "__main__":
    main()
