"""answer() / stream_answer(): query -> search -> plan -> engine -> citations -> fallback, as typed events.

Guardrails hold for every engine: a question the evidence cannot answer is refused before any model runs; metadata
comes from the records; a model's text streams only as a draft that the checked answer replaces; every [n] must
name a shown source and every claim must be backed by it, else the claim is dropped or the answer replaced by the
extractive one — each time with a notice saying so. Store and endpoint failures become notices, never tracebacks.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from .citations import check_model_answer, collect, drop_invalid_markers
from .engines.base import EngineError, EngineRequest
from .engines.extractive import DETAILS_SEPARATOR, supporting_quotes
from .planning import REFUSAL_PREFIX, make_plan
from .prompts import render
from .query import is_question, understand
from .retrieval import embedding_text, search
from .settings import Settings
from .store import StoreError
from .text import is_coined, tokens
from .types import Answer, AnswerEvent, Filters, Final, Intent, Notice, NoticeKind, Plan, Query, SmallTalk, TextDelta

HELP_OPENING = "What would you like to know about these papers? Ask in plain words — for example "
# The first example asks what the work is about as a whole: what someone pointed at a publication list asks first.
OVERVIEW_EXAMPLE = "What are the main research themes?"
# (where the collection has no paper with a short name to ask about)
GENERIC_EXAMPLES = (
    OVERVIEW_EXAMPLE,
    "Which papers introduce a new dataset?",
    "Who wrote the newest paper?",
)
HELP_TEXT = HELP_OPENING + "“{}”, “{}” or “{}”".format(*GENERIC_EXAMPLES)
# How far back help looks for papers with a short name to give as examples (newest first).
HELP_LOOKS_AT = 50


def example_questions(assistant) -> list[str]:
    """Questions to suggest: what the work is about as a whole, then about this collection's own papers: two of its
    newest with a short name ('What does MuCo propose?'), never names from another collection; without two such
    papers, questions that name none."""
    names: list[str] = []
    newest_year = None
    for i, paper in enumerate(assistant.index.iter_papers()):
        newest_year = newest_year or paper.year
        if i >= HELP_LOOKS_AT or len(names) == 2:
            break
        # (a coined short name, 'MuCo': not a phrase, 'Seeing Isn't Knowing')
        if paper.short_name != paper.title and is_coined(paper.short_name) and paper.short_name not in names:
            names.append(paper.short_name)
    if len(names) < 2:
        return list(GENERIC_EXAMPLES)
    return [
        OVERVIEW_EXAMPLE,
        f"Who wrote {names[0]}?",
        f"What does {names[1]} propose?",
        "Which papers introduce a new dataset?",
        "What are the three newest papers?",
        f"Which papers were posted in {newest_year}?",
    ]


def help_text(assistant) -> str:
    """What to ask: the first three example questions (`example_questions`)."""
    return HELP_OPENING + "“{}”, “{}” or “{}”".format(*example_questions(assistant)[:3])


EMPTY_STORE_TEXT = (
    "The collection is empty: no paper has been loaded yet. Run `assistant ingest` (or `make ingest`), or add "
    "profile pages under Papers → Add or remove pages, then ask again."
)
_MODEL_REFUSAL_RE = re.compile(
    r"papers don'?t say|do(?:es)? not (?:say|mention|state|report|contain|specify)|no information|not (?:stated|"
    r"mentioned|reported|specified|provided|given) in|not in the (?:evidence|sources)|cannot (?:be )?(?:answer|"
    r"determine)",
    re.I,
)


def answer(
    question: str,
    history: Sequence[dict] | None = None,
    *,
    settings: Settings | None = None,
    filters: Filters | None = None,
    engine=None,
) -> Answer:
    """Answer a question about the papers; every claim cites its source, or the answer says the papers don't say."""
    from .runtime import Assistant

    return Assistant.for_settings(settings).answer(question, history, filters=filters, engine=engine)


def stream_answer(
    question: str,
    history: Sequence[dict] | None = None,
    *,
    settings: Settings | None = None,
    filters: Filters | None = None,
    engine=None,
    cancel: threading.Event | None = None,
) -> Iterator[AnswerEvent]:
    """Yield `TextDelta`s as the answer is produced, then one `Final` with the checked `Answer`. Setting `cancel`
    stops a model's answer at once (its request is closed and its slot freed); the answer then falls back."""
    from .runtime import Assistant

    return Assistant.for_settings(settings).stream_answer(
        question, history, filters=filters, engine=engine, cancel=cancel
    )


def final_answer(events: Iterable[AnswerEvent]) -> Answer:
    result = None
    for event in events:
        if isinstance(event, Final):
            result = event.answer
    if result is None:  # pragma: no cover - stream_events always ends with a Final
        raise RuntimeError("the answer stream ended without a final answer")
    return result


class _Timer:
    def __init__(self):
        self.start = time.perf_counter()
        self.marks: dict[str, float] = {}

    def mark(self, name: str) -> None:
        self.marks[name] = time.perf_counter() - self.start

    def done(self) -> dict[str, float]:
        return {**self.marks, "total": time.perf_counter() - self.start}


def stream_events(
    assistant,
    question: str,
    history: Sequence[dict] | None = None,
    *,
    filters: Filters | None = None,
    engine=None,
    cancel: threading.Event | None = None,
) -> Iterator[AnswerEvent]:
    settings: Settings = assistant.settings
    timer = _Timer()
    notices: list[Notice] = []
    question = question if isinstance(question, str) else ""
    history = [t for t in (history or []) if isinstance(t, dict)]

    def final(
        text: str,
        *,
        refused: bool,
        engine_name: str,
        plan: Plan | None = None,
        citations=(),
        intent: Intent = Intent.CONTENT,
        lead: str = "",
    ) -> Final:
        text = text.strip()
        return Final(
            Answer(
                text,
                tuple(citations),
                plan.hits if plan else (),
                refused,
                engine_name,
                tuple(notices),
                timer.done(),
                lead or text.split(DETAILS_SEPARATOR)[0].strip(),
                intent,
                plan.closest if plan else (),
                plan.answerability if plan else None,
            )
        )

    if not any(c.isalnum() for c in question):
        notices.append(Notice(NoticeKind.NO_QUESTION, "No question was asked."))
        text = help_text(assistant)
        yield TextDelta(text)
        yield final(text, refused=True, engine_name="none", intent=Intent.HELP)
        return
    if len(question) > settings.max_question_chars:
        notices.append(
            Notice(
                NoticeKind.TRUNCATED,
                f"Your question was {len(question):,} characters long; only the "
                f"first {settings.max_question_chars:,} were used.",
            )
        )
        question = question[: settings.max_question_chars]
    try:
        assistant.refresh()
        # The catalog, just brought in line with the store by refresh(): a local lookup, where counting the
        # store's records costs a server round trip (or 10 ms embedded at 100k chunks) on every question.
        if assistant.index.count() == 0:
            notices.append(Notice(NoticeKind.STORE_EMPTY, "The store holds no papers yet."))
            yield TextDelta(EMPTY_STORE_TEXT)
            yield final(EMPTY_STORE_TEXT, refused=True, engine_name="none")
            return
        yield from _answer(assistant, question, history, filters, engine, notices, timer, final, cancel)
    except StoreError as exc:
        notices.append(Notice(NoticeKind.STORE_ERROR, str(exc)))
        text = f"The paper store cannot be read right now: {exc}."
        yield TextDelta(text)
        yield final(text, refused=True, engine_name="none")


def _also(assistant, query: Query, plan: Plan, answered: Final, history, answer_besides) -> Iterator[AnswerEvent]:
    """What a record question asks besides, of the same paper's abstract ('Who wrote LoGSAM and what dataset does it
    use?'): answered as a question about that paper, after the record, in one answer with the citations of both.
    `answer_besides(about)` answers the part, understood as `about`, as `_answer` does."""
    # (the record's paper, whether or not the record part was answered)
    papers = tuple(dict.fromkeys(e.hit.paper.id for e in plan.evidence)) or (*query.named, *query.carried)
    about = understand(query.also, assistant.index, history, today=assistant.settings.today())
    about = replace(about, also="")  # (one part besides, answered once)
    if about.intent is Intent.LISTING:
        # (a list of other papers stays one, without the record's own: 'Which other papers were posted …', 'what else
        # was posted in 2024?')
        about = replace(about, exclude=tuple(sorted({*about.exclude, *papers})))
    else:
        # (about the record's paper, or the one of them that part names: 'Who wrote MuCo and CAD, and what does MuCo
        # propose?')
        about = replace(about, named=about.named or papers, carried=(), intent=Intent.CONTENT, is_list=False)
    yield TextDelta("\n\n")
    besides = None
    listing = about.intent is Intent.LISTING
    for event in answer_besides(about):
        if isinstance(event, Final):
            besides = event.answer
        elif not listing:  # (a list of other papers is numbered after the record's own: shown once renumbered)
            yield event
    record = answered.answer
    # One numbering for both parts: a paper the record cites keeps its number, another takes the next free one.
    numbers = {c.paper_id: c.n for c in record.citations}
    renumbered = {}
    for c in sorted(besides.citations, key=lambda c: c.n):
        numbers.setdefault(c.paper_id, max(numbers.values(), default=0) + 1)
        renumbered[c.n] = numbers[c.paper_id]
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{renumbered.get(int(m[1]), int(m[1]))}]", besides.text)
    if listing:
        yield TextDelta(text)
    # (a paper cited by both parts keeps the citation with the quotes the second part drew on)
    drawn = {c.paper_id: replace(c, n=renumbered[c.n]) for c in besides.citations}
    cited = {c.paper_id for c in record.citations}
    # Both answer lines lead (the UI folds only what follows them): the record, then the part asked besides.
    besides_lead = text.split(DETAILS_SEPARATOR)[0]
    return Final(
        replace(
            record,
            text=f"{record.text}\n\n{text}",
            lead=f"{record.text}\n\n{besides_lead}",
            citations=(
                *(drawn.get(c.paper_id, c) for c in record.citations),
                *(c for pid, c in drawn.items() if pid not in cited),
            ),
            # (the papers either part drew on: 'Who wrote X, and which papers came out since 2024?' cites both)
            sources=(
                *record.sources,
                *(h for h in besides.sources if h.paper.id not in {r.paper.id for r in record.sources}),
            ),
            # (refused only where neither part could be answered)
            refused=record.refused and besides.refused,
            engine=besides.engine if not besides.refused else record.engine,
            notices=besides.notices,  # (those of both: the list they are read from only grows)
            timings=besides.timings,
        )
    )


# Answered from the records (and an overview's threads from the papers' own title words) with any engine: a model
# could only make them worse.
FROM_RECORDS = (
    Intent.AUTHORS,
    Intent.DATE,
    Intent.RECORD,
    Intent.LISTING,
    Intent.OVERVIEW,
    Intent.COAUTHORS,
    Intent.TALLY,
)


def _answer(
    assistant, question, history, filters, engine, notices, timer, final, cancel, understood: Query | None = None
) -> Iterator[AnswerEvent]:
    """`understood`: the question already understood (the part a record question asks besides, about its paper)."""
    settings: Settings = assistant.settings
    if engine is None:
        try:
            engine = assistant.engine()
        except EngineError as exc:  # e.g. the local model is not installed: say so, answer offline
            notices.append(Notice(NoticeKind.ENDPOINT_FAILED, f"Answered offline: {exc}."))
            engine = assistant.engine("extractive")
    index = assistant.index
    today = settings.today()
    query = understood or understand(question, index, history, today=today)
    if understood is None and history and engine.uses_model and _refers_back(query):
        try:
            condensed = engine.condense(question, history)
            if not condensed or condensed == question:
                pass
            elif not _is_rewrite(condensed, question):
                notices.append(
                    Notice(
                        NoticeKind.CONDENSE_FAILED,
                        "The model answered instead of rewriting the follow-up; used the conversation instead.",
                    )
                )
            else:
                resolved = understand(condensed, index, history, today=today)
                # Where the rewrite is about the papers the conversation already gave the follow-up, the asker's own
                # words choose the evidence: a small model's rewrite adds words of its own ('How much faster is the
                # optimization compared to other methods?'), which chose sentences other than the one stating the
                # speed-up. The rewrite decides where it finds other papers, or the conversation none.
                if not (query.carried and set(resolved.named or resolved.carried) == set(query.carried)):
                    query = replace(resolved, question=query.question, carried=resolved.carried or query.carried)
        except EngineError as exc:
            notices.append(
                Notice(
                    NoticeKind.CONDENSE_FAILED,
                    f"Could not rewrite the follow-up with the model ({exc}); used the conversation instead.",
                )
            )
    if filters is not None and filters.active():
        query = replace(query, filters=query.filters.merge(filters))
        excluded = [pid for pid in query.named if not filters.accepts(index.paper(pid))]
        if excluded:
            names = ", ".join(index.paper(pid).short_name for pid in excluded)
            notices.append(
                Notice(
                    NoticeKind.FILTER_EXCLUDES_NAMED,
                    f"The active filters exclude {names}, which the question names; clear them to include it.",
                )
            )
    if query.ignored:
        notices.append(
            Notice(
                NoticeKind.IGNORED_INSTRUCTIONS, "Instructions inside the question were treated as text, not followed."
            )
        )
    if query.intent in (Intent.OFF_TOPIC, Intent.HELP):
        text = _off_topic(query, assistant)
        yield TextDelta(text)
        yield final(text, refused=True, engine_name="guardrail", intent=query.intent)
        return
    vector = assistant.embed(embedding_text(query, index))
    hits = search(assistant, query, vector, k=settings.k)
    timer.mark("retrieve")
    plan = make_plan(assistant, query, hits, vector)
    timer.mark("plan")

    def with_besides(answered: Final) -> Iterator[AnswerEvent]:
        """The answer, then the part its question asks besides of the same paper (query.also)."""
        return _also(
            assistant,
            query,
            plan,
            answered,
            history,
            lambda about: _answer(
                assistant, query.also, history, filters, engine, notices, timer, final, cancel, about
            ),
        )

    if plan.refusal is not None:
        yield TextDelta(plan.refusal)
        refused = final(plan.refusal, refused=True, engine_name="guardrail", plan=plan, intent=query.intent)
        if query.also and query.intent in (Intent.AUTHORS, Intent.DATE, Intent.RECORD):
            # (a field the record cannot give leaves the part asked besides to answer: 'How many authors does MuCo
            # have, and what does it do?' had stopped at the count)
            refused = yield from with_besides(refused)
        yield refused
        return
    request = EngineRequest(
        question,
        query,
        plan.evidence,
        cancel,
        matched=plan.matched,
        groups=plan.groups,
        note=plan.note,
    )
    offline = assistant.engine("extractive")
    if query.intent in FROM_RECORDS or not engine.uses_model:
        text = "".join(offline.stream(request))
        text, more = drop_invalid_markers(text, plan.evidence)
        notices.extend(more)
        if not query.english and understood is None:
            notices.append(
                Notice(
                    NoticeKind.NOT_ENGLISH,
                    "Offline answers quote the English abstracts; the question "
                    "was matched by the names and terms in it.",
                )
            )
        yield TextDelta(text)
        answered = final(
            text,
            refused=False,
            engine_name=offline.name,
            plan=plan,
            citations=collect(text, plan.evidence, verbatim=True),
            intent=query.intent,
        )
        if query.also and query.intent is not Intent.LISTING:
            answered = yield from with_besides(answered)
        yield answered
        return
    text, used = yield from _model_answer(engine, request, notices)
    if used == engine.name:
        requests = engine.requests_made
        if requests > 1:
            notices.append(
                Notice(
                    NoticeKind.RETRIED, f"The endpoint was tried {requests} times (the client retries with backoff)."
                )
            )
        if _leaks_prompt(text):
            notices.append(
                Notice(
                    NoticeKind.REPLACED,
                    "Replaced the model's answer with the extractive one (it repeated its instructions).",
                )
            )
            used = "extractive"
    if used == engine.name:
        checked, more = check_model_answer(text, plan.evidence, question)
        notices.extend(more)
        citations = collect(checked, plan.evidence, question)
        # The prompt asks for "The papers don't say." alone when the evidence lacks the answer, and for "The papers
        # say otherwise:" and a correction when it contradicts the question's premise. Two judges: the model's doubt
        # decides where the offline judge is unsure (answerability below the engine's refusal_trusted_below: even
        # odds for an endpoint's model, never for the bundled small one); elsewhere a model's refusal does not take
        # away what the judge found (a small model refuses answerable questions far more often than the calibrated
        # judge: 90 of its 95 refusals on the eval set) — its cited statements are kept without the opener, or the
        # quoted evidence stands in.
        premise = _PREMISE_RE.match(checked)
        refuses = bool(premise) or checked.lstrip().startswith(REFUSAL_PREFIX)
        refuses = refuses or bool(_MODEL_REFUSAL_RE.search(checked) and not citations)
        if refuses and plan.answerability < engine.refusal_trusted_below:
            why = (
                "The model found the question's premise contradicted by the evidence."
                if premise
                else "The model found no answer in the evidence."
            )
            notices.append(Notice(NoticeKind.MODEL_REFUSED, why))
            text = f"{REFUSAL_PREFIX} that: {checked[premise.end() :].strip()}" if premise else _model_refusal(checked)
            yield final(text, refused=True, engine_name=used, plan=plan, citations=citations, intent=query.intent)
            return
        if refuses:
            checked = _without_refusal_opener(checked)
            citations = collect(checked, plan.evidence, question) if checked else []
            notices.append(
                Notice(
                    NoticeKind.MODEL_DOUBTED,
                    "The model doubted that the papers answer this; the offline check found that they do"
                    + (", so its cited statements are kept." if citations else ", so the evidence is quoted instead."),
                )
            )
        if citations:
            # Answer first, then the sentences it was drawn from, quoted (folded in the chat): a reader checks
            # the model's words against the papers' own.
            # A "which papers" answer lists every paper the plan found to belong (the membership judge decides the
            # list; a small model names only some of them), the others answers the papers they cite.
            shown = plan.evidence if query.is_list else [e for e in plan.evidence if e.n in {c.n for c in citations}]
            quoted = supporting_quotes(shown)
            if quoted:
                yield TextDelta(DETAILS_SEPARATOR + quoted, draft=True)
                checked += DETAILS_SEPARATOR + quoted
                citations = collect(checked, plan.evidence, question)
            yield final(checked, refused=False, engine_name=used, plan=plan, citations=citations, intent=query.intent)
            return
        if not refuses:  # (a set-aside refusal has said why already)
            why = " ".join(n.message for n in more) or "it cited no source"
            notices.append(Notice(NoticeKind.REPLACED, f"Replaced the model's answer with the extractive one ({why})."))
    text = "".join(offline.stream(request))
    yield TextDelta(text)
    yield final(
        text,
        refused=False,
        engine_name="extractive",
        plan=plan,
        citations=collect(text, plan.evidence, verbatim=True),
        intent=query.intent,
    )


def _model_answer(engine, request: EngineRequest, notices: list[Notice]):
    """Stream the model's text as drafts; on failure return ("", "extractive") with a notice."""
    pieces: list[str] = []
    try:
        for piece in engine.stream(request):
            pieces.append(piece)
            yield TextDelta(piece, draft=True)
    except EngineError as exc:
        kind = NoticeKind.MODEL_BUSY if "busy" in str(exc) else NoticeKind.ENDPOINT_FAILED
        notices.append(Notice(kind, f"Fell back to the extractive answer: {exc}."))
        return "", "extractive"
    return "".join(pieces), engine.name


def _is_rewrite(condensed: str, question: str) -> bool:
    """Whether a model's rewrite of a follow-up is a question where the follow-up was one: a small model sometimes
    answers it instead ('On OpenStreetMap, this approach beats the other methods by …'), and that statement, read
    as the question, would choose the evidence."""
    return is_question(condensed) or not is_question(question)


def _refers_back(query: Query) -> bool:
    """Whether the query stage found the question pointing back into the conversation (its one decision on that:
    a pronoun alone is no sign — 'Different subject: is there a dataset ..., and where can it be downloaded?')."""
    return bool(query.carried)


_PREMISE_RE = re.compile(r"^\s*The papers say otherwise\s*[:.,;]?\s*", re.I)
_REFUSAL_OPENER_RE = re.compile(
    r"^\s*(?:The papers don'?t say(?: that)?|The papers say otherwise)[.:;,]?\s*"
    r"(?:(?:Instead|However|But|Rather),?\s*)?"
    r"(?:(?:it|they|the (?:paper|source)s?) (?:states?|says?|reports?|mentions?) that\s+)?",
    re.I,
)


def _without_refusal_opener(text: str) -> str:
    rest = _REFUSAL_OPENER_RE.sub("", text, count=1).strip()
    return rest[:1].upper() + rest[1:]


def _model_refusal(text: str) -> str:
    text = text.strip()
    return text if text.startswith(REFUSAL_PREFIX) else f"{REFUSAL_PREFIX}: {text}"


def _off_topic(query: Query, assistant) -> str:
    n = assistant.index.count()
    what = (
        f"I answer questions about the {n} papers in this collection — what the work is about as a whole, what each "
        "paper proposes, its results, datasets, authors and dates — and cite the paper behind each answer"
    )
    if query.small_talk is SmallTalk.GREETING:
        return f"Hello! {what}. For example: “{OVERVIEW_EXAMPLE}”"
    if query.small_talk is SmallTalk.THANKS:
        return (
            f"You're welcome. Ask me anything else about the {n} papers in this collection, for example: "
            f"“{OVERVIEW_EXAMPLE}”"
        )
    if query.small_talk is SmallTalk.CAPABILITIES:
        return (
            f"{what}, or say plainly when the papers don't say. You can ask for a paper by its name or by what it "
            "does, for lists (by topic, date, category or code), for comparisons, and follow up on an answer. For "
            f"example: “{OVERVIEW_EXAMPLE}”"
        )
    if query.prompt_request:
        return (
            f"I can't share my instructions, but I can answer questions about the {n} papers in this collection "
            "— what the work is about as a whole, what each paper proposes, its results, datasets, authors and "
            "dates, each answer citing its paper."
        )
    return (
        f"That is outside what I can help with: I answer questions about the {n} papers in this collection — "
        "what the work is about as a whole, what each paper proposes, its results, datasets, authors and dates — "
        f"and cite the paper behind each answer. For example: “{OVERVIEW_EXAMPLE}”"
    )


def _leaks_prompt(text: str) -> bool:
    """True when the text repeats a run of eight or more words of the system prompt."""
    words = tokens(render("system", max_sentences=0))
    grams = {" ".join(words[i : i + 8]) for i in range(len(words) - 7)}
    said = tokens(text)
    return any(" ".join(said[i : i + 8]) in grams for i in range(len(said) - 7))
