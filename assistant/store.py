"""The Chroma store: an embedded PersistentClient under store/, or a `chroma run` server when chroma_url is set.

Ingest is a sync: every chunk id is stable (`paper-id:index`) and carries the paper's content hash, so an unchanged
paper is skipped without embedding, a changed one is replaced, and a paper no longer in the corpus is deleted.
The store is the source of truth for retrieval: each chunk's metadata holds the paper's fields.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.errors import ChromaError

from .chunking import chunk_paper
from .corpus import CorpusError, load_corpus
from .embeddings import MiniLMEmbedding, OpenAIEndpointEmbedding
from .settings import Settings
from .types import Paper, SourceRef

AUTHOR_SEP = "; "


class StoreError(RuntimeError):
    """The store cannot be opened or written; the message says what to do."""


@dataclass(frozen=True)
class IngestReport:
    papers: int
    chunks_added: int
    chunks_updated: int
    chunks_unchanged: int
    chunks_removed: int
    papers_removed: int
    embedded: int
    seconds: float

    def summary(self) -> str:
        return (
            f"{self.papers} papers: {self.chunks_added} chunks added, {self.chunks_updated} updated, "
            f"{self.chunks_unchanged} unchanged, {self.chunks_removed} removed "
            f"({self.papers_removed} papers removed); {self.embedded} embedded in {self.seconds:.2f} s"
        )


_clients: dict[tuple[str, str], ClientAPI] = {}
_clients_lock = threading.Lock()


def client(settings: Settings) -> ClientAPI:
    """One Chroma client per location and process, shared by all threads."""
    key = ("http", settings.chroma_url) if settings.chroma_url else ("path", str(settings.store_path))
    with _clients_lock:
        if key not in _clients:
            _clients[key] = _connect(settings)
        return _clients[key]


def _connect(settings: Settings) -> ClientAPI:
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        if url.scheme not in ("http", "https") or not url.hostname:
            raise StoreError(f"chroma_url must look like http://host:port, got {settings.chroma_url!r}")
        try:
            return chromadb.HttpClient(
                host=url.hostname,
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:
            raise StoreError(f"cannot reach the Chroma server at {settings.chroma_url}: {exc}") from exc
    try:
        settings.store_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.store_path), settings=chroma_settings)
    except Exception as exc:
        raise StoreError(f"cannot open the store at {settings.store_path}: {exc}") from exc


def embedding_function(settings: Settings):
    if settings.embedding == "openai":
        return OpenAIEndpointEmbedding(
            settings.openai_embedding_model, settings.openai_base_url, settings.openai_api_key, settings.llm_timeout
        )
    return MiniLMEmbedding(threads=settings.threads)


def collection(settings: Settings) -> Collection:
    try:
        return client(settings).get_or_create_collection(
            settings.collection,
            embedding_function=embedding_function(settings),
            configuration={"hnsw": {"space": "cosine"}},
        )
    except ValueError as exc:  # chroma says so when the stored embedding function differs
        raise StoreError(
            f"collection {settings.collection!r} was built with another embedding function; "
            f"delete it (assistant ingest --rebuild) or choose another collection: {exc}"
        ) from exc


def paper_hash(paper: Paper, size: int, overlap: int) -> str:
    fields = [
        paper.title,
        list(paper.authors),
        paper.et_al,
        paper.affiliation,
        paper.date.isoformat(),
        paper.date_has_year,
        paper.category,
        paper.has_code,
        paper.abstract,
        size,
        overlap,
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()[:16]


def paper_metadata(paper: Paper, content_hash: str) -> dict[str, str | int | bool]:
    return {
        "paper_id": paper.id,
        "title": paper.title,
        "authors": AUTHOR_SEP.join(paper.authors),
        "et_al": paper.et_al,
        "affiliation": paper.affiliation or "",
        "year": paper.year,
        "date": paper.date.isoformat(),
        "date_has_year": paper.date_has_year,
        "category": paper.category,
        "has_code": paper.has_code,
        "content_hash": content_hash,
        "source": str(paper.source),
    }


def paper_from_metadata(meta: dict, abstract: str) -> Paper:
    file, _, line = str(meta["source"]).rpartition(":")
    return Paper(
        id=meta["paper_id"],
        title=meta["title"],
        authors=tuple(meta["authors"].split(AUTHOR_SEP)),
        et_al=bool(meta["et_al"]),
        affiliation=meta["affiliation"] or None,
        date=dt.date.fromisoformat(meta["date"]),
        date_has_year=bool(meta["date_has_year"]),
        category=meta["category"],
        has_code=bool(meta["has_code"]),
        abstract=abstract,
        source=SourceRef(file, int(line or 0)),
    )


def ingest(
    papers: Sequence[Paper],
    settings: Settings,
    *,
    prune: bool = True,
    keep_files: Sequence[str] = (),
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Make the store hold exactly these papers (with prune=False, add/update them and keep the rest).

    Papers from `keep_files` (pages that failed to parse this time) are never pruned: a bad upload loses nothing.
    An empty paper list never prunes: that is a corpus in doubt, not a request to empty the store.
    """
    if prune and not papers:
        raise StoreError("refusing to remove every stored paper: the corpus to sync has no papers")
    try:
        return _sync(papers, settings, prune=prune, keep_files=keep_files, progress=progress)
    except (ChromaError, OSError) as exc:
        where = settings.chroma_url or settings.store_path
        raise StoreError(
            f"writing to the store at {where} failed: {exc}. Is the disk full or read-only? "
            "Every step is idempotent: fix the cause and run the ingest again."
        ) from exc


def _sync(
    papers: Sequence[Paper],
    settings: Settings,
    *,
    prune: bool,
    keep_files: Sequence[str],
    progress: Callable[[int, int], None] | None,
) -> IngestReport:
    start = time.perf_counter()
    coll = collection(settings)
    stored = read_all(coll, include=["metadatas"])
    stored_hash: dict[str, str] = {}
    stored_chunks: dict[str, set[str]] = {}
    protected: set[str] = set()
    for cid, meta in zip(stored["ids"], stored["metadatas"] or []):
        stored_chunks.setdefault(meta["paper_id"], set()).add(cid)
        stored_hash[cid] = meta.get("content_hash", "")
        if str(meta.get("source", "")).rpartition(":")[0] in keep_files:
            protected.add(meta["paper_id"])
    added = updated = unchanged = removed = embedded = 0
    wanted = {p.id for p in papers}
    for i, paper in enumerate(papers, start=1):
        h = paper_hash(paper, settings.chunk_tokens, settings.chunk_overlap)
        chunks = chunk_paper(paper, settings.chunk_tokens, settings.chunk_overlap)
        new_ids = [c.id for c in chunks]
        old_ids = stored_chunks.get(paper.id, set())
        if old_ids == set(new_ids) and all(stored_hash[c] == h for c in new_ids):
            unchanged += len(chunks)
        else:
            if not embedded and not removed:
                _bump_version(coll)  # before the first write too: a killed ingest still invalidates caches
            meta = paper_metadata(paper, h)
            coll.upsert(
                ids=new_ids,
                documents=[c.text for c in chunks],
                metadatas=[
                    {
                        **meta,
                        "chunk_index": c.index,
                        "tokens": c.token_count,
                        # The whole abstract rides on the first chunk so the store alone rebuilds a Paper.
                        **({"abstract": paper.abstract} if c.index == 0 else {}),
                    }
                    for c in chunks
                ],
            )
            embedded += len(chunks)
            added += sum(c not in old_ids for c in new_ids)
            updated += sum(c in old_ids for c in new_ids)
            stale = sorted(old_ids - set(new_ids))
            if stale:
                coll.delete(ids=stale)
                removed += len(stale)
        if progress:
            progress(i, len(papers))
    gone = sorted(pid for pid in stored_chunks if pid not in wanted and pid not in protected) if prune else []
    for pid in gone:
        coll.delete(ids=sorted(stored_chunks[pid]))
        removed += len(stored_chunks[pid])
    if embedded or removed:
        _bump_version(coll)
    return IngestReport(
        len(papers), added, updated, unchanged, removed, len(gone), embedded, time.perf_counter() - start
    )


def read_all(coll: Collection, *, include: list[str], where: dict | None = None, page: int = 2000) -> dict:
    """Every matching record, read in pages (one request for 10⁵ ids overflows SQLite's variable limit)."""
    out: dict[str, list] = {"ids": [], **{field: [] for field in include}}
    offset = 0
    while True:
        rows = coll.get(where=where, include=include, limit=page, offset=offset)
        for field in out:
            out[field].extend(rows[field] or [])
        if len(rows["ids"]) < page:
            return out
        offset += page


def _bump_version(coll: Collection) -> None:
    """Mark the collection changed, so every process rebuilds its lexical index on its next query."""
    coll.modify(metadata={**(coll.metadata or {}), "corpus_version": uuid.uuid4().hex})


def version(settings: Settings) -> tuple[int, str]:
    """A cheap change detector for the collection: its size and the version the last ingest wrote."""
    fresh = collection(settings)  # fetched anew: its metadata is the store's current one
    return fresh.count(), str((fresh.metadata or {}).get("corpus_version", ""))


def stored_papers(coll: Collection) -> dict[str, Paper]:
    """Every paper in the store, rebuilt from the first chunk's metadata."""
    rows = read_all(coll, where={"chunk_index": 0}, include=["metadatas"])
    return {m["paper_id"]: paper_from_metadata(m, m.get("abstract", "")) for m in rows["metadatas"] or []}


def store_is_current(papers: Sequence[Paper], settings: Settings) -> bool:
    """True when the store already holds exactly these papers with the same content and chunking."""
    coll = collection(settings)
    rows = read_all(coll, where={"chunk_index": 0}, include=["metadatas"])
    stored = {m["paper_id"]: m.get("content_hash") for m in rows["metadatas"] or []}
    want = {p.id: paper_hash(p, settings.chunk_tokens, settings.chunk_overlap) for p in papers}
    return stored == want


def reset(settings: Settings) -> None:
    """Drop the collection (used by `ingest --rebuild`)."""
    chroma = client(settings)
    if settings.collection in {c.name for c in chroma.list_collections()}:
        chroma.delete_collection(settings.collection)


def add_pages(
    files: Sequence[str | Path], settings: Settings, *, progress: Callable[[int, int], None] | None = None
) -> IngestReport:
    """Add profile pages to the corpus: each is parsed first (a bad one raises CorpusError and nothing is
    written), then kept in uploads_dir and ingested alongside the existing papers, which stay as they are."""
    files = [Path(f) for f in files]
    for f in files:
        load_corpus([f], capture_year=settings.capture_year)
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    kept: list[Path] = []
    try:
        for f in files:
            data = f.read_bytes()
            target = settings.uploads_dir / (f.name if f.suffix == ".txt" else f"{f.name}.txt")
            if target.exists() and target.read_bytes() != data:  # same name, other page: keep both
                target = target.with_stem(f"{target.stem}-{hashlib.sha256(data).hexdigest()[:8]}")
            shutil.copyfile(f, target)
            kept.append(target)
        # Ids are assigned across the whole corpus so a new paper never takes an existing paper's id.
        corpus = load_corpus(settings.corpus_paths, capture_year=settings.capture_year)
        names = {k.name for k in kept}
        new = [p for p in corpus.papers if p.source.file in names]
        return ingest(new, settings, prune=False, progress=progress)
    except (CorpusError, StoreError, OSError):
        for path in kept:
            path.unlink(missing_ok=True)
        raise
