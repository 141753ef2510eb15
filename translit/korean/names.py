"""Korean personal names in Latin letters: the DPRK/KCNA system, McCune–Reischauer, Revised
Romanization, letter-by-letter RR and press spellings, and every accepted English variant.

Systems: ``dprk`` as KCNA prints it (Choe Son Hui); ``mr`` McCune–Reischauer (Ch'oe Sŏn-hŭi);
``mr-ascii`` the same without breves, apostrophes kept (Ch'oe Son-hui); ``rr`` Revised
Romanization of the ROK spelling, strict surname (최룡해 → Choe Yong-hae, 김 → Gim);
``rr-translit`` hangul-romanize's letter-by-letter mode (Bag Jeongcheon); ``press`` the first press
surname with the KCNA given name hyphenated, as wire services write North Koreans (Pak Jong-chon).

>>> romanize("최선희")
'Choe Son Hui'
>>> romanize("최선희", system="mr")
"Ch'oe Sŏn-hŭi"
>>> romanize("박정천", system="rr")
'Bak Jeong-cheon'
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

from hangul_romanize import Transliter
from hangul_romanize.rule import academic

from translit.data import cached, current
from translit.errors import InputError, OptionError, TableError, require_text
from translit.hangul.jamo import decompose
from translit.korean import romanization
from translit.korean.dueum import has_loanword_marker, is_known_word, south_initial
from translit.korean.surnames import Surname, split_name, surnames
from translit.vocabulary import SYSTEMS, System

IRREGULAR = "korean_names_irregular.tsv"
PRESS_VOWELS = "korean_press_vowels.tsv"
YES_NO = frozenset({"yes", "no"})
_BREVE = "\u0306"
_translit = Transliter(academic)


def _ascii_mr(text: str) -> str:
    """mr-ascii: McCune–Reischauer with the breves dropped and the apostrophes kept."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace(_BREVE, ""))


@cached(maxsize=None)
def _irregular() -> Mapping[str, Mapping[str, str]]:
    table = current().tsv(IRREGULAR)
    found: dict[str, Mapping[str, str]] = {}
    problems = []
    for row, line in zip(table.rows, table.row_lines, strict=True):
        try:
            split_name(row["hangul"])
        except InputError as exc:
            problems.append(line.problem(str(exc)))
            continue
        found.setdefault(row["hangul"], row)
    if problems:
        raise TableError(problems)
    return MappingProxyType(found)


def _surname(surname: str) -> Surname:
    """The table's row, or one built by the rules for a surname the table lacks."""
    known = surnames().get(surname)
    if known is not None:
        return known
    rok = south_initial(surname[0]) + surname[1:]
    dprk = romanization.word(surname, "dprk")
    return Surname(
        surname,
        surname,
        rok,
        dprk,
        romanization.word(rok, "rr"),
        romanization.word(surname, "mr"),
        (dprk,),
        "",
    )


def _rr_given(given: str) -> str:
    """The ROK spelling of a given name: 두음법칙 on its first syllable unless it is the only
    one (최룡해 → 용해; 최린 keeps 린, 한글 맞춤법 제11항 붙임)."""
    return south_initial(given[0]) + given[1:] if len(given) > 1 else given


def _by_rules(surname: str, given: str, system: System) -> str:
    row = _surname(surname)
    if system == "dprk":
        return f"{row.dprk} {romanization.given_name(given, 'dprk', join=' ')}"
    if system in ("mr", "mr-ascii"):
        form = f"{row.mr} {romanization.given_name(given, 'mr', join='-')}"
        return _ascii_mr(form) if system == "mr-ascii" else form
    if system == "rr":
        return f"{row.rr} {romanization.given_name(_rr_given(given), 'rr', join='-')}"
    if system == "rr-translit":
        return " ".join(_translit.translit(part).capitalize() for part in (surname, given))
    return f"{row.press[0]} {romanization.given_name(given, 'dprk', join='-')}"


def _check_system(system: str) -> None:
    if system not in SYSTEMS:
        raise OptionError("system", system, SYSTEMS)


def romanize(name: str, *, system: System = "dprk") -> str:
    """Romanise a Hangul personal name (surname first) in ``system``, one of :data:`SYSTEMS`.

    Raises :class:`OptionError` for an unknown system and :class:`InputError` for text that is
    not a Korean name (see :func:`split_name`).
    """
    require_text(name, "name")
    _check_system(system)
    surname, given = split_name(name)
    entry = _irregular().get(surname + given)
    if entry is not None:
        column = "mr" if system == "mr-ascii" else system
        if entry.get(column):
            return _ascii_mr(entry[column]) if system == "mr-ascii" else entry[column]
    return _by_rules(surname, given, system)


def romanizations(name: str) -> dict[str, str]:
    """The name in every system, keyed by system name."""
    require_text(name, "name")
    split_name(name)
    return {system: romanize(name, system=system) for system in SYSTEMS}


def _given_forms(given: str) -> set[str]:
    forms = {romanization.given_name(_rr_given(given), "rr", join=j) for j in ("-", "")}
    for column in ("dprk", "plain", "mr"):
        for join in (" ", "-"):
            form = romanization.given_name(given, column, join=join)
            if column == "mr":
                form = _ascii_mr(form)
                forms.add(form.replace("'", ""))
            forms.add(form)
    for join in (" ", "-"):
        forms.add(romanization.given_name(given, "dprk", join=join, voice_first=True))
        forms.add(romanization.given_name(given, "dprk", join=join, voicing=False))
    forms.update(_press_vowel_forms(given))
    return forms


@cached(maxsize=None)
def _press_vowels() -> tuple[tuple[str, str, bool], ...]:
    table = current().tsv(PRESS_VOWELS)
    return tuple((r["mr"], r["press"], r["closed"] == "yes") for r in table.rows)


def _press_vowel_forms(given: str) -> set[str]:
    """The given name with the press's vowels (Chul, Young, Jung, Hee), hyphenated and not."""
    options: list[set[str]] = []
    for syllable, piece in zip(given, romanization.pieces(given, "mr"), strict=True):
        closed = bool(decompose(syllable)[2])
        # MR's unaspirated ch (ㅈ) is j in the press: Jung, not Chung
        bases = (
            {piece, "j" + piece[2:]} if piece.startswith("ch") and piece[2:3] != "'" else {piece}
        )
        alternatives = set(bases)
        for base in bases:
            for mr, press, needs_coda in _press_vowels():
                if mr in base and (closed or not needs_coda):
                    alternatives.add(base.replace(mr, press, 1))
        options.append({_ascii_mr(a).replace("'", "") for a in alternatives})
    if len(options) > 2:
        return set()
    combos = {tuple([p]) for p in options[0]}
    for more in options[1:]:
        combos = {(*c, p) for c in combos for p in more}
    return {
        joined
        for combo in combos
        for joined in ("-".join(combo).capitalize(), " ".join(p.capitalize() for p in combo))
    }


def name_variants(name: str) -> frozenset[str]:
    """Every accepted English spelling of the name: the forms of every system but the
    letter-by-letter one, and each surname spelling (KCNA, RR, MR, press: Choe, Choi, Ch'oe)
    with each given-name form (Son Hui, Son-hui, Seon-hui, Sonhui …), plus the lexicon's."""
    require_text(name, "name")
    surname, given = split_name(name)
    row = _surname(surname)
    mr_surname = _ascii_mr(row.mr)
    family = {row.dprk, row.rr, mr_surname, mr_surname.replace("'", ""), *row.press}
    given_forms = _given_forms(given)
    found = {f"{s} {g}" for s in family for g in given_forms}
    found.update(romanize(name, system=s) for s in SYSTEMS if s != "rr-translit")
    entry = _irregular().get(surname + given)
    if entry is not None:
        found.update(v.strip() for v in entry.get("variants", "").split("|") if v.strip())
    return frozenset(found)


def is_korean_name(text: str) -> bool:
    """True if ``text`` looks like a Korean personal name: 2–4 Hangul syllables starting with a
    known surname, no syllable typical of a transcription (뜨, 씨, 브), not a listed word."""
    require_text(text, "text")
    try:
        surname, given = split_name(text)
    except InputError:
        return False
    whole = surname + given
    return (
        2 <= len(whole) <= 4
        and surname in surnames()
        and not has_loanword_marker(whole)
        and not is_known_word(whole)
    )
