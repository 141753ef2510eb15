"""What ``check`` says about one mention."""

from __future__ import annotations

from dataclasses import dataclass

from translit.vocabulary import Verdict


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One mention and its verdict; spans are [start, end) character offsets into the texts as
    given; ``found`` and ``english_span`` are ``None`` when nothing renders it."""

    kind: str
    korean: str
    korean_span: tuple[int, int]
    expected: str
    found: str | None
    english_span: tuple[int, int] | None
    verdict: Verdict
    score: float
    explanation: str
