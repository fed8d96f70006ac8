"""answer() / stream_answer(): retrieve -> refuse early? -> engine -> validate citations -> fall back.

Guardrails apply to every engine: a question whose evidence cannot contain the answer is refused before any model
runs; every [n] must name a shown source; every cited sentence must be supported by its source, else the answer is
repaired (unsupported sentences dropped) or replaced by the extractive one, with a notice saying so.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .engines.base import Engine, EngineError, EngineRequest, Evidence
from .engines.extractive import ExtractiveEngine
from .prompts import render
from .retrieval import (
    ANAPHORA_RE,
    Filters,
    LexicalIndex,
    Query,
    by_initial,
    closest,
    is_coined,
    lexical_index,
    named_papers,
    search,
    understand,
)
from .settings import Settings
from .text import QUESTION_WORDS, STOPWORDS, content_terms, has_number, sentences, stem, tokens
from .types import Answer, Citation, Hit

HELP_TEXT = (
    "What would you like to know about these papers? Ask in plain words — for example “Which papers use "
    "the Segment Anything Model?”, “Who wrote DF-3DFace?” or “What dataset did GRASP introduce?”"
)
REFUSAL_PREFIX = "The papers don't say"
_CITE_RE = re.compile(r"\[(\d+)\]")
_REFUSAL_RE = re.compile(
    r"papers don'?t say|do(?:es)? not (?:say|mention|state|report)|no information|"
    r"not (?:stated|mentioned|reported)",
    re.I,
)
_ASK_NUMBER_RE = re.compile(
    r"\bhow (?:many|much|long|large|big|fast)\b|\bby how\b|\bwhat (?:\w+ ){0,2}"
    r"(?:score|accuracy|rate|percentage|number|size|f1|psnr|error|speed|reduction|fraction)\b",
    re.I,
)
_SLOT_RE = re.compile(
    r"\bhow many (?P<count>[a-z][\w-]*)|\bhow much (?P<much>[a-z][\w-]*)"
    r"|\b(?:what|which) (?P<what>[a-z0-9][\w-]*(?: [a-z0-9][\w-]*){0,3}?) "
    r"(?=(?:does|do|did|is|are|was|were|has|have|can|could|will|would)\b)",
    re.I,
)
_COMPARE_RE = re.compile(r"\b(differ|differs|difference|versus|vs\.?|respectively)\b", re.I)
_AUTHORS_RE = re.compile(r"\bwho (?:are|were|is|wrote|authored)\b|\bauthors?\b|\bwritten by\b", re.I)
_DATE_RE = re.compile(r"\bwhen (?:was|were|did|is)\b|\bwhat (?:date|day|year)\b|\bposted\b|\bpublication date\b", re.I)
# Lightweight stand-ins a reader would accept for a slot word (a venue is a conference, a corpus a dataset).
_SLOT_SYNONYMS = {
    "dataset": {"corpus", "benchmark"},
    "conference": {"venue", "workshop", "journal"},
    "gpu": {"gpus", "hardware"},
    "language": {"languages", "multilingual"},
}


@dataclass(frozen=True)
class Plan:
    query: Query
    hits: tuple[Hit, ...]
    intent: str
    evidence: tuple[Evidence, ...]
    ask_number: bool
    refusal: str | None


_engines: dict[tuple, Engine] = {}
_engines_lock = threading.Lock()


def _engine(settings: Settings) -> Engine:
    """One engine (and HTTP connection pool, and local server) per configuration, shared by all threads."""
    if settings.engine_name == "extractive":
        return ExtractiveEngine()
    from .engines.openai import OpenAIEngine

    key = (
        settings.engine_name,
        settings.local_model,
        settings.local_port,
        settings.openai_base_url,
        settings.openai_api_key,
        settings.openai_model,
        settings.llm_timeout,
        settings.llm_max_retries,
        settings.llm_deadline,
        settings.llm_concurrency,
        settings.max_answer_tokens,
    )
    with _engines_lock:
        if key not in _engines:
            if settings.engine_name == "local":
                from .engines.local import local_engine

                _engines[key] = local_engine(settings)
            else:
                _engines[key] = OpenAIEngine(settings)
        return _engines[key]


def answer(
    question: str,
    history: Sequence[dict] | None = None,
    *,
    settings: Settings | None = None,
    filters: Filters | None = None,
    engine: Engine | None = None,
) -> Answer:
    """Answer a question about the papers; every claim cites its source, or the answer says the papers don't say."""
    result = None
    for piece in stream_answer(question, history, settings=settings, filters=filters, engine=engine):
        if isinstance(piece, Answer):
            result = piece
    assert result is not None
    return result


def stream_answer(
    question: str,
    history: Sequence[dict] | None = None,
    *,
    settings: Settings | None = None,
    filters: Filters | None = None,
    engine: Engine | None = None,
) -> Iterator[str | Answer]:
    """Yield text as it is produced, then the final, validated `Answer` (whose text is authoritative)."""
    settings = settings or Settings()
    start = time.perf_counter()
    notices: list[str] = []
    question = question if isinstance(question, str) else ""
    if not any(c.isalnum() for c in question):
        yield HELP_TEXT
        yield Answer(
            HELP_TEXT,
            (),
            (),
            refused=True,
            engine="none",
            notices=("No question was asked.",),
            timings={"total": time.perf_counter() - start},
        )
        return
    if len(question) > settings.max_question_chars:
        notices.append(
            f"Your question was {len(question):,} characters long; only the first "
            f"{settings.max_question_chars:,} were used."
        )
        question = question[: settings.max_question_chars]
    if engine is None:
        try:
            engine = _engine(settings)
        except EngineError as exc:  # e.g. the local model is not installed: say so, answer offline
            notices.append(f"Fell back to the extractive answer: {exc}.")
            engine = ExtractiveEngine()
    index = lexical_index(settings)
    search_question = question
    if history and hasattr(engine, "condense") and _needs_context(question, index):
        try:
            search_question = engine.condense(question, history)
        except EngineError as exc:
            notices.append(f"Could not rewrite the follow-up with the model ({exc}); used the conversation instead.")
    query = understand(search_question, index, history)
    if search_question != question:
        query = replace(query, question=question)
    if filters is not None:
        query = replace(query, filters=query.filters.merge(filters))
    hits = search(query, settings, index, k=settings.k)
    t_retrieved = time.perf_counter()
    plan = make_plan(query, hits, index)
    timings = {"retrieve": t_retrieved - start}
    if plan.refusal is not None:
        text = plan.refusal
        yield text
        yield Answer(
            text,
            (),
            plan.hits,
            refused=True,
            engine="guardrail",
            notices=tuple(notices),
            timings={**timings, "total": time.perf_counter() - start},
        )
        return
    request = EngineRequest(question, plan.evidence, plan.intent, plan.ask_number, _is_english(question))
    if plan.intent != "content":
        # Authors, dates and lists come exactly from the paper records; a model could only make them worse.
        engine = ExtractiveEngine()
    used = engine.name
    pieces: list[str] = []
    try:
        for piece in engine.stream(request):
            pieces.append(piece)
            yield piece
        text = "".join(pieces)
    except EngineError as exc:
        notices.append(f"Fell back to the extractive answer: {exc}.")
        used, text = "extractive", _extractive(request)
    requests_made = getattr(engine, "requests_made", 0)
    if requests_made > 1:
        notices.append(f"The endpoint was tried {requests_made} times (the client retries with backoff).")
    if used != "extractive" and _leaks_prompt(text):
        notices.append("Replaced the model's answer with the extractive one (it repeated its instructions).")
        used, text = "extractive", _extractive(request)
    # Extractive text quotes its sources verbatim; only a model's paraphrase needs the support check.
    text, citations, problems = validate(
        text, plan.evidence, min_support=0.0 if used == "extractive" else settings.min_support, question=question
    )
    refused = bool(_REFUSAL_RE.search(text)) and not citations
    if used != "extractive" and citations and not refused:
        # A model that hedges ("The papers don't say.") and then answers with supported citations: keep the answer.
        text = re.sub(r"^\s*The papers don'?t say[.:]?\s*(However,\s*)?", "", text)
        if problems:
            notices.append(f"Repaired the model's answer: {'; '.join(problems)}.")
    elif used != "extractive" and (problems or not refused):
        why = "; ".join(problems) if problems else "it cited no source"
        notices.append(f"Replaced the model's answer with the extractive one ({why}).")
        used, text = "extractive", _extractive(request)
        text, citations, _ = validate(text, plan.evidence, min_support=0.0)
        refused = False
    if not _is_english(question) and used == "extractive":
        notices.append("Offline answers quote the English abstracts; the question was matched by names and terms.")
    yield Answer(
        text.strip(),
        tuple(citations),
        plan.hits,
        refused=refused,
        engine=used,
        notices=tuple(notices),
        timings={**timings, "total": time.perf_counter() - start},
    )


def _leaks_prompt(text: str) -> bool:
    """True when the text repeats a run of eight or more words of the system prompt."""
    words = tokens(render("system", max_sentences=0))
    grams = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    said = tokens(text)
    return any(" ".join(said[i : i + 8]) in grams for i in range(len(said) - 7))


def _extractive(request: EngineRequest) -> str:
    return "".join(ExtractiveEngine().stream(request))


def _is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c.isascii() for c in letters) / len(letters) > 0.8


def _needs_context(question: str, index: LexicalIndex) -> bool:
    return bool(ANAPHORA_RE.search(question)) and not named_papers(question, index)


# ---------------------------------------------------------------------------------------------------------- planning


def make_plan(query: Query, hits: list[Hit], index: LexicalIndex) -> Plan:
    """Decide what the answer is about (intent, papers, evidence sentences) or why it must be refused."""
    question = query.question
    ask_number = bool(_ASK_NUMBER_RE.search(question))
    if not hits:
        what = ", ".join(query.filters.describe()) or "this question"
        return Plan(
            query, (), "content", (), ask_number, f"{REFUSAL_PREFIX}: no paper in the collection matches {what}."
        )
    focus = [h for h in hits if h.paper.id in query.named] or [h for h in hits if h.paper.id in query.carried]
    intent = "content"
    if _AUTHORS_RE.search(question) and (focus or query.is_list is False):
        intent = "authors"
    elif query.order != "relevance" or (_DATE_RE.search(question) and focus):
        intent = "date"
    elif query.filters.active() and not query.topic and not focus:
        intent = "listing"
    if intent in ("authors", "date"):
        chosen = focus or hits[:1]
        if query.filters.date:  # "which two papers were posted on <date>": every match
            chosen = hits
        return Plan(query, tuple(hits), intent, _numbered(chosen, ()), ask_number, None)
    if intent == "listing":
        return Plan(query, tuple(hits), intent, _numbered(hits, ()), ask_number, None)
    chosen = _choose_papers(query, hits, focus)
    refusal = _refusal(query, chosen, index, ask_number)
    if refusal:
        return Plan(query, tuple(hits), intent, (), ask_number, refusal)
    many = len(chosen) > 1
    evidence = tuple(
        Evidence(i, h, _pick_sentences(h, query, index, ask_number, _sentence_budget(question, many)))
        for i, h in enumerate(chosen, start=1)
    )
    return Plan(query, tuple(hits), intent, evidence, ask_number, None)


def _numbered(hits: Sequence[Hit], sentences_: tuple[str, ...]) -> tuple[Evidence, ...]:
    return tuple(Evidence(i, h, sentences_) for i, h in enumerate(hits, start=1))


def _choose_papers(query: Query, hits: list[Hit], focus: list[Hit]) -> list[Hit]:
    if query.is_list and not focus:
        top = hits[0].score
        return [h for h in hits if h.score >= 0.75 * top][:8]
    if _is_comparison(query):
        chosen = focus[:2] or hits[:2]
        return chosen + [h for h in hits if h not in chosen][: 2 - len(chosen)]
    return focus or hits[:1]


def _is_comparison(query: Query) -> bool:
    """Two papers side by side: two named, 'differ/versus', or the question speaks of two papers."""
    q = query.question
    return (
        len(query.named) >= 2
        or bool(_COMPARE_RE.search(q))
        or len(re.findall(r"\b(?:paper|work|method|study|approach)\b", q, re.I)) >= 2
    )


def _sentence_budget(question: str, several_papers: bool) -> int:
    asks = 1 + len(re.findall(r"\b(?:and|also) (?:how|what|which|why|when|where|who)\b|\?.+\?", question, re.I))
    if several_papers:
        return 1 if asks == 1 else 2
    return 3 if asks > 1 or not _is_english(question) else 2


def _pick_sentences(hit: Hit, query: Query, index: LexicalIndex, ask_number: bool, budget: int) -> tuple[str, ...]:
    """The abstract's sentences that best answer the question, in the abstract's order."""
    sents = sentences(hit.paper.abstract)
    wanted = set(query.terms)
    english = _is_english(query.question)
    own_names = {name for name, (pid, _) in index.names.items() if pid == hit.paper.id}
    # Words that name the paper identify it but do not answer; the asked-for thing (the slot) matters most.
    naming = set(content_terms(hit.paper.title)) | {stem(n) for n in own_names}
    slot = {
        stem(t)
        for m in _SLOT_RE.finditer(_question_clause(query.question))
        for t in tokens(_slot_text(m))
        if t not in STOPWORDS
    }

    def weight(t: str) -> float:
        return index.idf.get(t, 1.0) * (0.3 if t in naming else 1.0) * (3.0 if t in slot else 1.0)

    scored = []
    for i, s in enumerate(sents):
        terms = set(content_terms(s))
        score = sum(weight(t) for t in wanted & terms)
        if ask_number and has_number(s):
            score += 2.0
        # A sentence that states the paper's contribution is usually the answer to "what does it do".
        contribution = re.search(
            r"\b(?:we|paper|work|study) (?:\w+ )?(?:propose|introduce|present|contribute|"
            r"develop)s?\b",
            s,
            re.I,
        )
        score += 1.5 if contribution else 0.0
        if not english or not wanted:  # nothing to match on: prefer sentences that name new things
            coined = {w.strip(".,;:()") for w in s.split() if is_coined(w.strip(".,;:()"))}
            score += len({w for w in coined if w.lower() not in own_names})
        if re.search(r"https?://", s):
            score -= 1.0
        scored.append((score, -i, s))
    best = sorted(scored, reverse=True)[:budget]
    return tuple(s for _, _, s in sorted(best, key=lambda x: -x[1]))


def _slot_text(m: re.Match) -> str:
    return m["count"] or m["much"] or m["what"]


def _question_clause(question: str) -> str:
    """The part that asks: sentences with a question mark or a wh-word (context sentences are left out)."""
    parts = re.split(r"(?<=[.!?])\s+", question)
    asking = [
        p
        for p in parts
        if "?" in p
        or re.match(
            r"\s*(what|which|who|how|when|where|why|is|are|does|do|"
            r"can|list|name|tell)\b",
            p,
            re.I,
        )
    ]
    return " ".join(asking) or question


def _refusal(query: Query, chosen: list[Hit], index: LexicalIndex, ask_number: bool) -> str | None:
    """Why the evidence cannot answer this (a named thing the corpus never mentions, an asked-for detail absent
    from the paper, a topic nothing covers), or None."""
    clause = _question_clause(query.question)
    text = " ".join(f"{h.paper.title} {h.paper.abstract}" for h in chosen)
    have = set(content_terms(text)) | {t.lower() for t in re.findall(r"[\w-]+", text)}
    closest = chosen[0].paper.title
    # A question that names a paper and asks for one of its details: the detail's kind must be in the abstract.
    slots = _SLOT_RE.finditer(clause) if (query.named or query.carried) else ()
    for m in slots:
        slot = _slot_text(m)
        # A word the corpus never uses may be a typo: match it against the paper's own words ('teems' -> teams).
        asked = [
            t for t in tokens(slot) if t not in STOPWORDS and t not in QUESTION_WORDS and len(t) > 1 and not t.isdigit()
        ]
        words = {t: t if stem(t) in index.idf else _correct_to(t, have) for t in asked}
        missing = [t for t, w in words.items() if not _mentioned(w, have)]
        if missing:
            return (
                f"{REFUSAL_PREFIX}: the abstract of “{closest}” does not mention {' '.join(missing)}"
                f"{'.' if len(chosen) == 1 else ' (nor do the other closest papers).'}"
            )
        if (
            m["count"]
            and words
            and not any(
                has_number(s) and any(_mentioned(w, set(content_terms(s)) | set(tokens(s))) for w in words.values())
                for h in chosen
                for s in sentences(h.paper.abstract)
            )
        ):
            return f"{REFUSAL_PREFIX}: the abstract of “{closest}” gives no number of {' '.join(asked)}."
    if not query.named and not query.carried:
        # Raw words, not typo-corrected ones: a word the corpus never uses must not be "corrected" into cover.
        # Words no abstract uses are left out: paraphrases are full of them ('sliding', 'pixels').
        raw = content_terms(clause)
        weight = sum(index.idf.get(t, 0.0) for t in raw) or 1.0
        covered = sum(index.idf[t] for t in raw if t in have and t in index.idf) / weight
        if covered < 0.25 and len(raw) >= 2:
            return f"{REFUSAL_PREFIX}: no paper in the collection addresses this. The closest is “{closest}”."
    return None


def _correct_to(word: str, vocabulary: set[str]) -> str:
    s = stem(word)
    if s in vocabulary or word in vocabulary or len(word) < 4:
        return s
    return closest(s, by_initial(vocabulary), 0.75) or s


def _mentioned(word: str, have: set[str]) -> bool:
    s = stem(word)
    options = {word, s} | _SLOT_SYNONYMS.get(s, set())
    return any(o in have or stem(o) in have for o in options)


# -------------------------------------------------------------------------------------------------------- validation


def support(sentence: str, ev: Evidence) -> float:
    """Share of the sentence's content words found in the cited source (its record and abstract)."""
    words = set(content_terms(_CITE_RE.sub("", sentence)))
    if not words:
        return 1.0
    p = ev.hit.paper
    source = f"{p.title} {p.abstract} {' '.join(p.authors)} {p.date_label()} {p.date:%B %Y} {p.category} code"
    have = set(content_terms(source))
    return len(words & have) / len(words)


def validate(
    text: str, evidence: Sequence[Evidence], *, min_support: float, question: str = ""
) -> tuple[str, list[Citation], list[str]]:
    """Drop [n] that name no source, sentences their sources do not support and (for a model's answer) sentences
    that only repeat the question; list the citations kept."""
    asked = set(content_terms(question))
    by_n = {e.n: e for e in evidence}
    problems: list[str] = []
    bad = sorted({int(n) for n in _CITE_RE.findall(text) if int(n) not in by_n})
    if bad:
        problems.append(f"cited missing source{'s' if len(bad) > 1 else ''} {', '.join(f'[{n}]' for n in bad)}")
        text = _CITE_RE.sub(lambda m: m[0] if int(m[1]) in by_n else "", text)
    kept_lines = []
    best: dict[int, float] = {}
    claims: dict[int, list[str]] = {}
    for line in text.split("\n"):
        kept = []
        for sent in _split_sentences(line):
            ns = [int(n) for n in _CITE_RE.findall(sent)]
            if (
                min_support > 0
                and asked
                and len(set(content_terms(_CITE_RE.sub("", sent))) - asked) < 2
                and len(set(content_terms(sent))) >= 4
            ):
                problems.append(f"only repeats the question: “{_CITE_RE.sub('', sent).strip()[:80]}”")
                continue
            if not ns:
                if min_support == 0 or len(set(content_terms(sent))) < 4:  # connective or quoted text: keep
                    kept.append(sent)
                    continue
                # A model's claim without a marker: cite the source that supports it, or drop it.
                n, s = max(((e.n, support(sent, e)) for e in evidence), key=lambda x: x[1], default=(0, 0.0))
                if not n or s < max(min_support, 0.5):
                    problems.append(f"uncited and unsupported: “{sent.strip()[:80]}”")
                    continue
                problems.append(f"added [{n}] to an uncited sentence")
                sent, ns = f"{sent.rstrip()} [{n}]", [n]
            scores = {n: support(sent, by_n[n]) for n in ns}
            if max(scores.values()) < min_support:
                problems.append(f"unsupported: “{_CITE_RE.sub('', sent).strip()[:80]}”")
                continue
            kept.append(sent)
            for n, s in scores.items():
                best[n] = max(best.get(n, 0.0), s)
                claims.setdefault(n, []).append(sent)
        kept_lines.append(" ".join(kept))
    text = "\n".join(kept_lines)
    citations = [
        Citation(
            n=n,
            paper_id=by_n[n].hit.paper.id,
            title=by_n[n].hit.paper.title,
            authors=by_n[n].hit.paper.authors,
            year=by_n[n].hit.paper.year,
            quote=_best_quote(" ".join(claims[n]), by_n[n]),
            support=round(s, 3),
        )
        for n, s in sorted(best.items())
    ]
    return text, citations, problems


_SENTENCE_END = re.compile(r"(?<=[.!?”])((?:\s*\[\d+\])*)\s+(?=\S)")


def _split_sentences(line: str) -> list[str]:
    """Sentences, each keeping the [n] markers that follow its full stop ('It works. [1] Next.')."""
    parts, last = [], 0
    for m in _SENTENCE_END.finditer(line):
        parts.append(line[last : m.start()] + m.group(1))
        last = m.end()
    parts.append(line[last:])
    return [p for p in parts if p.strip()]


def _best_quote(claims: str, ev: Evidence) -> str:
    """The abstract sentence that best supports the claims (evidence sentences first); for a claim about the
    record itself (authors, date) the record."""
    words = set(content_terms(_CITE_RE.sub("", claims)))
    p = ev.hit.paper
    for pool in (ev.sentences, sentences(p.abstract)):
        score, quote = max(((len(words & set(content_terms(s))), s) for s in pool), default=(0, ""))
        if score >= 2 or (pool is ev.sentences and quote):
            return quote
    return f"{p.author_line()} · {p.date_label()} · {p.category}{' · code' if p.has_code else ''}"
