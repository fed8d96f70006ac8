"""Question answering over research papers, grounded in their abstracts, with citations.

The public API: `answer`, `stream_answer`, `retrieve`, `Assistant`, `load_papers`, `load_corpus`, `Settings` and
the record types. Nothing here loads a model, opens a store or touches the network at import time; the answer
layer (which imports chromadb) is loaded on first use.
"""

from typing import Any

from .corpus import CorpusError, load_corpus, load_papers
from .settings import Settings
from .types import (
    Answer,
    AnswerEvent,
    Chunk,
    Citation,
    Filters,
    Final,
    Hit,
    Intent,
    Notice,
    NoticeKind,
    Paper,
    Profile,
    Query,
    TextDelta,
)

_LAZY = {"answer": "answering", "stream_answer": "answering", "Assistant": "runtime"}


def __getattr__(name: str) -> Any:
    import importlib

    if name in _LAZY:
        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    if name == "retrieve":
        return _retrieve
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _retrieve(
    question: str,
    k: int | None = None,
    history=None,
    *,
    settings: Settings | None = None,
    filters: Filters | None = None,
) -> list[Hit]:
    """The papers that best match `question`, one hit per paper (the answer's retrieval stage)."""
    from .runtime import Assistant

    return Assistant.for_settings(settings).retrieve(question, k, history, filters=filters)


__all__ = [
    "Answer",
    "AnswerEvent",
    "Assistant",
    "Chunk",
    "Citation",
    "CorpusError",
    "Filters",
    "Final",
    "Hit",
    "Intent",
    "Notice",
    "NoticeKind",
    "Paper",
    "Profile",
    "Query",
    "Settings",
    "TextDelta",
    "answer",
    "load_corpus",
    "load_papers",
    "retrieve",
    "stream_answer",
]
