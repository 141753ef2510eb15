"""Results as JSON-ready records: the keys ``translit check --json`` and ``translit normalize
--json`` write, for every program that speaks JSON (the batch runner, the web API).

>>> from translit import normalize
>>> forms_record(normalize("뿌찐"))["cyrillic"]
'Путин'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # records are written of results: this module needs none of the stages
    from translit.checking.finding import Finding
    from translit.checking.report import Report
    from translit.russian.normalize import NameForms

FINDING_KEYS = (
    "kind",
    "korean",
    "korean_span",
    "expected",
    "found",
    "english_span",
    "verdict",
    "score",
    "explanation",
)
FORMS_KEYS = (
    "input",
    "dprk",
    "cyrillic",
    "south",
    "south_press",
    "latin",
    "romanizations",
    "latin_variants",
    "confidence",
    "candidates",
    "source",
    "origin",
    "origin_probability",
    "original",
)


JSON_BYTES_PER_CHAR = 6  # the most one text character takes in JSON: a six-byte escape


def json_bytes_for_two_texts(margin: int) -> int:
    """The most a JSON record holding a Korean text and its English can take, each at the
    character limit of ``check``, every character escaped, plus ``margin`` for the rest."""
    from translit.checking.settings import number

    return 2 * int(number("max_text_chars")) * JSON_BYTES_PER_CHAR + margin


def finding_record(finding: Finding) -> dict[str, Any]:
    """One finding: spans as ``[start, end]`` lists (``None`` when nothing renders it)."""
    record = {key: getattr(finding, key) for key in FINDING_KEYS}
    for key in ("korean_span", "english_span"):
        record[key] = list(record[key]) if record[key] is not None else None
    return record


def report_record(report: Report) -> dict[str, Any]:
    """A whole report: ``summary`` (verdict → count, every verdict) and ``findings``."""
    return {
        "summary": dict(report.summary),
        "findings": [finding_record(f) for f in report.findings],
    }


def forms_record(forms: NameForms) -> dict[str, Any]:
    """Every form of one name, candidates as ``{"cyrillic", "score"}`` objects."""
    return {
        "input": forms.input,
        "dprk": forms.dprk,
        "cyrillic": forms.cyrillic,
        "south": forms.south,
        "south_press": forms.south_press,
        "latin": forms.latin,
        "romanizations": dict(forms.romanizations),
        "latin_variants": list(forms.latin_variants),
        "confidence": forms.confidence,
        "candidates": [{"cyrillic": c.cyrillic, "score": c.score} for c in forms.candidates],
        "source": forms.source,
        "origin": forms.origin,
        "origin_probability": forms.origin_probability,
        "original": forms.original,
    }


def empty_forms_record(text: str) -> dict[str, Any]:
    """The record of a name that could not be read: nulls, no candidates."""
    return {key: None for key in FORMS_KEYS} | {
        "input": text,
        "latin_variants": [],
        "candidates": [],
    }
