"""check_many and normalize_many: in this process, on two real processes, on a real local Dask
cluster; the same results everywhere, bad records reported and passed over."""

from __future__ import annotations

import functools
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from translit import OptionError, Report, check, normalize
from translit.errors import InputError
from translit.integrations import batch
from translit.integrations.batch import Checked, Failed, check_many, normalize_many

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "kcna-2023-09-14"
PAIRS = sorted((ROOT / "tests" / "data" / "pairs").glob("*/ko.txt"))
NAMES = [
    "뿌찐",
    "제니스 만뚜로브",
    "쎄르게이 라브로브",
    "Андрей Белоусов",
    "abc",
    "위딸리 싸벨리예브",
]


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


@functools.cache
def articles() -> tuple[tuple[str, str, str], ...]:
    """(id, Korean, English) of the bundled article and every annotated pair."""
    found = [("kcna-2023-09-14", read(ARTICLE / "ko.txt"), read(ARTICLE / "en.txt"))]
    for ko in PAIRS:
        found.append((ko.parent.name, read(ko), read(ko.parent / "en.txt")))
    return tuple(found)


def records() -> list[Any]:
    good = [{"id": ident, "ko": ko, "en": en, "source": "test"} for ident, ko, en in articles()]
    return [
        good[0],
        {"id": 1, "ko": "쎄르게이 라브로브동지", "en": 17},
        *good[1:4],
        ["not", "a", "record"],
        {"id": "no-en", "ko": "뿌찐"},
        {"id": "empty", "ko": " \n", "en": "Putin"},
        {"id": "no-hangul", "ko": "Putin", "en": "Putin"},
        {"id": "long", "ko": "뿌찐" * 60_000, "en": "Putin"},
        {"id": [1], "ko": "뿌찐", "en": "Putin"},
        *good[4:],
    ]


EXPECTED_ERRORS = {
    1: "'en' must be a string, not int",
    5: "a record must be an object with id, ko and en, not list",
    6: "missing key(s): 'en'",
    7: "'ko' is empty",
    8: "the Korean text has no Hangul",
    9: "'ko' is too long to check at once: 120,000 characters, the limit is 100,000 "
    "(split it into articles)",
    10: "'id' must be a string or a whole number, not list",
}


@functools.cache
def in_process() -> tuple[Checked | Failed, ...]:
    return tuple(check_many(records()))


def test_each_record_gets_its_findings_or_a_one_line_error_in_input_order() -> None:
    results = in_process()
    assert [r.index for r in results] == list(range(len(records())))
    errors = {r.index: r.error for r in results if isinstance(r, Failed)}
    assert errors == EXPECTED_ERRORS
    ids = {r.index: r.id for r in results if isinstance(r, Failed)}
    assert ids == {1: 1, 5: None, 6: "no-en", 7: "empty", 8: "no-hangul", 9: "long", 10: None}
    checked = [r for r in results if isinstance(r, Checked)]
    assert [r.id for r in checked] == [ident for ident, _, _ in articles()]
    for result, (_, ko, en) in zip(checked, articles(), strict=True):
        assert result.findings == check(ko, en).findings
    first = checked[0]
    assert first.summary == dict(check(*articles()[0][1:]).summary)
    assert first.has_errors and first.summary["error"] == 5
    assert {f.found for f in first.findings if f.verdict == "error"} >= {"Zenis Manturov"}


def test_two_processes_give_the_same_results() -> None:
    assert tuple(check_many(records(), jobs=2)) == in_process()


def test_names_on_two_processes_as_in_this_one() -> None:
    names: list[Any] = [*NAMES, 42]
    here = list(normalize_many(names))
    assert here[:4] == [normalize(n) for n in NAMES[:4]] and here[5] == normalize(NAMES[5])
    assert here[4] == Failed(4, "abc", "no Hangul or Cyrillic letters: not a DPRK or Russian name")
    assert here[6] == Failed(6, 42, "a name must be a string, not int")
    assert here[1].latin == "Denis Manturov"  # type: ignore[union-attr]
    assert list(normalize_many(names, jobs=2)) == here


def test_results_pickle() -> None:
    report = check(*articles()[0][1:])
    assert pickle.loads(pickle.dumps(report)) == report and isinstance(report, Report)
    forms = normalize("제니스 만뚜로브")
    assert pickle.loads(pickle.dumps(forms)) == forms
    for result in in_process():
        assert pickle.loads(pickle.dumps(result)) == result


def test_stopping_early_ends_the_workers() -> None:
    results = check_many(records(), jobs=2)
    first = next(results)
    assert isinstance(first, Checked) and first.id == "kcna-2023-09-14"
    results.close()


def test_an_endless_input_is_read_as_it_is_consumed() -> None:
    seen = []

    def endless() -> Iterator[dict[str, str]]:
        n = 0
        while True:
            seen.append(n)
            yield {"id": str(n), "ko": "뿌찐동지", "en": "Putin"}
            n += 1

    results = check_many(endless(), jobs=2)
    assert [next(results).id for _ in range(3)] == ["0", "1", "2"]  # type: ignore[union-attr]
    results.close()
    assert len(seen) <= batch.CHECK_CHUNK * (batch.AHEAD * 2 + 1)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"jobs": 0}, "jobs must be a whole number of at least 1, not 0"),
        ({"jobs": True}, "jobs must be a whole number of at least 1, not True"),
        ({"scheduler": "localhost"}, "scheduler must be an address such as tcp://HOST:PORT"),
        ({"scheduler": "tcp://127.0.0.1:1", "jobs": 2}, "give jobs or scheduler, not both"),
    ],
)
def test_bad_options_are_refused_up_front(options: dict[str, Any], message: str) -> None:
    with pytest.raises(OptionError, match=message.replace("(", r"\(")):
        check_many([], **options)
    with pytest.raises(OptionError):
        normalize_many([], **options)


def test_an_unreachable_scheduler_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed", reason="dask is not installed (extra translit-dprk[dask])")
    monkeypatch.setattr(batch, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(
        InputError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    ):
        list(check_many(records()[:1], scheduler="tcp://127.0.0.1:9"))


def test_a_local_dask_cluster_gives_the_same_results() -> None:
    distributed = pytest.importorskip(
        "distributed", reason="dask is not installed (extra translit-dprk[dask])"
    )
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tcp://127.0.0.1:")
        assert tuple(check_many(records(), scheduler=address)) == in_process()
        names: list[Any] = [*NAMES, None]
        assert list(normalize_many(names, scheduler=address)) == list(normalize_many(names))
