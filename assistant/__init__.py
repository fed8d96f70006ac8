"""Question answering over research papers, grounded in their abstracts, with citations.

The public API: `answer`, `stream_answer`, `retrieve`, `load_papers`, `Settings` (and the record types).
Nothing here loads a model, opens a store or touches the network at import time; the answer layer (which imports
chromadb) is loaded on first use.
"""

from typing import Any

from .corpus import CorpusError, load_corpus, load_papers
from .settings import Settings
from .types import Answer, Chunk, Citation, Hit, Paper, Profile

_LAZY = {"answer": "answering", "stream_answer": "answering", "retrieve": "retrieval", "Filters": "retrieval"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Answer",
    "Chunk",
    "Citation",
    "CorpusError",
    "Filters",
    "Hit",
    "Paper",
    "Profile",
    "Settings",
    "answer",
    "load_corpus",
    "load_papers",
    "retrieve",
    "stream_answer",
]
