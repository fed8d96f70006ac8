#!/usr/bin/env python3
"""Probe how answers hold up in conversation and rephrasing, on any corpus folder (profile pages *.txt and a
questions.jsonl, the layout of ../shared/corpora/*), through the public `answer()` only.

Every question the folder's own set answers right as written is asked again in forms its author did not write:
- frames: remarks and lead-ins around it ('Silly question, maybe: …', '… Plain text, no tables.');
- switch: after an unrelated turn about another paper (it must not be taken for a follow-up);
- follow: everyday follow-ups after a single-paper answer ('Does it have code?') must stay on that paper;
- ordinal: after a list answer, 'the second one', 'paper #2', 'the last paper' must pick that paper;
- dates: each month of up to six papers asked in several forms must list exactly that month's papers.
A form counts as failed when it loses a key fact (frames, switch), leaves the paper (follow: an answer citing
another paper; a refusal that names the paper is fine), picks another paper (ordinal) or lists other papers (dates).
The forms here were written after the question stage was last changed and were not tuned on: they measure how far it
generalises. Prints one JSON line of counts; with --failures, each failure.

    .venv/bin/python scripts/probe_conversation.py ../shared/corpora/robotics [--failures] [--probes frames,dates]
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

FRAMES = [
    "Silly question, maybe: {q}",
    "{q} TL;DR version is fine.",
    "{q} We're drafting a grant proposal.",
    "Going only by what's written here, {ql}",
    "Follow-up - {q}",
    "{q} Plain text, no tables.",
    "If you can, {ql}",
    "Morning! {q} Much appreciated.",
]
FOLLOW_UPS = [
    "Who wrote it?", "When was that paper posted?", "Does it have code?", "Who are the authors of this work?",
    "Can you summarize it in one sentence?", "And what is the name of their method?", "Tell me more about it.",
]  # fmt: skip
ORDINALS = [
    ("What is paper #2 about?", 1), ("Who is the first author of the second one?", 1),
    ("Say more about the 2nd one.", 1), ("Could you expand on the last paper?", -1),
    ("When did number 1 come out?", 0), ("Does [2] release its code?", 1),
]  # fmt: skip
MONTH_FORMS = [
    "What appeared in {M}, {Y}?", "Papers from {Mo}. {Y}?", "Which came out {M} {Y}?", "What is new from {M} {Y}?",
    "Were any papers released in {Mo} {Y}?", "{Y}-{MM} papers?", "Give me the {M} {Y} papers.",
]  # fmt: skip
MONTH_AT_MOST = 6  # months with more papers than a list shows are left out
PROBES = ("frames", "switch", "follow", "ordinal", "dates")


def norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", s or "").lower()).strip()


def key_facts(q: dict, a) -> float:
    return sum(norm(f) in norm(a.text) for f in q["key_facts"]) / len(q["key_facts"])


def cited(a) -> list[str]:
    return list(dict.fromkeys(c.paper_id for c in sorted(a.citations, key=lambda c: c.n)))


def turn(question: str, a) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": a.text}]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--failures", action="store_true")
    ap.add_argument("--probes", default=",".join(PROBES), help=f"comma-separated, of {', '.join(PROBES)}")
    ap.add_argument("--capture-year", default="2026")
    args = ap.parse_args()
    probes = [p for p in args.probes.split(",") if p]
    corpus = args.corpus.resolve()
    store = Path(tempfile.mkdtemp(prefix="probe-"))
    (store / "uploads").mkdir()
    os.environ.update(
        {
            "ASSISTANT_DATA_PATHS": json.dumps([str(corpus)]),
            "ASSISTANT_STORE_PATH": str(store),
            "ASSISTANT_UPLOADS_DIR": str(store / "uploads"),
            "ASSISTANT_COLLECTION": "probed",
            "ASSISTANT_LLM": "extractive",
            "ASSISTANT_CAPTURE_YEAR": args.capture_year,
        }
    )
    subprocess.run([sys.executable, "-m", "assistant", "ingest", "--quiet"], check=True, capture_output=True)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import assistant
    from assistant.runtime import Assistant

    questions = [json.loads(x) for x in (corpus / "questions.jsonl").read_text().splitlines() if x.strip()]
    counts = {p: [0, 0] for p in probes}  # asked, failed
    failures: list[str] = []

    def check(probe: str, ok: bool, what: str) -> None:
        counts[probe][0] += 1
        if not ok:
            counts[probe][1] += 1
            failures.append(f"{probe}: {what}")

    standalone = [q for q in questions if not q.get("history")]
    answerable = [q for q in standalone if q.get("answerable", True) and q.get("key_facts")]
    right = {}
    for q in answerable:
        a = assistant.answer(q["question"])
        if key_facts(q, a) == 1:
            right[q["id"]] = a
    rng = random.Random(1)
    for q in answerable:
        if q["id"] not in right:
            continue
        text = q["question"]
        lowered = text if re.match(r"[A-Z]{2}|[A-Z][a-z]*[A-Z]", text) else text[0].lower() + text[1:]
        if "frames" in probes:
            for frame in FRAMES:
                asked = frame.format(q=text, ql=lowered)
                check("frames", key_facts(q, assistant.answer(asked)) == 1, asked)
        if "switch" in probes and q["type"] != "metadata":
            gold = set(q["gold_paper_ids"])
            others = [o for o in answerable if o["id"] in right and not set(o["gold_paper_ids"]) & gold]
            for other in rng.sample(others, min(2, len(others))):
                a = assistant.answer(text, history=turn(other["question"], right[other["id"]]))
                check("switch", key_facts(q, a) == 1, f"{text} (after {other['id']})")
        single = q["type"] in ("single", "numeric") and len(q["gold_paper_ids"]) == 1
        if "follow" in probes and single and q["gold_paper_ids"][0] in cited(right[q["id"]]):
            for follow_up in FOLLOW_UPS:
                a = assistant.answer(follow_up, history=turn(text, right[q["id"]]))
                # (a refusal that names the paper, where its abstract does not say, stays on it too)
                names_it = a.refused and not a.citations and " abstract of " in a.text
                stays = cited(a) == [q["gold_paper_ids"][0]] or names_it
                check("follow", stays, f"{follow_up} (after {q['id']}): {a.text[:80]!r}")
    if "ordinal" in probes:
        for q in standalone:
            if q["type"] not in ("multi", "metadata"):
                continue
            a = assistant.answer(q["question"])
            listed = cited(a)
            if a.refused or len(listed) < 2:
                continue
            for follow_up, place in ORDINALS:
                b = assistant.answer(follow_up, history=turn(q["question"], a))
                check("ordinal", cited(b) == [listed[place]], f"{follow_up} (after {q['id']}): {cited(b)}")
    if "dates" in probes:
        months: dict[tuple[int, int], set[str]] = {}
        for p in Assistant.for_settings(None).index.iter_papers():
            if p.date_has_year:
                months.setdefault((p.date.year, p.date.month), set()).add(p.id)
        for (year, month), ids in sorted(months.items()):
            if len(ids) > MONTH_AT_MOST:
                continue
            name = calendar.month_name[month]
            for form in MONTH_FORMS:
                asked = form.format(M=name, Mo=calendar.month_abbr[month], Y=year, MM=f"{month:02d}")
                got = set(cited(assistant.answer(asked)))
                check("dates", got == ids, f"{asked}: missing {sorted(ids - got)}, extra {sorted(got - ids)}")
    print(json.dumps({"corpus": corpus.name, **{p: {"asked": n, "failed": f} for p, (n, f) in counts.items()}}))
    if args.failures:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
