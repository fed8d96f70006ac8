"""Scale benchmark: synthetic collections of 10k / 100k / 1M chunks, embedded store and `chroma run` server.

Everything but the embedding model is the product's own path. The synthetic papers are written as profile pages
and parsed by the corpus loader; `store.sync` writes them (Chroma records, sentence vectors, catalog, BM25) with
random unit vectors standing in for MiniLM, so the ingest rate is the store's, not the model's (chunking and sentence
splitting included). Abstracts have eight sentences of ~29 words, as real ones do, so each paper stores eight
sentence vectors; the load is written in batches of 128 papers (`ingest_batch_papers`). Then, per row:

- cold start: a new process (`python -c`, the product's imports, `Assistant(settings)`, MiniLM loaded) until its
  first full answer, timed from the moment the process is spawned;
- p50/p95 in ms of `retrieve()` (r: query understanding, MiniLM, Chroma, BM25, fusion) and of `answer()` (a: the
  extractive engine's whole answer: retrieval, evidence, citations) over dev questions;
- client RSS (VmRSS after the questions, VmHWM its peak) and the server's RSS;
- adding one paper: `add_page` in the warm process (real MiniLM embedding) until an answer cites it, and the same
  through the CLI, `assistant add page.txt`, a new process.

Prints a table; asserts nothing. 1M chunks (server mode) takes hours of ingest on 2 cores (see docs/scale.md).

    python scripts/bench_scale.py [--sizes 10000 100000] [--modes embedded server] [--queries 40] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

from assistant import store
from assistant.corpus import load_papers
from assistant.settings import PROJECT_ROOT
from assistant.text import tokens

PAPERS_PER_PAGE = 2000
SENTENCES = 8  # per synthetic abstract: the shipped abstracts have 7.7 on average
BULK_BATCH_PAPERS = 128
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CATEGORIES = ["CV", "CL", "LG", "AI", "AS", "SD", "IV", "SP", "RO", "GR", "IR"]
# A paper the collection does not hold, added at the end; the question must then be answered from it.
NEW_PAPER_TITLE = "Zephyrine Lattices for Quasi-Periodic Acoustic Cloaking"
NEW_PAPER_ABSTRACT = (
    "We introduce zephyrine lattices, quasi-periodic arrangements of Helmholtz resonators that cloak an object from "
    "airborne sound between 2 and 9 kHz. On a 40-resonator prototype the scattered power drops by 17 dB."
)
NEW_PAPER_QUESTION = "By how much do zephyrine lattices reduce the scattered power?"


def rss_mib(pid: str | int = "self", field: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def page_text(name: str, papers: list[tuple[str, str, str, str]]) -> str:
    """A profile page in the spaced layout: header, then meta / title / authors / abstract blocks."""
    lines = [name, "", "CV", "h-index10", f"{len(papers)}papers", "0citations", "", f"{len(papers)} Papers", ""]
    for meta, title, authors, abstract in papers:
        lines += [meta, title, "", authors, "", abstract, ""]
    return "\n".join(lines)


def write_pages(folder: Path, target_chunks: int, rng: random.Random) -> int:
    """Synthetic pages (abstracts drawn from the shipped papers' words) holding about `target_chunks` chunks;
    returns the number of papers. The shipped papers come first, so real questions still have their answers."""
    real = load_papers([PROJECT_ROOT / "data" / "profiles"])
    words = [w for p in real for w in tokens(p.abstract) if w.isalpha()]
    names = sorted({a for p in real for a in p.authors})
    folder.mkdir(parents=True)
    for f in sorted((PROJECT_ROOT / "data" / "profiles").glob("*.txt")):
        shutil.copy(f, folder / f.name)
    # A ~230-word abstract makes two 200-token chunks; the shipped papers average ~1.5.
    n_synthetic = max(0, (target_chunks - 90) // 2)
    page: list[tuple[str, str, str, str]] = []
    for i in range(n_synthetic):
        meta = f"{rng.choice(CATEGORIES)}{rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(2015, 2025)}"
        if rng.random() < 0.3:
            meta += "Code"
        title = f"{' '.join(rng.choices(words, k=7)).title()} {i}"
        authors = ", ".join(rng.sample(names, 3)) + " et al."
        # Eight sentences of about 29 words, as a real abstract has (each gets a sentence vector at ingest).
        abstract = " ".join(
            " ".join(rng.choices(words, k=rng.randint(25, 33))).capitalize() + "." for _ in range(SENTENCES)
        )
        page.append((meta, title, authors, abstract))
        if len(page) == PAPERS_PER_PAGE or i == n_synthetic - 1:
            n = i // PAPERS_PER_PAGE
            (folder / f"synthetic_{n:04d}.txt").write_text(page_text(f"Synthetic Author {n}", page))
            page = []
    return len(real) + n_synthetic


# One generator for the whole run: every chunk gets its own vector (identical vectors degrade Chroma's HNSW graph).
_VECTORS = np.random.default_rng(20261125)


def random_embed_batch(part, settings, owners):
    """`store._embed_batch` with random unit vectors instead of MiniLM (same rows, same shapes)."""
    rng = _VECTORS
    rows, indexed = [], []
    for paper, h in part:
        chunks = store.chunk_paper(paper, settings.chunk_tokens, settings.chunk_overlap)
        sents = store.abstract_sentences(paper)
        vecs = rng.standard_normal((len(chunks) + len(sents), 384)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        page, rank = owners.get(paper.id, (paper.source.file, 0))
        rows.append((paper, h, page, rank, chunks, vecs[: len(chunks)], sents, vecs[len(chunks) :]))
        indexed.append(store.IndexedPaper(paper, tuple(chunks), page, rank, h))
    return rows, indexed


def _progress(start: float):
    """Papers written so far and the time taken, on stderr, every 5% of the load."""
    shown = [0]

    def report(done: int, total: int) -> None:
        if done == total or done - shown[0] >= total / 20:
            shown[0] = done
            print(f"  {done:,}/{total:,} papers, {time.perf_counter() - start:,.0f} s", file=sys.stderr, flush=True)

    return report


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen, str]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or "chroma"
    for _ in range(5):  # another process may take the free port before the server binds it: try another
        port = free_port()
        proc = subprocess.Popen(
            [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            if proc.poll() is not None:
                break
            try:
                urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
                return proc, url
            except OSError:
                time.sleep(0.2)
        proc.kill()
    raise RuntimeError("chroma server did not start")


WORKER = r"""
import json, sys, time
spawned = float(sys.argv[1])
from assistant.runtime import Assistant
from assistant.settings import Settings
questions = json.loads(sys.argv[2])
assistant = Assistant(Settings())
first = assistant.answer(questions[0])
cold = time.time() - spawned
latencies, retrievals = [], []
for q in questions[1:]:
    t0 = time.perf_counter()
    assistant.answer(q)
    latencies.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    assistant.retrieve(q)
    retrievals.append((time.perf_counter() - t0) * 1000)
def rss(field):
    for line in open('/proc/self/status'):
        if line.startswith(field + ':'):
            return int(line.split()[1]) / 1024
out = {"cold_start_s": cold, "first_cited": bool(first.citations), "latencies_ms": latencies, "retrieve_ms": retrievals,
       "client_rss_mib": rss("VmRSS"), "client_peak_mib": rss("VmHWM")}
if len(sys.argv) > 3:
    from assistant.pages import add_page
    t0 = time.perf_counter()
    add_page(sys.argv[3], assistant.settings)
    added = assistant.answer(sys.argv[4])
    out["add_one_s"] = time.perf_counter() - t0
    out["add_one_found"] = any(sys.argv[5] in c.title for c in added.citations)
    if not out["add_one_found"]:  # what was answered instead, to tell why
        hits = assistant.retrieve(sys.argv[4])
        out["add_one_answer"] = {"text": added.text[:600], "hits": [h.title[:60] for h in hits[:5]]}
print("RESULT " + json.dumps(out))
"""


def run_worker(env: dict, questions: list[str], new_page: Path | None) -> dict:
    extra = [str(new_page), NEW_PAPER_QUESTION, NEW_PAPER_TITLE] if new_page else []
    spawned = time.time()
    result = subprocess.run(
        [sys.executable, "-c", WORKER, str(spawned), json.dumps(questions), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=3600,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"worker failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return json.loads(line.removeprefix("RESULT "))


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def bench(size: int, mode: str, questions: list[str], tmp: Path) -> dict:
    pages = tmp / "pages"
    n_papers = write_pages(pages, size, random.Random(size))
    env = {
        **os.environ,
        "ASSISTANT_DATA_PATHS": json.dumps([str(pages)]),
        "ASSISTANT_UPLOADS_DIR": str(tmp / "uploads"),
        "ASSISTANT_COLLECTION": f"scale{size}",
        "ASSISTANT_LLM": "extractive",
        "ASSISTANT_STORE_PATH": str(tmp / "store"),  # the store, or with a server this machine's index cache
        "HF_HUB_OFFLINE": "1",
        # A bulk load: many pages at once, written in batches of 128 papers (the default 16 suits MiniLM-bound
        # ingests, where it shows progress every few seconds).
        "ASSISTANT_INGEST_BATCH_PAPERS": str(BULK_BATCH_PAPERS),
    }
    env.pop("ASSISTANT_CHROMA_URL", None)
    os.environ.pop("ASSISTANT_CHROMA_URL", None)
    server = None
    if mode == "server":
        server, url = start_server(tmp / "server")
        env["ASSISTANT_CHROMA_URL"] = url
    try:
        # Ingest in this process with the environment's settings and stand-in vectors.
        os.environ.update(env)
        from assistant.pages import load
        from assistant.settings import Settings

        settings = Settings()
        corpus, owners = load(settings)
        real_embed, store._embed_batch = store._embed_batch, random_embed_batch
        try:
            t0 = time.perf_counter()
            report = store.sync(corpus.papers, settings, owners=owners, progress=_progress(t0))
            ingest_s = time.perf_counter() - t0
        finally:
            store._embed_batch = real_embed
            store.forget_client(settings)
        chunks = report.embedded
        new_page = tmp / "new.txt"
        meta = "ASMar 3, 2026"
        new_page.write_text(
            page_text("New Author", [(meta, NEW_PAPER_TITLE, "Ada Lovelace, Alan Turing", NEW_PAPER_ABSTRACT)])
        )
        warm = run_worker(env, questions, new_page)
        cli_page = tmp / "cli.txt"
        cli_title = NEW_PAPER_TITLE.replace("Acoustic", "Seismic")
        cli_page.write_text(page_text("CLI Author", [(meta, cli_title, "Grace Hopper", NEW_PAPER_ABSTRACT)]))
        assistant_cli = Path(sys.executable).parent / "assistant"
        t0 = time.perf_counter()
        added = subprocess.run([str(assistant_cli), "add", str(cli_page)], env=env, capture_output=True, text=True)
        cli_add_s = time.perf_counter() - t0
        if added.returncode:
            raise RuntimeError(f"assistant add failed: {added.stderr[-2000:]}")
        lat = warm["latencies_ms"]
        return {
            "mode": mode,
            "chunks": chunks,
            "papers": n_papers,
            "ingest_chunks_per_s": round(chunks / ingest_s),
            "ingest_s": round(ingest_s, 1),
            "ingest_batch_papers": BULK_BATCH_PAPERS,
            "cold_start_s": round(warm["cold_start_s"], 2),
            "retrieve_p50_ms": round(percentile(warm["retrieve_ms"], 0.5), 1),
            "retrieve_p95_ms": round(percentile(warm["retrieve_ms"], 0.95), 1),
            "answer_p50_ms": round(percentile(lat, 0.5), 1),
            "answer_p95_ms": round(percentile(lat, 0.95), 1),
            "client_rss_mib": round(warm["client_rss_mib"]),
            "client_peak_mib": round(warm["client_peak_mib"]),
            "server_rss_mib": round(rss_mib(server.pid)) if server else None,
            "add_one_s": round(warm["add_one_s"], 2),
            "add_one_found": warm["add_one_found"],  # the warm process's next answer cites the new paper
            "cli_add_s": round(cli_add_s, 2),
            **({"add_one_answer": warm["add_one_answer"]} if "add_one_answer" in warm else {}),
        }
    finally:
        if server:
            server.terminate()
            server.wait(60)


COLUMNS = [
    ("mode", 9),
    ("chunks", 8),
    ("ingest_chunks_per_s", 9),
    ("cold_start_s", 7),
    ("retrieve_p50_ms", 7),
    ("retrieve_p95_ms", 7),
    ("answer_p50_ms", 7),
    ("answer_p95_ms", 7),
    ("client_rss_mib", 7),
    ("client_peak_mib", 7),
    ("server_rss_mib", 7),
    ("add_one_s", 7),
    ("cli_add_s", 7),
    ("add_one_found", 6),
]
HEADERS = [
    "mode",
    "chunks",
    "ingest/s",
    "cold s",
    "r p50",
    "r p95",
    "a p50",
    "a p95",
    "RSS",
    "peak",
    "server",
    "add s",
    "cli s",
    "found",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--modes", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--json", type=Path, help="Also write the rows here (a JSON list).")
    args = parser.parse_args()
    questions = [
        json.loads(line)["question"]
        for line in (PROJECT_ROOT / "data" / "questions.dev.jsonl").read_text().splitlines()
    ][: args.queries + 1]
    print(" ".join(f"{h:>{w}}" for h, (_, w) in zip(HEADERS, COLUMNS)), flush=True)
    rows = []
    for size in args.sizes:
        for mode in args.modes:
            with tempfile.TemporaryDirectory() as tmp:
                row = bench(size, mode, questions, Path(tmp))
            rows.append(row)
            print(" ".join(f"{row[k] if row[k] is not None else '-':>{w}}" for k, w in COLUMNS), flush=True)
            if args.json:
                args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
