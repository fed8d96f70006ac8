"""The real Gradio app, driven over HTTP with gradio_client."""

import concurrent.futures
import time

from gradio_client import Client

from assistant.ui import launch
from tests.conftest import free_port


def ask(client, question, history=(), **filters):
    args = [
        question,
        list(history),
        filters.get("year_from"),
        filters.get("year_to"),
        filters.get("categories", []),
        filters.get("has_code", False),
        filters.get("author"),
    ]
    chat, sources, badge = client.predict(*args, api_name="/chat")
    return chat, sources, badge


def text_of(message):
    content = message["content"]
    return content if isinstance(content, str) else " ".join(part.get("text", "") for part in content)


def test_question_answer_with_citation_and_sources(app_url):
    chat, sources, badge = ask(Client(app_url, verbose=False), "Who are the listed authors of the DF-3DFace paper?")
    assert "Se Jin Park" in text_of(chat[-1]) and "[1]" in text_of(chat[-1])
    assert "DF-3DFace" in sources and "engine: extractive" in badge


def test_follow_up_uses_history_and_sources_stay_out_of_it(app_url):
    client = Client(app_url, verbose=False)
    chat, _, _ = ask(client, "What is MuCo about?")
    chat2, sources, _ = ask(client, "What dataset did they curate?", chat)
    assert "M3T" in text_of(chat2[-1]) and "MuCo" in sources
    assert all("<div" not in text_of(m) for m in chat2)


def test_filters_apply(app_url):
    _, sources, _ = ask(Client(app_url, verbose=False), "Which papers are about speech?", categories=["AS"])
    assert sources.count("class='source'") >= 1
    assert sources.count("class='source'") == sources.count(" · AS</small>")  # every cited paper is in AS


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
        chat, _, _ = ask(Client(app_url, verbose=False), question)
        return expected, text_of(chat[-1])

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(pool.map(run, jobs))
    assert len(results) == 20 and all(expected in answer for expected, answer in results)


def test_upload_good_and_malformed_pages(full_settings, tmp_path):
    from gradio_client import handle_file

    from assistant import store
    from assistant.corpus import load_corpus

    base = tmp_path / "pages"
    base.mkdir()
    (base / "base.txt").write_text(
        "CVDec 1, 2024\nFirst Base PaperAnna Lee\nAbout first things.\n"
        "CVDec 2, 2024\nSecond Base PaperBo Kim\nAbout second things.\n"
        "CVDec 3, 2024\nThird Base PaperCy Park\nAbout third things.\n"
    )
    settings = full_settings.model_copy(
        update={
            "port": free_port(),
            "data_paths": [base],
            "uploads_dir": tmp_path / "uploads",
            "collection": "uploads",
            "store_path": tmp_path / "store",
        }
    )
    store.sync(load_corpus([base], capture_year=2026).papers, settings)
    app = launch(settings, block=False)
    try:
        client = Client(f"http://127.0.0.1:{settings.port}/", verbose=False)
        bad = tmp_path / "broken.txt"
        bad.write_text("CVDec 23, 2024\nA TitleAnna Lee\n")
        message, table, _ = client.predict([handle_file(str(bad))], api_name="/add_papers")
        assert "Not added" in message and "broken.txt, line 3: missing the abstract" in message
        assert len(table["data"]) == 3 and not list((tmp_path / "uploads").glob("*.txt"))
        good = tmp_path / "new-page.txt"
        good.write_text(
            "ASJan 5, 2024\nQuiet Speech Models for Whispered VoicesAnna Lee, Bo Kim et al.\n"
            "We study whispered speech recognition with a new corpus of 120 hours.\n"
        )
        message, table, _facts = client.predict([handle_file(str(good))], api_name="/add_papers")
        assert message.startswith("Added new-page.txt: 1 new paper") and len(table["data"]) == 4
        assert any(row[0] == "Quiet Speech Models for Whispered Voices" for row in table["data"])
        assert (tmp_path / "uploads" / "new-page.txt").exists()
        _chat, sources, _ = ask(client, "Which paper studies whispered speech recognition?")
        assert "Quiet Speech Models" in sources
    finally:
        app.close()


def test_an_unreachable_endpoint_shows_a_notice_not_a_stack_trace(full_settings):
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
        chat, sources, badge = ask(Client(f"http://127.0.0.1:{settings.port}/", verbose=False), "What is MuCo?")
        assert "cannot reach the endpoint" in badge and "engine: extractive" in badge
        assert "Traceback" not in badge + text_of(chat[-1]) and "[1]" in text_of(chat[-1]) and "MuCo" in sources
    finally:
        app.close()


def test_a_question_that_needs_no_model_is_not_queued_behind_stalled_model_answers(full_settings, fake_openai):
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
                pool.submit(ask, Client(url, verbose=False), "How much GPU memory does the CAD adapter use?")
                for _ in range(4)
            ]
            deadline = time.monotonic() + 10
            while len(fake_openai.requests) < 4 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(fake_openai.requests) == 4  # four users are now waiting on a stalled model
            start = time.monotonic()
            chat, _, _ = ask(Client(url, verbose=False), "Who wrote STAN?")
            waited = time.monotonic() - start
            assert "Yong Man Ro" in text_of(chat[-1]) and waited < 3, f"waited {waited:.1f} s"
            for job in slow:
                _, _, badge = job.result(timeout=60)
                assert "took longer than 10 s" in badge
    finally:
        app.close()
