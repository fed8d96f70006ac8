"""The real Gradio app, driven over HTTP with gradio_client."""

import concurrent.futures

import pytest
from gradio_client import Client

from assistant.ui import launch
from tests.conftest import free_port


@pytest.fixture(scope="module")
def app_url(full_settings):
    settings = full_settings.model_copy(update={"port": free_port()})
    app = launch(settings, block=False)
    yield f"http://127.0.0.1:{settings.port}/"
    app.close()


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


def test_ten_concurrent_users_get_their_own_answers(app_url):
    questions = {
        "Who wrote STAN?": "Yong Man Ro",
        "Who wrote DF-3DFace?": "Joanna Hong",
        "What is GRASP?": "GRASP",
        "What is MemoryTalker?": "MemoryTalker",
        "What is Talk3D?": "Talk3D",
    }
    jobs = list(questions.items()) * 2

    def run(item):
        question, expected = item
        chat, _, _ = ask(Client(app_url, verbose=False), question)
        return expected, text_of(chat[-1])

    with concurrent.futures.ThreadPoolExecutor(10) as pool:
        results = list(pool.map(run, jobs))
    assert len(results) == 10 and all(expected in answer for expected, answer in results)
