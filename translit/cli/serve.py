"""``translit serve``: the check page and the JSON API on a local web server (extra ``web``).

Listens on 127.0.0.1:8000 by default, until Ctrl-C.  Exit status: 2 when it cannot listen
(the port is taken, no such host) or when the ``web`` extra is not installed.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from translit.errors import TranslitError

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(sub: Any) -> None:
    parser = sub.add_parser(
        "serve",
        help="a local web page to check a translation, and a JSON API",
        description="Serve a page with two text areas (Korean, English) that shows the "
        'side-by-side report of \'check\', and a JSON API: POST /api/check {"ko", "en"} → '
        '{"summary", "findings"}; POST /api/normalize {"names": [...]} → {"records", '
        "\"errors\"}.  Needs the web extra: pip install 'translit-dprk[web]'.",
        epilog="examples:\n  translit serve\n  translit serve --port 8080\n"
        "  curl -s localhost:8000/api/normalize -H 'Content-Type: application/json' "
        '-d \'{"names": ["뿌찐"]}\'',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1, loopback)"
    )
    parser.add_argument(
        "--port", type=int, default=8000, help="port to listen on (default 8000; 0: any free)"
    )
    parser.set_defaults(run=run)


def _ready(url: str) -> None:
    sys.stderr.write(f"translit: serving {url} (Ctrl-C to stop)\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    try:
        from translit.integrations.web import serve
    except ImportError as exc:
        raise TranslitError(
            f"serve needs the web extra ({exc.name} is missing): pip install 'translit-dprk[web]'"
        ) from None
    if args.host not in LOOPBACK:
        sys.stderr.write(
            f"translit: warning: listening on {args.host}: anyone who can reach this address "
            "can use the page\n"
        )
    serve(args.host, args.port, ready=_ready)
    return 0
