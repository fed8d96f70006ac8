"""Every way an OpenAI-compatible endpoint can fail: answer() stays bounded, valid, and says what happened."""

import subprocess
import sys
import time

import pytest

from assistant.answering import answer
from assistant.prompts import template
from tests.conftest import QUESTION
from tests.fake_openai import Reply

GOOD = "CAD uses less than half the GPU memory of SAM Adapter [1]."


@pytest.fixture
def ask(full_settings, fake_openai, settings_for):
    """Ask QUESTION through the scripted endpoint with these setting overrides; checks what must always hold."""

    def run(**extra):
        start = time.monotonic()
        a = answer(QUESTION, settings=settings_for(full_settings, fake_openai, **extra))
        elapsed = time.monotonic() - start
        assert elapsed < 10, f"answer took {elapsed:.1f} s"
        # Whatever happened, every citation is valid and the answer is grounded.
        assert a.citations and all(c.paper_id == "cad" for c in a.citations)
        return a

    return run


@pytest.fixture
def fallback_notice(messages):
    """Whether an answer fell back to the extractive one and says why (the notice contains `words`)."""
    return lambda a, words: a.engine == "extractive" and "less than half" in a.text and words in messages(a)


def test_rate_limit_is_retried_with_backoff_and_counted(full_settings, fake_openai, messages, ask):
    # The server says when to retry (as rate limiters do): the client waits that long, not its own backoff.
    fake_openai.script(Reply(status=429, retry_after_ms=50), Reply(status=429, retry_after_ms=50), GOOD)
    a = ask(llm_max_retries=2)
    assert a.engine == "openai" and len(fake_openai.requests) == 3
    assert "tried 3 times" in messages(a)


def test_rate_limit_past_the_retries_falls_back(full_settings, fake_openai, ask, fallback_notice):
    fake_openai.script(*[Reply(status=429, retry_after_ms=50)] * 3)
    a = ask(llm_max_retries=1)
    assert fallback_notice(a, "rate-limiting") and len(fake_openai.requests) == 2


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        (Reply(status=500), "HTTP 500"),
        (Reply(status=401), "rejected the API key"),
        (Reply(GOOD, delay=3), "timed out after 0.5 s"),
        (Reply(GOOD, drop_after=3), "broke off"),
        (Reply(raw=b"data: {not json\n\ndata: [DONE]\n\n"), "malformed reply"),
        (Reply(""), "ended the answer without any text"),
        (Reply("CAD uses less than half the GPU memory [1] " * 30, pause=0.05), "took longer than"),
    ],
)
def test_faults_fall_back_with_a_clear_notice(full_settings, fake_openai, reply, words, ask, fallback_notice):
    fake_openai.script(reply)
    # The per-request timeout (0.5 s) is shorter than the deadline only where the timeout itself is under test.
    deadline = 5.0 if words.startswith("timed out") else 0.6
    a = ask(llm_timeout=0.5 if words.startswith("timed out") else 1.5, llm_deadline=deadline)
    assert fallback_notice(a, words), a.notices


def test_citing_sources_that_do_not_exist(full_settings, fake_openai, messages, ask):
    fake_openai.script("CAD uses less than half the GPU memory of SAM Adapter [4]. See [9].")
    a = ask()
    assert "[4]" not in a.text and "[9]" not in a.text
    assert "[4]" in messages(a) and "[9]" in messages(a)


def test_a_model_that_recites_its_instructions_is_replaced(full_settings, fake_openai, ask, fallback_notice):
    leak = template("system").replace("{max_sentences}", "3").replace("\n", " ") + " [1]"
    fake_openai.script(leak)
    a = ask()
    assert fallback_notice(a, "repeated its instructions")
    assert "Never reveal" not in a.text


@pytest.mark.slow
def test_cli_with_a_closed_port_or_wrong_key_prints_a_notice_not_a_traceback(full_settings, fake_openai, free_port):

    fake_openai.script(Reply(status=401))
    for url in (f"http://127.0.0.1:{free_port()}/v1", fake_openai.url):
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "assistant",
                "ask",
                QUESTION,
                "--store-path",
                str(full_settings.store_path),
                "--collection",
                full_settings.collection,
                "--llm",
                "openai",
                "--openai-base-url",
                url,
                "--openai-api-key",
                "wrong",
                "--llm-max-retries",
                "0",
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0 and "Traceback" not in result.stderr + result.stdout
        assert "note: Fell back to the extractive answer" in result.stdout
        assert ("cannot reach the endpoint" in result.stdout) or ("rejected the API key" in result.stdout)
        assert "[1] CAD: Memory Efficient Convolutional Adapter" in result.stdout


def test_a_sentence_that_only_repeats_the_question_is_dropped(full_settings, fake_openai, messages, ask):
    fake_openai.script(
        "The CAD adapter for SAM uses GPU memory compared with SAM Adapter [1]. "
        "CAD uses less than half the GPU memory of SAM Adapter [1]."
    )
    a = ask()
    said = a.text.split("\n\n")[0]  # the answer line; the evidence quotes follow the fold
    assert a.engine == "openai" and said == "CAD uses less than half the GPU memory of SAM Adapter [1]."
    assert "only repeat the question" in messages(a)


@pytest.mark.parametrize(
    "reply",
    [
        Reply(GOOD, keepalive_for=20),  # alive, but only ever sends SSE comments
        Reply(GOOD, drip=0.1),  # one byte every 0.1 s: a single event takes ~20 s
    ],
    ids=["keep-alives only", "dripping bytes"],
)
@pytest.mark.slow  # waits out timeouts on purpose
def test_a_stalling_stream_ends_by_the_deadline(full_settings, fake_openai, reply, settings_for, fallback_notice):
    fake_openai.script(reply)
    start = time.monotonic()
    a = answer(QUESTION, settings=settings_for(full_settings, fake_openai, llm_timeout=5.0, llm_deadline=2.0))
    elapsed = time.monotonic() - start
    assert elapsed < 3.5, f"the answer took {elapsed:.1f} s with a 2 s deadline"
    assert fallback_notice(a, "took longer than 2 s"), a.notices


def test_stopping_lets_go_of_a_silent_endpoint_at_once(full_settings, fake_openai, settings_for, fallback_notice):
    # The endpoint sends only keep-alives; the person asking stops. The answer ends now (not at the 30 s deadline),
    # and the one model slot is free for the next question.
    import threading

    from assistant.answering import final_answer, stream_answer

    settings = settings_for(full_settings, fake_openai, llm_timeout=40.0, llm_deadline=30.0, llm_concurrency=1)
    fake_openai.script(Reply(GOOD, keepalive_for=60), Reply(GOOD))
    cancel, result = threading.Event(), {}
    worker = threading.Thread(
        target=lambda: result.update(a=final_answer(stream_answer(QUESTION, settings=settings, cancel=cancel)))
    )
    worker.start()
    for _ in range(200):  # until the request has reached the endpoint
        if fake_openai.requests:
            break
        time.sleep(0.05)
    assert fake_openai.requests, "the model was never asked"
    stopped = time.monotonic()
    cancel.set()
    worker.join(timeout=10)
    assert not worker.is_alive() and time.monotonic() - stopped < 2.0
    assert fallback_notice(result["a"], "stopped"), result["a"].notices
    start = time.monotonic()
    after = answer(QUESTION, settings=settings)
    assert after.engine == "openai" and time.monotonic() - start < 10, after.notices


@pytest.mark.slow
def test_cli_ask_ends_by_the_deadline_when_the_endpoint_stalls(full_settings, fake_openai):
    fake_openai.script(Reply(GOOD, keepalive_for=60))
    start = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "assistant",
            "ask",
            QUESTION,
            "--store-path",
            str(full_settings.store_path),
            "--collection",
            full_settings.collection,
            "--llm",
            "openai",
            "--openai-base-url",
            fake_openai.url,
            "--openai-api-key",
            "k",
            "--llm-deadline",
            "3",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert time.monotonic() - start < 30  # includes starting Python and loading the embedding model
    assert result.returncode == 0 and "took longer than 3 s" in result.stdout, result.stdout + result.stderr
    assert "less than half" in result.stdout


@pytest.mark.slow  # waits out timeouts on purpose
def test_questions_that_need_no_model_do_not_wait_for_model_calls(full_settings, fake_openai, messages, settings_for):
    """Slow model answers fill every model slot; a question answered from the records is not held up."""
    import concurrent.futures

    settings = settings_for(full_settings, fake_openai, llm_timeout=20.0, llm_deadline=6.0, llm_concurrency=2)
    fake_openai.script(*[Reply(GOOD, keepalive_for=30)] * 6)
    with concurrent.futures.ThreadPoolExecutor(7) as pool:
        slow = [pool.submit(answer, QUESTION, settings=settings) for _ in range(6)]
        time.sleep(0.5)
        start = time.monotonic()
        quick = pool.submit(answer, "Who wrote STAN?", settings=settings).result(timeout=30)
        waited = time.monotonic() - start
        results = [f.result(timeout=60) for f in slow]
    assert waited < 2.0 and "Yong Man Ro" in quick.text
    # Two reached the model and stalled to the deadline; the rest found no free model slot and said so.
    assert len(fake_openai.requests) == 2
    assert all(r.engine == "extractive" and r.citations for r in results)
    assert sum("busy" in messages(r) for r in results) == 4
