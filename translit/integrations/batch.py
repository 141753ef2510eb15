"""Many articles or names at once: in this process, on N local processes, or on a Dask cluster.

>>> results = list(check_many([{"id": 7, "ko": "쎄르게이 라브로브동지", "en": "Sergei Lavrov"},
...                            {"id": 8, "ko": "", "en": "Sergei Lavrov"}]))
>>> [(r.id, [f.verdict for f in r.findings]) for r in results if isinstance(r, Checked)]
[(7, ['ok'])]
>>> results[1]
Failed(index=1, id=8, error="'ko' is empty")

:func:`check_many` takes records ``{"id", "ko", "en", ...}`` (other keys are ignored) and
yields, in input order, a :class:`Checked` with the record's findings, or a :class:`Failed`
saying in one line why the record could not be checked (not an object, a key missing, not a
string, empty, too long, no Hangul); the others go on.  :func:`normalize_many` does the same
for names, yielding :class:`~translit.NameForms` or :class:`Failed`.  The results are the same
however the work is spread:

- ``jobs=1`` (default): here, one record after the other;
- ``jobs=N``: N local processes (:class:`concurrent.futures.ProcessPoolExecutor`, started with
  ``spawn``: a script that calls this needs the usual ``if __name__ == "__main__":`` guard);
- ``scheduler="tcp://HOST:PORT"``: the workers of a running Dask distributed cluster (the extra
  ``translit-dprk[dask]``; translit must be installed on the workers).

Records go out in chunks, a bounded number of chunks ahead of the results, so an endless input
is read as it is consumed.  Workers use the tables active here (a user overlay directory must
exist at the same path on the workers).
"""

from __future__ import annotations

import multiprocessing
import re
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Protocol, TypeVar

from translit.checking.finding import Finding
from translit.checking.report import check, summary_of
from translit.checking.settings import number
from translit.data import Tables, current
from translit.errors import InputError, OptionError
from translit.origins.normalize import normalize
from translit.russian.normalize import NameForms
from translit.terms.glossary import read_name
from translit.vocabulary import Verdict

CHECK_CHUNK = 4  # records per task: an article takes about 0.1 s, a task's round trip ~1 ms
NORMALIZE_CHUNK = 64  # names per task: an uncached name takes about 15 ms
AHEAD = 4  # chunks in flight per worker
KEYS = ("id", "ko", "en")
SCHEDULER = re.compile(r"[a-z][a-z0-9+.-]*://\S+")
CONNECT_TIMEOUT = "10s"

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


@dataclass(frozen=True)
class Checked:
    """The findings of the record at ``index`` (from 0) in the input, in Korean text order."""

    index: int
    id: Any
    findings: tuple[Finding, ...]

    @property
    def summary(self) -> Mapping[Verdict, int]:
        return summary_of(self.findings)

    @property
    def has_errors(self) -> bool:
        return any(f.verdict == "error" for f in self.findings)


@dataclass(frozen=True)
class Failed:
    """The record (or name) at ``index`` could not be processed; ``error`` says why, in one
    line.  ``id`` is the record's id (``None`` if it has none) or the name as given."""

    index: int
    id: Any
    error: str


Task = tuple[int, Any, str, str]  # index, id, Korean, English
CheckItem = Task | Failed
CheckResult = Checked | Failed
NameItem = tuple[int, str] | Failed
NameResult = NameForms | Failed


class _Future(Protocol[T_co]):  # concurrent.futures.Future and distributed.Future alike
    def result(self) -> T_co: ...


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())


def _record_problem(record: Any) -> tuple[Any, str | None]:
    """The record's id (``None`` when it has none) and what is wrong with it, if anything."""
    if not isinstance(record, Mapping):
        return None, f"a record must be an object with id, ko and en, not {type(record).__name__}"
    ident = record.get("id")
    missing = [key for key in KEYS if key not in record]
    if missing:
        return ident, "missing key(s): " + ", ".join(repr(key) for key in missing)
    if isinstance(ident, bool) or not isinstance(ident, str | int):
        return None, f"'id' must be a string or a whole number, not {type(ident).__name__}"
    limit = int(number("max_text_chars"))
    for key in ("ko", "en"):
        text = record[key]
        if not isinstance(text, str):
            return ident, f"{key!r} must be a string, not {type(text).__name__}"
        if not text.strip():
            return ident, f"{key!r} is empty"
        if len(text) > limit:
            return ident, (
                f"{key!r} is too long to check at once: {len(text):,} characters, the limit is "
                f"{limit:,} (split it into articles)"
            )
    return ident, None


def _check_items(records: Iterable[Any]) -> Iterator[CheckItem]:
    for index, record in enumerate(records):
        ident, problem = _record_problem(record)
        if problem is not None:
            yield Failed(index, ident, problem)
        else:
            yield index, ident, record["ko"], record["en"]


def _name_items(names: Iterable[Any]) -> Iterator[NameItem]:
    for index, name in enumerate(names):
        if isinstance(name, str):
            yield index, name
        else:
            yield Failed(index, name, f"a name must be a string, not {type(name).__name__}")


def _check_one(item: CheckItem, vocabulary: bool) -> CheckResult:
    if isinstance(item, Failed):
        return item
    index, ident, korean, english = item
    try:
        return Checked(index, ident, check(korean, english, vocabulary=vocabulary).findings)
    except InputError as exc:  # a bad record; anything else (a bad table) ends the batch
        return Failed(index, ident, _one_line(exc))


def _normalize_one(item: NameItem, k: int) -> NameResult:
    if isinstance(item, Failed):
        return item
    index, name = item
    try:
        return read_name(name, lambda: normalize(name, k=k))
    except InputError as exc:
        return Failed(index, name, _one_line(exc))


_WORKER_TABLES: dict[Path | None, Tables] = {}


def _overlay() -> Path | None:
    """The overlay directory of the tables active here, as an absolute path (workers may run
    in another directory)."""
    overlay = current().overlay
    return overlay.resolve() if overlay is not None else None


def _tables(overlay: Path | None) -> Tables:
    """The tables for ``overlay``: those active here when they have that overlay (no second
    load in the calling process), else this process's own, loaded once."""
    active = current()
    if (active.overlay.resolve() if active.overlay is not None else None) == overlay:
        return active
    found = _WORKER_TABLES.get(overlay)
    if found is None:
        found = _WORKER_TABLES.setdefault(overlay, Tables(overlay))
    return found


def check_chunk(
    items: Sequence[CheckItem], overlay: Path | None, vocabulary: bool
) -> list[CheckResult]:
    """A worker's task: check a chunk of records with the tables of ``overlay``."""
    with _tables(overlay).active():
        return [_check_one(item, vocabulary) for item in items]


def normalize_chunk(items: Sequence[NameItem], overlay: Path | None, k: int) -> list[NameResult]:
    """A worker's task: normalise a chunk of names with the tables of ``overlay``."""
    with _tables(overlay).active():
        return [_normalize_one(item, k) for item in items]


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _in_order(
    submit: Callable[[list[T]], _Future[list[Any]]], chunks: Iterable[list[T]], ahead: int
) -> Iterator[Any]:
    """Submit chunks, at most ``ahead`` unfinished, and yield their results in input order."""
    pending: deque[_Future[list[Any]]] = deque()
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= ahead:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def _check_options(jobs: Any, scheduler: Any) -> None:
    if isinstance(jobs, bool) or not isinstance(jobs, int) or jobs < 1:
        raise OptionError(
            "jobs", jobs, ["a whole number of at least 1"],
            message=f"jobs must be a whole number of at least 1, not {jobs!r}",
        )  # fmt: skip
    if scheduler is None:
        return
    if not isinstance(scheduler, str) or not SCHEDULER.fullmatch(scheduler):
        raise OptionError(
            "scheduler", scheduler, ["tcp://HOST:PORT"],
            message=f"scheduler must be an address such as tcp://HOST:PORT, not {scheduler!r}",
        )  # fmt: skip
    if jobs != 1:
        raise OptionError(
            "jobs", jobs, ["1 with a scheduler"],
            message="give jobs or scheduler, not both: the cluster decides how many workers run",
        )  # fmt: skip


def _on_processes(
    task: Callable[..., list[Any]],
    items: Iterable[Any],
    extra: tuple[Any, ...],
    jobs: int,
    size: int,
) -> Generator[Any, None, None]:
    context = multiprocessing.get_context("spawn")
    executor = ProcessPoolExecutor(max_workers=jobs, mp_context=context)
    try:
        yield from _in_order(
            lambda chunk: executor.submit(task, chunk, *extra), _chunks(items, size), AHEAD * jobs
        )
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _on_cluster(
    task: Callable[..., list[Any]],
    items: Iterable[Any],
    extra: tuple[Any, ...],
    address: str,
    size: int,
) -> Generator[Any, None, None]:
    try:
        from distributed import Client
    except ImportError:
        raise OptionError(
            "scheduler", address, [],
            message="a Dask scheduler needs the dask extra: pip install 'translit-dprk[dask]'",
        ) from None  # fmt: skip
    try:  # distributed's Client is untyped: it is Any here
        client: Any = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as exc:
        raise InputError(
            f"cannot reach the Dask scheduler at {address}: {_one_line(exc)}"
        ) from None
    try:
        workers = max(1, sum(client.nthreads().values()))
        yield from _in_order(
            lambda chunk: client.submit(task, chunk, *extra, pure=False),
            _chunks(items, size),
            AHEAD * workers,
        )
    finally:
        client.close()


def _run(
    task: Callable[..., list[Any]],
    items: Iterable[Any],
    extra: tuple[Any, ...],
    *,
    jobs: int,
    scheduler: str | None,
    size: int,
) -> Generator[Any, None, None]:
    if scheduler is not None:
        return _on_cluster(task, items, extra, scheduler, size)
    if jobs > 1:
        return _on_processes(task, items, extra, jobs, size)
    return (result for chunk in _chunks(items, size) for result in task(chunk, *extra))


def check_many(
    records: Iterable[Mapping[str, Any]],
    *,
    vocabulary: bool = False,
    jobs: int = 1,
    scheduler: str | None = None,
) -> Generator[CheckResult, None, None]:
    """Check every record ``{"id", "ko", "en"}``; a :class:`Checked` or :class:`Failed` per
    record, in input order (see :func:`translit.check` for ``vocabulary``, the module docstring
    for ``jobs`` and ``scheduler``)."""
    _check_options(jobs, scheduler)
    overlay = _overlay()
    return _run(
        check_chunk, _check_items(records), (overlay, vocabulary),
        jobs=jobs, scheduler=scheduler, size=CHECK_CHUNK,
    )  # fmt: skip


def normalize_many(
    names: Iterable[str], *, k: int = 5, jobs: int = 1, scheduler: str | None = None
) -> Generator[NameResult, None, None]:
    """Normalise every name; a :class:`~translit.NameForms` or :class:`Failed` per name, in
    input order (see the module docstring for ``jobs`` and ``scheduler``)."""
    _check_options(jobs, scheduler)
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise InputError(f"k must be a positive whole number, not {k!r}")
    overlay = _overlay()
    return _run(
        normalize_chunk, _name_items(names), (overlay, k),
        jobs=jobs, scheduler=scheduler, size=NORMALIZE_CHUNK,
    )  # fmt: skip
