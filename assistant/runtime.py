"""`Assistant(settings)`: the one owner of process state — the store client, the lexical index, the embedding
model and the engines — replacing module-level caches.

It notices an ingest made by another process (or another machine, with a Chroma server) before each question:
SQLite tells it when the index files changed, and the store's version tells it when the Chroma side moved on, in
which case the index is repaired paper by paper. A running app therefore survives `assistant ingest` beside it.
"""

from __future__ import annotations

import fcntl
import itertools
import threading
from collections.abc import Iterator, Sequence

import numpy as np

from .index import LexicalIndex
from .settings import Settings
from .store import Store, StoreError, forget_client, index_path, open_index, repair_index, written_here
from .types import Answer, AnswerEvent, Filters, Hit


class Assistant:
    """Answers questions about one collection. Thread-safe; share one per settings (see `for_settings`)."""

    def __init__(self, settings: Settings | None = None):
        self.settings = settings or Settings()
        self.store = Store(self.settings)
        self._index: LexicalIndex | None = None
        self._lock = threading.Lock()
        self._engines: dict[str, object] = {}
        self._engines_lock = threading.Lock()
        self._checked_version: str | None = None
        self._seen_version: str | None = None
        self._kept_lock = threading.Lock()
        # Questions being answered now: the launch's read-ahead waits for them (`quiet`), so that a question asked
        # while it runs does not share the interpreter with it.
        self._asking = 0
        self._asked = threading.Condition()

    # ------------------------------------------------------------------------------------------- shared state

    @classmethod
    def for_settings(cls, settings: Settings | None = None) -> Assistant:
        """The process-wide assistant for these settings (created on first use)."""
        settings = settings or Settings()
        key = settings.model_dump_json()
        with _registry_lock:
            if key not in _registry:
                _registry[key] = cls(settings)
            return _registry[key]

    @property
    def index(self) -> LexicalIndex:
        with self._lock:
            if self._index is None:
                self._index = open_index(self.settings)
            return self._index

    def refresh(self) -> None:
        """Catch up with ingests made elsewhere: reopen index readers, repair the index from the store."""
        index = self.index
        index.refresh()
        version = self.store.version()
        elsewhere = self._seen_version is not None and version != self._seen_version and not written_here(version)
        if elsewhere and not self.settings.chroma_url:
            # Another process wrote the store: reopen the client so its vector index is read afresh from disk.
            forget_client(self.settings)
            version = self.store.version()
        self._seen_version = version
        if version == index.store_version or version == self._checked_version:
            return
        # Repair without waiting on a running ingest: it will leave the index current when it finishes.
        path = index_path(self.settings)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / ".ingest.lock", "w") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            try:
                repair_index(self.store, index)
                self._checked_version = version
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)
        index.refresh()

    def warm(self, limit: int | None = None) -> int:
        """Do before the first question what it would otherwise wait on: load the question-side model and read ahead
        the first `limit` papers (default READ_AHEAD_PAPERS; `planning.read_ahead`). Safe beside questions being
        answered (the app runs it in a thread at launch). Returns the papers read."""
        from .planning import read_ahead

        self.refresh()
        self.embed("papers")
        limit = READ_AHEAD_PAPERS if limit is None else limit
        ids = [p.id for p in itertools.islice(self.index.iter_papers(), limit)]  # (newest first)
        return read_ahead(self, ids, pause=self.quiet)

    def quiet(self, longest: float | None = None) -> bool:
        """Wait until no question is being answered, or `longest` seconds. Returns whether it is quiet. (The read-ahead
        calls it before each paper: it is pure-Python work, and beside it a question took 2.0-2.3 s instead of
        1.6-1.8 s in a fresh process.) `longest` defaults to READ_AHEAD_PAUSE_S."""
        with self._asked:
            return self._asked.wait_for(
                lambda: self._asking == 0, timeout=READ_AHEAD_PAUSE_S if longest is None else longest
            )

    def _in_flight(self, events: Iterator[AnswerEvent]) -> Iterator[AnswerEvent]:
        """The events, counted as a question being answered from the first asked for until the last is read (or the
        stream is closed)."""
        with self._asked:
            self._asking += 1
        try:
            yield from events
        finally:
            with self._asked:
                self._asking -= 1
                self._asked.notify_all()

    def embed(self, text: str) -> np.ndarray:
        """The question's vector, with the same model the store was built with."""
        if self.settings.embedding == "minilm":
            from .embeddings import minilm

            return minilm(self.settings.threads).embed(text[:2000])
        from .store import embedding_function

        return np.asarray(embedding_function(self.settings)([text[:2000]])[0], dtype=np.float32)

    def engine(self, name: str | None = None):
        """The engine for `name` (default: the configured one), created once. Its key comes from the settings the
        engine's spec declares it depends on."""
        from .engines import spec_for

        spec = spec_for(name or self.settings.engine_name)
        key = spec.name + ":" + self.settings.model_dump_json(include=set(spec.settings_fields))
        with self._engines_lock:
            if key not in self._engines:
                self._engines[key] = spec.factory(self.settings)
            return self._engines[key]

    def sentence_vectors(self, paper_ids: Sequence[str]) -> dict[str, list[tuple[int, str, np.ndarray]]]:
        """`Store.sentence_vectors`, each paper's kept in memory until the index changes (as any ingest, here or
        elsewhere, changes it): reading them from Chroma took about 5 ms a question."""
        return self._kept("sentence_vectors", paper_ids, self.store.sentence_vectors)

    def chunk_texts(self, ids: Sequence[str]) -> dict[str, str]:
        """`Store.chunk_texts`, kept in memory as `sentence_vectors` are."""
        return self._kept("chunk_texts", ids, self.store.chunk_texts)

    def _kept(self, key: str, ids: Sequence[str], read) -> dict:
        # (under a lock: the read-ahead and several questions share what is kept, and one of them may start it
        # again, past KEPT_READS, between another's looking a paper up and reading it)
        ids = list(dict.fromkeys(ids))
        with self._kept_lock:
            kept = self.index._cached(key, dict)
            have = {i: kept[i] for i in ids if i in kept}
        missing = [i for i in ids if i not in have]
        if missing:
            found = read(missing)  # (outside the lock: the store may be slow, and others' papers may be kept)
            with self._kept_lock:
                if len(kept) + len(found) > KEPT_READS:
                    kept.clear()
                # (only what was found: a paper stored before sentences were embedded is read again, should a sync
                # add them without the index changing)
                kept.update(found)
            have.update(found)
        return {i: have[i] for i in ids if i in have}

    def paper_count(self) -> int:
        try:
            return self.store.count() and self.index.count()
        except StoreError:
            return 0

    # ------------------------------------------------------------------------------------------- the public calls

    def stream_answer(
        self,
        question: str,
        history: Sequence[dict] | None = None,
        *,
        filters: Filters | None = None,
        engine=None,
        cancel: threading.Event | None = None,
    ) -> Iterator[AnswerEvent]:
        from .answering import stream_events

        return self._in_flight(stream_events(self, question, history, filters=filters, engine=engine, cancel=cancel))

    def answer(
        self, question: str, history: Sequence[dict] | None = None, *, filters: Filters | None = None, engine=None
    ) -> Answer:
        from .answering import final_answer

        return final_answer(self.stream_answer(question, history, filters=filters, engine=engine))

    def retrieve(
        self,
        question: str,
        k: int | None = None,
        history: Sequence[dict] | None = None,
        *,
        filters: Filters | None = None,
    ) -> list[Hit]:
        from .retrieval import find

        return find(self, question, k=k, history=history, filters=filters)


# The most papers' sentence vectors (or chunks' texts) an assistant keeps in memory between questions: 2,000 papers'
# sentence vectors take about 25 MB; past that the kept reads start again.
KEPT_READS = 2000

# The most papers `Assistant.warm` reads ahead (about 13 ms each on the 2-core machine, in the background): past
# about 2,000 the planner's sentence caches (planning.SENTENCE_CACHE sentences) would drop what was read first.
READ_AHEAD_PAPERS = 1000

# The longest the read-ahead waits, before each paper, for the questions being answered to finish: it yields to them,
# yet a stream nobody reads to its end (or a steady flow of questions) does not stop it for good.
READ_AHEAD_PAUSE_S = 2.0

_registry: dict[str, Assistant] = {}
_registry_lock = threading.Lock()
