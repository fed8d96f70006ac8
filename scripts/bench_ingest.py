"""Benchmark: cold ingest of the shipped corpus, unchanged re-ingest, peak memory. Prints numbers; asserts nothing."""

from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from assistant import store
from assistant.corpus import load_papers
from assistant.settings import Settings


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(store_path=Path(tmp) / "store")
        t0 = time.perf_counter()
        papers = load_papers(settings.data_paths)
        parse_s = time.perf_counter() - t0
        cold = store.ingest(papers, settings)
        cold_total = time.perf_counter() - t0
        warm = store.ingest(papers, settings)
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"papers                       {len(papers)}")
    print(f"parse                        {parse_s * 1000:.0f} ms")
    print(
        f"cold ingest (incl. model)    {cold_total:.2f} s   target <= 10 s   "
        f"({cold.embedded} chunks embedded, {cold.embedded / cold.seconds:.1f} chunks/s)"
    )
    print(f"unchanged re-ingest          {warm.seconds:.3f} s   target <= 1 s   ({warm.embedded} embedded)")
    print(f"peak RSS                     {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
