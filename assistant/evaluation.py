"""Question sets per corpus and split -> metrics, baselines, report.json / report.md / chart.png.

Corpora and their question files are listed in data/eval/corpora.json. Each question falls in the train or the
validation split by a hash of its id with a fixed seed (stable when questions are added), except in a corpus marked
train-only, whose questions are all train. Tune on train only; the report puts both side by side, per corpus, with
the gap between them.

Metric definitions follow the shared scorer (shared/tools/score_corpus.py): key facts are normalised substrings of
the answer, counted on answerable single/numeric/metadata/multi/conversational questions (adversarial ones are
reported apart); refusal is `Answer.refused` on unanswerable questions; false refusal is refusal on those answerable
types; citation precision is the share of cited papers that are gold (or related) papers.
"""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import CorpusError, jsonl_rows
from .settings import HOME, PROJECT_ROOT, Settings

SPLIT_SEED = "paper-assistant-2026"
VALIDATION_SHARE = 40  # percent of each corpus's questions held out
ANSWER_TYPES = ("single", "numeric", "metadata", "multi", "conversational")
MANIFEST = PROJECT_ROOT / "data" / "eval" / "corpora.json"
HEADLINE = ("recall@5", "mrr", "key facts", "refusal", "false refusal", "citation precision")


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    gold: tuple[str, ...]
    gold_titles: tuple[str, ...]
    related_titles: tuple[str, ...]
    key_facts: tuple[str, ...]
    answerable: bool
    history: tuple[dict, ...]
    corpus: str = ""
    split: str = ""


@dataclass(frozen=True)
class EvalCorpus:
    name: str
    pages: tuple[Path, ...]
    questions: tuple[Path, ...]
    rewrites: Path | None = None  # people's rewrites of its train questions (`assistant eval --phrasings`)
    # Every question is train: a corpus whose failures were read while tuning cannot measure what tuning missed.
    train_only: bool = False

    def load(self) -> list[Question]:
        """Its questions, each with its split."""
        return [q for path in self.questions for q in load_questions(path, self.name, train_only=self.train_only)]


def split_of(corpus: str, question_id: str) -> str:
    digest = hashlib.sha256(f"{SPLIT_SEED}:{corpus}:{question_id}".encode()).hexdigest()
    return "validation" if int(digest, 16) % 100 < VALIDATION_SHARE else "train"


def load_corpora(manifest: Path = MANIFEST, names: Sequence[str] | None = None) -> list[EvalCorpus]:
    if not manifest.is_file():
        raise CorpusError(
            manifest,
            0,
            "the evaluation corpora come with the source checkout (data/eval); pass --questions FILE to evaluate "
            "question files against the configured store",
        )
    data = json.loads(manifest.read_text(encoding="utf-8"))["corpora"]
    out = []
    for name, spec in data.items():
        if names and name not in names:
            continue
        out.append(
            EvalCorpus(
                name,
                tuple(PROJECT_ROOT / p for p in spec["pages"]),
                tuple(PROJECT_ROOT / q for q in spec["questions"]),
                PROJECT_ROOT / spec["rewrites"] if spec.get("rewrites") else None,
                bool(spec.get("train_only", False)),
            )
        )
    if names and len(out) != len(set(names)):
        raise CorpusError(manifest, 0, f"unknown corpus in {names}; known: {', '.join(data)}")
    return out


def load_questions(path: Path, corpus: str = "", *, train_only: bool = False) -> list[Question]:
    """Read a JSONL question file; a bad line is reported with file and line. Each question of a corpus falls in
    the split its id hashes to, or in train when the whole corpus is `train_only`."""
    out = []
    for lineno, row in jsonl_rows(path, "question line"):
        try:
            qid = str(row["id"])
            out.append(
                Question(
                    qid,
                    str(row["question"]),
                    str(row.get("type", "other")),
                    tuple(row.get("gold_paper_ids", [])),
                    tuple(row.get("gold_titles", [])),
                    tuple(row.get("related_titles", [])),
                    tuple(row.get("key_facts", [])),
                    bool(row.get("answerable", True)),
                    tuple(row.get("history", [])),
                    corpus,
                    ("train" if train_only else split_of(corpus, qid)) if corpus else "",
                )
            )
        except (KeyError, TypeError, AttributeError) as exc:
            raise CorpusError(path, lineno, f"bad question line: {exc}") from exc
    return out


def norm(text: str) -> str:
    """The shared scorer's normalisation: NFKC, lower case, runs of non-alphanumerics as one space."""
    return re.sub(r"[^a-z0-9]+", " ", unicodedata.normalize("NFKC", text or "").lower()).strip()


def fact_found(fact: str, text: str) -> bool:
    return norm(fact) in norm(text)


def _ranks(ids: list[str], gold: Sequence[str]) -> dict[str, float]:
    g = set(gold)
    first = next((i for i, pid in enumerate(ids, start=1) if pid in g), None)
    return {
        "recall@1": float(bool(g & set(ids[:1]))),
        "recall@5": len(g & set(ids[:5])) / min(len(g), 5),
        "mrr": 1 / first if first and first <= 10 else 0.0,
    }


# ---------------------------------------------------------------------------------------------------------- running


def corpus_settings(base: Settings, corpus: EvalCorpus) -> Settings:
    """A store of its own for each corpus, kept between runs (ingest skips what is unchanged)."""
    store = HOME / "reports" / ".eval-stores" / corpus.name
    return base.model_copy(
        update={
            "data_paths": list(corpus.pages),
            "store_path": store,
            "collection": "eval",
            "index_path": None,
            "chroma_url": None,
            "uploads_dir": store / "no-uploads",
            "capture_year": base.capture_year or 2026,
        }
    )


def prepare(settings: Settings) -> None:
    from . import pages, store

    corpus, owners = pages.load(settings)
    if not store.is_current(corpus.papers, settings, owners):
        store.sync(corpus.papers, settings, owners=owners, prune=True)


def evaluate_questions(
    questions: Sequence[Question], settings: Settings, *, progress: Callable[[int, int], None] | None = None
) -> list[dict]:
    from .retrieval import baseline
    from .runtime import Assistant

    assistant = Assistant.for_settings(settings)
    assistant.answer("What is this collection about?")  # load the models and caches before timing
    rows = []
    for i, q in enumerate(questions, start=1):
        row: dict = {
            "id": q.id,
            "corpus": q.corpus,
            "split": q.split,
            "type": q.type,
            "answerable": q.answerable,
            "question": q.question,
        }
        if q.answerable and q.gold:
            hits = assistant.retrieve(q.question, k=max(settings.k, 5), history=list(q.history))
            row["project"] = _ranks([h.paper.id for h in hits], q.gold)
            for mode in ("bm25", "dense"):
                row[mode] = _ranks(baseline(assistant, q.question, mode=mode, k=10), q.gold)
        start = time.perf_counter()
        a = assistant.answer(q.question, list(q.history))
        row["latency"] = time.perf_counter() - start
        markers = [int(n) for n in re.findall(r"\[(\d+)\]", a.text)]
        cited = {c.n for c in a.citations}
        good = {norm(t) for t in (*q.gold_titles, *q.related_titles)} | set(q.gold)
        row.update(
            engine=a.engine,
            refused=a.refused,
            notices=[n.kind.value for n in a.notices],
            intent=a.intent.value,
            answerability=a.answerability,
            answer=a.text,
            cited=[c.paper_id for c in a.citations],
            citation_validity=(sum(n in cited for n in markers) / len(markers)) if markers else None,
        )
        if a.citations:
            row["citation_precision"] = sum((c.paper_id in good or norm(c.title) in good) for c in a.citations) / len(
                a.citations
            )
        if q.key_facts:
            found = [f for f in q.key_facts if fact_found(f, a.text)]
            row["key_facts"] = len(found) / len(q.key_facts)
            row["missing"] = [f for f in q.key_facts if f not in found]
        rows.append(row)
        if progress:
            progress(i, len(questions))
    return rows


def success(q: Question, a) -> float:
    """One question's score: its key facts found (0 when refused) if answerable, else whether it was refused."""
    if not q.answerable:
        return float(a.refused)
    if a.refused:
        return 0.0
    if not q.key_facts:
        return 1.0
    return sum(fact_found(f, a.text) for f in q.key_facts) / len(q.key_facts)


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 3) if values else None


def summarize(rows: list[dict]) -> dict:
    out: dict = {"n": len(rows)}
    for system, label in (("project", ""), ("bm25", "bm25 "), ("dense", "dense ")):
        ranked = [r[system] for r in rows if system in r]
        for metric in ("recall@1", "recall@5", "mrr"):
            out[f"{label}{metric}"] = _mean([r[metric] for r in ranked])
    scored = [r for r in rows if r["answerable"] and r["type"] in ANSWER_TYPES]
    out["key facts"] = _mean([r["key_facts"] for r in scored if "key_facts" in r])
    out["refusal"] = _mean([float(r["refused"]) for r in rows if not r["answerable"] and r["type"] == "unanswerable"])
    out["false refusal"] = _mean([float(r["refused"]) for r in scored])
    out["citation validity"] = _mean([r["citation_validity"] for r in rows if r["citation_validity"] is not None])
    out["citation precision"] = _mean([r["citation_precision"] for r in rows if "citation_precision" in r])
    adversarial = [r for r in rows if r["type"] == "adversarial" and r["answerable"]]
    out["adversarial key facts"] = _mean([r["key_facts"] for r in adversarial if "key_facts" in r])
    lat = sorted(r["latency"] for r in rows)
    if lat:
        out["latency p50 s"] = round(lat[len(lat) // 2], 3)
        out["latency p95 s"] = round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 3)
    kinds = Counter(k for r in rows for k in set(r["notices"]))
    kinds["refused before any model"] = sum(r["engine"] == "guardrail" for r in rows)
    out["notices"] = dict(sorted(kinds.items()))
    return out


def report(rows: list[dict], settings: Settings) -> dict:
    corpora = sorted({r["corpus"] for r in rows})
    table: dict[str, dict] = {}
    for c in [*corpora, "all"]:
        for split in ("train", "validation", "all"):
            part = [r for r in rows if (c == "all" or r["corpus"] == c) and (split == "all" or r["split"] == split)]
            if part:
                table[f"{c}/{split}"] = summarize(part)
    gaps = {}
    # Over all corpora, train and validation are compared on the corpora that have both: a train-only corpus in
    # the train side would make the gap a difference between researchers, not between seen and unseen questions.
    paired = [c for c in corpora if f"{c}/train" in table and f"{c}/validation" in table]
    for c in [*corpora, "all"]:
        tr, va = table.get(f"{c}/train"), table.get(f"{c}/validation")
        if c == "all" and tr and va and len(paired) < len(corpora):
            tr = summarize([r for r in rows if r["corpus"] in paired and r["split"] == "train"])
        if tr and va:
            gaps[c] = {m: round(tr[m] - va[m], 3) for m in HEADLINE if tr.get(m) is not None and va.get(m) is not None}
    by_type = {t: summarize([r for r in rows if r["type"] == t]) for t in sorted({r["type"] for r in rows})}
    return {
        "settings": {"engine": settings.engine_name, "k": settings.k, "chunk_tokens": settings.chunk_tokens},
        "split": {"seed": SPLIT_SEED, "validation_share": VALIDATION_SHARE},
        "table": table,
        "gap": gaps,
        "by_type": by_type,
        "questions": rows,
    }


def run(
    settings: Settings,
    *,
    questions: Sequence[Path] | None = None,
    corpora: Sequence[str] | None = None,
    split: str = "all",
    out: Path = HOME / "reports" / "latest",
    phrasings: bool = False,
) -> int:
    """Evaluate; with `phrasings`, also ask every question again in the forms of data/eval/phrasings.json."""
    from tqdm import tqdm

    from . import phrasings as rephrase
    from .runtime import Assistant

    rows: list[dict] = []
    rephrased: list[dict] = []
    spec = rephrase.load() if phrasings else {}
    if questions:  # question files against the configured store (no corpus of their own)
        qs = [q for path in questions for q in load_questions(path, corpus=path.stem)]
        qs = [q for q in qs if split == "all" or q.split == split]
        with tqdm(total=len(qs), unit="q", file=sys.stderr) as bar:
            rows = evaluate_questions(qs, settings, progress=lambda d, t: bar.update(d - bar.n))
        if phrasings:  # (question files have no written rewrites: only the corpora list theirs)
            rephrased = rephrase.evaluate(qs, Assistant.for_settings(settings).answer, success, spec)
    else:
        for corpus in load_corpora(names=corpora):
            s = corpus_settings(settings, corpus)
            prepare(s)
            qs = corpus.load()
            qs = [q for q in qs if split == "all" or q.split == split]
            with tqdm(total=len(qs), unit="q", desc=corpus.name, file=sys.stderr) as bar:
                rows += evaluate_questions(qs, s, progress=lambda d, t, bar=bar: bar.update(d - bar.n))
            if phrasings:
                written = rephrase.load_written(corpus.rewrites, qs) if corpus.rewrites else {}
                rephrased += rephrase.evaluate(qs, Assistant.for_settings(s).answer, success, spec, written)
    result = report(rows, settings)
    if phrasings:
        result["phrasings"] = rephrase.summarize(rephrased)
        result["rephrased_questions"] = rephrased
    files = write_report(result, out)
    print(markdown(result))
    print("wrote " + ", ".join(map(str, files)))
    return 0


# ---------------------------------------------------------------------------------------------------------- output


def write_report(result: dict, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    (out / "report.md").write_text(markdown(result))
    _chart(result, out / "chart.png")
    return [out / "report.json", out / "report.md", out / "chart.png"]


def _fmt(v) -> str:
    return "–" if v is None else f"{v:g}"


def markdown(result: dict) -> str:
    table = result["table"]
    cols = list(table)
    lines = [
        f"# Evaluation ({result['settings']['engine']} engine)",
        "",
        "## Headline, per corpus and split",
        "",
        "| metric | " + " | ".join(f"{c} (n={table[c]['n']})" for c in cols) + " |",
        "|---|" + "---|" * len(cols),
    ]
    metrics = [m for m in next(iter(table.values())) if m not in ("n", "notices")]
    for m in metrics:
        lines.append(f"| {m} | " + " | ".join(_fmt(table[c].get(m)) for c in cols) + " |")
    if result["gap"]:
        lines += [
            "",
            "## Train − validation gap",
            "",
            "| corpus | " + " | ".join(HEADLINE) + " |",
            "|---|" + "---|" * len(HEADLINE),
        ]
        for c, g in result["gap"].items():
            name = "all (corpora with both splits)" if c == "all" else c
            lines.append(f"| {name} | " + " | ".join(_fmt(g.get(m)) for m in HEADLINE) + " |")
    by_type = result["by_type"]
    lines += [
        "",
        "## Per question type",
        "",
        "| metric | " + " | ".join(f"{t} (n={by_type[t]['n']})" for t in by_type) + " |",
        "|---|" + "---|" * len(by_type),
    ]
    for m in ("recall@5", "key facts", "refusal", "false refusal", "citation precision"):
        lines.append(f"| {m} | " + " | ".join(_fmt(by_type[t].get(m)) for t in by_type) + " |")
    if result.get("phrasings"):
        lines += [
            "",
            "## The same questions rephrased (data/eval/phrasings.json)",
            "",
            "Score: key facts (0 when refused) on answerable questions, refusal on unanswerable ones.",
            "",
            "| phrasing | train: as written → rephrased | validation: as written → rephrased | n |",
            "|---|---|---|---|",
        ]
        for name, by_split in result["phrasings"].items():
            cells = [
                f"{by_split[s]['as written']:g} → {by_split[s]['rephrased']:g}" if s in by_split else "–"
                for s in ("train", "validation")
            ]
            lines.append(f"| {name} | {cells[0]} | {cells[1]} | {by_split['all']['n']} |")
    notices = table.get("all/all", {}).get("notices", {})
    if notices:
        lines += ["", "## Guardrails and notices (answers)", ""]
        lines += [f"- {k}: {v}" for k, v in notices.items()]
    return "\n".join(lines) + "\n"


def _chart(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    table = result["table"]
    groups = [c for c in table if not c.endswith("/all") and not c.startswith("all/")]
    metrics = ["recall@5", "key facts", "refusal", "citation precision"]
    fig, ax = plt.subplots(figsize=(12, 4.6))
    width = 0.8 / max(len(groups), 1)
    for j, g in enumerate(groups):
        vals = [table[g].get(m) or 0 for m in metrics]
        ax.bar([i + j * width for i in range(len(metrics))], vals, width, label=g)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(metrics))], metrics)
    ax.set_ylim(0, 1.05)
    ax.set_title(f"Per corpus and split ({result['settings']['engine']} engine)")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
