"""Benchmark: cold ingest of the shipped pages (chunks and sentences embedded), unchanged re-ingest, the staleness
check `make run` does, the launch warm-up the app runs in the background (`Assistant.warm`), and offline answer
latency over the shipped corpus's questions after it. Prints numbers (and writes them with --json); asserts nothing.

    python scripts/bench_ingest.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant import pages, store
from assistant.answering import OVERVIEW_EXAMPLE
from assistant.evaluation import load_corpora
from assistant.runtime import Assistant
from assistant.settings import Settings


def percentile(values: list[float], share: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="Also write the numbers here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(store_path=Path(tmp) / "store", uploads_dir=Path(tmp) / "uploads", llm="extractive")
        t0 = time.perf_counter()
        corpus, owners = pages.load(settings)
        parse_s = time.perf_counter() - t0
        cold = store.sync(corpus.papers, settings, owners=owners)
        cold_total = time.perf_counter() - t0
        t1 = time.perf_counter()
        current = store.is_current(corpus.papers, settings, owners)
        check_s = time.perf_counter() - t1
        warm = store.sync(corpus.papers, settings, owners=owners)
        seed = next(c for c in load_corpora() if c.name == "seed")
        questions = [q.question for q in seed.load()]
        assistant = Assistant.for_settings(settings)
        # What the app does at launch, in the background: load the question-side model and read the papers ahead.
        t2 = time.perf_counter()
        read_ahead = assistant.warm()
        warm_s = time.perf_counter() - t2
        assistant.answer("What is MuCo about?")  # warm-up: the first question loads the query-side caches
        latencies = []
        for q in questions:
            start = time.perf_counter()
            assistant.answer(q)
            latencies.append(time.perf_counter() - start)
        # An overview reads every paper: the first one works out each paper's phrases, later ones find them kept.
        overview = []
        for _ in range(3):
            start = time.perf_counter()
            assistant.answer(OVERVIEW_EXAMPLE)
            overview.append(time.perf_counter() - start)
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    row = {
        "papers": len(corpus.papers),
        "parse_ms": round(parse_s * 1000),
        "cold_ingest_s": round(cold_total, 2),
        "chunks_embedded": cold.embedded,
        "sentences_embedded": cold.sentences_embedded,
        "staleness_check_s": round(check_s, 3),
        "store_current": current,
        "unchanged_reingest_s": round(warm.seconds, 3),
        "launch_warm_s": round(warm_s, 2),
        "papers_read_ahead": read_ahead,
        "answers": len(latencies),
        "answer_p50_s": round(statistics.median(latencies), 3),
        "answer_p95_s": round(percentile(latencies, 0.95), 3),
        "overview_first_s": round(overview[0], 3),
        "overview_again_s": round(min(overview[1:]), 3),
        "peak_rss_mib": round(peak_mib),
    }
    print(f"papers                          {row['papers']}")
    print(f"parse                           {row['parse_ms']} ms")
    print(
        f"cold ingest (incl. model load)  {row['cold_ingest_s']:.2f} s   target <= 10 s   "
        f"({cold.embedded} chunks and {cold.sentences_embedded} sentences embedded)"
    )
    print(f"staleness check (make run)      {row['staleness_check_s']:.3f} s   (store current: {current})")
    print(f"unchanged re-ingest             {row['unchanged_reingest_s']:.3f} s   target <= 1 s")
    print(f"launch warm-up (background)     {row['launch_warm_s']:.2f} s   ({read_ahead} papers read ahead)")
    print(
        f"offline answer, {len(latencies)} questions    p50 {row['answer_p50_s']:.3f} s, "
        f"p95 {row['answer_p95_s']:.3f} s   target p95 <= 0.1 s"
    )
    print(
        f"overview ('{OVERVIEW_EXAMPLE}')  first {row['overview_first_s']:.3f} s, again {row['overview_again_s']:.3f} s"
    )
    print(f"peak RSS                        {row['peak_rss_mib']} MiB")
    if args.json:
        args.json.write_text(json.dumps(row, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
