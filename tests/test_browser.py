"""What a person sees: the chat in a real headless Chromium (Debian's chromium + chromedriver)."""

import os
import shutil
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium and chromium-driver (see .ci/run)")
    pytest.skip("Debian's chromium and chromium-driver are not installed here", allow_module_level=True)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def test_ask_in_the_browser_and_see_answer_and_sources(browser, app_url):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(app_url)
    wait = WebDriverWait(browser, 60)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    box.send_keys("Which papers build on the Segment Anything Model, and what does each use it for?")
    browser.find_element(By.CSS_SELECTOR, "#ask").click()
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#sources"), "[2]"))
    chat = browser.find_element(By.CSS_SELECTOR, "#chat")
    sources = browser.find_element(By.CSS_SELECTOR, "#sources")
    badge = browser.find_element(By.CSS_SELECTOR, "#badge")
    assert chat.is_displayed() and sources.is_displayed()
    assert "EP-SAM" in chat.text and "[1]" in chat.text
    assert "CAD: Memory Efficient Convolutional Adapter" in sources.text
    assert "engine: extractive" in badge.text
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "chat.png"
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000
