"""``translit serve`` in a real headless chromium: type both texts, press the button, read the
verdicts off the page (skipped, with the reason, without chromium, chromedriver or selenium)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import CHROMIUM_FLAGS
from translit import check

CHROMIUM, CHROMEDRIVER = shutil.which("chromium"), shutil.which("chromedriver")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="chromium or chromedriver is not installed (apt-get install chromium chromium-driver)",
)
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "examples" / "kcna-2023-09-14"
STARTUP_SECONDS = 60
CHECK_SECONDS = 120


def read(name: str) -> str:
    return (ARTICLE / name).read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """``translit serve`` on a free loopback port; its address."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "translit", "serve", "--host", "127.0.0.1", "--port", "0"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    found: list[str] = []
    ready = threading.Event()

    def watch() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            match = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
            if match and not found:
                found.append(match.group(1))
                ready.set()
        ready.set()

    threading.Thread(target=watch, daemon=True).start()
    try:
        assert ready.wait(STARTUP_SECONDS) and found, "translit serve did not start"
        yield found[0]
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="translit-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def test_typing_both_texts_and_pressing_check_shows_the_verdicts(
    server: str, browser: webdriver.Chrome
) -> None:
    korean, english = read("ko.txt"), read("en.txt")
    report = check(korean, english)
    browser.get(server)
    browser.find_element(By.ID, "ko").send_keys(korean)
    browser.find_element(By.ID, "en").send_keys(english)
    assert browser.find_element(By.ID, "ko").get_property("value") == korean.replace("\r", "")
    browser.find_element(By.ID, "check").click()
    status = browser.find_element(By.ID, "status")
    WebDriverWait(browser, CHECK_SECONDS).until(lambda _: "mentions" in status.text)
    counts = ", ".join(f"{n} {v}" for v, n in report.summary.items())
    assert status.text == f"{len(report.findings)} mentions: {counts}"
    browser.switch_to.frame(browser.find_element(By.ID, "report"))
    summary = browser.find_element(By.ID, "summary").text
    assert summary.startswith(f"{len(report.findings)} mentions:") and "5 error" in summary
    marked = browser.find_elements(By.CSS_SELECTOR, 'mark.v-error[data-side="ko"]')
    expected = [f.korean for f in report.findings if f.verdict == "error"]
    assert [m.text for m in marked] == expected
    assert "제니스 만뚜로브" in expected
    english_errors = browser.find_elements(By.CSS_SELECTOR, 'mark.v-error[data-side="en"]')
    assert "Zenis Manturov" in [m.text for m in english_errors]
    browser.switch_to.default_content()


def test_a_bad_input_shows_the_message_on_the_page(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server)
    browser.find_element(By.ID, "ko").send_keys("Putin")
    browser.find_element(By.ID, "en").send_keys("Putin")
    browser.find_element(By.ID, "check").click()
    status = browser.find_element(By.ID, "status")
    WebDriverWait(browser, CHECK_SECONDS).until(lambda _: "Hangul" in status.text)
    assert status.text == "the Korean text has no Hangul"
    assert "error" in (status.get_attribute("class") or "")
