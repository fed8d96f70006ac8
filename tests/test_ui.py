"""The real Gradio app, driven over HTTP with gradio_client (the public /chat, /papers and /add_papers endpoints), and
the pieces the chat is built from: the HTML of an answer, the login guard, the stored conversation."""

import asyncio
import concurrent.futures
import datetime as dt
import html
import json
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
from gradio_client import Client, handle_file

from assistant import answer, ui
from assistant.runtime import Assistant
from assistant.store import StoreError
from assistant.types import Answer, Citation, Hit, Intent, Notice, NoticeKind, Paper, SourceRef, number_name
from assistant.ui import launch
from tests.conftest import CAPTURE_YEAR


def chat(client, question, history=None, **filters):
    """The public endpoint, called as a script would: only the question is required."""
    if history is None and not filters:
        return client.predict(question, api_name="/chat")
    return client.predict(question, history, filters or None, api_name="/chat")


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


# ------------------------------------------------------------------------------------------------------- /chat


def test_question_answer_with_citation_and_sources(app_url):
    reply = chat(Client(app_url, verbose=False), "Who are the listed authors of the DF-3DFace paper?")
    assert "Se Jin Park" in reply["answer"] and "[1]" in reply["answer"] and not reply["refused"]
    assert reply["lead"] and reply["answer"].startswith(reply["lead"])
    assert [s["n"] for s in reply["sources"]] == [c["n"] for c in reply["citations"]] == [1]
    assert (
        "DF-3DFace" in reply["sources"][0]["title"] and reply["sources"][0]["category_name"] == "Computer Vision (CV)"
    )
    assert reply["status"].startswith("From the paper records · offline · ") and reply["status"].endswith(" s")
    assert "engine:" not in reply["status"] and reply["notices"] == []
    assert "References" in reply["markdown"] and "1. DF-3DFace" in reply["markdown"]


def test_every_quote_comes_with_its_citation(app_url):
    reply = chat(Client(app_url, verbose=False), "Which papers build on the Segment Anything Model?")
    titles = {s["title"].split(":")[0] for s in reply["sources"]}
    assert {"CAD", "EP-SAM"} <= titles
    quoted = {q for c in reply["citations"] for q in c["quotes"]}
    assert all(c["quotes"] for c in reply["citations"])
    assert set(re.findall(r"“([^”]+)”", reply["answer"])) <= quoted  # every quote in the answer, per citation
    assert reply["status"].startswith("Quoted from the abstracts · offline")


def test_follow_up_uses_history_and_sources_stay_out_of_it(app_url):
    client = Client(app_url, verbose=False)
    first = chat(client, "What is MuCo about?")
    second = chat(client, "What dataset did they curate?", first["history"])
    assert "M3T" in second["answer"] and any("MuCo" in s["title"] for s in second["sources"])
    history = second["history"]
    assert [m["role"] for m in history] == ["user", "assistant"] * 2
    assert history[1]["content"] == first["answer"] and history[3]["content"] == second["answer"]
    assert all(set(m) == {"role", "content"} and "<" not in m["content"] for m in history)


def test_a_follow_up_picks_a_paper_of_the_previous_list_by_its_place(app_url):
    client = Client(app_url, verbose=False)
    first = chat(client, "Which papers build on the Segment Anything Model?")
    listed = [s["title"] for s in sorted(first["sources"], key=lambda s: s["n"])]
    second = chat(client, "Tell me more about the second one.", first["history"])
    assert len(listed) >= 2 and [s["title"] for s in second["sources"]] == [listed[1]], (listed, second["sources"])


def test_follow_ups_that_restrict_or_pick_a_thread_through_the_public_endpoint(app_url):
    """The chat hands back its history; 'What about in 2024?' after an overview is the overview of the 2024 papers,
    and 'Show me thread 1' after that lists its first thread whole."""
    client = Client(app_url, verbose=False)
    first = chat(client, "What are the main research themes?")
    second = chat(client, "What about in 2024?", first["history"])
    assert second["answer"].startswith("The 17 papers from 2024 fall into"), second["answer"]
    assert second["sources"] and all(s["date"].startswith("2024") for s in second["sources"]), second["sources"]
    third = chat(client, "Show me thread 1", second["history"])
    assert third["answer"].startswith("Thread 1 of "), third["answer"]
    counted = {number_name(n): n for n in range(1, 100)}
    shown = re.search(r"^1\. .+ \((\w+) papers?\):$", second["answer"], re.M)
    assert shown and len(third["sources"]) == counted[shown[1]], (shown, len(third["sources"]))


def test_a_tally_and_a_list_left_out_through_the_public_endpoint(app_url):
    """Counts from the records come back without sources and with a plain status; a list that leaves papers out says
    so, and none of its sources is by the person left out."""
    client = Client(app_url, verbose=False)
    counts = chat(client, "How many papers were published each year?")
    assert counts["answer"].startswith("The 61 papers, by year:") and not counts["sources"], counts["answer"]
    assert not counts["refused"] and "Traceback" not in json.dumps(counts), counts["status"]
    assert counts["status"].startswith("From the paper records"), counts["status"]
    others = chat(client, "Which papers are not by Minsu Kim?")
    assert others["answer"].split("\n")[0].endswith("papers not by Minsu Kim; the 30 oldest are shown:"), others
    assert others["sources"] and not any("Minsu Kim" in s["authors"] for s in others["sources"]), others["sources"]


def test_the_chat_hands_the_engine_only_questions_and_answer_text():
    """What the browser keeps (HTML with sources and cards) never goes back to the engine."""
    stored = {
        "turns": [
            {
                "q": "What is MuCo about?",
                "a": "MuCo is … [1]",
                "html": "<div class='sources'>[1] MuCo</div>",
                "done": 1,
            },
            {"q": "Stopped one", "a": None, "html": "<div>Stopped</div>", "done": True},
            {"q": 42, "a": "not a turn", "html": "<b>x</b>"},  # tampered storage is dropped, not trusted
            "junk",
        ],
        "extra": "<script>",
    }
    conv = ui.clean_conv(stored)
    assert [t["q"] for t in conv["turns"]] == ["What is MuCo about?", "Stopped one"]
    assert ui.engine_history(conv) == [
        {"role": "user", "content": "What is MuCo about?"},
        {"role": "assistant", "content": "MuCo is … [1]"},
    ]
    assert ui.clean_conv("nonsense") == {"turns": []} and ui.clean_conv(None) == {"turns": []}
    messages = ui.chat_messages(conv)
    assert [m["role"] for m in messages] == ["user", "assistant", "user", "assistant"]
    assert ui.plain_history([{"role": "system", "content": "x"}, {"role": "user", "content": [{"text": "hi"}]}]) == [
        {"role": "user", "content": "hi"}
    ]


def test_filters_apply(app_url):
    client = Client(app_url, verbose=False)
    reply = chat(client, "Which papers are about speech?", categories=["AS"])
    assert reply["sources"] and all(s["category"] == "AS" for s in reply["sources"])
    unfiltered = chat(client, "Which papers are about speech?")
    assert any(s["category"] != "AS" for s in unfiltered["sources"])  # the filter, not the question, did it
    coded = chat(client, "Which papers are about speech?", has_code=True, year_from=2022)
    assert all(s["has_code"] and s["date"] >= "2022" for s in coded["sources"])


def test_filters_from_the_panel():
    f = ui.make_filters(2025, 2023, ["CV", ""], True, "Se Jin Park")
    assert (f.year_from, f.year_to, f.categories, f.has_code, f.authors) == (
        2023,
        2025,
        ("CV",),
        True,
        ("Se Jin Park",),
    )
    assert not ui.make_filters(None, "", [], False, None).active()
    chips = text_of(ui.filter_chips(f))
    assert "Years 2023–2025" in chips and "Computer Vision (CV)" in chips and "With code" in chips
    assert ui.filter_chips(ui.make_filters()) == ""
    assert ui.filters_from_json({"categories": "AS", "author": "X", "year_from": "bad"}) == ui.make_filters(
        None, None, ["AS"], None, ["X"]
    )


@pytest.mark.slow  # twenty users at once through the real app: a load test, run by `make test`
def test_twenty_concurrent_users_get_their_own_answers(app_url):
    questions = {
        "Who wrote STAN?": "Yong Man Ro",
        "Who wrote DF-3DFace?": "Joanna Hong",
        "What is GRASP?": "GRASP",
        "What is MemoryTalker?": "MemoryTalker",
        "What is Talk3D?": "Talk3D",
    }
    jobs = list(questions.items()) * 4

    def run(item):
        question, expected = item
        return question, expected, chat(Client(app_url, verbose=False), question)

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(pool.map(run, jobs))
    assert len(results) == 20
    for question, expected, reply in results:
        assert reply["question"] == question and expected in reply["answer"]


def test_papers_endpoint_searches_abstracts(app_url):
    client = Client(app_url, verbose=False)
    everything = client.predict(api_name="/papers")
    assert len(everything) == 61 and everything[0]["date"] >= everything[-1]["date"]  # newest first
    found = client.predict("spherically symmetric", api_name="/papers")  # words only an abstract has
    assert [p["title"] for p in found] == ["Magnitude and Angle Dynamics in Training Single ReLU Neurons"]


# ------------------------------------------------------------------------------------------------------- collection


WHISPER_PAGE = (
    "ASJan 5, 2024\nQuiet Speech Models for Whispered VoicesAnna Lee, Bo Kim et al.\n"
    "We study whispered speech recognition with a new corpus of 120 hours.\n"
)


def test_upload_good_and_malformed_pages(full_settings, tmp_path, monkeypatch, small_collection):
    uploads = tmp_path / "gradio-uploads"
    monkeypatch.setenv("GRADIO_TEMP_DIR", str(uploads))  # where Gradio keeps upload temp files
    settings = small_collection()
    app = launch(settings, block=False)
    try:
        client = Client(f"http://127.0.0.1:{settings.port}/", verbose=False)
        bad = tmp_path / "broken.txt"
        bad.write_text("CVDec 23, 2024\nA TitleAnna Lee\n")
        message, _ = client.predict([handle_file(str(bad))], api_name="/add_papers")
        assert "Not added" in message and "broken.txt, line 3: missing the abstract" in text_of(message)
        assert len(client.predict(api_name="/papers")) == 3 and not list((tmp_path / "uploads").glob("*.txt"))
        good = tmp_path / "new-page.txt"
        good.write_text(WHISPER_PAGE)
        message, _ = client.predict([handle_file(str(good))], api_name="/add_papers")
        assert text_of(message).startswith("Added new-page.txt: 1 new paper")
        assert "Quiet Speech Models for Whispered Voices" in text_of(message)  # what was added, by title
        papers = client.predict(api_name="/papers")
        assert len(papers) == 4 and any(p["title"] == "Quiet Speech Models for Whispered Voices" for p in papers)
        assert (tmp_path / "uploads" / "new-page.txt").exists()
        reply = chat(client, "Which paper studies whispered speech recognition?")
        assert any("Quiet Speech Models" in s["title"] for s in reply["sources"])
        message, _ = client.predict([handle_file(str(good))], api_name="/add_papers")
        assert "No change" in text_of(message)
        # The uploads' temporary copies are gone once handled (issue 10: they stayed in /tmp/gradio forever).
        assert not [p for p in uploads.rglob("*.txt")], list(uploads.rglob("*"))
        assert app.max_file_size == settings.max_upload_bytes  # Gradio refuses bigger uploads before reading them
    finally:
        app.close()


def test_the_app_reads_the_papers_ahead_at_launch_and_survives_its_failure(small_collection, monkeypatch, caplog):
    """`launch` starts the read-ahead (`Assistant.warm`) in the background; should it fail, the app serves questions
    as before, and the log says what failed."""
    calls = []

    def failing_warm(self, limit=None):
        calls.append(self.settings.collection)
        raise StoreError("the store went away")

    monkeypatch.setattr(Assistant, "warm", failing_warm)
    settings = small_collection()
    with caplog.at_level("WARNING", logger="assistant.ui"):
        app = launch(settings, block=False)
        try:
            client = Client(f"http://127.0.0.1:{settings.port}/", verbose=False)
            assert chat(client, "Who wrote Second Base Paper?")["sources"][0]["title"] == "Second Base Paper"
        finally:
            app.close()
    assert calls == [settings.collection]
    assert "reading the papers ahead failed: the store went away" in caplog.text


@pytest.mark.slow
def test_the_app_survives_an_outside_ingest(full_settings, tmp_path, small_collection):
    """Pages added and removed by another process (the CLI) while the app runs: later questions and the collection
    view follow, with no restart and no error (issue 10, item 5)."""
    settings = small_collection()
    app = launch(settings, block=False)
    env = {
        **os.environ,
        "ASSISTANT_STORE_PATH": str(settings.store_path),
        "ASSISTANT_UPLOADS_DIR": str(settings.uploads_dir),
        "ASSISTANT_COLLECTION": settings.collection,
        "ASSISTANT_DATA_PATHS": json.dumps([str(p) for p in settings.data_paths]),
        "ASSISTANT_CAPTURE_YEAR": str(CAPTURE_YEAR),
        "ASSISTANT_LLM": "extractive",
    }
    cli = [sys.executable, "-m", "assistant"]
    try:
        client = Client(f"http://127.0.0.1:{settings.port}/", verbose=False)
        assert chat(client, "Who are the authors of Second Base Paper?")["sources"][0]["title"] == "Second Base Paper"
        page = tmp_path / "whisper.txt"
        page.write_text(WHISPER_PAGE)
        subprocess.run([*cli, "add", str(page)], env=env, check=True, capture_output=True, timeout=240)
        reply = chat(client, "Which paper studies whispered speech recognition?")
        assert reply["sources"] and reply["sources"][0]["title"] == "Quiet Speech Models for Whispered Voices"
        assert len(client.predict(api_name="/papers")) == 4
        subprocess.run([*cli, "remove", "whisper.txt"], env=env, check=True, capture_output=True, timeout=240)
        assert len(client.predict(api_name="/papers")) == 3
        reply = chat(client, "Who are the authors of Second Base Paper?")
        assert reply["sources"][0]["title"] == "Second Base Paper" and "Bo Kim" in reply["answer"]
        assert not any("Quiet Speech" in s["title"] for s in chat(client, "Which paper studies whispers?")["sources"])
    finally:
        app.close()


def test_a_store_fault_reads_as_a_sentence_not_an_error(app_url, full_settings, monkeypatch):
    client = Client(app_url, verbose=False)
    port = int(urllib.parse.urlparse(app_url).port)
    assistant = Assistant.for_settings(full_settings.model_copy(update={"port": port}))

    def broken(*args, **kwargs):
        raise StoreError("the store folder is not readable (permission denied)")
        yield  # pragma: no cover

    monkeypatch.setattr(assistant, "stream_answer", broken)
    reply = chat(client, "Who wrote STAN?")
    assert reply["refused"] and reply["answer"].startswith("The paper store cannot be read right now")
    assert "permission denied" in reply["answer"] and reply["status"].startswith("The paper store could not be read")
    assert "Traceback" not in json.dumps(reply)

    def crash(*args, **kwargs):
        raise KeyError("boom")
        yield  # pragma: no cover

    monkeypatch.setattr(assistant, "stream_answer", crash)
    reply = chat(client, "Who wrote STAN?")
    assert reply["answer"].startswith("Something went wrong while answering") and "Traceback" not in json.dumps(reply)


def test_header_says_plainly_when_the_store_cannot_be_read(full_settings, monkeypatch):
    assistant = Assistant.for_settings(full_settings)

    def fail():
        raise StoreError("database disk image is malformed")

    monkeypatch.setattr(assistant, "refresh", fail)
    facts = text_of(ui.collection_facts(full_settings))
    assert "The paper store cannot be read right now: database disk image is malformed" in facts
    monkeypatch.undo()
    facts = text_of(ui.collection_facts(full_settings))
    assert "61 papers" in facts and "categories" in facts


# ------------------------------------------------------------------------------------------------------- models


def test_an_unreachable_endpoint_shows_a_notice_not_a_stack_trace(full_settings, free_port):
    settings = full_settings.model_copy(
        update={
            "port": free_port(),
            "llm": "openai",
            "openai_base_url": f"http://127.0.0.1:{free_port()}/v1",
            "openai_api_key": "k",
            "llm_max_retries": 0,
        }
    )
    app = launch(settings, block=False)
    try:
        reply = chat(Client(f"http://127.0.0.1:{settings.port}/", verbose=False), "What is MuCo?")
        assert any("cannot reach the endpoint" in n for n in reply["notices"])
        assert reply["engine"] == "extractive" and reply["status"].startswith("Quoted from the abstracts")
        assert "offline" not in reply["status"]  # a model was configured; the notice says why it did not answer
        assert "Traceback" not in json.dumps(reply) and "[1]" in reply["answer"]
        assert any("MuCo" in s["title"] for s in reply["sources"])
    finally:
        app.close()


@pytest.mark.slow
def test_a_question_that_needs_no_model_is_not_queued_behind_stalled_model_answers(
    full_settings, fake_openai, free_port
):
    from tests.fake_openai import Reply

    settings = full_settings.model_copy(
        update={
            "port": free_port(),
            "llm": "openai",
            "openai_base_url": fake_openai.url,
            "openai_api_key": "k",
            "llm_timeout": 30.0,
            "llm_deadline": 10.0,
            "llm_max_retries": 0,
        }
    )
    fake_openai.script(*[Reply("CAD uses less than half the memory [1].", keepalive_for=40)] * 4)
    app = launch(settings, block=False)
    url = f"http://127.0.0.1:{settings.port}/"
    try:
        with concurrent.futures.ThreadPoolExecutor(5) as pool:
            slow = [
                pool.submit(chat, Client(url, verbose=False), "How much GPU memory does the CAD adapter use?")
                for _ in range(4)
            ]
            deadline = time.monotonic() + 10
            while len(fake_openai.requests) < 4 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(fake_openai.requests) == 4  # four users are now waiting on a stalled model
            start = time.monotonic()
            reply = chat(Client(url, verbose=False), "Who wrote STAN?")
            waited = time.monotonic() - start
            assert "Yong Man Ro" in reply["answer"] and waited < 3, f"waited {waited:.1f} s"
            for job in slow:
                notices = " ".join(job.result(timeout=60)["notices"])
                assert "took longer than 10 s" in notices
    finally:
        app.close()


def test_model_answers_say_which_model_checked_them(full_settings):
    settings = full_settings.model_copy(update={"llm": "openai", "openai_api_key": "k", "openai_model": "m-1"})
    answer = Answer("x [1]", (), (), False, "openai", timings={"total": 1.234})
    assert ui.status_text(answer, settings) == "Answered by m-1, checked against the abstracts · 1.2 s"
    refused = Answer("The papers don't say …", (), (), True, "guardrail", timings={"total": 0.05})
    assert ui.status_text(refused, settings) == "The papers don't say · 0.1 s"


@pytest.mark.parametrize("question", ["Hello!", "Thanks!", "What can you do?", "Tell me a joke."])
def test_small_talk_and_off_topic_replies_say_what_the_assistant_does(full_settings, question):
    # (a greeting had come back headed 'The papers don't say' and 'That is outside what I can help with')
    a = answer(question, settings=full_settings)
    assert ui.status_text(a, full_settings).startswith("About this assistant"), ui.status_text(a, full_settings)
    assert "the 61 papers in this collection" in a.text and "“What are the main research themes?”" in a.text
    reply = {"Hello!": "Hello!", "Thanks!": "You're welcome.", "What can you do?": "I answer questions"}
    if question in reply:
        assert a.text.startswith(reply[question]) and "outside what I can help with" not in a.text, a.text
    else:
        assert a.text.startswith("That is outside what I can help with"), a.text


# ------------------------------------------------------------------------------------------------------- HTML


def _paper(pid="p1", title="Gaze-LLE: Gaze Target Estimation", abstract="We estimate gaze.", **kw):
    return Paper(
        pid,
        title,
        kw.get("authors", ("Fiona Ryan", "James Rehg")),
        False,
        None,
        dt.date(2024, 12, 10),
        True,
        kw.get("category", "CV"),
        kw.get("has_code", True),
        abstract,
        SourceRef("page.txt", 1),
    )


def test_an_answer_renders_chips_with_every_quote_and_its_own_sources(full_settings):
    quotes = ("We estimate gaze with a frozen encoder.", "Code: https://github.com/fkryan/gazelle.")
    paper = _paper(abstract=" ".join(quotes) + " Other text.")
    citation = Citation(1, "p1", paper.title, paper.authors, 2024, quotes[0], 0.9, quotes)
    answer = Answer(
        f"Gaze-LLE — “{quotes[0]}” [1]\n\n- “{quotes[1]}” [1]",
        (citation,),
        (Hit(paper, "", 1.0),),
        False,
        "extractive",
        (Notice(NoticeKind.FILTER_EXCLUDES_NAMED, "Your filter excludes <Gaze-LLE>."),),
        {"total": 0.31},
        lead=f"Gaze-LLE — “{quotes[0]}” [1]",
    )
    out = ui.render_answer(answer, full_settings)
    lead, evidence = out.split('<details class="evidence">')
    assert lead.count('<span class="cite" tabindex="0">[1]<span class="cite-card">') == 1
    card = lead.split('<span class="cite-card">')[1]
    assert all(html.escape(q) in card for q in quotes) and "Computer Vision (CV)" in card
    assert 'href="https://github.com/fkryan/gazelle"' in card  # trailing full stop not part of the link
    assert "<summary>Evidence: 1 quote from the abstracts</summary>" in evidence
    sources = evidence.split('<div class="sources">')[1]
    assert '<mark class="quote">' in sources and "[1]" in sources and "+1 more quoted" in sources
    assert "Your filter excludes &lt;Gaze-LLE&gt;." in out and "<Gaze-LLE>" not in out
    assert "Quoted from the abstracts · offline · 0.3 s" in out


def test_a_refusal_reads_as_a_sentence_with_the_closest_papers(full_settings):
    near = _paper()
    answer = Answer(
        "The papers don't say which GPUs trained Gaze-LLE.",
        (),
        (Hit(near, "", 0.5),),
        True,
        "guardrail",
        timings={"total": 0.1},
        closest=(Hit(near, "", 0.5),),
    )
    out = ui.render_answer(answer, full_settings)
    assert "answer refused" in out and "The papers don't say which GPUs" in text_of(out)
    assert "Closest papers" in out and "Gaze-LLE" in out and '<div class="sources">' not in out
    assert "Closest papers" not in ui.render_answer(
        Answer("The papers don't say.", (), (Hit(near, "", 0.1),), True, "guardrail"), full_settings
    )


def test_untrusted_text_is_escaped_and_only_paper_math_renders():
    typed = "<img src=x onerror=alert(1)> costs $5 and $x$ *bold*\nline two"
    shown = ui.render_user(typed)
    assert "<img" not in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert "$" not in shown and text_of(shown.replace("<br>", "\n")) == typed  # exactly as typed, no math
    assert ui.tex("Training $w(t)$ for <b>VGGT-$Ω$</b>") == ("Training $w(t)$ for &lt;b&gt;VGGT-$Ω$&lt;/b&gt;")
    assert ui.tex("from $5 to $10 a month").count("$") == 0  # amounts never pair into math
    assert ui.tex("$φ(t):= π- θ(t) $ angle").startswith("$φ(t):= π- θ(t) $")
    assert "\\*" in ui.md_tex("a *b* $x_1$") and "$x_1$" in ui.md_tex("a *b* $x_1$")
    # text-mode LaTeX outside math reads as the paper does; math is left to KaTeX
    said = "We introduce \\textbf{\\textsc{S-Agent}} and \\emph{Unified Codes}, 10\\% faster than $\\pi_0$."
    assert ui.tex(said) == "We introduce S-Agent and Unified Codes, 10% faster than $\\pi_0$."
    assert ui.tex("$\\textbf{InstaManip}$ learns") == "$\\textbf{InstaManip}$ learns"
    assert "S-Agent" in ui.md_tex(said) and "textsc" not in ui.md_tex(said)
    assert ui.category_name("CV") == "Computer Vision (CV)"
    assert ui.category_name("AS") == "Audio and Speech Processing (AS)" and ui.category_name("ZZ") == "ZZ"
    assert ui.code_url(_paper(abstract="See github.com/a/b.")) == "https://github.com/a/b"
    assert ui.code_url(_paper(abstract="No code here, see https://github.com/.")) is None
    draft = ui.render_draft("The answer is 42 [7]")
    assert "Draft from the model" in draft and 'class="answer draft"' in draft and "cite-card" not in draft


def test_markdown_export_has_a_numbered_reference_list(full_settings):
    paper = _paper()
    citation = Citation(1, "p1", paper.title, paper.authors, 2024, "We estimate gaze.", 0.9, ("We estimate gaze.",))
    answer = Answer("Gaze-LLE estimates gaze [1].", (citation,), (Hit(paper, "", 1),), False, "extractive")
    md = ui.answer_markdown("What does Gaze-LLE do?", answer)
    assert md.startswith("**Q:** What does Gaze-LLE do?\n\nGaze-LLE estimates gaze [1].")
    assert "**References**\n\n1. Gaze-LLE: Gaze Target Estimation — Fiona Ryan, James Rehg, Dec 10, 2024" in md
    assert "   > “We estimate gaze.”" in md


def test_evaluation_tab_headline_first_and_a_hint_without_a_report(tmp_path):
    summary, chart, _ = ui.eval_summary(tmp_path)
    assert "No evaluation yet" in summary and "assistant eval" in summary and chart is None
    report = {
        "settings": {"engine": "extractive"},
        "table": {"all/all": {"n": 3, "recall@5": 1.0, "mrr": 0.9, "key facts": 0.5, "latency p50 s": 0.05}},
        "by_type": {"single": {"n": 3, "recall@5": 1.0}},
        "gap": {},
    }
    (tmp_path / "report.json").write_text(json.dumps(report))
    summary, chart, _ = ui.eval_summary(tmp_path)
    assert summary.index("Headline") < summary.index("Per question type") < summary.index("Per corpus and split")
    assert "0.05 s" in summary and chart is None


# ------------------------------------------------------------------------------------------------------- login


def test_login_guard_refuses_repeated_failures_without_checking_them():
    now = [1000.0]
    slept: list[float] = []

    async def sleep(seconds):
        slept.append(seconds)

    guard = ui.LoginGuard([("alice", "correct horse")], clock=lambda: now[0], sleep=sleep)

    async def attempts():
        results = [await guard.check("alice", f"wrong-{i}") for i in range(200)]
        return results, await guard.check("alice", "correct horse")

    results, during_cooldown = asyncio.run(attempts())
    assert not any(results) and not during_cooldown
    assert guard.checked == 5 and guard.refused == 196  # 200 wrong passwords; only 5 were ever compared
    assert slept == sorted(slept) and slept[0] > 0  # each failure waits longer than the one before
    now[0] += 61  # the cooldown is over
    assert asyncio.run(guard.check("alice", "correct horse"))
    assert not asyncio.run(guard.check("mallory", "correct horse"))  # an unknown user never gets in
    assert not asyncio.run(guard.check("alice", "correct horsE"))


@pytest.mark.slow
def test_login_over_http_is_rate_limited(full_settings, free_port):
    settings = full_settings.model_copy(update={"port": free_port()})
    app = launch(settings, auth=[("alice", "s3cret-pass")], block=False)
    url = f"http://127.0.0.1:{settings.port}/login"

    def login(password: str) -> int:
        data = urllib.parse.urlencode({"username": "alice", "password": password}).encode()
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as exc:
            return exc.code

    try:
        assert app.analytics_enabled is False and os.environ["GRADIO_ANALYTICS_ENABLED"] == "False"
        start = time.monotonic()
        codes = [login(f"guess-{i}") for i in range(20)]
        assert all(code >= 400 for code in codes)
        assert app.login_guard.checked == 5, "after 5 failures the password is no longer even compared"
        assert login("s3cret-pass") >= 400  # locked out for now, even with the right password
        assert time.monotonic() - start > 0.5  # failures are slowed down, not answered at full speed
    finally:
        app.close()


def test_a_busy_port_is_a_clear_error(full_settings):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        settings = full_settings.model_copy(update={"port": taken.getsockname()[1]})
        with pytest.raises(ui.PortInUse, match="already in use"):
            launch(settings, block=False)


def test_intent_metadata_is_reported_as_records(full_settings):
    answer = Answer("X was written by Y [1].", (), (), False, "extractive", intent=Intent.AUTHORS, timings={})
    assert ui.status_text(answer, full_settings).startswith("From the paper records · offline")
    problem = ui.failure_answer("The paper store cannot be read right now: x.", NoticeKind.STORE_ERROR, "x")
    assert ui.status_text(problem, full_settings).startswith("The paper store could not be read")
