"""The persisted lexical side of the store: a paper catalog (SQLite) and a BM25 index over chunk terms (tantivy).

Why these (measured, docs/scale.md): at 100k chunks tantivy answers an OR query of pre-stemmed terms in ~1 ms
(p95 1.7 ms), adds a paper in ~12 ms and opens in under a millisecond, where SQLite FTS5 took 140-640 ms a query
and bm25s needs a full rebuild for every change. The catalog is plain SQLite: filters, names, authors and the
vocabulary are indexed lookups, so nothing is loaded into memory when a process starts.

Both live beside the Chroma store (or, with a Chroma server, in a local cache folder), are updated by ingest paper
by paper, and carry the store version they reflect: a process that finds the Chroma store newer repairs the index
from it by content hash. Readers in other processes see committed changes on their next question.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from . import lexicon
from .corpus import title_key
from .text import (
    Corrector,
    content_terms,
    english_words,
    fold_accents,
    is_coined,
    name_parts,
    normalize,
    ordinary_words,
    ratio,
    spell_greek,
    stem,
    stopwords,
)
from .types import Chunk, Filters, Order, Paper, SourceRef

SCHEMA_VERSION = "15"  # bump whenever what the index derives from a paper changes
# Titles this long or longer are recognised when a question quotes most of them, or their first words.
LONG_TITLE = 25
TITLE_PREFIX_WORDS = 5
# A title is looked up by its first words: this many of them, in order, begin a title given in a question.
TITLE_START_WORDS = 3
# How close (rapidfuzz ratio, 0-100) a quoted title or a mistyped name must be to count as naming a paper.
TITLE_MATCH = 90
NAME_MATCH = 85
# How close a person's name typed in a question must be to an author's to be that author mistyped ('Minsu Kimm',
# 'Chuanxia Zeng'): one letter in a name of ten is about 90-95; two people of one surname ('Minsu Kim', 'Minsu Kang')
# are about 84.
AUTHOR_SLIP_RATIO = 90
# Coined words seen in one abstract name that paper only when they look like names, not common abbreviations.
ABSTRACT_NAME_MIN_LENGTH = 6
# An all-capitals acronym coined in one abstract ('DCWP') names that paper from this length (LLM, WER are shorter
# and shared).
ACRONYM_MIN_LENGTH = 4
# A coined title word ('LLM-based', 'ReLU') names its paper only if at most this many papers use it at all.
TITLE_NAME_MAX_PAPERS = 2
# Mistyped names are corrected only from this length: shorter ones have too many near neighbours.
FUZZY_NAME_MIN_LENGTH = 5


# A word as a paper writes it, hyphens and digits inside ('GPT-4o', 'Talk3D').
_WRITTEN_WORD_RE = re.compile(r"[^\W_][\w+-]*[^\W_]")


class Catalog(Protocol):
    """What query understanding needs to know about the collection."""

    def paper(self, paper_id: str) -> Paper: ...
    def count(self) -> int: ...
    def named_in(self, text: str, *, ordered: bool = False) -> list[str]: ...
    def names_in(self, text: str) -> tuple[list[str], list[str]]: ...
    def authors_in(self, text: str) -> list[str]: ...
    def correct(self, word: str) -> str | None: ...
    def is_word(self, word: str) -> bool: ...
    def idf(self, term: str) -> float: ...
    def best_match(self, text: str) -> str | None: ...
    def known(self, term: str) -> bool: ...
    def uses_word(self, word: str) -> bool: ...
    def papers_named_with(self, part: str) -> list[str]: ...
    def cased(self, word: str) -> str | None: ...


@dataclass(frozen=True)
class IndexedPaper:
    """What ingest hands the index for one paper."""

    paper: Paper
    chunks: tuple[Chunk, ...]
    page: str  # the page file that owns the paper
    rank: int  # ownership order: configured pages first, then added pages in the order they were added
    content_hash: str


def paper_terms(paper: Paper, chunk_text: str) -> list[str]:
    """The stems a chunk is found by: its text (title included), the authors, the affiliation tag and its names."""
    extra = [*paper.authors, paper.affiliation or "", *lexicon.AFFILIATIONS.get((paper.affiliation or "").lower(), ())]
    return content_terms(f"{chunk_text} {' '.join(extra)}", framing=True)


_POSSESSIVE_RE = re.compile(r"'s$")
_INITIAL_NAME_RE = re.compile(r"\b(?P<initial>[A-Z])\.\s*(?P<surname>[A-Z][\w'-]+)")
_SURNAME_REFERENCE_RE = re.compile(
    r"\b(?P<surname>[A-Z][\w'-]+?)(?:'s?\s+(?:paper|papers|team|group|lab|work|study|studies|article)\b|"
    r"\s+(?:et\s+al\b|and\s+(?:colleagues|co-?authors|co-?workers|collaborators|his\s+team|her\s+team|team)\b))"
    # 'papers by Bansal', 'work from Bansal' (one capitalised word, not a name of two: that one is matched whole)
    r"|(?:\b(?:by|from)\s+(?P<by>[A-Z][a-z][\w-]*)\b(?!['’]|\s+[A-Z]))"
    # the person who did the work: 'Has Bansal looked at art?', 'What has Bansal published on agents?'
    r"|(?:\b(?:[Hh]as|[Hh]ave|[Dd]id|[Dd]oes)\s+(?P<subject>[A-Z][a-z][\w-]*)\s+(?:ever\s+)?"
    r"(?:"
    + "|".join(sorted(lexicon.RESEARCH_VERB_WORDS))
    + r"|published|publish|posted|post|written|write|wrote|done|do)\b)"
)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS papers(
    id TEXT PRIMARY KEY, title TEXT NOT NULL, title_key TEXT NOT NULL, authors TEXT NOT NULL, et_al INTEGER,
    affiliation TEXT, date TEXT NOT NULL, date_has_year INTEGER, year INTEGER, month INTEGER, category TEXT,
    has_code INTEGER, abstract TEXT, source TEXT, page TEXT, rank INTEGER, content_hash TEXT, title_start TEXT,
    n_chunks INTEGER, owners TEXT);
CREATE INDEX IF NOT EXISTS papers_title_key ON papers(title_key);
CREATE INDEX IF NOT EXISTS papers_date ON papers(date);
CREATE INDEX IF NOT EXISTS papers_title_start ON papers(title_start);
CREATE TABLE IF NOT EXISTS names(name TEXT NOT NULL, paper_id TEXT NOT NULL, kind TEXT NOT NULL, cased TEXT);
CREATE INDEX IF NOT EXISTS names_name ON names(name);
CREATE INDEX IF NOT EXISTS names_paper ON names(paper_id);
CREATE TABLE IF NOT EXISTS authors(key TEXT NOT NULL, name TEXT NOT NULL, paper_id TEXT NOT NULL, listed INTEGER);
CREATE INDEX IF NOT EXISTS authors_key ON authors(key);
CREATE INDEX IF NOT EXISTS authors_paper ON authors(paper_id);
CREATE TABLE IF NOT EXISTS terms(term TEXT PRIMARY KEY, papers INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS words(word TEXT PRIMARY KEY, papers INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS vocab(paper_id TEXT PRIMARY KEY, terms TEXT NOT NULL, words TEXT NOT NULL) WITHOUT ROWID;
"""
# Stems (BM25's terms) and lower-cased words are kept as counts of the papers using each, with every paper's own
# lists in `vocab` to take it back out: a row per (word, paper) with two indexes made ingest store-bound (a third of
# its time at 100k chunks) and document frequencies a count over thousands of rows.
_TABLES = ("meta", "papers", "names", "authors", "terms", "words", "vocab")


class LexicalIndex:
    """Catalog + BM25. `path=None` keeps both in memory (tests, throwaway stores)."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path else None
        self._local = threading.local()
        self._lock = threading.RLock()
        self._memory_db: sqlite3.Connection | None = None
        if self.path:
            self.path.mkdir(parents=True, exist_ok=True)
        with self._lock:
            db = self._db()
            db.executescript(_SCHEMA)  # idempotent; executescript manages its own transaction
            found = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            outdated = found is not None and found[0] != SCHEMA_VERSION
            if outdated:  # written by another version: start empty; the next repair refills it from the store
                for table in _TABLES:
                    db.execute(f"DROP TABLE IF EXISTS {table}")
                db.executescript(_SCHEMA)
            if found is None or outdated:
                db.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
        self._schema_ok = True
        self._terms = _TermIndex(self.path / "bm25" if self.path else None)
        if outdated:
            self._terms.clear()
        self._seen_version: int | None = None
        self._caches: dict[str, object] = {}

    # ------------------------------------------------------------------------------------------- connections

    def _db(self) -> sqlite3.Connection:
        if self.path is None:
            if self._memory_db is None:
                self._memory_db = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
            return self._memory_db
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(
                self.path / "catalog.sqlite3", timeout=30, isolation_level=None, check_same_thread=False
            )
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            self._local.db = db
        return db

    def _read(self, sql: str, args: Sequence = ()) -> list[tuple]:
        with self._lock if self.path is None else _nullcontext():
            return self._db().execute(sql, args).fetchall()

    class _Tx:
        def __init__(self, index: LexicalIndex):
            self.index = index

        def __enter__(self) -> sqlite3.Connection:
            self.index._lock.acquire()
            db = self.index._db()
            db.execute("BEGIN IMMEDIATE")
            return db

        def __exit__(self, kind, exc, tb):
            db = self.index._db()
            try:
                db.execute("ROLLBACK" if exc else "COMMIT")
            finally:
                self.index._lock.release()
            return False

    def _write(self) -> LexicalIndex._Tx:
        return LexicalIndex._Tx(self)

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # ------------------------------------------------------------------------------------------- versioning

    def meta(self, key: str) -> str | None:
        row = self._read("SELECT value FROM meta WHERE key=?", (key,))
        return row[0][0] if row else None

    @property
    def compatible(self) -> bool:
        """False when the files were written by another schema version (the index is then rebuilt)."""
        return self._schema_ok

    @property
    def store_version(self) -> str:
        return self.meta("store_version") or ""

    def refresh(self) -> bool:
        """Notice commits made by other processes (an ingest); drop caches and reopen the BM25 reader if any."""
        version = self._read("PRAGMA data_version")[0][0] if self.path else None
        changed = self._seen_version is not None and version != self._seen_version
        if changed or self._seen_version is None:
            self._caches.clear()
            self._terms.reload()
        self._seen_version = version
        return changed

    def _cached(self, key: str, build):
        if key not in self._caches:
            self._caches[key] = build()
        return self._caches[key]

    # ------------------------------------------------------------------------------------------- writes

    def upsert(self, items: Sequence[IndexedPaper]) -> None:
        """Add or replace papers (their catalog rows, names, authors and BM25 documents)."""
        if not items:
            return
        self._terms.replace([(i.paper.id, [(c.id, paper_terms(i.paper, c.text)) for c in i.chunks]) for i in items])
        with self._write() as db:
            for item in items:
                self._delete_rows(db, item.paper.id)
                self._insert_rows(db, item)
        self._caches.clear()

    def delete(self, paper_ids: Iterable[str]) -> None:
        ids = list(paper_ids)
        if not ids:
            return
        self._terms.delete(ids)
        with self._write() as db:
            for pid in ids:
                self._delete_rows(db, pid)
        self._caches.clear()

    def set_store_version(self, version: str) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES('store_version', ?)", (version,))

    def clear(self) -> None:
        self._terms.clear()
        with self._write() as db:
            for table in _TABLES[1:]:
                db.execute(f"DELETE FROM {table}")
            db.execute("DELETE FROM meta WHERE key='store_version'")
        self._caches.clear()

    @staticmethod
    def _delete_rows(db: sqlite3.Connection, pid: str) -> None:
        for table, column in (("papers", "id"), ("names", "paper_id"), ("authors", "paper_id")):
            db.execute(f"DELETE FROM {table} WHERE {column}=?", (pid,))
        vocab = db.execute("SELECT terms, words FROM vocab WHERE paper_id=?", (pid,)).fetchone()
        if vocab is None:
            return
        for (table, column), listed in zip((("terms", "term"), ("words", "word")), vocab):
            db.executemany(f"UPDATE {table} SET papers=papers-1 WHERE {column}=?", [(t,) for t in json.loads(listed)])
            db.execute(f"DELETE FROM {table} WHERE papers<=0")
        db.execute("DELETE FROM vocab WHERE paper_id=?", (pid,))

    @staticmethod
    def _insert_rows(db: sqlite3.Connection, item: IndexedPaper) -> None:
        p = item.paper
        words = re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", normalize(p.title + " " + p.abstract).lower())
        title_words = _title_words(p.title)
        start = " ".join(title_words[:TITLE_START_WORDS]) if len(title_words) >= TITLE_START_WORDS else None
        db.execute(
            "INSERT INTO papers VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                p.id,
                p.title,
                title_key(p.title),
                json.dumps(list(p.authors)),
                int(p.et_al),
                p.affiliation,
                p.date.isoformat(),
                int(p.date_has_year),
                p.year,
                p.date.month,
                p.category,
                int(p.has_code),
                p.abstract,
                str(p.source),
                item.page,
                item.rank,
                item.content_hash,
                start,
                len(item.chunks),
                json.dumps(list(p.owners)),
            ),
        )
        db.executemany("INSERT INTO names VALUES(?,?,?,?)", [(n, p.id, kind, c) for n, kind, c in _names_of(p)])
        # (the researcher whose page lists it is an author too, shown on its author line or not: 'papers by X' on X's
        # own page)
        shown = {a.lower() for a in p.authors}
        authors = list(dict.fromkeys([*p.authors, *(o for o in p.owners if o.lower() not in shown)]))
        db.executemany(
            "INSERT INTO authors VALUES(?,?,?,?)", [(a.lower(), a, p.id, int(a.lower() in shown)) for a in authors]
        )
        stems = sorted(set(content_terms(f"{p.title} {p.abstract}", framing=True)))
        unique_words = sorted(set(words))
        db.executemany(
            "INSERT INTO terms VALUES(?,1) ON CONFLICT(term) DO UPDATE SET papers=papers+1", [(t,) for t in stems]
        )
        db.executemany(
            "INSERT INTO words VALUES(?,1) ON CONFLICT(word) DO UPDATE SET papers=papers+1",
            [(w,) for w in unique_words],
        )
        db.execute("INSERT INTO vocab VALUES(?,?,?)", (p.id, json.dumps(stems), json.dumps(unique_words)))

    # ------------------------------------------------------------------------------------------- catalog reads

    def count(self) -> int:
        return self._read("SELECT COUNT(*) FROM papers")[0][0]

    def paper(self, paper_id: str) -> Paper:
        found = self.papers([paper_id])
        if paper_id not in found:
            raise KeyError(paper_id)
        return found[paper_id]

    def papers(self, ids: Iterable[str]) -> dict[str, Paper]:
        ids = list(dict.fromkeys(ids))
        out: dict[str, Paper] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            rows = self._read(f"SELECT {_PAPER_COLUMNS} FROM papers WHERE id IN ({_marks(part)})", part)
            out.update((r[0], _paper_from_row(r)) for r in rows)
        return {pid: out[pid] for pid in ids if pid in out}

    def iter_papers(self, *, page: int = 1000) -> Iterator[Paper]:
        """Every paper, newest first, read in pages."""
        offset = 0
        while True:
            rows = self._read(
                f"SELECT {_PAPER_COLUMNS} FROM papers ORDER BY date DESC, id LIMIT ? OFFSET ?", (page, offset)
            )
            yield from (_paper_from_row(r) for r in rows)
            if len(rows) < page:
                return
            offset += page

    def paper_state(self, ids: Iterable[str] | None = None) -> dict[str, tuple[str, str, int, int]]:
        """paper id -> (content hash, page, rank, chunks) for every stored paper, or for these ids only (an
        indexed lookup: adding one paper to a large collection reads one row, not all of them)."""
        sql = "SELECT id, content_hash, page, rank, n_chunks FROM papers"
        if ids is None:
            return {r[0]: r[1:] for r in self._read(sql)}
        ids = list(dict.fromkeys(ids))
        out: dict[str, tuple[str, str, int, int]] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            out |= {r[0]: r[1:] for r in self._read(f"{sql} WHERE id IN ({_marks(part)})", part)}
        return out

    def owners_of(self, ids: Iterable[str] | None = None) -> dict[str, tuple[str, ...]]:
        """paper id -> the researchers whose pages list it (Paper.owners), for every paper or these ids."""
        sql = "SELECT id, owners FROM papers"
        if ids is None:
            return {pid: tuple(json.loads(o or "[]")) for pid, o in self._read(sql)}
        ids = list(dict.fromkeys(ids))
        out: dict[str, tuple[str, ...]] = {}
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            out |= {
                pid: tuple(json.loads(o or "[]")) for pid, o in self._read(f"{sql} WHERE id IN ({_marks(part)})", part)
            }
        return out

    def hashes(self) -> dict[str, str]:
        return dict(self._read("SELECT id, content_hash FROM papers"))

    def ids_by_title_key(self, keys: Iterable[str]) -> dict[str, str]:
        """title key -> paper id, for the stored papers among these keys (an indexed lookup, not a scan)."""
        keys = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        for i in range(0, len(keys), 500):
            part = keys[i : i + 500]
            found |= dict(self._read(f"SELECT title_key, id FROM papers WHERE title_key IN ({_marks(part)})", part))
        return found

    def ids_with_base(self, base: str) -> set[str]:
        """The stored ids that are this short id or a numbered one after it ('base', 'base-2', …)."""
        pattern = base.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "-%"
        rows = self._read("SELECT id FROM papers WHERE id=? OR id LIKE ? ESCAPE '\\'", (base, pattern))
        return {r[0] for r in rows if r[0] == base or re.fullmatch(re.escape(base) + r"-\d+", r[0])}

    def pages(self) -> dict[str, int]:
        return dict(self._read("SELECT page, COUNT(*) FROM papers GROUP BY page"))

    def categories(self) -> set[str]:
        return self._cached("categories", lambda: {r[0] for r in self._read("SELECT DISTINCT category FROM papers")})

    def category_counts(self) -> dict[str, int]:
        return dict(self._read("SELECT category, COUNT(*) FROM papers GROUP BY category"))

    def affiliations(self) -> set[str]:
        return self._cached(
            "affiliations",
            lambda: {
                r[0]
                for r in self._read(
                    "SELECT DISTINCT affiliation FROM papers WHERE affiliation IS NOT NULL AND affiliation != ''"
                )
            },
        )

    def author_names(self) -> list[str]:
        return [r[0] for r in self._read("SELECT DISTINCT name FROM authors ORDER BY name")]

    def years(self) -> list[int]:
        return [r[0] for r in self._read("SELECT DISTINCT year FROM papers ORDER BY year")]

    def filter_ids(self, filters: Filters) -> set[str]:
        """Ids of the papers the filters accept (every restriction is an indexed SQL condition)."""
        if filters.without:
            kept = self.filter_ids(replace(filters, without=()))
            return kept.difference(*(self.filter_ids(left_out) for left_out in filters.without))
        where, args = [], []
        if filters.year_from:
            where.append("year >= ?")
            args.append(filters.year_from)
        if filters.year_to:
            where.append("year <= ?")
            args.append(filters.year_to)
        if filters.years:
            where.append(f"year IN ({_marks(filters.years)})")
            args.extend(filters.years)
        if filters.date_from:
            where.append("date >= ?")
            args.append(filters.date_from.isoformat())
        if filters.date_to:
            where.append("date <= ?")
            args.append(filters.date_to.isoformat())
        if filters.months:
            where.append(f"month IN ({_marks(filters.months)})")
            args.extend(filters.months)
        if filters.day:
            where.append("CAST(substr(date, 9, 2) AS INTEGER) = ?")  # dates are ISO text: YYYY-MM-DD
            args.append(filters.day)
        if filters.categories:
            where.append(f"category IN ({_marks(filters.categories)})")
            args.extend(filters.categories)
        if filters.has_code is not None:
            where.append("has_code = ?")
            args.append(int(filters.has_code))
        if filters.affiliations:
            where.append(f"lower(affiliation) IN ({_marks(filters.affiliations)})")
            args.extend(a.lower() for a in filters.affiliations)
        shown = " AND listed = 1" if filters.listed_only else ""
        if filters.authors and filters.every_author:
            keys = sorted({a.lower() for a in filters.authors})
            where.append(
                f"id IN (SELECT paper_id FROM authors WHERE key IN ({_marks(keys)}){shown} GROUP BY paper_id "
                "HAVING COUNT(DISTINCT key) = ?)"
            )
            args.extend([*keys, len(keys)])
        elif filters.authors:
            where.append(f"id IN (SELECT paper_id FROM authors WHERE key IN ({_marks(filters.authors)}){shown})")
            args.extend(a.lower() for a in filters.authors)
        if filters.authors and filters.first_author:
            # The first name on the author line, lower-cased as Python does it (SQLite's lower() is ASCII only:
            # 'Łukasz Kaiser' would not match)
            sql = "SELECT id, authors FROM papers" + (" WHERE " + " AND ".join(where) if where else "")
            wanted = {a.lower() for a in filters.authors}
            return {pid for pid, names in self._read(sql, args) if (json.loads(names) or [""])[0].lower() in wanted}
        sql = "SELECT id FROM papers" + (" WHERE " + " AND ".join(where) if where else "")
        return {r[0] for r in self._read(sql, args)}

    def by_date(self, order: Order, allowed: set[str] | None, limit: int) -> list[str]:
        direction = "DESC" if order is Order.NEWEST else "ASC"
        if allowed is None:
            rows = self._read(f"SELECT id FROM papers ORDER BY date {direction}, id LIMIT ?", (limit,))
            return [r[0] for r in rows]
        papers = self.papers(allowed)
        ranked = sorted(papers.values(), key=lambda p: (p.date, p.id), reverse=order is Order.NEWEST)
        return [p.id for p in ranked[:limit]]

    # ------------------------------------------------------------------------------------------- words and names

    def doc_freq(self, term: str) -> int:
        found = self._read("SELECT papers FROM terms WHERE term=?", (term,))
        return found[0][0] if found else 0

    def idf(self, term: str) -> float:
        """Inverse document frequency of a stem over papers (a term no paper uses gets the highest)."""
        cache = self._cached("idf", dict)
        if term not in cache:
            n = self.count()
            df = self.doc_freq(term)
            cache[term] = math.log(1 + (n - df + 0.5) / (df + 0.5))
        return cache[term]

    def known(self, term: str) -> bool:
        return self.doc_freq(term) > 0

    def _word_corrector(self) -> Corrector:
        def build() -> Corrector:
            rows = self._read("SELECT word, papers FROM words")
            vocabulary = {w: n for w, n in rows if w.isalpha()}
            # Names of authors and affiliation tags are words a question may mistype too ('gatch' -> 'gatech').
            return Corrector({**dict.fromkeys(self._cached("name_words", self._name_words), 1), **vocabulary})

        return self._cached("corrector", build)

    def correct(self, word: str) -> str | None:
        """The corpus word a mistyped question word meant ('particpants' -> 'participants'), or None.

        Only words the corpus never uses and that are not ordinary English words are corrected, so a real word the
        papers lack ('weather', 'protein') is never turned into cover for an answer.
        """
        w = word.lower()
        if len(w) < 4 or not w.isalpha() or self.is_word(w):
            return None
        fixed = self._word_corrector().correct(w)
        # (the plural of a word the corpus uses is no slip: 'datasets' where the papers write only 'dataset' asks
        # for several; 'modeles' is still 'models')
        plural = fixed and (w == f"{fixed}s" or (w == f"{fixed}es" and fixed.endswith(("s", "x", "z", "ch", "sh"))))
        return None if plural else fixed

    def is_word(self, word: str) -> bool:
        """A word some stored paper uses, an ordinary English word, or a word of an author's name or an affiliation
        tag ('GATCH' is not a typo of 'batch')."""
        w = word.lower()
        known = self._cached("is_word", dict)  # asked for the same words twice a question (fixing, correcting)
        if w not in known:
            used = bool(self._read("SELECT 1 FROM words WHERE word=? LIMIT 1", (w,)))
            known[w] = used or _is_english_word(w) or w in self._cached("name_words", self._name_words)
        return known[w]

    def uses_word(self, word: str) -> bool:
        """A word some stored paper's title or abstract uses, in any form (its stem), or a word of an author's name or
        an affiliation tag. Unlike `is_word`, an ordinary English word no paper uses ('Swahili') is not."""
        w = word.lower()
        return self.known(stem(w)) or self.papers_using(w) > 0 or w in self._cached("name_words", self._name_words)

    def _name_words(self) -> frozenset[str]:
        # (each with its accents and without: 'Cetinkaya' typed is no slip of anything, 'etinkaya' no word)
        names = [*self.author_names(), *self.affiliations()]
        return frozenset(w for n in names for t in re.findall(r"[^\W\d_]+", n.lower()) for w in (t, fold_accents(t)))

    def _author_written_otherwise(self, key: str, *, slips: bool = True) -> str | None:
        """The author a name stands for though not written as printed: spaced or hyphenated otherwise ('Jong-Chul Ye',
        'Sejin Park' where only 'Se Jin Park' is printed), surname first ('Kim Minsu'), or with a slip of the fingers
        ('Minsu Kimm'). One author only; none where the words are common words."""
        squeezed, by_words, names, folded_names = self._cached("loose_authors", self._loose_authors)
        folded = fold_accents(key)
        name = squeezed.get(re.sub(r"[^a-z]", "", folded)) or by_words.get(frozenset(re.split(r"[\s-]+", folded)))
        # (no slip is read into ordinary words: 'long videos' is no 'Hong'; names' own words may slip: 'Jiaming Lu')
        if not slips or name or len(folded.split()) < 2:
            return name
        if all(w in ordinary_words() for w in folded.split()):
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(folded, folded_names, scorer=fuzz.ratio, score_cutoff=AUTHOR_SLIP_RATIO)
        return names[best[2]] if best and folded[:1] == best[0][:1] else None

    def _loose_authors(self) -> tuple[dict[str, str], dict[frozenset, str], list[str], list[str]]:
        """Authors by their name's letters alone ('jongchulye'), and by its words in any order, where one author only
        has them; and every author's name, as printed and folded (for slips)."""
        squeezed: dict[str, list[str]] = {}
        by_words: dict[frozenset, list[str]] = {}
        names = self.author_names()
        for a in names:
            folded = fold_accents(a)
            squeezed.setdefault(re.sub(r"[^a-z]", "", folded), []).append(a)
            words = re.split(r"[\s-]+", folded)
            by_words.setdefault(frozenset(words), []).append(a)
        # (a middle name left out: 'Zora Wang' or 'Zhiruo Wang' for 'Zora Zhiruo Wang', where no one else is so
        # called, in full or so shortened)
        shortened: dict[frozenset, list[str]] = {}
        for a in names:
            words = re.split(r"[\s-]+", fold_accents(a))
            for w in words[:-1] if len(words) > 2 else ():
                shortened.setdefault(frozenset((w, words[-1])), []).append(a)
        for key, found in shortened.items():
            by_words.setdefault(key, found)
        return (
            {k: v[0] for k, v in squeezed.items() if len(v) == 1},
            {k: v[0] for k, v in by_words.items() if len(v) == 1},
            names,
            [fold_accents(a) for a in names],
        )

    def _folded_authors(self) -> dict[str, str]:
        """An author's name without accents, lower-cased -> the name as printed."""
        return {fold_accents(a): a for a in self.author_names()}

    def _names(self) -> dict[str, list[tuple[str, str, int, str]]]:
        """name -> [(paper id, kind, rank, name as printed)] for every name, in ownership order."""

        def build():
            table: dict[str, list[tuple[str, str, int, str]]] = {}
            for name, pid, kind, rank, cased in self._read(
                "SELECT n.name, n.paper_id, n.kind, p.rank, n.cased FROM names n JOIN papers p ON p.id = n.paper_id "
                "ORDER BY p.rank, p.id"
            ):
                table.setdefault(name, []).append((pid, kind, rank, cased or name))
            return table

        return self._cached("names", build)

    def papers_named_with(self, part: str) -> list[str]:
        """Papers with a camel-case name made partly of this stem ('arena' -> the paper that names 'EinsteinArena'):
        how a word the collection uses only inside names is found."""

        def build():
            names: dict[str, set[str]] = {}
            for entries in self._names().values():
                for pid, _kind, _rank, cased in entries:
                    names.setdefault(pid, set()).add(cased)
            table: dict[str, list[str]] = {}
            for pid, paper in self.papers(names).items():
                # only the words of the names the paper's text gives, not of its web addresses
                in_text = name_parts(f"{paper.title} {paper.abstract}")
                for part_stem in sorted(set().union(*map(name_parts, names[pid])) & in_text):
                    table.setdefault(part_stem, []).append(pid)
            return table

        return list(self._cached("name_parts", build).get(part, ()))

    def named_in(self, text: str, *, ordered: bool = False) -> list[str]:
        """Papers a text names: by a short name ('MuCo'), a distinctive coined word of its title, a name one typo
        away ('mambacompresor'), or most of a long title. A name belongs to the paper that had it first (configured
        pages before added ones): a later paper never takes it over."""
        return self._names_found(text, ordered=ordered)[0]

    def names_in(self, text: str) -> tuple[list[str], list[str]]:
        """(papers named, papers only hinted at by a term their abstract alone coins, like 'MultiDialog')."""
        return self._names_found(text, ordered=False)

    def _names_found(self, text: str, *, ordered: bool) -> tuple[list[str], list[str]]:
        text = normalize(text)
        found: dict[str, tuple[float, int]] = {}  # paper id -> (weight, position)
        words = [(m.start(), m.group()) for m in re.finditer(r"[^\W_][\w.+'-]*[^\W_]|[^\W_]", text)]
        lowered = [w.lower().rstrip(".'") for _, w in words]
        names = self._names()
        used = [False] * len(words)
        for n in (5, 4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                if any(used[i : i + n]):
                    continue
                phrase = " ".join(lowered[i : i + n])
                entries = names.get(phrase, ())
                if not entries and _POSSESSIVE_RE.search(phrase):
                    # 'Is MuCo's code available?': the name without its possessive ('Let's Go' keeps its own)
                    phrase = _POSSESSIVE_RE.sub("", phrase)
                    entries = names.get(phrase, ())
                if entries and n == 1 and _is_english_word(phrase):
                    # 'GRASP' names a paper, 'grasp' is a verb: a name that is also a word must match as printed.
                    printed = _POSSESSIVE_RE.sub("", words[i][1]).rstrip(".'")
                    entries = [e for e in entries if e[3] == printed]
                hit = self._resolve(phrase, entries)
                if hit is None and n == 1 and self._may_be_mistyped_name(words[i][1], phrase):
                    close = self._close_name(phrase)
                    hit = self._resolve(close, names.get(close, ()), fuzzy=True) if close else None
                if hit:
                    pid, weight = hit
                    if weight > found.get(pid, (0.0, 0))[0]:
                        found[pid] = (weight, words[i][0])
                    for j in range(i, i + n):
                        used[j] = True
        # A title quoted in the text, looked up by its first three words: a short title in full ('the Second Base
        # Paper'), a long one nearly in full or by its opening words.
        title_words = [(m.start(), m.group()) for m in re.finditer(r"[^\W_]+", text.casefold())]
        low = " ".join(w for _, w in title_words)
        for i in range(len(title_words) - TITLE_START_WORDS + 1):
            start = " ".join(w for _, w in title_words[i : i + TITLE_START_WORDS])
            for pid, title in self._read("SELECT id, title FROM papers WHERE title_start=?", (start,)):
                words = _title_words(title)
                key = " ".join(words)
                ahead = [w for _, w in title_words[i : i + len(words)]]
                prefix = next((k for k, (a, b) in enumerate(zip(words, ahead)) if a != b), min(len(words), len(ahead)))
                if prefix == len(words) or (
                    len(title) >= LONG_TITLE
                    and (_partial(key, low) >= TITLE_MATCH or prefix >= min(len(words), TITLE_PREFIX_WORDS))
                ):
                    found[pid] = (1.0, title_words[i][0])
        # A quoted piece of a title ('What Happens Next?'): the one paper whose title starts with it.
        for m in _QUOTED_RE.finditer(text):
            quoted = " ".join(_title_words(m.group(1) or m.group(2)))
            if len(quoted.split()) >= 2:
                start = (
                    " ".join(quoted.split()[:TITLE_START_WORDS]) if len(quoted.split()) >= TITLE_START_WORDS else None
                )
                rows = (
                    self._read("SELECT id, title FROM papers WHERE title_start=?", (start,))
                    if start
                    else self._read("SELECT id, title FROM papers")
                )
                owners = [pid for pid, title in rows if " ".join(_title_words(title)).startswith(quoted)]
                if len(owners) == 1:
                    found[owners[0]] = (1.0, m.start())
        strong = {pid: v for pid, v in found.items() if v[0] >= 1.0}
        weak = {pid: v for pid, v in found.items() if v[0] < 1.0}
        order = (lambda d: sorted(d, key=lambda pid: d[pid][1])) if ordered else sorted
        return order(strong), order(weak)

    def _resolve(self, name: str, entries: Sequence[tuple[str, str, int, str]], *, fuzzy: bool = False):
        """Which paper a name denotes: the first owner of a short name; a coined title word that few papers use;
        a coined word only one abstract uses (a weak hint). A fuzzy match counts only for short and title names."""
        if not entries:
            return None
        short = [e for e in entries if e[1] == "short"]
        if short:
            return (short[0][0], 1.0)
        titled = {e[0] for e in entries if e[1] == "title"}
        # (a short acronym in capitals is a term of the field as soon as another paper uses it: 'CTC' of '… LID-Aware
        # CTC' names no paper where another abstract uses connectionist temporal classification (CTC) too)
        shared_term = all(e[3].isupper() and len(e[3]) < ACRONYM_MIN_LENGTH for e in entries if e[1] == "title")
        most = 1 if shared_term else TITLE_NAME_MAX_PAPERS
        if len(titled) == 1 and self.papers_using(name) <= most:
            return (next(iter(titled)), 1.0)
        if fuzzy or titled:
            return None
        papers = {e[0] for e in entries}
        return (entries[0][0], 0.6) if len(papers) == 1 else None

    def cased(self, word: str) -> str | None:
        """How the papers write a word they write only as a name ('MRI', 'LLMs', 'NextMotionQA'): what a question
        typed in lower case meant by it. None for a word they also write plainly ('Lidar is …', 'only'), or never."""
        low = word.lower()
        known = self._cached("cased", dict)  # (per word: reading every paper for every question would cost)
        if low not in known:
            known[low] = self._cased_form(low) if self.papers_using(low) else None
        return known[low]

    def _cased_form(self, low: str) -> str | None:
        forms: Counter = Counter()
        text_sql = "title || ' ' || coalesce(abstract, '')"
        for (text,) in self._read(f"SELECT {text_sql} FROM papers WHERE instr(lower({text_sql}), ?)", (low,)):
            for w in _WRITTEN_WORD_RE.findall(normalize(text)):
                if w.lower() == low:
                    if not is_coined(w):
                        return None
                    forms[w] += 1
        return forms.most_common(1)[0][0] if forms else None

    def papers_using(self, word: str) -> int:
        """How many papers' titles and abstracts use this (lower-cased) word."""
        found = self._read("SELECT papers FROM words WHERE word=?", (word,))
        return found[0][0] if found else 0

    def _may_be_mistyped_name(self, original: str, phrase: str) -> bool:
        if len(phrase) < FUZZY_NAME_MIN_LENGTH or self._read("SELECT 1 FROM words WHERE word=? LIMIT 1", (phrase,)):
            return False
        if is_coined(original):
            return True
        return "-" not in phrase and phrase.isalnum() and len(phrase) >= 7 and not _is_english_word(phrase)

    def _close_name(self, phrase: str) -> str | None:
        corrector = self._cached("name_corrector", lambda: Corrector({n: 1 for n in self._names() if " " not in n}))
        for option in corrector.candidates(phrase):
            # A longer or shorter version of a name is another name (GPT-4 vs GPT-4o), not a typo of it.
            if option.startswith(phrase) or phrase.startswith(option):
                continue
            if ratio(option, phrase) >= NAME_MATCH:
                return option
        return None

    def authors_in(self, text: str) -> list[str]:
        """Authors (as printed) whose full name appears in the text."""
        words = re.findall(r"[\w.'-]+", normalize(text))
        found = []
        for n in (4, 3, 2, 1):
            for i in range(len(words) - n + 1):
                if n == 1 and "-" not in words[i]:
                    continue  # (one word only where a name's words are hyphened together: 'Huajie-Tan')
                # (a possessive 's goes, not every trailing s: 'Markus Gross' keeps its name)
                key = _POSSESSIVE_RE.sub("", " ".join(words[i : i + n]).lower().rstrip(".,")).rstrip("'")
                rows = self._read("SELECT name FROM authors WHERE key=? LIMIT 1", (key,))
                # (or typed without its accents: 'Evren Cetinkaya' is 'Evren Çetinkaya')
                folded = self._cached("folded_authors", self._folded_authors)
                name = rows[0][0] if rows else folded.get(fold_accents(key))
                if name is None and n <= 3:
                    # (a slip only where a word is capitalised as a name is: 'Minsu Kimm', not 'robot arms')
                    capitalised = any(w[:1].isupper() for w in words[i : i + n])
                    name = self._author_written_otherwise(key, slips=capitalised)
                if name and name not in found:
                    found.append(name)
        # 'C. Zheng', 'J. Hong': an initial and a surname that only one author has
        for m in _INITIAL_NAME_RE.finditer(normalize(text)):
            matches = [
                a
                for a in self.author_names()
                if len(a.split()) > 1
                and fold_accents(a.split()[-1]).lower() == fold_accents(m["surname"]).lower()
                and a[0].upper() == m["initial"].upper()
            ]
            if len(matches) == 1 and matches[0] not in found:
                found.append(matches[0])
        # A surname where the question says it stands for a paper's authors: 'Tamoyan and colleagues', 'Smirnov et
        # al.', 'Conde's team'. Every author of that surname (a common one names several), else of that first name.
        for m in _SURNAME_REFERENCE_RE.finditer(normalize(text)):
            surname = (m["surname"] or m["by"] or m["subject"]).lower()
            # 'Joonghoon Kim et al.' is that author, not every Kim; 'He and his team' is no surname.
            if surname in stopwords() or any(name.lower().split()[-1] == surname for name in found):
                continue
            query = "SELECT DISTINCT name FROM authors WHERE key LIKE ? ORDER BY name"
            # (or, where no author has it as a surname, a first name: 'papers by Huajie', 'Has Yuheng written on
            # robots?' — every author so called, as for a surname)
            rows = self._read(query, ("% " + surname,)) or self._read(query, (surname + " %",))
            for (name,) in rows:
                if name not in found:
                    found.append(name)
        return found

    def best_match(self, text: str) -> str | None:
        scores = self.search(content_terms(text), limit=1)
        return max(scores, key=scores.get) if scores else None

    # ------------------------------------------------------------------------------------------- BM25

    def search(self, terms: Sequence[str], *, limit: int = 200, allowed: set[str] | None = None) -> dict[str, float]:
        """BM25 over chunks: the best chunk score per paper, for the `limit` best chunks (within `allowed`)."""
        if not terms or (allowed is not None and not allowed):
            return {}
        return self._terms.search(list(dict.fromkeys(terms)), limit, allowed)


# ---------------------------------------------------------------------------------------------------------- helpers

_PAPER_COLUMNS = (
    "id, title, authors, et_al, affiliation, date, date_has_year, category, has_code, abstract, source, owners"
)


def _marks(values: Sized) -> str:
    """SQL placeholders for an IN (...) list of these values."""
    return ",".join("?" * len(values))


def _paper_from_row(row: tuple) -> Paper:
    pid, title, authors, et_al, affiliation, date, has_year, category, code, abstract, source, owners = row
    file, _, line = str(source).rpartition(":")
    return Paper(
        id=pid,
        title=title,
        authors=tuple(json.loads(authors)),
        et_al=bool(et_al),
        affiliation=affiliation or None,
        date=dt.date.fromisoformat(date),
        date_has_year=bool(has_year),
        category=category,
        has_code=bool(code),
        abstract=abstract,
        source=SourceRef(file, int(line or 0)),
        owners=tuple(json.loads(owners or "[]")),
    )


_QUOTED_RE = re.compile(r"[\"“]([^\"”]{3,200})[\"”]|(?<!\w)['‘]([^'’]{3,200})['’](?!\w)")


def _title_words(title: str) -> list[str]:
    return re.findall(r"[^\W_]+", normalize(title).casefold())


def without_title(text: str, title: str, mark: str = " ") -> str:
    """The text with a title cut out (`mark` in its place) where it is given as `names_in` finds it: in full, or a
    long title by its first TITLE_PREFIX_WORDS words or more. (Not by fewer: 'the MuCo multi-turn loss' gives the short
    name of 'MuCo: Multi-turn Contrastive Learning …' and then a topic.)"""
    words = [(m.start(), m.end(), normalize(m.group()).casefold()) for m in re.finditer(r"[^\W_]+", text)]
    wanted = _title_words(title)
    need = len(wanted) if len(title) < LONG_TITLE else min(TITLE_PREFIX_WORDS, len(wanted))
    for i in range(len(words)):
        run = 0
        while run < len(wanted) and i + run < len(words) and words[i + run][2] == wanted[run]:
            run += 1
        if need and run >= need:
            start, end = words[i][0], words[i + run - 1][1]
            quoted = _ENCLOSING_QUOTES_RE.match(text, end) if start and text[start - 1] in _OPENING_QUOTES else None
            if quoted:  # the quotes go with the title they enclose (and its closing '?' or '.')
                start, end = start - 1, quoted.end()
            return text[:start] + mark + without_title(text[end:], title, mark)
    return text


_OPENING_QUOTES = "\"'“‘"
_ENCLOSING_QUOTES_RE = re.compile(r"[?!.]?[\"'”’]")


def _partial(needle: str, haystack: str) -> float:
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(needle, haystack) if len(needle) <= len(haystack) else 0.0


def _names_of(paper: Paper) -> list[tuple[str, str, str]]:
    """(name, kind, as printed) a paper may be called by: 'short' (before its title's colon), 'title' (a coined word
    of the title), 'abstract' (a coined word of the abstract; it names the paper only if no other paper uses it)."""
    out: dict[str, tuple[str, str]] = {}
    if paper.short_name != paper.title:  # ('MuCo' of 'MuCo: …', 'Gistify' of 'Gistify! …')
        printed = normalize(paper.short_name).strip()
        out[printed.lower()] = ("short", printed)
    title_words = set(_WRITTEN_WORD_RE.findall(normalize(paper.title)))
    for w in title_words:
        if is_coined(w):
            out.setdefault(w.lower(), ("title", w))
    for w in set(_WRITTEN_WORD_RE.findall(normalize(paper.abstract))) - title_words:
        acronym = w.isupper() and len(w) >= ACRONYM_MIN_LENGTH
        if is_coined(w) and (acronym or len(w) >= ABSTRACT_NAME_MIN_LENGTH or "-" in w or re.search(r"[a-z][A-Z]", w)):
            out.setdefault(w.lower(), ("abstract", w))
    # A Greek letter in a name is typed as its name: 'VGGT-Omega' for 'VGGT-Ω', 'pi0' for 'π0'.
    for name, (kind, printed) in list(out.items()):
        out.setdefault(spell_greek(name), (kind, printed))
    return [(name, kind, printed) for name, (kind, printed) in out.items()]


def _is_english_word(word: str) -> bool:
    return word.lower() in english_words()


class _nullcontext:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class _TermIndex:
    """BM25 over pre-stemmed chunk terms with tantivy (whitespace tokens, so our stemming is the only one)."""

    HEAP = 15_000_000  # bytes of tantivy's indexing buffer (its minimum per thread); commits are small

    def __init__(self, path: Path | None):
        import tantivy

        self._tantivy = tantivy
        builder = tantivy.SchemaBuilder()
        builder.add_text_field("terms", stored=False, tokenizer_name="whitespace", index_option="freq")
        builder.add_text_field("chunk", stored=True, tokenizer_name="raw")
        builder.add_text_field("paper", stored=True, tokenizer_name="raw", fast=True)
        self.schema = builder.build()
        if path is not None:
            path.mkdir(parents=True, exist_ok=True)
            self.index = tantivy.Index(self.schema, path=str(path), reuse=True)
        else:
            self.index = tantivy.Index(self.schema)
        self._lock = threading.Lock()

    def reload(self) -> None:
        self.index.reload()

    def _writer(self):
        return self.index.writer(heap_size=self.HEAP, num_threads=1)

    def replace(self, papers: Sequence[tuple[str, list[tuple[str, list[str]]]]]) -> None:
        with self._lock:
            writer = self._writer()
            try:
                for pid, chunks in papers:
                    writer.delete_documents_by_term("paper", pid)
                    for chunk_id, terms in chunks:
                        writer.add_document(self._tantivy.Document(terms=" ".join(terms), chunk=chunk_id, paper=pid))
                writer.commit()
                writer.wait_merging_threads()
            except BaseException:
                writer.rollback()
                raise
        self.index.reload()

    def delete(self, paper_ids: Sequence[str]) -> None:
        with self._lock:
            writer = self._writer()
            for pid in paper_ids:
                writer.delete_documents_by_term("paper", pid)
            writer.commit()
            writer.wait_merging_threads()
        self.index.reload()

    def clear(self) -> None:
        with self._lock:
            writer = self._writer()
            writer.delete_all_documents()
            writer.commit()
            writer.wait_merging_threads()
        self.index.reload()

    def search(self, terms: list[str], limit: int, allowed: set[str] | None) -> dict[str, float]:
        tv = self._tantivy
        should = [(tv.Occur.Should, tv.Query.term_query(self.schema, "terms", t)) for t in terms]
        query = tv.Query.boolean_query(should)
        if allowed is not None:
            # The filter must not change scores: a plain must-clause would add its own score to every hit.
            only = tv.Query.const_score_query(tv.Query.term_set_query(self.schema, "paper", sorted(allowed)), 0.0)
            query = tv.Query.boolean_query([(tv.Occur.Must, query), (tv.Occur.Must, only)])
        searcher = self.index.searcher()
        result = searcher.search(query, limit)
        out: dict[str, float] = {}
        for score, address in result.hits:
            pid = searcher.doc(address)["paper"][0]
            if score > out.get(pid, 0.0):
                out[pid] = float(score)
        return out
