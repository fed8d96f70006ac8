"""Query understanding and hybrid retrieval: dense (Chroma) + lexical (BM25) fused, one hit per paper.

Question -> `Query` (search text, metadata filters, list/order intent, papers named by title, acronym or history)
-> candidate papers (filters applied) -> scores (dense cosine, BM25, exact-name boosts) -> `Hit`s.
The lexical index is built once per process from the store and rebuilt only when the store changes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from . import store
from .settings import Settings
from .text import QUESTION_WORDS, STOPWORDS, content_terms, stem, tokens
from .types import Hit, Paper

CATEGORY_NAMES = {
    "CV": ("computer vision", "vision"),
    "CL": ("computation and language", "nlp", "language"),
    "LG": ("machine learning", "learning"),
    "AI": ("artificial intelligence",),
    "AS": ("audio and speech processing", "audio and speech", "speech"),
    "SD": ("sound",),
    "IV": ("image and video processing",),
    "SP": ("signal processing",),
    "RO": ("robotics",),
    "GR": ("graphics",),
    "IR": ("information retrieval", "retrieval"),
}
_MONTHS = {
    m.lower(): i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        start=1,
    )
}
_MONTH_RE = "|".join(sorted({*(_MONTHS), *(m[:3] for m in _MONTHS)}, key=len, reverse=True))
_DATE_RE = re.compile(rf"\b(?P<month>{_MONTH_RE})\.? (?P<day>\d{{1,2}}),? (?P<year>(?:19|20)\d\d)\b", re.I)
_DATE_RE_DMY = re.compile(rf"\b(?P<day>\d{{1,2}}) (?P<month>{_MONTH_RE})\.? (?P<year>(?:19|20)\d\d)\b", re.I)
_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
_LIST_RE = re.compile(
    r"\b(which|what|list|all|any|show|name)\b(?:\s+\w+){0,3}?\s+(papers|works|studies|publications|articles)\b"
    r"|\bhow many papers\b|\blist\b",
    re.I,
)
_CODE_RE = re.compile(r"\b(code|source code|open[- ]source|github|implementation)\b", re.I)
_META_WORDS = (
    {
        stem(w)
        for w in [
            "year",
            "years",
            "month",
            "date",
            "dated",
            "day",
            "posted",
            "post",
            "published",
            "publish",
            "release",
            "released",
            "recent",
            "recently",
            "latest",
            "newest",
            "oldest",
            "earliest",
            "old",
            "new",
            "category",
            "categories",
            "filed",
            "file",
            "under",
            "arxiv",
            "code",
            "codes",
            "available",
            "availability",
            "marked",
            "mark",
            "github",
            "implementation",
            "open",
            "source",
            "listed",
            "list",
            "since",
            "before",
            "after",
            "between",
            "both",
            "two",
            "three",
            "four",
            "five",
        ]
    }
    | {stem(m) for m in _MONTHS}
    | {m[:3] for m in _MONTHS}
)
ANAPHORA_RE = re.compile(r"\b(they|them|their|it|its|this|that|these|those|the paper|the same|he|she)\b", re.I)


@dataclass(frozen=True)
class Filters:
    year_from: int | None = None
    year_to: int | None = None
    date: dt.date | None = None
    categories: tuple[str, ...] = ()
    has_code: bool | None = None
    authors: tuple[str, ...] = ()

    def active(self) -> bool:
        return self != Filters()

    def merge(self, other: Filters) -> Filters:
        """`other` (e.g. the UI's filter panel) wins where it says something."""
        return Filters(
            year_from=other.year_from or self.year_from,
            year_to=other.year_to or self.year_to,
            date=other.date or self.date,
            categories=other.categories or self.categories,
            has_code=other.has_code if other.has_code is not None else self.has_code,
            authors=other.authors or self.authors,
        )

    def accepts(self, paper: Paper) -> bool:
        if self.year_from and paper.year < self.year_from:
            return False
        if self.year_to and paper.year > self.year_to:
            return False
        if self.date and paper.date != self.date:
            return False
        if self.categories and paper.category not in self.categories:
            return False
        if self.has_code is not None and paper.has_code != self.has_code:
            return False
        return not self.authors or any(a in paper.authors for a in self.authors)

    def describe(self) -> list[str]:
        out = []
        if self.date:
            out.append(f"posted {self.date:%B} {self.date.day}, {self.date.year}")
        elif self.year_from and self.year_from == self.year_to:
            out.append(f"from {self.year_from}")
        else:
            if self.year_from:
                out.append(f"from {self.year_from} on")
            if self.year_to:
                out.append(f"up to {self.year_to}")
        if self.categories:
            out.append("in " + "/".join(self.categories))
        if self.has_code:
            out.append("with code")
        if self.authors:
            out.append("by " + " or ".join(self.authors))
        return out


@dataclass(frozen=True)
class Query:
    question: str
    search_text: str
    filters: Filters = Filters()
    is_list: bool = False
    order: str = "relevance"  # relevance | oldest | newest
    named: tuple[str, ...] = ()  # paper ids named in the question by title or acronym
    carried: tuple[str, ...] = ()  # paper ids a follow-up refers back to
    terms: tuple[str, ...] = field(default=())  # content stems of the search text (typos corrected)
    topic: tuple[str, ...] = field(default=())  # the terms that are not about dates, categories, code or authors


class LexicalIndex:
    """BM25 over chunks plus the lookup tables query understanding needs; immutable once built.

    Postings are numpy arrays per term, so a query costs one vector update per query term, not a pass over the
    corpus; building the index is the expensive part and happens once per store version.
    """

    def __init__(
        self,
        papers: dict[str, Paper],
        chunk_ids: list[str],
        chunk_papers: list[str],
        texts: list[str],
        version: tuple = (),
    ):
        self.papers = papers
        self.version = version
        self.chunk_ids, self.chunk_papers = chunk_ids, chunk_papers
        self.paper_order = list(dict.fromkeys(chunk_papers))
        self.paper_ordinal = {pid: i for i, pid in enumerate(self.paper_order)}
        self.by_date = sorted(papers, key=lambda pid: (papers[pid].date, pid))  # oldest first
        self.chunk_paper_idx = np.array([self.paper_ordinal[p] for p in chunk_papers], dtype=np.int64)
        docs = [
            Counter(content_terms(f"{t} {' '.join(papers[p].authors) if p in papers else ''}"))
            for t, p in zip(texts, chunk_papers)
        ]
        doc_len = np.array([sum(d.values()) for d in docs], dtype=float)
        avg_len = float(doc_len.mean()) if docs else 1.0
        self.k1, b = 1.2, 0.75
        self.norm = self.k1 * (1 - b + b * doc_len / avg_len)
        rows: dict[str, tuple[list[int], list[int]]] = {}
        for i, tf in enumerate(docs):
            for t, c in tf.items():
                idx, counts = rows.setdefault(t, ([], []))
                idx.append(i)
                counts.append(c)
        n = len(docs)
        self.postings = {t: (np.array(i, dtype=np.int64), np.array(c, dtype=float)) for t, (i, c) in rows.items()}
        self.idf = {t: math.log(1 + (n - len(i) + 0.5) / (len(i) + 0.5)) for t, (i, _) in rows.items()}
        self.names = _paper_names(papers)
        # Long titles by their first three words, so a title quoted in a question is found without a scan.
        self.title_starts: dict[str, list[str]] = {}
        for p in papers.values():
            words = [w.lower() for w in re.findall(r"[A-Za-z0-9][\w-]*[\w]|[A-Za-z0-9]", p.title)]
            if len(p.title) > 25 and len(words) >= 3:
                self.title_starts.setdefault(" ".join(words[:3]), []).append(p.id)
        self._vocabulary_by_initial = by_initial(self.idf)
        self._names_by_initial = by_initial(self.names)
        self.authors = {a.lower(): a for p in papers.values() for a in p.authors}  # lower -> as printed
        self.categories = {p.category for p in papers.values()}

    def bm25(
        self, terms: Sequence[str], *, limit: int | None = None, allowed: set[str] | None = None
    ) -> dict[str, float]:
        """Best chunk score per paper for the papers that match a term (only the `limit` best, if given)."""
        scores = np.zeros(len(self.chunk_ids))
        for t in set(terms):
            if t not in self.postings:
                continue
            idx, tf = self.postings[t]
            scores[idx] += self.idf[t] * tf * (self.k1 + 1) / (tf + self.norm[idx])
        hit = np.nonzero(scores)[0]
        best = np.zeros(len(self.paper_order))
        np.maximum.at(best, self.chunk_paper_idx[hit], scores[hit])
        if allowed is not None:
            mask = np.zeros(len(self.paper_order), dtype=bool)
            mask[[self.paper_ordinal[p] for p in allowed if p in self.paper_ordinal]] = True
            best[~mask] = 0.0
        found = np.nonzero(best)[0]
        if limit is not None and len(found) > limit:
            found = found[np.argpartition(-best[found], limit)[:limit]]
        return {self.paper_order[i]: float(best[i]) for i in found}

    def correct(self, word: str) -> str:
        """The corpus word a mistyped query word most likely meant ('particpants' -> 'participants')."""
        s = stem(word)
        if s in self.idf or len(word) < 5 or not word.isalpha():
            return s
        return closest(s, self._vocabulary_by_initial, 0.75) or s

    def close_name(self, phrase: str) -> tuple[str, float] | None:
        """The paper a mistyped coined name refers to ('mambacompresor' -> MambaCompressor's paper)."""
        match = closest(phrase, self._names_by_initial, 0.85)
        return self.names[match] if match else None


def by_initial(words) -> dict[str, list[str]]:
    buckets: dict[str, list[str]] = {}
    for w in sorted(words):
        buckets.setdefault(w[:1], []).append(w)
    return buckets


def closest(word: str, buckets: dict[str, list[str]], cutoff: float) -> str | None:
    """Fuzzy match among words with the same first letter (typos rarely hit it; it keeps large corpora fast)."""
    match = difflib.get_close_matches(word, buckets.get(word[:1], []), n=1, cutoff=cutoff)
    return match[0] if match else None


def _paper_names(papers: dict[str, Paper]) -> dict[str, tuple[str, float]]:
    """Normalised names -> (paper id, weight): the short name before a title's colon, distinctive title tokens
    (MambaCompressor, NTIRE), and coined names defined in one abstract only (MultiDialog, 3D-HDTF)."""
    names: dict[str, tuple[str, float]] = {}
    counts: Counter[str] = Counter()
    per_paper: dict[str, set[str]] = {}
    for p in papers.values():
        found = {w for w in re.findall(r"[A-Za-z0-9][\w-]*[\w]", f"{p.title} {p.abstract}") if is_coined(w)}
        per_paper[p.id] = found
        counts.update({w.lower() for w in found})
    for p in papers.values():
        title_words = set(re.findall(r"[A-Za-z0-9][\w-]*[\w]", p.title))
        for w in per_paper[p.id]:
            if counts[w.lower()] != 1:
                continue
            if w in title_words:
                names.setdefault(w.lower(), (p.id, 1.0))
            elif len(w) >= 6 or "-" in w or re.search(r"[a-z][A-Z]", w):
                # Short capitals seen in one abstract (LLM, WER) are common terms, not that paper's name.
                names.setdefault(w.lower(), (p.id, 0.6))
        head, sep, _ = p.title.partition(":")
        if sep and len(head.split()) <= 3:
            names[head.lower()] = (p.id, 1.0)
    return names


def is_coined(word: str) -> bool:
    """A made-up name: camel case (MuCo), a run of capitals (GRASP, DF-3DFace) or letters mixed with digits
    (AV2AV, Talk3D). Title-cased hyphenated words (Multi-Person, Face-to-Face) are ordinary words."""
    letters = sum(c.isalpha() for c in word)
    if letters < 2 or word.lower() in STOPWORDS:
        return False
    camel = re.search(r"[a-z][A-Z]", word)
    capitals = re.search(r"[A-Z]{2}", word) and (letters >= 3 or any(c.isdigit() for c in word))
    digits = re.search(r"[A-Za-z]\d|\d[A-Za-z]", word)
    return bool(camel or capitals or digits)


_index_lock = threading.Lock()
_index_cache: dict[tuple, LexicalIndex] = {}


def lexical_index(settings: Settings) -> LexicalIndex:
    """The process-wide index for this store, rebuilt only when an ingest has changed the store."""
    key = (settings.chroma_url or str(settings.store_path), settings.collection)
    version = store.version(settings)
    with _index_lock:
        cached = _index_cache.get(key)
        if cached is not None and cached.version == version:
            return cached
        rows = store.read_all(store.collection(settings), include=["documents", "metadatas"])
        metas = rows["metadatas"] or []
        papers = {
            m["paper_id"]: store.paper_from_metadata(m, m.get("abstract", ""))
            for m in metas
            if m.get("chunk_index") == 0
        }
        index = LexicalIndex(papers, rows["ids"], [m["paper_id"] for m in metas], rows["documents"] or [], version)
        _index_cache[key] = index
        return index


def understand(question: str, index: LexicalIndex, history: Sequence[dict] | None = None) -> Query:
    """Turn a question (and the conversation so far) into a search text, filters and intent."""
    q = question.strip()
    low = q.lower()
    named = named_papers(q, index)
    title_years = {y for pid in named for y in _YEAR_RE.findall(index.papers[pid].title)}
    filters = Filters()
    if m := (_DATE_RE.search(q) or _DATE_RE_DMY.search(q)):
        month = _MONTHS.get(m["month"].lower()) or next(
            v for k, v in _MONTHS.items() if k.startswith(m["month"].lower()[:3])
        )
        try:
            filters = Filters(date=dt.date(int(m["year"]), month, int(m["day"])))
        except ValueError:
            pass
    if not filters.date:
        filters = _year_filter(low, title_years)
    cats = _category_filter(q, index.categories)
    authors = tuple(sorted(index.authors[a] for a in _authors_named(low, index)))
    has_code = (
        True
        if _CODE_RE.search(q)
        and re.search(r"\b(with|have|has|having|available|release[sd]?|marked|provide[sd]?)\b", low)
        else None
    )
    filters = Filters(filters.year_from, filters.year_to, filters.date, cats, has_code, authors)
    order = (
        "oldest"
        if re.search(r"\b(oldest|earliest|first (?:paper|published))\b", low)
        else "newest"
        if re.search(r"\b(newest|latest|most recent|recent(?:ly)? posted)\b", low)
        else "relevance"
    )
    is_list = bool(_LIST_RE.search(q)) and not re.search(r"\bwhich (paper|work|study|method)\b(?!s)", low)
    carried: tuple[str, ...] = ()
    search_text = q
    if history and not named:
        prior = _prior_papers(history, index)
        if prior and (ANAPHORA_RE.search(q) or len(content_terms(q)) <= 4):
            carried = prior
    words = [t for t in tokens(search_text) if t not in STOPWORDS and t not in QUESTION_WORDS and len(t) > 1]
    terms = tuple(index.correct(t) for t in words)
    meta_words = set(_META_WORDS) | {stem(w) for a in authors for w in tokens(a)}
    for code in cats:
        meta_words |= {code.lower()} | {stem(w) for n in CATEGORY_NAMES.get(code, ()) for w in tokens(n)}
    topic = tuple(t for w, t in zip(words, terms) if stem(w) not in meta_words and not w.isdigit())
    return Query(q, search_text, filters, is_list, order, tuple(named), carried, terms, topic)


def named_papers(question: str, index: LexicalIndex) -> list[str]:
    """Papers the question names: by a coined name (exact, or one typo away) or by most of a long title."""
    found: dict[str, float] = {}
    words = re.findall(r"[A-Za-z0-9][\w-]*[\w]|[A-Za-z0-9]", question)
    lowered = [w.lower() for w in words]
    for n in (3, 2, 1):
        for i in range(len(lowered) - n + 1):
            phrase = " ".join(lowered[i : i + n])
            hit = index.names.get(phrase)
            if hit is None and n == 1 and len(phrase) >= 5 and is_coined(words[i]):
                hit = index.close_name(phrase)
            if hit:
                found[hit[0]] = max(found.get(hit[0], 0), hit[1])
    low = question.lower()
    for i in range(len(lowered) - 2):
        for pid in index.title_starts.get(" ".join(lowered[i : i + 3]), ()):
            if index.papers[pid].title.lower() in low:
                found[pid] = 1.0
    # A name from a title outranks a term coined in some abstract ('IM-LUT' beats 'PSNR' in one question).
    strong = [pid for pid, w in found.items() if w >= 1.0]
    return sorted(strong or found)


def _year_filter(low: str, ignore: set[str]) -> Filters:
    years = [int(y) for y in _YEAR_RE.findall(low) if y not in ignore]
    if not years:
        return Filters()
    if m := re.search(
        r"\bbetween ((?:19|20)\d\d) and ((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\s*[-–to]+\s*((?:19|20)\d\d)\b", low
    ):
        a, b = (int(x) for x in m.groups() if x)
        return Filters(year_from=min(a, b), year_to=max(a, b))
    y = years[0]
    if re.search(rf"\b(since|after|starting(?: from| in)?)\s+(?:the\s+)?{y}\b|\bfrom {y} on", low):
        return Filters(year_from=y + (1 if re.search(rf"\bafter\s+{y}", low) else 0))
    if re.search(rf"\b(before|until|up to|prior to)\s+{y}\b", low):
        return Filters(year_to=y - (1 if re.search(rf"\b(before|prior to)\s+{y}", low) else 0))
    return Filters(year_from=y, year_to=y)


def _category_filter(question: str, known: set[str]) -> tuple[str, ...]:
    low = question.lower()
    cats = {c for c in re.findall(r"\(([A-Z]{2})\)", question) if c in known}
    context = re.search(r"\b(categor(?:y|ies)|filed under|arxiv)\b", low)
    for code in known:
        if re.search(rf"\b{code}\b(?= papers| category| section)", question) or (
            context and re.search(rf"\b{code}\b", question)
        ):
            cats.add(code)
    if not cats and (context or re.search(r"\b(\w+) papers\b", low)):
        for code, names in CATEGORY_NAMES.items():
            if code in known and any(
                re.search(rf"\b{n}\b(?: papers| category)?", low) and (context or re.search(rf"\b{n} papers\b", low))
                for n in names
            ):
                cats.add(code)
                break
    return tuple(sorted(cats))


def _authors_named(low: str, index: LexicalIndex) -> set[str]:
    return {a for a in index.authors if len(a) > 4 and re.search(rf"\b{re.escape(a)}\b", low)}


def _prior_papers(history: Sequence[dict], index: LexicalIndex) -> tuple[str, ...]:
    """The papers the last exchange was about: named in it, else the best match for it."""
    for turn in reversed(history[-4:]):
        content = str(turn.get("content") or "")
        named = named_papers(content, index)
        if named:
            return tuple(named[:2])
    last_user = next((str(t.get("content") or "") for t in reversed(history) if t.get("role") == "user"), "")
    if not last_user:
        return ()
    scores = index.bm25(content_terms(last_user))
    best = sorted(scores, key=scores.get, reverse=True)[:1]
    return tuple(best)


def baseline_search(question: str, settings: Settings, index: LexicalIndex, *, mode: str, k: int) -> list[str]:
    """Plain BM25-only or dense-only ranking of paper ids (no filters, names or fusion): the eval's baselines."""
    if mode == "bm25":
        scores = index.bm25(content_terms(question))
    else:
        scores, _ = _dense(question, settings, None, len(index.chunk_ids))
    return sorted(scores, key=lambda pid: (-scores[pid], pid))[:k]


POOL = 200  # papers scored per question beyond the dense and named ones: the BM25 leaders


def search(query: Query, settings: Settings, index: LexicalIndex, *, k: int) -> list[Hit]:
    """Score the candidates the filters allow; return the best `k` (every match for list questions).

    Only a pool is scored — the dense results, the BM25 leaders, named and carried papers — so the cost does not
    grow with the corpus; questions about the whole filtered set (lists by metadata, oldest/newest) score it all.
    """
    if not index.papers:
        return []
    allowed: set[str] | None = None
    if query.filters.active():
        allowed = {p.id for p in index.papers.values() if query.filters.accepts(p)}
    if query.carried:
        carried = {c for c in query.carried if c in index.papers and (allowed is None or c in allowed)}
        allowed = carried or allowed
    if allowed is not None and not allowed:
        return []
    terms = list(query.terms)
    metadata_only = not query.topic and not query.named
    if metadata_only and (query.order != "relevance" or allowed is not None or query.is_list):
        # "the oldest paper", "papers in AS with code", "list all papers": by date, nothing to score.
        ordered = index.by_date[::-1] if query.order == "newest" else index.by_date
        limit = k if query.order != "relevance" and not query.is_list else settings.list_limit
        picked = [pid for pid in ordered if allowed is None or pid in allowed][:limit]
        why = ("newest first",) if query.order == "newest" else ("oldest first",)
        return [Hit(index.papers[pid], index.papers[pid].abstract, 0.0, why) for pid in picked]
    if metadata_only:
        return []  # nothing asked: no terms, no names, no filters
    whole = allowed is not None and len(allowed) <= POOL
    lexical = index.bm25(terms, limit=None if whole else POOL, allowed=allowed)
    dense, dense_chunk = _dense(query.search_text, settings, allowed, len(index.chunk_ids))
    if whole:
        pool = set(allowed) if allowed is not None else set(index.papers)
    else:
        named = {pid for pid in query.named if pid in index.papers and (allowed is None or pid in allowed)}
        pool = set(dense) | set(lexical) | named
    lex_max = max(lexical.values(), default=0.0) or 1.0
    dense_vals = [dense.get(pid, 0.0) for pid in pool]
    d_lo, d_hi = min(dense_vals), max(dense_vals)
    scored = []
    for pid in pool:
        d = dense.get(pid, d_lo)
        d_norm = (d - d_lo) / (d_hi - d_lo) if d_hi > d_lo else 1.0
        score = 0.5 * d_norm + 0.5 * lexical.get(pid, 0.0) / lex_max
        why = []
        if pid in query.named:
            score += 1.0
            why.append("named in the question")
        if pid in query.carried:
            score += 0.5
            why.append("the paper under discussion")
        if lexical.get(pid):
            why.append(f"words: BM25 {lexical[pid]:.1f}")
        why.append(f"meaning: cosine {d:.2f}")
        scored.append((score, d, pid, why))
    scored.sort(key=lambda s: (-s[0], s[2]))
    if query.order != "relevance" and not query.named:  # "the oldest paper on X": the relevant ones, by date
        top = scored[0][0]
        scored = [x for x in scored if x[0] >= 0.5 * top]
        scored.sort(key=lambda s: index.papers[s[2]].date, reverse=query.order == "newest")
    limit = max(k, 8) if query.is_list else k
    return [
        Hit(index.papers[pid], dense_chunk.get(pid, index.papers[pid].abstract), round(score, 4), tuple(why))
        for score, _, pid, why in scored[:limit]
    ]


def _dense(
    text: str, settings: Settings, allowed: set[str] | None, n_chunks: int
) -> tuple[dict[str, float], dict[str, str]]:
    """Per paper, the best cosine similarity of any of its chunks (and that chunk's text)."""
    coll = store.collection(settings)
    n = min(n_chunks, max(60, 10 * settings.k))
    if n == 0:
        return {}, {}
    res = coll.query(query_texts=[text[:2000]], n_results=n, include=["metadatas", "distances", "documents"])
    best: dict[str, float] = {}
    chunk: dict[str, str] = {}
    for meta, dist, doc in zip(res["metadatas"][0], res["distances"][0], res["documents"][0]):
        pid = meta["paper_id"]
        sim = 1.0 - float(dist)
        if (allowed is None or pid in allowed) and sim > best.get(pid, -1.0):
            best[pid], chunk[pid] = sim, doc
    return best, chunk


def retrieve(
    question: str,
    k: int | None = None,
    history: Sequence[dict] | None = None,
    *,
    settings: Settings | None = None,
    filters: Filters | None = None,
) -> list[Hit]:
    """The public retrieval call: the papers that best answer `question`, one hit per paper."""
    settings = settings or Settings()
    index = lexical_index(settings)
    query = understand(question, index, history)
    if filters:
        query = replace(query, filters=query.filters.merge(filters))
    return search(query, settings, index, k=k or settings.k)
