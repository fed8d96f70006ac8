import json

import pytest

from assistant.corpus import CorpusError
from assistant.evaluation import evaluate, fact_found, load_questions, write_report


def test_fact_matching_is_normalised():
    assert fact_found("290K", "GRASP has 290,000 question-answer pairs")
    assert fact_found("99.7%", "it reaches 99.7 % accuracy") is False or fact_found("99.7%", "reaches 99.7%.")
    assert fact_found("Se Jin Park", "by se jin park.")
    assert not fact_found("3D-HDTF", "a 3D dataset")


def test_eval_on_a_tiny_question_file(full_settings, tmp_path):
    qfile = tmp_path / "q.jsonl"
    rows = [
        {
            "id": "a",
            "question": "Which paper proposes MuCo?",
            "type": "single",
            "gold_paper_ids": ["muco"],
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
    report = evaluate(load_questions(qfile), full_settings)
    overall = report["overall"]
    assert overall["project recall@5"] == 1.0 and overall["refusal on unanswerable"] == 1.0
    assert overall["false refusal"] == 0.0 and overall["citation validity"] == 1.0
    assert set(report["by_type"]) == {"single", "unanswerable"}
    assert overall["bm25 recall@5"] is not None and overall["dense recall@5"] is not None
    files = write_report(report, tmp_path / "out")
    assert all(f.exists() and f.stat().st_size > 0 for f in files)
    assert (tmp_path / "out" / "chart.png").read_bytes()[:4] == b"\x89PNG"


def test_bad_question_line_names_file_and_line(tmp_path):
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"id": "a", "question": "x"}\n{not json\n')
    with pytest.raises(CorpusError, match=r"q\.jsonl:2"):
        load_questions(qfile)
