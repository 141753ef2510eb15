"""Time and memory of ``check``, as ratios against hangul-romanize on the same Korean text.

    python benchmarks/bench_check.py [--repeat 1 5 10] [--rounds 3]

Two workloads.  *Unseen articles*: every real article pair of ``tests/data/pairs/``, each checked
with empty word caches, so that every word is new to the process (the tables stay loaded, as in a
long-running process).  *Growing input*: the bundled 2023-09-14 pair repeated 1, 5 and 10 times
(20 would pass the 100,000-character limit), with warm caches (alignment grows with the size
of the texts).  The reference is hangul-romanize's letter-by-letter romaniser over the same
Korean text, in the same process; times are CPU times, so that other work on the machine
counts for little, each the best of ``--rounds`` runs.
"""

from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

from hangul_romanize import Transliter
from hangul_romanize.rule import academic

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_normalize import best_cpu, forget  # noqa: E402

from translit import Translit  # noqa: E402

ARTICLE = ROOT / "examples" / "kcna-2023-09-14"
PAIRS = ROOT / "tests" / "data" / "pairs"


def forget_words(translit: Translit) -> None:
    """Empty the caches of words and names (the bounded ones); keep what the tables made."""
    forget()
    for cache in translit.tables._caches.values():
        if cache.cache_parameters()["maxsize"] is not None:  # type: ignore[attr-defined]
            cache.cache_clear()  # type: ignore[attr-defined]


def pairs() -> list[tuple[str, str, str]]:
    found = []
    for folder in sorted(p for p in PAIRS.iterdir() if (p / "ko.txt").is_file()):
        ko = (folder / "ko.txt").read_text(encoding="utf-8")
        found.append((folder.name, ko, (folder / "en.txt").read_text(encoding="utf-8")))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, nargs="+", default=[1, 5, 10])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each, the best taken")
    args = parser.parse_args()
    romaniser = Transliter(academic)
    Translit().check("뿌찐동지", "Comrade Putin")  # import and map what every run needs,
    Translit().normalize("부까고브")  # and a word no table knows loads the morphology

    total = reference = 0.0
    size = 0
    tables = Translit()
    tables.check("로씨야련방 외무상 라브로브동지", "Russian Foreign Minister Sergei Lavrov")
    for _, ko, en in pairs():
        forget = lambda: forget_words(tables)  # noqa: E731
        total += best_cpu(lambda ko=ko, en=en: tables.check(ko, en), args.rounds, forget)
        reference += best_cpu(lambda ko=ko: romaniser.translit(ko), args.rounds)
        size += len(ko.encode("utf-8"))
    if size:
        print(
            f"unseen articles ({len(pairs())}, {size / 1024:.1f} KB of Korean): check ÷ reference "
            f"{total / reference:,.0f}   ({total / (size / 1024) * 1000:.0f} ms per KB here)"
        )

    korean = (ARTICLE / "ko.txt").read_text(encoding="utf-8")
    english = (ARTICLE / "en.txt").read_text(encoding="utf-8")
    warm = Translit()
    warm.check(korean, english)
    print(f"{'copies':>6} {'Korean chars':>12} {'check ÷ reference':>18} {'peak MiB':>9}")
    for copies in args.repeat:
        ko, en = korean * copies, english * copies
        base = best_cpu(lambda ko=ko: romaniser.translit(ko), args.rounds)
        seconds = best_cpu(lambda ko=ko, en=en: warm.check(ko, en), args.rounds)
        tracemalloc.start()  # a second run, for memory only: tracing slows Python down
        warm.check(ko, en)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        print(
            f"{copies:>6} {len(ko):>12,} {seconds / base:>18,.0f} {peak:>9.1f}   ({seconds:.2f} s)"
        )


if __name__ == "__main__":
    main()
