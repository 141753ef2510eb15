"""Every public function of ``translit.__all__`` refuses an argument that is not a ``str``
with an :class:`InputError` naming it, and every error class survives a pickle round trip
(issue 11, items 6 and 13).
"""

from __future__ import annotations

import copy
import pickle
from collections.abc import Mapping
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import translit
from translit import errors
from translit.errors import InputError, OptionError, TableError, TableProblem, TranslitError

ONE_TEXT = (
    "normalize",
    "romanize",
    "romanizations",
    "name_variants",
    "is_korean_name",
    "split_name",
    "term",
    "find_terms",
    "to_south",
    "to_dprk",
)
NOT_TEXT_FUNCTIONS = {"set_overlay"}  # takes a directory, not a text
NOT_TEXT = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.binary(max_size=6),
    st.binary(max_size=6).map(bytearray),
    st.lists(st.text(max_size=3), max_size=2),
    st.tuples(st.text(max_size=3)),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.builds(object),
)


def _settings(examples: int) -> settings:
    return settings(
        max_examples=examples, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )


def _same_error(error: TranslitError, other: TranslitError) -> bool:
    return (
        type(other) is type(error)
        and str(other) == str(error)
        and other.args == error.args
        and vars(other) == vars(error)
    )


def test_every_public_function_is_covered() -> None:
    public = {n for n in translit.__all__ if n[:1].islower() and callable(getattr(translit, n))}
    assert public == {*ONE_TEXT, "check", *NOT_TEXT_FUNCTIONS}


@pytest.mark.parametrize("name", [*ONE_TEXT, "check"])
def test_an_argument_that_is_not_a_str_is_an_input_error(name: str) -> None:
    function = getattr(translit, name)

    @_settings(25)
    @given(value=NOT_TEXT, position=st.integers(0, 1))
    def holds(value: Any, position: int) -> None:
        args = [value] if name != "check" else ["로씨야련방 외무상", "Foreign Minister"]
        args[position % len(args)] = value
        with pytest.raises(InputError, match=r": expected a str, got \w+$") as caught:
            function(*args)
        assert type(value).__name__ in str(caught.value)

    holds()


def test_the_message_names_the_parameter_and_the_type() -> None:
    with pytest.raises(InputError) as caught:
        translit.romanize(3)  # type: ignore[arg-type]
    assert str(caught.value) == "name: expected a str, got int"
    with pytest.raises(InputError) as caught:
        translit.check("로씨야련방 외무상", None)  # type: ignore[arg-type]
    assert str(caught.value) == "english: expected a str, got NoneType"


# every error class pickles (issue 11, 6)

ERRORS: Mapping[type[TranslitError], TranslitError] = {
    TranslitError: TranslitError("something is wrong"),
    InputError: InputError("'x' is not part of a Hangul name", text="뿌x", index=1),
    OptionError: OptionError("system", "xx", ["dprk", "mr"]),
    TableError: TableError(
        [TableProblem("tables/a.tsv", 3, "bad cell"), TableProblem("tables/a.tsv", 9, "worse")]
    ),
}


def test_every_error_class_has_an_example() -> None:
    classes = {
        value
        for value in vars(errors).values()
        if isinstance(value, type) and issubclass(value, TranslitError)
    }
    assert classes == set(ERRORS)


@pytest.mark.parametrize("error", list(ERRORS.values()), ids=lambda e: type(e).__name__)
def test_every_error_survives_pickle_and_copy(error: TranslitError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert _same_error(error, pickle.loads(pickle.dumps(error, protocol)))
    assert _same_error(error, copy.copy(error))
    assert _same_error(error, copy.deepcopy(error))


def test_a_custom_option_message_and_a_raised_error_pickle() -> None:
    custom = OptionError("-k", 0, ["a whole number of at least 1"], message="-k must be …")
    assert _same_error(custom, pickle.loads(pickle.dumps(custom)))
    with pytest.raises(InputError) as caught:
        translit.normalize("뿌x찐")
    again = pickle.loads(pickle.dumps(caught.value))
    assert _same_error(caught.value, again) and again.index == caught.value.index
