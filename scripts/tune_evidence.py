"""Choose the evidence-sentence weights on the TRAINING split; write assistant/data/evidence.json.

For every answerable training question with key facts, the gold papers' sentences are scored as planning scores them
(one row per part of the question) with each cue kept apart; a grid over the weights then picks the ones whose chosen
sentences (lead + budget, per part) contain the most key facts. The validation split is never read.

--extra adds question sets written for other researchers' pages (folders outside the checkout) as more training
corpora: the train split alone is nearly saturated and cannot tell some cues from none.

    .venv/bin/python scripts/tune_evidence.py [--extra DIR ...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import planning
from assistant.evaluation import EvalCorpus, corpus_settings, fact_found, load_corpora, prepare
from assistant.query import understand
from assistant.retrieval import embedding_text, search
from assistant.runtime import Assistant
from assistant.settings import Settings
from assistant.types import Intent

OUT = Path(__file__).resolve().parents[1] / "assistant" / "data" / "evidence.json"
# Every cue may be switched off (0): the data, not the designer, decides whether a cue earns its place.
GRID = {
    "words": (0.0, 0.8, 1.2, 1.6, 2.0),
    "slot": (0.0, 0.35, 0.7),
    "number": (0.0, 0.35, 0.7),
    "defines": (0.0, 0.3, 0.6, 0.9),
    "own_name": (0.0, 0.35, 0.7),
    "contribution": (0.0, 0.15, 0.3, 0.45),
    "reason": (0.0, 0.3, 0.6),
    "method": (0.0, 0.15, 0.3, 0.45),
}


def extra_corpora(folders) -> list[EvalCorpus]:
    """More training corpora from outside the checkout: folders of profile pages (*.txt) and a questions.jsonl, every
    question of which counts as training (they are not part of the eval's validation split)."""
    out = []
    for folder in map(Path, folders):
        pages = tuple(sorted(folder.glob("*.txt")))
        if not pages or not (folder / "questions.jsonl").is_file():
            raise SystemExit(f"{folder}: expected profile pages (*.txt) and questions.jsonl")
        out.append(EvalCorpus(name=f"extra:{folder.name}", pages=pages, questions=(folder / "questions.jsonl",)))
    return out


def cases(extra=()):
    """(cue table per view, budget, key facts) for every answerable training question with key facts."""
    out = []
    # (the train-only corpora are not used: the shipped weights were tuned on the three split corpora)
    for corpus in [*(c for c in load_corpora() if not c.train_only), *extra]:
        settings = corpus_settings(Settings(llm="extractive"), corpus)
        prepare(settings)
        a = Assistant.for_settings(settings)
        for q in corpus.load():
            training = q.split == "train" or corpus.name.startswith("extra:")
            if not training or not q.answerable or not q.key_facts or not q.gold:
                continue
            query = understand(q.question, a.index, list(q.history), today=dt.date(2026, 11, 24))
            if query.intent not in (Intent.CONTENT, Intent.COMPARISON):
                continue
            vector = a.embed(embedding_text(query, a.index))
            hits = [h for h in search(a, query, vector, k=10) if h.paper.id in q.gold]
            if not hits:
                continue
            views = planning._views(a, query, hits, vector)
            planning._score(a, query, views, vector)
            budget = planning._budget(query, len(q.gold) > 1)
            out.append(([planning.cue_table(v) for v in views], budget, q.key_facts, corpus.name))
    return out


def chosen_text(tables, weights, budget) -> str:
    text = []
    for sentences, cues in tables:
        rows = planning.combine(cues, {**planning.evidence_weights(), **weights})  # parts x sentences
        picked: list[int] = []
        for row in rows:
            for i in np.argsort(-row):
                if int(i) not in picked:
                    picked.append(int(i))
                    break
        overall = rows.max(axis=0)
        for i in np.argsort(-overall):
            if len(picked) >= max(budget, len(rows)):
                break
            if int(i) not in picked:
                picked.append(int(i))
        text += [sentences[i] for i in picked[: max(budget, 1)]]
    return " ".join(text)


def share(data, weights, corpus=None) -> float:
    part = [d for d in data if corpus is None or d[3] == corpus]
    found = sum(sum(fact_found(f, chosen_text(t, weights, b)) for f in facts) for t, b, facts, _ in part)
    return found / max(sum(len(facts) for _, _, facts, _ in part), 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--extra",
        nargs="*",
        default=[],
        help="folders of more training corpora (profile pages + questions.jsonl), e.g. question sets written for "
        "other researchers' pages; each counts as a corpus of its own in the worst-corpus criterion",
    )
    args = ap.parse_args()
    data = cases(extra_corpora(args.extra))
    corpora = sorted({d[3] for d in data})
    current = {k: getattr(planning, f"S_{k.upper()}") for k in GRID}

    def robust(weights) -> tuple[float, float]:
        # The worst corpus first (weights must hold for every researcher), then the mean.
        per = [share(data, weights, c) for c in corpora]
        return (min(per), sum(per) / len(per))

    best = (robust(current), current)
    for values in itertools.product(*GRID.values()):
        weights = dict(zip(GRID, values))
        score = robust(weights)
        if score > best[0]:
            best = (score, weights)
    result = {
        "about": "Evidence-sentence weights chosen by scripts/tune_evidence.py on the training split: the cue weights "
        "(cosine similarity weighs 1) whose chosen sentences hold the most key facts in the WORST corpus (then on "
        "average), so they hold across researchers; the hand-set constants win ties.",
        "fitted": dt.date.today().isoformat(),
        "extra_training_corpora": [Path(f).name for f in args.extra],
        "weights": best[1],
        "train": {
            "questions": len(data),
            "per_corpus_share": {c: round(share(data, best[1], c), 3) for c in corpora},
            "per_corpus_share_hand_set": {c: round(share(data, current, c), 3) for c in corpora},
        },
    }
    OUT.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
