"""Typed records that cross stage boundaries. Frozen, no behaviour beyond small helpers; enums for closed sets."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import ClassVar


@dataclass(frozen=True)
class SourceRef:
    """Where a record came from: a file and a 1-based line number."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Profile:
    """The header of a researcher profile page (only some layouts print one)."""

    name: str
    field: str
    h_index: int
    paper_count: int
    citations: int
    novelty_percent: int | None
    ai_score: int | None
    source: SourceRef


@dataclass(frozen=True)
class Paper:
    id: str
    title: str
    authors: tuple[str, ...]
    et_al: bool
    affiliation: str | None
    date: dt.date
    date_has_year: bool
    category: str
    has_code: bool
    abstract: str
    source: SourceRef
    # The researchers whose profile pages list the paper (from a page's header; a page without one names nobody):
    # authors too, though the page may show only the first three names ('papers by Mohit Bansal' on his own page).
    owners: tuple[str, ...] = ()

    @property
    def year(self) -> int:
        return self.date.year

    def author_line(self) -> str:
        return ", ".join(self.authors) + (" et al." if self.et_al else "")

    def date_label(self) -> str:
        """The date as the page printed it (no year where it printed none)."""
        if self.date_has_year:
            return f"{self.date:%b} {self.date.day}, {self.date.year}"
        return f"{self.date:%b} {self.date.day} ({self.date.year}, inferred)"

    @property
    def short_name(self) -> str:
        """The name before a title's colon when it is short ('MuCo'), or a made-up word before its '!' or '?'
        ('Gistify! Codebase-Level Understanding …'), else the title."""
        head, sep, _ = self.title.partition(":")
        if sep and head.strip() and len(head.split()) <= 3:  # (no name where the colon opens the title)
            return head.strip()
        exclaimed = re.match(r"([^\W\d_][\w-]*)[!?]\s", self.title)
        if exclaimed:
            from .lexicon import GENERIC_ACRONYMS
            from .text import english_words

            word = exclaimed[1].lower()
            single = word[:-1] if word.endswith("s") else word
            if word not in english_words() and single not in GENERIC_ACRONYMS:  # ('LLMs? A Closer Look …')
                return exclaimed[1]
        return self.title

    @property
    def shown_title(self) -> str:
        """The title as a reader sees it, its inline LaTeX rendered ('VGGT-$Ω$' -> 'VGGT-Ω'), no closing stop."""
        return _as_read(self.title).rstrip(".")

    @property
    def shown_name(self) -> str:
        """The short name as a reader sees it ('VGGT-Ω')."""
        return _as_read(self.short_name)


def _as_read(text: str) -> str:
    """Inline LaTeX rendered, where there is any."""
    from .text import plain_latex

    return plain_latex(text) if "$" in text or "\\" in text else text


@dataclass(frozen=True)
class Corpus:
    papers: tuple[Paper, ...]
    profiles: tuple[Profile, ...]
    errors: tuple[Exception, ...] = ()  # pages skipped with skip_bad=True, each a CorpusError naming file:line
    duplicates: tuple[tuple[Paper, Paper], ...] = ()  # (kept, dropped): the same paper listed twice

    def failed_files(self) -> tuple[str, ...]:
        return tuple(Path(getattr(e, "file", "")).name for e in self.errors)

    def by_id(self) -> dict[str, Paper]:
        return {p.id: p for p in self.papers}


@dataclass(frozen=True)
class Chunk:
    id: str
    paper_id: str
    index: int
    text: str
    token_count: int


@dataclass(frozen=True)
class Sentence:
    """One sentence of an abstract, embedded at ingest so evidence is chosen by meaning at question time."""

    id: str
    paper_id: str
    index: int
    text: str


def as_a_state(restrictions: Iterable[str]) -> str:
    """Restrictions (`Filters.describe`) said as what a paper is: 'marked as having code', not 'with code'."""
    return ", ".join(r.replace("with code", "marked as having code") for r in restrictions)


# Numbers as the answers write them ('the three newest papers')
NUMBER_NAMES = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


# Places by date as the answers write them ('the second-newest paper')
PLACE_NAMES = {2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def number_name(n: int) -> str:
    """A count as a reader says it: words up to ten ('seven papers'), digits beyond ('14 papers')."""
    return NUMBER_NAMES[n] if 0 <= n < len(NUMBER_NAMES) else str(n)


@dataclass(frozen=True)
class Filters:
    """Metadata restrictions, from the question or from the UI's filter panel."""

    year_from: int | None = None
    year_to: int | None = None
    years: tuple[int, ...] = ()  # any one of these years, where they leave a gap: "from 2021 and 2023"
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    months: tuple[int, ...] = ()  # any year, for "papers posted in March"
    day: int | None = None  # a day of the month, any year, with `months`: "posted on June 23" (pages omit the year)
    categories: tuple[str, ...] = ()
    has_code: bool | None = None
    authors: tuple[str, ...] = ()
    affiliations: tuple[str, ...] = ()
    first_author: bool = False  # with `authors`: only papers that list one of them first ("as first author")
    every_author: bool = False  # with several `authors`: only papers that list all of them ("X and Y together")
    # with `authors`: only where the page's author line shows them ('among the listed authors'), not as the researcher
    # whose page lists the paper (Paper.owners)
    listed_only: bool = False
    # papers any of these accept are left out: 'not by Minsu Kim', 'excluding 2024', 'non-CV papers not from 2024'
    without: tuple[Filters, ...] = ()

    # The fields that restrict the posting date: replaced, or left out, as one kind
    DATE_FIELDS: ClassVar[tuple[str, ...]] = ("year_from", "year_to", "years", "date_from", "date_to", "months", "day")

    def active(self) -> bool:
        return self != Filters()

    def merge(self, other: Filters) -> Filters:
        """`other` (e.g. the UI's filter panel) wins where it says something."""
        return Filters(
            year_from=other.year_from or self.year_from,
            year_to=other.year_to or self.year_to,
            years=other.years or self.years,
            date_from=other.date_from or self.date_from,
            date_to=other.date_to or self.date_to,
            months=other.months or self.months,
            day=other.day if other.months else self.day,
            categories=other.categories or self.categories,
            has_code=other.has_code if other.has_code is not None else self.has_code,
            authors=other.authors or self.authors,
            affiliations=other.affiliations or self.affiliations,
            first_author=other.first_author if other.authors else self.first_author,
            every_author=other.every_author if other.authors else self.every_author,
            listed_only=other.listed_only if other.authors else self.listed_only,
            without=other.without or self.without,
        )

    def replaced_by(self, other: Filters) -> Filters:
        """These filters with each kind of restriction `other` has taken from it instead: the dates as one kind
        (a follow-up's 'in 2024' replaces 'in 2025', and not only its year fields), the people as one."""
        dates = self.DATE_FIELDS
        dated = any(getattr(other, f) for f in dates)
        people = ("authors", "first_author", "every_author", "listed_only")
        changes = {f: getattr(other, f) for f in dates if dated}
        changes |= {f: getattr(other, f) for f in people if other.authors}
        changes |= {f: getattr(other, f) for f in ("categories", "affiliations") if getattr(other, f)}
        if other.has_code is not None:
            changes["has_code"] = other.has_code
        if other.without:  # ('And not by Minsu Kim?' after 'Which papers are not in CV?': both left out)
            changes["without"] = (*self.without, *other.without)
        return replace(self, **changes)

    def accepts(self, paper: Paper) -> bool:
        if any(left_out.accepts(paper) for left_out in self.without):
            return False
        if self.year_from and paper.year < self.year_from:
            return False
        if self.year_to and paper.year > self.year_to:
            return False
        if self.years and paper.year not in self.years:
            return False
        if self.date_from and paper.date < self.date_from:
            return False
        if self.date_to and paper.date > self.date_to:
            return False
        if self.months and paper.date.month not in self.months:
            return False
        if self.day and paper.date.day != self.day:
            return False
        if self.categories and paper.category not in self.categories:
            return False
        if self.has_code is not None and paper.has_code != self.has_code:
            return False
        if self.affiliations and (paper.affiliation or "").lower() not in {a.lower() for a in self.affiliations}:
            return False
        listed = {x.lower() for x in (paper.authors if self.listed_only else (*paper.authors, *paper.owners))}
        if self.authors and self.every_author and not all(a.lower() in listed for a in self.authors):
            return False
        if self.authors and self.first_author:
            return bool(paper.authors) and paper.authors[0].lower() in {a.lower() for a in self.authors}
        return not self.authors or any(a.lower() in listed for a in self.authors)

    def describe(self) -> list[str]:
        """Each restriction in words ('posted in 2021', 'in CV', 'with code')."""
        out = []
        if self.date_from and self.date_from == self.date_to:
            out.append(f"posted on {self.date_from:%B} {self.date_from.day}, {self.date_from.year}")
        elif self.date_from or self.date_to:
            if self.date_from and self.date_to:
                out.append(f"posted between {_day(self.date_from)} and {_day(self.date_to)}")
            elif self.date_from:
                out.append(f"posted on or after {_day(self.date_from)}")
            else:
                out.append(f"posted on or before {_day(self.date_to)}")
        if self.months:
            import calendar

            if self.day and len(self.months) == 1:
                out.append(f"posted on {calendar.month_name[self.months[0]]} {self.day}")
            else:
                out.append("posted in " + " or ".join(calendar.month_name[m] for m in self.months))
        if self.year_from and self.year_from == self.year_to:
            out.append(f"from {self.year_from}")
        elif self.year_from and self.year_to:
            out.append(f"from {self.year_from} to {self.year_to}")
        else:
            if self.year_from:
                out.append(f"from {self.year_from} on")
            if self.year_to:
                out.append(f"up to {self.year_to}")
        if self.years:
            out.append("from " + _either(self.years))
        if self.categories:
            out.append("in " + " or ".join(self.categories))
        if self.has_code:
            out.append("with code")
        elif self.has_code is False:
            out.append("without code")
        if self.authors and self.every_author:
            out.append(
                ("with first author " if self.first_author else "by ") + " and ".join(self.authors) + " together"
            )
        elif self.authors and self.listed_only and not self.first_author:
            out.append("with " + " or ".join(self.authors) + " on the author line")
        elif self.authors:
            out.append(("with first author " if self.first_author else "by ") + " or ".join(self.authors))
        if self.affiliations:
            out.append("from " + " or ".join(self.affiliations))
        out += ["not " + d for left_out in self.without for d in left_out.describe()]
        return out


def _either(items: Iterable[object]) -> str:
    """'2021 or 2023', '2021, 2023 or 2025'."""
    words = [str(i) for i in items]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def _day(d: dt.date) -> str:
    return f"{d:%B} {d.day}, {d.year}"


class Intent(StrEnum):
    """What a question asks for, read from the clause that asks."""

    HELP = "help"  # nothing asked (empty, punctuation)
    OFF_TOPIC = "off_topic"  # chit-chat, a request for the prompt, nothing about the papers
    AUTHORS = "authors"  # who wrote a paper
    DATE = "date"  # when a paper was posted
    RECORD = "record"  # another field of a named paper's record: category, code, affiliation
    LISTING = "listing"  # which papers match metadata (dates, categories, code, authors), or how many
    CONTENT = "content"  # what papers say: a detail, a method, a number; one paper or several
    COMPARISON = "comparison"  # two or more papers side by side
    OVERVIEW = "overview"  # what the collection as a whole is about: the threads its papers fall into
    COAUTHORS = "coauthors"  # who the researcher writes with most: co-authors counted over the papers
    TALLY = "tally"  # how the papers spread over a record field: per year, the commonest category, the share with code


class SmallTalk(StrEnum):
    """What a message that asks nothing of the papers says instead; each gets its own friendly reply."""

    GREETING = "greeting"  # 'Hello', 'Good morning'
    THANKS = "thanks"  # 'Thanks!', 'Thank you so much'
    CAPABILITIES = "capabilities"  # 'What can you do?', 'What can I ask?', 'Help'


class TallyField(StrEnum):
    """The record field papers are counted by."""

    YEAR = "year"
    MONTH = "month"
    CATEGORY = "category"
    CODE = "code"


class TallyAsk(StrEnum):
    """What a tally question wants of the counts."""

    EACH = "each"  # every value and its count ('How many papers per year?')
    MOST = "most"  # the value with the most papers ('Which year had the most papers?')
    FEWEST = "fewest"
    DISTINCT = "distinct"  # how many values there are ('How many different categories?')
    SHARE = "share"  # what part of the papers the filters keep ('What fraction of the papers have code?')


@dataclass(frozen=True)
class Tally:
    """What a tally question asks: of which field, and what of its counts."""

    asks: TallyAsk
    by: TallyField | None = None  # (none for a share)
    # a share: the papers it is a part of ('of the 2025 papers'); the query's filters choose the part
    of: Filters = Filters()


@dataclass(frozen=True)
class Part:
    """One thing a question asks: "Which paper does X? What is its module called?" has two parts."""

    text: str
    terms: tuple[str, ...]  # content stems (typos corrected)
    slot: tuple[str, ...] = ()  # stems of the asked-for thing
    asks_number: bool = False
    # what a 'how many' part counts, each thing as the stems that name it: its plural nouns ('how many tasks and
    # tools' -> (task,), (tool,); not the words that qualify them, 'locally deployed LLMs' -> (llms,)), else the whole
    # thing asked ('how much data and compute'); () for other parts
    counts: tuple[tuple[str, ...], ...] = ()
    asks_name: bool = False  # asks what something is called
    asks_reason: bool = False  # "why …"
    # "what problem does it solve", "what gap does it fill": the need the paper meets, which an abstract states before
    # it says what it does (with asks_reason)
    asks_problem: bool = False
    measure: str | None = None  # the kind of quantity asked for (lexicon.MEASURES), when a number is asked
    unit: str = ""  # the unit the asked-for thing is ('frames per second'), which a paper may write '45.7 FPS'
    # asks which datasets or benchmarks the paper used ('Which datasets was X evaluated on?', 'What dataset did X
    # train on?'): answered by their names, not by 'experiments on two datasets'
    sets_used: bool = False
    asks_contribution: bool = False  # "what did they propose / put together instead": what the paper contributes
    asks_method: bool = False  # "how did they turn X into Y": how the paper does what it does
    asks_finding: bool = False  # "has review quality gotten worse?", "what did it conclude?": what the paper found
    asks_result: bool = False  # "what are its results?", "how well does it perform?": how well it did (a finding too)
    # stems of the words that name the kind of answer asked ('results', 'challenge', 'advantages'; for how it differs
    # from earlier work, the words sentences compare with: 'existing', 'unlike'): a sentence using one states that kind
    kind_terms: tuple[str, ...] = ()
    # "which models did that paper evaluate?": the stem of the verb by which the paper uses what others made
    uses: str = ""
    # opens with a setting that describes the paper ('In the work that teaches …, what are …'): its terms are what
    # is asked after that setting
    described: bool = False


class Order(StrEnum):
    OLDEST = "oldest"
    NEWEST = "newest"


@dataclass(frozen=True)
class Query:
    """A question, understood once: what it asks (intent, asked-for detail), about what (names, topic, filters)."""

    question: str  # as asked (trimmed, possibly truncated)
    asking: str  # the clause(s) that ask, injected instructions left out
    search_text: str  # what retrieval matches on
    intent: Intent
    filters: Filters = Filters()
    named: tuple[str, ...] = ()  # paper ids the question names (title, short name, a coined title word)
    mentioned: tuple[str, ...] = ()  # paper ids hinted by a term only their abstract coins ('MultiDialog')
    carried: tuple[str, ...] = ()  # paper ids a follow-up refers back to
    terms: tuple[str, ...] = ()  # content stems of the search text (typos corrected)
    topic: tuple[str, ...] = ()  # stems of what it is about: not names, metadata or framing
    slot: tuple[str, ...] = ()  # stems of the thing asked for ('learning rate', 'dataset')
    detail_kinds: tuple[str, ...] = ()  # kinds of detail asked for (lexicon.DETAIL_KINDS)
    asks_number: bool = False
    asks_count: bool = False  # "how many"
    asks_reason: bool = False  # "why"
    is_list: bool = False  # asks for a set of papers
    # asks whether the researcher (or an author named) worked on a topic ('Has this group looked at X?', 'Did they
    # study Y?'): a list, but only where one of its papers answers the question on its own
    owner_work: bool = False
    # asks whether a paper on a topic exists at all ('Is there a paper on X?', 'Any work on Y?', 'Did they work on Z?'):
    # people ask so of topics the collection may not have, and a paper that only half matches is no yes
    asks_existence: bool = False
    # co-authors: every name on the author lines counted, the pages' own researchers too ('Who wrote the most papers?')
    counts_everyone: bool = False
    # co-authors: how many names are asked for ('their top 3 collaborators', 'the five people they write with most')
    names_asked: int | None = None
    # names kept out of a co-author ranking ('Who do they write with most, other than Minsu Kim?'); their papers count
    names_left_out: tuple[str, ...] = ()
    order: Order | None = None
    ranked: int | None = None  # with `order`: how many papers are asked for ('the three newest papers')
    place: int | None = None  # with `order`: the one paper in that place ('the second newest paper' -> 2)
    # With `ranked`, where the question asks which of those papers match ('Which of the three newest papers have
    # code?'): the filters that choose those papers ('the three newest CV papers': in CV). The question's other filters
    # and its topic choose among them.
    within: Filters | None = None
    record_fields: tuple[str, ...] = ()  # for Intent.RECORD: category, code, affiliation
    # what a record question asks besides of the same paper's abstract ('Who wrote X and what dataset does it use?'
    # -> 'what dataset does X use?'): answered after the record
    also: str = ""
    unknown_categories: tuple[str, ...] = ()  # categories asked for that the collection does not have
    unknown_authors: tuple[str, ...] = ()  # people whose papers are asked for that no paper lists ('papers by X')
    ignored: tuple[str, ...] = ()  # instructions inside the question, treated as data
    # what the asker says of themselves before a question that says what it asks ('I'm a first-year PhD student.'):
    # no topic, and no name a paper must hold
    about_asker: tuple[str, ...] = ()
    prompt_request: bool = False  # asks for the assistant's own instructions
    small_talk: SmallTalk | None = None  # with Intent.OFF_TOPIC or HELP: a greeting, thanks, or what it can do
    english: bool = True
    topic_switch: bool = False  # the follow-up announces a new topic
    parts: tuple[Part, ...] = ()  # the sub-questions, each answered by its own evidence
    exclude: tuple[str, ...] = ()  # papers named only as a reference ("the same date as X"): not an answer
    paper_kinds: tuple[str, ...] = ()  # kinds of paper asked for (lexicon.PAPER_KINDS: 'Is there a survey of …')
    # a paper's short name of ordinary words a question for papers uses as a concept ('Which papers use dynamic point
    # maps?'): every member mentions it
    concepts: tuple[str, ...] = ()
    # with Intent.OVERVIEW: the thread of the last overview a follow-up asks for, by its place (0 the first, -1 the
    # last): every paper of that thread is listed
    thread: int | None = None
    tally: Tally | None = None  # with Intent.TALLY: the field counted by, and what is asked of the counts

    def ranked_set(self) -> str:
        """The papers a `within` question chooses among, in words ('the three newest papers in CV')."""
        count = number_name(self.ranked) if self.ranked else str(self.ranked)
        word = "oldest" if self.order is Order.OLDEST else "newest"
        where = " ".join(self.within.describe()) if self.within else ""
        return f"the {count} {word} papers {where or 'in the collection'}"

    def asked_of_ranked(self) -> list[str]:
        """The filters a `within` question asks of those papers ('with code'), not those that chose them."""
        chosen = self.within.describe() if self.within else []
        return [d for d in self.filters.describe() if d not in chosen]


@dataclass(frozen=True)
class Hit:
    """One retrieved paper: its best chunk, the fused score and why it matched."""

    paper: Paper
    chunk_text: str
    score: float
    why: tuple[str, ...] = ()
    dense: float = 0.0  # best chunk cosine similarity to the question
    lexical: float = 0.0  # BM25 score

    @property
    def title(self) -> str:
        return self.paper.title


@dataclass(frozen=True)
class Evidence:
    """One numbered source as shown to an engine: the paper and its sentences that bear on the question."""

    n: int
    hit: Hit
    sentences: tuple[str, ...]
    lead: str = ""  # the sentence that best states the asked fact (also in `sentences`)
    name: str = ""  # what the paper calls its contribution, where its title does not say ('LEAF')


@dataclass(frozen=True)
class PaperGroup:
    """Papers an answer shows together under one name: an overview's thread (papers close in meaning, named by words
    their titles share), or the papers a co-author is listed on (named by the co-author)."""

    label: str  # the thread's title words ('LLM agents · human interaction'; '' where none recur), the person's name
    members: tuple[str, ...]  # paper ids, the most typical (a thread) or the newest (a co-author) first
    shown: int = 0  # how many of them (the first) the answer shows and cites


@dataclass(frozen=True)
class Plan:
    """What the answer will be built from, or why there is none."""

    query: Query
    hits: tuple[Hit, ...]
    evidence: tuple[Evidence, ...]
    answerability: float  # calibrated probability that the evidence answers the question
    refusal: str | None = None
    closest: tuple[Hit, ...] = ()  # shown with a refusal only when they are close
    matched: int = 0  # for a listing: how many papers the filters allow (the evidence shows at most the list limit)
    groups: tuple[PaperGroup, ...] = ()  # an overview's threads, or the most frequent co-authors' papers
    note: str = ""  # what the answer says of its own scope ('besides Sangmin Lee; the pages print only …')


class NoticeKind(StrEnum):
    """Every kind of notice an answer can carry; the eval counts kinds, the UI shows messages."""

    NO_QUESTION = "no_question"
    TRUNCATED = "truncated"
    IGNORED_INSTRUCTIONS = "ignored_instructions"
    NOT_ENGLISH = "not_english"
    FILTER_EXCLUDES_NAMED = "filter_excludes_named"
    STORE_EMPTY = "store_empty"
    STORE_ERROR = "store_error"
    CONDENSE_FAILED = "condense_failed"
    ENDPOINT_FAILED = "endpoint_failed"  # fell back to the offline answer
    MODEL_BUSY = "model_busy"
    RETRIED = "retried"
    INVALID_CITATION = "invalid_citation"
    UNCITED_CITED = "uncited_cited"
    UNSUPPORTED_DROPPED = "unsupported_dropped"
    RESTATED_DROPPED = "restated_dropped"
    REPLACED = "replaced"  # the model's answer was replaced by the extractive one
    MODEL_REFUSED = "model_refused"
    MODEL_DOUBTED = "model_doubted"  # the model refused, the offline judge found the answer: its refusal was set aside


@dataclass(frozen=True)
class Notice:
    kind: NoticeKind
    message: str

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Citation:
    n: int
    paper_id: str
    title: str
    authors: tuple[str, ...]
    year: int
    quote: str  # the sentence that best supports what the answer says of this paper
    support: float
    quotes: tuple[str, ...] = ()  # every sentence of the paper the answer drew on


@dataclass(frozen=True)
class Answer:
    text: str
    citations: tuple[Citation, ...]
    sources: tuple[Hit, ...]
    refused: bool
    engine: str
    notices: tuple[Notice, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False)
    lead: str = ""  # the answer line; the rest of `text` is the evidence behind it
    intent: Intent = Intent.CONTENT
    closest: tuple[Hit, ...] = ()  # for a refusal: papers near the question, only when they are close
    answerability: float | None = None  # the plan's calibrated odds that its evidence answers; None before a plan

    def notice_kinds(self) -> set[NoticeKind]:
        return {n.kind for n in self.notices}


@dataclass(frozen=True)
class TextDelta:
    """A piece of answer text as it is produced. `draft` text comes from a model and is not yet checked: the
    final answer replaces it."""

    text: str
    draft: bool = False


@dataclass(frozen=True)
class Final:
    """The checked answer; always the last event of a stream."""

    answer: Answer


AnswerEvent = TextDelta | Final
