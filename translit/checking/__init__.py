"""``check``: English tokens, locating each mention's rendering, verdicts, report and HTML."""
