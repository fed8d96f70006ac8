"""Scale benchmark: a synthetic corpus of 1k / 10k / 100k chunks, embedded store vs a `chroma run` server.

Vectors are random unit vectors (so no embedding time), but everything else is the product's own: the Chroma store
and its metadata schema, the lexical index build, and `retrieve()` with query understanding, MiniLM query embedding,
BM25 and fusion. Prints ingest throughput, index build time, retrieval p50/p95 and memory. Asserts nothing.

    python scripts/bench_scale.py [--sizes 1000 10000 100000] [--modes embedded server] [--queries 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import numpy as np

from assistant import store
from assistant.chunking import chunk_paper
from assistant.corpus import load_papers
from assistant.retrieval import _index_cache, lexical_index, retrieve
from assistant.settings import PROJECT_ROOT, Settings
from assistant.text import tokens
from assistant.types import Paper, SourceRef

CATEGORIES = ["CV", "CL", "LG", "AI", "AS", "SD", "IV", "SP", "RO", "GR", "IR"]


def rss_mib(pid: str | int = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def synthetic_papers(n_papers: int, rng: random.Random) -> list[Paper]:
    real = load_papers([PROJECT_ROOT / "data" / "profiles"])
    words = [w for p in real for w in tokens(p.abstract)]
    names = sorted({a for p in real for a in p.authors})
    out = list(real)  # the real papers stay findable among the synthetic ones
    for i in range(n_papers - len(real)):
        abstract = " ".join(rng.choices(words, k=rng.randint(120, 220))).capitalize() + "."
        out.append(
            Paper(
                id=f"synthetic-{i}",
                title=" ".join(rng.choices(words, k=8)).title(),
                authors=tuple(rng.sample(names, 3)),
                et_al=True,
                affiliation=None,
                date=dt.date(2015 + rng.randint(0, 10), rng.randint(1, 12), rng.randint(1, 28)),
                date_has_year=True,
                category=rng.choice(CATEGORIES),
                has_code=rng.random() < 0.3,
                abstract=abstract,
                source=SourceRef("synthetic.txt", i),
            )
        )
    return out


def load(settings: Settings, papers: list[Paper], target_chunks: int, rng: np.random.Generator) -> tuple[int, float]:
    """Upsert chunks with precomputed random vectors through the store's own collection and metadata schema."""
    coll = store.collection(settings)
    batch = min(4000, store.client(settings).get_max_batch_size())
    ids, docs, metas = [], [], []
    for p in papers:
        h = store.paper_hash(p, settings.chunk_tokens, settings.chunk_overlap)
        meta = store.paper_metadata(p, h)
        for c in chunk_paper(p, settings.chunk_tokens, settings.chunk_overlap):
            ids.append(c.id)
            docs.append(c.text)
            metas.append(
                {
                    **meta,
                    "chunk_index": c.index,
                    "tokens": c.token_count,
                    **({"abstract": p.abstract} if c.index == 0 else {}),
                }
            )
        if len(ids) >= target_chunks:
            break
    start = time.perf_counter()
    for i in range(0, len(ids), batch):
        vecs = rng.standard_normal((len(ids[i : i + batch]), 384)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        coll.upsert(
            ids=ids[i : i + batch], documents=docs[i : i + batch], metadatas=metas[i : i + batch], embeddings=vecs
        )
    store._bump_version(coll)
    return len(ids), time.perf_counter() - start


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(path: Path) -> tuple[subprocess.Popen, str]:
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or "chroma"
    port = free_port()
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=1)
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("chroma server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--modes", nargs="+", default=["embedded", "server"], choices=["embedded", "server"])
    parser.add_argument("--queries", type=int, default=40)
    parser.add_argument("--json", type=Path, help="Also write the rows here.")
    args = parser.parse_args()
    questions = [
        json.loads(line)["question"]
        for line in (PROJECT_ROOT / "data" / "questions.dev.jsonl").read_text().splitlines()
    ][: args.queries]
    rows = []
    print(
        f"{'mode':9} {'chunks':>7} {'ingest/s':>9} {'index s':>8} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'client MiB':>10} {'server MiB':>10}"
    )
    for size in args.sizes:
        papers = synthetic_papers(size, random.Random(size))  # ~1.5 chunks a paper: enough to reach `size`
        for mode in args.modes:
            with tempfile.TemporaryDirectory() as tmp:
                server = None
                if mode == "server":
                    server, url = start_server(Path(tmp) / "server")
                    settings = Settings(chroma_url=url, collection=f"scale{size}")
                else:
                    settings = Settings(store_path=Path(tmp) / "store", collection=f"scale{size}")
                try:
                    n, seconds = load(settings, papers, size, np.random.default_rng(size))
                    start = time.perf_counter()
                    lexical_index(settings)
                    index_s = time.perf_counter() - start
                    retrieve("warm-up question about speech", settings=settings)
                    lat = []
                    for q in questions:
                        t0 = time.perf_counter()
                        retrieve(q, settings=settings)
                        lat.append((time.perf_counter() - t0) * 1000)
                    lat.sort()
                    row = {
                        "mode": mode,
                        "chunks": n,
                        "ingest_chunks_per_s": round(n / seconds),
                        "index_build_s": round(index_s, 2),
                        "p50_ms": round(statistics.median(lat), 1),
                        "p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1),
                        "client_rss_mib": round(rss_mib()),
                        "server_rss_mib": round(rss_mib(server.pid)) if server else None,
                    }
                    rows.append(row)
                    print(
                        f"{mode:9} {n:>7} {row['ingest_chunks_per_s']:>9} {index_s:>8.2f} {row['p50_ms']:>7} "
                        f"{row['p95_ms']:>7} {row['client_rss_mib']:>10} {row['server_rss_mib'] or '-':>10}",
                        flush=True,
                    )
                finally:
                    _index_cache.clear()
                    store._clients.clear()
                    if server:
                        server.terminate()
                        server.wait(30)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
