"""What a person sees: the chat in a real headless Chromium (Debian's chromium + chromedriver).

Each test saves a screenshot under test-artifacts/ (chat-light.png and chat-dark.png are the README's pictures)."""

import os
import re
import shutil
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # a headless Chromium per module, seconds per test

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    if os.environ.get("CI"):
        raise RuntimeError("CI must install Debian's chromium and chromium-driver (see .ci/run)")
    pytest.skip("Debian's chromium and chromium-driver are not installed here", allow_module_level=True)

from selenium.common.exceptions import StaleElementReferenceException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from assistant.text import is_coined  # noqa: E402

SAM = "Which papers build on the Segment Anything Model, and what does each use it for?"


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


@pytest.fixture
def page(browser):
    """The browser at desktop size, back at desktop size afterwards."""
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    yield browser
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# ------------------------------------------------------------------------------------------------------- helpers


def wait(browser, seconds: float = 60) -> WebDriverWait:
    # The chat re-renders its messages as they change: an element found a moment ago may be gone; look again.
    return WebDriverWait(browser, seconds, ignored_exceptions=(StaleElementReferenceException,))


def open_chat(browser, url: str, *, theme: str | None = None, keep: bool = False) -> None:
    """Load the app with a fresh conversation (unless `keep`), and wait until it is ready for a question."""
    target = url + (f"?__theme={theme}" if theme else "")
    browser.get(target)
    if not keep:
        browser.execute_script("localStorage.clear()")
        browser.get(target)
    wait(browser).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    wait(browser).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#header"), "papers"))


def answers(browser) -> list:
    """The assistant messages that are finished (each ends with its status line)."""
    return [
        a
        for a in browser.find_elements(By.CSS_SELECTOR, "#chat .answer")
        if a.find_elements(By.CSS_SELECTOR, ".status-line")
    ]


def ask(browser, question: str, *, enter: bool = False) -> object:
    before = len(answers(browser))
    box = browser.find_element(By.CSS_SELECTOR, "#question textarea")
    box.send_keys(question)
    if enter:
        box.send_keys(Keys.ENTER)
    else:
        browser.find_element(By.CSS_SELECTOR, "#ask").click()
    wait(browser).until(lambda b: len(answers(b)) > before)
    time.sleep(0.3)  # let KaTeX and the last layout pass settle
    return answers(browser)[-1]


def visible(browser, selector: str) -> bool:
    """Shown on the page (Gradio leaves hidden components out of the page altogether). Asked again when Gradio
    re-renders the element between finding it and asking."""
    for _ in range(20):
        try:
            return any(e.is_displayed() for e in browser.find_elements(By.CSS_SELECTOR, selector))
        except StaleElementReferenceException:
            time.sleep(0.05)
    return any(e.is_displayed() for e in browser.find_elements(By.CSS_SELECTOR, selector))


def shot(browser, name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / name
    browser.save_screenshot(str(path))
    assert path.stat().st_size > 10_000
    return path


def tab(browser, name: str) -> None:
    next(t for t in browser.find_elements(By.CSS_SELECTOR, "button[role=tab]") if t.text.strip() == name).click()
    time.sleep(0.5)


def rgb(value: str) -> tuple[float, ...]:
    parts = [float(x) for x in re.findall(r"[\d.]+", value)]
    return tuple(parts[:3]) + ((parts[3],) if len(parts) > 3 else (1.0,))


def contrast(fg: str, bg: str) -> float:
    def luminance(c):
        channels = []
        for v in c[:3]:
            v /= 255
            channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    f, b = rgb(fg), rgb(bg)
    assert b[3] == 1.0, f"the quote background must be opaque to be measured, got {bg}"
    light, dark = sorted((luminance(f), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def colours(browser, element) -> tuple[str, str]:
    return tuple(
        browser.execute_script(
            "const s = getComputedStyle(arguments[0]); return [s.color, s.backgroundColor];", element
        )
    )


@pytest.fixture
def small_app(small_collection):
    """A function launching the app over a fresh three-paper collection, with setting overrides."""
    from assistant.ui import launch

    def start(**extra):
        settings = small_collection(**extra)
        return settings, launch(settings, block=False)

    return start


# ------------------------------------------------------------------------------------------------------- tests


def test_a_chip_previews_the_paper_and_every_quote(page, app_url):
    open_chat(page, app_url)
    answer = ask(page, SAM)
    lead = answer.find_element(By.CSS_SELECTOR, ".lead")
    assert "EP-SAM" in lead.text and "CAD" in lead.text
    sources = answer.find_element(By.CSS_SELECTOR, ".sources")
    assert "CAD: Memory Efficient Convolutional Adapter" in sources.text and "[2]" in sources.text
    chip = lead.find_elements(By.CSS_SELECTOR, ".cite")[0]
    card = chip.find_element(By.CSS_SELECTOR, ".cite-card")
    assert not card.is_displayed()
    ActionChains(page).move_to_element(chip).perform()
    wait(page, 5).until(lambda _: card.is_displayed())
    assert "CAD: Memory Efficient Convolutional Adapter for Segment Anything" in card.text
    assert "Computer Vision (CV)" in card.text and "Sep 24, 2024" in card.text
    quotes = card.find_elements(By.CSS_SELECTOR, ".card-quote")
    evidence_quotes = re.findall(
        r"“([^”]+)”", answer.find_element(By.CSS_SELECTOR, ".evidence").get_attribute("textContent")
    )
    cad_quotes = [q for q in evidence_quotes if "SAM's image encoder" in q or "Foundation model" in q]
    assert len(quotes) >= 2 and all(any(q in c.text for c in quotes) for q in cad_quotes)  # every quote it drew on
    shot(page, "chip-preview.png")
    ActionChains(page).move_to_element(page.find_element(By.CSS_SELECTOR, "#header")).perform()
    wait(page, 5).until(lambda _: not card.is_displayed())
    page.execute_script("arguments[0].focus()", chip)  # keyboard (and tap) focus opens it as well
    wait(page, 5).until(lambda _: card.is_displayed())
    status = answer.find_element(By.CSS_SELECTOR, ".status-line").text
    assert status.startswith("Quoted from the abstracts · offline · ") and "engine" not in status
    # Nothing on the page was fetched from anywhere but the app itself (no fonts, analytics or CDNs).
    elsewhere = page.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".filter(n => !n.startsWith(location.origin) && !n.startsWith('data:') && !n.startsWith('blob:'))"
    )
    assert elsewhere == []


def test_earlier_answers_keep_their_own_sources(page, app_url):
    open_chat(page, app_url)
    ask(page, "What is MuCo about?")
    ask(page, "Who are the listed authors of the DF-3DFace paper?", enter=True)
    first, second = answers(page)
    assert "MuCo: Multi-turn Contrastive Learning" in first.find_element(By.CSS_SELECTOR, ".sources").text
    assert "DF-3DFace" in second.find_element(By.CSS_SELECTOR, ".sources").text
    assert "MuCo" not in second.find_element(By.CSS_SELECTOR, ".sources").text
    assert second.find_element(By.CSS_SELECTOR, ".status-line").text.startswith("From the paper records")
    page.execute_script("arguments[0].scrollIntoView()", first)
    shot(page, "earlier-sources.png")


def test_an_overview_shows_its_threads_in_the_answer_not_folded(page, app_url):
    """The threads are the answer: each heading and its papers show in the answer line, not under the folded
    evidence (a blank line had folded them away), and the status says where they came from."""
    open_chat(page, app_url)
    answer = ask(page, "What are the main research themes?")
    lead = answer.find_element(By.CSS_SELECTOR, ".lead")
    assert lead.text.startswith("The 61 papers in the collection fall into"), lead.text
    headings = re.findall(r"^\d+\. .+ \(\w+ papers\):$", lead.text, re.M)
    assert len(headings) >= 2, lead.text
    assert len(lead.find_elements(By.CSS_SELECTOR, "li")) >= 2 * len(headings)
    assert (
        not answer.find_elements(By.CSS_SELECTOR, ".evidence")
        or not answer.find_element(By.CSS_SELECTOR, ".evidence").get_attribute("textContent").strip()
    )
    assert "**" not in lead.text
    assert answer.find_element(By.CSS_SELECTOR, ".status-line").text.startswith("From the paper records")
    page.execute_script("arguments[0].scrollIntoView()", lead)
    shot(page, "overview.png")


def test_math_in_titles_and_quotes_renders(page, app_url):
    open_chat(page, app_url)
    answer = ask(page, "Which paper introduces InstaManip?")
    lead = answer.find_element(By.CSS_SELECTOR, ".lead")
    assert lead.find_elements(By.CSS_SELECTOR, ".katex")  # $\\textbf{InstaManip}$ in the quote is typeset
    assert "$" not in lead.text and "textbf" not in lead.text


def test_quote_highlight_is_readable_in_light_and_dark_mode(page, app_url):
    # A roomier window, for the README pictures taken here.
    metrics = {"width": 1280, "height": 1080, "deviceScaleFactor": 1, "mobile": False}
    page.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    for theme in ("light", "dark"):
        open_chat(page, app_url, theme=theme)
        assert page.execute_script("return document.body.classList.contains('dark')") == (theme == "dark")
        answer = ask(page, SAM)
        mark = answer.find_element(By.CSS_SELECTOR, ".sources mark.quote")
        fg, bg = colours(page, mark)
        assert contrast(fg, bg) >= 4.5, f"{theme}: quote text {fg} on {bg}"
        chip = answer.find_element(By.CSS_SELECTOR, ".lead .cite")
        fg, bg = colours(page, chip)
        assert contrast(fg, bg) >= 4.5, f"{theme}: chip {fg} on {bg}"
        ActionChains(page).move_to_element(chip).perform()
        card_quote = chip.find_element(By.CSS_SELECTOR, ".card-quote")
        wait(page, 5).until(lambda _, q=card_quote: q.is_displayed())
        fg, bg = colours(page, card_quote)
        assert contrast(fg, bg) >= 4.5, f"{theme}: card quote {fg} on {bg}"
        shot(page, f"chat-{theme}.png")  # the README pictures: a cited answer with a chip's card open


def test_stop_cancels_a_slow_model_answer(page, full_settings, fake_openai, tmp_path, free_port):
    from tests.fake_openai import Reply

    slow = " ".join(["CAD uses less than half the memory [1]."] * 80)
    fake_openai.script(Reply(slow, pause=0.25), Reply("CAD uses less than half the memory [1]."))
    settings = full_settings.model_copy(
        update={
            "port": free_port(),
            "llm": "openai",
            "openai_base_url": fake_openai.url,
            "openai_api_key": "k",
            "openai_model": "fake-model",
            "llm_max_retries": 0,
            "llm_deadline": 60.0,
            "llm_concurrency": 1,  # one model slot: a stream left open would hold up the next question for 30 s
        }
    )
    from assistant.ui import launch

    app = launch(settings, block=False)
    try:
        open_chat(page, f"http://127.0.0.1:{settings.port}/")
        box = page.find_element(By.CSS_SELECTOR, "#question textarea")
        box.send_keys("How much GPU memory does the CAD adapter use?")
        page.find_element(By.CSS_SELECTOR, "#ask").click()
        # Unchecked model text is marked. The draft is re-rendered as it streams: each check finds it afresh (the
        # wait ignores an element replaced between finding and reading it).
        wait(page, 30).until(
            lambda b: (
                "Draft from the model"
                in b.find_element(By.CSS_SELECTOR, "#chat .answer.draft").get_attribute("textContent")
            )
        )
        wait(page, 5).until(lambda b: not b.find_element(By.CSS_SELECTOR, "#ask").is_enabled())
        assert visible(page, "#stop")
        stop = page.find_element(By.CSS_SELECTOR, "#stop")
        shot(page, "stop-draft.png")
        stop.click()
        wait(page, 10).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#chat"), "Stopped before the answer"))
        assert not page.find_elements(By.CSS_SELECTOR, "#chat .answer.draft")
        assert "Error" not in page.find_element(By.CSS_SELECTOR, "#chat").text
        wait(page, 5).until(lambda b: b.find_element(By.CSS_SELECTOR, "#ask").is_enabled())
        assert not visible(page, "#stop")
        assert "Stopped" in page.find_element(By.CSS_SELECTOR, "#status").text
        shot(page, "stop-stopped.png")
        # The model stream was closed, so its one slot is free: the next question reaches the model at once.
        started = time.monotonic()
        answer = ask(page, "How much GPU memory does the CAD adapter use?")
        assert len(fake_openai.requests) == 2 and time.monotonic() - started < 15
        assert not page.find_elements(By.CSS_SELECTOR, "#chat .answer.draft")  # the checked answer replaced it
        assert "CAD" in answer.text and answer.find_elements(By.CSS_SELECTOR, ".sources")
    finally:
        app.close()


def test_stop_frees_the_model_slot_even_when_the_endpoint_is_silent(page, full_settings, fake_openai, free_port):
    # Only keep-alives come back, so no piece of the answer ever arrives: Stop must still reach the request.
    from tests.fake_openai import Reply

    fake_openai.script(Reply("CAD uses less than half the memory [1].", keepalive_for=120),
                       Reply("CAD uses less than half the memory [1]."))  # fmt: skip
    settings = full_settings.model_copy(
        update={
            "port": free_port(),
            "llm": "openai",
            "openai_base_url": fake_openai.url,
            "openai_api_key": "k",
            "openai_model": "fake-model",
            "llm_max_retries": 0,
            "llm_timeout": 150.0,
            "llm_deadline": 120.0,
            "llm_concurrency": 1,  # a slot still held would make the next question wait 60 s, then give up
        }
    )
    from assistant.ui import launch

    app = launch(settings, block=False)
    try:
        open_chat(page, f"http://127.0.0.1:{settings.port}/")
        box = page.find_element(By.CSS_SELECTOR, "#question textarea")
        box.send_keys("How much GPU memory does the CAD adapter use?")
        page.find_element(By.CSS_SELECTOR, "#ask").click()
        wait(page, 30).until(lambda b: len(fake_openai.requests) == 1)  # the model is asked, and stays silent
        page.find_element(By.CSS_SELECTOR, "#stop").click()
        wait(page, 10).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#chat"), "Stopped before the answer"))
        wait(page, 5).until(lambda b: b.find_element(By.CSS_SELECTOR, "#ask").is_enabled())
        started = time.monotonic()
        answer = ask(page, "How much GPU memory does the CAD adapter use?")
        assert len(fake_openai.requests) == 2 and time.monotonic() - started < 20
        assert "CAD" in answer.text and "busy" not in page.find_element(By.CSS_SELECTOR, "#status").text
    finally:
        app.close()


def test_an_empty_submit_adds_nothing_and_an_example_chip_asks(page, app_url, corpus):
    open_chat(page, app_url)
    box = page.find_element(By.CSS_SELECTOR, "#question textarea")
    page.find_element(By.CSS_SELECTOR, "#ask").click()
    box.send_keys("   ")
    box.send_keys(Keys.ENTER)
    time.sleep(1.5)
    assert page.find_elements(By.CSS_SELECTOR, "#chat .message") == []
    assert page.find_element(By.CSS_SELECTOR, "#status").text == ""
    # the examples ask about this collection's own papers: its newest with a short name
    by_date = sorted(corpus.papers, key=lambda p: (p.date, p.id), reverse=True)
    newest = next(p for p in by_date if p.short_name != p.title and is_coined(p.short_name))
    question = f"Who wrote {newest.short_name}?"
    examples = [e for e in page.find_elements(By.CSS_SELECTOR, "#chat button") if question in e.text]
    assert examples, "the example questions show as chips in an empty chat"
    shot(page, "empty-chat.png")
    examples[0].click()
    wait(page).until(lambda b: answers(b))
    assert newest.authors[0] in answers(page)[-1].text
    assert page.find_element(By.CSS_SELECTOR, "#chat .user-q").text == question


def test_filter_chips_and_clear_all(page, app_url):
    open_chat(page, app_url)
    assert not visible(page, "#filter-row")
    page.find_element(By.CSS_SELECTOR, "#filters .label-wrap, #filters button").click()
    category = wait(page, 10).until(
        lambda b: next((x for x in b.find_elements(By.CSS_SELECTOR, "#categories label") if "(AS)" in x.text), None)
    )
    assert category.text.startswith("Audio and Speech Processing (AS)")  # categories shown with their names
    category.click()
    page.find_element(By.CSS_SELECTOR, "#has-code input").click()
    chips = page.find_element(By.CSS_SELECTOR, "#filter-chips")
    wait(page, 10).until(lambda _: "With code" in chips.text and "Audio and Speech Processing (AS)" in chips.text)
    assert visible(page, "#clear-filters")
    page.find_element(By.CSS_SELECTOR, "#has-code input").click()
    wait(page, 10).until(lambda _: "With code" not in chips.text)
    answer = ask(page, "Which papers are about speech?")
    metas = [m.text for m in answer.find_elements(By.CSS_SELECTOR, ".sources .src-meta")]
    assert metas and all("(AS)" in m for m in metas)
    page.execute_script("arguments[0].scrollIntoView({block: 'center'})", chips)
    shot(page, "filters.png")
    page.find_element(By.CSS_SELECTOR, "#clear-filters").click()
    wait(page, 10).until(lambda b: not visible(b, "#filter-row"))
    assert not any(
        x.find_element(By.TAG_NAME, "input").is_selected()
        for x in page.find_elements(By.CSS_SELECTOR, "#categories label")
    )
    answer = ask(page, "Which papers are about speech?")
    assert any("(AS)" not in m.text for m in answer.find_elements(By.CSS_SELECTOR, ".sources .src-meta"))


def test_reload_keeps_the_conversation_and_clearing_empties_it(page, app_url):
    open_chat(page, app_url)
    typed = "What is <b>MuCo</b> about? $x$"
    answer = ask(page, typed)
    assert "MuCo" in answer.find_element(By.CSS_SELECTOR, ".sources").text
    assert page.find_element(By.CSS_SELECTOR, "#chat .user-q").text == typed  # shown exactly as typed
    page.refresh()
    wait(page).until(lambda b: answers(b))
    assert page.find_element(By.CSS_SELECTOR, "#chat .user-q").text == typed
    assert "MuCo" in answers(page)[-1].find_element(By.CSS_SELECTOR, ".sources").text
    assert "Quoted from the abstracts" in page.find_element(By.CSS_SELECTOR, "#status").text
    shot(page, "reloaded.png")
    # A follow-up after the reload still has the conversation behind it.
    follow = ask(page, "What dataset did they curate?")
    assert "M3T" in follow.text
    # Copy as Markdown: the latest answer with a numbered reference list.
    origin = page.execute_script("return location.origin")
    page.execute_cdp_cmd(
        "Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"], "origin": origin}
    )
    page.find_element(By.CSS_SELECTOR, "#copy-md").click()
    wait(page, 10).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#status"), "Copied"))
    copied = page.execute_async_script(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));"
    )
    assert copied.startswith("**Q:** What dataset did they curate?") and "**References**\n\n1. MuCo" in copied
    # The chat's trash icon clears messages and status, and the cleared chat is what a reload shows.
    page.find_element(By.CSS_SELECTOR, "#chat button[aria-label='Clear']").click()
    wait(page, 10).until(lambda b: not b.find_elements(By.CSS_SELECTOR, "#chat .message"))
    wait(page, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, "#status").text == "")
    page.refresh()
    wait(page).until(ec.element_to_be_clickable((By.CSS_SELECTOR, "#question textarea")))
    time.sleep(1.5)
    assert not page.find_elements(By.CSS_SELECTOR, "#chat .message")
    ask(page, "Who wrote STAN?")
    page.find_element(By.CSS_SELECTOR, "#new-chat").click()
    wait(page, 10).until(lambda b: not b.find_elements(By.CSS_SELECTOR, "#chat .message"))
    wait(page, 10).until(lambda b: b.find_element(By.CSS_SELECTOR, "#status").text == "")


def test_add_and_remove_a_page_in_the_papers_tab(page, full_settings, tmp_path, small_app):
    settings, app = small_app()
    try:
        open_chat(page, f"http://127.0.0.1:{settings.port}/")
        header = page.find_element(By.CSS_SELECTOR, "#header")
        assert "3 papers" in header.text
        tab(page, "Papers")
        assert "No pages added yet" in page.find_element(By.CSS_SELECTOR, "#pages-note").text
        upload = tmp_path / "whisper.txt"
        upload.write_text(
            "ASJan 5, 2024\nQuiet Speech Models for Whispered VoicesAnna Lee, Bo Kim et al.\n"
            "We study whispered speech recognition with a new corpus of 120 hours.\n"
        )
        page.find_element(By.CSS_SELECTOR, "#upload input[type=file]").send_keys(str(upload))
        wait(page, 30).until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "#upload"), "whisper"))
        page.find_element(By.CSS_SELECTOR, "#add").click()
        result = page.find_element(By.CSS_SELECTOR, "#upload-result")
        wait(page).until(lambda _: "Added whisper.txt: 1 new paper" in result.text)
        assert "Quiet Speech Models for Whispered Voices" in result.text
        wait(page, 20).until(lambda _: "4 papers" in header.text)  # the header follows without a reload
        pages = page.find_element(By.CSS_SELECTOR, "#added-pages")
        option = wait(page, 20).until(
            lambda b: next((x for x in pages.find_elements(By.CSS_SELECTOR, "label") if "whisper.txt" in x.text), None)
        )
        assert "1 paper stored from it" in option.text
        search = page.find_element(By.CSS_SELECTOR, "#paper-search textarea, #paper-search input")
        search.send_keys("120 hours")  # only the abstract says this
        wait(page, 20).until(lambda b: "1 of 4 papers" in b.find_element(By.CSS_SELECTOR, "#papers-note").text)
        shot(page, "papers-added.png")
        option.click()
        page.find_element(By.CSS_SELECTOR, "#remove-page").click()
        removed = page.find_element(By.CSS_SELECTOR, "#remove-result")
        wait(page).until(lambda _: "Removed page whisper.txt" in removed.text)
        wait(page, 20).until(lambda _: "3 papers" in header.text)
        wait(page, 20).until(lambda b: "0 of 3 papers" in b.find_element(By.CSS_SELECTOR, "#papers-note").text)
        assert not visible(page, "#added-pages")
        assert "No pages added yet" in page.find_element(By.CSS_SELECTOR, "#pages-note").text
        shot(page, "papers-removed.png")
    finally:
        app.close()


def test_papers_tab_searches_abstracts_and_shows_one_with_its_math(page, app_url):
    open_chat(page, app_url)
    tab(page, "Papers")
    search = page.find_element(By.CSS_SELECTOR, "#paper-search textarea, #paper-search input")
    search.send_keys("spherically symmetric")
    note = page.find_element(By.CSS_SELECTOR, "#papers-note")
    wait(page, 20).until(lambda _: note.text.startswith("1 of 61 papers"))
    cell = wait(page, 20).until(
        lambda b: next(
            (
                c
                for c in b.find_elements(By.XPATH, "//*[@id='papers']//*[contains(text(), 'Magnitude and Angle')]")
                if c.is_displayed()
            ),
            None,
        )
    )
    cell.click()
    detail = page.find_element(By.CSS_SELECTOR, "#paper-detail")
    wait(page, 20).until(lambda _: "gradient flow" in detail.text)
    assert detail.find_elements(By.CSS_SELECTOR, ".katex")  # $w(t)$ in the abstract renders as math
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, "papers-search.png")


def test_phone_layout_puts_the_sources_right_under_the_answer(page, app_url):
    page.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride", {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
    )
    open_chat(page, app_url)
    answer = ask(page, "What is MuCo about?")
    layout = page.execute_script(
        """
        const a = arguments[0], r = e => e.getBoundingClientRect();
        const lead = a.querySelector('.lead'), src = a.querySelector('.sources');
        const box = document.querySelector('#question');
        src.scrollIntoView({block: 'end'});
        return {lead: r(lead).bottom, evidence: r(a.querySelector('.evidence')).bottom, sources: r(src).top,
                sourcesBottom: r(src).bottom, box: r(box).top, bubble: r(a).right, width: window.innerWidth,
                scroll: document.documentElement.scrollWidth};
        """,
        answer,
    )
    assert layout["width"] == 390 and layout["scroll"] <= 390, layout  # no sideways scroll
    # The sources follow the answer inside its own message, above the input (not below input and examples).
    assert 0 <= layout["sources"] - layout["evidence"] < 60 and layout["sourcesBottom"] < layout["box"], layout
    assert layout["bubble"] <= 390, layout
    shot(page, "phone.png")
    tab(page, "Papers")
    assert page.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")
    shot(page, "phone-papers.png")
