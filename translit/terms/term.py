"""``term(word)``: every form of a DPRK political term, institution or transcribed name.

A lookup tries, in order: the glossary (DPRK form, South form, both without spaces), a compound
of known parts, and the Russian-name pipeline for words that are transcribed rather than
translated (쁘라우다).  A word none of these knows comes back as an entry of ``None`` values
with a ``note``; that is not an error.
"""

from __future__ import annotations

from translit.data.specs import QUOTES
from translit.errors import InputError, require_text
from translit.hangul.text import clean
from translit.russian.detect import russian_spelling_score
from translit.russian.normalize import normalize
from translit.terms.compounds import compound
from translit.terms.glossary import TermEntry, lookup
from translit.terms.scanner import setting


def transcribe(word: str) -> TermEntry | None:
    """A transcribed (not translated) Russian word or phrase through the name pipeline, when
    the detector's score of one of its words reaches the (low) term threshold (a word asked
    about is more likely a term than running text is) and the pipeline reads every word; else
    ``None``."""
    words = word.split()
    threshold = setting("term_transcription_threshold")
    if not words or max(russian_spelling_score(w) for w in words) < threshold:
        return None
    try:
        forms = normalize(word)
    except InputError:  # a table error always reaches the user
        return None
    variants = tuple(v for v in forms.latin_variants if v != forms.latin)
    return TermEntry(
        input=word,
        dprk=forms.dprk,
        south=forms.south,
        english=forms.latin,
        english_variants=variants,
        kcna_english=None,
        kind="transcription",
        source="DPRK transcription rules (tables/ru_dprk.rules)",
        note=f"transcribed, not translated: {forms.cyrillic} (confidence {forms.confidence:.2f})",
    )


def term(word: str) -> TermEntry:
    """Every form of a DPRK (or South Korean) political term or institution name.

    >>> term("정부 부수상").english
    'Deputy Prime Minister'
    >>> term("노동신문").dprk
    '로동신문'
    """
    require_text(word, "word")
    text = clean(word).strip(QUOTES)
    found = lookup(text) or compound(text) or transcribe(text)
    if found is not None:
        return found
    return TermEntry(
        input=text,
        dprk=None,
        south=None,
        english=None,
        english_variants=(),
        kcna_english=None,
        kind=None,
        source=None,
        note="not in the glossary, not a compound of its terms, not a transcribed Russian word",
    )
