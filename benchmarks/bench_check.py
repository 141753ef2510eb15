"""Time and memory of ``check`` on the bundled article pair, repeated to grow the input.

    python benchmarks/bench_check.py [--repeat 1 5 20]

Reported as ratios against a reference run in the same process: ``re.findall`` of the words of
both texts (reading the input once), so that the figures do not depend on the machine.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from translit import check  # noqa: E402

ARTICLE = ROOT / "examples" / "kcna-2023-09-14"


def timed(run: object) -> float:
    start = time.perf_counter()
    run()  # type: ignore[operator]
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, nargs="+", default=[1, 5, 20])
    args = parser.parse_args()
    korean = (ARTICLE / "ko.txt").read_text(encoding="utf-8")
    english = (ARTICLE / "en.txt").read_text(encoding="utf-8")
    check(korean, english)  # load tables, dictionaries and models once
    print(f"{'copies':>6} {'Korean chars':>12} {'check ÷ reference':>18} {'peak MiB':>9}")
    for copies in args.repeat:
        ko, en = korean * copies, english * copies
        reference = timed(lambda ko=ko, en=en: (re.findall(r"\w+", ko), re.findall(r"\w+", en)))
        seconds = timed(lambda ko=ko, en=en: check(ko, en))
        tracemalloc.start()  # a second run, for memory only: tracing slows Python down
        check(ko, en)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(
            f"{copies:>6} {len(ko):>12,} {seconds / reference:>18,.0f} {peak:>9.1f}"
            f"   ({seconds:.2f} s)"
        )


if __name__ == "__main__":
    main()
