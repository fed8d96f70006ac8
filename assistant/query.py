"""Question (+ history) -> `Query`: what is asked, about what, under which filters. Decided once, here only.

The intent is read from the clause that asks ("What GPU did the MuCo authors use?" asks for a GPU: the asked-for
head noun is "GPU", not "authors"), never from a keyword anywhere in the text. Instructions injected into the
question are set aside as data. Word lists live in `lexicon`; paper names, authors and categories come from the
catalog (`index.Catalog`), so the same rules work on any researcher's pages.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math
import re
from collections.abc import Sequence
from dataclasses import replace

from . import lexicon
from .index import Catalog, without_title
from .text import (
    alternation,
    content_terms,
    english_slip,
    english_words,
    fold_accents,
    instructs,
    is_coined,
    name_like_terms,
    normalize,
    ordinary_words,
    sentences,
    spell_greek,
    stem,
    stem_set,
    stopwords,
    tokens,
)
from .types import Filters, Intent, Order, Paper, Part, Query, SmallTalk, Tally, TallyAsk, TallyField


def _compile(patterns) -> list[re.Pattern]:
    return [re.compile(p, re.I) for p in patterns]


def _alternatives(phrases) -> str:
    """A regex alternation of literal phrases, longest first (so 'compared with' wins over 'compared')."""
    return "|".join(re.escape(w) for w in sorted(phrases, key=len, reverse=True))


_PROMPT_REQUEST_RES = _compile(lexicon.PROMPT_REQUESTS)
_CHITCHAT_RES = _compile(lexicon.CHITCHAT)
# A count in words ('the three newest', 'thread two', 'the past two years').
_RANK_VALUES = lexicon.COUNT_VALUES
_COUNT_WORDS = _alternatives(_RANK_VALUES)
_TOPIC_SWITCH_RES = _compile(lexicon.TOPIC_SWITCH)
_SAME_QUESTION_RE = re.compile(rf"\s*(?:{_alternatives(lexicon.SAME_QUESTION_OPENINGS)})\b[\s,:]*", re.I)
# ('Apart from the 2024 ones?', 'Not by Minsu Kim?': leaving papers out restricts as well)
_FRAGMENT_RE = re.compile(
    rf"\s*(?:(?:and|but)\s+)?(?:{_alternatives([*lexicon.SAME_QUESTION_FRAGMENTS, *lexicon.EXCLUDERS])})\b", re.I
)
# A question or request of its own after an opening or in a fragment ('Now show me all CV papers'), but not
# 'which ones', 'which of those', 'which are', 'show me just those', 'how many', which only restrict.
_OWN_REQUEST_RE = re.compile(
    rf"\b(?:{_alternatives(lexicon.OWN_REQUEST_WORDS)})\b(?!\s+(?:me\s+|us\s+)?(?:just\s+|only\s+)?(?:the\s+ones?|ones?"
    r"|them|those|these|of\s+(?:them|those|these)|many)\b)(?<!\bwhich(?=\s+(?:is|are|was|were)(?:n['’]t)?\b))",
    re.I,
)
_CODE_RES = _compile(lexicon.CODE_AVAILABLE)
_NO_CODE_RES = _compile(lexicon.CODE_MISSING)
_CODE_MARK_RES = _compile((*lexicon.CODE_MARKS, *lexicon.CODE_MISSING_MARKS))
_EXCLUDING = _alternatives(lexicon.EXCLUDERS)
_POSTING_RE = re.compile("|".join(lexicon.POSTING_PHRASES), re.I)
# A word written in letters counts whole ('quanti' asks 'how many'; 'quantity', 'quantitative' do not); a CJK
# phrase has no spaces around it to count by.
_MULTILINGUAL_COUNT_RE = re.compile(
    "|".join(rf"\b{re.escape(w)}\b" if w[0].isascii() else re.escape(w) for w in lexicon.MULTILINGUAL_COUNT), re.I
)
_QUESTION_MARKER_RES = _compile(lexicon.QUESTION_MARKERS)
_LEADING_RES = _compile(lexicon.LEADING_CHATTER)
_TOLD_RE = re.compile(lexicon.TOLD_LEAD_IN, re.I)
_DETAIL_RES = {kind: _compile(patterns) for kind, patterns in lexicon.DETAIL_ASKED.items()}
_CONTRIBUTION_ASKED_RES = _compile(lexicon.CONTRIBUTION_ASKED)
_DIFFERS_FROM_PRIOR_RES = _compile(lexicon.DIFFERS_FROM_PRIOR_ASKED)
_AIM_ASKED_RES = _compile(lexicon.AIM_ASKED)
_ARCHITECTURE_ASKED_RES = _compile(lexicon.ARCHITECTURE_ASKED)
_INPUT_OUTPUT_ASKED_RES = _compile(lexicon.INPUT_OUTPUT_ASKED)
_COLLECTION_RES = [
    *_compile(lexicon.COLLECTION_PHRASES),
    # the owner by a demonstrative, doing research ('Has this group looked at art?'); not 'the group', which may be a
    # study's ('Did the group study find …')
    re.compile(
        r"\b(?:this|that|your)\s+(?:research\s+)?(?:group|lab|team|researcher)(?=\s+(?:ever\s+|also\s+)?(?:"
        + "|".join(sorted(lexicon.RESEARCH_VERB_WORDS))
        + r")\b)",
        re.I,
    ),
]
_ANSWER_FORM_RES = _compile(lexicon.ANSWER_FORM_PHRASES)
_METHOD_ASKED_RES = _compile(lexicon.METHOD_ASKED)
_STUDY_ROLE_RE = re.compile(lexicon.STUDY_ROLE_VERBS, re.I)
_AUTHORING_RE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, lexicon.AUTHORING_VERBS))) + r")\b", re.I)
_FINDING_ASKED_RES = _compile(lexicon.FINDING_ASKED)
# (of those, the ones that ask how well the paper did: its results, its performance)
_RESULT_ASKED_RES = _compile(lexicon.FINDING_ASKED[2:])
_MONTH_NAMES = {m: i for i, m in enumerate(lexicon.MONTHS, start=1)} | lexicon.MONTH_ABBREVIATIONS
_MONTH_RE = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"
_FRAMING_STEMS = frozenset(stem(w) for w in lexicon.FRAMING_WORDS)
_LEAD_IN_STEMS = frozenset(stem(w) for w in lexicon.LEAD_IN_WORDS)
_METADATA_STEMS = frozenset(stem(w) for w in lexicon.METADATA_WORDS)
_KEPT_STOP_STEMS = frozenset(stem(w) for w in lexicon.STOPWORDS_KEPT)
_NUMBER_STEMS = frozenset(stem(w) for w in lexicon.NUMBER_WORDS)
_ANAPHORA_STEMS = frozenset(stem(w) for w in lexicon.ANAPHORA)
# The fields of a paper's record a question may ask for together, in the order an answer gives them; a part that
# asks who wrote it or when it was posted asks for one of them.
RECORD_FIELDS = ("date", "authors", "category", "code", "affiliation")
_RECORD_FIELD_OF = {Intent.DATE: ("date",), Intent.AUTHORS: ("authors",)}
_WORD_RE = re.compile(r"[A-Za-z0-9][\w'’.-]*[A-Za-z0-9]|[A-Za-z0-9]")
# Bracketed blocks ([[…]], {…}, <…>, ### … ###): removed when they hold an instruction.
_BLOCK_RES = [
    re.compile(r"\[\[.*?\]\]", re.S),
    re.compile(r"\{[^{}]*\}", re.S),
    re.compile(r"<[^<>]{3,}>", re.S),
    re.compile(r"#{2,}[^#]*#{2,}(?:.*?#{2,}[^#]*#{2,})?", re.S),
]


# ---------------------------------------------------------------------------------------------------------- public


def understand(
    question: str,
    catalog: Catalog,
    history: Sequence[dict] | None = None,
    *,
    today: dt.date | None = None,
) -> Query:
    """Turn a question and the conversation so far into a typed `Query`."""
    today = today or dt.date.today()
    talk = _small_talk_kind(question if isinstance(question, str) else "")
    if talk is SmallTalk.CAPABILITIES and history and re.search(r"\b(?:it|this|that)\b", question.lower()):
        # ('How do I use it?', 'What is this?' after an answer ask about the paper discussed)
        talk = None
    if talk is not None:
        # (all small talk: answered in kind, whatever else the message would have been read as)
        text = normalize(question).strip()
        return Query(text, "", "", Intent.HELP if talk is SmallTalk.CAPABILITIES else Intent.OFF_TOPIC, small_talk=talk)
    query = _tallied(_understood(question, catalog, history, today), catalog, today)
    if history:
        query = _thread_asked(query, catalog, history, today) or _asked_again(query, catalog, history, today) or query
    return _names_left_out(query)


_SMALL_TALK_RES = {SmallTalk(kind): _compile(patterns) for kind, patterns in lexicon.SMALL_TALK_KINDS.items()}


def _small_talk_kind(question: str) -> SmallTalk | None:
    """The kind of small talk a whole message is, if it is only that ('Hello!', 'Thanks a lot', 'What can you do?')."""
    text = normalize(question).strip().lower()
    return next((kind for kind, res in _SMALL_TALK_RES.items() if any(r.search(text) for r in res)), None)


_TALLY_FIELD_OF = {w: f for f, words in lexicon.TALLY_FIELDS.items() for w in words}
_TALLY_FIELD = _alternatives(_TALLY_FIELD_OF)
_TALLY_EXTREME = _alternatives(lexicon.TALLY_MOST_WORDS)
_TALLY_MOST_RES = (
    # 'Which year had the most papers?', 'What category has the fewest?', 'In which year did they publish the most?'
    re.compile(rf"\b(?:which|what)\s+(?P<field>{_TALLY_FIELD})\b[^?]{{0,50}}?\b(?P<extreme>{_TALLY_EXTREME})\b"),
    # 'the most common category', 'the busiest year', 'the most productive year'
    re.compile(
        rf"\b(?P<extreme>{_TALLY_EXTREME})\s+(?:(?:{_alternatives(lexicon.TALLY_MOST_ADJECTIVES)})\s+)?"
        rf"(?P<field>{_TALLY_FIELD})\b"
    ),
    # 'the category with the most papers'
    re.compile(
        rf"\b(?P<field>{_TALLY_FIELD})\s+(?:with|that\s+has|that\s+had)\s+the\s+(?P<extreme>{_TALLY_EXTREME})\b"
    ),
)
# What may follow 'the most' in a tally: papers, or a word that goes on about them ('the most papers', 'the most in
# 2025', 'the most?').
_TALLY_MOST_NEXT = frozenset(
    ("papers", "paper", "works", "publications", "entries", "preprints", "of", "in", "with", "from", "by", "among",
     "on", "overall", "so", "to", "and", "or", "than", "during", "since", "this", "last", "common", "frequent",
     "popular", "productive", "prolific", "active", "represented", "uploads", "posts")
)  # fmt: skip
_TALLY_DISTINCT_RE = re.compile(
    r"\bhow\s+many\s+(?:(?:different|distinct|unique|separate|arxiv)\s+)*(?P<field>categories|years|months|sections)\b|"
    r"\b(?:which|what)\s+(?:(?:different|distinct|arxiv)\s+)*(?P<field2>categories|sections)\s+(?:are|do|does|did|have|"
    r"appear|span|cover)\b"
)
_TALLY_COUNT_RE = re.compile(rf"\b(?:{_alternatives(lexicon.TALLY_COUNT_WORDS)})\b")
_TALLY_PER_RE = re.compile(
    rf"\b(?P<per>{_alternatives(lexicon.TALLY_PER_WORDS)})\s+(?:(?:the|arxiv|primary)\s+)*(?P<field>{_TALLY_FIELD})\b"
)
_TALLY_SHARE_RE = re.compile(
    rf"\b(?:what|which|how\s+big\s+a|how\s+large\s+a)\s+(?:{_alternatives(lexicon.TALLY_SHARE_WORDS)})\b|"
    r"\bwhat\s+%|\bhow\s+much\s+of\b|\bhow\s+many\s+percent\b|"
    rf"^\W*(?:and\s+)?(?:the\s+)?(?:{_alternatives(lexicon.TALLY_SHARE_WORDS)})\s+of\b"
)
# What a share is of: 'of the papers', 'of Minsu Kim's papers', 'of all 2025 papers'.
_SHARE_OF_RE = re.compile(
    r"\bof\s+(?:all\s+)?(?:the\s+|their\s+|these\s+|those\s+|his\s+|her\s+)?(?P<whose>(?:[\w'’.-]+\s+){0,6}?)"
    r"(?:papers?|works?|publications?|entries)\b"
    # ('of papers from 2025', 'of the papers by Minsu Kim': up to the verb that says what the part is)
    r"(?P<after>(?:\s+(?!(?:have|has|had|are|is|were|was|use|used|uses|come|came|do|does|did|that|which|with|"
    r"marked|carry|show)\b)[\w'’.-]+){0,5})",
    re.I,
)
_WHICH_PAPERS_RE = re.compile(r"\bwhich\s+(?:of\s+(?:the|these|those)\s+)?(?:papers?|ones|entries|works)\b")
_TALLY_STEMS = frozenset(
    stem(t)
    for words in (
        *lexicon.TALLY_FIELDS.values(),
        lexicon.TALLY_COUNT_WORDS,
        lexicon.TALLY_PER_WORDS,
        lexicon.TALLY_MOST_WORDS,
        lexicon.TALLY_MOST_ADJECTIVES,
        lexicon.TALLY_SHARE_WORDS,
        lexicon.TALLY_FILLER,
    )
    for w in words
    for t in tokens(w)
)


def _tally_asked(low: str) -> Tally | None:
    """The tally a question asks for, by its wording alone: a share, the most or fewest of a field, how many values a
    field has, or the count of each value."""
    if _TALLY_SHARE_RE.search(low):
        return Tally(TallyAsk.SHARE)
    for r in _TALLY_MOST_RES:
        m = r.search(low)
        # (the most of papers, not of something else: 'Which year had the largest models?', 'What year has the
        # most recent paper?', 'Which category has the most authors?')
        after = re.findall(r"[\w'-]+", low[m.end() :])[:1] if m else []
        if m and (not after or after[0] in _TALLY_MOST_NEXT or re.fullmatch(_YEAR, after[0])):
            asks = TallyAsk(lexicon.TALLY_MOST_WORDS[m["extreme"]])
            return Tally(asks, TallyField(_TALLY_FIELD_OF[m["field"]]))
    if m := _TALLY_DISTINCT_RE.search(low):
        return Tally(TallyAsk.DISTINCT, TallyField(_TALLY_FIELD_OF[m["field"] or m["field2"]]))
    m = _TALLY_PER_RE.search(low)
    if m and (m["per"] in ("per", "each", "every", "for each", "in each") or _TALLY_COUNT_RE.search(low)):
        return Tally(TallyAsk.EACH, TallyField(_TALLY_FIELD_OF[m["field"]]))
    return None


def _tallied(query: Query, catalog: Catalog, today: dt.date) -> Query:
    """A question about how the papers spread over a record field, and about nothing else: 'How many papers per
    year?', 'Which category has the most papers with code?', 'What fraction of Minsu Kim's papers are from 2025?'.
    Not where a paper is named or a topic is left ('How many categories of objects does the benchmark have?')."""
    # (papers a follow-up carries are counted as the last answer's: `_asked_again` takes its restrictions)
    if query.named or query.intent in (Intent.OFF_TOPIC, Intent.HELP, Intent.COAUTHORS):
        return query
    low = (query.asking or query.question).lower()
    tally = _tally_asked(low)
    if tally is None or set(query.topic) - _TALLY_STEMS or _WHICH_PAPERS_RE.search(low):
        return query  # ('Which papers are not in CV, and what categories are they in?' asks for the papers)
    named_years = sorted({int(y) for y in re.findall(rf"\b{_YEAR}\b", low)})
    if tally.by is TallyField.YEAR and len(named_years) > 1 and not _dated(query.filters):
        # ('In which year did they publish more, 2025 or 2026?': those years only)
        query = replace(query, filters=replace(query.filters, years=tuple(named_years)))
    if tally.asks is TallyAsk.SHARE:
        if not query.filters.active():
            return query  # (a share of nothing said: 'What fraction of the work is theory?')
        whose = _SHARE_OF_RE.search(query.asking or query.question)  # (as typed: 'CV' in capitals is a code)
        of_text = f"{whose['whose']} papers {whose['after']}" if whose else ""
        of = _filters(of_text, catalog, (), today, listing=True)[0] if whose else Filters()
        if of == query.filters and whose:  # ('percentage of papers in CV': the words after 'papers' are the part)
            of = _filters(f"{whose['whose']} papers", catalog, (), today, listing=True)[0]
        tally = replace(tally, of=of)
    return replace(
        query,
        intent=Intent.TALLY,
        tally=tally,
        topic=(),
        is_list=False,
        order=None,
        ranked=None,
        asks_count=False,
        carried=(),
    )


def _names_left_out(query: Query) -> Query:
    """People a question about co-authors leaves out ('…, other than Minsu Kim?', 'Without Minsu Kim?') are names
    not to rank, not papers to drop: their papers still count for everyone else."""
    people = tuple(a for left_out in query.filters.without for a in left_out.authors)
    if query.intent is not Intent.COAUTHORS or not people:
        return query
    keys = {a.lower() for a in people}
    filters = replace(
        query.filters,
        authors=tuple(a for a in query.filters.authors if a.lower() not in keys),
        without=tuple(left_out for left_out in query.filters.without if not left_out.authors),
    )
    return replace(query, filters=filters, names_left_out=people)


# How many earlier turns a follow-up is read against (the UI hands 8 to the engine): each earlier question is read
# with the turns before it, so this also bounds how deep a chain of follow-ups is read back.
FOLLOW_UP_TURNS = 16


def _last_question(catalog: Catalog, history: Sequence[dict], today: dt.date) -> Query | None:
    """The last question the user asked, read as it was then (with the conversation before it, within
    FOLLOW_UP_TURNS)."""
    turns = list(history)[-FOLLOW_UP_TURNS:]
    last = next((i for i in range(len(turns) - 1, -1, -1) if _said_by_user(turns[i])), None)
    if last is None:
        return None
    return understand(str(turns[last].get("content") or ""), catalog, turns[:last], today=today)


def _thread_asked(query: Query, catalog: Catalog, history: Sequence[dict], today: dt.date) -> Query | None:
    """A follow-up to an overview that picks one of its threads by place ('Show me all papers of the second thread',
    'What's in theme 3?', 'And the last cluster?'): the overview again, that thread listed whole. None where the
    follow-up asks anything more ('Which papers in the second thread use diffusion?') or the last answer was no
    overview."""
    m = _THREAD_PLACE_RE.search(query.question)
    if not m or query.named or set(query.topic) - _THREAD_STEMS - {stem(w) for w in tokens(m[0])}:
        return None
    # (a filter, an order or another kind of answer asks more than the thread: 'Show me thread 2 from 2024', 'the
    # newest paper in thread 2', 'Who is in the first group?'; 'the first topic of the paper' is a paper's. How many
    # papers a thread has, its listing says first.)
    if query.filters.active() or query.order or query.ranked or _THREAD_OF_A_PAPER_RE.search(query.question):
        return None
    if query.intent not in (Intent.CONTENT, Intent.LISTING, Intent.OVERVIEW):
        return None
    before = _last_question(catalog, history, today)
    if before is None or before.intent is not Intent.OVERVIEW:
        return None
    if m["word"]:
        place = lexicon.REFERENCE_ORDER[re.sub(r"\s+", " ", m["word"].lower())]
    else:
        said = (m["number"] or m["nth"] or m["spelled"]).lower()
        place = (int(said) if said.isdigit() else 1 if said == "one" else _RANK_VALUES[said]) - 1
    return replace(before, question=query.question, thread=place, ignored=query.ignored)


def _asked_again(query: Query, catalog: Catalog, history: Sequence[dict], today: dt.date) -> Query | None:
    """A follow-up that only changes which papers the last question is asked of ('What about in 2024?' after 'What
    are the main themes?', 'And Joanna Hong?' after 'Who do they collaborate with most?'): the last question, its
    restrictions of the same kinds replaced by the follow-up's; a count or an order of those papers ('How many of
    those are from 2024?', 'And which one is the newest?') keeps it too. None where the follow-up asks something of
    its own (a topic, a paper, a request), leaves papers out, or the last question was about named papers."""
    text = query.question
    elliptical = not re.search(r"\b(?:papers?|works?|publications?|entries)\b", text, re.I) or re.search(
        r"\b(?:them|those|these)\b", text, re.I
    )
    if query.intent is Intent.TALLY and not query.filters.active() and elliptical:
        # ('How many per month?' after 'Which papers are from 2025?': the counts of those papers; 'How many papers
        # per year?' asks of them all)
        before = _last_question(catalog, history, today)
        if before is not None and before.intent is Intent.CONTENT and before.is_list and not before.named:
            # ('How many per year?' after 'Which papers use diffusion models?': those papers, counted as a list)
            return replace(before, question=query.question, asks_count=True, ignored=query.ignored)
        if before is None or before.intent not in (Intent.LISTING, Intent.TALLY) or not before.filters.active():
            return None
        return replace(query, filters=before.filters)
    if _COMPLEMENT_RE.match(text):
        return _the_others(query, catalog, history, today)
    if shift := _YEAR_SHIFT_RE.fullmatch(text):
        # ('And the year before?' after 'Which papers are from 2025?': 2024, the same question; 'posted in March
        # 2025' moves to March 2024)
        before = _last_question(catalog, history, today)
        if before is None or _single_year(before.filters) is None:
            return None
        years = -1 if shift["back"] or shift["back2"] else 1
        query = replace(query, filters=_dates_of(_moved_by_years(before.filters, years)), topic=())
    if sorting := bool(_SORT_RE.search(text) or _DATE_ORDER_RE.search(text)):
        # ('sort them oldest first', 'sort them by date', 'now newest first': the same papers in that order, all)
        query = replace(query, order=query.order or Order.OLDEST, topic=tuple(set(query.topic) - _SORT_STEMS))
    # (a follow-up of a few words that asks nothing of its own is a fragment too: '2024?', 'This year?', '2024 only')
    brief = len(text.split()) <= BRIEF_FOLLOW_UP_WORDS and not _OWN_REQUEST_RE.search(text)
    opening = _SAME_QUESTION_RE.match(text) or _FRAGMENT_RE.match(text) or (re.match(r"\W*", text) if brief else None)
    # ('How many of those are from 2024?', 'Which of them is the newest?', 'Can you order those by date?')
    back = _OF_THOSE_RE.search(text) or (_SORT_RE.search(text) and _SORTED_ONES_RE.search(text))
    rest = text[opening.end() :] if opening else ""
    if not (opening or back) or (opening and _OWN_REQUEST_RE.search(rest)):
        return None
    left_out = {c for f in query.filters.without for c in f.categories}
    if (code := _bare_category(rest)) and not query.filters.categories and code not in left_out:
        # ('Only the CV ones', 'What about CV?': a category named alone is a category, not a topic)
        query = replace(query, filters=replace(query.filters, categories=(code,)), topic=(), intent=Intent.LISTING)
    restricts = query.filters.active() or query.unknown_authors or query.unknown_categories
    # (the opening's own words are no topic: 'Same question for 2022')
    own_topic = set(query.topic) - ({stem(w) for w in tokens(opening[0])} if opening else set())
    if not (restricts or query.asks_count or query.order) or own_topic or query.named:
        return None
    if query.intent not in (Intent.LISTING, Intent.CONTENT):
        return None
    before = _last_question(catalog, history, today)
    # (a list answers from the whole collection, whatever papers the question before it could have carried: 'Which
    # papers by Minsu Kim came out in 2023?' after another list)
    carried = before.carried if before is not None and before.intent is not Intent.LISTING else ()
    if before is None or before.intent not in _ASKED_AGAIN or before.named or carried:
        return None
    if before.intent is Intent.TALLY and (
        re.match(r"\W*(?:and\s+)?(?:which|list|show)\b", text, re.I) or _drills_into(query.filters, before.tally)
    ):
        # ('which are RO?' or 'What about December?' after counts by category or month: the papers of that value)
        before = replace(before, intent=Intent.LISTING, tally=None, is_list=True)
    if query.order and before.intent not in (Intent.CONTENT, Intent.LISTING):
        return None  # (no newest of an overview's threads or of co-authors)
    if query.asks_count and before.intent is Intent.COAUTHORS:
        return None  # ('And how many papers did they write with Minsu Kim?' counts papers, not co-authors)
    year = _single_year(before.filters)
    if year and len(query.filters.months) == 1 and not query.filters.day and not _dated_by_year(query.filters):
        # ('What about December?' after 'What was posted in March 2025?': December of that year)
        (month,) = query.filters.months
        month_of_year = Filters(date_from=dt.date(year, month, 1), date_to=_month_end(year, month))
        query = replace(query, filters=replace(query.filters, months=()).merge(month_of_year))
    return replace(
        before,
        question=query.question,
        filters=before.filters.replaced_by(query.filters),
        thread=None,  # (other papers fall into other threads)
        unknown_authors=query.unknown_authors or (() if query.filters.authors else before.unknown_authors),
        unknown_categories=query.unknown_categories or (() if query.filters.categories else before.unknown_categories),
        ignored=query.ignored,
        # (a share of those papers: 'What fraction have code?', then 'And in 2025?' is of the 2025 papers)
        tally=before.tally and replace(before.tally, of=before.tally.of.replaced_by(query.filters)),
        # a count or an order asked of those papers ('How many of those are from 2024?', 'Which of them is newest?')
        asks_count=before.asks_count or query.asks_count,
        order=query.order or before.order,
        # (the newest of them: the members of the list, then the newest, as a question asking so reads; all of them
        # where they are sorted)
        ranked=(query.ranked or (None if sorting else 1)) if query.order else before.ranked,
        is_list=bool(query.order) or before.is_list,
    )


# How a follow-up of a few words opens ('And …', 'What about …').
_FOLLOW_UP_LEAD = r"\W*(?:(?:and|but|what\s+about|how\s+about)\s+)?"
# The rest of the papers the last question listed: 'And which don't?', 'Which aren't?', 'the others?'.
_COMPLEMENT_RE = re.compile(
    rf"{_FOLLOW_UP_LEAD}(?:(?:which|what)\s+(?:ones?\s+)?|those\s+|the\s+ones\s+)?"
    r"(?:don['’]?t|do\s+not|doesn['’]?t|does\s+not|aren['’]?t|are\s+not|isn['’]?t|is\s+not|didn['’]?t|did\s+not|"
    r"haven['’]?t|have\s+not|without)\W*$|"
    rf"{_FOLLOW_UP_LEAD}(?:all\s+)?(?:the\s+)?(?:rest|others|other\s+ones)\W*$",
    re.I,
)
# A year next to the last question's, asked alone: 'And the year before?', 'the previous year?', 'and the year
# after?' (not inside a question of its own: 'Which of them improve over the previous year's results?').
_YEAR_SHIFT_RE = re.compile(
    rf"{_FOLLOW_UP_LEAD}(?:(?:same\s+for|now)\s+)?(?:(?:in|for|from)\s+)?(?:the\s+)?"
    r"(?:year\s+(?:(?P<back>before)|after)|(?:(?P<back2>previous|prior)|next|following)\s+year)\W*",
    re.I,
)
_SORT_RE = re.compile(
    r"\b(?:sort|sorted|ordered|arrange|arranged|order\s+(?:them|those|these|it|by)|in\s+\w+\s+order)\b", re.I
)


def _moved_by_years(filters: Filters, years: int) -> Filters:
    """The filters with their dates a number of years later (earlier where negative)."""

    def moved(d: dt.date | None) -> dt.date | None:
        return None if d is None else d.replace(year=d.year + years, day=min(d.day, 28) if d.month == 2 else d.day)

    return replace(
        filters,
        year_from=filters.year_from and filters.year_from + years,
        year_to=filters.year_to and filters.year_to + years,
        years=tuple(y + years for y in filters.years),
        date_from=moved(filters.date_from),
        date_to=moved(filters.date_to),
    )


def _dates_of(filters: Filters) -> Filters:
    """Only the date restrictions of the filters."""
    return Filters(**{k: getattr(filters, k) for k in Filters.DATE_FIELDS})


_SORTED_ONES_RE = re.compile(r"\b(?:them|those|these|the\s+list|that\s+list)\b|^\W*sort\b", re.I)
_SORT_STEMS = stem_set(("sort", "sorted", "order", "ordered", "arrange", "arranged", "date", "dates", "time"))


def _drills_into(filters: Filters, tally: Tally | None) -> bool:
    """Whether a follow-up's filters pick one value of the field the last answer counted by."""
    if tally is None or tally.by is None:
        return False
    return {
        TallyField.YEAR: _dated_by_year(filters),
        TallyField.MONTH: bool(filters.months or filters.date_from),
        TallyField.CATEGORY: bool(filters.categories or any(f.categories for f in filters.without)),
        TallyField.CODE: filters.has_code is not None,
    }[tally.by]


def _single_year(filters: Filters) -> int | None:
    """The one year a filter keeps ('from 2025', 'posted in March 2025'), if it keeps one."""
    if filters.year_from and filters.year_from == filters.year_to:
        return filters.year_from
    if filters.date_from and filters.date_to and filters.date_from.year == filters.date_to.year:
        return filters.date_from.year
    return None


def _the_others(query: Query, catalog: Catalog, history: Sequence[dict], today: dt.date) -> Query | None:
    """'And which don't?' after 'Which papers have code?': the last question of the papers its last restriction
    leaves out (code turned round; else its categories, its people or its dates left out, the rest kept)."""
    before = _last_question(catalog, history, today)
    if before is None or before.intent not in _ASKED_AGAIN or before.named or not before.filters.active():
        return None
    if before.topic:
        return None  # ('Which don't?' after 'Which CV papers use diffusion?' means the CV papers that don't)
    # the restriction the last question itself added ('which are from 2025?' after Chuanxia Zheng's papers: 2025)
    said, _ = _filters(before.question, catalog, (), today, listing=True)
    said = said if said.active() else before.filters
    f = before.filters
    if said.has_code is not None:
        others = replace(f, has_code=not f.has_code)
    elif said.categories:
        others = replace(f, categories=(), without=(*f.without, Filters(categories=f.categories)))
    elif said.authors:
        people = Filters(authors=f.authors, every_author=f.every_author, first_author=f.first_author)
        others = replace(f, authors=(), every_author=False, first_author=False, without=(*f.without, people))
    elif _dated(said):
        others = replace(
            f, **{k: getattr(Filters(), k) for k in Filters.DATE_FIELDS}, without=(*f.without, _dates_of(f))
        )
    else:
        return None
    return replace(before, question=query.question, filters=others, thread=None, ignored=query.ignored)


# The most words a follow-up without an opening may have to be read as a bare restriction ('Papers from 2024 only?').
BRIEF_FOLLOW_UP_WORDS = 4
_OF_THOSE_RE = re.compile(r"\b(?:of|among)\s+(?:them|those|these)\b", re.I)


def _bare_category(rest: str) -> str | None:
    """The category a follow-up names and nothing else ('the CV ones', 'CV?', 'computer vision papers')."""
    words = [w for w in re.findall(r"[\w.&-]+", rest.lower()) if w not in lexicon.BARE_CATEGORY_FILLER]
    if not words:
        return None
    said = " ".join(words)
    if said.upper() in lexicon.CATEGORIES and len(said) <= 3:
        return said.upper()
    return _category_names().get(said)


_THREAD_NOUN_RE = rf"(?:{_alternatives(lexicon.THREAD_NOUNS)})s?"
_PLACES = _alternatives(w for w, place in lexicon.REFERENCE_ORDER.items() if isinstance(place, int))
_THREAD_PLACE_RE = re.compile(
    rf"\b(?:(?P<word>{_PLACES})|(?P<nth>[1-9])(?:st|nd|rd|th))\s+(?:(?:{_alternatives(lexicon.THREAD_QUALIFIERS)})\s+)?"
    rf"{_THREAD_NOUN_RE}\b|"
    rf"\b{_THREAD_NOUN_RE}\s+(?:number\s+|no\.?\s*|#\s*)?(?:(?P<number>[1-9]\d?)|(?P<spelled>{_COUNT_WORDS}|one))\b",
    re.I,
)
# ('the first topic of the paper', 'the second group in this work': a paper's own, not the overview's)
_THREAD_OF_A_PAPER_RE = re.compile(
    rf"\b{_THREAD_NOUN_RE}\s+(?:of|in|from)\s+(?:the|this|that|its|their)\s+(?:paper|article|work|study)\b", re.I
)
_THREAD_STEMS = frozenset(stem(w) for w in (*lexicon.THREAD_NOUNS, *lexicon.THREAD_QUALIFIERS, "number"))


# The kinds of question a follow-up can ask again of other papers (a record or a comparison is of named papers).
_ASKED_AGAIN = frozenset({Intent.CONTENT, Intent.LISTING, Intent.OVERVIEW, Intent.COAUTHORS, Intent.TALLY})


def _said_by_user(turn) -> bool:
    return isinstance(turn, dict) and turn.get("role") == "user"


def _understood(question: str, catalog: Catalog, history: Sequence[dict] | None, today: dt.date) -> Query:
    text = normalize(question if isinstance(question, str) else "").strip()
    if not any(c.isalnum() for c in text):
        return Query(text, "", "", Intent.HELP)
    text = _NEGATION_TYPED_RE.sub(r"\1n't", text)
    text = _WH_CONTRACTION_RE.sub(
        lambda m: _cased_like(m[0], lexicon.WH_CONTRACTIONS[m[0].lower().replace("’", "'")]), text
    )
    text = _recased(text, catalog)
    text = _fix_question_words(text, catalog)
    english = _is_english(text)
    real, ignored = _set_aside_instructions(text)
    prompt_request = any(r.search(part) for part in ignored for r in _PROMPT_REQUEST_RES)
    # (whether the owner did research on a topic is read before the phrases naming the owner go, just below, and
    # with the spelling put right: 'Have they investgated X?')
    unstripped = _corrected(real, catalog) if english else real
    owner_work = _researched_by(unstripped, not history) or (not history and _THEIR_WORK_RE.search(unstripped))
    real = _strip_chatter(real)
    if english:
        real = _corrected(real, catalog)
    real = _without_small_talk(real)
    if not any(c.isalnum() for c in real) and not ignored:  # '?? Thanks!': nothing asked, nothing set aside
        return Query(text, "", "", Intent.HELP)
    real = _as_question(real)
    real = _without_remarks(real)
    topic_switch = any(r.search(text) for r in _TOPIC_SWITCH_RES)
    # Nothing left once instructions are set aside, or only small talk ('… word for word. Thanks in advance!').
    if not any(c.isalnum() for c in real) or (ignored and _small_talk(real)):
        return Query(
            text, "", "", Intent.OFF_TOPIC, ignored=tuple(ignored), prompt_request=prompt_request, english=english
        )
    asking, context, pointed = _asking_clauses(real)
    clause = asking or real
    # What the asker says of themselves ('I'm a first-year PhD student.', 'I'm taking CS231n.') is no part of a
    # question that says on its own what it asks: its words and names are the asker's, not a topic a paper must hold.
    # (Where what asks says nothing of its own, 'I work on lip reading. Which paper should I read?', it stays.)
    about_asker = tuple(s for s in context if _of_the_asker(s, catalog))
    if about_asker and not _says_what_it_asks(clause, catalog):
        about_asker = ()
    if about_asker:
        context = [s for s in context if s not in about_asker]
        for sentence in about_asker:
            real = real.replace(sentence, " ", 1).strip()
    named, mentioned = catalog.names_in(real)
    relative, same_as, same_field = _same_field_filter(real, named, catalog)
    concepts: tuple[str, ...] = ()
    if named and _is_list(real.lower(), named=True) and relative is None:
        # 'Which papers use dynamic point maps?': a paper whose short name is ordinary words ('Dynamic Point Maps')
        # names a concept other papers use too; a question for papers asks for those that use it, its own among them.
        # (Not where the name points at the paper for a filter: 'posted the same month as Dynamic Point Maps'.)
        concepts = tuple(catalog.paper(pid).short_name for pid in named if _names_a_concept(catalog.paper(pid), real))
        named = [pid for pid in named if catalog.paper(pid).short_name not in concepts]
    # A title given in the question says which paper, as a short name or a quoted title does: its words ask nothing
    # ('In "Back on Track: Bundle Adjustment for Dynamic Scene Reconstruction", how is depth kept consistent?' asks
    # about depth). Only the words of the title as given are set aside: the same words elsewhere in the question stay.
    # (what is asked is read from the questions; a statement one points back at adds what it presumes, below)
    brief = _titles_shortened(clause.replace(pointed, " ", 1) if pointed else clause, named, catalog)
    masked = _mask_quoted(brief)
    low = masked.lower()
    head, inverted = _asked_head(masked)
    # A search-box query ('DF-3DFace paper listed authors', 'Gaze-LLE training GPUs - which ones') has no question
    # word to say what it asks: the people it names are asked for (and, below, the kinds of detail and the count).
    keywords = _keyword_query(masked)
    if named and keywords and _KEYWORD_PEOPLE_RE.search(" ".join(keywords)):
        head, inverted = ("authors",), False
    # 'Which vision-language models did the climate meme paper evaluate?' asks what one paper used, not for papers
    # ('which datasets did papers on gaze use?' still asks across papers)
    is_list = _is_list(low, named=bool(named)) and not (
        _user_of(masked) and not {w.rstrip("s") for w in head} & lexicon.PAPER_NOUNS
    )
    researched = bool(owner_work) and not named
    is_list = is_list or researched
    papers_asked = is_list or bool(set(head) & lexicon.PAPER_LIKE and not inverted)
    # A follow-up about the one paper under discussion ('which licence is its code released under?') describes it,
    # as a question naming it does: its code or date words restrict nothing.
    # A paper named only to be left out of the papers asked for ('Which papers besides MuCo use contrastive
    # learning?', 'What else was posted in 2024 apart from MuCo?'): no answer, and the question is about the others,
    # whose date or code words choose them.
    papers_left_out = (
        _papers_left_out(real, [pid for pid in named if pid not in same_as], catalog)
        if is_list or any(r.search(low) for r in (_WHAT_ELSE_RE, _WHAT_PUBLISHED_RE, _ANYTHING_ASKED_RE))
        else set()
    )
    about_one = bool(set(named) - papers_left_out) or (
        bool(history) and (_refers_to_one_paper(low) or bool(_reference_places(low))) and not _asks_for_a_paper(low)
    )
    # 'Does the lip reading paper have code?', 'Which category is the paper on gaze filed under?': one paper,
    # described instead of named, whose record is asked about. Its description may carry a date or a category that
    # helps to find it; its code is asked about, not a filter.
    description = None if about_one or is_list else _described_one_paper(low)
    described_one = description is not None
    filters, metadata_words = _filters(real, catalog, named, today, listing=is_list or not about_one)
    if described_one:
        filters = replace(filters, has_code=None)
    if filters.authors and not named and not researched:
        # 'Has Minsu Kim looked at lip reading?' asks for the papers of theirs on it, as 'Has she …?' does
        owner_work = _researched_by(clause, not history, filters.authors)
        if owner_work:
            is_list = papers_asked = researched = True
    stated_filters = filters  # (those the question states of the papers it asks for, before any taken from another)
    if relative is not None:
        filters = filters.merge(relative)
    if filters.categories and context:
        # Where a question asks for a category, the categories a sentence before it names set the scene ('Most of the
        # list is computer vision. Which papers are filed under AI instead?'): metadata, not topic. (In the asking
        # sentence itself a category's name is a topic: 'Which cs.CL papers are about computer vision?')
        metadata_words |= _category_words(_named_categories(" ".join(context).lower()) & catalog.categories())
    unknown_categories = _unknown_categories(real, catalog)
    if unknown_categories:
        metadata_words |= _category_words(unknown_categories)

    asks_reason = _asks_reason(low)
    # A reason is asked for by kind, not by a thing: 'the motivation behind X' is answered by a sentence that gives
    # a reason, whatever it calls it.
    slot = () if asks_reason else _slot(masked, head, inverted)
    # Words that name the kind of answer asked for ('What problem does MuCo solve?', 'What is the key idea of X?',
    # 'How well does X perform?'): what is asked, not what it is about, and seldom the abstract's own words.
    kind_words = _answer_kind_words(low)
    slot = tuple(t for t in slot if t not in stem_set(kind_words))
    if history and _reference_places(low):
        # ('Explain the final one': the word that picks a paper discussed before is no asked-for thing)
        slot = tuple(t for t in slot if t not in _REFERENCE_STEMS)
    # 'Give me details on it', 'some more information about MuCo': an account of the paper, no particular thing
    account = bool(slot) and set(slot) <= _ACCOUNT_STEMS
    if account:
        slot = ()
    detail_kinds = _detail_kinds(brief)
    # (of the paper named, or the one under discussion: its own weak points, which only its own words can give)
    own_limits = _asks_own_limits(_names_marked(masked, named, catalog).lower()) and bool(named or history or about_one)
    if own_limits:
        detail_kinds = tuple(dict.fromkeys([*detail_kinds, "limitation"]))
        asks_reason = False
        slot = tuple(t for t in slot if t not in _LIMITATION_STEMS)
    if slot and slot[-1] in _KIND_OF_SLOT and _KIND_OF_SLOT[slot[-1]] in _kinds_named(brief):
        # 'What is the license of the Gistify code?', 'what's the venue of X': the thing asked is a kind of detail,
        # however the question asks for it (by the kind's own word: an 'optimization' is no 'optimizer')
        detail_kinds = tuple(dict.fromkeys([*detail_kinds, _KIND_OF_SLOT[slot[-1]]]))
    # Words that name a paper identify it; they are not what the question is about.
    name_words = {t for pid in [*named, *mentioned] for t in _name_terms(catalog.paper(pid))}
    if pointed and slot:
        # 'Thunder-Tok selects its vocabulary with a reinforcement learning algorithm. Which algorithm is it?': the
        # statement says which algorithm is meant
        slot = _slot_said(pointed, slot, name_words)
    elif pointed or keywords:
        # 'The study was funded by some grant or agency. Which one?': the statement says what kind of detail is asked;
        # so do the words of a search-box query about a paper ('RoboBrain 2.0 checkpoints license'); about no paper
        # named, only the kinds no paper studies ('VR sickness study funding grant or agency', not 'papers on GPU
        # acceleration'). A paper's own name and title words ask nothing ('NTIRE 2025 … challenge winning team').
        own = name_words | {w for pid in named for w in tokens(catalog.paper(pid).title)}
        said = " ".join(w for w in tokens(pointed or brief) if w not in own and stem(w) not in own)
        kinds = [k for k in _kinds_named(said) if pointed or named or k in _NEVER_A_TOPIC_KINDS]
        detail_kinds = tuple(dict.fromkeys([*detail_kinds, *kinds]))
    asks_count = (
        _counts(_direct(low))
        or bool(re.search(_AUTHOR_COUNT, low))
        # ('LAMA-UT number of languages covered'; not 'results on a number of benchmarks')
        or bool(keywords and re.search(r"(?<!\ba\s)(?<!\bany\s)\bnumber of\b", low))
        or bool(_MULTILINGUAL_COUNT_RE.search(clause))
    )
    asks_number = asks_count or _asks_number(_direct(low), head)
    order = _order(low) or (None if history else _owners_first(low))
    # 'the second newest paper': the one in that place
    place = _place(low) if order else None
    # 'the three newest papers', 'latest 5 papers', 'newest 3?': that many, by date; 'recent papers': a few
    ranked = None if place else _ranked_count(low) if order else None
    if order and not ranked and not place and _RECENT_PAPERS_RE.search(low):
        ranked = RECENT_PAPERS
    if order and _DATE_ORDER_RE.search(low) and not place and _MANY_PAPERS_RE.search(low):
        is_list = papers_asked = True  # ('the 2025 papers in chronological order': all of them, in that order)
    if ranked:
        is_list = papers_asked = True
    # 'Which of the three newest papers have code?': the three are chosen first, by the filters of their own phrase
    within = None
    if ranked and (among := _AMONG_RANKED_RE.search(real)):
        # (what stands after the papers' noun up to the verb chooses them too: 'the three newest papers by Cheng Chi
        # / from 2025 are about …')
        rest = _RANKED_SET_REST_RE.match(real[among.end() :])
        within = _filters(real[: among.end() + (rest.end() if rest else 0)], catalog, named, today, listing=True)[0]
    named_ids = [pid for pid in named if pid not in same_as and pid not in papers_left_out]

    # (typed with or without the name's accents: 'Cetinkaya' for 'Çetinkaya')
    author_words = _name_stems(filters.authors) | _name_as_typed(real, filters.authors)
    search_text = _titles_shortened(" ".join([*context, clause]) if context else clause, named, catalog)
    # The verb a request opens with ('Can you summarize it?', 'Please outline MuCo') asks for an answer; it is no
    # topic (that word elsewhere still is: 'Summarize the papers on summarization').
    term_text = _ANYTHING_ASKED_RE.sub(_without_pronoun, _OPENING_REQUEST_VERB_RE.sub(r"\g<lead>", search_text))
    if researched and owner_work:
        # ('Has this group studied exploration?': 'studied' asks for the papers; 'exploration' is the topic, and so
        # is a word like it elsewhere)
        term_text = _without_research_verb(term_text, owner_work)
    if history:
        # 'the second one', 'paper 2', '[2]' pick a paper discussed before: no topic
        term_text = _REFERENCE_NUMBER_RE.sub(" ", _REFERENCE_ORDER_RE.sub(" ", term_text.lower()))
    # ('How big is it?': the measure asked, lexicon.HOW_MEASURE_WORDS, is no topic; 'large' elsewhere still is)
    words = tokens(_HOW_MEASURE_RE.sub("how", term_text))
    words = [t for t in words if t not in stopwords() and (len(t) > 1 or t.isdigit())]
    if asks_reason:
        words = [t for t in words if t not in lexicon.REASON_WORDS]
    words = [t for t in words if t not in kind_words]
    if own_limits:  # ('What limitations does MuCo have?': what is asked, not what it is about)
        words = [t for t in words if t not in lexicon.LIMITATION_NOUNS | lexicon.LIMITATION_VERBS]
    terms = []
    for w in words:
        fixed = catalog.correct(w) if english else None
        terms.append(stem(fixed or w))
    ignore = _FRAMING_STEMS | _METADATA_STEMS | metadata_words | name_words | author_words
    if account:
        ignore |= _ACCOUNT_STEMS
    if _WHATS_NEW_RE.search(low):  # "What's new from May 2025?" asks what was posted
        ignore |= {stem("new")}
    whose = _BODY_OF_WORK_RE.search(low)
    if whose and whose["whose"] and not named:
        # ('Any work from the group on X?': whose work it is, no topic)
        ignore |= {stem(t) for t in tokens(whose["whose"])}
    if filters.authors or (not set(named) - papers_left_out and _WHAT_PUBLISHED_RE.search(low)):
        # "which papers did X write / co-author", "did they write about memes?": the verb says authorship (or
        # that papers are asked for), not a topic
        ignore |= _AUTHORING_STEMS | _PUT_OUT_STEMS
    if _WHO_WROTE_RE.match(low):  # ('Who wrote the newest paper?': the verb asks for authors, it is no topic)
        ignore |= _AUTHORING_STEMS
    if head and head[-1] in lexicon.PARTITIVE_NOUNS and _OWN_PIECES_RE.search(low):
        # ('What are its two parts?': pieces of the paper's own work, called whatever the paper calls them, 'two
        # task sets'; the noun is no topic)
        ignore |= {stem(head[-1])}
    if filters.authors:  # 'is James Zou visible in the listed author line?': where to look, not a topic
        ignore |= {stem(t) for m in _AUTHOR_LINE_RE.finditer(low) for t in tokens(m[0])}
    if order:  # "the most recent paper", 'the most old one': 'most' orders, it is not a topic
        ordering = {"most", "least", stem("recent"), stem("recently")}
        if ranked:
            ordering |= {str(ranked), stem("top")}
        ordering |= {stem(m[1]) for m in re.finditer(r"\bthe\s+most\s+(old|early|new)\b", low)}
        # ('the second newest', 'sorted by date', 'in chronological order': the place and the order are no topic)
        ordering |= {stem(t) for r in (_PLACE_RE, _DATE_ORDER_RE) for m in r.finditer(low) for t in tokens(m[0])}
        ignore |= ordering
        slot = tuple(t for t in slot if t not in ordering)
    topic = tuple(
        dict.fromkeys(
            t
            for t in terms
            if t not in ignore
            and t not in _NUMBER_STEMS
            and not (t.isdigit() and (len(t) == 4 or (_dated_by_day(filters) and int(t) <= 31)))
            # ('between 1 January and 1st March 2026': the days of a range)
            and not (_dated_by_day(filters) and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", t))
            # a date or a range of years in digits ('2024-12-23', '05/2025', '2024-2025') is the date filter
            and not (_dated(filters) and _DATE_IN_DIGITS_RE.fullmatch(t))
            and not (filters.day and t == stem(f"{filters.day}{_ordinal(filters.day)}"))
            # a compound of metadata words is metadata too ('AI-category', 'cs.AI-filed')
            and not ("-" in t and all(stem(p) in ignore or p in ignore for p in t.split("-") if p))
        )
    )
    if researched and not topic and not filters.active():
        # ('Has this lab done other work on this?', 'Did they research the authors?': no topic of its own, so no list
        # of every paper; read as before)
        researched = False
        is_list = _is_list(low, named=bool(named))
    if papers_left_out:  # ('besides', 'apart from': the words that leave a paper out are no topic)
        topic = tuple(t for t in topic if t not in _LEAVING_STEMS)
    # (the kind's noun stays a topic word: a paper of that kind meets it, however far the rest is paraphrased)
    paper_kinds = _paper_kinds(clause)
    if all(t in _KEPT_STOP_STEMS for t in topic):
        # Words kept from the stopword list ('most', 'only', 'not') qualify a topic; alone they are none ('Most of
        # the list is computer vision. Which are filed under AI?').
        topic = ()

    # A topic word the collection uses only inside coined names ('Which papers introduce an Arena?' where they are
    # 'EinsteinArena', 'MedArena'): the papers so named are hinted at, as by a name. (A word papers also use on its
    # own hints at nothing: 'talking faces' is no hint at SyncTalkFace.)
    hinted = [pid for t in topic if not catalog.known(t) for pid in catalog.papers_named_with(t)]
    mentioned = list(dict.fromkeys([*mentioned, *hinted]))
    if _is_chitchat(real) and not named_ids:
        intent, record_fields = Intent.OFF_TOPIC, ()
    else:
        intent, record_fields = _intent(
            masked,
            head,
            inverted,
            named_ids,
            filters,
            # (the words that describe the paper say which one, not what is asked of it)
            tuple(t for t in topic if t not in content_terms(description)) if described_one else topic,
            order,
            papers_asked,
            asks_count,
            prompt_request,
            unknown_categories,
            detail_kinds,
            about_one=about_one or described_one,
        )
    whose_work = (
        _overview_of(unstripped, topic, named_ids, history, catalog)
        if intent in (Intent.CONTENT, Intent.LISTING, Intent.AUTHORS) and not order
        else None
    )
    if whose_work is not None:
        # 'What is this researcher's work about?', 'What are the main research themes?': the collection as a whole,
        # or the part of it the filters keep ('What did they work on in 2025?', 'Who is Sangmin Lee and what does
        # she do?'), answered by its threads
        intent, record_fields, topic, slot, is_list, order = Intent.OVERVIEW, (), (), (), False, None
        researched = False
        filters = _with_authors(filters, whose_work)
    partners = (
        _coauthors_of(unstripped, topic, catalog, history)
        if intent in (Intent.AUTHORS, Intent.CONTENT, Intent.LISTING)
        and not named_ids
        and not order
        and not (head and head[0] in _PAPER_HEADS)  # ('Which papers did Minsu Kim co-author?' asks for papers)
        else None
    )
    counts_everyone, names_asked = False, None
    if partners is not None:
        # 'Who do they collaborate with most?', 'Who does Minsu Kim work with?': the co-authors counted over the
        # papers (those of the people named, when it names some)
        intent, record_fields, topic, slot, is_list, order = Intent.COAUTHORS, (), (), (), False, None
        researched = False
        people, counts_everyone = partners
        filters = _with_authors(filters, people)
        names_asked = _names_asked(low)
    besides = []  # the parts of a record question that ask what the abstract says
    names_marked = _names_marked(masked, named_ids, catalog)  # (its wording with the papers' names as one word)
    record_intents = (Intent.AUTHORS, Intent.DATE, Intent.RECORD)
    # (a question about one paper that asks what it says first and a field of its record after: 'What does MuCo
    # propose, and when was it posted?', 'Who would use MuCo, and who wrote it?')
    record_after = intent is Intent.CONTENT and len(named_ids) == 1 and not is_list and not order
    if (named_ids or not is_list) and (intent in record_intents or record_after):
        # Fields of one record, one or more per part: 'When was LL-Bench posted, and who is first in its author
        # list?', 'When did X appear, and is its code released?', 'Who wrote X and which category is it in?'; also
        # of a paper described ('Who wrote the paper on lip reading, and when was it posted?').
        fields, counted = [], False
        piece_intents = []
        marked_pieces = _pieces(names_marked)
        # (the same parts as typed, quoted words and names kept, for a part asked besides: 'what does it say about
        # "single-turn" …', 'what does MuCo propose?')
        plain_pieces = _pieces(brief)
        if len(plain_pieces) != len(marked_pieces):
            plain_pieces = marked_pieces
        for piece, plain_piece in zip(marked_pieces, plain_pieces):
            piece_terms = set(content_terms(piece))
            piece_intent, piece_fields = _intent(
                piece,
                *_asked_head(piece),
                named_ids,
                filters,
                tuple(t for t in topic if t in piece_terms),  # (the topic this part asks about)
                order,
                papers_asked=False,
                asks_count=asks_count,
                prompt_request=False,
                unknown_categories=(),
                detail_kinds=(),
                about_one=True,  # (each part asks about the one paper named or described)
            )
            if piece.lower() == "when":  # ('Who wrote X, and when?': the part asks when it was posted)
                piece_intent = Intent.DATE
            # (after a question of what the paper says, a count is of things it holds: 'how many categories does its
            # taxonomy have?' asks no category; 'how many authors does it have?' still asks of the record)
            if record_after and piece_intent is Intent.RECORD and re.search(r"\bhow many\b|\bnumber of\b", piece, re.I):
                piece_intent = Intent.CONTENT
            piece_intents.append(piece_intent)
            fields += _RECORD_FIELD_OF.get(piece_intent, piece_fields if piece_intent is Intent.RECORD else ())
            if (
                piece_intent is Intent.CONTENT
                and _QUESTION_PIECE_RE.match(piece)
                and not set(_asked_head(piece)[0]) & lexicon.PAPER_NOUNS
            ):
                # ('Who wrote LoGSAM and what dataset does it use?': the second part asks what the abstract says)
                besides.append(plain_piece)
            else:
                counted = counted or bool(
                    re.search(r"\bhow many\b", piece.lower()) or re.search(_AUTHOR_COUNT, piece.lower())
                )
        asked_of_record = [i for i in piece_intents if i in record_intents]
        if record_after and not (asked_of_record and besides):
            besides = []  # (no part asks a field: the question is about what the paper says, as read)
        elif record_after:
            intent, record_fields = asked_of_record[0], _RECORD_FIELD_OF.get(asked_of_record[0], tuple(fields))
            record_fields = () if intent is not Intent.RECORD else record_fields
        if besides:
            # ('Who wrote MuCo and how many benchmarks does it report on?': the count is of the part asked besides)
            asks_count = counted
        if len(set(fields)) >= 2:
            intent, record_fields = Intent.RECORD, tuple(f for f in RECORD_FIELDS if f in fields)
    if (named_ids or described_one) and intent in (Intent.CONTENT, Intent.AUTHORS, Intent.DATE, Intent.RECORD):
        # A paper named or described and otherwise only fields of its record ('AniGen - date, authors, code?',
        # "what's the date and category of X", 'MMOU: first author + code?'): those fields are asked.
        plain = names_marked.lower()
        listed = _fields_listed(
            plain.replace(description, _PAPER_MARK.lower()) if described_one else plain,
            # (a word of a named paper's title names it: 'the LEGO paper - date?')
            naming={w for pid in named_ids for w in _LISTED_WORD_RE.findall(catalog.paper(pid).title.lower())},
        )
        if _WHO_ELSE_RE.search(plain):
            # ('Who is MuCo for?' asks whom it serves: 'who' is no field there)
            listed.discard("authors")
        if len(listed) >= 2 or (listed and intent is Intent.CONTENT):
            record_fields = tuple(f for f in RECORD_FIELDS if f in listed)
            intent = {("date",): Intent.DATE, ("authors",): Intent.AUTHORS}.get(record_fields, Intent.RECORD)
            record_fields = () if intent is not Intent.RECORD else record_fields
    also = ""
    if besides and intent in (Intent.AUTHORS, Intent.DATE, Intent.RECORD):
        also = " and ".join(besides) + "?"
    reference_asked = False
    if same_as and relative is not None and intent in (
        Intent.LISTING, Intent.DATE, Intent.AUTHORS, Intent.RECORD, Intent.CONTENT
    ):  # fmt: skip
        # 'When was MuCo posted, and did anything else go up the same day?': the reference's own date is asked, then
        # the other papers that share it (answered after it, as a list of their own).
        reference = sorted(same_as)
        pieces = _pieces(_names_marked(masked, reference, catalog))
        # (the parts that ask a field of the reference's record: its date, who wrote it)
        asked = [
            _intent(
                piece, *_asked_head(piece), reference, Filters(), (), None, papers_asked=False, asks_count=False,
                prompt_request=False, unknown_categories=(), detail_kinds=(), about_one=True,
            )
            for piece in pieces
        ]  # fmt: skip
        of_reference = [(i, f) for i, f in asked if i in (Intent.DATE, Intent.AUTHORS, Intent.RECORD)]
        if of_reference and len(of_reference) < len(pieces) and not also:
            short = catalog.paper(reference[0]).short_name
            named_ids, filters = reference, stated_filters
            intent, record_fields = of_reference[0]
            also = f"Which other papers were {_SAME_FIELD_ASKED[same_field]} {short}?"
            reference_asked = True
    if intent is Intent.COMPARISON:
        # 'What do MuCo and Gaze-LLE have in common?': how they compare is asked, not a topic both must hold
        topic = tuple(t for t in topic if t not in _COMPARING_STEMS)
    nothing_asked = not named_ids and not mentioned and not topic and not filters.active()
    if intent is Intent.CONTENT and nothing_asked and ignored and not slot:
        intent = Intent.OFF_TOPIC
    # A person whose papers are asked for ('Which papers did Jaemin Cho write?', 'Is there a paper by Geoffrey
    # Hinton?') that no paper lists: no topic to search for, a person the collection does not have.
    unknown_authors = () if named_ids or filters.affiliations else _unknown_authors(masked, catalog)
    if unknown_authors:
        intent, is_list, topic, slot = Intent.LISTING, True, (), ()
    carried: tuple[str, ...] = ()
    exclude = (set() if reference_asked else set(same_as)) | papers_left_out
    # A follow-up of record fields only ('code?', 'has code?', 'date?', 'posted when?', 'authors?'): those fields of
    # the papers under discussion; its words are no topic of their own, nor is 'code' a filter for a list.
    terse_fields = _fields_listed(clause) if history and not named_ids and not topic_switch else set()
    if (
        history
        and intent not in (Intent.OFF_TOPIC, Intent.HELP, Intent.OVERVIEW, Intent.COAUTHORS)
        and not named_ids
        and not topic_switch
    ):
        carried = _carried(clause, () if terse_fields else topic, history, catalog, setting=" ".join(context))
        if _asks_for_other_papers(low, is_list):
            # 'Has any other paper used it as a backbone?': the papers under discussion are no answer; where the
            # question points at them ('it', 'its'), what they are called is what the others are searched for.
            referenced = _pick_referenced(low, _prior_papers(history, catalog), catalog)
            exclude |= set(referenced)
            if _USES_IT_RE.search(low):
                names = [catalog.paper(pid).short_name for pid in referenced]
                real = " ".join([real, *names])
                name_terms = [t for n in names for t in content_terms(n)]
                terms += name_terms
                topic = tuple(dict.fromkeys([*topic, *name_terms]))
            carried = ()
        if len(carried) >= 2 and _COMPARING_RE.search(low):
            # 'How do the first two differ?': likewise
            topic = tuple(t for t in topic if t not in _COMPARING_STEMS)
        if carried and is_list and _refers_to_one_paper(low):
            # 'What two challenges does that paper say the task involves?': a plural of what the one paper under
            # discussion says, not a request for papers
            is_list = False
        if carried and terse_fields:
            record_fields = tuple(f for f in RECORD_FIELDS if f in terse_fields)
            intent = {("date",): Intent.DATE, ("authors",): Intent.AUTHORS}.get(record_fields, Intent.RECORD)
            record_fields = () if intent is not Intent.RECORD else record_fields
            topic, terms, slot, filters, is_list, order = (), [], (), Filters(), False, None
    if order and topic and intent is Intent.CONTENT and not is_list and not named_ids and not carried:
        # 'Which is the newest paper that uses diffusion models?': the papers that use them, as a list would have
        # them, then the newest one (the best match, or the newest of those search ranks near it, had answered)
        is_list, ranked = True, ranked or 1
    query = Query(
        question=text,
        asking=clause,
        # (a named paper is searched for by its name; its title would pull the question's meaning towards itself)
        search_text=_titles_shortened(real, named, catalog),
        intent=intent,
        filters=filters,
        named=tuple(named_ids),
        mentioned=tuple(p for p in mentioned if p not in named_ids),
        carried=carried,
        terms=tuple(dict.fromkeys(terms)),
        topic=topic,
        slot=slot,
        detail_kinds=detail_kinds,
        asks_number=asks_number,
        asks_count=asks_count,
        asks_reason=asks_reason,
        is_list=is_list,
        owner_work=researched and is_list,
        asks_existence=bool(researched or _EXISTENCE_RE.search(clause)),
        counts_everyone=counts_everyone,
        order=order,
        ranked=ranked if order else None,
        place=place if order else None,
        names_asked=names_asked,
        within=within if order else None,
        record_fields=record_fields,
        also=also,
        unknown_categories=unknown_categories,
        unknown_authors=unknown_authors,
        ignored=tuple(ignored),
        about_asker=about_asker,
        prompt_request=prompt_request,
        english=english,
        topic_switch=topic_switch,
        parts=_parts(_titles_shortened(clause.replace(pointed, " ", 1), named, catalog), catalog, english, own_limits)
        if pointed
        else _parts(brief, catalog, english, own_limits),
        exclude=tuple(sorted(exclude)),
        concepts=concepts,
        # (a question about a paper it names asks about that paper, whatever it calls what it wants: 'Is there an
        # overview of the DINOv3 training recipe?')
        paper_kinds=() if named_ids or carried else paper_kinds,
    )
    if is_list and intent is Intent.CONTENT and not named_ids and not carried and _COUNTS_PAPERS_RE.search(low):
        # 'How many papers use the Segment Anything Model?': the count is of the list's members, which the answer gives;
        # no number need stand in an abstract (the papers that use SAM had been refused or cut to one for lacking it)
        query = replace(
            query, asks_number=False, parts=tuple(replace(p, asks_number=False, counts=()) for p in query.parts)
        )
    if carried and intent in (Intent.CONTENT, Intent.COMPARISON) and not topic:
        query = replace(query, intent=Intent.CONTENT)
    return query


# ------------------------------------------------------------------------------------------- instructions, clauses


# 'it' as what the other papers use, build on or compare with ('used it as a backbone'); not as a likeness ('study
# gaze like it does', 'similar to it'), where the question's own topic says what is wanted.
_USES_IT_RE = re.compile(r"(?<!\blike )(?<!\bas )(?<!\bthan )(?<!\bto )\b(?:it|its|them)\b")
# The other papers as what the paper is compared with, not what is asked for ('compared with other works', 'does it
# outperform other works', 'different from other papers').
_COMPARED_WITH_RE = re.compile(
    r"\b(?:than|compared\s+(?:with|to)|from|over|against|versus|vs\.?|with|to|like|as|of|on|in|outperforms?|beats?|"
    r"surpass(?:es)?)\s+(?:the\s+|all\s+|most\s+|many\s+|any\s+|some\s+)?$"
)
# A question that asks whether papers exist or which ones: 'is there', 'are there', 'has any', 'do any', 'which'.
_ASKS_FOR_PAPERS_RE = re.compile(
    r"^\W*(?:(?:is|are)\s+there|(?:has|have|do|does|did)\s+any|which|what|list|name|find|show|any)\b"
)


def _asks_for_other_papers(low: str, is_list: bool) -> bool:
    """'Has any other paper used it as a backbone?', 'Which other works build on it?': papers besides the one under
    discussion are asked for. Not 'How does it compare with other works?' (the other works are compared with)."""
    for m in _OTHER_PAPER_RE.finditer(low):
        if not _COMPARED_WITH_RE.search(low[: m.start()]) and (is_list or _ASKS_FOR_PAPERS_RE.match(low)):
            return True
    return bool(_ALSO_ANOTHER_RE.search(low))


# Asking for one more paper with 'also': 'Is there also one that generates grasps?', 'Did the same people also make
# a benchmark?' (not 'Does it also handle video?' nor 'Did they also release a dataset?', about the paper discussed).
_ALSO_ANOTHER_RE = re.compile(
    r"\b(?:is|are)\s+there\s+also\s+(?:one|a\s+paper|a\s+work|a\s+study|an?\s+article|"
    r"any\s+(?:other\s+)?(?:papers?|works?|ones?|stud(?:y|ies))|papers|works)\b"
    # … or without 'also', where what it should be about follows ('And is there one about self-refinement?', 'Is
    # there a paper that builds a dataset for it?'; not 'Is there one limitation they mention?')
    r"|\b(?:is|are)\s+there\s+(?:one|another\s+one|a\s+paper|a\s+work|a\s+study|an?\s+article|"
    r"any\s+(?:papers?|works?|ones?|stud(?:y|ies)))\s+(?:that|which|who|about|on|where|for|with|doing|using)\b"
    # ('Did the same people also make a benchmark?'; not 'Did the same team also evaluate on KITTI?')
    r"|\bthe\s+same\s+(?:people|authors|group|team|researchers|lab)\s+also\s+"
    r"(?:make|made|build|built|write|wrote|written|publish|published|release|released|create|created|put\s+out|"
    r"develop|developed|propose|proposed|introduce|introduced|work|worked)\s+(?:a|an|another|any|some|about|on)\b"
)


# A follow-up that asks for papers besides the one under discussion ('any other paper', 'another work', 'which
# others', 'besides this one').
_OTHER_PAPER_RE = re.compile(
    r"\b(?:other|another|different)\s+(?:papers?|works?|stud(?:y|ies)|entr(?:y|ies)|ones?|articles?|"
    r"publications?|preprints?)\b|\b(?:which|what|any)\s+others\b|\b(?:besides|apart from|other than|except)\s+"
    r"(?:it|this|that|this one|that one|this paper|that paper|them)\b"
)

# The nouns a question calls the paper it refers to ('that framework', 'the retina one', 'the small model in it').
_REFERENT_NOUNS = "one|paper|work|study|method|model|approach|framework|system"
_ONE_PAPER_REFERENCE_RE = re.compile(
    rf"\b(?:its?|(?:this|that|the\s+same|the)\s+(?:{_REFERENT_NOUNS})(?:'s)?)\b"
    # (not the 'it' of 'is it true that …', 'it is common for papers to …')
    r"(?!\s+(?:(?:is|was)\s+)?(?:true|common|possible|known|likely|usual|typical|normal|rare|fair|ok|okay)\b)"
)


def _refers_to_one_paper(low: str) -> bool:
    """'its', 'this method', 'that paper': the one paper under discussion ('papers that study memes' is no such)."""
    return any(not _relative_that(low, m.start()) for m in _ONE_PAPER_REFERENCE_RE.finditer(low))


def _set_aside_instructions(text: str) -> tuple[str, list[str]]:
    """Split the question from instructions aimed at the assistant; return (question, instructions)."""
    ignored: list[str] = []
    for block_re in _BLOCK_RES:
        for block in block_re.findall(text):
            if instructs(block):
                ignored.append(block.strip())
                text = text.replace(block, " ")
    # "…instructions… Now the real question: <question>": keep what follows the last marker.
    for marker in _QUESTION_MARKER_RES:
        parts = marker.split(text)
        if len(parts) > 1 and instructs(" ".join(parts[:-1])):
            ignored.append(" ".join(parts[:-1]).strip())
            text = parts[-1]
            break
    kept: list[str] = []
    for sent in _question_sentences(text):
        if not instructs(sent):
            kept.append(sent)
            continue
        # A sentence may carry an instruction and the question: keep clauses that ask and instruct nothing.
        clauses = re.split(r"(?<=[:;])\s+|\s*,\s*(?:then|and then|after that)\s+|\.\s+", sent)
        asking = [c for c in clauses if not instructs(c) and _asks(c)]
        ignored.append(sent.strip())
        kept.extend(asking)
    return " ".join(kept).strip(), [i for i in ignored if i]


def asker_statement(sentence: str) -> bool:
    """Whether a sentence opens in the asker's own voice ('I'm new to this.', 'We are reading these for a course.')
    and points back at nothing ('I read that it needs masks.' says something of a paper)."""
    words = tokens(sentence)
    return bool(words) and words[0] in lexicon.ASKER_WORDS and not (lexicon.ANAPHORA_POINTING & set(words))


def _of_the_asker(sentence: str, catalog: Catalog) -> bool:
    """A statement the asker makes of themselves: in their own voice, naming no paper ('I read that Mesh4D needs a
    skeleton.' names one), asking nothing, and saying nothing of a paper they seek or recall ('I'm looking for the
    system that …', 'I remember a paper that …', 'I work on lip reading' describe what is asked about)."""
    words = set(tokens(sentence))
    return (
        asker_statement(sentence)
        and len(content_terms(sentence)) <= ASIDE_MAX_TERMS
        and not words & (lexicon.ASKER_SEEKING | lexicon.PAPER_NOUNS)
        and not catalog.named_in(sentence)
        and not _asks(sentence)
    )


# The most content words a statement about the asker runs to ('My advisor at KAIST asked me to check this.'): a longer
# one goes on about what they ask ('I ask because most large robot datasets only have third-person cameras.', 'I'm
# after a vision-language-action model for multi-fingered robot hands, …').
ASIDE_MAX_TERMS = 6


def _says_what_it_asks(clause: str, catalog: Catalog) -> bool:
    """Whether what asks says on its own what it is about: it names a paper or a coined name ('Which paper uses
    DINOv2?'), or has words of its own past its question and framing words ('Which paper should I read?' has none)."""
    if catalog.named_in(clause) or name_like_terms(clause):
        return True
    own = [t for t in content_terms(clause) if t not in _FRAMING_STEMS and t not in _LEAD_IN_STEMS]
    return len(own) >= ASKS_ON_ITS_OWN_MIN_TERMS


# Words of its own (past question and framing words) from which what asks says what it is about without the
# sentences around it ('What sample rate audio does it produce?'; not 'Which paper should I read?').
ASKS_ON_ITS_OWN_MIN_TERMS = 2


def _question_sentences(text: str) -> list[str]:
    """Sentences of a question; a question mark followed by a space always ends one (the splitter misses it after
    some names: 'VGGT-Ω? Thanks!'). In a question typed in lower case, so does a full stop or an exclamation mark
    before a lower-case word ('… between frontiers. which work addresses this?'), which the splitter, reading case,
    takes for one sentence: not after an abbreviation ('e.g. depth', 'et al. show')."""
    out = []
    for line in re.split(r"\n+|(?<=\?)\s+", text):
        if not line.strip():
            continue
        for piece in _lower_case_sentences(line) if _typed_in_lower_case(line) else [line]:
            out.extend(sentences(piece))
    return out


def _typed_in_lower_case(text: str) -> bool:
    # (names aside: a question typed in lower case has its names written as the papers write them, `_recased`)
    words = [w for w in re.findall(r"[^\W\d_][\w'-]*", text) if not is_coined(w)]
    opening = [m[1] for m in re.finditer(r"[.!?]\s+([^\W\d_][\w'-]*)", text) if not is_coined(m[1])]
    return bool(words) and words[0][0].islower() and not any(w[0].isupper() for w in opening)


def _lower_case_sentences(text: str) -> list[str]:
    pieces, start = [], 0
    for m in re.finditer(r"[.!]+\s+(?=[^\W\d_])", text):
        before = re.search(r"([\w.]+)$", text[start : m.start()])
        word = before[1].lower() if before else ""
        if (len(word) <= 1 and not word.isdigit()) or "." in word or word in lexicon.ABBREVIATIONS:
            continue
        pieces.append(text[start : m.end()].strip())
        start = m.end()
    return [*pieces, text[start:].strip()] if text[start:].strip() else pieces


_SENTENCE_OPEN = "\x00"  # marks where a removed phrase opened a sentence


def _strip_chatter(text: str) -> str:
    for r in (*_COLLECTION_RES, *_ANSWER_FORM_RES):
        # A phrase that opened its sentence ('… this collection. The group seems to like …') leaves the sentence
        # opening with a capital as before: 'seems' in lower case after a full stop would join the two sentences.
        text = r.sub(lambda m: _SENTENCE_OPEN if _opens_sentence(m.string, m.start()) else " ", text)
        text = re.sub(rf"{_SENTENCE_OPEN}\s*(\w?)", lambda m: m[1].upper(), text)
    changed = True
    while changed:
        changed = False
        for r in _LEADING_RES:
            new = r.sub("", text, count=1)
            if new != text:
                text, changed = new, True
        if told := _TOLD_RE.match(text):
            text, changed = re.sub(r"\.\s*$", "?", text[told.end() :]), True
    return text.strip()


def _opens_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip()
    return not before or before[-1] in ".!?:-–—"


def is_question(text: str) -> bool:
    """Whether the text's last sentence asks (a question mark, a wh-word, an auxiliary or a request opening it),
    quotes around it aside: what a rewrite of a question must still be."""
    sents = _question_sentences(text.strip().strip("\"'“”‘’ "))
    return bool(sents) and _asks(sents[-1])


def _asks(clause: str) -> bool:
    words = clause.strip().lower().split()
    if "?" in clause:
        return True
    if not words:
        return False
    first = words[0].strip(",.:;")
    if first in ("please", "kindly") and len(words) > 1:  # 'Please list every one.' is a request
        first = words[1].strip(",.:;")
    elif first in ("also", "and", "then", "plus") and len(words) > 1:
        # 'Also name the two stages.', 'And tell me why.': a request behind its opener ('And what struck me was its
        # frozen encoder.' is a statement)
        return words[1].strip(",.:;") in lexicon.REQUEST_VERBS
    return first in lexicon.WH_WORDS or first in lexicon.REQUEST_VERBS or first in lexicon.AUX_VERBS


# Words after 'the names of' that say people are meant ('the names of everyone who worked on MuCo').
_PEOPLE_MARKERS = frozenset({"everyone", "everybody", "who", "whoever", "anyone", "those"})
# How many authors a paper has: 'how many authors', 'the (total) number of (listed) authors'.
_AUTHOR_COUNT = r"\b(?:how many|(?:total\s+)?number of)\s+(?:listed\s+)?(?:authors|co-?authors)\b"


def _asking_clauses(text: str) -> tuple[str, list[str], str]:
    """The sentences that ask (a question mark, a wh-word, a request), the context sentences around them, and the
    statement a question points back at. A short question that points back at the statement just before it asks about
    that statement, which then asks too: 'NOVA3R was published at a conference. Which one?', 'Gaze-LLE fine-tunes its
    backbone end-to-end. Why did they choose that?' (what is asked for, and what the question presumes, is in the
    statement; the parts are still the questions: 'The report sorts methods into three schools. What are they?')."""
    asking, context, pointed = [], [], ""
    for sent in _question_sentences(text):
        sent = _strip_chatter(sent)
        if not sent:
            continue
        if not _asks(sent):
            context.append(sent)
        elif context and not asking and _points_back(sent, context[-1]):
            pointed = context.pop()
            asking += [pointed, sent]
        else:
            asking.append(sent)
    return " ".join(asking), context, pointed


# A question this short, past its question word, framing and pointing words, says what it asks only with the
# statement before it ('Which one?', 'Which algorithm is it?', 'Why did they choose to do that?').
POINTING_QUESTION_MAX_TERMS = 2
_POINTING_WORDS = lexicon.ANAPHORA | {"one", "ones"}


# The words before an asked-for noun in the statement a question points back at that make it that one thing ('a
# reinforcement learning algorithm'), at most this many.
SLOT_MODIFIERS_MAX = 3


def _slot_said(statement: str, slot: tuple[str, ...], name_words: set[str]) -> tuple[str, ...]:
    """The asked-for thing as the statement before the question says it: its noun with the words before it (not a
    paper's name: 'The Gaze-LLE encoder is frozen. Which encoder is it?')."""
    words = [w.lower() for w in re.findall(r"\w[\w'-]*", statement)]  # (a hyphenated word is one)
    stems = [stem(w) for w in words]
    if slot[-1] not in stems:
        return slot
    i = len(stems) - 1 - stems[::-1].index(slot[-1])
    j = i
    while j > 0 and i - j < SLOT_MODIFIERS_MAX and _modifies(words[j - 1], stems[j - 1], name_words):
        j -= 1
    return tuple(dict.fromkeys([*stems[j:i], *slot]))


def _modifies(word: str, stemmed: str, name_words: set[str]) -> bool:
    return not (word in stopwords() or stemmed in _FRAMING_STEMS or word in name_words or stemmed in name_words)


# The people a search-box query about a named paper asks for: its authors, named last ('DF-3DFace paper listed
# authors', 'Gaze-LLE people behind it'; not 'MuCo dataset names', 'Gaze-LLE person detection', 'winning team').
_KEYWORD_PEOPLE_RE = re.compile(
    r"\b(?:authors?|co-?authors?|writers?|creators?|researchers|people)(?:\s+(?:behind|of|on)\s+(?:it|this|them|that))?$"
)


# Kinds of detail whose words no paper takes as its topic: asked for, they ask that detail of the paper described.
_NEVER_A_TOPIC_KINDS = frozenset({"funding", "license"})


# The one-word nouns of the kinds of detail (not a duration's units, nor names of venues or licenses: 'cvpr', 'apache')
# as the thing a question asks for: 'license', 'venue', 'funding', 'grant', 'optimizer'.
_KIND_OF_SLOT = {
    stem(w): kind
    for kind, words in lexicon.DETAIL_KINDS.items()
    if kind != "duration"
    for w in words
    if " " not in w and w.isalpha() and w not in lexicon.DETAIL_ANSWER_WORDS
}


def _kinds_named(text: str) -> list[str]:
    """The kinds of detail (lexicon.DETAIL_KINDS) whose words a text uses, as nouns that ask for them: not a
    duration, whose words are units any sentence may use ('the second stage', 'last week'), nor a word inside a
    hyphenated one ('day-night')."""
    low = text.lower()
    return [
        kind
        for kind, words in lexicon.DETAIL_KINDS.items()
        if kind != "duration" and any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", low) for w in words)
    ]


# What may trail a search-box query: a short wh-phrase after a dash or a comma ('- which ones paid?'), 'which ones',
# 'what is it', a bare question mark.
_TRAILING_ASK_RE = re.compile(
    r"(?:\s*[-–—:,]\s*(?:which|what|who)\b(?:\s+[\w'-]+){0,4}|\s*(?:which|what)\s+(?:ones?|is\s+it|are\s+they))?"
    r"\s*\?*\s*$",
    re.I,
)


def _keyword_query(clause: str) -> list[str]:
    """The words of a search-box query (no question word, no verb that asks or requests, no question-word phrase but
    a trailing 'which ones'), or [] for a question."""
    body = _TRAILING_ASK_RE.sub("", clause)
    words = tokens(body)
    if not words or _asks(body) or set(words) & lexicon.WH_WORDS:
        return []
    return words


# How a sentence about other work opens ('Earlier approaches …', 'Most methods …').
_OTHERS_OPENINGS = frozenset(
    {"earlier", "prior", "previous", "existing", "many", "most", "some", "other", "others", "conventional",
     "traditional", "current", "recent"}
)  # fmt: skip


def _points_back(question: str, statement: str) -> bool:
    """A wh-question (or a choice: 'Was it ICRA or CoRL?') that says what it asks only with the statement before it:
    no word of its own ('How many?', 'Why?'), or a pointing word and at most POINTING_QUESTION_MAX_TERMS of its own.
    Not a yes/no question, which has its own predicate ('MuCo is a contrastive model. Is there code for it?'), nor
    one asking which paper: the statement describes the paper asked for ('A study found X. Which study is it?')."""
    words = tokens(question)
    said = tokens(statement)
    if set(said) & lexicon.ASKER_WORDS or (said and said[0] in _OTHERS_OPENINGS):
        # the asker's own situation ('I found Gaze-LLE last week. What does it do?'), or what other work does
        # ('Earlier approaches needed speaker labels. Why didn't MemoryTalker need them?'): context, not presumed
        return False
    choice = bool(words) and words[0] in lexicon.AUX_VERBS and "or" in words
    if not words or not (words[0] in lexicon.WH_WORDS or choice) or set(words) & lexicon.PAPER_NOUNS:
        return False
    own = [t for t in content_terms(question) if t not in _FRAMING_STEMS]
    return not own or (bool(set(words) & _POINTING_WORDS) and len(own) <= POINTING_QUESTION_MAX_TERMS)


_LEAD_IN_END_RE = re.compile(r":\s+|\s+[-–—]+\s+")
_ANNOUNCING_RE = re.compile(lexicon.ANNOUNCING_LEAD_IN, re.I)


def _without_small_talk(text: str) -> str:
    """The question without its small-talk sentences and lead-ins ('Hi!', 'Thanks in advance!', 'Could you help me
    with this:'), which every later reading (filters, topic, vectors) would otherwise take for content. A message
    that is all small talk is kept as it is."""
    kept = []
    for sent in _question_sentences(text):
        # a lead-in before a colon or a dash: 'Just curious: …', 'Quick one - …'
        lead_in = _LEAD_IN_END_RE.search(sent)
        head = sent[: lead_in.start()] if lead_in else ""
        if (
            lead_in
            and sent[lead_in.end() :].strip()
            and (_small_talk(head) or _ANNOUNCING_RE.match(head) or _announces_switch(head))
        ):
            sent = sent[lead_in.end() :].strip()
        if not (_small_talk(sent) or _small_talk(_strip_chatter(sent))):
            kept.append(sent)
    return " ".join(kept) if kept else text


def _announces_switch(head: str) -> bool:
    """Whether a lead-in only announces a new topic ('OK, now something different: …', 'Switching gears - …'): its
    words would otherwise be read as the topic ('different'). Not one that says what about ('Another question about
    Gaze-LLE: …')."""
    said = f"{head}:"
    if not any(r.search(said) for r in _TOPIC_SWITCH_RES):
        return False
    for r in _TOPIC_SWITCH_RES:
        said = r.sub(" ", said)
    rest = [w for w in tokens(said) if w not in stopwords()]
    return all(w in lexicon.SMALL_TALK_WORDS or w in lexicon.FRAMING_WORDS or w in lexicon.SWITCH_FILLERS for w in rest)


def _without_remarks(text: str) -> str:
    """The question without the remarks after it about the answer or the asker ('Bullet points are fine.', "I'm
    writing a related-work section.", 'Keep it short.'), which would otherwise count as what it is about."""
    said = _question_sentences(text)
    last = max((i for i, sent in enumerate(said) if _asks(sent)), default=None)
    if last is None:
        return text
    asked = {t for sent in said[: last + 1] for t in content_terms(sent)}
    kept = said[: last + 1] + [sent for sent in said[last + 1 :] if not _remark(sent, asked)]
    return " ".join(kept)


def _remark(sentence: str, asked: set[str]) -> bool:
    """A sentence after the question that asks nothing, names nothing (no number, no coined name, nothing quoted),
    describes nothing ('… a paper that …', 'I mean …', '… about X') and shares no word with the question: it is about
    the answer or the asker. ('I remember a paper that lets the video model run slowly …' describes the paper asked
    for; 'I mean the gaze ones.' and 'Only the gaze ones.' narrow the question.)"""
    if _asks(sentence) or any(c.isdigit() for c in sentence) or _QUOTED_RE.search(sentence):
        return False
    if any(is_coined(w) for w in sentence.split()):
        return False
    words = tokens(sentence)
    if any(w in lexicon.DESCRIBING_WORDS for w in words):
        return False
    # ... and it shows what it is about: the asker ('I', 'we', 'my') or the answer's form or purpose ('fine', 'short',
    # 'proposal'). 'Preferably with code.', 'Manipulation mostly.' narrow the question.
    about = {w.split("'")[0] for w in words} & lexicon.ASKER_WORDS or set(words) & (
        lexicon.ASIDE_WORDS | lexicon.SMALL_TALK_WORDS
    )
    return bool(about) and not set(content_terms(sentence)) & asked


_LEAD = "(?:" + "|".join(lexicon.REQUEST_LEADS) + ")"
_PAPER_NOUN = "(?:" + "|".join(sorted(lexicon.PAPER_NOUNS | {"research"}, key=len, reverse=True)) + ")"
# What a need asks for: papers, or several of the datasets and benchmarks they bring ('I'm looking for datasets or
# benchmarks that …'), one or two of them joined. (One set is asked of a paper: 'Find the dataset that MuCo curates'
# is left as asked.)
_SET_PLURALS = {w for w in lexicon.SET_NOUNS if w.endswith("s") or w == "corpora"}
_ASKED_NOUN = "(?:" + "|".join(sorted(lexicon.PAPER_NOUNS | _SET_PLURALS | {"research"}, key=len, reverse=True)) + ")"
_ASKED_NOUNS = rf"{_ASKED_NOUN}(?:\s*(?:,|or|and|/)\s*{_ASKED_NOUN})?"
# "I'm looking for the papers that …" / "Name the paper which …" -> "Which papers …?"
_NEED_THAT_RE = re.compile(
    rf"^\s*{_LEAD}\s+(?:(?:the|a|an|any|some|all)\s+)?(?:(?:other|recent|relevant)\s+)?({_ASKED_NOUNS})\s+"
    rf"(?:that|which|where)\s+(.+?)[.!?]*\s*$",
    re.I,
)
# "… papers on/about X" -> "Which papers are about X?"
_NEED_ABOUT_RE = re.compile(
    rf"^\s*{_LEAD}\s+(?:(?:the|a|an|any|some|all)\s+)?({_ASKED_NOUNS})\s+(?:on|about|regarding|covering|"
    rf"dealing with|related to)\s+(.+?)[.!?]*\s*$",
    re.I,
)
# "… papers by/from/with/in/posted/filed …" -> "Which papers by …?"
_NEED_WITH_RE = re.compile(
    rf"^\s*{_LEAD}\s+(?:(?:the|a|an|any|some|all)\s+)?({_PAPER_NOUN})\s+((?:by|from|with|in|posted|published|"
    rf"filed|written|released|marked|listed|co-?authored)\b.+?)[.!?]*\s*$",
    re.I,
)
# "Tell me which paper …" / "I want to know what …" -> "Which paper …?"
# "Anything on X?" / "Is there anything from May?" -> "Any papers on X?"
_ANYTHING_RE = re.compile(
    r"^\s*(?:(?:is|was)\s+there\s+|got\s+)?anything\s+(?:else\s+)?((?:on|about|from|in|posted|published|that|which|"
    r"released|regarding|related to|dealing with|by|filed|with)\b.+?)[.!?]*\s*$",
    re.I,
)
_NEED_WH_RE = re.compile(rf"^\s*{_LEAD}\s+(?:about\s+)?((?:{'|'.join(sorted(lexicon.WH_WORDS))})\b.+?)[.!?]*\s*$", re.I)


def _as_question(text: str) -> str:
    """A request stated as a need, read as the question it stands for: "I'm looking for the papers that came out in
    May." -> "Which papers came out in May?" (a statement is otherwise context, and what it asks is lost)."""
    out = []
    for sent in _question_sentences(text):
        if m := _NEED_THAT_RE.match(sent):
            sent = f"Which {m[1].lower()} {m[2]}?"
        elif m := _NEED_ABOUT_RE.match(sent):
            noun = m[1].lower()
            noun = "papers" if noun in ("work", "research") else noun  # mass nouns: "work on X" is papers
            plural = noun.endswith("s") or noun == "corpora"
            sent = f"Which {noun} {'are' if plural else 'is'} about {m[2]}?"
        elif m := _NEED_WITH_RE.match(sent):
            sent = f"Which {m[1].lower()} {m[2]}?"
        elif m := _ANYTHING_RE.match(sent):
            sent = f"Any papers {m[1]}?"
        elif m := _NEED_WH_RE.match(sent):
            sent = m[1][0].upper() + m[1][1:] + "?"
        out.append(sent)
    return " ".join(out) if out else text


def _small_talk(sentence: str) -> bool:
    """Greetings, thanks or the asker's situation, and otherwise only framing words: nothing about what is asked."""
    if any(c.isdigit() for c in sentence) or any(is_coined(w) for w in sentence.split()):
        return False
    if re.match(_REQUEST_VERB_LEAD, sentence.lower()):  # 'Please list every one.' asks for the list
        return False
    every = tokens(sentence)
    words = [w for w in every if w.split("'")[0] not in stopwords()]
    chatter = lexicon.SMALL_TALK_WORDS if _asks(sentence) else lexicon.SMALL_TALK_WORDS | lexicon.ASIDE_WORDS
    chat = [w for w in every if w in chatter]
    return bool(chat) and all(w in chatter or w in lexicon.FRAMING_WORDS for w in words)


_QUOTED_RE = re.compile(r"[\"“]([^\"”]{3,120})[\"”]|(?<!\w)['‘]([^'’]{3,120})['’](?!\w)")
_WH = r"(?:what|which|how|why|when|where|who|whom|whose|is|are|does|do|did|can|was|were)\b"
# A new part starts after a question mark or semicolon, or at "and/also/but" before a wh-word, perhaps behind a
# verb that embeds it ("and report how fast") and a preposition ("and on which benchmarks").
_EMBEDDING = "|".join(sorted(lexicon.EMBEDDING_VERBS, key=len, reverse=True))
# A setting that opens the second question ('…, and apart from Elo ratings, how does it measure skill?').
_LEAD_IN = _alternatives(lexicon.SETTING_LEAD_INS)
_PART_SPLIT_RE = re.compile(
    rf"\?\s+|;\s+|(?::|\s[-–—]+)\s+(?={_WH})|,?\s+(?:and|also|plus|but)\s+(?:(?:{_EMBEDDING})\s+(?:me\s+|us\s+)?)?"
    rf"(?:(?:in|on|at|across|over|for|from|with|by|to|under)\s+)?(?=(?:(?:{_LEAD_IN})\s[^,;?]{{1,60}},\s*)?{_WH})",
    re.I,
)
# The words a question asks with ('Whihc papirs are flagged as havving code?'): a mistyped one is put right against
# these before the collection's own words are tried ('papirs' is 'papers', not the abstracts' 'pairs').
_QUESTION_WORDS = lexicon.QUESTION_WORDS
# ... and the words it frames and chats with ('The group seems to like naming thiigs …'), for a typed word of at least
# FRAME_FIX_MIN_LENGTH letters: shorter ones are as often a name or a word of another language one letter away
# ('Octo' is no 'onto', 'haben' no 'haven', 'sont' no 'sort').
_FRAME_WORDS = (
    lexicon.FRAMING_WORDS
    | lexicon.SMALL_TALK_WORDS
    | lexicon.COLLECTION_NOUNS
    | {w for w in stopwords() if len(w) >= 4}
)
FRAME_FIX_MIN_LENGTH = 6
_ASKING_AND_FRAMING_WORDS = _QUESTION_WORDS | _FRAME_WORDS
_AUTHORING_STEMS = frozenset(stem(v) for v in lexicon.AUTHORING_VERBS)
# A question that asks who wrote (not 'a paper that helps people who write code')
_WHO_WROTE_RE = re.compile(
    r"\W*(?:and\s+|so\s+)?who(?:m)?\s+(?:\w+\s+){0,2}?(?:wrote|writes|write|authored|co-?authored)\b"
)
_AUTHOR_LINE_RE = re.compile("|".join(lexicon.AUTHOR_LINE_PHRASES), re.I)
# The author line itself, as where a name is looked for ('among the listed authors', 'in the author line', 'in its
# byline'); not 'appeared in February' or 'listed as having code'.
_ON_THE_AUTHOR_LINE_RE = re.compile(
    r"\b(?:author\s+(?:line|list)s?|by-?lines?|list\s+of\s+authors|listed\s+as\s+(?:an?\s+)?(?:co-?)?author|"
    r"(?:listed|shown|named|visible|printed|displayed)"
    r"\s+(?:co-?)?authors?|(?:co-?)?authors?\s+(?:shown|listed|displayed|printed|visible)|among\s+the\s+(?:first\s+\w+\s+)?"
    r"(?:listed\s+|shown\s+|named\s+|visible\s+)?(?:co-?)?authors)\b",
    re.I,
)
NAME_ASKED_RE = re.compile(
    r"\b(?:called|named|name of|the name|what is (?:it|its \w+|the \w+) called|what's (?:it|its \w+) called)\b"
    # 'What do they call the part that …', 'what did the authors call it'
    r"|\bwhat\s+(?:do|does|did)\s+(?:they|the\s+authors|you|we|it|the\s+paper|the\s+\w+)\s+call\b"
    # a request for names ('Please name the components.', 'and name them')
    r"|(?:^|[.?!]\s+|\b(?:please|and|also)\s+)name\s+(?:the|its|their|them|these|those|each|all|both)\b",
    re.I,
)


def _recased(text: str, catalog: Catalog) -> str:
    """A question typed all in lower case, with the names in it written as the papers write them ('mri' -> 'MRI',
    'llms' -> 'LLMs', 'nextmotionqa' -> 'NextMotionQA'): every later reading finds a name by its case, and a name a
    paper lacks says the paper does not answer. Only a word that is no English word and that the papers write only as
    a name ('only' stays, though one paper is called ONLY)."""
    if any(c.isupper() for c in text):
        return text

    def recase(m: re.Match) -> str:
        word = m[0]
        if word in english_words() or word in stopwords():
            return word
        return catalog.cased(word) or word

    return _WRITTEN_RE.sub(recase, text)


# A word as typed, hyphens and digits inside ('gpt-4o', 'talk3d').
_WRITTEN_RE = re.compile(r"(?<![\w-])[^\W_][\w+-]*[^\W_](?![\w-])")


def _fix_question_words(text: str, catalog: Catalog) -> str:
    """Misspelled question words put right ('wich paper' -> 'which paper', 'whta' -> 'what'): a word that is neither
    in the collection nor English, one edit from a question word (for three letters, only two letters swapped), the
    likeliest slip winning; a tie ('hwo': how or who) is left alone, and so is quoted text (a title as typed)."""
    from rapidfuzz.distance import OSA

    shouting = text.isupper()  # ('WICH PAPER USES SAM?': every word in capitals, none a name by its case)

    def fix(m: re.Match) -> str:
        word = m[0]
        low = word.lower()
        words = _ASKING_AND_FRAMING_WORDS if len(low) >= FRAME_FIX_MIN_LENGTH else _QUESTION_WORDS
        if low in words or catalog.is_word(low) or (is_coined(word) and not shouting):
            return word  # (a made-up name is typed on purpose: 'AIME' is no slip for 'time')
        near = [w for w in words if len(w) >= 3 and OSA.distance(w, low) == 1]
        if len(low) == 3:  # three letters: only two swapped ('teh'); other one-edit neighbours are too many
            near = [w for w in near if sorted(w) == sorted(low)]
        if not near and len(low) == FRAME_FIX_MIN_LENGTH - 1 and word.islower():
            # (a five-letter framing word with two letters swapped, every letter typed, is that word: 'gropu' ->
            # 'group'; shorter ones are as often a name or a contraction's stub: 'Mian', 'dela', 'dind')
            near = [
                w
                for w in _FRAME_WORDS
                if sorted(w) == sorted(low) and OSA.distance(w, low) == 1 and w not in stopwords()
            ]
        # Between several, the likelier slip: a letter left out ('wich' -> 'which', not 'with'), then two letters
        # swapped, then one too many, then one wrong.
        ranked = sorted((_slip_rank(w, low), w) for w in near)
        if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
            return word
        meant = ranked[0][1]
        return meant.capitalize() if word[0].isupper() else meant

    pieces, last = [], 0
    for quoted in _QUOTED_RE.finditer(text):
        pieces += [_FIXABLE_RE.sub(fix, text[last : quoted.start()]), quoted[0]]
        last = quoted.end()
    return "".join([*pieces, _FIXABLE_RE.sub(fix, text[last:])])


_FIXABLE_RE = re.compile(r"(?<![\w'-])[A-Za-z]{3,12}(?![\w'-])")


def _slip_rank(meant: str, typed: str) -> int:
    """How likely a one-edit slip is, 0 the likeliest: a letter left out, two swapped, one extra, one wrong."""
    if len(meant) == len(typed) + 1:
        return 0
    if sorted(meant) == sorted(typed):
        return 1
    return 2 if len(meant) + 1 == len(typed) else 3


# What stands in for a title set aside ('In PAPER, how …'): the word a question would use for it.
_PAPER_MARK = " PAPER "


def _titles_shortened(text: str, named: Sequence[str], catalog: Catalog) -> str:
    """The text with the titles it gives of named papers put as a question would mostly name them: by the short
    name ('LAMA-UT'), or as PAPER where the title has none."""
    for pid in named:
        paper = catalog.paper(pid)
        short = paper.short_name
        text = without_title(text, paper.title, f" {short} " if short != paper.title else _PAPER_MARK)
    return text


# A word of a list of fields, hyphenated words whole ('code-switching' is no 'code').
_LISTED_WORD_RE = re.compile(r"[\w'’]+(?:-[\w'’]+)*")


_RELATIVE_YEAR_RE = re.compile(rf"\b(?:{_alternatives(lexicon.YEAR_RELATIVE)})\b", re.I)


def _fields_listed(text: str, naming: set[str] = frozenset()) -> set[str]:
    """The record fields a text lists where it lists nothing else ('PAPER - date, authors, code?' -> date, authors,
    code); none where any word names something else ('PAPER - date and datasets?'). `naming`: words that name the
    paper."""
    fields = set()
    # ('And last year?' restricts to a year: it asks no date)
    if _RELATIVE_YEAR_RE.search(text):
        return fields
    for word in _LISTED_WORD_RE.findall(text.lower()):
        named = {f for f, words in lexicon.RECORD_FIELD_WORDS.items() if word in words}
        if named:
            fields |= named
        elif word not in lexicon.RECORD_LIST_GLUE and word not in naming:
            return set()
    return fields


_WHAT_ELSE_RE = re.compile(r"\b(?:what|which|anything|who)\s+else\b", re.I)
_LEAVING = _alternatives(lexicon.PAPER_LEAVERS)
_LEAVING_STEMS = frozenset(stem(w) for phrase in lexicon.PAPER_LEAVERS for w in phrase.split()) | {stem("else")}


def _papers_left_out(text: str, named: Sequence[str], catalog: Catalog) -> set[str]:
    """The named papers the question leaves out ('besides MuCo', 'apart from MuCo', 'other than the MuCo paper')."""
    mark = re.escape(_PAPER_MARK.strip())
    return {
        pid
        for pid in named
        if re.search(rf"\b(?:{_LEAVING})\s+(?:the\s+)?{mark}", _names_marked(text, [pid], catalog), re.I)
    }


def _names_marked(text: str, named: Sequence[str], catalog: Catalog) -> str:
    """The text with each named paper's title or short name put as PAPER: a name of several words ('When did the
    Stable Velocity paper appear?') is one thing the question is about, as far as its wording goes."""
    for pid in named:
        paper = catalog.paper(pid)
        text = without_title(text, paper.title, _PAPER_MARK)
        if paper.short_name != paper.title:
            text = re.sub(rf"(?<!\w){re.escape(paper.short_name)}(?!\w)", _PAPER_MARK.strip(), text, flags=re.I)
    return text


def _mask_quoted(text: str) -> str:
    """Quoted text (a title like 'What Happens Next?') says which paper, not what is asked: it is set aside."""
    return _QUOTED_RE.sub(_PAPER_MARK, text)


def terms_of(text: str, catalog: Catalog, *, english: bool = True) -> list[str]:
    """Content stems of a text, mistyped words corrected against the collection's vocabulary."""
    out = []
    for w in tokens(text):
        if w in stopwords() or (len(w) < 2 and not w.isdigit()):
            continue
        fixed = catalog.correct(w) if english else None
        out.append(stem(fixed or w))
    return out


# A participle or adjective negated by 'not' ('have not been authorized', 'is not labelled', "isn't supervised").
_NOT_WORD_RE = re.compile(r"(?:\bnot|n't|\bnever)\s+(?:been\s+|be\s+|being\s+)?([a-z]{4,}(?:ed|ble|al|ive))\b", re.I)
_SETTING_RE = re.compile(
    rf"^\W*(?:for|in|on|with|regarding|about|as for|given|concerning|within)\b[^,;?]{{3,}},\s*(?={_WH})", re.I
)


_SETTING_NAMES_PAPER_RE = re.compile(rf"\b(?:{_alternatives(lexicon.PAPER_LIKE)}|one)\b", re.I)


# A run of questions joined by commas ('How many operations does it offer, how many problems does it contain, and
# what did the best model score?'): a comma before a question word ends a piece that is itself a question. Not a
# setting before the question ('Compared with X, how …', 'When you have a pool of LLMs, how …').
_QUESTION_PIECE_RE = re.compile(
    r"^\s*(?:how|what|which|who|whose|why|(?:when|where)\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|"
    r"will|would))\b",
    re.I,
)
# ... and only before a question word that opens a question of its own ('how many problems', 'which encoder does
# it use'), not a relative clause ('Gaze-LLE, which uses a frozen encoder, …', ', who …', ', when it …').
_COMMA_BEFORE_WH_RE = re.compile(
    r",\s+(?=(?:how|what|which|who|where|when|why)\s+(?:many|much|long|big|large|fast|well|often|is|are|was|were|do|"
    r"does|did|has|have|had|can|could|will|would|should|[\w-]+\s+(?:is|are|was|were|do|does|did|has|have|had|can)\b)"
    r"|(?:is|are|does|do|did|can|was|were)\s+(?:it|they|this|that|there)\b)",
    re.I,
)


def _pieces(clause: str) -> list[str]:
    pieces = []
    for piece in _PART_SPLIT_RE.split(clause):
        if not piece:
            continue
        while (m := _COMMA_BEFORE_WH_RE.search(piece)) and _QUESTION_PIECE_RE.match(piece[: m.start()]):
            pieces.append(piece[: m.start()])
            piece = piece[m.end() :]
        pieces.append(piece)
    return [p.strip(" ,.?") for p in pieces if p.strip(" ,.?")]


def _parts(clause: str, catalog: Catalog, english: bool, own_limits: bool = False) -> tuple[Part, ...]:
    """The sub-questions of the asking clause, each with what it asks for. `own_limits`: the question asks for the
    weak points of the paper itself (`_asks_own_limits`), which no part asks as a reason."""
    pieces = _pieces(_mask_quoted(clause))
    # A first piece that only describes the paper ('the paper that strips buildings off surface models - what is the
    # method called …') says which paper, as a name would: search reads it; the parts are what is asked of it.
    described_first = (
        len(pieces) > 1 and bool(_DESCRIBES_A_PAPER_RE.match(pieces[0])) and not _ASKS_IN_PIECE_RE.search(pieces[0])
    )
    if described_first:
        pieces = pieces[1:]
    parts = []
    for piece in pieces or [clause]:
        low = piece.lower()
        head, inverted = _asked_head(piece)
        limits = own_limits and bool(
            re.search(rf"\b{_LIMITATION_NOUN}\b|\bfall\s+short\b|\bfail|\bstruggle|\bcan(?:'t|’t|not)\b", low)
        )
        reason = _asks_reason(low) and not limits
        asks_number = bool(re.search(r"\bhow many\b", _direct(low))) or _asks_number(_direct(low), head)
        # (the quantity the asked-for phrase names comes first: 'What PSNR does the real-time network reach' asks an
        # accuracy, whatever 'real-time' says of the network)
        measure = (_measure(" ".join(head)) or _measure(low)) if asks_number else None
        # Words that name the kind of answer asked for (the 'motivation' of a reason, the 'fast' of 'how fast') are
        # answered by a kind of sentence (one that gives a reason, a time), not by sentences that repeat the word.
        # (the problem a paper takes on, or the weak points of earlier work it sets out before its own: 'What
        # limitations of existing methods does X point out?')
        problem = reason and bool(_problem_asked(low) or re.search(rf"\b{_WEAK_POINT}\b", low))
        kind_words = (
            (lexicon.REASON_WORDS if reason else frozenset())
            | _answer_kind_words(low)
            | (lexicon.LIMITATION_NOUNS | lexicon.LIMITATION_VERBS if limits else frozenset())
            | (frozenset(re.findall(r"\bhow\s+(\w+)", low)) if measure else frozenset())
        )
        # 'For the multi-agent generator of counseling sessions, how often did experts prefer its sessions': the
        # setting names the paper (search reads it); what is asked of it follows the question word.
        # (only before the first part: a setting that opens a later part says what it asks about, 'and compared
        # with SAM Adapter, how much less memory …')
        setting = None if parts else _SETTING_RE.match(piece)
        asked = piece[setting.end() :] if setting else piece
        asked_low = asked.lower()
        # 'what two metrics': the count says how many things are asked for; it is no topic ('two parts')
        asked_words = _ITEM_COUNT_RE.sub(lambda m: m[0].rsplit(None, 1)[0] + " ", asked)
        if user := _user_of(asked_words):
            asked_words = asked_words.replace(user, " ", 1)
        # ('how much better', 'how many times shorter': the comparative only says a difference is asked)
        asked_words = _HOW_MEASURE_RE.sub("how", asked_words)
        words = " ".join(w for w in asked_words.split() if w.lower().strip(",.?!;:") not in kind_words)
        terms = [t for t in terms_of(words, catalog, english=english) if t not in _FRAMING_STEMS | _LEAD_IN_STEMS]
        # 'if they have not been authorized' is what an abstract calls 'unauthorized usage'
        terms += [stem(f"{prefix}{m[1].lower()}") for m in _NOT_WORD_RE.finditer(asked) for prefix in ("un", "non")]
        # (what it sets out to do is answered as what it contributes: 'What is the goal of X?')
        # (and what it takes in and gives out, which the sentence that says what it does most often states)
        asks_contribution = not reason and any(
            r.search(low) for r in (*_CONTRIBUTION_ASKED_RES, *_AIM_ASKED_RES, *_INPUT_OUTPUT_ASKED_RES)
        )
        asks_something = bool(
            NAME_ASKED_RE.search(piece) or _slot(piece, head, inverted) or asks_number or asks_contribution
        )
        uses = _what_it_uses(_mask_quoted(piece))
        if not terms and parts and not asks_something:
            continue  # a fragment that asks nothing of its own
        slot = () if reason else tuple(t for t in _slot(piece, head, inverted) if t not in stem_set(kind_words))
        sets_used = _asks_sets_used(low, slot)
        counts = _counted_things(piece, slot) if asks_number and _counts(piece.lower()) else ()
        parts.append(
            Part(
                text=piece,
                terms=tuple(dict.fromkeys(terms)),
                slot=slot,
                asks_number=asks_number,
                counts=counts,
                measure=measure,
                unit=_unit_named(low, measure, slot),
                sets_used=sets_used,
                asks_name=bool(NAME_ASKED_RE.search(piece))
                or (not parts and _asks_for_a_paper(low) and not uses and not sets_used),
                uses=uses,
                asks_reason=reason,
                asks_problem=problem,
                asks_contribution=asks_contribution,
                # read past a setting ('For the gaze model …, how does it predict …')
                asks_method=not reason and not asks_number and any(r.search(asked_low) for r in _METHOD_ASKED_RES),
                asks_finding=any(r.search(asked_low) for r in _FINDING_ASKED_RES) and not _asks_for_a_paper(low),
                asks_result=any(r.search(asked_low) for r in _RESULT_ASKED_RES) and not _asks_for_a_paper(low),
                kind_terms=_kind_terms(low, kind_words),
                # (a setting that names a paper: 'In the work that …', 'For the gaze model, …'; not a condition,
                # 'In low-light conditions, …', 'On the GazeFollow benchmark, …'; or the piece before that described it)
                described=bool(setting and _SETTING_NAMES_PAPER_RE.search(setting[0]))
                or (described_first and not parts),
            )
        )
    return tuple(parts)


# A piece that names no question but describes a paper: 'the paper that …', 'that work on …', 'the glacier one'.
_DESCRIBES_A_PAPER_RE = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|about|re|regarding|for|in)\s*,?\s+)?(?:the|that|this|a|one)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:paper|work|study|article|preprint|one|method|model|approach|benchmark|dataset)\b"
    r"(?:\s+(?:that|which|where|on|about|with|from|by|describing|proposing|introducing)\b[^?]*|\s*)$",
    re.I,
)
# (a piece with a question word in it asks: 'For the gaze model with a frozen encoder, how many parameters …')
_ASKS_IN_PIECE_RE = re.compile(r"^\W*(?:which|where)\b|\b(?:what|who|whom|whose|when|why|how)\b", re.I)
_REASON_ASKED_RE = re.compile(
    r"^\W*why\b|\bwhy (?:do|does|did|is|are|was|were|would|should|not|has|have)(?:n't|n’t|nt)?\b|\bhow come\b|"
    r"\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)?\s+(?:the\s+|their\s+|its\s+)?(?:main\s+|key\s+|primary\s+|"
    r"underlying\s+)?(?:reasons?|motivations?|rationale|motives?)\b|\bfor what reasons?\b|\bwhat motivated?s?\b|"
    # what causes something ('So what do they say causes it?', 'what leads to the drop?')
    r"\bwhat\s+(?:(?:do|does|did)\s+[\w\s]{2,30}?\s+(?:say|think|claim|argue|find|believe|suggest)\s+)?"
    r"(?:causes?|caused|leads?\s+to|led\s+to|drives?|drove)\b|"
    # what is wrong with a way of doing things: answered by the sentence that names its limitation, as a 'why does it
    # fall short' is ('what's wrong with the current ways of controlling humanoids from video?')
    r"\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:so\s+|really\s+)?(?:wrong|lacking|missing|the\s+(?:main\s+|key\s+"
    r"|big\s+|biggest\s+)?(?:problems?|issues?|trouble|flaws?|weakness(?:es)?|shortcomings?|limitations?|drawbacks?|"
    r"downsides?))\s+(?:with|of|in)\b|\bfalls?\s+short\b|\bwhat\s+(?:limitations?|shortcomings?|drawbacks?|"
    r"weakness(?:es)?|flaws?)\s+(?:do|does|did)\b|"
    # ... of other work, as a paper states them ('What limitations of existing methods does X point out?', 'What does
    # X say is wrong with previous methods?')
    r"\bwhat\s+(?:limitations?|shortcomings?|drawbacks?|weakness(?:es)?|flaws?|problems?|issues?)\s+(?:of|with|in)\s+"
    r"(?:[\w-]+\s+){1,4}?(?:does|do|did)\b|\bwhat\s+(?:does|do|did)\s+(?:[\w.'’-]+\s+){1,4}?(?:say|think|claim|argue|"
    r"find)s?\s+(?:is|are|was|were)\s+(?:wrong|lacking|missing)\s+(?:with|in|about)\b"
)


_LIMITATION_NOUN = (
    r"(?:"
    + _alternatives(lexicon.LIMITATION_NOUNS - {"mode", "modes", "failure", "failures"})
    + (r"|failure\s+modes?)")
)
# The paper itself, in a question whose named papers are marked (_names_marked): 'PAPER', 'it', 'this work', 'the
# method', 'their approach'.
_ITSELF = (
    r"(?:(?:the\s+)?paper|it|this(?:\s+(?:paper|work|method|approach|model|study|system|framework))?|(?:the|their|its)\s+"
    r"(?:method|approach|model|work|study|system|framework|technique))(?:\s+(?:paper|work|method|approach|model|study|"
    r"authors))?"
)
# Its own weak points asked for ('What are the limitations of MuCo?', "What are MuCo's drawbacks?", 'Does it have
# any weaknesses?', 'What limitations does the paper acknowledge?', 'Where does MuCo fall short?', "What can't it
# do?"); not those of other work it discusses ('the limitations of existing methods, according to MuCo').
_OWN_LIMITS_RE = re.compile(
    rf"\b{_LIMITATION_NOUN}\s+(?:of|with|in|to)\s+{_ITSELF}\b|"
    # (what it mentions, reports or discusses may be anyone's: 'What limitations does SocialGesture report?' of
    # current gesture models)
    rf"\b{_LIMITATION_NOUN}\s+(?:does|do|did|might|may|could|would|will)\s+{_ITSELF}\s+(?:have|face|suffer|acknowledge|"
    r"admit|come\s+with)\b|"
    rf"\b(?:does|do|did|is|are|was|were)\s+{_ITSELF}\s+(?:have|come\s+with|face|suffer\s+from)\s+(?:any\s+|some\s+|"
    rf"known\s+|obvious\s+|major\s+)?{_LIMITATION_NOUN}\b|"
    rf"\b(?:{_ITSELF}(?:'s|’s)|its)\s+(?:(?:main|key|major|biggest|known|potential|own)\s+)?{_LIMITATION_NOUN}\b|"
    rf"\bwhere\s+(?:does|do|did|might|would|could)\s+{_ITSELF}\s+(?:fail|struggle|fall\s+short|break\s+down)\b|"
    rf"\bwhat\s+(?:can't|can’t|cannot|can\s+not)\s+{_ITSELF}\s+(?:do|handle)\b",
    re.I,
)
# Other work named as what the weak points are of: 'What limitations of existing methods does MuCo identify?'
_OTHER_WORK_RE = re.compile(
    r"\b(?:prior|previous|existing|earlier|conventional|traditional|older|past|other|current|baseline)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:work|works|methods?|approaches|models?|systems?|pipelines?|techniques?|papers?|studies|baselines?|solutions?)\b"
    # (or the work the paper sets itself against: 'the approach that MuCo improves on', 'the method it replaces')
    r"|\b(?:work|methods?|approach(?:es)?|models?|systems?|pipelines?|techniques?|baselines?|solutions?)\s+(?:that\s+|which\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?(?:improves?|improved|replaces?|replaced|builds?|built|extends?|extended|overcomes?|"
    r"fixes|fixed|beats?|outperforms?|outperformed|compares?|compared|addresses|addressed)\b",
    re.I,
)


# A weak point or a problem, by its noun ('limitations', 'issues').
_WEAK_POINT = r"(?:" + _alternatives(lexicon.LIMITATION_NOUNS | lexicon.PROBLEM_NOUNS) + r")"


def _asks_own_limits(marked_low: str) -> bool:
    """Whether a question, its named papers marked, asks for the weak points of the paper itself."""
    return bool(_OWN_LIMITS_RE.search(marked_low)) and not _OTHER_WORK_RE.search(marked_low)


def _answer_kind_words(low: str) -> frozenset[str]:
    """The words of a question (or part) that name the kind of answer it asks for: a problem the paper takes on, its
    contribution, what it found. Each kind is answered by a kind of sentence, not by one that repeats the word."""
    words = frozenset()
    if _problem_asked(low):
        words |= lexicon.PROBLEM_NOUNS | lexicon.PROBLEM_VERBS
    if _REASON_ASKED_RE.search(low) and re.search(rf"\b{_WEAK_POINT}\b", low):
        # (the weak points of other work, as the paper states them: 'What limitations of existing methods does X point
        # out?' is answered by the sentences that name a limitation, whatever they call it)
        words |= lexicon.LIMITATION_NOUNS | lexicon.PROBLEM_NOUNS | lexicon.ATTRIBUTION_WORDS
    if any(r.search(low) for r in _CONTRIBUTION_ASKED_RES[1:]):  # (the contribution named by a word for it)
        words |= lexicon.CONTRIBUTION_WORDS
    if any(r.search(low) for r in _DIFFERS_FROM_PRIOR_RES):  # (or by how it differs from earlier work)
        words |= lexicon.DIFFERS_FROM_PRIOR_WORDS
    if any(r.search(low) for r in _RESULT_ASKED_RES):  # (what was found, asked by a word for it)
        words |= lexicon.FINDING_WORDS
    if not _problem_asked(low) and any(r.search(low) for r in _AIM_ASKED_RES):  # ('What is the goal of X?')
        words |= lexicon.AIM_WORDS
    if any(r.search(low) for r in _ARCHITECTURE_ASKED_RES):  # ('What architecture does X use?')
        words |= lexicon.ARCHITECTURE_WORDS
    if any(r.search(low) for r in _INPUT_OUTPUT_ASKED_RES):  # ('What does X take as input?')
        words |= lexicon.INPUT_OUTPUT_WORDS
    return words


def _kind_terms(low: str, kind_words: frozenset[str]) -> tuple[str, ...]:
    """Stems of the nouns in a part that name the kind of answer it asks (`Part.kind_terms`)."""
    asked = {w for w in tokens(low) if w in kind_words}
    named = {stem(w) for family in lexicon.KIND_NAMING_NOUNS if asked & family for w in family}
    if any(r.search(low) for r in _DIFFERS_FROM_PRIOR_RES):
        named |= {stem(w) for w in lexicon.EARLIER_WORK_WORDS}
    return tuple(sorted(named))


def _asks_reason(low: str) -> bool:
    """'Why do …', 'what is the motivation for …', 'what problem does it solve': answered by a sentence that gives a
    reason or a limitation."""
    return bool(_REASON_ASKED_RE.search(low) or _problem_asked(low))


_PROBLEM_NOUN = r"(?:" + _alternatives(lexicon.PROBLEM_NOUNS - {"pain", "point"}) + r"|pain\s+points?)"
_PROBLEM_VERB = r"(?:" + _alternatives(lexicon.PROBLEM_VERBS) + r")"
# The problem a paper takes on, asked for: 'What problem does MuCo solve?', 'Which issue is Gaze-LLE tackling?',
# 'What gap does it fill?', 'What is the challenge X addresses?', 'what problem are they trying to fix'. (Not a
# problem the question names, 'How does X solve the occlusion problem?', nor one of a part, 'what problems does the
# decoder have'.)
_PROBLEM_ASKED_RE = re.compile(
    rf"\b(?:what|which)\s+(?:(?:main|key|core|central|specific|real|actual|big|biggest|exact|research|practical|"
    rf"open|underlying|kind\s+of|sort\s+of|type\s+of)\s+)*{_PROBLEM_NOUN}\s+(?:of\s+[\w\s,-]{{2,40}}?\s+)?"
    rf"(?:(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would)\s+(?:[\w.'’-]+\s+){{1,6}}?"
    rf"(?:(?:trying|try|tries|tried|aiming|aim|aims|set\s+out|seeking|seek|seeks|meant|supposed|designed|intended)"
    rf"\s+to\s+)?{_PROBLEM_VERB}\b|{_PROBLEM_VERB}\b)"
    rf"|\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+)(?:(?:main|key|core|central|"
    rf"specific|real|actual|big|biggest|research|practical|underlying)\s+)*{_PROBLEM_NOUN}\s+(?:that\s+|which\s+)?"
    rf"(?:[\w.'’-]+\s+){{1,6}}?(?:(?:is|are|was|were)\s+)?(?:(?:trying|tries|tried|aims?|aiming|sets?\s+out|"
    rf"seeks?|meant|designed|intended)\s+to\s+)?{_PROBLEM_VERB}\b",
    re.I,
)


# Papers in the plural as what a question asks about ('What problems do the papers on lip reading address?'): a list,
# each paper with its own answer, not the problem one paper takes on.
_PAPERS_PLURAL_RE = re.compile(r"\b(?:papers|works|studies|articles|preprints|publications)\b", re.I)


def _problem_asked(low: str) -> bool:
    """The problem one paper takes on, asked for (_PROBLEM_ASKED_RE)."""
    return bool(_PROBLEM_ASKED_RE.search(low)) and not _PAPERS_PLURAL_RE.search(low)


_PAPER_ASKED_RE = re.compile(
    # a noun the question word asks for, not the subject after an auxiliary ('what did the study find'; 'what is
    # the best model' still asks for one)
    r"\b(?:which|what)\s+(?!(?:do|does|did|has|have|had|can|could|would|will)\b)"
    r"(?:\w+[\s-]+){0,3}?(?:paper|work|method|model|study|approach|framework|system|technique|"
    r"dataset|benchmark|tracker|architecture|pipeline|policy|network)s?\b|\b(?:is|are)\s+there\s+(?:a|an|any)\b|"
    r"\bany\s+(?:paper|work|method|study)s?\b",
    re.I,
)


# 'Which vision-language models did that paper evaluate?': the thing asked for, then an auxiliary, a subject (the
# paper) and a verb of using what others made — a question about the paper, asking for names not its own.
_ASKED_THING = r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?(?!(?:" + _alternatives(lexicon.OWN_WAY_NOUNS) + r")\b)[\w-]+\s+"
_USES_OTHERS_RE = re.compile(
    _ASKED_THING + r"(?:(did|does|do)\s+((?:[\w'’.-]+\s+){1,8}?)(" + _alternatives(lexicon.USING_VERBS) + r")"
    r"|(has|have|had|was|were|is|are)\s+(?!been\b)((?:[\w'’.-]+\s+){1,8}?)("
    + _alternatives(lexicon.USING_PARTICIPLES)
    + r"))\b"
)
# ... and in the passive: 'Which models were evaluated in the meme stance paper?'
_USED_BY_RE = re.compile(
    _ASKED_THING + r"(was|were|is|are|has been|have been)\s+(" + _alternatives(lexicon.USING_PARTICIPLES) + r")\s+"
    r"(?:in|by|within)\s+((?:[\w'’-]+\s*){1,8})"
)
# 'What is X used for?', 'what else are its representations used for?': what something serves, not what it used
_PURPOSE_ASKED_RE = re.compile(r"\W*what(?:\s+else)?\s+(?:is|are|was|were)\b")
# Who uses it is one paper when the verb is singular ('does', 'was'), or the words point at one ('it', 'they' of a
# follow-up, 'the X paper', a name); 'researchers', 'most speech recognition systems', 'prior gaze pipelines' and
# 'papers on gaze' are many, and the question asks across papers.
_SINGULAR_AUX = frozenset(["does", "has", "was", "is"])
_ONE_PAPER_WORDS_RE = re.compile(
    r"\b(?:it|its|this|that|they|their|authors?|paper|work|study|article|preprint|method|model|approach|framework|"
    r"system|benchmark|dataset)\b",
    re.I,
)


def _using(text: str) -> tuple[str, int, int] | None:
    """(the verb by which one paper uses what is asked for, where the words naming that paper start and end), or
    None (no such verb, or many papers use it)."""
    low = text.lower()
    if m := _USES_OTHERS_RE.search(low):
        aux, user, verb = (1, 2, 3) if m[3] else (4, 5, 6)
    elif m := _USED_BY_RE.search(low):
        aux, verb, user = 1, 2, 3
    else:
        return None
    words = text[m.start(user) : m.end(user)]
    if re.search(rf"\b(?:{_plurals(lexicon.PAPER_NOUNS)})\b", words, re.I):
        return None
    if _PURPOSE_ASKED_RE.match(low) and re.match(r"\s+for\b", low[m.end() :]):
        return None  # ('what are its representations used for?' asks what they serve, not what the paper used)
    one = (
        m[aux].split()[0] in _SINGULAR_AUX
        or _ONE_PAPER_WORDS_RE.search(words)
        or name_like_terms(words)
        or re.search(r"\b[A-Z]", words)  # a name: a paper's, its authors' ('did Song et al. evaluate')
    )
    return (m[verb], m.start(user), m.end(user)) if one else None


def _what_it_uses(text: str) -> str:
    """The stem of the verb by which the paper uses what the question asks for ('evaluate' of 'which models did
    that paper evaluate'); '' when the question asks for no such thing."""
    found = _using(text)
    return stem(found[0].split()[0]) if found else ""


def _user_of(text: str) -> str:
    """The words naming the one paper that uses the asked-for thing ('the two-stage textual knowledge distillation
    paper' of 'which speech encoder does the two-stage … paper use'): they say which paper (search reads them), not
    what is asked. '' where no one paper does ('which datasets did papers on gaze use?' asks across papers, and
    'papers on gaze' is its topic)."""
    found = _using(text)
    return text[found[1] : found[2]] if found else ""


# 'the lip reading paper', 'the gaze target estimation paper's', 'the paper on lip reading': one paper described
_DESCRIBED_ONE_RE = re.compile(
    # (not a place in a list, 'the first paper', 'the other one'; not across 'of': 'the main contribution of the paper')
    r"\bthe\s+(?!(?:first|second|third|last|other|same|next|previous|former|latter)\b)"
    r"(?:(?:(?!of\b)[\w-]+\s+){1,5}?(?:paper|work|study|article|preprint|publication)(?:'s)?\b(?!\s+(?:and|or)\b)"
    r"|(?:paper|work|study|article|preprint|publication)\s+(?:on|about|that|which|where|introducing|proposing)\b)"
)


_DESCRIPTION_ENDS = lexicon.AUX_VERBS | {"and", "or", "have", "has", "had", "been", "use", "uses", "used"}


def _described_one_paper(low: str) -> str | None:
    """The words that describe the one paper the question is about ('Does the lip reading paper have code?': 'the
    lip reading paper'); None where it asks for a paper ('Which paper on lip reading has code?', 'Is there a paper
    …') or describes none."""
    m = _DESCRIBED_ONE_RE.search(low)
    if not m or _asks_for_a_paper(low):
        return None
    if (
        _order(m[0])
        and not set(content_terms(m[0])) - _ORDER_STEMS
        and re.match(r"\s*(?:with|having|that\s+has|which\s+has)\s+(?:\w+\s+)?code\b", low[m.end() :])
    ):
        return None  # ('the oldest paper with code': chosen by date among those with code; not 'Does the newest …')
    if not m[0].startswith("the paper") and not re.match(r"the \w+ (?:on|about)$", m[0]):
        return m[0]
    # 'the paper on idiolects - authors and date?': what it is on runs to a mark or a verb
    words = []
    for word in re.split(r"(\s+)", low[m.end() :]):
        if re.search(r"[,:;?!–—]|^-+$", word) or word.strip() in _DESCRIPTION_ENDS:
            break
        words.append(word)
    return m[0] + "".join(words).rstrip()


_ORDER_STEMS = stem_set(("oldest", "earliest", "newest", "latest", "most", "recent", "first", "last", "paper"))


def _asks_for_a_paper(low: str) -> bool:
    """'Which method …', 'Is there a paper that …': the answer names a paper or its method."""
    return bool(_PAPER_ASKED_RE.search(low))


# A question word run into its verb ("who's", "whats"; lexicon.WH_CONTRACTIONS), read as the two words.
_WH_CONTRACTION_RE = re.compile(
    # (not a title's subtitle: "TAPNext++: What's Next for Tracking Any Point")
    r"(?<!:\s)(?<![\w'’])(?:" + "|".join(re.escape(c).replace("'", "['’]") for c in lexicon.WH_CONTRACTIONS) + r")"
    r"(?![\w'’])",
    re.I,
)


def _cased_like(typed: str, meant: str) -> str:
    return meant[0].upper() + meant[1:] if typed[:1].isupper() else meant


# A negated auxiliary typed without its apostrophe, or with it misplaced ('doesnt', 'dont', "does'nt"): the 'not'
# is meant ('doesnt' had been read as a topic word, and the negation lost).
_NEGATION_TYPED_RE = re.compile(r"\b(do|does|did|is|are|was|were|has|have|had|could|should|would|ca)(?:nt|'nt)\b", re.I)


def _corrected(real: str, catalog: Catalog) -> str:
    """The question with its mistyped words corrected, against the collection first ('atiention' -> 'attention'),
    then as a slip of the fingers in an English word (text.english_slip: 'dpeend' -> 'depend'): every
    later reading (parts, slots, the question's and its parts' vectors) sees the word meant; an embedding of the
    typo lands elsewhere."""

    shouting = real.isupper()  # (a question in capitals throughout: no word is a name by its case)

    def fix(m: re.Match) -> str:
        if is_coined(m[0]) and not shouting:
            # A made-up name is typed on purpose ('nuScenes', 'StrategyQA', 'AIME', 'CoTracker'): the collection not
            # using it says the papers lack it, not that it is a slip for a word they use ('scenes', 'Strategy',
            # 'Time', 'CoWTracker'). (A name typed with a slip is still matched as a name: text.mentions_name.)
            return m[0]
        fixed = catalog.correct(m[0])
        if not fixed:
            # A word the papers never use, mistyped ('dpeend', 'collaboorate'): the question's meaning (its vector,
            # what it asks) is the English word's, though no abstract may hold it (so it is no cover for an answer).
            return english_slip(m[0]) or m[0]
        return fixed.capitalize() if m[0][0].isupper() else fixed

    # (the word before "n't" is not corrected apart: 'doesn' of "doesn't" had become 'does', losing the 'not')
    return re.sub(r"(?<![\w'’-])[A-Za-z]{4,}(?![\w-]|['’]t\b)", fix, real)


def _is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return not letters or sum(c.isascii() for c in letters) / len(letters) > 0.8


def _is_chitchat(text: str) -> bool:
    return any(r.search(text) for r in _CHITCHAT_RES)


# ------------------------------------------------------------------------------------------- what is asked for


_AUX_OR_VERB = re.compile(
    r"^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|shall|"
    r"make|makes|use|uses|used|give|gives|get|gets|reach|reaches|achieve|achieves|take|takes|took|need|needs|"
    r"contain|contains|cover|covers|support|supports|include|includes|introduce|introduces|propose|proposes|"
    r"report|reports|train|trained|run|ran|require|requires|release|released|list|lists|called|named)$"
)
_DETERMINERS = frozenset(["the", "a", "an", "its", "their", "this", "that", "these", "those", "each", "his", "her"])
_ADJECTIVES = frozenset(
    [
        "listed",
        "full",
        "main",
        "exact",
        "specific",
        "new",
        "key",
        "overall",
        "total",
        "other",
        "first",
        "last",
        "same",
        "two",
        "three",
        "kind",
        "kinds",
        "type",
        "types",
        "of",
        "sort",
        "exactly",
        "particular",
    ]
)


def _asked_head(clause: str) -> tuple[tuple[str, ...], bool]:
    """The noun phrase a wh-phrase or request asks for, and whether the question is inverted after it (an
    auxiliary follows, so the phrase is the thing asked for, not the subject): 'what GPU did …' -> (('gpu',), True);
    'which paper proposes …' -> (('paper',), False); 'who …' -> (('who',), False); 'list the authors of X' ->
    (('authors',), True)."""
    words = [w.lower().strip(",.:;!?\"'()") for w in clause.split()]
    words = [w for w in words if w]
    for i, w in enumerate(words):
        if w in ("who", "whom"):
            return ("who",), False
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if (w == "when" or (w == "why" and i > 0)) and nxt not in lexicon.AUX_VERBS:
            continue  # "When several things make noise, which method …": a subordinate clause, not the question
        if w == "when":
            return ("when",), False
        if w == "why":
            return ("why",), False
        if w == "how":
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if nxt in ("many", "much"):
                phrase, end = _noun_phrase(words, i + 2)
                # 'how many tasks and tools', 'how many GPUs and how many hours': each counted thing is asked
                while phrase and end + 1 < len(words) and words[end] in ("and", "or"):
                    start = end + 3 if words[end + 1 : end + 3] in (["how", "many"], ["how", "much"]) else end + 1
                    if start == end + 1 and (words[start] in lexicon.WH_WORDS or words[start] == "how"):
                        break  # ('how many tasks and how fast is it?': another question)
                    more, end = _noun_phrase(words, start)
                    if not more:
                        break
                    phrase += more
                # ('how much better', 'how many times shorter', 'how much more accurate': the size of a difference
                # is asked; 'how much more data' still asks about data)
                compared = False
                while phrase and (
                    phrase[0] in lexicon.DIFFERENCE_WORDS
                    or (phrase[0] == "times" and phrase[1:2] and phrase[1] in lexicon.DIFFERENCE_WORDS)
                    or (compared and phrase[0] in lexicon.HOW_MEASURE_WORDS)
                ):
                    compared, phrase = True, phrase[1:]
                return (tuple(phrase) or (nxt,)), True
            return ((f"how {nxt}",) if nxt else ("how",)), False
        if w in ("what", "which", "whose"):
            rest = words[i + 1 :]
            # "what is/are (the) X (of …)": the noun after the copula is asked for.
            if rest and rest[0] in ("is", "are", "was", "were", "'s"):
                phrase, _ = _noun_phrase(words, i + 2)
                return (tuple(phrase) or ("what",)), True
            phrase, end = _noun_phrase(words, i + 1)
            inverted = end < len(words) and words[end] in lexicon.AUX_VERBS
            return (tuple(phrase) or ("what",)), inverted or not phrase
        if w in lexicon.REQUEST_VERBS and _opens_request(words, i):
            j = i + 1
            while j < len(words) and words[j] in ("me", "us", "all", "every"):
                j += 1
            if j < len(words) and words[j] in lexicon.WH_WORDS:
                continue  # 'Explain how X plans': the wh-word says what is asked
            phrase, _ = _noun_phrase(words, j)
            return tuple(phrase), True
    return (), False


def _opens_request(words: list[str], i: int) -> bool:
    """Whether the word at i opens the request: first, or after 'please' or a polite 'can / could / would you
    (please)' ('Can you list me the authors of X?')."""
    before = [w for w in words[:i] if w != "please"]
    # (not 'Would you say MuCo beats its baselines?': an opinion asked, yes or no)
    polite = len(before) == 2 and before[0] in _POLITE_ASKING and before[1] == "you" and words[i] not in _OPINION_VERBS
    return not before or polite


_POLITE_ASKING = frozenset({"can", "could", "would", "will"})
_OPINION_VERBS = frozenset({"say", "think", "consider", "agree", "recommend"})


def _noun_phrase(words: list[str], start: int) -> tuple[list[str], int]:
    """Up to four words of a noun phrase from `start` (determiners skipped); returns the words and where it ends."""
    out: list[str] = []
    j = start
    while j < len(words) and words[j] in _DETERMINERS:
        j += 1
    while j < len(words) and len(out) < 4:
        w = words[j]
        if _AUX_OR_VERB.match(w) or w in _PHRASE_END:
            break
        if out and w in _DETERMINERS:
            break  # "the reason the authors gave": a new noun phrase starts (a clause without "that")
        if w not in _ADJECTIVES or out:
            out.append(w)
        j += 1
        if out and out[-1] in lexicon.PAPER_LIKE and out[-1] not in ("one",):
            break  # "which paper proposes …": the phrase ends at the paper noun
    return out, j


_PHRASE_END = frozenset(
    [
        "of",
        "for",
        "in",
        "on",
        "at",
        "by",
        "from",
        "with",
        "to",
        "and",
        "or",
        "that",
        "which",
        "who",
        "whose",
        "where",
        "when",
        "than",
        "as",
        "into",
        "about",
        "between",
    ]
)


# A partitive noun said of the paper's own work: 'its two parts', 'their main stages', 'the paper's components'.
_OWN_PIECES_RE = re.compile(
    r"\b(?:its|their|his|her|[\w-]+['’]s)\s+(?:(?:\w+|\d+)\s+){0,2}?(?:"
    + "|".join(sorted(lexicon.PARTITIVE_NOUNS, key=len, reverse=True))
    + r")\b",
    re.I,
)


def _slot(clause: str, head: tuple[str, ...], inverted: bool) -> tuple[str, ...]:
    """Stems of the asked-for thing when it is a thing ('learning rate', 'dataset'); () for who/when/why, and for a
    paper asked for by what it does ('which method adapts …')."""
    low = clause.lower()
    if m := re.search(r"\b(?:at|in|on|under|with|by|from|to)\s+(?:which|what)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)", low):
        words = [t for t in tokens(m[1]) if not _AUX_OR_VERB.match(t) and t not in stopwords()]
        return tuple(s for s in (stem(t) for t in words) if s not in _FRAMING_STEMS)
    if not head or head[0] in ("who", "when", "why", "what", "how", "much", "many") or head[0].startswith("how "):
        return ()
    if not inverted and set(head) & lexicon.PAPER_LIKE:
        return ()
    if head[-1] in lexicon.PARTITIVE_NOUNS and (
        re.search(rf"\b{re.escape(head[-1])}\s+of\b", low) or _OWN_PIECES_RE.search(low)
    ):
        # 'which parts of the network', 'what are its two parts': a piece of it, called whatever the paper calls it
        head = head[:-1]
    # ('Tell me more about it': 'more', 'only', 'not' qualify a thing; alone they name none)
    stems = [stem(t) for w in head for t in tokens(w) if t not in stopwords() and t not in lexicon.STOPWORDS_KEPT]
    return tuple(s for s in stems if s not in _FRAMING_STEMS and s not in _METADATA_STEMS)


_HOW_MANY_RE = re.compile(r"\bhow\s+many\b", re.I)


def _counted_things(piece: str, slot: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The things a 'how many' piece counts (`Part.counts`): its plural nouns among the thing asked, else that whole
    thing."""
    plural = {stem(t) for t in tokens(piece) if len(t) > 3 and t.endswith("s") and not t.endswith("ss")}
    things = tuple((s,) for s in dict.fromkeys(slot) if s in plural)
    return things or ((tuple(slot),) if slot else ())


_KIND_NOUNS = {noun: kind for kind, nouns in lexicon.PAPER_KINDS.items() for noun in nouns}
_KIND_NOUN = alternation(_KIND_NOUNS)
# A kind of paper asked for: its noun right after the words that ask for papers ('Is there a review of …', 'any
# recent surveys on …', 'Do they have a survey on …', 'Which entries are surveys or technical reports', 'Which
# surveys cover …'), standing for the paper itself: then 'of/on/about/that …', a verb, another kind, or the end. Not a
# noun it qualifies ('review comments', 'review-writing'), the thing a paper is about ('a paper on peer review'), nor
# reviews of a paper ('Are there reviews of the paper?').
_PAPER_KIND_RE = re.compile(
    r"\b(?:is there|are there|any|which|what|find|know of|recommend|looking for|do they have|"
    r"did they (?:write|publish)|have they (?:written|published)|(?:which|what)\s+\w+\s+(?:is|are)|"
    r"which of (?:these|the|those) \w+ (?:is|are)|"
    r"is it|are they|is this|is that)\s+(?:an?\s+|the\s+|some\s+)?"
    rf"(?:(?:{alternation(lexicon.PAPER_KIND_ADJECTIVES)})\s+)*"
    rf"(?P<first>{_KIND_NOUN})s?(?:\s+(?:article|paper|work|study)s?)?"
    rf"(?P<more>(?:\s*(?:,|\bor\b|\band\b)\s*(?:an?\s+)?(?:{_KIND_NOUN})s?)*)"
    r"(?!\s+(?:of|for|on)\s+(?:the|this|that|its|their|my|our)\s+(?:paper|work|study|submission|article|manuscript)s?\b)"
    # (nor a questionnaire: 'a survey in which people rated …', 'a survey of users')
    r"(?!\s+(?:in which|where|that asked|asking|of (?:users|people|participants|respondents|workers))\b)"
    r"(?=\s+(?:of|on|about|that|which|covering|covers?|for|in|rather|instead|are|is|exist|mentions?|discuss(?:es)?|"
    r"there)\b|\s*[?.,;:!]|\s*$)",
    re.I,
)


def _paper_kinds(clause: str) -> tuple[str, ...]:
    """The kinds of paper a question asks for (lexicon.PAPER_KINDS), as opposed to what the paper is about."""
    kinds = []
    for m in _PAPER_KIND_RE.finditer(clause):
        nouns = [m["first"], *re.findall(_KIND_NOUN, m["more"] or "", re.I)]
        kinds += [_KIND_NOUNS[re.sub(r"\s+", " ", n.lower())] for n in nouns]
    return tuple(dict.fromkeys(kinds))


def _detail_kinds(clause: str) -> tuple[str, ...]:
    return tuple(kind for kind, res in _DETAIL_RES.items() if any(r.search(clause) for r in res))


_MEASURE_ASKED_RES = {kind: re.compile(asked, re.I) for kind, (asked, _) in lexicon.MEASURES.items()}


SET_NOUN_STEMS = frozenset(stem(w) for w in lexicon.SET_NOUNS)
SET_USE_RE = re.compile(lexicon.SET_USE_RE, re.I)
_SET_MADE_RE = re.compile(lexicon.SET_MADE_RE, re.I)


def _asks_sets_used(low: str, slot: Sequence[str]) -> bool:
    """'Which datasets was X evaluated on?', 'What data did X train on?': the sets the paper used, by name. Not the
    ones it makes ('What dataset did X build?'), which it may describe without one."""
    return (
        bool(slot)
        and slot[-1] in SET_NOUN_STEMS  # (the thing asked is a set: not 'What data augmentation does X use?')
        and bool(SET_USE_RE.search(low))
        and not _SET_MADE_RE.search(low)
        # (an amount is no name: 'how much simulated data was it trained on?')
        and not re.search(r"\bhow\s+(?:much|many|large|big)\b", low)
    )


def _unit_named(low: str, measure: str | None, slot: Sequence[str]) -> str:
    """The unit the asked-for thing is, as the question writes it ('how many frames per second' -> 'frames per
    second'); a paper may write it otherwise ('45.7 FPS'). Only where the whole asked-for thing is the unit: 'word
    error rate' names a metric."""
    if measure is None or not slot:
        return ""
    for m in _MEASURE_ASKED_RES[measure].finditer(low):
        if set(slot) <= {stem(t) for t in tokens(m[0])}:
            return m[0]
    return ""


def _measure(low: str) -> str | None:
    """The kind of quantity a part asks for ('how fast' -> speed), when it says."""
    return next((kind for kind, r in _MEASURE_ASKED_RES.items() if r.search(low)), None)


# A 'how many' that names a choice inside the question rather than asking for a number: after a verb of choosing
# ('a technique for choosing how many comments to show', 'does it learn how many clusters to use?').
_EMBEDDED_HOW_RE = re.compile(
    r"\b(?:(?:choos|chose|decid|determin|select|pick|learn|adapt|estimat|balanc|weigh|limit|vary|varie|control)\w*"
    r"|trad(?:e|es|ed|ing)\s+off)\s+how\s+(?:many|much)\b"  # ('trading off how many candidates to show')
)
# 'how many/much/well' after a preposition inside a sentence: the object of something said ('which paper found that
# accuracy depends on how many frames you give') where the sentence asks something else before it (`_direct`); not
# at the start ('On how many benchmarks …?'), nor after a participle ('was evaluated on how many methods?').
_GOVERNED_HOW_RE = re.compile(r"(?<=\w)(?<!ed)\s+(?:on|upon|of)\s+how\s+(?:many|much|well)\b")
# What a sentence asks before such a phrase: a question word, or an opening that asks yes or no.
_ASKED_BEFORE_RE = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how)\b|^\W*(?:does|do|did|is|are|was|were|can|could|has|have|"
    r"had|will|would|should)\b"
)


def _direct(low: str) -> str:
    """The text with embedded 'how many' choices (`_EMBEDDED_HOW_RE`) and governed ones (`_GOVERNED_HOW_RE`) taken
    out."""
    low = _EMBEDDED_HOW_RE.sub(" ", low)
    return _GOVERNED_HOW_RE.sub(lambda m: " " if _ASKED_BEFORE_RE.search(low[: m.start()]) else m[0], low)


def _asks_number(low: str, head: tuple[str, ...]) -> bool:
    if re.search(
        r"\bhow (?:many|much|long|large|big|fast|far|quickly|accurate|often|high|low|small|deep)\b|"
        r"\bby how\b|\bto what (?:fraction|extent|degree)\b|\bwhat (?:percentage|fraction|share)\b",
        low,
    ):
        return True
    if _ITEM_COUNT_RE.search(low) and len(head) > 1:
        # 'what two metrics score each part': that many things are asked for, by name; the last word of the phrase
        # may be the verb ('score'), the words before it say what the things are ('two test accuracy values').
        head = head[:-1]
    return any(w in lexicon.MEASURE_NOUNS for w in head)


# A count that opens the asked-for phrase ('what two challenges', 'which three datasets'): names are asked for.
_ITEM_COUNT_RE = re.compile(
    r"\b(?:what|which)\s+(?:(?:are|were|is|was)\s+)?(?:the\s+)?"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s",
    re.I,
)


_RANK_NUMBER = rf"\d{{1,2}}|{_COUNT_WORDS}"
_RANK_WORDS = r"most\s+recent(?:ly\s+posted)?|newest|latest|oldest|earliest|recent|first|last"
# A count beside the order word: 'the 3 newest', 'top five most recent', 'latest 5 papers', 'oldest three entries'.
_RANKED_RE = re.compile(
    rf"\b(?:top\s+)?(?P<before>{_RANK_NUMBER})\s+(?:{_RANK_WORDS})\b|"
    rf"\b(?:{_RANK_WORDS})\s+(?P<after>{_RANK_NUMBER})(?=\s+(?:papers?|works?|entries|ones|preprints|publications)\b|"
    rf"\s*[?.!]*\s*$)"
)
# 'which of the three newest papers', 'how many of the 10 latest CV papers', 'among the five oldest ones, which': the
# question asks which of those papers match, not for the newest that match (the phrase ends at the papers' noun).
_AMONG_RANKED_RE = re.compile(
    rf"\b(?:(?:which|what|who|how\s+many)(?:\s+ones?)?\s+(?:of|among)|^\W*(?:of|among))\s+(?:the|these|those|its|"
    rf"their|his|her|my|our|your)\s+(?:[\w.-]+\s+){{0,4}}?(?:{_RANK_WORDS})\b(?:\s+[\w.-]+){{0,4}}?\s+"
    rf"(?:papers?|works?|ones|entries|preprints|publications)\b",
    re.I,
)
# The modifiers after the ranked papers' noun, up to the verb the question asks with ('by Cheng Chi', 'from 2025',
# 'in CV'; 'have code', 'are about …' ask).
_RANKED_SET_REST_RE = re.compile(
    r"(?:\s+(?:by|from|in|on|of|posted|filed|published|listed|under|since|before|after|between|with(?!out))\b"
    r"(?:(?!\b(?:are|is|were|was|have|has|had|do|does|did|can|could|would|will|use|uses|used|show|shows|study|"
    r"studies|propose|proposes|address|addresses|deal|deals|focus|focuses|include|includes|mention|mentions)\b)"
    r"[^,?;])*)+"
)


# How many co-authors a question asks for: 'the top 3', 'top five collaborators', 'their 4 most frequent co-authors',
# 'the three people they write with most' (a count before the people, or after 'top').
_NAMES_ASKED_RE = re.compile(
    rf"\btop\s+(?P<after>{_RANK_NUMBER})\b|"
    rf"\b(?P<before>{_RANK_NUMBER})\s+(?:(?:most|more)\s+\w+\s+|main\s+|closest\s+|regular\s+|frequent\s+|key\s+)?"
    r"(?:co-?authors?|collaborators?|people|persons|researchers|names|partners|colleagues)\b"
)


def _names_asked(low: str) -> int | None:
    """How many co-authors are asked for ('Who are their top 3 collaborators?' -> 3); none where no count is."""
    m = _NAMES_ASKED_RE.search(low)
    if not m:
        return None
    word = m["before"] or m["after"]
    return int(word) if word.isdigit() else _RANK_VALUES.get(word)


def _ranked_count(low: str) -> int | None:
    """How many papers an order asks for ('the three newest papers' -> 3); none for one, or no count."""
    m = _RANKED_RE.search(low)
    if not m:
        return None
    word = m["before"] or m["after"]
    n = int(word) if word.isdigit() else _RANK_VALUES[word]
    return n if n >= 2 else None


# How many papers 'their recent papers' asks for, where no number is said.
RECENT_PAPERS = 5
_RECENT_PAPERS_RE = re.compile(r"\brecent\s+(?:papers|works|publications|preprints|ones|entries)\b")
_PLACE_RE = re.compile(
    r"\b(?P<place>second|third|fourth|fifth|2nd|3rd|4th|5th)[\s-]+(?:most[\s-]+recent|newest|latest|oldest|earliest)\b"
)
_PLACES = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
# A list asked in date order: 'sorted by date', 'in chronological order', 'newest first'.
_DATE_ORDER_RE = re.compile(
    r"\b(?:(?:in\s+)?(?P<reverse>reverse\s+)?chronological(?:ly|\s+order)?|(?:sorted|ordered|sort|order|arranged)\s+(?:them\s+|those\s+)?"
    r"by\s+(?:posting\s+|publication\s+)?date|(?:in\s+)?date\s+order|(?P<newest>newest|latest|most\s+recent)\s+first|"
    r"(?:oldest|earliest)\s+first)\b"
)


_MANY_PAPERS_RE = re.compile(r"\b(?:papers|works|publications|entries|preprints|them|those|list|show|sort|sorted)\b")


_FIRST_PAPER_RE = re.compile(
    r"\b(?P<first>first|last|latest|earliest)\s+(?:paper|work|publication|preprint)\s+(?:that\s+)?(?:\w+\s+){0,3}?"
    r"(?:published|posted|released|wrote|written|put\s+out)\b"
)


def _place(low: str) -> int | None:
    m = _PLACE_RE.search(low)
    return _PLACES[m["place"]] if m else None


# The owner's first or last paper, in a first question ('What was their first paper?', 'What did they publish
# last?'); after a list, 'his first paper' is the first of the papers discussed, which the follow-up reads.
_OWNERS_FIRST_RE = re.compile(
    r"\b(?:their|his|her)\s+(?P<word>first|earliest|last|latest)\s+(?:paper|work|publication|preprint|article)s?\b"
    r"|\b(?:posted|published|released|wrote|post|publish|release|write)\s+(?P<end>first|last)\s*(?:[?.!]|$)"
)


def _owners_first(low: str) -> Order | None:
    m = _OWNERS_FIRST_RE.search(low)
    if not m:
        return None
    return Order.OLDEST if (m["word"] or m["end"]) in ("first", "earliest") else Order.NEWEST


def _order(low: str) -> Order | None:
    if said := list(_DATE_ORDER_RE.finditer(low)):  # ('sorted by date, newest first')
        return Order.NEWEST if any(m["reverse"] or m["newest"] for m in said) else Order.OLDEST
    if m := _FIRST_PAPER_RE.search(low):  # ('the first paper they published in 2024')
        return Order.OLDEST if m["first"] in ("first", "earliest") else Order.NEWEST
    m = re.search(
        r"\b(oldest|earliest|newest|latest|most recent(?:ly posted)?|recently posted|most recently|"
        r"recent(?=\s+(?:papers|works|publications|preprints|ones|entries)\b))\b"
        r"|\b(?:first|last)\s+(?:posted|published|released|post|publish|release|wrote|write|put\s+out)\b"
        r"|\b(?:was|were)\s+(?:posted|published)\s+"
        r"(first|last)\b"
        # ('the most old paper', 'the most new one': the superlative as a learner may put it)
        r"|\bthe\s+most\s+(old|early|new)\s+(?:paper|papers|one|ones|entry|entries|work|preprint)\b",
        low,
    )
    if not m:
        return None
    word = (m[1] or m[2] or m[3] or m[0]).split()[0]
    if word in ("old", "early"):
        return Order.OLDEST
    if word in ("most", "recently", "latest", "newest", "last", "recent"):
        return Order.NEWEST
    return Order.OLDEST if word in ("oldest", "earliest", "first") else Order.NEWEST


_ACCOUNT_STEMS = stem_set(lexicon.ACCOUNT_NOUNS)
_LIMITATION_STEMS = stem_set(lexicon.LIMITATION_NOUNS)
# 'anything' / 'everything' asked for ('List everything from May 2025', 'Is there anything new?', 'Did anything come
# out in 2025?'): a pronoun, no topic; the word in a name is one ('the Segment Anything Model')
_ANYTHING_ASKED_RE = re.compile(
    r"\b(?:list|show|give|tell|find|is\s+there|are\s+there|was\s+there|got|have\s+you|did|does|has|have|was|is|"
    r"published|posted)\s+(?:me\s+|us\s+)?(?P<pronoun>everything|anything)\b|"
    r"\b(?P<leading>everything|anything)\s+(?=(?:new|else|from|on|about|in|posted|published|related|regarding)\b)|"
    # opening the question it is the pronoun asked for ('Anything they brought out in May?'), never a name
    r"(?:^|[.;:!?]\s+)\W*(?:and\s+|so\s+|ok\s+)?(?P<opening>everything|anything)\b(?!-)",
    re.I,
)


def _without_pronoun(m: re.Match) -> str:
    """The match without its 'anything' / 'everything'."""
    group = next(g for g in ("pronoun", "leading", "opening") if m[g])
    start, end = m.start(group) - m.start(), m.end(group) - m.start()
    return m[0][:start] + m[0][end:]


_HOW_MEASURE_RE = re.compile(
    r"\bhow\s+(?:(?:much|many\s+times|many)\s+(?:(?:more|less)\s+)?(?:"
    + "|".join(sorted(lexicon.DIFFERENCE_WORDS | lexicon.HOW_MEASURE_WORDS))
    + r")|"
    + "|".join(sorted(lexicon.HOW_MEASURE_WORDS))
    + r")\b",
    re.I,
)
# 'how many times faster': a factor asked, not a count
_FACTOR_ASKED_RE = re.compile(r"\bhow\s+many\s+times\s+(?:" + "|".join(sorted(lexicon.DIFFERENCE_WORDS)) + r")\b")


# How many papers a question asks for: 'How many papers use SAM?', 'How many of the papers …', 'How many lip reading
# papers are there?'
_COUNTS_PAPERS_RE = re.compile(
    r"\bhow\s+many\s+(?:of\s+(?:the|these|those|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:papers|works|publications|preprints|articles|entries)\b"
)


def _counts(low: str) -> bool:
    """Whether a (lower-cased) question asks how many of something, not how many times more or less."""
    return bool(_HOW_MANY_RE.search(_FACTOR_ASKED_RE.sub("how much", low)))


_WHATS_NEW_RE = re.compile(r"\b(?:what(?:'s|\s+is|\s+was)|anything|something)\s+new\b")
# Words that ask how two papers compare ('differ', 'in common', 'both', 'versus')
_COMPARING_RE = re.compile(rf"\b(?:{_alternatives(lexicon.COMPARING_WORDS)})\b\.?")
_COMPARING_STEMS = frozenset(
    stem(w)
    for phrase in (*lexicon.COMPARING_WORDS, *lexicon.COMPARING_FRAME_WORDS)
    for w in phrase.split()
    if w != "in"
)
# What sets one paper apart from another ('What sets Talk3D apart from SyncTalkFace?')
_SETS_APART_RE = re.compile(r"\bsets?\s+(?:[\w.'’-]+\s+){1,4}?apart\b")
_OPENING_REQUEST_VERB_RE = re.compile(
    r"(?P<lead>(?:^|[.;:!?]\s*)\W*(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?)"
    rf"(?:{'|'.join(sorted(lexicon.REQUEST_VERBS))})\b(?:\s+(?:me|us))?(?:\s+(?:a\s+(?:bit|little)\s+)?more\b)?",
    re.I,
)
_REQUEST_VERB_LEAD = (
    r"(?:^|[.;:!?,]\s*|\band\s+)\W*(?:please\s+)?(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:list|name|show|find|count|enumerate)\b"
)


def _is_list(low: str, *, named: bool = False) -> bool:
    """Asks for a set of papers: 'which papers', 'list all papers', 'how many papers', 'any papers on', and, when the
    question names no paper, any plural the papers go by right after the question word ('which challenges …',
    'what NTIRE 2026 challenges …', 'which ones') — not a plural further on ('which study noticed that networks …')."""
    nouns = _plurals(lexicon.PAPER_NOUNS)
    # Question words ask for a set wherever they stand; a request verb does so only as a request, leading its
    # clause ('Find papers that …', 'could you list the datasets'), not as a verb of the question ('why did the
    # authors find earlier methods impractical').
    asker = rf"\b(?:which|what|any|all|how many|(?:are|were) there)\b|{_REQUEST_VERB_LEAD}"
    if not named and re.search(
        rf"\b(?:which|what|any|all)(?:\s+(?:of\s+)?(?:the|these|those))?(?:\s+(?!{_NOT_A_MODIFIER}\b)[\w()-]+){{0,2}}?"
        rf"\s+(?:{_plurals(lexicon.PAPER_LIKE)})\b",
        low,
    ):
        return True
    # A compound of two such nouns: 'which challenge reports …', 'which benchmark papers …', 'which method papers'
    # (not 'which paper studies …', 'which approach works …': a paper noun first is the head, and a plural that is
    # also a verb after it is its verb).
    if not named and re.search(
        rf"\b(?:which|what|any|all)\s+(?:{'|'.join(map(re.escape, sorted(lexicon.PAPER_LIKE - lexicon.PAPER_NOUNS)))})"
        rf"\s+(?:{_plurals(lexicon.PAPER_NOUNS | {'report', 'reports'})})\b"
        rf"|\b(?:which|what|any|all)\s+{_SINGULAR_PAPER}\s+(?:papers|entries|preprints|articles|publications)\b",
        low,
    ):
        return True
    return bool(
        # (a singular paper noun on the way is the head, and the plural after it a verb: 'which paper studies this')
        # (nor a plural that is a verb after a pronoun: 'what you want and it works out the voice', 'what it studies')
        re.search(
            # (nor the weak points of other work: 'what limitations of existing methods does X point out')
            rf"(?:{asker})(?!\s+{_SINGULAR_PAPER}\s+(?:{nouns})\b)(?!\s+{_WEAK_POINT}\s+(?:of|with|in|do|does|did)\b)"
            rf"(?:\s+[\w()'’-]+){{0,4}}?\s+{_NOT_AFTER_PRONOUN}"
            rf"(?:{nouns})\b",
            low,
        )
        # '… ? List all of them.', 'Please list every one.'
        or re.search(r"^\s*(?:list|enumerate)\b", low)
        or (
            not named
            and bool(re.search(r"[.?!]\s+(?:please\s+|(?:can|could|would)\s+you\s+)?(?:list|enumerate)\b", low))
        )
        or re.search(rf"^\W*(?:{nouns})\b", low)  # "Papers published before 2020?"
        # what someone put out asks for their papers: 'What did this group post in June?', 'What has Plank
        # written about memes?', 'Has the lab published anything on X?'
        or (not named and bool(_WHAT_PUBLISHED_RE.search(low)))
        # 'work' and 'research' stand for papers without a plural: 'What work is there on X?', 'Is there any
        # research on Y?'
        or (not named and bool(_BODY_OF_WORK_RE.search(low)))
        # 'What has been done on lip reading?', 'Lip reading papers?', 'What are the talking face generation papers?'
        or (not named and bool(_PAPERS_ON_RE.search(low)))
    )


_NOT_A_TOPIC_WORD = (
    r"what|which|who|how|why|when|where|do|does|did|can|could|would|should|will|is|are|was|were|please|compare|"
    r"contrast|recommend|suggest|show|list|give|find|tell|get|name|two|three|four|five|both|some|any|all|these|"
    r"those|other|more|across|between|good|best|similar|related|your|my|me|us|you"
)
_PAPERS_ON_RE = re.compile(
    r"\bwhat(?:\s+has|\s+have|\s+is|['’]s)\s+been\s+(?:done|published|written|proposed|studied|tried)\s+"
    r"(?:on|about|into|regarding)\b"
    # (a topic's words only: not 'Compare the two papers', 'Can you recommend some papers?', 'across papers')
    rf"|^\W*(?:the\s+)?(?:(?!(?:of|{_NOT_A_TOPIC_WORD})\b)[\w'’-]+\s+){{1,5}}"
    r"(?:papers|works|publications|preprints|articles)\W*$"
    r"|\b(?:what|which)\s+(?:are|were)\s+(?:the|their|his|her)\s+(?:(?!of\b)[\w'’-]+\s+){1,5}?"
    r"(?:papers|works|publications|preprints|articles)\W*$"
)


# A plural paper noun right after a personal pronoun is a verb ('it works', 'she studies'). ('which', 'that' also
# lead a noun or a relative clause: 'which papers', 'every paper that studies gaze'.)
_NOT_AFTER_PRONOUN = "".join(rf"(?<!\b{p}\s)" for p in ("it", "this", "who", "he", "she", "one"))
_SINGULAR_PAPER = "(?:" + "|".join(sorted(w for w in lexicon.PAPER_NOUNS if not w.endswith("s"))) + ")"
_BODY_OF_WORK_RE = re.compile(
    r"\b(?:what|which|any|is there(?:\s+any)?|are there(?:\s+any)?|has there been(?:\s+any)?)\s+"
    r"(?:(?:other|prior|recent|published|related|existing)\s+)?(?:work|research|literature)\b"
    # (whose: 'Any work from them on X?', 'any research by the group about Y')
    r"(?:\s+(?:from|by)\s+(?P<whose>them|him|her|[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?))?"
    r"(?=\s+(?:is\s+there|are\s+there|exists?|on|about|into|in|regarding|concerning|addressing|"
    r"has\s+been|have\s+been)\b|\s*[?.,]|\s*$)"
)


_PUT_OUT = r"(?:publish(?:ed|es)?|post(?:ed|s)?(?!-)|put\s+out|write|writes|written|wrote)"
# The verbs of putting papers out that lexicon.AUTHORING_VERBS lacks.
_PUT_OUT_STEMS = frozenset(stem(w) for w in ("publish", "post", "posted"))
_RESEARCHED = (
    "(?:" + "|".join(r"\s+".join(v.split()) for v in sorted(lexicon.RESEARCH_VERBS, key=len, reverse=True)) + ")"
)
# Whether someone did research on a topic, or wrote on it ('Has this group looked at X?', 'Did she ever study Y?',
# 'Has Minsu Kim written anything about Z?', 'Does Joanna Hong have papers on W?'): the verb, with what it needs
# after it. (A lookahead where the next word is the topic: 'Have they done 4D reconstruction?')
# 'written (anything) about', 'have (any) papers on': writing on a topic, having papers on it
_WROTE_ON = rf"{_PUT_OUT}\s+(?:anything\s+|something\s+)?(?:on|about|regarding|concerning)\b"
_HAS_PAPERS_ON = (
    r"(?:have|had|got)\s+(?:any\s+)?(?:papers|publications|articles|work|research)\s+"
    r"(?:on|about|regarding|concerning|into|in)\b"
)
_RESEARCH_DONE = (
    rf"(?:(?:been\s+)?{_RESEARCHED}\b|done(?=\s+(?!so\b|it\b|this\b|that\b|by\b|with\b)\w)|"
    r"do\s+(?:any\s+)?(?:research|work)\s+(?:on|into|about|in)\b|"
    r"do(?=\s+(?:anything\s+|something\s+)?(?:on|about|regarding)\s)|"
    rf"{_WROTE_ON}|{_HAS_PAPERS_ON})"
)
_RESEARCHED_BY_RE = re.compile(
    rf"\b(?P<aux>has|have|had|did|do|does)\s+(?P<subject>[^?,;.]{{2,40}}?)\s+(?:ever\s+|also\s+|really\s+)?"
    rf"(?P<verb>{_RESEARCH_DONE})",
    re.I,
)
# Who the subject may be: the owner by a demonstrative ('this group', 'your lab') in any question; 'he', 'she',
# 'they' only in a first one (after one, they are the discussed paper's authors: 'Did she study the effect of the
# memory size?'), and 'the group' only there and in the perfect ('Has the group looked at X?'; 'Did the group study
# find …', 'Did the lab study include …', 'What does the group look at …' are a study's, a paper's group); an
# author the question names, by name or surname.
_OWNER_SUBJECT_RE = re.compile(r"(?:this|that|your)\s+(?:research\s+)?(?:group|lab|team|researcher)", re.I)
_FIRST_QUESTION_SUBJECT_RE = re.compile(r"(?:he|she|they)", re.I)
_PERFECT_SUBJECT_RE = re.compile(r"the\s+(?:research\s+)?(?:group|lab|team|researcher)", re.I)
# A question (or one sentence of it) that opens by asking whether a paper exists: 'Is there a paper on …', 'Are there
# methods that …', 'Any work on …', 'Anything about …', 'Has anyone tried …', 'Do they have anything on …', 'Did the
# group publish anything on …' (whose subject the asking clause may have dropped as framing), 'Does the collection
# have anything on …', 'Do any of the papers …'. Not a question about something a paper has or shows: 'Is there code
# for MuCo?', 'Are there ablations in CAD?', 'Was there a drop in accuracy when …', 'Any results on ImageNet?',
# 'Has anyone cited MuCo?', 'Did they report anything on QVHighlights?'. A paper asked for with an article is asked for
# as any paper is: 'Do they have a paper on …', 'Did the lab write a study that …'; so is any paper as the subject:
# 'Does any paper here cover …', 'Any publications on …', 'Does the collection include a paper on …'. (Whether the
# researcher worked on a topic is `_researched_by`'s.)
_EXISTENCE_RE = re.compile(
    # (where a sentence opens, after a filler: 'So, any papers on …', '… too. And is there one …')
    r"(?:^|[.?!;:]\s+)\W*(?:(?:and|so|also|ok(?:ay)?|well|then)\W+)?(?:"
    # 'is there …' what the collection has: a thing that does something, one on a topic, one here
    r"(?:is|are|was|were)\s+there\s+(?:[\w'/-]+\s+){0,8}?"
    r"(?:that|which|where|whose|who|on|about|regarding|here|in\s+(?:the|this)\s+(?:list|collection|page))\b"
    r"|is\s+anything\s+(?:here\s+)?(?:on|about|regarding)\b"
    r"|any(?:thing|\s+(?:papers?|works?|research|stud(?:y|ies)|articles?|publications?))\s+(?:here\s+)?"
    r"(?:on|about|into|regarding)\b"
    # (not what a paper reports or uses: 'Any paper that reports FLOPs?')
    r"|any\s+(?:papers?|works?|stud(?:y|ies)|articles?|publications?)\s+(?:here\s+)?(?:that|which)\s+"
    r"(?!(?:reports?|uses?|used|gives?|shows?|mentions?|lists?|has|have|had|includes?|compares?|evaluates?)\b)"
    r"|has\s+any(?:one|body)\s+(?:ever\s+)?(?:tried|worked|done|looked|studied|published|written|built|proposed|"
    r"explored|investigated|addressed|tackled|applied|used)\b"
    # ('Does any paper here cover …', 'Are any of the papers about …', 'Does any of their work address …'; not what
    # a paper reports or uses: 'Do any papers report PSNR?')
    r"|(?:do|does|did|is|are|was|were)\s+any\s+(?:(?:one\s+)?of\s+(?:the|their|these|its|his|her)\s+)?"
    r"(?:papers?|works?|publications?|stud(?:y|ies)|articles?)\s+(?:here\s+)?(?:about|on|into|regarding|"
    r"(?:cover|discuss|address|tackle|study|studie|focuse|deal|work|look)s?(?:\s+(?:with|on|at|into))?)\b"
    # ('you' is the assistant asked for what its collection holds: 'Do you have anything on …')
    r"|(?:do|does|did|has|have)\s+(?:(?:they|the\s+group|this\s+group|the\s+lab|this\s+lab|he|she|any(?:one|body)|"
    r"you|the\s+(?:collection|page|list)|this\s+(?:collection|page|list))\s+)?(?:ever\s+)?"
    r"(?:publish(?:ed)?|write|written|wrote|do|done|work(?:ed)?|have|had|put\s+out|release[ds]?|include[sd]?|"
    r"contain(?:s|ed)?)\s+"
    r"(?:anything|any\s+(?:papers?|work|research)|(?:(?:a|an|one|some)\s+)?(?:papers?|work|research|stud(?:y|ies)|"
    r"articles?)\s+(?:here\s+)?(?:on|about|into|regarding|that|which|where)\b))",
    re.I,
)
# ('their / his / her work on X' in a first question is the researcher's)
_THEIR_WORK_RE = re.compile(
    r"\b(?:their|his|her)\s+(?:work|research|papers|publications)\s+(?:on|about|in|into|regarding|concerning)\b", re.I
)


def _name_stems(names: Sequence[str]) -> set[str]:
    """The stems of people's names, typed with or without their accents ('Cetinkaya' for 'Çetinkaya')."""
    return {stem(w) for a in names for t in tokens(a) for w in (t, fold_accents(t))}


def _name_as_typed(text: str, names: Sequence[str]) -> set[str]:
    """The stems of the words a question wrote people's names with, where not as printed: a slip of one letter
    ('Kimm' for 'Kim'; not a word of its own: 'long' in a question about Joanna Hong), or the name's words run
    together ('Sejin' for 'Se Jin')."""
    from rapidfuzz.distance import OSA

    if not names:
        return set()
    parts = [[fold_accents(t) for t in re.split(r"[\s-]+", a)] for a in names]
    joined = {"".join(p[i:j]) for p in parts for i in range(len(p)) for j in range(i + 2, len(p) + 1)}
    words = {w for p in parts for w in p if len(w) >= 2}
    english = ordinary_words()
    typed = [fold_accents(t) for t in re.findall(r"[\w'-]+", text.lower())]
    found = set()
    for i, t in enumerate(typed):
        # (a slip beside a word of the name is the name's too, even where it spells a word: 'Jiaming Lu')
        beside = {typed[j] for j in (i - 1, i + 1) if 0 <= j < len(typed)} & words
        if t in joined or (
            (t not in english or beside) and t not in words and any(OSA.distance(t, w) <= 1 for w in words)
        ):
            found.add(stem(t))
    return found


def _topic_left(topic: Sequence[str], framing: frozenset[str], people: Sequence[str]) -> bool:
    """Whether a topic word is left once a question kind's framing words and the people it names go."""
    own = _name_stems(people)
    return any(t not in framing and t not in own for t in topic)


def _with_authors(filters: Filters, people: Sequence[str]) -> Filters:
    return replace(filters, authors=tuple(dict.fromkeys([*filters.authors, *people])))


_OVERVIEW_RES = _compile(lexicon.OVERVIEW_ASKED)
_OVERVIEW_STEMS = stem_set(lexicon.OVERVIEW_WORDS)


def _overview_of(text: str, topic: Sequence[str], named: Sequence[str], history, catalog: Catalog) -> list[str] | None:
    """Whether `text` (as typed, spelling put right) asks what the collection as a whole is about (None if not),
    and whose work: the authors it names ([] for the whole collection). An overview phrase, no paper named, none
    asked about ('Summarize the first paper') and no topic of its own. In a conversation, only where it says it
    means the whole ('their research', 'the main themes'): 'What's the gist?' or 'What is this work about?' after an
    answer asks about the paper discussed."""
    low = text.lower()
    if named or _ONE_PAPER_NOUN_RE.search(low) or not any(r.search(text) for r in _OVERVIEW_RES):
        return None
    people = catalog.authors_in(text)
    if _topic_left(topic, _OVERVIEW_STEMS, people):
        return None
    if history and (_refers_to_one_paper(low) or not (_WHOLE_MEANT_RE.search(low) or people)):
        return None
    return people


# The asked-for head words that ask for papers ('Which papers did Minsu Kim co-author?'), not people
_PAPER_HEADS = frozenset({*lexicon.PAPER_NOUNS, *(f"{n}s" for n in lexicon.PAPER_NOUNS)})
# One paper asked about, not the collection ('Summarize the first paper in the list', 'the paper on gaze'; not 'more
# than one paper', 'this publication list')
_ONE_PAPER_NOUN_RE = re.compile(
    r"(?<!\bone )(?<!\bsingle )\b(?:paper|article|preprint|publication|entry)\b(?!s)(?!\s+(?:list|record)\b)"
)
# Mid-conversation, the whole collection said to be meant: its researcher(s), its papers, its themes
_WHOLE_MEANT_RE = re.compile(
    r"\b(?:their|his|her|researcher|researchers|group|lab|team|person|collection|page|profile|papers|publications|"
    r"themes|topics|areas|threads|fields|directions|interests|overall|whole|everything|all)\b"
)
# A yes/no question about people ('Did X collaborate with Y?', 'Is X a frequent collaborator?', 'How often does she
# write with X?'): whether they wrote together, their papers, not a ranking of co-authors
_YES_NO_OPENING_RE = re.compile(r"^\W*(?:did|does|do|has|have|had|is|are|was|were|how\s+often)\b")
# Mid-conversation, co-authors of the researcher, not of the paper discussed: counted ('most', 'often') or said
# to be the researcher's
_RANKED_OR_WHOSE_RE = re.compile(
    r"\b(?:most|often|frequent|frequently|top|main|regular|regularly|recurring|usual|usually|closest|long-time|"
    r"this\s+(?:researcher|group|lab|team|person)|the\s+(?:researcher|group|lab|team))\b"
)


_COAUTHORS_RES = _compile(lexicon.COAUTHORS_ASKED)
_AUTHORS_RANKED_RES = _compile(lexicon.AUTHORS_RANKED_ASKED)
_COAUTHOR_STEMS = stem_set(lexicon.COAUTHOR_WORDS)


def _coauthors_of(text: str, topic: Sequence[str], catalog: Catalog, history=None) -> tuple[list[str], bool] | None:
    """Whether `text` asks who the researcher writes with most (None if not): whose co-authors (the authors it
    names, [] for the researchers of the pages), and whether every name is counted, theirs too ('Who wrote the most
    papers?'). Not where a topic is left ('Who collaborated on the lip reading papers?'), nor of one paper ('Which
    paper has the most co-authors?'); in a conversation, only counted or said to be the researcher's ('Who are its
    co-authors?', 'Who are the co-authors?' ask about the paper discussed)."""
    low = text.lower()
    kept = _kept_part(text)  # ('papers not co-authored by Joanna Hong' asks for no co-authors)
    everyone = any(r.search(kept) for r in _AUTHORS_RANKED_RES)
    if not (everyone or any(r.search(kept) for r in _COAUTHORS_RES)) or _ONE_PAPER_NOUN_RE.search(low):
        return None
    if _YES_NO_OPENING_RE.match(low):  # ('Did Sangmin Lee ever collaborate with Jong Chul Ye?': their papers)
        return None
    if history and (_refers_to_one_paper(low) or not _RANKED_OR_WHOSE_RE.search(low)):
        return None
    named = catalog.authors_in(_kept_part(text))  # ('…, other than Se Jin Park': no one whose co-authors are asked)
    if len(named) > 1:  # ('Who do Minsu Kim and Joanna Hong work with?': a pair, not one person's co-authors)
        return None
    if _topic_left([t for t in topic if not t.isdigit()], _COAUTHOR_STEMS, named):
        return None
    return named, everyone and not named


# Several authors as one subject ('Minsu Kim and Joanna Hong'), or an author's group ("Minsu Kim's lab")
_JOINED_RE = re.compile(r"\s*(?:,|\band\b|&)\s*")
_AUTHORS_GROUP_RE = re.compile(r"['’]s\s+(?:research\s+)?(?:group|lab|team)$")


def _without_research_verb(text: str, found: re.Match) -> str:
    """The clause without what the detector found asking for the owner's work: its verb ('Has this group studied
    …': 'studied') and its subject where still there ('the group', a name); or 'their work on'. Each at its first
    place: the same word elsewhere is the topic's."""
    said = [found["verb"], found["subject"]] if found.re is _RESEARCHED_BY_RE else [found[0]]
    for words in (w.strip() for w in said):
        if words:
            text = re.sub(rf"(?<!\w){re.escape(words)}(?!\w)", lambda m: " " * len(m[0]), text, count=1, flags=re.I)
    return text


def _researched_by(text: str, first_question: bool, authors: Sequence[str] = ()) -> re.Match | None:
    """The clause that asks whether the page's researcher (or an author named) worked on a topic, if any: its
    subject and verb are no topic. A subject that only contains a name ('the model by Se Jin Park', "Minsu Kim's
    memory network") is a paper's part, not the person."""
    names = {n for a in authors for n in (a.lower(), fold_accents(a.lower()), a.lower().split()[-1])}

    def named(subject: str) -> bool:
        # one author or several ('Minsu Kim and Joanna Hong'), or an author's group ("Minsu Kim's lab")
        subject = _AUTHORS_GROUP_RE.sub("", subject)
        people = [p for p in _JOINED_RE.split(subject) if p]
        return bool(people) and all(p in names or fold_accents(p) in names for p in people)

    for m in _RESEARCHED_BY_RE.finditer(text):
        subject = " ".join(m["subject"].lower().split())
        if (
            _OWNER_SUBJECT_RE.fullmatch(subject)
            or (first_question and _FIRST_QUESTION_SUBJECT_RE.fullmatch(subject))
            or (
                first_question and m["aux"].lower() in ("has", "have", "had") and _PERFECT_SUBJECT_RE.fullmatch(subject)
            )
            or named(subject)
        ):
            return m
    return None


_WHAT_PUBLISHED_RE = re.compile(
    # 'What did they post in June?', 'What has Barbara Plank written about memes?' (not 'What benchmark did they
    # publish?', which asks for a thing, nor 'what post-processing …')
    rf"\bwhat\s+(?:has|have|did|do|does)\s+(?:(?!(?:is|are|was|were|be|been|it)\b)[\w.'’-]+\s+){{0,3}}?{_PUT_OUT}\b"
    r"|\bwhat\s+(?:has|have|did|do|does)\s+(?:they|he|she)\s+work(?:ed)?\s+on\b"
    # what someone has done on a topic is their work on it: 'What has the group done with event cameras?', 'What
    # work has she done on X?', 'What has Plank been working on in Y?'; the subject a person, a group or a name, not
    # 'they', 'the authors', 'it' or a part of a method, which ask about one paper ('What have they done with the
    # missing labels?', 'What has the encoder done with the features?'), nor 'what has been done on X'
    r"|\bwhat\s+(?:work\s+|research\s+)?(?:has|have)\s+"
    r"(?:he\s+|she\s+|(?:the|this|that|your|her|his|their)\s+(?:group|lab|team|researcher|research\s+group)\s+|"
    r"(?!(?:the|this|that|these|those|they|it|its|we|you|is|are|was|were|be|been)\b)[\w.'’-]+(?:\s+[\w.'’-]+)?\s+)?"
    # (an empty subject: 'the group' / 'this researcher' is taken out of the clause before)
    r"(?:done|been\s+doing|been\s+working)\s+(?:with|on|in|about|regarding|around|for|using)\b"
    # 'Has the lab published anything on X?', 'Did they write about Y?' (not 'Do the authors write about limits?')
    rf"|\b(?:has|have|had|did|do|does)\s+(?:(?:they|he|she|you)\s+)?(?:ever\s+)?(?:been\s+)?{_WROTE_ON}"
    # 'Does this researcher have papers on X?', 'Do they have any publications about Y?' (the researcher taken out
    # of the clause before)
    rf"|\b(?:has|have|had|did|do|does)\s+(?:(?:they|he|she)\s+)?(?:ever\s+)?{_HAS_PAPERS_ON}"
)


def _plurals(words) -> str:
    plurals = (w for w in words if w.endswith("s") and w not in lexicon.NOT_PLURAL)
    return "|".join(sorted(plurals, key=len, reverse=True))


# Words that end the noun phrase after a question word: what follows them is no longer its head noun.
_NOT_A_MODIFIER = (
    "(?:that|which|who|whom|where|when|how|is|are|was|were|do|does|did|has|have|can|could|would|should|"
    + "|".join(sorted(w for w in lexicon.PAPER_LIKE if not w.endswith("s")))
    + ")"
)


# "Who funded / sponsored / paid for X": a person or body other than the authors is asked for.
_WHO_ELSE_RE = re.compile(
    r"\bwho\s+(?:(?:has|have|had)\s+)?(?:funded|funds|fund|sponsored|sponsors|paid|pays|financed|supported|"
    r"supports|hosted|reviewed|accepted|won|uses|used|cited|cites|benefits|owns|maintains)\b"
    # whom a paper is for: 'Who would use Gaze-LLE?', 'Who is MuCo for?', 'Who is the target user of Talk3D?'
    r"|\bwho\s+(?:would|could|can|should|might|will|may)\s+(?:use|benefit|need|want|read|care|apply|adopt)\b"
    r"|\bwho\s+(?:is|are)\s+(?:[\w.'’-]+\s+){1,5}?(?:for|aimed\s+at|intended\s+for|meant\s+for)\s*[?.!]*\s*$"
    r"|\bwho\s+(?:is|are)\s+the\s+(?:(?:target|intended|main|likely)\s+)?(?:users?|audience|readers?|beneficiar\w+)\b",
    re.I,
)
# A kind of thing, not a paper's arXiv category: 'What category of errors does Gaze-LLE make?', 'Which category of
# sounds …' (a plural common noun after it; not 'the category of MuCo', 'the category of the lip reading paper').
_KIND_OF_THINGS_RE = re.compile(r"\b(?:category|categories|class|classes)\s+of\s+(?P<things>[a-z][a-z-]*s)\b")


def _kind_of_things(low: str) -> bool:
    m = _KIND_OF_THINGS_RE.search(low)
    return bool(m) and m["things"] not in lexicon.PAPER_LIKE and m["things"] in english_words()


# 'who provides …', 'who rated …' (a verb's third person or past form right after 'who'), or 'who did they get to
# judge …' (who is the object: an auxiliary and a subject follow)
_WHO_DOES_RE = re.compile(
    r"\bwho\s+(?:(?:did|do|does|have|has|had|will|would|can|could)\s+(?P<subject>they|he|she|it|we|you|the\s+[\w-]+"
    r"(?:\s+[\w-]+)?)\s+(?P<then>[\w-]+)|(?P<verb>[\w-]+(?:s|ed)))\b"
)
_TOGETHER_RE = re.compile(r"\b(?:collaborat\w*|co-?authors?|co-?author\w*|authors?|with)\b")


def _who_in_study(low: str) -> bool:
    """Whether a 'who' question asks for someone who does something inside the study rather than for its makers."""
    m = _WHO_DOES_RE.search(low)
    if not m or _TOGETHER_RE.search(low):
        return False
    if m["verb"]:
        return m["verb"] not in lexicon.MAKING_WHO_VERBS
    # ('who did the MuCo paper?' asks its makers; 'who did they get to judge …' someone they asked)
    return m["then"] not in lexicon.PAPER_LIKE and m["then"] not in lexicon.MAKING_WHO_VERBS


# The date of the paper itself asked without 'when' or a date noun: 'How old is the MuCo paper?', 'Is MuCo from 2024
# or 2025?', 'Was it posted before June?' (the paper, or its name, the subject: not 'How old are the participants …',
# 'Is MuCo better in 2024 benchmarks?').
_PAPER_SUBJECT = (
    r"(?:it|this|that|(?:this|that|the)\s+(?:paper|one|work)|"
    # (a name: not the verb of 'what else was posted in 2024')
    r"(?:the\s+)?(?!(?:posted|published|released|submitted|put|anything|something|everything)\b)[^\s'’]+(?:\s+paper)?)"
)
_DATE_OF_PAPER_RE = re.compile(
    rf"\bhow\s+(?:old|recent|new)\s+is\s+{_PAPER_SUBJECT}\W*$"
    rf"|\b(?:is|was)\s+{_PAPER_SUBJECT}\s+(?:(?:posted|published|released|submitted|put\s+out)\s+)?"
    rf"(?:from|in|before|after|since|during)\s+(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:19|20)\d\d|{'|'.join(lexicon.MONTHS)})(?:\s+or\s+(?:(?:19|20)\d\d|{'|'.join(lexicon.MONTHS)}))?\W*$"
)
# Where to get a paper's code, asked of one paper: 'Can I download the code for MuCo?', "Where can I get MuCo's
# implementation?" (not its implementation details, nor 'code-switching').
_GET_CODE_RE = re.compile(
    r"\b(?:download|get|access|grab|find)\s+(?:the\s+|its\s+|their\s+)?(?:[\w.-]+(?:['’]s)?\s+)?(?:source\s+)?"
    r"(?:code|implementation|repo(?:sitory)?)\b(?![-\w]|\s+details?)"
)


def _category_asked_of_one(low: str) -> bool:
    """Whether a question asks if a paper is of a category: 'Is MuCo a CV paper?', 'Is it a computer vision paper?'
    (the category named by code or name right before 'paper': not 'Is MuCo a good paper?')."""
    m = re.search(
        rf"\b(?:is|was)\s+{_PAPER_SUBJECT}\s+(?:an?\s+)?(?P<category>[\w. -]{{2,40}}?)\s+"
        r"(?:paper|work|article|preprint)\b",
        low,
    )
    if not m:
        return False
    category = m["category"].strip()
    code = category.split(".")[-1].upper()
    return category in _category_names() or code in lexicon.CATEGORIES


def _intent(
    clause,
    head,
    inverted,
    named,
    filters,
    topic,
    order,
    papers_asked,
    asks_count,
    prompt_request,
    unknown_categories,
    detail_kinds=(),
    *,
    about_one: bool = False,
):
    """What the question asks for. `about_one`: it asks about the paper under discussion ('Does it have code?')."""
    low = clause.lower()
    head_words = set(head)
    if prompt_request and not named and not topic:
        return Intent.OFF_TOPIC, ()
    # Who wrote it: a "who" question, an asked-for noun meaning authors, "written by whom", "how many authors".
    # (the first 'who' decides: 'Who wrote MuCo and who would use it?' asks its authors, then something else)
    first_who = re.search(r"\bwho\b", low)
    who_else = _WHO_ELSE_RE.search(low)
    who_wrote = "who" in head_words and not (who_else and first_who and who_else.start() == first_who.start())
    # 'people' or 'team' are the authors unless they do something inside the study ('registered', 'ranked first'),
    # as is whoever a 'who' question has do anything but make the paper ('Who provides the joint labels?').
    in_study = (bool(_STUDY_ROLE_RE.search(low)) or _who_in_study(low)) and not _AUTHORING_RE.search(
        low
    )  # 'who wrote' always wins
    author_nouns = lexicon.AUTHOR_NOUNS - lexicon.GENERIC_PEOPLE_NOUNS if in_study else lexicon.AUTHOR_NOUNS
    # ('the names of its two main components' are no people's names)
    named_things = re.search(r"\bnames?\s+of\b(.*)", low)
    if named_things and not set(tokens(named_things[1])) & (lexicon.AUTHOR_NOUNS | _PEOPLE_MARKERS):
        author_nouns = author_nouns - {"names"}
    authors_asked = bool(head_words & author_nouns) or (who_wrote and not in_study)
    # (what the authors set out to do is the paper's aim: 'What are the CALS authors hoping to achieve?')
    authors_asked = authors_asked and not (not who_wrote and any(r.search(low) for r in _AIM_ASKED_RES))
    authorship = (
        authors_asked
        or bool(re.search(r"\bby whom\b|\bwhose names\b", low))
        # ('Whose paper is Talk3D?'; not 'Whose work is Talk3D based on?', which asks for earlier work)
        or bool(
            re.search(
                r"\bwhose\s+(?:paper|work|study|article)\s+is\s+(?:the\s+)?(?!(?:this|it|that)\b)[^\s'’]+(?:\s+paper)?\W*$",
                low,
            )
        )
        or bool(re.search(_AUTHOR_COUNT, low))
        or (not in_study and bool(re.search(r"\bhow many (?:people|researchers)\b", low)))
    )
    if authorship and not (papers_asked and not authors_asked):
        return Intent.AUTHORS, ()
    # When it was posted: "when was X posted", "what date …", "in which year was X published", "which came first".
    posting = bool(
        re.search(
            r"\b(?:posted|published|released|submitted|announced|appeared|uploaded|came out|"
            r"come out|put out|dated)\b",
            low,
        )
        # 'When did the MuCo paper appear?' (of a named paper: 'when does the watermark appear' asks no date)
        or (named and re.search(r"\b(?:did|does|do)\s+(?:\S+\s+){1,4}?(?:appear|post|publish|submit|upload)\b", low))
        # 'When is X from?' (of the paper's name itself: not 'When is X's training data from?')
        or (named and re.search(r"\bwhen\s+(?:is|was)\s+(?:the\s+)?[^\s']+(?:\s+paper)?\s+from\W*$", low))
    )
    # ('Which year does the VR sickness paper's dataset come from?' asks the date of its data, not of the paper)
    of_a_part = bool(_PART_OF_PAPER_RE.search(low)) and not posting
    if ("when" in head_words and posting) or (
        head_words & {"date", "day", "year", "month"} and (named or about_one or posting) and not of_a_part
    ):
        return Intent.DATE, ()
    if (named or about_one) and _DATE_OF_PAPER_RE.search(low):
        return Intent.DATE, ()
    if re.search(
        r"\bwhich (?:one |paper |of (?:them|these|those|the (?:\w+ )?(?:two|three|ones|papers)) )?"
        r"(?:came|was posted|was published|appeared)"
        r"(?: out)? (?:first|earlier|later|last)\b"
        # ('Which did they publish first, MuCo or Gaze-LLE?')
        r"|\bwhich (?:one |paper |of (?:them|these|those|the two) )?did (?:they|he|she|the \w+) "
        r"(?:publish|post|release|write|put out) (?:first|earlier|later|last)\b",
        low,
    ):
        return Intent.DATE, ()
    # Another field of a named paper's record, or of the one under discussion (not when the question asks for a
    # detail such as its license).
    if (named or about_one) and not papers_asked and not detail_kinds:
        fields = []
        if (
            head_words & lexicon.CATEGORY_NOUNS
            or re.search(r"\b(?:filed|categori[sz]ed) (?:under|in|as)\b", low)
            or _category_asked_of_one(low)
        ) and not _kind_of_things(low):
            fields.append("category")
        # (and what a list asks of code, asked of one paper: 'Has the code for X been made available?')
        code_asked = any(r.search(low) for r in _CODE_RES) and not re.search(r"\bcategor\w*\s+codes?\b", low)
        if (
            code_asked
            or re.search(
                r"\b(?:is|are|was)\s+(?:there\s+)?(?:the\s+|its\s+|their\s+|any\s+|public\s+)?(?:source\s+)?code\b|"
                r"\bcode\s+(?:available|released|public)\b|\b(?:does|do|did)\s+\S+(?:\s+\S+){0,2}\s+(?:have|"
                r"provide|release|come with|share)\s+(?:any\s+|its\s+|public\s+|the\s+)?(?:source\s+)?code\b",
                low,
            )
            or _GET_CODE_RE.search(low)
            or (head_words & {"code", "repository", "repo", "github", "implementation"})
        ):
            fields.append("code")
        if head_words & lexicon.AFFILIATION_NOUNS:
            fields.append("affiliation")
        if fields and len(topic) <= 2:
            return Intent.RECORD, tuple(fields)
    if (papers_asked or order) and (filters.active() or order or unknown_categories) and not topic:
        return Intent.LISTING, ()
    if asks_count and papers_asked and not topic:
        return Intent.LISTING, ()
    # Only metadata, no topic and no paper named: 'What got posted in August 2025?', 'Anything filed under CL?'.
    if (filters.active() or unknown_categories) and not topic and not named:
        return Intent.LISTING, ()
    # (or what sets one apart from another: 'What sets Talk3D apart from SyncTalkFace?')
    if len(named) >= 2 and (_COMPARING_RE.search(low) or _SETS_APART_RE.search(low)):
        return Intent.COMPARISON, ()
    if re.search(
        r"^\W*(?:compare|contrast)\b|\bhow do\b.+\band\b.+\b(?:differ|compare)\b|\bwhat (?:is|are) "
        r"the differences? between\b.+\band\b",
        low,
    ):
        return Intent.COMPARISON, ()
    return Intent.CONTENT, ()


# ------------------------------------------------------------------------------------------------------ filters


def _filters(
    text: str, catalog: Catalog, named: Sequence[str], today: dt.date, *, listing: bool, leaving_out: bool = True
) -> tuple[Filters, set[str]]:
    """Metadata filters the question states, and the stems of the words that stated them (not its topic).

    A question about one named paper describes it; its dates, categories or code words restrict nothing."""
    # Papers left out by their record ('not by Minsu Kim', 'excluding 2024'): read apart, then the rest of the question
    without, text, used = _left_out(text, catalog, today) if leaving_out else ((), text, set())
    low = text.lower()
    f = Filters()
    # Years printed inside a named paper's title ('NTIRE 2025') name it; they are not a date filter.
    title_years = {y for pid in named for y in re.findall(_YEAR, catalog.paper(pid).title)}
    dates = _date_filter(low, title_years, today)
    if dates is not None:
        f, words = dates
        used |= words
        used |= {stem(t) for m in _POSTING_RE.finditer(low) for t in tokens(m[0])}
    # "filed under CV rather than robotics": the excluded category is metadata too, not the topic, nor a filter.
    # Only where the question speaks of categories: 'language models rather than vision' excludes nothing.
    mentioned = _category_mentions(text)
    category_context = (
        bool(mentioned)
        or bool(re.search(r"\b(?:filed|categor(?:y|ies)|section|archive)\b", low))
        or _category_left_out(text)
    )
    excluded = _excluded_categories(low) & catalog.categories() if category_context else set()
    cats = (mentioned & catalog.categories()) - excluded
    if excluded and not cats:  # 'Which papers are not filed under CL?': those of every other category
        without = (*without, Filters(categories=tuple(sorted(excluded))))
    if cats or excluded:
        f = replace(f, categories=tuple(sorted(cats)))
        used |= _category_words(cats | excluded)
        # A category's 'code' is the category ('filed under the AI category code'): metadata, not topic.
        used |= {stem(m[1]) for m in re.finditer(r"\bcategor(?:y|ies)\s+(codes?)\b", low)}
        used |= {stem(t) for m in re.finditer(rf"\b{_PLACED_UNDER}\b", low) for t in tokens(m[0])}
        if excluded:
            used |= _category_words(excluded, short_names=True) | {"non"}
            used |= {stem(t) for phrase in lexicon.EXCLUDERS for t in tokens(phrase)}
    no_code = any(r.search(low) for r in _NO_CODE_RES)
    if no_code or any(r.search(low) for r in _CODE_RES):
        f = replace(f, has_code=not no_code)
        # the words of the phrase that asked for code ('carry the Code flag', 'tagged with code') are no topic
        used |= {stem(t) for r in _CODE_MARK_RES for m in r.finditer(low) for t in tokens(m[0])}
        used |= {
            stem(w)
            for w in (
                "code",
                "without",
                "lack",
                "lacking",
                "missing",
                "available",
                "availability",
                "have",
                "has",
                "with",
                "release",
                "open",
                "source",
                "github",
                "marked",
                "mark",
                "come",
                "provide",
                "public",
                "share",
                "implementation",
                "open-source",
                "open-sourced",
                "software",
                "link",
                "linked",
                "links",
                "repo",
                "repository",
            )
        }
    authors = catalog.authors_in(text) if _lists_by_author(low) else []
    if authors:
        first = [
            m
            for m in _FIRST_AUTHOR_RE.finditer(low)
            if not _NOT_FIRST_RE.search(low[max(0, m.start() - 40) : m.start()])
        ]
        joint, joining = _joint_authors(low, authors)
        f = replace(
            f,
            authors=tuple(authors),
            first_author=bool(first),
            every_author=joint,
            # ('On which papers does X appear among the first three listed authors?': the author line, not X's page)
            listed_only=bool(_ON_THE_AUTHOR_LINE_RE.search(low)),
        )
        used |= joining  # ('the joint papers of X and Y': how they are joined, no topic)
        used |= {stem(t) for m in first for t in tokens(m[0]) if t in _FIRST_AUTHOR_WORDS}
        used |= {
            stem(t)
            for w in (
                "author",
                "authors",
                "listed",
                "list",
                "among",
                "by",
                "co-author",
                "wrote",
                "written",
                "include",
                "includes",
                "name",
                "colleagues",
                "coauthors",
                "co-authors",
                "collaborators",
                "coworkers",
                "co-workers",
                "team",
                "group",
                "lab",
                "et",
                "al",
            )
            for t in tokens(w)  # ('co-author' leaves no 'co' behind)
        }
    affiliations = _affiliations(low, catalog)
    if affiliations:
        f = replace(f, affiliations=tuple(affiliations))
        used |= {stem(w) for w in ("affiliation", "affiliated", "list", "from", "institution", "university")}
        used |= {stem(t) for a in affiliations for t in tokens(a)}
        used |= {
            stem(t) for a in affiliations for name in lexicon.AFFILIATIONS.get(a.lower(), ()) for t in tokens(name)
        }
    if not listing:
        return Filters(), used
    return replace(f, without=without), used


# What a word that leaves papers out governs ends at its clause's end, or where the question goes on to say what the
# papers kept are ('not by Minsu Kim but with code', 'excluding 2024, which …', 'non-CV papers that …').
_LEFT_OUT_RE = re.compile(
    rf"\b(?:{_EXCLUDING}|everything\s+but|all\s+but)\s+|\b\w+n['’]t\s+|\bnon-(?=\w)|\bnon\s+(?=[A-Z]{{2}}\b)", re.I
)
# Words between a word that leaves out and what it leaves out: a verb of posting or writing, the papers themselves
# ('were not posted in 2024', "aren't by Minsu Kim", 'not written by', 'other than those from last year', "don't
# include Minsu Kim", 'excluding the ones by X').
_LEFT_OUT_LEAD_RE = re.compile(
    r"(?:(?:the|those|these|ones|papers?|works?|entries|that|which|were|was|are|is|been|be|get|got|have|has|had|do|"
    r"does|did|come|came|out|put|include|includes|included|list|lists|listed|feature|features|posted|published|"
    r"released|written|authored|co-?authored|submitted|filed|categori[sz]ed|any|an?|ones)\s+)*",
    re.I,
)
_LEFT_OUT_END_RE = re.compile(
    r"[,;:?!]|\.(?:\s|$)|\s(?:that|which|who|whose|have|has|had|are|is|were|was|do|does|did|with|but|papers?|ones?|"
    # (or where another restriction begins: 'outside computer vision from 2024', 'without Minsu Kim in 2024')
    r"works?|entries|from|in|since|before|after|by|during|posted|published|please|"
    # (or where another leaving out begins: 'excluding 2026 and excluding CV')
    rf"and\s+(?={_EXCLUDING}\b))\b",
    re.I,
)


def _left_out(text: str, catalog: Catalog, today: dt.date) -> tuple[tuple[Filters, ...], str, set[str]]:
    """The papers a question leaves out by their record: the people, dates or affiliations right after a word that
    leaves out ('not by Minsu Kim', 'excluding 2024', 'without Joanna Hong as an author', 'other than those from last
    year'); the question without those words; their stems (no topic). A topic after such a word leaves out nothing
    ('not robust', 'without fine-tuning'); categories are read where categories are (`_excluded_categories`), code
    as a filter ('without code')."""
    left: list[Filters] = []
    used: set[str] = set()
    for m, body in reversed(_left_out_spans(text)):
        read, words = _filters(body, catalog, (), today, listing=True, leaving_out=False)
        named = Filters(
            **{f: getattr(read, f) for f in (*Filters.DATE_FIELDS, "affiliations")},
            authors=read.authors,
            every_author=read.every_author,
        )
        if not named.active():
            continue
        left.insert(0, named)  # (each left out on its own: 'non-CV papers not from 2024')
        used |= {stem(t) for t in tokens(text[m.start() : m.end() + len(body)])} | words
        text = text[: m.start()] + " " + text[m.end() + len(body) :]
    return tuple(left), text, used


def _left_out_spans(text: str) -> list[tuple[re.Match, str]]:
    """Each word that leaves papers out, with what it governs ('not | by Minsu Kim', 'non- | CV')."""
    spans = []
    for m in _LEFT_OUT_RE.finditer(text):
        lead = _LEFT_OUT_LEAD_RE.match(text, m.end())
        end = _LEFT_OUT_END_RE.search(text, lead.end())
        spans.append((m, text[m.end() : end.start() if end else len(text)]))
    return spans


def _kept_part(text: str) -> str:
    """The text without what its words that leave papers out govern."""
    for m, body in reversed(_left_out_spans(text)):
        text = text[: m.start()] + " " + text[m.end() + len(body) :]
    return text


def _category_left_out(text: str) -> bool:
    """A word that leaves out right before a category's full name or its code as typed ('not computer vision',
    'excluding CV'): categories are spoken of, though no 'category' is said."""
    names = [n for n in _category_names() if " " in n]
    codes = "|".join(lexicon.CATEGORIES)
    return bool(
        re.search(rf"(?:\b(?:{_EXCLUDING}|neither)|n['’]t)\s+(?:the\s+)?(?:{_alternatives(names)})\b", text, re.I)
        or re.search(
            rf"(?:\b(?i:{_EXCLUDING}|neither|non)|(?i:n['’]t))[\s-]+(?:(?i:the\s+)?(?i:ones?|papers?|those)\s+"
            rf"(?i:in|under|filed\s+under)\s+)?(?:the\s+)?(?:{codes})\b",
            text,
        )
    )


def _category_words(codes, *, short_names: bool = False) -> set[str]:
    words = {"categori", "categor", "file", "filed", "arxiv", "section", "field", "area", "under"}
    words |= {stem(a) for a in lexicon.CATEGORY_ARCHIVES} | set(lexicon.CATEGORY_ARCHIVES)
    words |= {f"{a}.{c.lower()}" for a in lexicon.CATEGORY_ARCHIVES for c in codes}
    for code in codes:
        words |= {code.lower()} | {stem(t) for name in lexicon.CATEGORIES.get(code, ()) for t in tokens(name)}
        if short_names:  # 'rather than vision': the excluded category's everyday name is metadata there
            words |= {stem(t) for name, c in lexicon.CATEGORY_SHORT_NAMES.items() if c == code for t in tokens(name)}
    return words


_FIRST_AUTHOR_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in lexicon.FIRST_AUTHOR_PHRASES) + r")\b"
    r"|\b(?:list|lists|listed|listing|name|names|named|put|puts)\s+"
    r"(?:(?!(?:newest|oldest|latest|earliest|recent|most|cited|safety|them|it|this|that)\b)[\w.'’-]+\s+){1,4}?first\b"
    # ('list Gross first', 'named first on the byline'; not 'among the first three authors')
    r"(?=\s*(?:[?.,;!]|$|(?:in|on)\s+(?:the\s+)?(?:author|byline)))"
)


# A first-author phrase denied or questioned just before it: 'but not as first author', 'other than first author'.
_NOT_FIRST_RE = re.compile(r"(?:\bnot|n't|\bother than|\bbesides|\bexcept|\bwho(?:'s| is| was)?)\s+(?:\w+\s+){0,3}$")
_FIRST_AUTHOR_WORDS = frozenset({"first", "lead", "author", "authored", "listed", "named", "first-author",
                                 "first-authored", "lead-author", "first-listed", "first-named"})  # fmt: skip


_JOINT_AUTHOR_RE = re.compile(rf"\b(?:{_alternatives(lexicon.JOINT_AUTHOR_WORDS)})\b")
_JOINED_BEFORE_RE = re.compile(rf"\b({_alternatives(lexicon.JOINT_AUTHOR_BEFORE)})\s+(?:[\w'-]+\s+){{0,3}}$")
_JOINED_AFTER_RE = re.compile(rf"^\W*(?:[\w'-]+\s+)?({_alternatives(lexicon.JOINT_AUTHOR_AFTER)})\b")
_COMPARED_RE = re.compile(r"\b(?:compare|compared|comparing|versus|vs)\b")
_EITHER_RE = re.compile(r"\b(?:or|either)\b")


def _joint_authors(low: str, authors: Sequence[str]) -> tuple[bool, set[str]]:
    """Whether several named authors must all be on a paper, and the stems of the words that join them: a joining
    word between their names ('X co-authored with Y', 'X's papers with Y'), before the first ('both X and Y', 'the
    joint papers of X and Y') or right after the last ('X and Y together'); not 'or' between them, not a comparison
    ('Compare X's papers with Y's'), not such a word elsewhere ('papers by X and Y on joint audio-visual learning')."""
    spans = sorted((i, i + len(a)) for a in authors if (i := low.find(a.lower())) >= 0)
    if len(spans) < 2:
        return False, set()
    before, between, after = low[: spans[0][0]], low[spans[0][1] : spans[-1][0]], low[spans[-1][1] :]
    if _EITHER_RE.search(between) or _COMPARED_RE.search(low):
        return False, set()
    found = [m[0] for m in _JOINT_AUTHOR_RE.finditer(between)]
    found += [m[1] for m in (_JOINED_BEFORE_RE.search(before), _JOINED_AFTER_RE.search(after)) if m]
    if re.search(r"\bwith\s+$", between):
        found.append("with")
    return bool(found), {stem(t) for w in found for t in tokens(w)}


# A person's name: two or three capitalised words ('Jaemin Cho', 'Yann LeCun', 'Anne-Marie de Vries').
_PERSON = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?(?:[A-Z][a-z]+)?"
_PERSON_NAME = rf"{_PERSON}(?:\s+(?:(?:van|von|de|da|del|der|di|le|la)\s+)?{_PERSON}){{1,2}}"
# ... where papers by that person are asked for: 'by X', 'did X write', "X's papers", 'does X have', 'with X' after a
# verb of writing.
_AUTHORSHIP_NAME_RE = re.compile(
    rf"\b(?i:papers?|works?|publications?|anything|something|articles?|written|authored|co-?authored)\s+(?i:by)\s+"
    rf"(?P<by>{_PERSON_NAME})\b|"
    rf"\b(?i:did|does|do|has|have)\s+(?P<did>{_PERSON_NAME})(?:\s+(?i:and)\s+(?P<and>{_PERSON_NAME}))?\s+"
    rf"(?i:write|written|author|co-?author|publish|published|have|got)\b|"
    rf"\b(?P<own>{_PERSON_NAME})'s\s+(?i:papers|works|publications|articles)\b"
)
# ('Which papers did X write with Y?'; not 'papers published in 2026 that deal with Monte Carlo Tree Search')
_AUTHORED_WITH_RE = re.compile(
    rf"\b(?i:write|wrote|written|co-?authored|co-?author)\s+(?:\w+\s+){{0,2}}?(?i:with|together\s+with)\s+"
    rf"(?P<with>{_PERSON_NAME})\b"
)


def _unknown_authors(text: str, catalog: Catalog) -> tuple[str, ...]:
    """People whose papers the text asks for whom no paper lists: a name not among the collection's authors, with a
    word the collection never uses (not 'Segment Anything', a month, a paper's own name)."""
    out = []
    for m in [*_AUTHORSHIP_NAME_RE.finditer(text), *_AUTHORED_WITH_RE.finditer(text)]:
        for name in (g for g in m.groups() if g):
            words = name.split()
            # (an author is found with or without the accents the page prints: 'Scholkopf' is 'Schölkopf')
            if catalog.authors_in(name) or any(w.lower() in _MONTH_NAMES for w in words):
                continue
            if all(catalog.known(stem(w.lower())) for w in words):
                continue
            out.append(name)
    return tuple(dict.fromkeys(out))


def _lists_by_author(low: str) -> bool:
    # An author's name restricts the papers only when the question is about papers by or with that person.
    return not re.search(r"\b(?:who|whom)\b", low) or bool(re.search(r"\bpapers?\b", low))


def _dated_by_day(filters: Filters) -> bool:
    """A filter that names days: its day numbers ('Feb 10', '15', '1st') are no topic."""
    return bool(filters.date_from or filters.date_to or filters.day)


def _dated_by_year(filters: Filters) -> bool:
    return bool(filters.year_from or filters.year_to or filters.years or filters.date_from or filters.date_to)


def _dated(filters: Filters) -> bool:
    return any(getattr(filters, f) for f in Filters.DATE_FIELDS)


# Something of a paper other than the paper itself: 'the VR sickness paper's dataset', 'the data of X', or what was
# done to make its data (its date is not the paper's).
_PART_OF_PAPER_RE = re.compile(
    r"\b(?!(?:it|that|there|here|what|who|which|when|where|how)'s)[\w-]+'s\s+(?!(?:paper|work|study|article|preprint|"
    r"arxiv|version|"
    r"first|initial|original)\b)[a-z]|\b(?:dataset|data|corpus|benchmark|recordings?|images?|videos?|scans?)\s+"
    r"(?:of|in|from|behind|used\s+by)\s+(?:the\s+)?\S+|"
    # ('What year was the SkyViews dataset recorded?': when its data was made, not when the paper was posted)
    r"\b(?:recorded|collected|captured|gathered|filmed|acquired|measured|conducted|run|taken|scanned|surveyed)\b",
    re.I,
)
# A date or a range of years written in digits, with a year in it ('2024-12-23', '05/2025', '2024-2025'; not '10-20')
_DATE_IN_DIGITS_RE = re.compile(rf"(?:\d{{1,2}}[-/])*{_YEAR}(?:[-/]\d{{1,4}})*|\d{{1,2}}/{_YEAR}")


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# Words that put 'May 5' in a date context ('posted on May 5'), not 'may' the verb ('Which models may 3 …').
_DATE_CONTEXT_RE = re.compile(
    r"\b(?:posted|published|released|appeared|submitted|uploaded|came out|come out|dated|date|day)\b|"
    r"\b(?:on|from|of)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?may\b"
)
_DAY_FIRST_RE = re.compile(rf"\b(?P<day>\d{{1,2}})(?P<ordinal>st|nd|rd|th)? (?P<of>of )?(?P<month>{_MONTH_RE})\b")
_MONTH_FIRST_RE = re.compile(rf"\b(?P<month>{_MONTH_RE})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)")
_MONTH_DAYS = {m: calendar.monthrange(2024, m)[1] for m in range(1, 13)}  # a leap year: February 29 exists


_MONTH_IN_DIGITS_RE = re.compile(
    rf"(?<![\d/-])(?P<mo>0?[1-9]|1[0-2])/(?P<y>{_YEAR})\b|\b(?P<y2>{_YEAR})[-/](?P<mo2>0[1-9]|1[0-2])(?![\d/-])"
)


_RECENT_SPAN_RE = re.compile(
    rf"\b(?:{_alternatives(lexicon.SPAN_CONTEXT)})\s+(?P<the>the\s+)?(?:{_alternatives(lexicon.SPAN_BACK_WORDS)})\s+"
    rf"(?:(?P<n>\d{{1,3}}|couple\s+of|{_COUNT_WORDS})\s+)?"
    rf"(?P<unit>(?:{_alternatives(lexicon.SPAN_UNITS)})s?)\b(?!\s+of\b)"
)


_AGE_RE = re.compile(
    rf"\b(?P<cue>{_alternatives(lexicon.AGE_OLDER + lexicon.AGE_NEWER)})\s+(?P<n>\d{{1,3}}|an?|one|{_COUNT_WORDS})\s+"
    rf"(?P<unit>(?:{_alternatives(lexicon.SPAN_UNITS)})s?)\b(?:\s+(?P<tail>ago|old)\b)?"
)


def _back_from(today: dt.date, count: int, unit: str) -> dt.date:
    """The day `count` years, months, weeks or days before today (the same day of the month, or its last day)."""
    if unit.startswith(("week", "day")):
        return today - dt.timedelta(days=count * (7 if unit.startswith("week") else 1))
    months = today.year * 12 + today.month - 1 - count * (12 if unit.startswith("year") else 1)
    year, month = divmod(months, 12)
    return dt.date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def _date_filter(low: str, ignore_years: set[str], today: dt.date) -> tuple[Filters, set[str]] | None:
    words = {
        stem(w)
        for w in (
            "posted",
            "post",
            "published",
            "publish",
            "released",
            "release",
            "date",
            "dated",
            "submitted",
            "year",
            "month",
            "day",
            "came",
            "come",
            "out",
            "appeared",
            "since",
            "between",
            "before",
            "after",
            "until",
            "during",
            "start",
            "end",
            "begin",
            "onward",
            "onwards",
            "up",
            "till",
            "through",
            "prior",
            "later",
            "earlier",
        )
    }
    words |= {stem(m) for m in lexicon.MONTHS} | set(lexicon.MONTH_ABBREVIATIONS)
    # A paper's age: 'older than a year', 'more than six months ago' are posted before the day that long ago; 'less
    # than a year old', 'newer than 3 months' on or after it. Any other date the question gives still holds.
    age = next((m for m in _AGE_RE.finditer(low) if m["tail"] or m["cue"] in lexicon.AGE_CUES_ALONE), None)
    if age:
        edge = _back_from(today, 1 if age["n"] == "an" else _count_of(age["n"]), age["unit"])
        rest = _date_filter(low[: age.start()] + " " + low[age.end() :], ignore_years, today)
        other, other_words = rest or (Filters(), set())
        if age["cue"] in lexicon.AGE_OLDER:
            before = edge - dt.timedelta(days=1)
            other = replace(other, date_to=min(before, other.date_to or before))
        else:
            other = replace(other, date_from=max(edge, other.date_from or edge))
        return other, words | other_words | {stem(w) for w in tokens(age[0])}
    # A span back from today: 'in the past two years', 'over the last 6 months', 'the previous three weeks'.
    # Any other date the question gives still holds ('from the past two years, posted in March'): both are kept.
    span = _RECENT_SPAN_RE.search(low)
    if span and not span["n"] and not (span["the"] and not span["unit"].endswith("s")):
        span = None  # (no count: only 'the past year', 'in the last month' count one back; 'last year' is 2025)
    if span:
        n = span["n"] or "1"
        count = int(n) if n.isdigit() else 2 if n.startswith("couple") else _RANK_VALUES[n]
        since = _back_from(today, count, span["unit"])
        rest = _date_filter(low[: span.start()] + " " + low[span.end() :], ignore_years, today)
        other, other_words = rest or (Filters(), set())
        if other.date_from is None or other.date_from < since:
            other = replace(other, date_from=since)
        return other, words | other_words | {stem(w) for w in tokens(span[0])}
    context = "|".join(lexicon.DATE_CONTEXT)
    # A year counted back ('two years ago' is 2024 in 2026) or written with two digits ("in '24", "from ’23") is
    # that year written out.
    for counted in (_YEARS_AGO_RE, _TWO_DIGIT_YEAR_RE):
        words |= {stem(t) for m in counted.finditer(low) for t in tokens(m[0])}
    low = _YEARS_AGO_RE.sub(lambda m: f"in {today.year - _count_of(m['n'])}", low)
    low = _TWO_DIGIT_YEAR_RE.sub(lambda m: f"{m['lead']}20{m['yy']}", low)
    for phrase, delta in sorted(lexicon.YEAR_RELATIVE.items(), key=lambda kv: -len(kv[0])):
        if phrase in low:  # ('the previous year': its words are no topic)
            words |= {stem(t) for t in tokens(phrase)}
        # A year said relative to this one dates the papers by itself ('Which papers came out last year?' is 'in
        # 2025'); not as a possessive of something else ("this year's challenge") or after 'the'.
        low = re.sub(
            rf"(?<!\bthe )(?<![\w'-])(?P<lead>(?:{context})\s+)?{phrase}\b(?!'s\s+(?!{_PAPER_NOUNS}\b))",
            lambda m, year=str(today.year + delta): (m["lead"] or "in ") + year,
            low,
        )
        low = low.replace(phrase, str(today.year + delta))
    # A calendar month said relative to this one: 'this month', 'last month' ('the last month' counts back, above)
    if m := _MONTH_RELATIVE_RE.search(low):
        back = m["which"] in ("last", "previous")
        first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1) if back else today.replace(day=1)
        return Filters(date_from=first, date_to=_month_end(first.year, first.month)), words | {"month", "far"}
    if "so far" in low:  # ('How many papers so far this year?')
        words |= {"far"}
    # Days as bounds: 'between Feb 10 and Feb 20, 2026', 'from Dec 1 2025 to Jan 31', 'since May 1 2026', 'before
    # March 3'. (Read before one day: each bound is a day of its own.)
    if bounded := _day_bounds(low, today):
        return bounded, words
    # A full date: "December 23, 2024", "23 December 2024", "2024-12-23".
    m = re.search(rf"\b(?P<month>{_MONTH_RE})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>{_YEAR})\b", low) or (
        re.search(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<month>{_MONTH_RE})\.?,? (?P<year>{_YEAR})\b", low)
    )
    if m:
        try:
            day = dt.date(int(m["year"]), _month(m["month"]), int(m["day"]))
            return Filters(date_from=day, date_to=day), words
        except ValueError:
            pass
    if m := re.search(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b", low):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return Filters(date_from=day, date_to=day), words
        except ValueError:
            pass
    # A day without a year, as the pages write this year's dates: "posted on June 23", "on the 23rd of June". It
    # means that day in any year the collection has ('Aug 20' of 2025 on a page captured in 2026).
    day_first = _DAY_FIRST_RE.search(low)
    if day_first and not (day_first["ordinal"] or day_first["of"] or _DATE_CONTEXT_RE.search(low)):
        day_first = None  # 'Which 3 March papers use SAM?', 'Which of these 2 may help?'
    month_first = _MONTH_FIRST_RE.search(low)
    if month_first and month_first["month"] == "may" and not _DATE_CONTEXT_RE.search(low):
        month_first = None  # 'Which models may 3 agents use?'
    m = day_first or month_first
    days = len(_DAY_FIRST_RE.findall(low)) + len(_MONTH_FIRST_RE.findall(low))
    # one day, and one that exists ('February 30' is none); two days ('between June 5 and July 10') are a range the
    # filters cannot state without a year: the month range below reads them.
    if m and days == 1 and _month(m["month"]) and 1 <= int(m["day"]) <= _MONTH_DAYS[_month(m["month"])]:
        return Filters(months=(_month(m["month"]),), day=int(m["day"])), words
    # A range of months: "between July and September 2025", "from April to June 2025".
    if m := re.search(
        rf"\b(?:between|from)\s+(?P<m1>{_MONTH_RE})(?:\s+(?P<y1>{_YEAR}))?\s+(?:and|to|through|-)\s+"
        rf"(?P<m2>{_MONTH_RE})(?:\s+(?P<y2>{_YEAR}))?\b",
        low,
    ):
        y2 = int(m["y2"] or m["y1"] or 0)
        y1 = int(m["y1"] or y2 or 0)
        m1, m2 = _month(m["m1"]), _month(m["m2"])
        if y1 and y2:
            return Filters(date_from=dt.date(y1, m1, 1), date_to=_month_end(y2, m2)), words
        return Filters(months=tuple(range(m1, m2 + 1)) if m1 <= m2 else ()), words
    # Months joined, of one year: 'October or November 2025', 'March 2025 or April 2025' (any of them).
    if m := re.search(
        rf"\b(?P<m1>{_MONTH_RE})(?:\s+(?P<y1>{_YEAR}))?\s+(?:or|and|&)\s+(?P<m2>{_MONTH_RE})\s+(?P<y2>{_YEAR})\b", low
    ):
        year = int(m["y2"])
        if (not m["y1"] or int(m["y1"]) == year) and _month(m["m1"]) and _month(m["m2"]):
            months = tuple(sorted({_month(m["m1"]), _month(m["m2"])}))
            return Filters(months=months, year_from=year, year_to=year), words
    # A month with a year in digits: "05/2025", "2025-05" (a full date was read above).
    # Two of them are a range: 'between 2024-06 and 2025-01'.
    digits = [
        (int(m["y"] or m["y2"]), int(m["mo"] or m["mo2"]))
        for m in _MONTH_IN_DIGITS_RE.finditer(low)
        if (m["y"] or m["y2"]) not in ignore_years
    ]
    if digits:
        (y1, m1), (y2, m2) = min(digits[:2]), max(digits[:2])
        return Filters(date_from=dt.date(y1, m1, 1), date_to=_month_end(y2, m2)), words
    # A part of a year: 'Q4 2024', 'the first half of 2025', 'summer 2025', 'late 2025'.
    if part := _part_of_year(low, ignore_years):
        part_filters, part_words = part
        return part_filters, words | {stem(t) for t in tokens(part_words)}
    # Months as bounds: 'since March 2026', 'before May 2025', 'later than October 2025', 'until June'.
    if bounded := _month_bounds(low, ignore_years, today):
        return bounded, words
    # A month with a year: "in April 2026", "March 2025".
    m = re.search(rf"\b(?P<month>{_MONTH_RE})\.?,?\s+(?:of\s+)?(?P<year>{_YEAR})\b", low)
    if m and m["year"] not in ignore_years and _month(m["month"]):
        y, mo = int(m["year"]), _month(m["month"])
        return Filters(date_from=dt.date(y, mo, 1), date_to=_month_end(y, mo)), words
    # A month alone, in a date context: "came out in May", "posted in March", "January releases".
    if (
        m := re.search(
            rf"\b(?:in|during|from|of|posted|published|released|appeared)\s+(?P<month>{_MONTH_RE})\b(?!-)", low
        )
        or re.search(rf"\b(?P<month>{_MONTH_RE})\s+(?:releases|uploads|postings|posts|submissions|preprints)\b", low)
        or (
            # (a month alone ending a follow-up: 'What about December?', 'and April?', 'Just March')
            re.search(
                rf"(?:^\W*(?:and\s+)?|\b(?:about|just|only)\s+)(?:in\s+)?(?P<month>{_MONTH_RE})(?:\s+only)?\W*$", low
            )
        )
    ):
        month = _month(m["month"])
        fragment = m.re.pattern.startswith("(?:^")  # ('and May?': a month alone ending a follow-up)
        if month and not (
            not fragment
            and m["month"] == "may"
            and not re.search(
                r"\b(?:in|during|from)\s+may\b[^a-z]*(?:$|\?|,|\.)|"
                r"\b(?:posted|published|released|appeared|came out)"
                r"\s+in\s+may\b",
                low,
            )
        ):
            return Filters(months=(month,)), words
    # Years: ranges, open ranges, a single year in a date context.
    years = [y for y in re.findall(rf"\b({_YEAR})\b", low) if y not in ignore_years]
    if not years:
        return None
    if m := re.search(
        rf"\bbetween ({_YEAR}) and ({_YEAR})\b|\bfrom ({_YEAR}) (?:to|through|until|till) ({_YEAR})\b|"
        rf"\b({_YEAR})\s*(?:-|to|through)\s*({_YEAR})\b",
        low,
    ):
        a, b = (int(x) for x in m.groups() if x)
        return Filters(year_from=min(a, b), year_to=max(a, b)), words
    if joined := _YEAR_SET_RE.search(low):
        if not _dates_papers(joined[0], low, context):
            # (nor one of them alone: 'the 2024 and 2025 challenges' is no 'and 2025')
            low = low[: joined.start()] + low[joined.end() :]
            years = [y for y in years if y not in re.findall(_YEAR, joined[0])]
        elif len(chosen := sorted({int(y) for y in re.findall(_YEAR, joined[0]) if y not in ignore_years})) > 1:
            if chosen == list(range(chosen[0], chosen[-1] + 1)):
                return Filters(year_from=chosen[0], year_to=chosen[-1]), words  # (years in a row are a range)
            return Filters(years=tuple(chosen)), words
    for y in years:
        yi = int(y)
        if re.search(
            rf"\b(?:since|starting(?: from| in)?|as of)\s+(?:the\s+(?:start|beginning)\s+of\s+)?{y}\b|"
            rf"\bfrom {y} on(?:wards?)?\b|\b{y} (?:and|or) (?:later|after|onwards?)\b",
            low,
        ):
            return Filters(year_from=yi), words
        if re.search(rf"\b(?:after|later than)\s+(?:the\s+end\s+of\s+)?{y}\b", low):
            return Filters(year_from=yi + 1), words
        if re.search(rf"\b(?:before|prior to|earlier than)\s+(?:the\s+(?:start|beginning)\s+of\s+)?{y}\b", low):
            return Filters(year_to=yi - 1), words
        if re.search(
            rf"\b(?:until|till|up to|through|by)\s+(?:the\s+end\s+of\s+)?{y}\b|\b{y} (?:and|or) "
            rf"(?:earlier|before)\b",
            low,
        ):
            return Filters(year_to=yi), words
        if _dates_papers(y, low, context):
            return Filters(year_from=yi, year_to=yi), words
    return None


_MONTH_RELATIVE_RE = re.compile(r"(?<!\bthe )\b(?P<which>this|last|previous|current)\s+month\b(?!['’]s)")
_YEARS_AGO_RE = re.compile(rf"\b(?:(?:in|from|during)\s+)?(?P<n>\d|{_COUNT_WORDS}|a|one)\s+years?\s+ago\b")
_TWO_DIGIT_YEAR_RE = re.compile(
    r"(?P<lead>\b(?:in|from|since|after|before|until|of|during|to|through|and|or)\s+|^\W*(?:and\s+)?)"
    r"['’](?P<yy>[0-3]\d)\b"
)


def _count_of(n: str) -> int:
    """'2', 'two', 'a', 'one' -> the number."""
    return int(n) if n.isdigit() else 1 if n in ("a", "one") else _RANK_VALUES[n]


# What a year, or several, can date: a paper or the like ("2024 papers", "this year's work").
_PAPER_NOUNS = r"(?:papers?|works?|publications?|entries|preprints?|articles?)"
# Several years joined ('2024 and 2025', '2023 or 2024', '2021, 2023 and 2025'): any of them.
_YEAR_SET_RE = re.compile(rf"\b{_YEAR}(?:\s*,\s*{_YEAR})*,?\s+(?:and|or|&)\s+{_YEAR}\b")


def _dates_papers(years: str, low: str, context: str) -> bool:
    """Whether a year (or years joined, as `years` is written in `low`) dates the papers asked about: after a word
    that sets a date ('in', 'from', 'posted'), before a paper noun, or standing alone in a follow-up."""
    y = re.escape(years)
    return bool(
        re.search(
            rf"\b(?:{context})\s+(?:the\s+)?(?:years?\s+)?{y}\b|\b{y}(?:'s)?\s+{_PAPER_NOUNS}\b|"
            # ('Same for 2024?': 'for' a year where nothing follows it; not 'the results for 2024 challenge'; a year
            # alone ending a follow-up: 'What about 2024?', '2024?', 'Just 2026', '2024 only')
            rf"\bfor\s+(?:the\s+)?(?:years?\s+)?{y}(?=\s*(?:[?.!,;]|$))|"
            rf"(?:^\W*(?:and\s+)?|\b(?:about|just|only)\s+)(?:the\s+)?(?:years?\s+)?{y}(?:\s+only)?\W*$",
            low,
        )
    )


# A day, with or without its year: 'Feb 10', 'February 10th, 2026', '10 Feb 2026', '2026-02-10'.
_A_DAY = (
    rf"(?:(?P<{{p}}m>{_MONTH_RE})\.?\s+(?P<{{p}}d>\d{{{{1,2}}}})(?:st|nd|rd|th)?|"
    rf"(?P<{{p}}d2>\d{{{{1,2}}}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<{{p}}m2>{_MONTH_RE})\.?)(?:,?\s+(?P<{{p}}y>{_YEAR}))?(?![\d-])|"
    rf"(?P<{{p}}iso>(?:19|20)\d\d-\d\d-\d\d)"
)
_DAY_RANGE_RE = re.compile(
    rf"\b(?:(?:between|from)\s+)?(?:{_A_DAY.format(p='a')})\s+(?P<join>and|to|through|until|till|-)\s+"
    rf"(?:{_A_DAY.format(p='b')})"
)
# Two days of one month: 'from 10 to 20 February 2026', 'between Feb 10 and 20, 2026'.
_DAYS_OF_A_MONTH_RE = re.compile(
    rf"\b(?:between|from)\s+(?:(?P<m1>{_MONTH_RE})\.?\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|to|through|until|-)\s+"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<m2>{_MONTH_RE})\.?)?(?:,?\s+(?P<y>{_YEAR}))?(?![\d-])"
)
_DAY_BOUND_RE = re.compile(
    rf"\b(?P<cue>since|starting(?:\s+from|\s+on)?|as\s+of|on\s+or\s+after|after|from|before|prior\s+to|"
    rf"until|till|up\s+to|through|by|on\s+or\s+before)\s+(?:{_A_DAY.format(p='a')})"
    # ('from March 3 on', 'from March 3 onwards'; not 'from Mar 17 on video reasoning')
    rf"(?P<on>\s+on(?:wards?)?(?=\s*(?:[?.!,;]|$))|\s+onwards?\b)?"
)
# How far a range of days without years may wrap over a new year ('between Dec 1 and Jan 31'): a longer one is read
# the other way round ('between Feb 20 and Feb 10' is Feb 10 to Feb 20).
RANGE_WRAPS_AT_MOST = dt.timedelta(days=183)


def _bound_day(m: re.Match, p: str, year: int | None) -> tuple[int, int, int | None] | None:
    """(year or None, month, day) of one day matched by _A_DAY with prefix `p`."""
    if m[f"{p}iso"]:
        y, mo, d = (int(x) for x in m[f"{p}iso"].split("-"))
        return y, mo, d
    month = _month(m[f"{p}m"] or m[f"{p}m2"] or "")
    day = int(m[f"{p}d"] or m[f"{p}d2"] or 0)
    if not month or not 1 <= day <= _MONTH_DAYS[month]:
        return None
    return (int(m[f"{p}y"]) if m[f"{p}y"] else year), month, day


def _date(y: int, mo: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, mo, d)
    except ValueError:  # (February 29 of a year without one)
        return None


def _latest_year(month: int, day: int, today: dt.date) -> int:
    """The year of the latest such day not after today: a day named without a year."""
    return today.year if (month, day) <= (today.month, today.day) else today.year - 1


def _day_bounds(low: str, today: dt.date) -> Filters | None:
    """A range of days or an open one. A bound without a year takes the other bound's (the year before, where the
    first bound's month comes later: 'between Dec 1 and Jan 31 2026'), else the latest such day's. Several open
    bounds are all kept ('after March 3 2026 and before March 10 2026')."""
    pair = None
    if m := _DAY_RANGE_RE.search(low):
        # ('X and Y' names a range only after 'between': 'papers from May 1 and June 2' lists two days)
        if m["join"] != "and" or m[0].startswith("between"):
            pair = (_bound_day(m, "a", None), _bound_day(m, "b", None))
    elif m := _DAYS_OF_A_MONTH_RE.search(low):
        month = _month(m["m1"] or m["m2"] or "")
        year = int(m["y"]) if m["y"] else None
        if month:
            d1, d2 = int(m["d1"]), int(m["d2"])
            if 1 <= d1 <= _MONTH_DAYS[month] and 1 <= d2 <= _MONTH_DAYS[month]:
                pair = ((year, month, d1), (year, month, d2))
    if pair and pair[0] and pair[1]:
        (ya, ma, da), (yb, mb, db) = pair
        wraps = (ma, da) > (mb, db)  # (the first day comes later in the year: 'between Dec 1 and Jan 31')
        if ya is None and yb is None:  # (the latest such range: 'between June 5 and July 10' asked in May)
            yb = _latest_year(mb, db, today)
            ya = yb - 1 if wraps else yb
        elif ya is None:
            ya = yb - 1 if wraps else yb
        elif yb is None:
            yb = ya + 1 if wraps else ya
        start, end = _date(ya, ma, da), _date(yb, mb, db)
        if start and end and pair[0][0] is None and pair[1][0] is None and end - start > RANGE_WRAPS_AT_MOST:
            # ('between Feb 20 and Feb 10': the days the other way round, not most of a year)
            start, end = _date(yb, mb, db), _date(yb, ma, da)
        if start and end:
            return Filters(date_from=min(start, end), date_to=max(start, end))
    lower: dt.date | None = None
    upper: dt.date | None = None
    for m in _DAY_BOUND_RE.finditer(low):
        cue = " ".join(m["cue"].split())
        # ('from May 1' alone is one day's bound only with 'on'/'onwards'; 'by May 1' needs a year: 'by' is also 'by
        # the authors of …')
        if cue == "from" and not m["on"]:
            continue
        day = _bound_day(m, "a", None)
        if day and day[0] is None:
            day = (_latest_year(day[1], day[2], today), day[1], day[2])
        if not day or (cue == "by" and not (m["ay"] or m["aiso"])):
            continue
        bound = _date(*day)
        if bound is None:
            continue
        lower, upper = _bounded(cue, bound, bound, lower, upper)
    if lower or upper:
        return Filters(date_from=lower, date_to=upper)
    return None


# A part of a year, by its months (lexicon.YEAR_PARTS): 'Q4 2024', 'the first half of 2025', 'summer 2025',
# 'late 2025', '2024 Q4'; not where a bound is set by it ('since the start of 2025' is read as a bound of years).
_PART_OF_YEAR_RE = re.compile(
    rf"(?<![\w-])(?:(?:the\s+)?(?P<part>{_alternatives(lexicon.YEAR_PARTS)})(?P<of>\s+of)?,?(?:\s+|(?<=-))"
    rf"(?P<year>{_YEAR})|"
    rf"(?P<year2>{_YEAR})\s+(?P<part2>{_alternatives([p for p in lexicon.YEAR_PARTS if p.startswith('q')])}))(?!\w)"
    # (not a year that names an event: 'the end of 2024 challenge')
    r"(?!\s+(?:challenges?|benchmarks?|competitions?|workshops?|editions?|setups?|datasets?|tracks?|leaderboards?|"
    r"results|conferences?|versions?|splits?)\b)"
)
# The parts named by a word that also means something else need their 'of': 'the end of 2024', not 'end-to-end 2024'
# or 'cold start 2024'.
_PARTS_WITH_OF = frozenset(("start", "end", "beginning"))
_BOUND_BEFORE_RE = re.compile(
    r"\b(?P<cue>since|after|before|until|till|through|up to|by|prior to|starting|as of|later than|earlier than)\s+"
    r"(?:the\s+)?$"
)


def _part_of_year(low: str, ignore_years: set[str]) -> tuple[Filters, str] | None:
    """The months a part of a year covers, or a bound at one of its ends ('since summer 2024', 'before the second
    half of 2025', 'by the end of 2025'); and the words that name it ('the first half of 2025': no topic)."""
    m = _PART_OF_YEAR_RE.search(low)
    part = m and (m["part"] or m["part2"])
    if not m or (m["year"] or m["year2"]) in ignore_years or (part in _PARTS_WITH_OF and not m["of"]):
        return None
    first_month, last_month = lexicon.YEAR_PARTS[part]
    year = int(m["year"] or m["year2"])
    first, last = dt.date(year, first_month, 1), _month_end(year, last_month)
    bound = _BOUND_BEFORE_RE.search(low[: m.start()])
    if bound is None:
        return Filters(date_from=first, date_to=last), m[0]
    cue = bound["cue"]
    # (a year's own ends bound by years: 'since the start of 2025' is from 2025 on, 'by the end of 2025' up to 2025)
    if part in ("start", "beginning") and cue in _BEFORE_CUES:
        return Filters(year_to=year - 1), m[0]
    if part in ("start", "beginning") and cue not in _AFTER_CUES | _UP_TO_CUES:
        return Filters(year_from=year), m[0]
    if part == "end" and cue in _UP_TO_CUES:
        return Filters(year_to=year), m[0]
    if part == "end" and cue in _AFTER_CUES:
        return Filters(year_from=year + 1), m[0]
    lower, upper = _bounded(cue, first, last, None, None)
    return Filters(date_from=lower, date_to=upper), m[0]


# A month as a bound, with or without its year: 'since March 2026', 'before May 2025', 'from June 2025 on'.
_MONTH_BOUND_RE = re.compile(
    rf"\b(?P<cue>since|starting(?:\s+(?:from|in))?|as\s+of|after|later\s+than|from|before|earlier\s+than|"
    rf"prior\s+to|until|till|up\s+to|through|by)\s+(?:the\s+(?:start|beginning|end)\s+of\s+)?"
    rf"(?P<month>{_MONTH_RE})\.?(?:,?\s+(?:of\s+)?(?P<year>{_YEAR}))?(?![\w-])"
    # ('from June 2025 on', 'from June 2025 onwards'; 'from June 2025' alone is that month)
    rf"(?P<on>\s+on(?:wards?)?(?=\s*(?:[?.!,;]|$))|\s+onwards?\b)?"
)


def _month_bounds(low: str, ignore_years: set[str], today: dt.date) -> Filters | None:
    """Months as bounds of the posting date: from a month's first day ('since March 2026'), after its last ('after
    October 2025', 'later than …'), before its first ('before May 2025'), up to its last ('until June 2025'). A month
    without a year is its latest one not after today ('since March'); 'by' and 'May' need a year ('by the authors',
    'may')."""
    lower: dt.date | None = None
    upper: dt.date | None = None
    for m in _MONTH_BOUND_RE.finditer(low):
        cue, month = " ".join(m["cue"].split()), _month(m["month"])
        if not month or (m["year"] and m["year"] in ignore_years) or (cue == "from" and not m["on"]):
            continue
        if not m["year"] and (cue == "by" or m["month"] == "may"):
            continue
        # a month without its year: of the one year the question names ('in the year 2025 after October'), else
        # the latest such month as a lower bound ('since March'), this year's as an upper one ('before December')
        named = {y for y in re.findall(rf"\b{_YEAR}\b", low) if y not in ignore_years}
        bounds_above = cue in _BEFORE_CUES | _UP_TO_CUES
        year = (
            int(m["year"])
            if m["year"]
            else int(next(iter(named)))
            if len(named) == 1
            else today.year
            if bounds_above
            else _latest_year(month, 1, today)
        )
        lower, upper = _bounded(cue, dt.date(year, month, 1), _month_end(year, month), lower, upper)
    return Filters(date_from=lower, date_to=upper) if lower or upper else None


# Words that bound the posting date by a day, a month or a part of a year ('since', 'from … on', 'as of' take it
# from its first day).
_AFTER_CUES = frozenset(("after", "later than"))
_BEFORE_CUES = frozenset(("before", "prior to", "earlier than"))
_UP_TO_CUES = frozenset(("until", "till", "up to", "through", "by", "on or before"))


def _bounded(cue: str, first: dt.date, last: dt.date, lower: dt.date | None, upper: dt.date | None) -> tuple:
    """(lower, upper) tightened by one cue about the days from `first` to `last`: after its last day ('after'),
    before its first ('before'), up to its last ('until'), else from its first ('since')."""
    if cue in _AFTER_CUES:
        day = last + dt.timedelta(days=1)
        return max(lower or day, day), upper
    if cue in _BEFORE_CUES:
        day = first - dt.timedelta(days=1)
        return lower, min(upper or day, day)
    if cue in _UP_TO_CUES:
        return lower, min(upper or last, last)
    return max(lower or first, first), upper


def _month(name: str) -> int:
    name = name.lower().rstrip(".")
    return _MONTH_NAMES.get(name) or _MONTH_NAMES.get(name[:3], 0)


def _month_end(year: int, month: int) -> dt.date:
    return (dt.date(year + (month == 12), month % 12 + 1, 1)) - dt.timedelta(days=1)


@functools.lru_cache(maxsize=1)
def _category_names() -> dict[str, str]:
    """Every category name and code form -> short code ('computer vision' -> 'CV', 'cs.ro' -> 'RO')."""
    out = {}
    for code, names in lexicon.CATEGORIES.items():
        for n in names:
            out[n.lower()] = code
    return out


# Verbs that place a paper in a category as 'filed under' does ('Which papers fall under Graphics?', 'classified
# as robotics'): with a category's name after them, they say where it is filed, not what it is about.
_PLACED_UNDER = r"(?:falls?|fell|falling|classified|sorted|grouped|placed|belongs?|belonging)\s+(?:under|in|into|as|to)"


def _category_mentions(text: str) -> set[str]:
    """Categories the question refers to as categories: a code in parentheses or with an archive ('(AS)',
    'cs.RO'), a code or name next to 'category'/'filed under'/'papers', or 'in <Name>'."""
    low = text.lower()
    found: set[str] = set()
    archives = "|".join(re.escape(a) for a in lexicon.CATEGORY_ARCHIVES)
    for m in re.finditer(rf"\b(?:{archives})\.([a-z]{{2}})\b", low):
        found.add(m[1].upper())
    names = _category_names()
    for m in re.finditer(r"\(([A-Za-z]{2})\)", text):
        code = m[1].upper()
        # (in lower case, '(gr)' is a code only beside its category's name: 'graphics (gr)', '(cl) category')
        beside = any(c == code and re.search(rf"\b{re.escape(n)}\s*$", low[: m.start()]) for n, c in names.items())
        if code in lexicon.CATEGORIES and (m[1].isupper() or beside or re.match(r"\s*categor", low[m.end() :])):
            found.add(code)
    for name, code in names.items():
        if name not in low:  # (most names are not in the question: no pattern to try)
            continue
        if _category_named_re(name).search(low):
            found.add(code)
    for code in lexicon.CATEGORIES:
        if code.lower() not in low:
            continue
        # ('the ai category' in any case, but not a code that is also a word: 'the same category as X', 'what
        # category it belongs to'; 'in AI', 'AI papers' only as typed, since 'in it' or 'under ai' in lower case is
        # as likely a word)
        # (codes joined name each: 'CV or CL papers', 'in CL and AS', 'CV, GR and RO papers')
        joined = r"(?:\s*(?:,|/|&|\bor\b|\band\b)\s*(?:[A-Z]{2}|or|and)\b)*"
        # (a code that qualifies the noun after it names no category: 'in the AI reviewer study')
        text = re.sub(
            rf"\b{code}(?=\s+(?P<after>[a-z][\w-]*))",
            lambda m: m[0] if m["after"] in stopwords() or m["after"] in _AFTER_A_CATEGORY else "·",
            text,
        )
        if re.search(
            rf"\b{code}{joined}(?:\s+|-)(?:papers?|ones?|category|categories|section|entries|preprints?)\b|"
            rf"\b(?:category|filed under|under|in)\s+(?:the\s+)?(?:[A-Z]{{2}}{joined}\s*(?:,|/|&|or|and)\s*)?"
            rf"{code}\b(?!-)|"
            # ('Which are CV?', 'How many are CV?': a code as typed, asked of the papers under discussion)
            rf"\b(?:are|is|were|was)\s+(?:in\s+)?{code}\s*(?:\?|[.!]?$)",
            text,
        ) or (
            code.lower() not in stopwords() and re.search(rf"\b{code.lower()}(?:\s+|-)(?:category|categories)\b", low)
        ):
            found.add(code)
    return found


# Words that may follow a category code that names the category ('CV papers', 'in AI published since 2024').
_AFTER_A_CATEGORY = frozenset(
    ["papers", "paper", "ones", "one", "category", "categories", "section", "entries", "preprints", "preprint",
     "published", "posted", "released", "submitted", "listed", "filed", "only", "too", "first", "last"]
)  # fmt: skip


@functools.lru_cache(maxsize=512)  # (one pattern a category name: too many for `re`'s own cache beside the rest)
def _category_named_re(name: str) -> re.Pattern:
    """A category's name where it stands for the category: 'fall under Graphics', 'classified as robotics', 'the cl
    (computation and language) category', 'robotics papers', 'in the Robotics section'."""
    n = re.escape(name)
    context = r"(?:categor(?:y|ies)|categori[sz]ed|filed|section|archive|subject area)"
    return re.compile(
        # ('fall under Graphics', 'classified as robotics': the name right after, and no more of a phrase)
        rf"\b{_PLACED_UNDER}\s+(?:the\s+)?{n}\b(?!-)(?=\s*(?:categor|section|area|papers?\b|[?.,;!]|$))|"
        rf"\(\s*{n}\s*\)\s*(?:category|categories|section)\b|"  # ('the cl (computation and language) category')
        rf"\b{context}\b[^.?!]{{0,30}}\b{n}\b|\b{n}\b\s*(?:\([^)]*\)\s*)?(?:category|categories|section"
        rf"|papers?|preprints?|works?|entries)\b|\b(?:are|is|were|in)\s+(?:the\s+)?{n}\s*(?:\?|[.!]?$|\()|"
        rf"\bin\s+(?:the\s+)?{n}\s+(?:category|section|area)\b"
    )


def _named_categories(low: str) -> set[str]:
    """Categories a question names by one of their full names, anywhere ('computer vision')."""
    names = _category_names().items()
    return {code for name, code in names if " " in name and re.search(rf"\b{re.escape(name)}\b", low)}


def _excluded_categories(low: str) -> set[str]:
    names = _category_names()
    found = set()
    for m in re.finditer(
        rf"(?:\b(?:{_EXCLUDING}|everything\s+but|all\s+but|neither)\s+|n['’]t\s+|\bnon-|\bnon\s+)"
        # ('except the ones in CV', 'leave out the papers filed under CL')
        r"(?:(?:the\s+)?(?:ones?|papers?|those)\s+)?"
        r"(?:(?:filed|listed|categori[sz]ed)\s+)?(?:in\s+|under\s+|as\s+)?(?:the\s+|an?\s+)?([a-z][a-z ,&-]{1,60})",
        low,
    ):
        tail = m.group(1)
        for name, code in [*names.items(), *lexicon.CATEGORY_SHORT_NAMES.items()]:
            if re.match(rf"{re.escape(name)}\b", tail):
                found.add(code)
        # 'instead of CV or AI', 'other than CL, LG and AI': each code of the excluded run
        for piece in re.split(r"\s*(?:,|/|\bor\b|\band\b|\bnor\b)\s*", tail):
            code = piece.split()[0].upper() if piece.split() else ""
            if code in lexicon.CATEGORIES:
                found.add(code)
            elif piece.split():
                break
    return found


def _categories(text: str, known: set[str]) -> set[str]:
    return {c for c in _category_mentions(text) if c in known}


def _unknown_categories(text: str, catalog: Catalog) -> tuple[str, ...]:
    known = catalog.categories()
    return tuple(sorted(c for c in _category_mentions(text) if c not in known))


def _affiliations(low: str, catalog: Catalog) -> list[str]:
    out = []
    for tag in catalog.affiliations():
        t = tag.lower()
        names = (t, *lexicon.AFFILIATIONS.get(t, ()))
        if any(re.search(rf"\b{re.escape(n)}\b", low) for n in names):
            out.append(tag)
    return out


def _same_field_filter(text: str, named: Sequence[str], catalog: Catalog) -> tuple[Filters | None, set[str], str]:
    """'Which paper shares its posting date with X?', 'posted the same day as X': a filter from X's record, X, and the
    field they share."""
    if not named:
        return None, set(), ""
    low = text.lower()
    for field, phrases in lexicon.SAME_FIELD.items():
        alts = "|".join(re.escape(p) for p in phrases)
        # ('Take the date X was posted. Which paper shares that posting date?')
        if re.search(
            rf"\bsame\s+(?:{alts})\b|\bshares?\s+(?:its|their|a|the|that|this)\s+(?:{alts})\b|\b(?:{alts})\s+as\b"
            # ('When was X posted, and was anything else posted that day?')
            rf"|\b(?:posted|published|released|submitted|uploaded|out|up|filed)\s+(?:on\s+|in\s+|under\s+)?that\s+(?:{alts})\b",
            low,
        ):
            ref = catalog.paper(named[0])
            d = ref.date
            f = {
                "date": Filters(date_from=d, date_to=d),
                "month": Filters(date_from=d.replace(day=1), date_to=_month_end(d.year, d.month)),
                "year": Filters(year_from=d.year, year_to=d.year),
                "category": Filters(categories=(ref.category,)),
            }[field]
            return f, {named[0]}, field
    return None, set(), ""


# How a list of the others asks for each shared field (the part of a question answered after the reference's date).
_SAME_FIELD_ASKED = {
    "date": "posted on the same day as",
    "month": "posted in the same month as",
    "year": "posted in the same year as",
    "category": "filed under the same category as",
}


# A short name of ordinary words this long at most names a concept ('Dynamic Point Maps'); a whole title longer than
# this, given in a question, points at its paper.
CONCEPT_NAME_MAX_WORDS = 4


def _names_a_concept(paper: Paper, text: str) -> bool:
    """Whether the text gives a paper's short name that is ordinary words, two or more ('Dynamic Point Maps', not
    'MuCo', 'GRASP' or a whole long title), as words of its own."""
    short = paper.short_name
    words = short.split()
    if len(words) < 2 or (short == paper.title and len(words) > CONCEPT_NAME_MAX_WORDS):
        return False
    english = english_words()
    plain = all(w.lower() in english and not is_coined(w) for w in re.findall(r"[^\W\d_][\w'-]*", short))
    return plain and short.lower() in normalize(text).lower()


def _name_terms(paper: Paper) -> set[str]:
    """The stems of a paper's short name ('MuCo', or a whole title of up to three words like 'VGGT-Ω')."""
    short = paper.short_name
    words = tokens(short) if short != paper.title or len(short.split()) <= 3 else []
    # (a Greek letter typed as its name too: 'VGGT-Omega' for 'VGGT-Ω')
    words += [w for w in tokens(spell_greek(short)) if w not in words] if words else []
    return {stem(w) for w in words} | {short.lower()}


# ------------------------------------------------------------------------------------------------ conversation


def _carried(
    clause: str, topic: tuple[str, ...], history: Sequence[dict], catalog: Catalog, *, setting: str = ""
) -> tuple[str, ...]:
    """The papers a follow-up refers back to. They are carried when the follow-up brings no topic of its own, or
    refers back ("it", "their", "the method") and no other paper clearly owns its topic. `setting`: the sentences
    around the asking one ('Long video generation tends to drift. Which method fixes this?')."""
    discussed = _prior_papers(history, catalog)
    if not discussed:
        return ()
    prior = discussed[:CARRIED_AT_MOST]
    low = clause.lower()
    if len(discussed) > 1 and _reference_places(low):
        # 'Who wrote the second one?', 'Tell me more about [3]': one of those papers, picked by its place or date
        return tuple(_pick_referenced(low, discussed, catalog))
    # 'and the retina one that also leans on CLIP — what does it use?': the question describes the paper it means,
    # and a later 'it' points at that description. Carried only when the previous papers fit the description.
    described = _described_referent(low, catalog)
    if described and _coverage(described, prior, catalog) < COVERAGE_TO_CARRY:
        return ()
    pronoun = _POINTING_PRONOUN_RE.search(low)
    pointing_noun = any(not _relative_that(low, m.start()) for m in _POINTING_NOUN_RE.finditer(low))
    # 'that paper', 'this method' point back as 'it' does, unless a description follows ('that paper on gaze')
    points = pronoun is not None or pointing_noun
    # the pronoun if there is one ('…, and which language did it use?'), else a demonstrative ('fixes this')
    anaphor = pronoun or next((m for m in _ANAPHOR_RE.finditer(low) if not _relative_that(low, m.start())), None)
    refers = points or anaphor is not None or bool(_REFERRING_NOUN_RE.search(low))
    # Function words kept for their meaning ('against', 'between') are not a topic of their own.
    own = [
        t
        for t in topic
        if t not in _ANAPHORA_STEMS
        and t not in lexicon.STOPWORDS_KEPT
        and t not in stem_set(lexicon.GIVING_VERBS | lexicon.SCOPE_VERBS)
    ]
    if own and not refers:
        return ()
    # A pronoun after the question's own specific words points back into the question ('How many speech recognition
    # models were tested, and what was their error rate?', 'Which agent diagnoses rare diseases, and who validated
    # it?', 'Long video generation tends to drift. Which method fixes this?'), not into the conversation: unless the
    # previous papers hold the question's topic, it has moved on.
    if (
        anaphor
        and not pointing_noun
        and own
        and _antecedent_before(f"{setting.lower()}. {low[: anaphor.start()]}", own, catalog)
        and (
            (covered := _coverage(own, prior, catalog)) < COVERAGE_TO_CARRY
            or _held_better_elsewhere(own, prior, covered, catalog)
        )
        and not _only_theirs(own, prior, catalog)
    ):
        return ()
    # Only a specific topic moves a follow-up on: 'what does it compare against' keeps talking about the same paper.
    if points or (own and not any(catalog.idf(t) >= _specific_idf(catalog) for t in own)):
        own = []
    if own:
        covered = _coverage(own, prior, catalog)
        best = catalog.best_match(" ".join(own))
        elsewhere = _coverage(own, [best], catalog) if best and best not in prior else 0.0
        if covered < COVERAGE_TO_CARRY and elsewhere >= ELSEWHERE_TO_DROP:
            return ()
    return tuple(_pick_referenced(low, discussed, catalog))


_ANAPHOR_RE = re.compile(rf"\b(?:{_alternatives(lexicon.ANAPHORA)})\b")
_POINTING_PRONOUN_RE = re.compile(rf"\b(?:{_alternatives(lexicon.ANAPHORA_POINTING)})\b")
# Specific words (or their weight in common ones) of the question's own topic before a pronoun that make an
# antecedent there: a description ('How many
# speech recognition models were tested on street names, and what was their error rate?'), not a lead-in naming a
# topic of the paper under discussion ('Speaking of hardware, what GPUs did it use?', 'For reproducibility, …').
ANTECEDENT_WORDS = 3


def _relative_that(low: str, at: int) -> bool:
    """'that' opening a relative clause after a noun for papers ('the papers that study memes', 'methods that model
    motion'), where the word after it is a verb that looks like a noun: no pointing back."""
    before = low[:at].split()
    return low.startswith("that", at) and bool(before) and before[-1].strip(",") in lexicon.PAPER_LIKE


def _antecedent_before(text: str, own: Sequence[str], catalog: Catalog) -> bool:
    """Whether the question describes, before its first pronoun, what the pronoun can stand for (its clauses that
    only set a scene, 'Speaking of hardware,', 'For reproducibility,', describe nothing)."""
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(text) if c.strip() and not _sets_the_scene(c)]
    described = set(own) & {stem(w) for c in clauses for w in tokens(c)}
    # As much weight (idf) of the question's own topic words as ANTECEDENT_WORDS specific ones: in a collection on
    # one subject a description is made of its common words ('the generative world model trained on real robot
    # interaction' among robotics papers), several of which weigh as much as a few specific ones. No word weighs
    # more than a specific one: one rare word ('How big is it?') describes nothing.
    specific = _specific_idf(catalog)
    return sum(min(catalog.idf(t), specific) for t in described) >= ANTECEDENT_WORDS * specific


def _sets_the_scene(clause: str) -> bool:
    """'Speaking of hardware', 'For reproducibility', 'On the efficiency side': a preposition or lead-in and a topic
    of a word or two ('For industrial anomaly detection that has to survive unseen shifts' describes)."""
    return bool(_SCENE_RE.match(clause)) and len(content_terms(clause)) <= SCENE_WORDS


SCENE_WORDS = 2
_CLAUSE_SPLIT_RE = re.compile(r"[,;:?.!]\s*|\s+(?:and|then|but|while|so)\s+")
# A clause that sets the scene for the question: a preposition or a lead-in opening it
_SCENE_RE = re.compile(
    rf"^\W*(?:{_alternatives(lexicon.SETTING_LEAD_INS)}|speaking\s+of|in\s+terms\s+of|as\s+to|for|on|in|about|with|"
    r"at|from|regarding|concerning)\b",
    re.I,
)


_POINTING_NOUN_RE = re.compile(
    rf"\b(?:this|that)\s+(?:{_REFERENT_NOUNS})\b(?!\s+(?:on|about|that|which|with|where|from|by|for|in|of)\b)"
)
_DESCRIBED_RE = re.compile(
    rf"\bthe\s+(?:((?:[\w-]+\s+){{0,4}}?[\w-]+)\s+)?(?:{_REFERENT_NOUNS})\b"
    r"(?:\s+(?:that|which|who|where|with|on|about|for)\s+([^,;:?!—]{3,80})"
    # (or a participle: 'the study comparing academic and industry research')
    r"|\s+([a-z]{3,}ing\s+[^,;:?!—]{3,80}))?"
)


_PART_OF_IT_RE = re.compile(
    rf"\s+(?:{_REFERENT_NOUNS})\s+(?:in|of|from|behind|inside|on)\s+"
    r"(?:it|them|this|that|their|its)\b"
)


_OF_IT_RE = re.compile(r"\b(?:of|in|from|behind|inside)\s+(?:it|them|this|that|these|those|their|its)\b")


def _described_referent(low: str, catalog: Catalog) -> list[str]:
    """The specific words of a description of the paper meant ('the skeleton-based action recognition paper',
    'the retina one that also leans on CLIP'); none for 'the later one', 'the same method'."""
    m = _DESCRIBED_RE.search(low)
    # 'the small model in it', 'the parts of that framework': a part of the paper already under discussion, not a
    # new description
    if not m:
        return []
    head_end = m.end(1) if m.group(1) else m.start() + len("the")  # ('the study that …' has no words before its noun)
    if _PART_OF_IT_RE.match(low, head_end) or _OF_IT_RE.search(m.group(1) or ""):
        return []
    text = " ".join(g for g in m.groups() if g)
    skip = _ANAPHORA_STEMS | stem_set(frozenset(lexicon.REFERENCE_ORDER)) | _FRAMING_STEMS
    return [t for t in content_terms(text) if t not in skip and catalog.idf(t) >= _specific_idf(catalog)]


_REFERRING_NOUN_RE = re.compile(
    r"\bthe (?:paper|method|model|approach|framework|dataset|system|work|study|benchmark|one|authors)\b"
)

# A topic word counts as specific when at most this share of the collection's papers use it.
SPECIFIC_SHARE = 0.2


def _specific_idf(catalog: Catalog) -> float:
    n = max(catalog.count(), 1)
    df = max(1.0, SPECIFIC_SHARE * n)
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


# A follow-up that refers back keeps the previous papers unless they hold less than this share (by idf) of its own
# topic words while another paper holds at least ELSEWHERE_TO_DROP of them: then it has moved on.
COVERAGE_TO_CARRY = 0.34
ELSEWHERE_TO_DROP = 0.6
# A question that describes its own antecedent has moved on too where another paper holds its words by this much
# more than the previous papers do (in a collection on one subject the previous papers hold half of anyone's words).
ELSEWHERE_LEAD_TO_DROP = 0.4


def _only_theirs(own: Sequence[str], prior: Sequence[str], catalog: Catalog) -> bool:
    """A word of the question's own that only the previous papers use ('Does the navigation robot also learn from
    generative trajectories, or is it trained only in the real world?' after a turn about NavBot): it describes them."""
    held = [_paper_terms(p, catalog) for p in prior]
    return any(catalog.doc_freq(t) and sum(t in h for h in held) >= catalog.doc_freq(t) for t in own)


def _held_better_elsewhere(own: Sequence[str], prior: Sequence[str], covered: float, catalog: Catalog) -> bool:
    """Another paper than the previous ones holds the question's own words at least ELSEWHERE_TO_DROP and
    ELSEWHERE_LEAD_TO_DROP more than they do (`covered`: their share)."""
    best = catalog.best_match(" ".join(own))
    if not best or best in prior:
        return False
    elsewhere = _coverage(own, [best], catalog)
    return elsewhere >= ELSEWHERE_TO_DROP and elsewhere - covered >= ELSEWHERE_LEAD_TO_DROP


def _paper_terms(paper_id: str, catalog: Catalog) -> set[str]:
    p = catalog.paper(paper_id)
    return set(content_terms(f"{p.title} {p.abstract}", framing=True))


def _coverage(terms: Sequence[str], paper_ids: Sequence[str], catalog: Catalog) -> float:
    if not terms:
        return 1.0
    have: set[str] = set()
    for pid in paper_ids:
        have |= _paper_terms(pid, catalog)
    weights = {t: catalog.idf(t) for t in terms}
    total = sum(weights.values()) or 1.0
    return sum(w for t, w in weights.items() if t in have) / total


def _pick_referenced(low: str, prior: Sequence[str], catalog: Catalog) -> list[str]:
    """'the later one', 'the former', 'the third paper', 'the last one', 'paper 2', '[2]', 'the first two': those of
    several papers discussed before (by date, or by place in the previous answer); else the first few."""
    if len(prior) < 2:
        return list(prior)
    picked = []
    places = _reference_places(low)
    for place in places:
        if place == "newest":
            picked.append(max(prior, key=lambda p: catalog.paper(p).date))
        elif place == "oldest":
            picked.append(min(prior, key=lambda p: catalog.paper(p).date))
        elif isinstance(place, int) and -len(prior) <= place < len(prior):
            picked.append(prior[place])
    if places and not picked:
        return []  # 'the fifth one' of four: none of them (not the first few)
    return list(dict.fromkeys(picked)) or list(prior[:CARRIED_AT_MOST])


# The papers a follow-up without a choice carries: the first few of the previous answer.
CARRIED_AT_MOST = 3
_REFERENCE_STEMS = frozenset(stem(w) for key in lexicon.REFERENCE_ORDER for w in key.split())
_ORDER_WORDS = "|".join(sorted((re.escape(w) for w in lexicon.REFERENCE_ORDER), key=len, reverse=True))
_REFERENCE_ORDER_RE = re.compile(
    rf"\b(?:the\s+)?(?P<word>{_ORDER_WORDS})\s+(?:one|paper|work|method|model|version|study|entry|result|item|"
    rf"article|preprint)s?\b|\bthe\s+(?P<alone>{_ORDER_WORDS})\b"
    # alone only where no noun follows ('the latter?', 'the first of them'; not 'the first step', 'the last layer')
    r"(?=\s*(?:[?.!,;:)\u2014-]|$)|\s+(?:is|was|are|were|does|did|do|has|have|had|about|of|in|on|and|or|but|from|"
    r"with)\b)"
)
# 'paper 2', 'number 3', '#2', '[2]' (the answer's own citation marker), 'the 2nd one'
_REFERENCE_NUMBER_RE = re.compile(
    r"\b(?:paper|number|no\.|item|entry|result|source|reference)\s*#?\s*(\d{1,2})\b|#(\d{1,2})\b|\[(\d{1,2})\]"
    rf"|\bthe\s+(\d{{1,2}})(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{_MONTH_RE})\b)"
)


# 'the first two', 'the last three papers': a run of places
_REFERENCE_RUN_RE = re.compile(
    r"\b(?:the\s+)?(?P<end>first|last|top)\s+(?P<count>two|three|four|five|[2-5])\b"
    # (papers, or nothing after: not 'the first three steps', 'the top two accuracy')
    r"(?=\s+(?:ones|papers|works|studies|entries|results|items|articles|preprints|methods|models)\b|"
    r"\s*(?:[?.!,;:)]|$)|\s+(?:of\s+(?:them|these|those|the\s+list)|in\s+the\s+list|listed|have|has|do|did|are|were|"
    r"differ|compare|share|use|used|both|came|come|appeared|posted|published|released)\b)"
)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}


def _reference_places(low: str) -> list[str | int]:
    """Which of the papers discussed before a follow-up picks, in the order it names them: 'newest'/'oldest', or
    places in the previous answer ('the first and the third one' -> [0, 2])."""
    found: list[tuple[int, list[str | int]]] = []
    runs = []
    for m in _REFERENCE_RUN_RE.finditer(low):
        n = _COUNTS.get(m["count"]) or int(m["count"])
        found.append((m.start(), list(range(n)) if m["end"] in ("first", "top") else list(range(-n, 0))))
        runs.append((m.start(), m.end()))
    for m in _REFERENCE_NUMBER_RE.finditer(low):
        found.append((m.start(), [int(next(g for g in m.groups() if g)) - 1]))
    for m in _REFERENCE_ORDER_RE.finditer(low):
        if not any(a <= m.start() < b for a, b in runs):
            found.append((m.start(), [lexicon.REFERENCE_ORDER[re.sub(r"\s+", " ", m["word"] or m["alone"])]]))
    return [place for _, places in sorted(found, key=lambda f: f[0]) for place in places]


def _prior_papers(history: Sequence[dict], catalog: Catalog) -> tuple[str, ...]:
    """The papers the last exchange was about: named in the last answer or question (in order of mention)."""
    for turn in reversed(list(history)[-4:]):
        content = str(turn.get("content") or "") if isinstance(turn, dict) else ""
        named = catalog.named_in(content, ordered=True) or catalog.names_in(content)[1]
        if named:
            return tuple(named)
    last_user = next(
        (
            str(t.get("content") or "")
            for t in reversed(list(history))
            if isinstance(t, dict) and t.get("role") == "user"
        ),
        "",
    )
    best = catalog.best_match(last_user) if last_user else None
    return (best,) if best else ()
