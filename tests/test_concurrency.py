"""Many users at once: answers are complete, correct and never mixed between callers."""

import concurrent.futures

import pytest

from assistant.answering import answer

QUESTIONS = {
    "Who wrote STAN?": "stan",
    "Who wrote DF-3DFace?": "df-3dface",
    "What is GRASP?": "grasp",
    "What is MemoryTalker?": "memorytalker",
    "What is Talk3D?": "talk3d",
    "What is MuCo?": "muco",
    "What does Thunder-Tok do?": "thunder-tok",
    "What is UniverSR?": "universr",
    "What is IM-LUT?": "im-lut",
    "What is KD-EKF?": "kd-ekf",
}


def test_twenty_threads_calling_answer_get_their_own_answers(full_settings):
    jobs = list(QUESTIONS.items()) * 2

    def run(item):
        question, paper_id = item
        return paper_id, answer(question, settings=full_settings)

    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(pool.map(run, jobs))
    assert len(results) == 20
    for paper_id, a in results:
        assert [c.paper_id for c in a.citations] == [paper_id], (paper_id, a.text[:120])
        assert not a.refused and a.text


@pytest.mark.slow  # twenty streamed model answers at once: a load test, run by `make test`
def test_twenty_threads_through_the_openai_path(full_settings, fake_openai, messages, settings_for):
    from tests.fake_openai import Reply

    fake_openai.script(*[Reply("This paper is the one asked about [1].", pause=0.01)] * 20)
    settings = settings_for(full_settings, fake_openai, llm_timeout=10.0)
    with concurrent.futures.ThreadPoolExecutor(20) as pool:
        results = list(
            pool.map(lambda item: (item[1], answer(item[0], settings=settings)), list(QUESTIONS.items()) * 2)
        )
    # Authorship questions are answered from the records without the model; every other one reached it once.
    assert len(fake_openai.requests) == 20 - 2 * sum(q.startswith("Who wrote") for q in QUESTIONS)
    for paper_id, a in results:
        assert [c.paper_id for c in a.citations] == [paper_id]
        assert "Fell back" not in messages(a), a.notices


def test_reading_ahead_leaves_the_first_question_no_sentence_to_read(full_settings):
    """`Assistant.warm` (run by the app at launch) works out each paper's question-free facts before any question:
    the questions answered after it find every sentence of their papers already read, in each analysis they use."""
    from assistant import planning
    from assistant.runtime import Assistant

    readings = (planning._question_free_facts, planning._premise_facts, planning._held_terms)
    for reading in readings:
        reading.cache_clear()
    assistant = Assistant(full_settings)
    assert assistant.warm() == assistant.index.count() == 61
    before = [r.cache_info() for r in readings]
    for question in (
        "Why does the CAD adapter for SAM need so much GPU memory?",  # (a premise checked against the abstract)
        "Which papers use the Segment Anything Model?",
        "What did the Talk3D authors train on?",
    ):
        assert not assistant.answer(question).refused, question
    after = [r.cache_info() for r in readings]
    for reading, was, now in zip(readings, before, after):
        assert now.hits > was.hits, reading.__name__  # (the questions read these facts …)
        assert now.misses == was.misses, reading.__name__  # (… and none had to be worked out)


def test_answers_beside_the_read_ahead_are_the_same(full_settings):
    """The launch's read-ahead runs in a thread while the first questions come in: it changes no answer."""
    from assistant import planning
    from assistant.runtime import Assistant

    expected = {q: Assistant(full_settings).answer(q) for q in QUESTIONS}
    for reading in (planning._question_free_facts, planning._premise_facts, planning._held_terms):
        reading.cache_clear()
    assistant = Assistant(full_settings)
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        warming = pool.submit(assistant.warm)
        answers = dict(zip(QUESTIONS, pool.map(assistant.answer, QUESTIONS)))
        assert warming.result() == 61
    for q, a in answers.items():
        assert (a.text, a.citations) == (expected[q].text, expected[q].citations), q


def test_the_read_ahead_waits_while_a_question_is_answered(full_settings):
    """The launch's read-ahead yields to questions: `quiet` (which it calls before each paper) waits while a question
    is being answered and wakes as soon as the answer's last event is read, or the stream is closed."""
    from assistant.runtime import Assistant

    assistant = Assistant(full_settings)
    assert assistant.quiet(longest=0)  # (nothing asked yet)
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        for finish in ("read", "close"):
            stream = assistant.stream_answer("What is MuCo?")
            next(stream)  # (the question is now being answered)
            waiting = pool.submit(assistant.quiet, 30.0)
            assert not assistant.quiet(longest=0.2)
            assert not waiting.done()
            if finish == "read":
                assert [e for e in stream if getattr(e, "answer", None)]  # (read to its last event)
            else:
                stream.close()
            assert waiting.result(timeout=5) is True
            assert assistant.quiet(longest=0)


def test_a_stream_left_open_does_not_stop_the_read_ahead(full_settings, monkeypatch):
    """`warm` pauses before each paper for the questions in flight, at most READ_AHEAD_PAUSE_S each: a stream nobody
    reads to its end delays the read-ahead but does not stop it."""
    from assistant import runtime

    monkeypatch.setattr(runtime, "READ_AHEAD_PAUSE_S", 0.02)
    assistant = runtime.Assistant(full_settings)
    pauses = []
    quiet = assistant.quiet
    monkeypatch.setattr(assistant, "quiet", lambda: pauses.append(quiet()))
    stream = assistant.stream_answer("What is MuCo?")
    next(stream)
    assert assistant.warm(limit=5) == 5
    assert pauses == [False] * 5  # (each paper waited for the open question, and went on)
    stream.close()
    assert assistant.warm(limit=5) == 5
    assert pauses[5:] == [True] * 5


def test_kept_reads_stay_whole_when_another_caller_starts_them_again(full_settings, monkeypatch):
    """Past KEPT_READS papers the kept sentence vectors start again; a caller that found a paper kept must still get
    it when another thread starts them again in between (many threads, a tiny limit, frequent thread switches)."""
    import random
    import sys

    from assistant import runtime

    monkeypatch.setattr(runtime, "KEPT_READS", 3)
    assistant = runtime.Assistant(full_settings)
    ids = [f"p{i}" for i in range(12)]

    def read(missing):
        return {i: i.upper() for i in missing}

    def work(seed):
        rng = random.Random(seed)
        for _ in range(3000):
            wanted = rng.sample(ids, 3)
            assert assistant._kept("test", wanted, read) == {i: i.upper() for i in wanted}

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            for f in [pool.submit(work, s) for s in range(8)]:
                f.result()
    finally:
        sys.setswitchinterval(interval)
