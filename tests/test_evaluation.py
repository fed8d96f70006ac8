"""The evaluation harness: question files, splits, metrics with the shared scorer's definitions, reports."""

import json

import pytest

from assistant.corpus import CorpusError
from assistant.evaluation import (
    evaluate_questions,
    fact_found,
    load_corpora,
    load_questions,
    report,
    split_of,
    write_report,
)


def test_fact_matching_follows_the_shared_scorer():
    assert fact_found("Se Jin Park", "by se jin park.")
    assert fact_found("99.7%", "it reaches 99.7 % accuracy")  # punctuation is ignored, as the scorer does
    assert not fact_found("3D-HDTF", "a 3D dataset")
    assert not fact_found("290K", "GRASP has 290,000 question-answer pairs")  # no unit arithmetic: same as scorer


def test_split_is_stable_and_seeded():
    ids = [f"q{i}" for i in range(400)]
    splits = [split_of("seed", i) for i in ids]
    assert splits == [split_of("seed", i) for i in ids]  # deterministic
    share = splits.count("validation") / len(splits)
    assert 0.3 < share < 0.5
    assert splits != [split_of("robotics", i) for i in ids]  # per corpus


def test_every_corpus_and_question_file_loads():
    corpora = load_corpora()
    assert {c.name for c in corpora} >= {"seed", "robotics", "3d-vision"}
    total = 0
    ids = set()
    for c in corpora:
        assert all(p.exists() for p in c.pages)
        questions = c.load()
        assert len({q.id for q in questions}) == len(questions)
        assert not ids & {q.id for q in questions}  # unique across corpora too
        ids |= {q.id for q in questions}
        assert {q.split for q in questions} == ({"train"} if c.train_only else {"train", "validation"})
        total += len(questions)
    assert total >= 200
    # the corpora a validation split is reported on
    assert {c.name for c in corpora if not c.train_only} == {
        "seed", "robotics", "3d-vision", "nlp-neubig", "med-maier", "rob-manocha", "sp-watanabe", "ir-czhang",
        "rs-zshi", "sec-twzhang"
    }  # fmt: skip


def test_the_overall_gap_compares_only_corpora_that_have_both_splits(full_settings):
    def row(corpus, split, facts):
        return {"corpus": corpus, "split": split, "answerable": True, "type": "single", "key_facts": facts,
                "refused": False, "citation_validity": None, "latency": 0.01, "notices": [], "engine": "x"}  # fmt: skip

    rows = [row("a", "train", 0.8), row("a", "validation", 0.6), row("b", "train", 1.0), row("b", "train", 1.0)]
    result = report(rows, full_settings)
    assert result["table"]["all/train"]["key facts"] == pytest.approx(0.933, abs=1e-3)  # b counts in train
    assert result["gap"]["all"]["key facts"] == pytest.approx(0.2)  # but not in the gap: 0.8 - 0.6
    assert result["gap"]["a"]["key facts"] == pytest.approx(0.2) and "b" not in result["gap"]


def test_a_train_only_corpus_puts_every_question_in_train(tmp_path):
    qfile = tmp_path / "q.jsonl"
    qfile.write_text("".join(json.dumps({"id": f"q{i}", "question": "Who?"}) + "\n" for i in range(40)))
    assert {q.split for q in load_questions(qfile, "c")} == {"train", "validation"}
    assert {q.split for q in load_questions(qfile, "c", train_only=True)} == {"train"}
    manifest = tmp_path / "corpora.json"
    spec = {"pages": [], "questions": [str(qfile)]}
    manifest.write_text(json.dumps({"corpora": {"a": spec, "b": {**spec, "train_only": True}}}))
    a, b = load_corpora(manifest)
    assert not a.train_only and b.train_only
    assert {q.split for q in b.load()} == {"train"} and len(b.load()) == 40


def test_eval_on_a_tiny_question_file(full_settings, tmp_path):
    qfile = tmp_path / "q.jsonl"
    rows = [
        {
            "id": "a",
            "question": "Which paper proposes MuCo, and what dataset does it bring?",
            "type": "single",
            "gold_paper_ids": ["muco"],
            "gold_titles": ["MuCo: Multi-turn Contrastive Learning for Multimodal Embedding Model"],
            "key_facts": ["M3T"],
            "answerable": True,
        },
        {
            "id": "b",
            "question": "At which conference was Gaze-LLE published?",
            "type": "unanswerable",
            "gold_paper_ids": [],
            "key_facts": [],
            "answerable": False,
        },
    ]
    qfile.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    result = report(evaluate_questions(load_questions(qfile, "tiny"), full_settings), full_settings)
    overall = result["table"]["all/all"]
    assert overall["recall@5"] == 1.0 and overall["refusal"] == 1.0
    assert overall["false refusal"] == 0.0 and overall["citation validity"] == 1.0
    assert overall["key facts"] == 1.0 and overall["citation precision"] == 1.0
    assert set(result["by_type"]) == {"single", "unanswerable"}
    assert overall["bm25 recall@5"] is not None and overall["dense recall@5"] is not None
    files = write_report(result, tmp_path / "out")
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    assert (tmp_path / "out" / "chart.png").read_bytes()[:4] == b"\x89PNG"
    md = (tmp_path / "out" / "report.md").read_text()
    assert md.index("Headline") < md.index("Per question type")


def test_bad_question_line_names_file_and_line(tmp_path):
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"id": "a", "question": "x"}\n{not json\n')
    with pytest.raises(CorpusError, match=r"q\.jsonl:2"):
        load_questions(qfile)


def test_rephrasings_are_the_forms_the_spec_lists_and_are_repeatable():
    import random

    from assistant import phrasings

    spec = phrasings.load()
    question = "Which papers estimate where a person is looking in a scene?"
    first = phrasings.variants(question, spec, random.Random(3))
    assert first == phrasings.variants(question, spec, random.Random(3))  # seeded
    assert set(first) == {*spec["frames"], *spec["needs"], "lower", "typos"}
    assert first["looking for"] == "I'm looking for the papers that estimate where a person is looking in a scene."
    assert first["lower"] == "which papers estimate where a person is looking in a scene"
    changed = [a != b for a, b in zip(first["typos"].split(), question.split())]
    assert sum(changed) == spec["typos"]["words"]
    # A question that is not 'Which paper(s) …?' gets no need forms.
    assert not set(spec["needs"]) & set(phrasings.variants("Who wrote MuCo?", spec, random.Random(3)))
    assert first["hey"] == "Hey, which papers estimate where a person is looking in a scene?"  # typed on
    # The written rewrites of a question join its forms, under the names the spec gives them.
    written = {"id": "s1", "p1": "Any papers on working out where people look?", "p3": "gaze target papers"}
    forms = phrasings.variants(question, spec, random.Random(3), written)
    assert forms["everyday words"] == written["p1"] and forms["search query"] == written["p3"]
    assert "restructured" not in forms  # (no p2 for it)


def test_written_rewrites_are_only_for_train_questions_and_a_bad_line_is_named(tmp_path):
    from assistant import phrasings
    from assistant.corpus import CorpusError
    from assistant.evaluation import Question

    def q(qid, split, history=()):
        return Question(qid, "Which paper proposes MuCo?", "single", (), (), (), (), True, history, "c", split)

    questions = [q("s1", "train"), q("s2", "train"), q("v1", "validation"), q("c1", "train", ({"role": "user"},))]
    path = tmp_path / "rewrites.jsonl"
    path.write_text('{"id": "s1", "p1": "a"}\n\n{"id": "s2", "p2": "b"}\n')
    assert set(phrasings.load_written(path, questions)) == {"s1", "s2"}
    for bad, why in [
        ('{"p1": "no id"}', "bad rewrite"),
        ('{"id": "v1", "p1": "x"}', "not a train question"),
        ('{"id": "c1", "p1": "x"}', "not a train question"),
        ('{"id": "zz", "p1": "x"}', "not a train"),
    ]:
        path.write_text('{"id": "s1", "p1": "a"}\n' + bad + "\n")
        with pytest.raises(CorpusError, match=rf"rewrites\.jsonl:2.*{why}"):
            phrasings.load_written(path, questions)


def test_every_corpus_lists_rewrites_of_train_questions_only():
    from assistant import phrasings
    from assistant.evaluation import load_corpora

    corpora = [c for c in load_corpora() if c.rewrites]
    assert {c.name for c in corpora} >= {"seed", "robotics", "3d-vision"}
    for corpus in corpora:
        questions = corpus.load()
        written = phrasings.load_written(corpus.rewrites, questions)  # raises on a validation question
        assert len(written) == sum(q.split == "train" and not q.history and q.type != "adversarial" for q in questions)


def test_the_rephrased_report_sets_each_form_beside_the_question_as_written(tmp_path):
    from assistant import phrasings
    from assistant.evaluation import Question, markdown

    def q(i, split):
        return Question(
            f"q{i}", "Which paper proposes MuCo?", "single", ("muco",), (), (), ("M3T",), True, (), "c", split
        )

    def answer(text):  # a stand-in that fails whenever the question is not asked as written
        return text

    def score(question, said):
        return 1.0 if said == question.question else 0.0

    spec = {"frames": {"thanks": "{q} Thanks!"}, "needs": {}}
    rows = phrasings.evaluate([q(1, "train"), q(2, "validation")], answer, score, spec)
    summary = phrasings.summarize(rows)
    assert summary["thanks"]["train"] == {"n": 1, "as written": 1.0, "rephrased": 0.0, "change": -1.0}
    assert summary["lower"]["all"]["n"] == 2
    result = {"settings": {"engine": "x"}, "table": {"all/all": {"n": 2}}, "gap": {}, "by_type": {}}
    md = markdown({**result, "phrasings": summary})
    assert "| thanks | 1 → 0 | 1 → 0 | 2 |" in md
