"""Rephrasings that must not change an answer, for the evaluation (`assistant eval --phrasings`).

Each question is asked again in the forms data/eval/phrasings.json lists: wrapped in small talk, restated as a
request ("I'm looking for the paper that …"), lower-cased without its question mark, with typos, and as people
rewrote it (the corpus's 'rewrites' file in data/eval/corpora.json, train questions only). A question stage
built for one phrasing shows here: the score of each form is reported beside the question as written, on the same
questions, per split.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from .settings import PROJECT_ROOT

PHRASINGS = PROJECT_ROOT / "data" / "eval" / "phrasings.json"
# "Which paper(s) / method … ?" questions, the ones a need form can restate.
_WHICH_RE = re.compile(r"(?i)^which (paper|papers|method|methods|work|study)\s+(.+?)\?$")
TYPO_MIN_LENGTH = 5  # shorter words are left as written


def load(path: Path = PHRASINGS) -> dict:
    from .corpus import CorpusError

    if not path.is_file():
        raise CorpusError(path, 0, "the rephrasings come with the source checkout (data/eval/phrasings.json)")
    return json.loads(path.read_text(encoding="utf-8"))


def _typo(word: str, rng: random.Random) -> str:
    """One slip of the kinds people make: a letter left out, two swapped, one doubled, one wrong."""
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice("dswi")
    if kind == "d":
        return word[:i] + word[i + 1 :]
    if kind == "s":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "w":
        return word[:i] + rng.choice("aeiou") + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def with_typos(question: str, n_words: int, rng: random.Random) -> str:
    words = question.split(" ")
    eligible = [i for i, w in enumerate(words) if len(w) >= TYPO_MIN_LENGTH and w.isalpha()]
    for i in rng.sample(eligible, min(len(eligible), n_words)):
        words[i] = _typo(words[i], rng)
    return " ".join(words)


def variants(question: str, spec: dict, rng: random.Random, written: dict | None = None) -> dict[str, str]:
    """Each rephrasing of this question that applies to it, by name; `written`: the question's line of the
    written rewrites file (spec['written']), if it has one."""
    q = question.strip()
    lq = q[:1].lower() + q[1:]
    out = {name: template.format(q=q, lq=lq) for name, template in spec.get("frames", {}).items()}
    if m := _WHICH_RE.match(q):
        noun, rest = m[1].lower(), m[2]
        out |= {name: template.format(noun=noun, rest=rest) for name, template in spec.get("needs", {}).items()}
    out["lower"] = q.lower().rstrip("?").rstrip()
    typos = spec.get("typos")
    if typos:
        out["typos"] = with_typos(q, int(typos["words"]), rng)
    for name, key in spec.get("written", {}).get("forms", {}).items():
        if (written or {}).get(key):
            out[name] = written[key]
    return out


def load_written(path: Path, questions: Sequence) -> dict[str, dict]:
    """People's rewrites (question id -> its line) of the given questions. A bad line, or one for a question that is
    not a train question without history, is an error naming file and line: a rewrite must never reach validation."""
    from .corpus import CorpusError, jsonl_rows

    allowed = {q.id for q in questions if q.split == "train" and not q.history}
    out: dict[str, dict] = {}
    for lineno, row in jsonl_rows(path, "rewrite line"):
        if "id" not in row:
            raise CorpusError(path, lineno, "bad rewrite line: no 'id'")
        qid = str(row["id"])
        if qid not in allowed:
            raise CorpusError(path, lineno, f"{qid} is not a train question without history: no rewrite for it")
        out[qid] = row
    return out


def evaluate(
    questions: Sequence,
    answer: Callable[[str], object],
    score: Callable[[object, object], float],
    spec: dict,
    written: dict[str, dict] | None = None,
) -> list[dict]:
    """Rows (question id, split, phrasing, score as written, score rephrased) for every question without history;
    `written`: the written rewrites by question id (`load_written`)."""
    rng = random.Random(int(spec.get("typos", {}).get("seed", 0)))
    rows = []
    for q in questions:
        if q.history:
            continue
        base = score(q, answer(q.question))
        for name, text in variants(q.question, spec, rng, (written or {}).get(q.id)).items():
            rows.append(
                {
                    "id": q.id,
                    "corpus": q.corpus,
                    "split": q.split,
                    "phrasing": name,
                    "question": text,
                    "as_written": base,
                    "rephrased": score(q, answer(text)),
                }
            )
    return rows


def summarize(rows: Sequence[dict]) -> dict[str, dict[str, dict]]:
    """phrasing -> split -> {n, as written, rephrased, change}."""
    out: dict[str, dict[str, dict]] = {}
    for name in dict.fromkeys(r["phrasing"] for r in rows):
        out[name] = {}
        for split in ("train", "validation", "all"):
            part = [r for r in rows if r["phrasing"] == name and (split == "all" or r["split"] == split)]
            if not part:
                continue
            written = sum(r["as_written"] for r in part) / len(part)
            rephrased = sum(r["rephrased"] for r in part) / len(part)
            out[name][split] = {
                "n": len(part),
                "as written": round(written, 3),
                "rephrased": round(rephrased, 3),
                "change": round(rephrased - written, 3),
            }
    return out
