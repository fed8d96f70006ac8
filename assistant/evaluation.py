"""The fixed question set -> retrieval and answer metrics, with BM25-only and dense-only baselines in the same run.

Writes report.json, report.md and chart.png into the output folder.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .answering import answer
from .corpus import CorpusError
from .retrieval import baseline_search, lexical_index, retrieve
from .settings import Settings
from .text import normalise

# How often each guardrail fired (counts of answers); None marks a refusal made before any model ran.
GUARDRAILS = {
    "refused before the model": None,
    "invalid [n] removed": "missing source",
    "uncited sentence cited": "to an uncited sentence",
    "restated question dropped": "only repeats the question",
    "model answer repaired": "Repaired the model's answer",
    "model answer replaced": "Replaced the model's answer",
    "endpoint failed, fell back": "Fell back to the extractive answer",
}


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    gold: tuple[str, ...]
    key_facts: tuple[str, ...]
    answerable: bool
    history: tuple[dict, ...]


def load_questions(path: Path) -> list[Question]:
    """Read a JSONL question file; a bad line is reported with file and line."""
    out = []
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            out.append(
                Question(
                    str(row["id"]),
                    str(row["question"]),
                    str(row.get("type", "other")),
                    tuple(row.get("gold_paper_ids", [])),
                    tuple(row.get("key_facts", [])),
                    bool(row.get("answerable", True)),
                    tuple(row.get("history", [])),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise CorpusError(path, lineno, f"bad question line: {exc}") from exc
    return out


def fact_found(fact: str, text: str) -> bool:
    return normalise(fact) in normalise(text)


def _ranks(ids: list[str], gold: tuple[str, ...]) -> dict[str, float]:
    g = set(gold)
    first = next((i for i, pid in enumerate(ids, start=1) if pid in g), None)
    return {
        "recall@1": float(bool(g & set(ids[:1]))),
        "recall@5": len(g & set(ids[:5])) / len(g),
        "mrr": 1 / first if first else 0.0,
    }


def evaluate(
    questions: list[Question], settings: Settings, *, progress: Callable[[int, int], None] | None = None
) -> dict:
    index = lexical_index(settings)
    answer("warm-up: what is MuCo?", settings=settings)  # load the model and caches before timing
    rows = []
    for i, q in enumerate(questions, start=1):
        row: dict = {"id": q.id, "type": q.type, "answerable": q.answerable}
        if q.gold:
            hits = retrieve(q.question, k=max(settings.k, 5), history=list(q.history), settings=settings)
            row["project"] = _ranks([h.paper.id for h in hits], q.gold)
            for mode in ("bm25", "dense"):
                row[mode] = _ranks(baseline_search(q.question, settings, index, mode=mode, k=5), q.gold)
        start = time.perf_counter()
        a = answer(q.question, list(q.history), settings=settings)
        row["latency"] = time.perf_counter() - start
        markers = [int(n) for n in re.findall(r"\[(\d+)\]", a.text)]
        cited = {c.n for c in a.citations}
        row.update(
            engine=a.engine,
            refused=a.refused,
            notices=list(a.notices),
            answer=a.text,
            cited=[c.paper_id for c in a.citations],
            citation_validity=(sum(n in cited for n in markers) / len(markers)) if markers else None,
        )
        if q.answerable and a.citations and q.gold:
            row["citation_precision"] = sum(c.paper_id in q.gold for c in a.citations) / len(a.citations)
        if q.key_facts:
            row["key_facts"] = sum(fact_found(f, a.text) for f in q.key_facts) / len(q.key_facts)
        rows.append(row)
        if progress:
            progress(i, len(questions))
    return {
        "settings": {"engine": settings.engine_name, "k": settings.k, "chunk_tokens": settings.chunk_tokens},
        "overall": _summary(rows),
        "by_type": {t: _summary([r for r in rows if r["type"] == t]) for t in sorted({r["type"] for r in rows})},
        "questions": rows,
    }


def _mean(values: list[float]) -> float | None:
    return round(statistics.fmean(values), 3) if values else None


def _summary(rows: list[dict]) -> dict:
    out: dict = {"n": len(rows)}
    for system in ("project", "bm25", "dense"):
        ranked = [r[system] for r in rows if system in r]
        for metric in ("recall@1", "recall@5", "mrr"):
            out[f"{system} {metric}"] = _mean([r[metric] for r in ranked])
    out["key-fact accuracy"] = _mean([r["key_facts"] for r in rows if "key_facts" in r])
    out["citation validity"] = _mean([r["citation_validity"] for r in rows if r["citation_validity"] is not None])
    out["citation precision"] = _mean([r["citation_precision"] for r in rows if "citation_precision" in r])
    unanswerable = [r for r in rows if not r["answerable"]]
    answerable = [r for r in rows if r["answerable"]]
    out["refusal on unanswerable"] = _mean([float(r["refused"]) for r in unanswerable])
    out["false refusal"] = _mean([float(r["refused"]) for r in answerable])
    for label, marker in GUARDRAILS.items():
        out[f"guardrail: {label}"] = sum(
            r["engine"] == "guardrail" if marker is None else any(marker in n for n in r["notices"]) for r in rows
        )
    lat = sorted(r["latency"] for r in rows)
    if lat:
        out["latency p50 s"] = round(lat[len(lat) // 2], 3)
        out["latency p95 s"] = round(lat[min(len(lat) - 1, int(0.95 * len(lat)))], 3)
    return out


def write_report(report: dict, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    (out / "report.md").write_text(markdown(report))
    _chart(report, out / "chart.png")
    return [out / "report.json", out / "report.md", out / "chart.png"]


def markdown(report: dict) -> str:
    metrics = [k for k in report["overall"] if k != "n"]
    cols = ["overall", *report["by_type"]]
    lines = [
        f"# Evaluation ({report['settings']['engine']} engine)",
        "",
        "| metric | "
        + " | ".join(f"{c} (n={(report['overall'] if c == 'overall' else report['by_type'][c])['n']})" for c in cols)
        + " |",
        "|---|" + "---|" * len(cols),
    ]
    for m in metrics:
        vals = [(report["overall"] if c == "overall" else report["by_type"][c]).get(m) for c in cols]
        lines.append(f"| {m} | " + " | ".join("–" if v is None else f"{v:g}" for v in vals) + " |")
    return "\n".join(lines) + "\n"


def _chart(report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    types = [t for t, s in report["by_type"].items() if s.get("project recall@5") is not None]
    fig, axes = plt.subplots(1, 2, figsize=(12, 4.2))
    width = 0.27
    for j, system in enumerate(("project", "bm25", "dense")):
        vals = [report["by_type"][t][f"{system} recall@5"] or 0 for t in types]
        axes[0].bar([i + (j - 1) * width for i in range(len(types))], vals, width, label=system)
    axes[0].set_xticks(range(len(types)), types, rotation=20)
    axes[0].set_ylim(0, 1.05)
    axes[0].set_title("Recall@5 by question type")
    axes[0].legend()
    answer_metrics = ["key-fact accuracy", "citation precision", "refusal on unanswerable", "false refusal"]
    vals = [report["overall"].get(m) or 0 for m in answer_metrics]
    axes[1].barh(answer_metrics, vals, color="#4a7")
    axes[1].set_xlim(0, 1.05)
    axes[1].set_title(f"Answers ({report['settings']['engine']})")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
