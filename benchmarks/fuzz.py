"""Fuzz every public function of translit with random inputs; count the calls, the rate and
every exception that is not a ``TranslitError`` (each with the input that raised it).

    python benchmarks/fuzz.py [--calls 1000000] [--seed 0] [--show 10]

Inputs mix any Unicode (lone surrogates, controls, combining marks, astral characters), Hangul
syllables, conjoining and compatibility jamo, DPRK-looking names with initials, Korean names,
glossary words glued or spaced, Cyrillic, and values that are not strings; each is sometimes
mutated (decomposed to NFD, a BOM, quotes, a stray character inserted).  Options are drawn too
(``system``, ``k``, ``name``).  The last line is the summary; the exit status is 1 when an
unexpected exception was seen.  Not run by the tests, except with a tiny ``--calls``.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import translit  # noqa: E402
from translit.errors import TranslitError  # noqa: E402
from translit.terms.glossary import glossary  # noqa: E402


def _words(text: str) -> list[str]:
    return text.split()


DPRK_SYLLABLES = _words(
    "뿌 찐 쎄 르 게 이 라 브 로 만 뚜 제 니 스 까 떼 쯔 크 엔 에 쓰 알 렉 싼 드 위 딸 리 "
    "벨 우 쏘 바 꾸 즈 네 쪼 빠 웰 쉐 즤 쥬 와 므 똘 또 뽀 끼 나 야 노 비 치 쵸 쑈 흐 "
    "뜨 쁘 씨 릐 예 오 셰 쟈"
)
INITIALS = ["엔.", "에쓰.", "에스.", "웨.", "이.", "엘.", "엠.", "게.", "뻬."]
SURNAMES = _words("김 리 이 박 최 정 조 류 남궁 황보 강 한 로 노 량 양 갈")
GIVEN = _words("정 은 선 희 철 룡 해 설 주 명 수 영 일 성 광 혁 남 순 옥 경")
CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
ENGLISH_WORDS = _words(
    "Comrade Sergei Lavrov Foreign Minister of the Russian Federation Vladimir Putin Choe Son "
    "Hui Rodong Sinmun talks Kim Jong Un Zenis Manturov and with the Party Korea Moscow"
)
LINKS = ["", " ", "", "  ", " 겸 ", " 주재 ", "-", ". "]
SUFFIXES = ["", "", "동지", "와", "는", "에서", "의", "동지와"]
MARKS = ["\ufeff", "《", "》", '"', "\u0301", "\u200b", "\x00", "\n", "\t", "ㅃ", "x", "Я"]
MARKS.append("\ud800")  # a lone surrogate


@dataclass
class Finding:
    """One kind of unexpected exception: where, how often, and the first input that raised it."""

    function: str
    error: str
    args: tuple[Any, ...]
    options: dict[str, Any]
    trace: str
    count: int = 0


@dataclass
class Tally:
    calls: Counter[str] = field(default_factory=Counter)
    refused: Counter[str] = field(default_factory=Counter)
    seconds: Counter[str] = field(default_factory=Counter)
    findings: dict[tuple[str, str, str], Finding] = field(default_factory=dict)


class Inputs:
    """Random inputs of every shape the library may meet."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.terms = [e.dprk for e in glossary().entries if e.dprk] + ["겸", "주재", "및"]

    def _pick(self, items: list[str], low: int, high: int, sep: str = "") -> str:
        return sep.join(self.rng.choice(items) for _ in range(self.rng.randint(low, high)))

    def any_unicode(self) -> str:
        def char() -> str:
            plane = self.rng.random()
            if plane < 0.6:
                return chr(self.rng.randint(0, 0x2FFF))
            if plane < 0.9:
                return chr(self.rng.randint(0x3000, 0xFFFF))
            return chr(self.rng.randint(0x10000, 0x10FFFF))

        return "".join(char() for _ in range(self.rng.randint(0, 16)))

    def hangul(self) -> str:
        ranges = [(0xAC00, 0xD7A3)] * 6 + [(0x1100, 0x11FF), (0x3131, 0x318E), (0x20, 0x2E)]
        return "".join(
            chr(self.rng.randint(*self.rng.choice(ranges))) for _ in range(self.rng.randint(1, 10))
        )

    def dprk_name(self) -> str:
        words = [self._pick(DPRK_SYLLABLES, 1, 6) for _ in range(self.rng.randint(1, 3))]
        initials = [self.rng.choice(INITIALS) for _ in range(self.rng.choice([0, 0, 0, 1, 2]))]
        return " ".join(initials + words) + self.rng.choice(SUFFIXES)

    def korean_name(self) -> str:
        gap = self.rng.choice(["", "", " "])
        return self.rng.choice(SURNAMES) + gap + self._pick(GIVEN, 0, 3)

    def terms_text(self) -> str:
        parts = [self.rng.choice(self.terms) for _ in range(self.rng.randint(1, 4))]
        return "".join(p + self.rng.choice(LINKS) for p in parts).strip() + self.rng.choice(
            SUFFIXES
        )

    def cyrillic(self) -> str:
        words = [
            "".join(self.rng.choice(CYRILLIC) for _ in range(self.rng.randint(1, 9)))
            for _ in range(self.rng.randint(1, 3))
        ]
        return " ".join(words)

    def text(self) -> str:
        make = self.rng.choice(
            [
                *(self.any_unicode, self.hangul, self.dprk_name, self.dprk_name),
                *(self.korean_name, self.terms_text, self.terms_text, self.cyrillic),
            ]
        )
        return self.mutate(make())

    def mutate(self, text: str) -> str:
        roll = self.rng.random()
        if roll < 0.15:
            return unicodedata.normalize("NFD", text)
        if roll < 0.3 and text:
            at = self.rng.randint(0, len(text))
            return text[:at] + self.rng.choice(MARKS) + text[at:]
        if roll < 0.35:
            return " " + text + " "
        return text

    def korean_text(self) -> str:
        return " ".join(
            self.rng.choice([self.dprk_name, self.korean_name, self.terms_text, self.text])()
            for _ in range(self.rng.randint(1, 8))
        )

    def english_text(self) -> str:
        if self.rng.random() < 0.2:
            return self.text()
        return " ".join(self.rng.choice(ENGLISH_WORDS) for _ in range(self.rng.randint(0, 14)))

    def not_text(self) -> Any:
        return self.rng.choice([None, 0, 3.5, float("nan"), b"\xea\xb0\x80", [], ("가",), {}])


def calls(inputs: Inputs) -> list[tuple[str, Callable[[], tuple[tuple[Any, ...], dict[str, Any]]]]]:
    """(function name, a maker of its arguments and options), in proportion."""
    rng = inputs.rng

    def one(make: Callable[[], Any]) -> Callable[[], tuple[tuple[Any, ...], dict[str, Any]]]:
        return lambda: ((inputs.not_text() if rng.random() < 0.02 else make(),), {})

    def romanize() -> tuple[tuple[Any, ...], dict[str, Any]]:
        system = rng.choice([*translit.SYSTEMS, *translit.SYSTEMS, "xx", None])
        return (inputs.korean_name() if rng.random() < 0.6 else inputs.text(),), {"system": system}

    def normalize() -> tuple[tuple[Any, ...], dict[str, Any]]:
        k = rng.choice([5, 5, 5, 1, 2, 0, -1, 50, 2.5, None])
        return (inputs.text(),), {"k": k}

    def dueum() -> tuple[tuple[Any, ...], dict[str, Any]]:
        text = rng.choice([inputs.terms_text, inputs.korean_name, inputs.text])()
        return (text,), {"name": rng.random() < 0.3}

    def check() -> tuple[tuple[Any, ...], dict[str, Any]]:
        if rng.random() < 0.02:
            return (inputs.not_text(), inputs.english_text()), {}
        return (inputs.korean_text(), inputs.english_text()), {}

    korean = lambda: inputs.korean_name() if rng.random() < 0.6 else inputs.text()  # noqa: E731
    return [
        ("normalize", normalize),
        ("normalize", normalize),
        ("romanize", romanize),
        ("romanizations", one(korean)),
        ("name_variants", one(korean)),
        ("is_korean_name", one(korean)),
        ("split_name", one(korean)),
        ("term", one(inputs.terms_text)),
        ("term", one(inputs.text)),
        ("find_terms", one(inputs.korean_text)),
        ("to_south", dueum),
        ("to_dprk", dueum),
        ("check", check),
    ]


def run(count: int, seed: int) -> tuple[Tally, float]:
    rng = random.Random(seed)
    inputs = Inputs(rng)
    table = calls(inputs)
    tally = Tally()
    translit.normalize("뿌찐")  # load tables and models before the clock starts
    progress = sys.stderr.isatty()
    start = time.perf_counter()
    for n in range(1, count + 1):
        name, make = rng.choice(table)
        args, options = make()
        tally.calls[name] += 1
        began = time.perf_counter()
        try:
            getattr(translit, name)(*args, **options)
        except TranslitError:
            tally.refused[name] += 1
        except Exception as exc:  # the point of the script: anything else is a finding
            key = (name, type(exc).__name__, str(exc).splitlines()[0] if str(exc) else "")
            found = tally.findings.get(key)
            if found is None:
                trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
                found = tally.findings[key] = Finding(name, key[1], args, options, trace)
            found.count += 1
        tally.seconds[name] += time.perf_counter() - began
        if progress and n % 1000 == 0:
            rate = n / (time.perf_counter() - start)
            sys.stderr.write(f"\r{n:,} calls, {rate:,.0f}/s, {len(tally.findings)} findings")
    if progress:
        sys.stderr.write("\r" + " " * 60 + "\r")
    return tally, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=1_000_000, help="how many calls (1,000,000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (0)")
    parser.add_argument("--show", type=int, default=10, help="findings shown in full (10)")
    args = parser.parse_args(argv)
    tally, seconds = run(args.calls, args.seed)
    total = sum(tally.calls.values())
    print(f"{'function':<16} {'calls':>9} {'refused':>9} {'ms/call':>8}")
    for name, n in sorted(tally.calls.items()):
        ms = 1000 * tally.seconds[name] / n
        print(f"{name:<16} {n:>9,} {tally.refused[name]:>9,} {ms:>8.2f}")
    for found in list(tally.findings.values())[: args.show]:
        print(f"\n{found.function}: {found.error} ×{found.count}")
        print(f"  input: {found.args!r} {found.options!r}")
        print("  " + found.trace.rstrip().replace("\n", "\n  "))
    unexpected = sum(f.count for f in tally.findings.values())
    print(
        f"\nfuzz: {total:,} calls in {seconds:,.1f} s ({total / seconds:,.0f} calls/s), "
        f"{sum(tally.refused.values()):,} TranslitError, {unexpected:,} unexpected exceptions "
        f"({len(tally.findings)} distinct), seed {args.seed}"
    )
    return 1 if tally.findings else 0


if __name__ == "__main__":
    sys.exit(main())
