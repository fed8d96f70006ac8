"""Question answering over research papers, grounded in their abstracts, with citations.

The public API: `load_papers`, `Settings`, and (from the answer layer) `retrieve`, `answer`, `stream_answer`.
Nothing here loads a model or opens a store at import time.
"""

from .corpus import CorpusError, load_corpus, load_papers
from .settings import Settings
from .types import Answer, Chunk, Citation, Hit, Paper, Profile

__all__ = [
    "Answer",
    "Chunk",
    "Citation",
    "CorpusError",
    "Hit",
    "Paper",
    "Profile",
    "Settings",
    "load_corpus",
    "load_papers",
]
