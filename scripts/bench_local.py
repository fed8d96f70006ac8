"""Local-model benchmark: time to first token, total time and tokens/s on dev questions. Prints numbers only.

python scripts/bench_local.py [--local-model qwen2.5-coder-1.5b] [--n 10] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from assistant.answering import stream_answer
from assistant.chunking import count_tokens
from assistant.settings import Settings
from assistant.types import Final, TextDelta


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--local-model", default="qwen2.5-coder-1.5b")
    parser.add_argument("--n", type=int, default=10, help="How many answerable dev questions to time.")
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    settings = Settings(llm="local", local_model=args.local_model, local_threads=args.threads, llm_timeout=120)
    rows = [json.loads(line) for line in settings.questions_path.read_text().splitlines()]
    questions = [r["question"] for r in rows if r.get("answerable") and r["type"] in ("single", "numeric", "multi")]
    t0 = time.perf_counter()
    list(stream_answer("What is MuCo?", settings=settings))  # start the server, load the model, cache the prompt
    print(f"model {args.local_model}, {args.threads} threads; start + warm-up {time.perf_counter() - t0:.1f} s")
    print(f"{'ttft s':>7} {'total s':>8} {'tok/s':>6} {'engine':>10}  question")
    firsts, totals, rates = [], [], []
    for q in questions[: args.n]:
        start = time.perf_counter()
        first, text, final = None, "", None
        for event in stream_answer(q, settings=settings):
            if isinstance(event, Final):
                final = event.answer
            elif isinstance(event, TextDelta) and event.draft:  # the model's own text, as it streams
                first = first or time.perf_counter() - start
                text += event.text
        total = time.perf_counter() - start
        rate = count_tokens(text) / max(total - first, 1e-6) if first else 0.0
        firsts.append(first or total)
        totals.append(total)
        rates.append(rate)
        print(f"{first or 0:7.2f} {total:8.2f} {rate:6.1f} {final.engine:>10}  {q[:70]}", flush=True)
    print(
        f"median: first token {statistics.median(firsts):.2f} s (target <= 8), total {statistics.median(totals):.2f}"
        f" s (target <= 20), {statistics.median(rates):.1f} tokens/s (cl100k count of the streamed text)"
    )


if __name__ == "__main__":
    main()
