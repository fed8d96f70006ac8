"""The store: Chroma (embedded under store/, or a `chroma run` server) holding every paper's chunk vectors and
sentence vectors, kept in step with the lexical index (index.py) by one sync.

Ingest is a sync that never prunes on doubt: chunk and sentence ids are stable (`paper:i`, `paper:s{i}`) and carry
the paper's content hash, so an unchanged paper is skipped without embedding, a changed one is replaced, and a paper
is removed only when the caller hands over a complete, valid corpus. Writes go in batches under Chroma's limit.
Every store fault becomes a `StoreError` whose message says what to do.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import fcntl
import hashlib
import json
import shutil
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

from .chunking import chunk_id, chunk_paper, paper_of
from .corpus import title_key
from .index import IndexedPaper, LexicalIndex
from .settings import Settings
from .text import counted, sentences
from .types import Chunk, Paper, SourceRef

AUTHOR_SEP = "; "


class StoreError(RuntimeError):
    """The store cannot be opened, read or written; the message says what to do."""


class StoreUnreachable(StoreError):
    """A Chroma server that does not answer."""


class StoreDamaged(StoreError):
    """An embedded store whose files are corrupt."""


@dataclass(frozen=True)
class IngestReport:
    papers: int
    chunks_added: int
    chunks_updated: int
    chunks_unchanged: int
    chunks_removed: int
    papers_added: int
    papers_updated: int
    papers_removed: int
    embedded: int  # chunks embedded
    sentences_embedded: int
    seconds: float

    @property
    def changed(self) -> bool:
        return bool(self.papers_added or self.papers_updated or self.papers_removed)

    def summary(self) -> str:
        return (
            f"{counted(self.papers, 'paper')}: {counted(self.chunks_added, 'chunk')} added, {self.chunks_updated} "
            f"updated, {self.chunks_unchanged} unchanged, {self.chunks_removed} removed "
            f"({counted(self.papers_added, 'paper')} added, {self.papers_updated} updated, {self.papers_removed} "
            f"removed); {counted(self.embedded, 'chunk')} and {counted(self.sentences_embedded, 'sentence')} embedded "
            f"in {self.seconds:.2f} s"
        )


# ---------------------------------------------------------------------------------------------------------- errors


def _where(settings: Settings) -> str:
    return settings.chroma_url or str(settings.store_path)


def translate(exc: BaseException, settings: Settings) -> StoreError:
    """A Chroma, HTTP or disk error as a StoreError that says what to do."""
    if isinstance(exc, StoreError):
        return exc
    text = f"{type(exc).__name__}: {exc}"
    low = text.lower()
    if settings.chroma_url and (
        "could not connect" in low
        or "connect" in type(exc).__name__.lower()
        or "remoteprotocol" in low
        or "readerror" in low
        or "timeout" in low
        or "connection" in low
    ):
        return StoreUnreachable(
            f"the Chroma server at {settings.chroma_url} does not answer ({text[:160]}). Start it "
            f"(`chroma run --path DIR --host 127.0.0.1 --port N`) and try again; nothing stored was lost, and an "
            f"interrupted ingest resumes where it stopped"
        )
    if "malformed" in low or "not a database" in low or "file is encrypted" in low or "corrupt" in low:
        return StoreDamaged(
            f"the store at {_where(settings)} is damaged ({text[:160]}). Run `assistant ingest --rebuild`: it "
            f"moves the damaged store aside (kept as {Path(settings.store_path).name}.damaged-<time>) and rebuilds "
            f"it from the profile pages"
        )
    if isinstance(exc, OSError) or "disk" in low or "readonly" in low or "read-only" in low or "no space" in low:
        return StoreError(
            f"writing to the store at {_where(settings)} failed ({text[:160]}). Is the disk full or read-only? "
            "Every step is idempotent: fix the cause and run the ingest again"
        )
    return StoreError(f"the store at {_where(settings)} failed: {text[:300]}")


@contextlib.contextmanager
def store_errors(settings: Settings) -> Iterator[None]:
    try:
        yield
    except StoreError:
        raise
    except Exception as exc:
        from chromadb.errors import ChromaError

        if isinstance(exc, ChromaError | OSError | ValueError | ConnectionError) or _is_http_error(exc):
            raise translate(exc, settings) from exc
        raise


def _is_http_error(exc: BaseException) -> bool:
    try:
        import httpx
    except ImportError:  # pragma: no cover - httpx comes with chromadb
        return False
    return isinstance(exc, httpx.HTTPError)


# ---------------------------------------------------------------------------------------------------------- clients

_clients: dict[tuple[str, str], object] = {}
_clients_lock = threading.Lock()


def client(settings: Settings):
    """One Chroma client per location and process, shared by all threads."""
    key = ("http", settings.chroma_url) if settings.chroma_url else ("path", str(settings.store_path))
    with _clients_lock:
        if key not in _clients:
            _clients[key] = _connect(settings)
        return _clients[key]


def forget_client(settings: Settings) -> None:
    """Close this process's client for the store; the next use opens it afresh (and re-reads an embedded store's
    vector index from disk, which another process may have changed)."""
    key = ("http", settings.chroma_url) if settings.chroma_url else ("path", str(settings.store_path))
    with _clients_lock:
        old = _clients.pop(key, None)
    if old is not None:
        try:
            old.close()
        except Exception:  # a client on a store that is already gone: nothing left to release
            pass


# Store versions written by this process: a version not among them was written by another process (an outside
# `assistant ingest`), and an embedded client must reopen to see its vectors.
_written_here: set[str] = set()


def written_here(version: str) -> bool:
    return version in _written_here


def _connect(settings: Settings):
    import chromadb
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
            raise StoreUnreachable(
                f"cannot reach the Chroma server at {settings.chroma_url}: {exc} Start it with `chroma run "
                f"--path DIR --host 127.0.0.1 --port N`, or unset ASSISTANT_CHROMA_URL to use the embedded store"
            ) from exc
    try:
        settings.store_path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(settings.store_path), settings=chroma_settings)
    except Exception as exc:
        error = translate(exc, settings)
        if type(error) is StoreError:
            error = StoreError(f"cannot open the store at {settings.store_path}: {exc}")
        raise error from exc


def embedding_function(settings: Settings):
    from .embeddings import MiniLMEmbedding, OpenAIEndpointEmbedding

    if settings.embedding == "openai":
        return OpenAIEndpointEmbedding(
            settings.openai_embedding_model, settings.openai_base_url, settings.openai_api_key, settings.llm_timeout
        )
    return MiniLMEmbedding(threads=settings.threads)


def legacy_sentences_name(settings: Settings) -> str:
    """The sentence collection of stores written before sentence vectors moved into the chunk records."""
    return f"{settings.collection}-sentences"


# The first chunk's metadata key holding its paper's sentence vectors.
SENTENCE_VECTORS = "sentence_vectors"


def encode_vectors(vectors: np.ndarray) -> str:
    """Sentence vectors as '<dimension>:<base64 float16>' (768 bytes a MiniLM sentence): cosine similarities move by
    less than 1e-3."""
    array = np.asarray(vectors, dtype="<f2")
    return f"{array.shape[-1]}:" + base64.b64encode(array.tobytes()).decode("ascii")


def decode_vectors(text: str) -> np.ndarray:
    dim, _, payload = text.partition(":")
    data = np.frombuffer(base64.b64decode(payload), dtype="<f2").astype(np.float32)
    size = int(dim) if dim.isdigit() and int(dim) > 0 else 0
    return data.reshape(-1, size) if size and data.size % size == 0 else np.zeros((0, 1), dtype=np.float32)


def index_path(settings: Settings) -> Path:
    """Where the lexical index of this collection lives: beside the embedded store, or in a local cache folder
    for a Chroma server (a cache any machine can rebuild from the server)."""
    if settings.index_path:
        return settings.index_path / settings.collection
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        return settings.store_path / "lexical" / f"{url.hostname}_{url.port or 8000}" / settings.collection
    return settings.store_path / "lexical" / settings.collection


# ---------------------------------------------------------------------------------------------------------- the store


class Store:
    """The Chroma side of one collection: one record per chunk (text, vector, the paper's metadata), with the
    version every ingest writes. A paper's first chunk also carries its abstract and its sentences' vectors (float16,
    base64), so sentence vectors are synced with the chunks by construction and cost no vector index of their own:
    they are read by paper id for the few candidate papers of a question, never searched (a second index of every
    sentence would hold ~4.5 vectors per chunk in memory; searching it did not improve retrieval on the training
    split)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        # (client, collection handle) as `version()` last fetched them, for the reads that follow it: a lookup costs
        # ~1.4 ms and an answer reads the collection four or five times.
        self._handle: tuple[object, object] | None = None

    def _collection(self, name: str, *, create: bool = True):
        with store_errors(self.settings):
            chroma = client(self.settings)
            try:
                if create:
                    return chroma.get_or_create_collection(
                        name,
                        embedding_function=embedding_function(self.settings),
                        configuration={"hnsw": {"space": "cosine"}},
                    )
                return chroma.get_collection(name, embedding_function=embedding_function(self.settings))
            except ValueError as exc:
                if "embedding function" in str(exc).lower():
                    raise StoreError(
                        f"collection {name!r} was built with another embedding function; rebuild it (`assistant "
                        f"ingest --rebuild`) or choose another collection: {exc}"
                    ) from exc
                raise

    @property
    def chunks(self):
        return self._collection(self.settings.collection)

    def version(self) -> str:
        """The version the last ingest wrote (a new one before and after every write). Read afresh every time."""
        with store_errors(self.settings):
            meta = self._fetched().metadata or {}
        return str(meta.get("corpus_version", ""))

    def _fetched(self):
        """The chunk collection looked up afresh, kept as the handle later reads reuse."""
        coll = self.chunks
        self._handle = (client(self.settings), coll)
        return coll

    def _read(self, read: Callable):
        """`read(collection)` on the handle `version()` last fetched, while this process's client is the same; a
        handle whose collection was dropped since (`ingest --rebuild` elsewhere) is looked up again, once."""
        from chromadb.errors import NotFoundError

        with store_errors(self.settings):
            chroma = client(self.settings)
            handle = self._handle
            if handle is not None and handle[0] is chroma:
                try:
                    return read(handle[1])
                except NotFoundError:
                    pass
            return read(self._fetched())

    def count(self) -> int:
        return self._read(lambda coll: coll.count())

    def bump_version(self) -> str:
        version = uuid.uuid4().hex
        _written_here.add(version)
        with store_errors(self.settings):
            coll = self.chunks
            coll.modify(metadata={**(coll.metadata or {}), "corpus_version": version})
        return version

    def max_batch(self) -> int:
        with store_errors(self.settings):
            try:
                return max(1, int(client(self.settings).get_max_batch_size()))
            except Exception:  # older servers do not say; Chroma's documented floor
                return 5000

    # ------------------------------------------------------------------------------------------- reads

    def query_chunks(self, vector: np.ndarray, n: int, allowed: set[str] | None = None) -> list[tuple[str, float, str]]:
        """(paper id, cosine similarity, chunk record id) of the nearest chunks, within `allowed` papers if given.

        Distances only: Chroma takes ~8 ms to hand back 60 chunks' texts or metadata (a first chunk's metadata holds
        its paper's sentence vectors), against ~2 ms for the ids alone; the few texts wanted are read by id after
        (`chunk_texts`)."""
        if n <= 0 or (allowed is not None and not allowed):
            return []
        where = {"paper_id": {"$in": sorted(allowed)}} if allowed is not None and len(allowed) <= 2000 else None

        def nearest(coll):
            total = coll.count()
            if total == 0:
                return {"ids": [[]], "distances": [[]]}
            return coll.query(
                query_embeddings=[np.asarray(vector, dtype=np.float32)],
                n_results=min(n, total),
                where=where,
                include=["distances"],
            )

        res = self._read(nearest)
        out = []
        for rid, dist in zip(res["ids"][0], res["distances"][0]):
            pid = paper_of(rid)
            if pid and (allowed is None or pid in allowed):
                out.append((pid, 1.0 - float(dist), rid))
        return out

    def chunk_similarities(self, vector: np.ndarray, chunks: Mapping[str, int]) -> list[tuple[str, float, str]]:
        """(paper id, cosine similarity, chunk record id) of every chunk of these papers (paper id -> chunk count),
        computed exactly from the stored vectors, by record id."""
        ids = [chunk_id(pid, i) for pid, n in chunks.items() for i in range(n)]
        if not ids:
            return []
        rows = self._read(lambda coll: coll.get(ids=ids, include=["embeddings"]))
        if rows["embeddings"] is None or not len(rows["embeddings"]):
            return []
        vecs = np.asarray(rows["embeddings"], dtype=np.float32)
        q = np.asarray(vector, dtype=np.float32)
        sims = vecs @ q / (np.linalg.norm(vecs, axis=1) * (np.linalg.norm(q) or 1.0) + 1e-12)
        return [(paper_of(rid), float(sim), rid) for rid, sim in zip(rows["ids"], sims)]

    def chunk_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """Chunk record id -> its text, for these ids (those stored)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        rows = self._read(lambda coll: coll.get(ids=ids, include=["documents"]))
        return {rid: doc for rid, doc in zip(rows["ids"], rows["documents"] or []) if doc}

    def sentence_vectors(self, paper_ids: Sequence[str]) -> dict[str, list[tuple[int, str, np.ndarray]]]:
        """Each paper's embedded sentences: (index, text, vector), in order (from its first chunk's record)."""
        ids = list(dict.fromkeys(paper_ids))
        if not ids:
            return {}
        # By record id (a key lookup), not a metadata filter: a `where` scan grows with the collection.
        rows = self._read(lambda coll: coll.get(ids=[chunk_id(pid, 0) for pid in ids], include=["metadatas"]))
        out: dict[str, list[tuple[int, str, np.ndarray]]] = {}
        for meta in rows["metadatas"] or []:
            if not meta or not meta.get(SENTENCE_VECTORS):
                continue  # written before sentences were embedded: the planner reads its words only
            texts = sentences(str(meta.get("abstract", "")))
            vectors = decode_vectors(str(meta[SENTENCE_VECTORS]))
            if len(texts) == len(vectors):
                out[meta["paper_id"]] = [(i, t, v) for i, (t, v) in enumerate(zip(texts, vectors))]
        return out

    def stored_papers(self, *, page: int = 2000) -> Iterator[tuple[Paper, dict, list[Chunk]]]:
        """Every stored paper with its first chunk's metadata and its chunks (for rebuilding the index)."""
        with store_errors(self.settings):
            rows = read_all(self.chunks, include=["documents", "metadatas"], page=page)
        by_paper: dict[str, list[tuple[dict, str, str]]] = {}
        for cid, meta, doc in zip(rows["ids"], rows["metadatas"] or [], rows["documents"] or []):
            if meta:
                by_paper.setdefault(meta["paper_id"], []).append((meta, doc, cid))
        for pid, items in by_paper.items():
            items.sort(key=lambda x: x[0].get("chunk_index", 0))
            first = items[0][0]
            if first.get("chunk_index") != 0 or "abstract" not in first:
                continue  # a half-written paper: the next sync rewrites it
            paper = paper_from_metadata(first, first.get("abstract", ""))
            chunks = [Chunk(cid, pid, m.get("chunk_index", 0), doc, m.get("tokens", 0)) for m, doc, cid in items]
            yield paper, first, chunks

    def stored_hashes(self) -> dict[str, str]:
        with store_errors(self.settings):
            rows = read_all(self.chunks, where={"chunk_index": 0}, include=["metadatas"])
        return {m["paper_id"]: m.get("content_hash", "") for m in rows["metadatas"] or [] if m}

    # ------------------------------------------------------------------------------------------- writes

    def write(self, batch: Sequence[tuple[Paper, str, str, int, list[Chunk], np.ndarray, list[str], np.ndarray]]):
        """Upsert papers (paper, hash, page, rank, chunks, chunk vectors, sentences, sentence vectors), then drop
        their chunks and sentences that no longer exist."""
        chunk_rows: list[tuple[str, str, np.ndarray, dict]] = []
        for paper, content_hash, page, rank, chunks, chunk_vecs, sents, sent_vecs in batch:
            meta = paper_metadata(paper, content_hash, page, rank)
            first = {"abstract": paper.abstract, SENTENCE_VECTORS: encode_vectors(sent_vecs) if len(sents) else ""}
            for c, vec in zip(chunks, chunk_vecs):
                extra = first if c.index == 0 else {}
                chunk_rows.append(
                    (c.id, c.text, vec, {**meta, "chunk_index": c.index, "tokens": c.token_count, **extra})
                )
        ids = [p.id for p, *_ in batch]
        with store_errors(self.settings):
            coll = self.chunks
            keep = {r[0] for r in chunk_rows}
            old = coll.get(where={"paper_id": {"$in": ids}}, include=[])["ids"] if ids else []
            self._upsert(coll, chunk_rows)
            stale = [i for i in old if i not in keep]
            for start in range(0, len(stale), self.max_batch()):
                coll.delete(ids=stale[start : start + self.max_batch()])

    def _upsert(self, coll, rows) -> None:
        step = self.max_batch()
        for start in range(0, len(rows), step):
            part = rows[start : start + step]
            coll.upsert(
                ids=[r[0] for r in part],
                documents=[r[1] for r in part],
                embeddings=[np.asarray(r[2], dtype=np.float32) for r in part],
                metadatas=[r[3] for r in part],
            )

    def update_ownership(self, updates: Sequence[tuple[str, str, int, tuple[str, ...]]]) -> None:
        """Record a paper's owning page and rank, and the researchers whose pages list it (no re-embedding)."""
        with store_errors(self.settings):
            coll = self.chunks
            for pid, page, rank, researchers in updates:
                rows = coll.get(where={"paper_id": pid}, include=["metadatas"])
                if rows["ids"]:
                    coll.update(
                        ids=rows["ids"],
                        metadatas=[
                            {**m, "page": page, "rank": rank, "owners": AUTHOR_SEP.join(researchers)}
                            for m in rows["metadatas"]
                        ],
                    )

    def delete(self, paper_ids: Sequence[str]) -> int:
        """Remove papers' chunks and sentences; return how many chunks went."""
        removed = 0
        with store_errors(self.settings):
            coll = self.chunks
            for start in range(0, len(paper_ids), 500):
                part = list(paper_ids[start : start + 500])
                ids = coll.get(where={"paper_id": {"$in": part}}, include=[])["ids"]
                for s in range(0, len(ids), self.max_batch()):
                    coll.delete(ids=ids[s : s + self.max_batch()])
                removed += len(ids)
        return removed

    def drop_legacy(self) -> None:
        """Remove the separate sentence collection older versions wrote (its vectors now live with the chunks)."""
        with store_errors(self.settings):
            chroma = client(self.settings)
            if legacy_sentences_name(self.settings) in {c.name for c in chroma.list_collections()}:
                chroma.delete_collection(legacy_sentences_name(self.settings))

    def reset(self) -> None:
        """Drop both collections (`ingest --rebuild`)."""
        self._handle = None
        with store_errors(self.settings):
            chroma = client(self.settings)
            names = {c.name for c in chroma.list_collections()}
            for name in (self.settings.collection, legacy_sentences_name(self.settings)):
                if name in names:
                    chroma.delete_collection(name)


def read_all(coll, *, include: list[str], where: dict | None = None, page: int = 2000) -> dict:
    """Every matching record, read in pages (one request for 10⁵ ids overflows SQLite's variable limit)."""
    out: dict[str, list] = {"ids": [], **{field: [] for field in include}}
    offset = 0
    while True:
        rows = coll.get(where=where, include=include, limit=page, offset=offset)
        for field in out:
            out[field].extend(rows[field] if rows[field] is not None else [])
        if len(rows["ids"]) < page:
            return out
        offset += page


# ---------------------------------------------------------------------------------------------------------- records


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
        "sentences-v3",  # the sentence splitting and where sentence vectors live; a change re-embeds
    ]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()[:16]


def paper_metadata(paper: Paper, content_hash: str, page: str = "", rank: int = 0) -> dict[str, str | int | bool]:
    return {
        "paper_id": paper.id,
        "title": paper.title,
        "title_key": title_key(paper.title),
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
        "page": page or paper.source.file,
        "rank": rank,
        "owners": AUTHOR_SEP.join(paper.owners),
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
        owners=tuple(o for o in str(meta.get("owners", "")).split(AUTHOR_SEP) if o),
    )


def abstract_sentences(paper: Paper) -> list[str]:
    return sentences(paper.abstract)


# ---------------------------------------------------------------------------------------------------------- sync


@contextlib.contextmanager
def ingest_lock(settings: Settings) -> Iterator[None]:
    """One ingest at a time per collection on this machine (two would race on the index writer)."""
    path = index_path(settings)
    try:
        path.mkdir(parents=True, exist_ok=True)
        handle = open(path / ".ingest.lock", "w")  # noqa: SIM115 - closed below
    except OSError as exc:
        raise _cannot_open(settings, exc) from exc
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def open_index(settings: Settings) -> LexicalIndex:
    try:
        return LexicalIndex(index_path(settings))
    except OSError as exc:
        raise _cannot_open(settings, exc) from exc


def _cannot_open(settings: Settings, exc: OSError) -> StoreError:
    where = settings.store_path if not settings.chroma_url else index_path(settings)
    return StoreError(
        f"cannot open the store at {where}: {exc.strerror or exc}. Choose a folder you can write to "
        "(ASSISTANT_STORE_PATH)"
    )


def repair_index(store: Store, index: LexicalIndex, *, progress: Callable[[int, int], None] | None = None) -> int:
    """Bring the lexical index in line with the Chroma store, paper by paper (by content hash). Needed after an
    interrupted ingest, an ingest from another machine (server mode), or when the index files are new."""
    version = store.version()
    if index.compatible and index.store_version == version and version:
        return 0
    if not index.compatible:
        index.clear()
    have = index.hashes()
    stored = store.stored_hashes()
    stale = {pid for pid, h in stored.items() if have.get(pid) != h}
    gone = [pid for pid in have if pid not in stored]
    index.delete(gone)
    fixed = 0
    if stale:
        batch: list[IndexedPaper] = []
        for paper, meta, chunks in store.stored_papers():
            if paper.id not in stale:
                continue
            batch.append(
                IndexedPaper(
                    paper,
                    tuple(chunks),
                    str(meta.get("page", paper.source.file)),
                    int(meta.get("rank", 0)),
                    str(meta.get("content_hash", "")),
                )
            )
            if len(batch) >= 500:
                index.upsert(batch)
                fixed += len(batch)
                batch = []
                if progress:
                    progress(fixed, len(stale))
        index.upsert(batch)
        fixed += len(batch)
    index.set_store_version(version)
    return fixed + len(gone)


def sync(
    papers: Sequence[Paper],
    settings: Settings,
    *,
    owners: Mapping[str, tuple[str, int]] | None = None,
    prune: bool = True,
    progress: Callable[[int, int], None] | None = None,
    store: Store | None = None,
    index: LexicalIndex | None = None,
) -> IngestReport:
    """Make the store hold these papers: add new ones, replace changed ones and (with `prune`, from a complete,
    valid corpus only) remove the rest. `owners` gives each paper's page and rank (default: its source file)."""
    if prune and not papers:
        raise StoreError("refusing to remove every stored paper: the corpus to sync has no papers")
    start = time.perf_counter()
    store = store or Store(settings)
    owners = owners or {}
    with ingest_lock(settings):
        index = index or open_index(settings)
        repair_index(store, index)
        wanted = {p.id for p in papers}
        # Pruning compares with every stored paper; otherwise only these papers' rows are read.
        state = index.paper_state(None if prune else wanted)
        stored = {pid: h for pid, (h, _, _, _) in state.items()}
        owned = {pid: (page, rank) for pid, (_, page, rank, _) in state.items()}
        # (the researchers a paper's pages name are its metadata, as its page is: a change re-embeds nothing)
        researchers = index.owners_of(None if prune else wanted)
        chunks_before = {pid: n for pid, (_, _, _, n) in state.items()}
        todo: list[tuple[Paper, str]] = []
        moved: list[tuple[str, str, int, tuple[str, ...]]] = []
        unchanged_chunks = 0
        for p in papers:
            h = paper_hash(p, settings.chunk_tokens, settings.chunk_overlap)
            page, rank = owners.get(p.id, (p.source.file, 0))
            if stored.get(p.id) != h:
                todo.append((p, h))
            else:
                unchanged_chunks += chunks_before.get(p.id, 0)
                if owned.get(p.id) != (page, rank) or researchers.get(p.id, ()) != p.owners:
                    moved.append((p.id, page, rank, p.owners))
        gone = [pid for pid in stored if pid not in wanted] if prune else []
        report = dict(added=0, updated=0, removed=0, embedded=0, sentences=0, papers_added=0, papers_updated=0)
        if todo or gone:
            store.bump_version()  # before the first write: a killed ingest still invalidates every reader's caches
            store.drop_legacy()
        done = 0
        batch = settings.ingest_batch_papers
        for i in range(0, len(todo), batch):
            part = todo[i : i + batch]
            rows, indexed = _embed_batch(part, settings, owners)
            store.write(rows)
            index.upsert(indexed)
            for (p, _), row in zip(part, rows):
                n_new, n_old = len(row[4]), chunks_before.get(p.id, 0)
                report["embedded"] += n_new
                report["sentences"] += len(row[6])
                report["added"] += max(0, n_new - n_old)
                report["updated"] += min(n_new, n_old)
                report["removed"] += max(0, n_old - n_new)
                report["papers_updated" if p.id in stored else "papers_added"] += 1
            done += len(part)
            if progress:
                progress(done, len(todo))
        if moved:
            store.update_ownership(moved)
            index.upsert(
                [
                    IndexedPaper(
                        p,
                        tuple(chunk_paper(p, settings.chunk_tokens, settings.chunk_overlap)),
                        *owners.get(p.id, (p.source.file, 0)),
                        paper_hash(p, settings.chunk_tokens, settings.chunk_overlap),
                    )
                    for p in papers
                    if p.id in {m[0] for m in moved}
                ]
            )
        if gone:
            report["removed"] += store.delete(gone)
            index.delete(gone)
        version = store.bump_version() if (todo or gone or moved) else store.version()
        index.set_store_version(version)
    if progress and not todo:
        progress(len(papers), len(papers))
    return IngestReport(
        papers=len(papers),
        chunks_added=report["added"],
        chunks_updated=report["updated"],
        chunks_unchanged=unchanged_chunks,
        chunks_removed=report["removed"],
        papers_added=report["papers_added"],
        papers_updated=report["papers_updated"],
        papers_removed=len(gone),
        embedded=report["embedded"],
        sentences_embedded=report["sentences"],
        seconds=time.perf_counter() - start,
    )


def _embed_batch(part, settings: Settings, owners: Mapping[str, tuple[str, int]]):
    from .embeddings import minilm

    texts = [
        (chunk_paper(paper, settings.chunk_tokens, settings.chunk_overlap), abstract_sentences(paper))
        for paper, _ in part
    ]
    if settings.embedding == "minilm":
        # The whole part in one call, so its batches mix papers and keep both cores busy.
        flat = [t for chunks, sents in texts for t in [c.text for c in chunks] + sents]
        vectors = minilm(1).embed_many(flat, workers=settings.ingest_threads)
        embedded, at = [], 0
        for chunks, sents in texts:
            middle, end = at + len(chunks), at + len(chunks) + len(sents)
            embedded.append((vectors[at:middle], vectors[middle:end]))
            at = end
    else:
        embed = embedding_function(settings)
        embedded = [
            (np.asarray(embed([c.text for c in chunks])), np.asarray(embed(sents)) if sents else np.zeros((0, 1)))
            for chunks, sents in texts
        ]
    rows, indexed = [], []
    for (paper, h), (chunks, sents), (chunk_vecs, sent_vecs) in zip(part, texts, embedded):
        page, rank = owners.get(paper.id, (paper.source.file, 0))
        rows.append((paper, h, page, rank, chunks, chunk_vecs, sents, sent_vecs))
        indexed.append(IndexedPaper(paper, tuple(chunks), page, rank, h))
    return rows, indexed


def is_current(
    papers: Sequence[Paper], settings: Settings, owners: Mapping[str, tuple[str, int]] | None = None
) -> bool:
    """True when the store already holds exactly these papers, with the same content, chunking and owners."""
    store = Store(settings)
    index = open_index(settings)
    version = store.version()
    if not version or index.store_version != version or not index.compatible:
        return False
    want = {p.id: paper_hash(p, settings.chunk_tokens, settings.chunk_overlap) for p in papers}
    state = index.paper_state()
    if {pid: h for pid, (h, _, _, _) in state.items()} != want:
        return False
    researchers = index.owners_of()
    if any(researchers.get(p.id, ()) != p.owners for p in papers):
        return False
    return all(pid in state and state[pid][1:3] == tuple(owner) for pid, owner in (owners or {}).items())


def rebuild(settings: Settings) -> Path | None:
    """Start the collection afresh. A damaged embedded store is moved aside first (returned), never deleted."""
    moved = None
    try:
        Store(settings).reset()
    except StoreDamaged:
        if settings.chroma_url:
            raise
        forget_client(settings)
        from chromadb.api.shared_system_client import SharedSystemClient

        # The failed open left a half-made client for this path in chromadb's process-wide cache.
        SharedSystemClient.clear_system_cache()
        with _clients_lock:
            _clients.clear()
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = settings.store_path.with_name(f"{settings.store_path.name}.damaged-{stamp}")
        shutil.move(str(settings.store_path), moved)
        settings.store_path.mkdir(parents=True, exist_ok=True)
    index = open_index(settings)
    index.clear()
    return moved
