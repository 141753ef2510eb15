"""A self-contained HTML page for a :class:`translit.checker.Report`: both texts side by side.

Each finding is highlighted in the Korean text (``id="ko-N"``) and, when located, in the English
text (an anchor ``id="en-N"`` before its first highlighted piece; pieces carry ``data-f`` with
the numbers of every finding covering them, since English spans may overlap).  Clicking a
highlight marks its counterpart and scrolls to it.  A summary, a legend and a table of every
finding that is not ``ok`` come first.  Inline CSS and JavaScript only; all text is escaped.
"""

from __future__ import annotations

import itertools
from html import escape

from translit.checking.finding import Finding
from translit.checking.report import Report
from translit.vocabulary import VERDICTS

COLOURS = {
    "ok": "#c8f0c8",
    "variant": "#d6e6ff",
    "error": "#ffb3b3",
    "missing": "#ffd9a0",
    "unverified": "#e8e8e8",
}
SEVERITY = ("error", "missing", "unverified", "variant", "ok")
MEANING = {
    "ok": "the standard English form",
    "variant": "an accepted alternative spelling or rendering",
    "error": "a spelling that names someone else or no one, or a wrong term",
    "missing": "no rendering found in the English text",
    "unverified": "a title or common term rendered freely or not found (not an error)",
}
STYLE = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
.cols{display:flex;gap:1.5em}.col{flex:1;min-width:0}
.text{white-space:pre-wrap;line-height:1.7;border:1px solid #ccc;padding:1em;
 max-height:70vh;overflow:auto;font-size:15px}
mark{border-radius:3px;cursor:pointer;color:inherit;padding:0 1px}
mark.focus{outline:3px solid #d00;}
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;
 text-align:left;vertical-align:top}
.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border-radius:3px}
"""
SCRIPT = """
function focusAll(n){
  document.querySelectorAll('mark.focus').forEach(function(e){e.classList.remove('focus');});
  document.querySelectorAll('mark[data-f~="'+n+'"]').forEach(function(e){
    e.classList.add('focus');});
}
function go(id){var t=document.getElementById(id);
  if(t){t.scrollIntoView({block:'center'});}}
document.addEventListener('click',function(ev){
  var m=ev.target.closest('mark');if(!m){return;}
  var n=m.getAttribute('data-f').split(' ')[0];focusAll(n);
  go((m.getAttribute('data-side')==='ko'?'en-':'ko-')+n);
});
"""


def _mark(text: str, numbers: list[int], findings: tuple[Finding, ...], side: str) -> str:
    worst = min((findings[n].verdict for n in numbers), key=SEVERITY.index)
    tip = " | ".join(
        f"{findings[n].verdict}: {findings[n].expected}"
        + (f" — {findings[n].explanation}" if findings[n].explanation else "")
        for n in numbers
    )
    ident = f' id="ko-{numbers[0]}"' if side == "ko" else ""
    data = " ".join(str(n) for n in numbers)
    return (
        f'<mark{ident} class="v-{worst}" data-side="{side}" data-f="{data}" '
        f'title="{escape(tip)}">{escape(text)}</mark>'
    )


def _korean(report: Report) -> str:
    out, at = [], 0
    for n, f in enumerate(report.findings):
        start, end = f.korean_span
        out += [
            escape(report.korean[at:start]),
            _mark(report.korean[start:end], [n], report.findings, "ko"),
        ]
        at = end
    return "".join(out) + escape(report.korean[at:])


def _english(report: Report) -> str:
    spans = [(n, f.english_span) for n, f in enumerate(report.findings) if f.english_span]
    cuts = sorted({0, len(report.english)} | {p for _, s in spans for p in s})
    out: list[str] = []
    anchored: set[int] = set()
    for start, end in itertools.pairwise(cuts):
        covering = [n for n, (s, e) in spans if s <= start and end <= e]
        starting = [n for n, (s, _) in spans if s == start and n not in anchored]
        out += [f'<a id="en-{n}"></a>' for n in starting]
        anchored.update(starting)
        piece = report.english[start:end]
        out.append(_mark(piece, covering, report.findings, "en") if covering else escape(piece))
    return "".join(out)


def _table(report: Report, verdicts: tuple[str, ...]) -> str:
    rows = []
    for n, f in sorted(enumerate(report.findings), key=lambda nf: SEVERITY.index(nf[1].verdict)):
        if f.verdict not in verdicts:
            continue
        found = f'<a href="#en-{n}">{escape(f.found)}</a>' if f.found is not None else "<i>none</i>"
        rows.append(
            f'<tr id="row-{n}"><td class="v-{f.verdict}">{f.verdict}</td><td>{escape(f.kind)}</td>'
            f'<td><a href="#ko-{n}">{escape(f.korean)}</a></td><td>{escape(f.expected)}</td>'
            f"<td>{found}</td><td>{escape(f.explanation)}</td></tr>"
        )
    if not rows:
        return "<p>None.</p>"
    head = "<tr><th>verdict</th><th>kind</th><th>Korean</th><th>expected</th><th>found</th>"
    return f"<table>{head}<th>why</th></tr>{''.join(rows)}</table>"


def to_html(report: Report, *, title: str = "translit check") -> str:
    """The report as one HTML page (UTF-8, no external resources)."""
    colours = "".join(f".v-{v}{{background:{c}}}" for v, c in COLOURS.items())
    summary = ", ".join(f"{report.summary[v]} {v}" for v in VERDICTS)
    legend = "".join(f'<span class="v-{v}">{v}</span> {escape(MEANING[v])}<br>' for v in VERDICTS)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{STYLE}{colours}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        f'<p id="summary"><b>{len(report.findings)} mentions:</b> {summary}.</p>'
        f'<div class="legend" id="legend">{legend}</div>'
        "<p>Click a highlighted name or term to see it in the other text.</p>"
        f"<h2>Errors and omissions</h2>{_table(report, ('error', 'missing'))}"
        '<div class="cols"><div class="col"><h2>Korean</h2>'
        f'<div class="text" lang="ko" id="korean">{_korean(report)}</div></div>'
        '<div class="col"><h2>English</h2>'
        f'<div class="text" lang="en" id="english">{_english(report)}</div></div></div>'
        "<details><summary>Variants and unverified renderings</summary>"
        f"{_table(report, ('unverified', 'variant'))}</details>"
        f"<script>{SCRIPT}</script></body></html>\n"
    )
