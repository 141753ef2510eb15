"""A local web page for ``check`` and a JSON API, on Starlette and uvicorn (extra ``web``).

``GET /`` is a page with two text areas (Korean, English) and a button; the side-by-side report
of :func:`translit.checking.html.to_html` appears below them, in a sandboxed frame.

``POST /api/check`` takes ``{"ko": ..., "en": ...}`` (``"html": true`` for the report page as
well, ``"vocabulary": true`` for common vocabulary too) and answers ``{"summary": {verdict:
count}, "findings": [...]}``, the records of ``translit check --json``.
``POST /api/normalize`` takes ``{"names": [...]}`` and answers ``{"records": [...], "errors":
[...]}``: one record per name as ``translit normalize --json`` writes it (nulls for a name that
cannot be read) and, for each such name, ``{"index", "input", "error"}``.

Refusals are JSON ``{"error": message}``: 413 for a body over :func:`max_body_bytes`, 415 for a
body that is not ``application/json``, 422 for bad JSON, a missing or mistyped field or input
that translit refuses (empty text, no Hangul, too long).  Any other failure is a 500 with a
generic message, its traceback written to stderr, never into the response.  :func:`serve` binds
the loopback address by default and then accepts only ``Host: 127.0.0.1`` or ``localhost``
(a page elsewhere cannot reach it through DNS rebinding).
"""

from __future__ import annotations

import json
import socket
import sys
import traceback
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from translit.checking.html import to_html
from translit.checking.report import check
from translit.data import Tables, current
from translit.errors import InputError, OptionError, TranslitError
from translit.origins.normalize import normalize
from translit.records import (
    empty_forms_record,
    forms_record,
    json_bytes_for_two_texts,
    report_record,
)

MAX_NAMES = 1000  # names per /api/normalize request
BODY_MARGIN = 65_536
LOOPBACK = ("127.0.0.1", "localhost")

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>translit check</title>
<link rel="icon" href="data:,">
<style>
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
.cols{display:flex;gap:1.5em}.cols label{flex:1;display:flex;flex-direction:column;gap:.3em}
textarea{height:14em;font-size:15px;padding:.5em;font-family:inherit}
button{font-size:16px;padding:.4em 1.4em;margin:1em 0}
#status{margin-left:1em}#status.error{color:#b00}
iframe{width:100%;height:85vh;border:1px solid #ccc;display:none}
</style></head><body>
<h1>translit check</h1>
<p>Paste a DPRK Korean text and its English translation: every name and term of the Korean is
looked for in the English and judged (ok, variant, error, missing, unverified).</p>
<div class="cols">
<label>Korean (DPRK) text<textarea id="ko" lang="ko"></textarea></label>
<label>English translation<textarea id="en" lang="en"></textarea></label>
</div>
<button id="check" type="button">Check</button><span id="status" role="status"></span>
<iframe id="report" title="report" sandbox="allow-scripts"></iframe>
<script>
(function(){
var button = document.getElementById('check');
var line = document.getElementById('status');
var frame = document.getElementById('report');
function say(text, error){line.textContent = text; line.className = error ? 'error' : '';}
button.addEventListener('click', function(){
  button.disabled = true; say('checking…', false);
  var body = JSON.stringify({ko: document.getElementById('ko').value,
                             en: document.getElementById('en').value, html: true});
  fetch('api/check', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: body})
    .then(function(r){
      return r.json().catch(function(){ return {error: 'the server answered ' + r.status}; });
    })
    .then(function(data){
      if (data.error) { say(data.error, true); return; }
      var s = data.summary, n = data.findings.length;
      say(n + ' mentions: ' + Object.keys(s).map(function(v){ return s[v] + ' ' + v; })
          .join(', '), false);
      frame.srcdoc = data.html; frame.style.display = 'block';
    })
    .catch(function(e){ say('the server did not answer: ' + e, true); })
    .finally(function(){ button.disabled = false; });
});
})();
</script></body></html>
"""


class Refused(Exception):
    """A request the API refuses: an HTTP status and a one-line message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def max_body_bytes() -> int:
    """The largest request body read: two texts at the character limit of ``check``, every
    character escaped in JSON, and a margin."""
    return json_bytes_for_two_texts(BODY_MARGIN)


async def _json_body(request: Request, limit: int) -> dict[str, Any]:
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind != "application/json":
        raise Refused(415, "send a JSON object with Content-Type: application/json")
    length = request.headers.get("content-length", "")
    too_large = f"the request body is larger than {limit:,} bytes"
    if length.isdigit() and int(length) > limit:
        raise Refused(413, too_large)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise Refused(413, too_large)
    try:
        data = json.loads(bytes(body))
    except (ValueError, UnicodeDecodeError) as exc:
        raise Refused(422, f"the body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise Refused(422, f"the body must be a JSON object, not {type(data).__name__}")
    return data


def _field(data: dict[str, Any], key: str, kind: type, what: str) -> Any:
    if key not in data:
        raise Refused(422, f"missing field {key!r} ({what})")
    if not isinstance(data[key], kind):  # str, list or bool: no subclass mix-ups
        raise Refused(422, f"field {key!r} must be {what}, not {type(data[key]).__name__}")
    return data[key]


Handler = Callable[[Request], Awaitable[Response]]


def _guarded(handler: Handler) -> Handler:
    """``handler`` with every refusal as JSON: its own, translit's (422), anything else 500."""

    async def guarded(request: Request) -> Response:
        try:
            return await handler(request)
        except Refused as exc:
            return JSONResponse({"error": exc.message}, status_code=exc.status)
        except TranslitError as exc:
            return JSONResponse({"error": " ".join(str(exc).split())}, status_code=422)
        except Exception:  # a bug: say so without details, and log them where the server runs
            sys.stderr.write(f"translit serve: error in {request.url.path}:\n")
            traceback.print_exc(file=sys.stderr)
            return JSONResponse({"error": "internal error (logged by the server)"}, 500)

    return guarded


def create_app(
    tables: Tables | None = None, *, allowed_hosts: Sequence[str] | None = None
) -> Starlette:
    """The web application over ``tables`` (default: the tables active when it is created);
    ``allowed_hosts`` restricts the ``Host`` header (``None``: any)."""
    tables = tables if tables is not None else current()
    with tables.active():
        limit = max_body_bytes()

    def checked(korean: str, english: str, html: bool, vocabulary: bool) -> dict[str, Any]:
        with tables.active():
            report = check(korean, english, vocabulary=vocabulary)
            record = report_record(report)
            if html:
                record["html"] = to_html(report)
            return record

    def normalized(names: list[str]) -> dict[str, Any]:
        records, errors = [], []
        with tables.active():
            for index, name in enumerate(names):
                try:
                    records.append(forms_record(normalize(name)))
                except InputError as exc:
                    records.append(empty_forms_record(name))
                    errors.append({"index": index, "input": name, "error": str(exc)})
        return {"records": records, "errors": errors}

    async def page(request: Request) -> Response:
        return HTMLResponse(PAGE)

    async def api_check(request: Request) -> Response:
        data = await _json_body(request, limit)
        korean = _field(data, "ko", str, "the Korean text, a string")
        english = _field(data, "en", str, "its English translation, a string")
        html = _field(data, "html", bool, "true or false") if "html" in data else False
        vocabulary = (
            _field(data, "vocabulary", bool, "true or false") if "vocabulary" in data else False
        )
        return JSONResponse(await run_in_threadpool(checked, korean, english, html, vocabulary))

    async def api_normalize(request: Request) -> Response:
        data = await _json_body(request, limit)
        names = _field(data, "names", list, "a list of names")
        if len(names) > MAX_NAMES:
            raise Refused(422, f"too many names: {len(names):,}, at most {MAX_NAMES:,} at once")
        strange = next((n for n in names if not isinstance(n, str)), None)
        if strange is not None:
            raise Refused(422, f"every name must be a string, not {type(strange).__name__}")
        return JSONResponse(await run_in_threadpool(normalized, names))

    middleware = []
    if allowed_hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    return Starlette(
        routes=[
            Route("/", page, methods=["GET"]),
            Route("/api/check", _guarded(api_check), methods=["POST"]),
            Route("/api/normalize", _guarded(api_normalize), methods=["POST"]),
        ],
        middleware=middleware,
    )


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (port 0: any free port); InputError saying why not."""
    if isinstance(port, bool) or not isinstance(port, int) or not 0 <= port <= 65535:
        raise OptionError("port", port, ["0 to 65535"], message=f"no such port: {port!r}")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"cannot listen on {host}: {exc.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as exc:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    return sock


def serve(
    host: str = "127.0.0.1", port: int = 8000, *, ready: Callable[[str], None] | None = None
) -> None:
    """Serve the page and the API until interrupted; ``ready`` gets the page's address once
    it is listening (the one way this module says anything)."""
    sock = listen(host, port)
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    app = create_app(allowed_hosts=list(LOOPBACK) if host in LOOPBACK else None)
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    if ready is not None:
        ready(f"http://{shown}:{bound}/")
    uvicorn.Server(config).run(sockets=[sock])
