"""The words results are made of: the Literal types of kinds, verdicts, sources and systems,
and a read-only mapping that pickles."""

from __future__ import annotations

from typing import Any, Literal, NoReturn

Verdict = Literal["ok", "variant", "error", "missing", "unverified"]
VERDICTS: tuple[Verdict, ...] = ("ok", "variant", "error", "missing", "unverified")
MentionKind = Literal[
    "russian_name",
    "korean_name",
    "chinese_name",
    "title",
    "org",
    "ministry",
    "place",
    "term",
    "media",
    "party",
    "event",
]
NAME_KINDS: tuple[MentionKind, ...] = ("russian_name", "korean_name", "chinese_name")
FormsSource = Literal["lexicon", "rules", "backoff"]
Origin = Literal["auto", "ru", "zh", "latin"]  # the readers normalize may be held to
ORIGINS: tuple[Origin, ...] = ("auto", "ru", "zh", "latin")
System = Literal["dprk", "mr", "mr-ascii", "rr", "rr-translit", "press"]
SYSTEMS: tuple[System, ...] = ("dprk", "mr", "mr-ascii", "rr", "rr-translit", "press")


class FrozenDict(dict[str, str]):
    """A ``dict`` that refuses changes; it pickles and copies like a ``dict``."""

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("this mapping is read-only")

    __setitem__ = __delitem__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __ior__(self, other: Any) -> NoReturn:  # type: ignore[misc]
        self._refuse()

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))
