"""What several test files share: a stdout whose reader goes away, headless Chromium's flags."""

from __future__ import annotations

import io

# Chromium as root on a machine with no network: no sandbox, no background connections
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


class ClosingOutput(io.StringIO):
    """stdout whose reader goes away after ``writes`` writes ('| head')."""

    def __init__(self, writes: int) -> None:
        super().__init__()
        self.left = writes

    def write(self, text: str) -> int:
        if self.left <= 0:
            raise BrokenPipeError(32, "Broken pipe")
        self.left -= 1
        return super().write(text)
