"""Search: the papers that best match a `Query`, one hit per paper.

Two signals are fused per paper: the best chunk's cosine similarity (MiniLM in Chroma) and BM25 over chunk terms
(tantivy). (A third, the best sentence's similarity from an index of every sentence, did not improve retrieval on
the training split — R@1 0.971 with it, 0.978 without — and would hold ~4.5 vectors per chunk in memory; sentence
vectors serve the evidence step instead.) Papers the question names or refers back to are boosted; filters restrict the
candidates through the catalog. Only a pool is scored — the dense and lexical leaders and the named papers — so
the cost does not grow with the corpus; questions about a small filtered set score that whole set.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from .query import understand
from .types import Filters, Hit, Intent, Order, Query, TallyAsk

# Fusion weights (min-max normalised signals) and boosts, compared on the training split.
W_CHUNK = 0.5  # the best chunk's cosine similarity
W_LEXICAL = 0.5  # BM25, relative to the best candidate
NAMED_BOOST = 1.0  # the question names the paper
MENTIONED_BOOST = 0.4  # the question uses a term only this paper's abstract coins
CARRIED_BOOST = 0.8  # a follow-up refers back to it
# How many results each signal contributes to the pool.
DENSE_CHUNKS = 60
LEXICAL_POOL = 200
# The best BM25 papers the approximate vector search left out are scored exactly from their stored vectors: HNSW can
# miss a paper whose vector lies apart from the rest (a lone topic in a large collection), and a paper found by
# its words alone would otherwise lose to noise-level neighbours.
LEXICAL_RESCORED = 10
# A filtered set this small is scored whole (no pool).
SCORE_WHOLE_SET = 200
# "The oldest paper about X": among papers scoring at least this share of the best, the oldest.
ORDER_RELEVANCE = 0.6
_REPEATED_MARKS_RE = re.compile(r"([?!])[?!]+")


@dataclass(frozen=True)
class Signals:
    """The raw per-paper signals behind a ranking (kept for planning and for the eval's baselines)."""

    chunk: dict[str, float]
    best_chunk: dict[str, str]  # paper id -> the record id of its chunk nearest the question
    lexical: dict[str, float]
    rescored: frozenset[str] = frozenset()  # chunk similarities computed exactly, outside the vector search's list


def embedding_text(query: Query, index) -> str:
    """What the question's meaning is taken from: its text, plus the titles of the papers a follow-up refers back
    to ('What dataset did they release?' means nothing on its own)."""
    # ('Which study …??', 'Really?!': a repeated mark says no more than one)
    text = _REPEATED_MARKS_RE.sub(r"\1", (query.search_text or query.question).rstrip())
    if text and text[-1].isalnum():
        # A question typed without its question mark means the same; the vector should not differ (it did enough to
        # tip borderline answerability).
        text += "?"
    if query.carried and not query.named:
        titles = "; ".join(index.paper(pid).title for pid in query.carried[:2])
        text = f"{text} ({titles})"
    return text


def find(
    assistant,
    question: str,
    *,
    k: int | None = None,
    history: Sequence[dict] | None = None,
    filters: Filters | None = None,
    today: dt.date | None = None,
) -> list[Hit]:
    """The papers that best answer `question`, one hit per paper (`assistant.retrieve` calls this)."""
    assistant.refresh()
    query = understand(question, assistant.index, history, today=today or assistant.settings.today())
    if filters is not None:
        query = replace(query, filters=query.filters.merge(filters))
    vector = assistant.embed(embedding_text(query, assistant.index))
    return search(assistant, query, vector, k=k or assistant.settings.k)


def allowed_ids(assistant, query: Query) -> set[str] | None:
    index = assistant.index
    allowed = index.filter_ids(query.filters) if query.filters.active() else None
    if query.within is not None and query.order and query.ranked:
        # ('Which of the three newest papers have code?': the three newest, then those of them with code)
        chosen = index.filter_ids(query.within) if query.within.active() else None
        ranked = set(index.by_date(query.order, chosen, query.ranked))
        allowed = ranked if allowed is None else allowed & ranked
    return allowed


def search(assistant, query: Query, vector: np.ndarray, *, k: int) -> list[Hit]:
    """Score the candidates the filters allow; return the best `k` (more for list questions)."""
    index = assistant.index
    if query.intent in (Intent.HELP, Intent.OFF_TOPIC):
        return []
    allowed = allowed_ids(assistant, query)
    if query.tally is not None and query.tally.asks is TallyAsk.SHARE:
        # ('What fraction of the 2025 papers have code?': every 2025 paper; the plan counts those with code)
        allowed = index.filter_ids(query.tally.of) if query.tally.of.active() else None
    if allowed is not None and query.exclude:
        allowed -= set(query.exclude)
    if allowed is not None and not allowed:
        return []
    if query.intent in (Intent.OVERVIEW, Intent.COAUTHORS, Intent.TALLY):
        # 'What is this researcher's work about?', 'Who do they work with most?': every paper the filters keep, newest
        # first (the plan groups them)
        ids = index.by_date(Order.NEWEST, allowed, index.count() if allowed is None else len(allowed))
        papers = index.papers(ids)
        return [Hit(papers[pid], papers[pid].abstract, 0.0, ("in the collection",)) for pid in ids if pid in papers]
    if query.intent is Intent.LISTING or (
        not query.topic and not query.named and not query.carried and (allowed is not None or query.order)
    ):
        # "the oldest paper", "papers in AS with code", "how many papers from 2021": by date, nothing to score.
        order = query.order or Order.OLDEST
        one = query.order and not query.is_list
        limit = query.place or query.ranked or (1 if one else assistant.settings.list_limit)
        ids = index.by_date(order, allowed, limit)
        if query.place:  # ('the second newest paper': the one in that place)
            ids = ids[query.place - 1 : query.place]
        papers = index.papers(ids)
        why = ("newest first",) if order is Order.NEWEST else ("oldest first",)
        return [Hit(papers[pid], papers[pid].abstract, 0.0, why) for pid in ids if pid in papers]
    focus = [p for p in (*query.named, *query.carried) if allowed is None or p in allowed]
    if not query.terms and not focus and not query.mentioned:
        return []
    signals = gather(assistant, query, vector, allowed)
    if allowed is not None and len(allowed) <= SCORE_WHOLE_SET:
        pool = set(allowed)
    else:
        pool = set(signals.chunk) | set(signals.lexical) | set(focus)
        pool |= {p for p in query.mentioned if allowed is None or p in allowed}
    scored = fuse(query, signals, pool)
    if query.exclude:  # 'any other paper …': the ones under discussion are no answer
        scored = [entry for entry in scored if entry[1] not in query.exclude]
    if query.order and not query.named:
        top = scored[0][0] if scored else 0.0
        relevant = [s for s in scored if s[0] >= ORDER_RELEVANCE * top]
        dates = index.papers([s[1] for s in relevant])
        relevant.sort(key=lambda s: dates[s[1]].date, reverse=query.order is Order.NEWEST)
        scored = relevant + [s for s in scored if s not in relevant]
    limit = max(k, assistant.settings.list_limit) if query.is_list else max(k, len(focus))
    chosen = scored[:limit]
    papers = index.papers([pid for _, pid, _ in chosen])
    texts = assistant.chunk_texts([signals.best_chunk[pid] for _, pid, _ in chosen if pid in signals.best_chunk])
    return [
        Hit(
            papers[pid],
            texts.get(signals.best_chunk.get(pid, "")) or papers[pid].abstract,
            round(score, 4),
            why,
            dense=signals.chunk.get(pid, 0.0),
            lexical=signals.lexical.get(pid, 0.0),
        )
        for score, pid, why in chosen
        if pid in papers
    ]


def gather(assistant, query: Query, vector: np.ndarray, allowed: set[str] | None) -> Signals:
    chunk: dict[str, float] = {}
    best_chunk: dict[str, str] = {}
    for pid, sim, rid in assistant.store.query_chunks(vector, DENSE_CHUNKS, allowed):
        if sim > chunk.get(pid, -1.0):
            chunk[pid], best_chunk[pid] = sim, rid
    lexical = assistant.index.search(query.terms, limit=LEXICAL_POOL, allowed=allowed)
    missed = [pid for pid in sorted(lexical, key=lambda p: (-lexical[p], p)) if pid not in chunk][:LEXICAL_RESCORED]
    rescored = set()
    if missed:
        counts = {pid: state[3] for pid, state in assistant.index.paper_state(missed).items()}
        for pid, sim, rid in assistant.store.chunk_similarities(vector, counts):
            rescored.add(pid)
            if sim > chunk.get(pid, -1.0):
                chunk[pid], best_chunk[pid] = sim, rid
    return Signals(chunk, best_chunk, lexical, frozenset(rescored))


def fuse(query: Query, signals: Signals, pool: set[str]) -> list[tuple[float, str, tuple[str, ...]]]:
    """(score, paper id, why) for the pool, best first."""

    def normaliser(values: dict[str, float], rescored: frozenset[str]):
        # Scaled over the vector search's own list; a paper scored exactly outside it is placed on that scale.
        present = [values[p] for p in pool if p in values and p not in rescored]
        lo, hi = (min(present), max(present)) if present else (0.0, 1.0)

        def scaled(p: str) -> float:
            if p not in values:
                return 0.0
            if hi <= lo:
                return 1.0 if values[p] >= hi else 0.0
            return min(1.0, max(0.0, (values[p] - lo) / (hi - lo)))

        return scaled

    chunk_n = normaliser(signals.chunk, signals.rescored)
    lex_max = max((signals.lexical.get(p, 0.0) for p in pool), default=0.0) or 1.0
    scored = []
    for pid in pool:
        lexical = signals.lexical.get(pid, 0.0) / lex_max
        score = W_CHUNK * chunk_n(pid) + W_LEXICAL * lexical
        why = []
        if pid in query.named:
            score += NAMED_BOOST
            why.append("named in the question")
        elif pid in query.mentioned:
            score += MENTIONED_BOOST
            why.append("a term only this paper uses")
        if pid in query.carried:
            score += CARRIED_BOOST
            why.append("the paper under discussion")
        if lexical:
            why.append(f"words: BM25 {signals.lexical[pid]:.1f}")
        if pid in signals.chunk:
            why.append(f"meaning: cosine {signals.chunk[pid]:.2f}")
        scored.append((score, pid, tuple(why)))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return scored


def baseline(assistant, question: str, *, mode: str, k: int) -> list[str]:
    """Plain BM25-only or dense-only ranking of paper ids (no filters, names or fusion): the eval's baselines."""
    from .text import content_terms

    if mode == "bm25":
        scores = assistant.index.search(content_terms(question), limit=LEXICAL_POOL)
    else:
        scores = {}
        for pid, sim, _ in assistant.store.query_chunks(assistant.embed(question), DENSE_CHUNKS):
            scores[pid] = max(scores.get(pid, -1.0), sim)
    return sorted(scores, key=lambda pid: (-scores[pid], pid))[:k]
