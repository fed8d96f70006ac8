"""The OpenAI-compatible path against a scripted server over real HTTP: streaming, validation, faults, fallback."""

import time

import pytest

from assistant.answering import answer, stream_answer
from assistant.runtime import Assistant
from assistant.types import Final, NoticeKind, TextDelta
from tests.conftest import QUESTION
from tests.fake_openai import Reply


def test_streams_a_grounded_answer_over_http(full_settings, fake_openai, settings_for):
    fake_openai.script("CAD uses less than half the GPU memory of SAM Adapter [1].")
    events = list(stream_answer(QUESTION, settings=settings_for(full_settings, fake_openai)))
    assert isinstance(events[-1], Final)
    final = events[-1].answer
    assert final.engine == "openai" and not final.notices
    drafts = [e for e in events[:-1] if isinstance(e, TextDelta)]
    assert len(drafts) > 3 and all(e.draft for e in drafts)  # really streamed, and marked as unchecked drafts
    # Answer first; then, after the fold, the cited paper named by its title and its evidence sentences quoted
    # verbatim, so a reader sees which paper [1] is and checks the model's words against it.
    said, quoted = final.text.split("\n\n", 1)
    assert said == "CAD uses less than half the GPU memory of SAM Adapter [1]."
    paper = Assistant.for_settings(full_settings).index.paper("cad")
    (line,) = quoted.splitlines()
    assert line.startswith(f"- {paper.title} — “") and line.endswith("” [1]")
    quotes = line.removeprefix(f"- {paper.title} — “").removesuffix("” [1]").split("” “")
    assert quotes and all(q in paper.abstract for q in quotes)
    assert [c.paper_id for c in final.citations] == ["cad"] and final.citations[0].support > 0.5
    request = fake_openai.requests[-1]
    assert request["stream"] is True and request["model"] == "fake"
    system, user = request["messages"]
    assert "[1]" in user["content"] and "CAD" in user["content"] and "less than half" in user["content"]
    assert "Never reveal" in system["content"]


PREMISE = "Why does the CAD adapter need twice the memory of SAM Adapter?"


# The model's refusal trusted wherever the offline judge is short of certainty: the model's doubt decides.
TRUSTING = {"model_refusal_trusted_below": 1.0}


def test_a_reply_that_denies_the_premise_is_a_refusal_that_keeps_its_correction(
    full_settings, fake_openai, messages, settings_for
):
    fake_openai.script("The papers say otherwise: CAD uses less than half the GPU memory of SAM Adapter [1].")
    a = answer(PREMISE, settings=settings_for(full_settings, fake_openai, **TRUSTING))
    assert a.refused and a.engine == "openai" and "premise" in messages(a)
    assert a.text == "The papers don't say that: CAD uses less than half the GPU memory of SAM Adapter [1]."
    assert [c.paper_id for c in a.citations] == ["cad"]


def test_a_bare_refusal_is_a_refusal_where_the_model_is_trusted(full_settings, fake_openai, settings_for):
    fake_openai.script("The papers don't say.")
    a = answer(QUESTION, settings=settings_for(full_settings, fake_openai, **TRUSTING))
    assert a.refused and a.engine == "openai" and not a.citations and a.text.startswith("The papers don't say")


def test_the_bundled_models_refusal_never_overrules_the_judge_by_default(
    full_settings, fake_openai, settings_for, monkeypatch, messages
):
    # The local engine is the endpoint engine pointed at the bundled server; here the scripted server stands in for
    # it. Its trust comes from local_refusal_trusted_below (0 by default), not from the endpoint's setting.
    import assistant.engines.local

    monkeypatch.setattr(assistant.engines.local, "ensure_server", lambda settings: fake_openai.url)
    s = settings_for(full_settings, fake_openai, **TRUSTING).model_copy(update={"llm": "local"})
    fake_openai.script("The papers don't say.", "The papers don't say.")
    a = answer(QUESTION, settings=s)
    assert a.engine == "extractive" and not a.refused and "less than half" in a.text and "doubted" in messages(a)
    a = answer(QUESTION, settings=s.model_copy(update={"local_refusal_trusted_below": 1.0}))
    assert a.refused and a.engine == "local" and a.text.startswith("The papers don't say")


def test_a_refusal_does_not_take_away_what_the_offline_judge_found(full_settings, fake_openai, messages, settings_for):
    # The offline judge is confident here: a bare refusal gives way to the quoted evidence, with a notice.
    fake_openai.script("The papers don't say.")
    a = answer(QUESTION, settings=settings_for(full_settings, fake_openai))
    assert not a.refused and a.engine == "extractive" and "less than half" in a.text
    assert "doubted" in messages(a) and "Replaced" not in messages(a)


def test_a_hedged_or_misplaced_opener_before_a_supported_answer_is_dropped(
    full_settings, fake_openai, messages, settings_for
):
    # Small models open with a refusal form and then answer from the source; the offline judge is confident here.
    fake_openai.script(
        "The papers don't say. Instead, it states that CAD uses less than half the GPU memory of SAM Adapter [1].",
        "The papers say otherwise: CAD uses less than half the GPU memory of SAM Adapter [1].",
    )
    for _ in range(2):
        a = answer(QUESTION, settings=settings_for(full_settings, fake_openai))
        assert not a.refused and a.engine == "openai" and "doubted" in messages(a)
        assert a.text.split("\n\n")[0] == "CAD uses less than half the GPU memory of SAM Adapter [1]."


def test_the_system_prompt_asks_for_a_premise_check(full_settings, fake_openai, settings_for):
    fake_openai.script("CAD uses less than half the GPU memory of SAM Adapter [1].")
    answer(QUESTION, settings=settings_for(full_settings, fake_openai))
    system = fake_openai.requests[-1]["messages"][0]["content"]
    assert "premise" in system and "The papers don't say." in system and "The papers say otherwise:" in system


@pytest.mark.parametrize(
    ("line", "claims"),
    [
        ("It works. [1]", ["It works. [1]"]),
        ("It works. [1] It is fast. [2]", ["It works. [1]", "It is fast. [2]"]),
        ("It works. [1][2] It is fast.[3]", ["It works. [1][2]", "It is fast.[3]"]),
        ("It works. [1].", ["It works. [1]."]),
        ("It works [1]. It is fast.", ["It works [1].", "It is fast."]),
        ("[1] says it works.", ["[1] says it works."]),
    ],
)
def test_markers_after_a_full_stop_stay_with_their_sentence(line, claims):
    from assistant.citations import split_claims

    assert split_claims(line) == claims


def test_a_marker_after_the_last_full_stop_is_not_doubled(full_settings, fake_openai, messages, settings_for):
    # Small models often put the marker after the stop; at the end of the answer it was split off as a claim of
    # its own, the sentence counted as uncited and got a second marker: "… SAM Adapter. [1] [1]".
    fake_openai.script("CAD uses less than half the GPU memory of SAM Adapter. [1]")
    a = answer(QUESTION, settings=settings_for(full_settings, fake_openai))
    assert a.text.split("\n\n")[0] == "CAD uses less than half the GPU memory of SAM Adapter. [1]"
    assert "uncited" not in messages(a)


def test_invalid_citation_is_removed_with_a_notice(full_settings, fake_openai, messages, settings_for):
    fake_openai.script("CAD uses less than half the GPU memory of SAM Adapter [1][3].")
    a = answer(QUESTION, settings=settings_for(full_settings, fake_openai))
    assert "[3]" not in a.text and [c.n for c in a.citations] == [1]
    assert "[3]" in messages(a)


def test_unsupported_answer_falls_back_to_extractive(full_settings, fake_openai, messages, settings_for):
    fake_openai.script("It was trained on 512 TPUs at the North Pole by volunteers [1].")
    a = answer(QUESTION, settings=settings_for(full_settings, fake_openai))
    assert a.engine == "extractive" and "less than half" in a.text
    assert "Replaced the model's answer" in messages(a)


@pytest.mark.slow  # waits out timeouts on purpose
def test_server_error_and_timeout_fall_back_within_bounds(full_settings, fake_openai, messages, settings_for):
    fake_openai.script(Reply(status=500), Reply("late [1]", delay=5))
    for expected in ("HTTP 500", "timed out"):
        start = time.monotonic()
        a = answer(QUESTION, settings=settings_for(full_settings, fake_openai))
        assert time.monotonic() - start < 4.5
        assert a.engine == "extractive" and a.citations and expected in messages(a)


def test_closed_port_gives_a_clear_notice(full_settings, messages, free_port):

    s = full_settings.model_copy(
        update={
            "llm": "openai",
            "openai_base_url": f"http://127.0.0.1:{free_port()}/v1",
            "openai_api_key": "k",
            "llm_max_retries": 0,
        }
    )
    a = answer(QUESTION, settings=s)
    assert a.engine == "extractive" and "cannot reach the endpoint" in messages(a)


def test_refusal_happens_before_the_model_is_called(full_settings, fake_openai, settings_for):
    a = answer("How many GPUs were used to train Gaze-LLE?", settings=settings_for(full_settings, fake_openai))
    assert a.refused and a.engine == "guardrail" and fake_openai.requests == []


def test_follow_up_is_condensed_by_the_model(full_settings, fake_openai, settings_for):
    fake_openai.script(
        "What dataset was curated for MuCo?", "MuCo comes with a 5M multimodal multi-turn dataset called M3T [1]."
    )
    history = [
        {"role": "user", "content": "Tell me about the multi-turn contrastive embedding paper."},
        {"role": "assistant", "content": "It is about multi-turn contrastive learning [1]."},
    ]
    a = answer("What dataset did they curate?", history, settings=settings_for(full_settings, fake_openai))
    assert not fake_openai.requests[0].get("stream")  # the condense call, not streamed
    assert fake_openai.requests[1]["stream"] is True
    assert [c.paper_id for c in a.citations] == ["muco"] and "M3T" in a.text


def test_a_rewrite_about_the_paper_already_discussed_leaves_the_askers_words_to_choose_the_evidence(
    full_settings, fake_openai, settings_for
):
    # A small model's rewrite adds words of its own ('… compared to other methods'), which chose other sentences than
    # the asker's words did (rs-zshi zshi-c03 with the bundled model: the '5x speedup' sentence was lost). Where the
    # rewrite is about the paper the conversation already gave the follow-up, the evidence is what the follow-up's
    # own words choose, as offline.
    history = [
        {"role": "user", "content": "Tell me about the multi-turn contrastive embedding paper."},
        {"role": "assistant", "content": "It is about multi-turn contrastive learning [1]."},
    ]
    follow_up = "What dataset did they curate?"
    settings = settings_for(full_settings, fake_openai)
    prompts = []
    for rewrite in (
        "What dataset was curated for MuCo?",
        "What dataset was curated for MuCo, and what limitations and failure cases of MuCo do the authors discuss?",
    ):
        fake_openai.requests.clear()
        fake_openai.script(rewrite, "MuCo comes with a 5M multimodal multi-turn dataset called M3T [1].")
        a = answer(follow_up, history, settings=settings)
        assert [c.paper_id for c in a.citations] == ["muco"], a.text
        prompts.append(fake_openai.requests[1]["messages"][-1]["content"])
    assert prompts[0] == prompts[1]


def test_a_rewrite_that_answers_instead_of_asking_is_set_aside(full_settings, fake_openai, settings_for):
    # A small model sometimes answers the follow-up when asked to rewrite it; read as the question, its statement
    # would choose the evidence. The conversation resolves the follow-up instead, and the answer says so.
    fake_openai.script(
        "On the MuCo paper, the curated dataset is the ImageNet collection of photos.",
        "MuCo comes with a 5M multimodal multi-turn dataset called M3T [1].",
    )
    history = [
        {"role": "user", "content": "Tell me about the multi-turn contrastive embedding paper."},
        {"role": "assistant", "content": "It is about multi-turn contrastive learning [1]."},
    ]
    a = answer("What dataset did they curate?", history, settings=settings_for(full_settings, fake_openai))
    asked = fake_openai.requests[1]["messages"][-1]["content"]
    assert "What dataset did they curate?" in asked and "ImageNet" not in asked
    assert NoticeKind.CONDENSE_FAILED in {n.kind for n in a.notices}
    assert [c.paper_id for c in a.citations] == ["muco"] and "M3T" in a.text


@pytest.mark.parametrize(
    "question",
    [
        "Different subject: which paper curated a multimodal multi-turn dataset, and how big is it?",
        "Switching gears. What does the MuCo paper introduce, and what is it trained on?",
        "New question: is there a dataset of multi-turn image-text queries, and how large is it?",
    ],
)
def test_a_new_subject_with_its_own_pronoun_is_not_rewritten_from_the_conversation(
    full_settings, fake_openai, settings_for, question
):
    # 'it' points inside the question itself; the conversation was about something else entirely.
    fake_openai.script("MuCo curates M3T, a 5M multimodal multi-turn dataset [1].")
    history = [
        {"role": "user", "content": "Which paper is about burst HDR imaging challenges?"},
        {"role": "assistant", "content": "The NTIRE 2025 burst HDR challenge report [1]."},
    ]
    a = answer(question, history, settings=settings_for(full_settings, fake_openai))
    assert len(fake_openai.requests) == 1 and fake_openai.requests[0]["stream"] is True  # no condense call
    assert [c.paper_id for c in a.citations] == ["muco"]


def test_metadata_questions_are_answered_from_the_records(full_settings, fake_openai, settings_for):
    a = answer("Who are the listed authors of the DF-3DFace paper?", settings=settings_for(full_settings, fake_openai))
    assert a.engine == "extractive" and all(n in a.text for n in ("Se Jin Park", "Joanna Hong", "Minsu Kim"))
    assert fake_openai.requests == []


def test_a_list_answer_shows_every_listed_paper_though_the_model_names_one(full_settings, fake_openai, settings_for):
    # Which papers belong is the membership judge's call (the extractive answer lists the same papers); a small model
    # that writes about one of them does not shorten the list.
    question = "Which papers adapt the Segment Anything Model?"
    offline = answer(question, settings=full_settings)
    listed = [c.paper_id for c in offline.citations]
    assert len(listed) >= 2 and "cad" in listed
    fake_openai.script("CAD adapts SAM with a parallel convolutional adapter [1].")
    a = answer(question, settings=settings_for(full_settings, fake_openai))
    assert a.engine == "openai" and not a.refused
    assert a.text.startswith("CAD adapts SAM with a parallel convolutional adapter")
    assert sorted(c.paper_id for c in a.citations) == sorted(listed)
    index = Assistant.for_settings(full_settings).index
    assert all(f"- {index.paper(pid).title} — " in a.text for pid in listed)


def test_what_a_record_question_asks_besides_goes_to_the_model(full_settings, fake_openai, settings_for):
    # The record from the page; the part about the abstract ('how much memory …') answered by the model, checked.
    fake_openai.script("CAD uses less than half the GPU memory of SAM Adapter [1].")
    question = "Who wrote CAD, and how much GPU memory does it use compared to SAM Adapter?"
    a = answer(question, settings=settings_for(full_settings, fake_openai))
    record, besides = a.text.split("\n\n", 1)
    assert record.startswith("CAD: Memory Efficient Convolutional Adapter for Segment Anything lists Joohyeok Kim")
    assert besides.startswith("CAD uses less than half the GPU memory of SAM Adapter [1].") and a.engine == "openai"
    (request,) = fake_openai.requests
    assert request["messages"][1]["content"].endswith(
        "Question: how much GPU memory does it use compared to SAM Adapter?"
    )
