"""Plan: which papers an answer is about, which of their sentences carry it, or why it must be refused.

Evidence is chosen by meaning: every abstract sentence was embedded at ingest, and a sentence's score fuses its
cosine similarity to the question with the share of the question's words it holds, whether it names the asked-for
thing, states a number when one is asked, or defines a name when a name is asked for.

Whether the evidence can answer at all is one calibrated score: a logistic model over a few features (similarity,
coverage of the question's topic, words the corpus never uses, the asked-for kind of detail present, a number when
one is asked, the question's own names found, a premise the abstract contradicts), with weights and one threshold
fitted on the training split (scripts/fit_answerability.py -> assistant/data/answerability.json).
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from typing import NamedTuple

import numpy as np

from . import lexicon
from .engines.extractive import category_label, joined_names
from .index import without_title
from .query import NAME_ASKED_RE, SET_NOUN_STEMS, SET_USE_RE, asker_statement
from .retrieval import allowed_ids
from .text import (
    WORD_RE,
    alternation,
    asked_names,
    content_terms,
    defined_abbreviations,
    english_words,
    fold_accents,
    has_number,
    instructs,
    is_coined,
    is_number,
    mentions_name,
    name_like_terms,
    name_parts,
    normalize,
    place_forms,
    place_names,
    plain_latex,
    plain_names,
    ratio,
    sentences,
    spellings,
    spells_out,
    stem,
    stem_set,
    stopwords,
    tokens,
    without_urls,
)
from .themes import themes
from .types import (
    PLACE_NAMES,
    Evidence,
    Hit,
    Intent,
    Order,
    PaperGroup,
    Plan,
    Query,
    TallyAsk,
    TallyField,
    as_a_state,
    number_name,
)

REFUSAL_PREFIX = "The papers don't say"
# Candidates whose sentences are read for a content question (beyond the named ones).
CANDIDATES = 8
# More candidates for "which papers …" questions, each judged on its own.
LIST_CANDIDATES = 20
# Abstract sentences whose facts (negations, comparisons, cues) are kept worked out: a question reads at most some
# 20 papers' sentences, so this holds the last ~80 questions' worth without growing with the collection.
SENTENCE_CACHE = 16384
# When no candidate clears the membership threshold: those within this share of the best one's probability.
LIST_FALLBACK_SHARE = 0.5
# A list member answers the question at least this share of the way to a single answer's threshold (on the training
# split and the dev pages, members in the gold lists sat at 0.81 of it and above; the one member of a near-miss topic,
# 'protein structure prediction', at 0.26).
LIST_ANSWER_SHARE = 0.5
# A question asking whether a paper on a topic exists ('Is there a paper on …?', `Query.asks_existence`) is answered
# only where a paper it did not name answers it with at least this answerability (and at least the model's own
# threshold). People ask so of topics the collection may not have, so more such questions are unanswerable than the
# models' thresholds (fitted on all questions) expect, and a paper near the topic but not on it must not count as a
# yes. Chosen on the training split, midway between its two kinds: there, the existence questions of up to
# EXISTENCE_TOPIC_MAX words that were unanswerable but answered scored 0.20-0.69, the answerable ones 0.82 and up.
# (A cold reviewer's probe of the shipped corpus found fair ones below it: 'Is there anything on emotion recognition?'
# at 0.72, 'Is there a paper on neural network theory?' at 0.58; and a near-absent one at 0.74, 'Is there anything on
# citation recommendation?'. 0.70 would trade the first for the last; left at the train split's choice.)
EXISTENCE_ANSWERABILITY = 0.75
# ... where the question names its topic in at most this many whole words. One that describes the paper at length
# ('Most large robot datasets only have third-person cameras. Is there a paper that synthesizes the missing
# hand-mounted views …') remembers a paper rather than asks whether the collection has the topic, and scores lower
# for its everyday words. On the training split the unanswerable existence questions used 4-7 words; the answerable
# ones the bar refused, 10 and 14.
EXISTENCE_TOPIC_MAX = 8
# An overview shows at most this many papers of each thread (the most typical first) and says how many more it has:
# a reader takes in a handful of titles a thread, and six threads of five fit one screen.
OVERVIEW_SHOWN = 5
# Who the researcher writes with most: co-authors on at least COAUTHOR_LEAST of the papers (one shared paper is no
# pattern), at most COAUTHORS_SHOWN of them, each with up to COAUTHOR_PAPERS_SHOWN of their papers cited.
COAUTHOR_LEAST = 2
COAUTHORS_SHOWN = 8
COAUTHOR_PAPERS_SHOWN = 3
# Co-authors tied with the last one shown are named up to this many (the rest counted): a cut is never silent.
TIED_NAMED = 5
# A paper is "close" enough to be offered with a refusal when its best sentence is at least this similar.
CLOSE_ENOUGH = 0.45
# Sentence score weights (chosen on the training split): meaning, words, the asked-for thing, a number, a name.
S_COSINE = 1.0
S_WORDS = 0.8
S_SLOT = 0.35
S_NUMBER = 0.35
S_DEFINES = 0.3
S_KIND = 0.3
S_CONTRIBUTION = 0.15
S_REASON = 0.3  # a reason or a limitation, for a "why" part
S_OWN_NAME = 0.35  # the paper's own coined name, when the question asks which paper or method
S_LINK = -0.3  # a sentence that is mostly a URL says little
# A sentence stating the paper's aim as a question ('we investigate how …'), for a part asking how, why or what was
# found: it echoes the question (so its words and meaning match well) and answers none of it. As much as a link
# sentence says little; set by hand.
S_AIM = -0.3
# For 'which models did that paper evaluate': a sentence with that verb and names not the paper's own ('We evaluate
# LLaVA-NeXT and Molmo'), whose other words rarely meet the question's. As strong as a sentence that defines the name
# asked for (the defines weight on the training split); set by hand.
S_USED = 0.6
# A sentence that counts as many things as the question says there are ('sorts methods into three schools. What are
# they?' -> 'We categorise developments into three paradigms: …'), for a part that asks what they are. As strong as
# the name a part asks for (the defines weight); set by hand.
S_COUNTED = 0.6
# A sentence that names a set the paper reports on, for a part asking which datasets or benchmarks it used: that
# sentence is the answer, as a number is for 'how many' (set by hand; the training questions of this kind are few).
S_SET_NAMED = 1.0
# A sentence that is itself a question ('… and ask: Can a single self-supervised backbone support both …?') states no
# answer, however many of the question's words it repeats (set by hand).
S_ASKS = -0.4
S_METHOD = 0.0  # a sentence describing the method, for a part asking how (set by hand: data/evidence.json)
S_FINDING = 0.0  # a sentence stating a finding, for a part asking what was found (set by hand: data/evidence.json)
# Sentences quoted for one paper: the lead and three supporting ones (with two, 4 train questions missed the asked
# fact, which was the fourth-best sentence; no question lost a fact with three; rewrites of train questions
# 0.89-0.93 -> 0.91-0.94). And at most for each paper of several.
BUDGET_ONE = 4
BUDGET_EACH = 2
# An acronym of this many capitals or more, written out in full in a paper ('WER' by 'word error rate'), is held by
# it (two letters spell too many chance pairs of words: 'RL' would be 'robust localization').
ACRONYM_SPELLED_MIN = 3
# A question with at most this many topic words counts as brief (see Features.brevity).
BRIEF_TOPIC = 4
# A term used by at most this share of papers counts as rare (specific) for coverage.
RARE_SHARE = 0.1
# A question put to the whole collection whose words of substance no paper uses (synonyms counted) carry at least this
# share of its words' idf weight asks mostly about things none of the papers mention ('trains a quadruped robot to
# walk over rough terrain with reinforcement learning', where only 'robot', 'train' and 'reinforcement learning' are
# used): a paper holding the rest answers a neighbouring question. Chosen on the training split, where the answerable
# questions, follow-ups and rephrasings reach 0.78 ('Unrelated, but I also heard of an interactive art piece where …',
# everyday words beside the papers' terms; 'Which model puts an object together piece by piece …' 0.76) and the
# unanswerable ones are at 0.80 and above ('a good coffee shop near campus', 'reinforcement learning for protein
# folding' 0.84), or below 0.70. (Narrow: the rule is a backstop for the many-word near-misses the model passes.)
MOSTLY_UNHEARD_SHARE = 0.8

_DEFINES_RES = [re.compile(p, re.I) for p in lexicon.DEFINES_NAME]
_CONTRIBUTION_RES = [re.compile(p, re.I) for p in lexicon.CONTRIBUTION]
_NAMED_PART_RE = re.compile(lexicon.NAMED_PART, re.I)
_REASON_RES = [re.compile(p, re.I) for p in lexicon.REASON_CUES]
_RESULT_RES = [re.compile(p, re.I) for p in lexicon.RESULT_CUES]
_FINDING_RES = [re.compile(p, re.I) for p in lexicon.FINDING_CUES]
_AIM_RES = [re.compile(p, re.I) for p in lexicon.AIM_CUES]
_MEASURE_STATED_RES = {kind: re.compile(stated, re.I) for kind, (_, stated) in lexicon.MEASURES.items()}
_NEGATION_RE = re.compile(
    # (a cue that ends a hyphenated modifier negates its own first half, not what follows: a 'tile-skipping kernel'
    # skips tiles and is itself a kernel; after a dash, '--- without any training', it is a cue)
    r"(?:^|(?<!\w)(?<!\w-))("
    + "|".join(re.escape(c) for c in sorted(lexicon.NEGATION_CUES, key=len, reverse=True) if c[0] != "-")
    + r")\b|(\w+)-free\b",
    re.I,
)


@dataclass(frozen=True)
class Features:
    """What the answerability model sees for one paper and one question."""

    cosine: float  # best sentence cosine similarity to the question
    coverage: float  # idf-weighted share of the question's topic words the paper holds
    rare_coverage: float  # the same for its rare (specific) words
    unknown: float  # idf-weighted share of its topic words that no paper in the collection uses
    focus: float  # 1 named or referred back to, 0.5 hinted by a coined term, 0 found by search
    kind_ok: float  # the asked-for kind of detail (hardware, venue, …) appears (1 when none is asked)
    slot_ok: float  # share of the asked-for thing's words present (1 when no thing is asked for)
    number_ok: float  # a number near the asked-for thing, when a number is asked (1 otherwise)
    names_ok: float  # share of the question's own coined names and numbers the paper contains
    contradicted: float  # the abstract states the question's premise only negated
    lead: float  # how far this paper leads the next one in the ranking (0 when it is named)
    brevity: float  # 1 for a question of up to four topic words, less for longer ones
    unknown_brief: float  # unknown x brevity: a short question whose topic words the collection never uses
    # How far this paper falls behind the best candidate for the same question (0 for the best), in best sentence
    # cosine, coverage and retrieval score: a list member stands close to the best member. Only the standing model
    # weighs these.
    cosine_behind: float = 0.0
    coverage_behind: float = 0.0
    score_behind: float = 0.0

    def vector(self) -> np.ndarray:
        return np.array([getattr(self, f) for f in FEATURES], dtype=float)


FEATURES = tuple(Features.__dataclass_fields__)
# Features only the standing model weighs: whether one paper answers, or belongs in a list at all, depends on that
# paper, not on how it stands among the others.
STANDING_FEATURES = ("cosine_behind", "coverage_behind", "score_behind")


@functools.cache
def model() -> dict:
    """The fitted answerability model: weights per feature, bias, threshold, and how it was fitted."""
    text = resources.files("assistant").joinpath("data/answerability.json").read_text(encoding="utf-8")
    data = json.loads(text)
    for name, m in data["models"].items():
        missing = set(FEATURES) - set(m["weights"])
        if missing:
            raise ValueError(
                f"answerability.json ({name}) lacks weights for {sorted(missing)}; rerun scripts/fit_answerability.py"
            )
    return data


def standing(features: Features) -> float:
    """P(the paper belongs in a list that has a member already), from how close it stands to the best candidate as
    well as from what it holds: the model that adds members the absolute one misses."""
    return _logistic(model()["models"]["standing"], features)


def standing_threshold() -> float:
    return float(model()["models"]["standing"]["threshold"])


def _model_for(features: Features, membership: bool) -> dict:
    """Questions that name a paper ask whether a detail is there; questions that describe one ask whether any
    paper matches; list questions ask which papers belong. Each has its own fitted model."""
    models = model()["models"]
    if membership:
        return models["list"]
    return models["named"] if features.focus >= 0.5 else models["searched"]


def probability(features: Features, *, membership: bool = False) -> float:
    """P(the paper answers the question); with `membership`, P(the paper belongs in a "which papers" list)."""
    return _logistic(_model_for(features, membership), features)


def _logistic(m: dict, features: Features) -> float:
    z = m["bias"] + sum(m["weights"][f] * getattr(features, f) for f in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def threshold(features: Features | None = None) -> float:
    models = model()["models"]
    if features is None:
        return float(min(models["named"]["threshold"], models["searched"]["threshold"]))
    return float(_model_for(features, False)["threshold"])


def list_threshold() -> float:
    return float(model()["models"]["list"]["threshold"])


# ---------------------------------------------------------------------------------------------------------- views


@dataclass
class PaperView:
    """One candidate paper as the planner sees it: its sentences with scores, and its features."""

    hit: Hit
    sentences: list[str]
    cosines: np.ndarray
    scores: np.ndarray
    vectors: list = field(default_factory=list)  # the sentences' stored vectors
    sentence_terms: list = field(default_factory=list)  # each sentence's stems, with synonyms
    part_scores: np.ndarray | None = None  # one row of sentence scores per part of the question
    cues: dict = field(default_factory=dict)  # each cue's table (parts x sentences), before weighing
    measured: tuple = ()  # per part: whether it asks for a number of a named kind ('how big', 'how fast')
    premise_parts: tuple[int, ...] = ()  # the parts that only restate the premise the question states (`_part_vectors`)
    # per part that asks how many of something: for each thing counted ('how many tasks and tools'), the sentences
    # that state a count of it ('604 tools'), each with how many of the question's other words stand by its count
    # (`_count_fit`); () for other parts
    counted: tuple = ()
    features: Features | None = None
    p: float = 0.0  # answerability
    p_list: float = 0.0  # membership in a list answer
    p_standing: float = 0.0  # membership in a list answer that has a member, by standing among the candidates
    lacks: tuple[str, ...] = ()  # the names the question asks about, where the paper mentions none of them
    names_no_set: bool = False  # asked which datasets it used, the abstract names none ('on two datasets')
    of_kind: bool = False  # a kind of paper is asked for ('a survey of …') and this paper says it is one
    other_kind: bool = False  # ... and another candidate says so, this one does not

    @property
    def id(self) -> str:
        return self.hit.paper.id

    def best(self, budget: int) -> tuple[str, tuple[str, ...]]:
        """The lead sentence and up to `budget` sentences (lead included), in the abstract's order: first the best
        sentence for each part of the question, then the best of the rest."""
        if not self.sentences:
            return "", ()
        usable = {i for i in range(len(self.sentences)) if not instructs(self.sentences[i])}
        if not usable:
            return "", ()
        chosen: list[int] = []
        rows = self.part_scores if self.part_scores is not None and len(self.part_scores) else [self.scores]
        numbers = self.cues.get("number") if self.cues else None
        # The parts that ask come before those that restate the question's premise (`_part_vectors`).
        premise = [i for i in self.premise_parts if i < len(rows)]
        picks: dict[int, int] = {}  # the first sentence each part chose
        for p_i in [i for i in range(len(rows)) if i not in premise] + premise:
            row = rows[p_i]
            # A part that asks for a number of a named kind is answered by a sentence that states one of that kind,
            # where the abstract has one ('How big is the benchmark?' -> '… contains 23,446 queries'), however close
            # the sentences that only describe the benchmark. ('How many …' names no kind: any digit would do, so
            # the weighed scores decide.)
            measured = p_i < len(self.measured) and self.measured[p_i]
            stating = set(np.flatnonzero(numbers[p_i])) if measured and numbers is not None else set()
            # 'How many LLMs did they evaluate?', 'How many tasks and tools?': for each thing counted, the best
            # sentence that counts it ('We evaluated 34 locally deployed LLMs'), not one with another number
            counted = False
            for counting in self.counted[p_i] if p_i < len(self.counted) else ():
                order = [int(i) for i in np.argsort(-np.asarray(row)) if int(i) in usable and int(i) not in chosen]
                # (of the sentences that count it, the one whose count stands among more of the question's words:
                # 'hours of data … trained on' is the '3,400+ hour dataset' GRM was trained on, not '1 hour of real
                # robot interaction')
                fits = [i for i in order if i in counting]
                pick = max(fits, key=lambda i: counting[i], default=None)
                if pick is not None:
                    picks.setdefault(p_i, pick)
                    chosen.append(pick)
                    counted = True
            if counted:
                continue  # (the part is answered by its counts; later parts keep their place in the budget)
            candidates = [int(i) for i in np.argsort(-np.asarray(row)) if int(i) in usable and int(i) not in chosen]
            pick = next((i for i in candidates if i in stating), None) if stating else None
            if pick is None and candidates:
                pick = candidates[0]
            if pick is not None:
                picks[p_i] = pick
                chosen.append(pick)
        words = self.cues.get("words") if self.cues else None
        first = next((i for i in range(len(rows)) if i not in premise), None)
        if premise and first in picks and premise[0] in picks and words is not None and not words[first, picks[first]]:
            # The sentence chosen for what is asked holds none of its words ('VideoCUPS introduces four baselines -
            # what are they built from?'): the one that restates the premise leads, which often answers too ('four
            # competitive baselines, extending state-of-the-art unsupervised panoptic …').
            chosen.remove(picks[premise[0]])
            chosen.insert(0, picks[premise[0]])
        for i in np.argsort(-self.scores):
            if len(chosen) >= max(budget, len(rows)):
                break
            if int(i) in usable and int(i) not in chosen:
                chosen.append(int(i))
        chosen = chosen[: max(budget, 1)]
        if budget > BUDGET_EACH:
            # a quoted part of an enumeration brings the rest of it: 'Envision operates in two stages.' says nothing
            # without 'First, …' and 'Then, …' (nor does 'Then, …' without the rest); a sentence that leans on the
            # one before it ('This resolves conflicts …') brings that one
            sents = tuple(self.sentences)
            chosen += [i for i in _enumerations(sents, tuple(chosen)) if i in usable]
            chosen += [i for i in _leaned_on(sents, tuple(chosen)) if i in usable]
            chosen += [i for i in _carried_on(sents, tuple(chosen)) if i in usable]
            chosen += [i for i in _spelled_out(sents, chosen[0]) if i in usable and i not in chosen]
        lead = self.sentences[chosen[0]]
        return lead, tuple(self.sentences[i] for i in sorted(chosen))


_ANNOUNCES_RES = [re.compile(p, re.I) for p in lexicon.ANNOUNCES_PARTS]
_CONTINUES_RES = [re.compile(p, re.I) for p in lexicon.CONTINUES_PARTS]


def _enumerations(sents: tuple[str, ...], chosen: tuple[int, ...]) -> list[int]:
    """The sentences not yet chosen of each enumeration a chosen sentence is part of: a sentence that announces parts
    ('… operates in two stages.') or opens with the first part ('First, …', 'In the first stage, …'), followed by
    sentences that continue it ('Second, …', 'Then, …'); at most lexicon.ENUMERATION_AT_MOST sentences, and only
    where at least one part follows."""
    added: list[int] = []
    i = 0
    while i < len(sents):
        opens = any(r.search(sents[i]) for r in _ANNOUNCES_RES) or (
            any(r.search(sents[i]) for r in _CONTINUES_RES) and re.search(r"\bfirst", sents[i][:40], re.I)
        )
        j = i + 1
        while j - i < lexicon.ENUMERATION_AT_MOST and j < len(sents):
            if any(r.search(sents[j]) for r in _CONTINUES_RES):
                j += 1
            elif (
                (j > i + 1 or any(r.search(sents[i]) for r in _CONTINUES_RES))
                and j + 1 < len(sents)
                and any(r.search(sents[j + 1]) for r in _CONTINUES_RES)
            ):
                j += 2  # (one sentence of detail on the part before it, then the next part)
            else:
                break
        j = min(j, i + lexicon.ENUMERATION_AT_MOST)
        parts = range(i, j) if opens else range(0)
        if len(parts) >= 2 and set(parts) & set(chosen):
            added += [k for k in parts if k not in chosen and k not in added]
        i = j if opens else i + 1
    return added


_LEANS_RES = [re.compile(p, re.I) for p in lexicon.LEANS_ON_PREVIOUS]


_REFERS_BACK_RE = re.compile(lexicon.REFERS_BACK_OPENING, re.I)


def _leaned_on(sents: tuple[str, ...], chosen: tuple[int, ...]) -> list[int]:
    """The sentence before each chosen one that opens by leaning on it ('This resolves …', 'It then …'), or by
    referring back to a thing it introduced ('Each particle, representing a camera pose, …' after '… within a
    particle filter framework.'), where that one is not chosen already."""
    return list(
        dict.fromkeys(
            i - 1
            for i in chosen
            if i > 0
            and i - 1 not in chosen
            and (any(r.search(sents[i]) for r in _LEANS_RES) or _refers_back(sents[i], sents[i - 1]))
        )
    )


def _carried_on(sents: tuple[str, ...], chosen: tuple[int, ...]) -> list[int]:
    """The sentence after each chosen one that goes on about what it says, where that one is not chosen already: it
    opens by leaning on it ('MemGate is inserted between the store and the LLM.' -> 'It applies a query-conditioned
    gate …'), the detail the chosen one leaves out."""
    return list(
        dict.fromkeys(
            i + 1
            for i in chosen
            if i + 1 < len(sents)
            and i + 1 not in chosen
            and (any(r.search(sents[i + 1]) for r in _LEANS_RES) or _refers_back(sents[i + 1], sents[i]))
        )
    )


def _spelled_out(sents: tuple[str, ...], lead: int) -> list[int]:
    """The sentence after the lead that spells out a thing the lead only names: the two alone in the abstract share a
    pair of words ('… intervening only at critical decision points.' -> 'Our key insight is that high entropy
    junctions mark pivotal decision points …'; 'we propose scheduled interleaved speech-text training' -> 'We use
    interleaved speech-text units instead of speech units …')."""
    if lead + 1 >= len(sents):
        return []
    pairs = [_word_pairs(s) for s in sents]
    shared = pairs[lead] & pairs[lead + 1]
    elsewhere = set().union(*(p for i, p in enumerate(pairs) if i not in (lead, lead + 1)))
    return [lead + 1] if shared - elsewhere else []


def _word_pairs(sentence: str) -> set[tuple[str, str]]:
    terms = [t for t in content_terms(sentence) if len(t) > 2]
    return set(itertools.pairwise(terms))


def _refers_back(sentence: str, before: str) -> bool:
    """Whether the sentence opens with 'each'/'every'/'both' and a noun the sentence before it uses: the thing it
    speaks of is introduced there."""
    m = _REFERS_BACK_RE.match(sentence)
    return bool(m) and stem(m[1]) in set(content_terms(before))


# ---------------------------------------------------------------------------------------------------------- planning


def make_plan(assistant, query: Query, hits: Sequence[Hit], vector: np.ndarray) -> Plan:
    """Decide what the answer is about (papers, evidence sentences) or why it must be refused."""
    hits = tuple(hits)
    if query.intent is Intent.LISTING:
        return _listing(assistant, query, hits)
    if query.intent is Intent.OVERVIEW and hits:
        return _overview(assistant, query, hits)
    if query.intent is Intent.COAUTHORS and hits:
        return _coauthors(query, hits)
    if query.intent is Intent.TALLY and hits:
        return _tally(query, hits, assistant.settings.today())
    if not hits and query.within is not None:
        # ('Which of the three oldest papers have code and are about manipulation?': none of those three has code)
        return _none_of_ranked(query)
    if not hits:
        what = ", ".join(query.filters.describe())
        reason = f"no paper in the collection is {what}" if what else "nothing in the collection matches this question"
        return Plan(query, (), (), 0.0, f"{REFUSAL_PREFIX}: {reason}.")
    if query.intent in (Intent.AUTHORS, Intent.DATE, Intent.RECORD):
        return _record_plan(assistant, query, hits, vector)
    return _content_plan(assistant, query, hits, vector)


def _none_of_ranked(query: Query) -> Plan:
    """None of the N newest / oldest papers a `within` question chooses among is what it asks."""
    asked = as_a_state(query.asked_of_ranked())
    reason = f"none of {query.ranked_set()} is {asked}" if asked else f"none of {query.ranked_set()} matches"
    return Plan(query, (), (), 0.0, f"{REFUSAL_PREFIX}: {reason}.")


def _listing(assistant, query: Query, hits: tuple[Hit, ...]) -> Plan:
    if query.unknown_authors:
        who = " or ".join(query.unknown_authors)
        return Plan(
            query,
            (),
            (),
            0.0,
            f"{REFUSAL_PREFIX}: no paper in the collection lists {who} among its authors (a page shows the first "
            "authors of each paper, and the researcher the page is for).",
        )
    if query.unknown_categories:
        counts = assistant.index.category_counts()
        have = ", ".join(f"{category_label(c)}: {n}" for c, n in sorted(counts.items(), key=lambda x: -x[1]))
        asked = " or ".join(category_label(c) for c in query.unknown_categories)
        return Plan(
            query,
            (),
            (),
            0.0,
            f"{REFUSAL_PREFIX}: no paper in the collection is filed under {asked}. Its papers are filed under {have}.",
        )
    if not hits and query.within is not None and query.asked_of_ranked():
        return _none_of_ranked(query)
    allowed = allowed_ids(assistant, query)
    count = len(allowed) if allowed is not None else assistant.index.count()
    if not hits and query.place and count:
        # ('What is the fifth oldest paper from 2026?' of four: there is none, though there are papers)
        what = " ".join(query.filters.describe()) or "in the collection"
        word = "oldest" if query.order is Order.OLDEST else "newest"
        return Plan(
            query, (), (), 0.0,
            f"{REFUSAL_PREFIX}: there {'is' if count == 1 else 'are'} only {number_name(count)} "
            f"paper{'s' if count != 1 else ''} {what}, so no {PLACE_NAMES[query.place]}-{word} one.",
        )  # fmt: skip
    if not hits:
        # ('no paper … is marked as having code', not 'is with code')
        what = as_a_state(query.filters.describe())
        what = what or "like that"
        other = "other " if query.exclude else ""  # ('posted the same day as MuCo': MuCo itself is no answer)
        verb = "was" if what.startswith("posted") else "is"
        if what.startswith("with "):  # ('no paper … has Mohit Bansal on the author line', not 'is with')
            verb, what = "has", what.removeprefix("with ")
        return Plan(query, (), (), 0.0, f"{REFUSAL_PREFIX}: no {other}paper in the collection {verb} {what}.")
    evidence = tuple(Evidence(i, h, ()) for i, h in enumerate(hits, start=1))
    # How many match in all: a list shows at most the list limit, but 'How many papers are there?' asks for all.
    matched = len(allowed - set(query.exclude)) if allowed is not None else assistant.index.count() - len(query.exclude)
    return Plan(query, hits, evidence, 1.0, matched=max(matched, len(evidence)))


def _tally(query: Query, hits: tuple[Hit, ...], today: dt.date) -> Plan:
    """How the papers spread over a record field, counted from the records: each value with its papers (years and
    months in time order, categories the most first), or, for a share, the papers the filters keep and the rest. No
    sentence is quoted: the counts are the page's records, as a listing's are."""
    if query.tally.asks is TallyAsk.SHARE:
        part = tuple(h.paper.id for h in hits if query.filters.accepts(h.paper))
        rest = tuple(h.paper.id for h in hits if h.paper.id not in set(part))
        return Plan(
            query, hits, (), 1.0, matched=len(hits), groups=(PaperGroup("part", part), PaperGroup("rest", rest))
        )
    by = query.tally.by
    one_year = len({h.paper.date.year for h in hits}) == 1
    values: dict[tuple, list[str]] = {}
    for h in hits:
        p = h.paper
        key = {
            TallyField.YEAR: (p.date.year, str(p.date.year)),
            # (months of one year by name; over several years each month of each year: 'March 2025')
            TallyField.MONTH: (
                (p.date.year, p.date.month),
                calendar.month_name[p.date.month] if one_year else f"{calendar.month_name[p.date.month]} {p.date.year}",
            ),
            TallyField.CATEGORY: ("", p.category or "no category"),
            TallyField.CODE: (not p.has_code, "with code" if p.has_code else "without code"),
        }[by]
        values.setdefault(key, []).append(p.id)
    # (a year between the first and the last, or a month of the one year, with no paper counts too: it has the
    # fewest; only within the question's dates, and none after today)
    if by is TallyField.YEAR:
        for year in range(min(y for y, _ in values), max(y for y, _ in values) + 1):
            if not query.filters.years or year in query.filters.years:  # ('2023 or 2025': not 2024)
                values.setdefault((year, str(year)), [])
    if by is TallyField.MONTH and one_year:
        year = hits[0].paper.date.year
        for month in range(1, 13):
            first, last = dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
            f = query.filters
            if (f.date_from and last < f.date_from) or (f.date_to and first > f.date_to) or first > today:
                continue
            if f.months and month not in f.months:
                continue
            values.setdefault(((year, month), calendar.month_name[month]), [])
    ordered = sorted(values.items(), key=lambda kv: (-len(kv[1]), kv[0]) if by is TallyField.CATEGORY else kv[0])
    groups = tuple(PaperGroup(label, tuple(ids)) for (_, label), ids in ordered)
    return Plan(query, hits, (), 1.0, matched=len(hits), groups=groups)


def _overview(assistant, query: Query, hits: tuple[Hit, ...]) -> Plan:
    """What the papers are about as a whole: the threads they fall into (themes.py), from the sentence vectors stored
    at ingest. Each thread shows up to OVERVIEW_SHOWN of its papers, the most typical first; those are the sources."""
    rows = assistant.sentence_vectors([h.paper.id for h in hits])
    vectors = {pid: np.mean([v for _, _, v in found], axis=0) for pid, found in rows.items() if found}
    threads = tuple(
        replace(t, shown=min(len(t.members), OVERVIEW_SHOWN)) for t in themes([h.paper for h in hits], vectors)
    )
    note = ""
    if query.thread is not None:
        # (the same papers give the same threads: the one the follow-up names is the one the overview showed)
        if not -len(threads) <= query.thread < len(threads):
            count = f"{number_name(len(threads))} thread{'s' if len(threads) != 1 else ''}"
            ask = f"ask for one by its number, 1 to {len(threads)}" if len(threads) > 1 else "ask for it as thread 1"
            return Plan(query, hits, (), 0.0, f"The overview has {count}: {ask}.")
        place = query.thread % len(threads)
        note = f"Thread {place + 1} of {number_name(len(threads))}"
        threads = (replace(threads[place], shown=len(threads[place].members)),)
    by_id = {h.paper.id: h for h in hits}
    shown = [by_id[pid] for t in threads for pid in t.members[: t.shown]]
    evidence = tuple(Evidence(i, h, ()) for i, h in enumerate(shown, start=1))
    return Plan(query, hits, evidence, 1.0, matched=len(hits), groups=threads, note=note)


def _coauthors(query: Query, hits: tuple[Hit, ...]) -> Plan:
    """Who the researcher writes with most: the names on the papers' author lines, counted (accents aside: 'José'
    is 'Jose'); those on COAUTHOR_LEAST papers or more (or, where none is, every co-author, and the answer says so),
    the most first, up to COAUTHORS_SHOWN (the names tied with the last one said), each cited by their newest papers
    (up to COAUTHOR_PAPERS_SHOWN). Whose co-authors:
    - the people the question names, over their papers (the page's researcher among the co-authors);
    - else the researchers whose pages list the papers, over those papers (a page with no researcher named is
      another person's work: 'besides Sangmin Lee' would wrongly pair her with its author);
    - else, where no page names its researcher, or where every name is asked for ('Who wrote the most papers?'),
      every name, and the answer says so."""
    notes = []
    owned = [h for h in hits if h.paper.owners]
    if query.filters.authors:
        papers, besides = list(hits), list(query.filters.authors)
    elif query.counts_everyone or not owned:
        papers, besides = list(hits), []
        if not owned:
            notes.append("the pages do not name their researcher, so every name is counted")
    else:
        papers, besides = owned, list(dict.fromkeys(o for h in owned for o in h.paper.owners))
        if len(owned) < len(hits):
            other = len(hits) - len(owned)
            notes.append(
                f"{number_name(other)} more paper{'s' if other != 1 else ''}, on pages that name no researcher, "
                f"{'are' if other != 1 else 'is'} not counted"
            )
    if besides:
        whose = "" if query.filters.authors else f", whose page{'s list' if len(besides) > 1 else ' lists'} them"
        notes.insert(0, f"besides {joined_names(besides)}{whose}")
    cut = [h for h in papers if h.paper.et_al]
    if cut:
        shown = Counter(len(h.paper.authors) for h in cut).most_common(1)[0][0]
        share = (
            f"{number_name(len(cut))} of the {number_name(len(papers))}"
            if len(cut) < len(papers)
            else "both"
            if len(papers) == 2
            else f"all {number_name(len(papers))}"
            if len(papers) > 1
            else "the"
        )
        plural = "s" if len(papers) > 1 else ""
        notes.append(
            f"the pages print only the first {number_name(shown)} authors of {share} paper{plural}, so names further "
            "down those author lines are not counted"
        )
    if query.names_left_out:  # ('Without Minsu Kim?': not ranked; their papers still count for the others)
        notes.append(f"leaving out {joined_names(list(query.names_left_out))}")
    left_out = {_folded(n) for n in (*besides, *query.names_left_out)}
    spelled: dict[str, str] = {}
    papers_of: dict[str, list[Hit]] = {}
    for h in papers:  # (newest first)
        for name in dict.fromkeys(h.paper.authors):
            key = _folded(name)
            if key not in left_out and h not in papers_of.get(key, ()):
                spelled.setdefault(key, name)
                papers_of.setdefault(key, []).append(h)
    if not papers_of:
        who = " and ".join(query.filters.authors) or "they"
        return Plan(
            query, hits, (), 0.0,
            f"{REFUSAL_PREFIX} who {who} wrote with: the author lines of {_these(len(papers))} list no one else.",
        )  # fmt: skip
    ranked = sorted(papers_of.items(), key=lambda kv: (-len(kv[1]), spelled[kv[0]]))
    least = COAUTHOR_LEAST if len(ranked[0][1]) >= COAUTHOR_LEAST else 1
    if least == 1 and len(papers) > 1:
        notes.append(
            "none is listed on both papers"
            if len(papers) == 2
            else f"none is listed on more than one of {_these(len(papers))}"
        )
    # (as many as asked for, where a number is, each whatever their count: 'the top 3' are three names)
    asked = query.names_asked
    top = [(key, found) for key, found in ranked if len(found) >= least or asked][: asked or COAUTHORS_SHOWN]
    fewest = len(top[-1][1])
    tied = [spelled[key] for key, found in ranked[len(top) :] if len(found) == fewest]
    if tied:
        said = (
            tied[:TIED_NAMED]
            if len(tied) <= TIED_NAMED
            else [*tied[: TIED_NAMED - 1], f"{number_name(len(tied) - TIED_NAMED + 1)} more"]
        )
        verb, plural = ("are" if len(tied) > 1 else "is"), ("s" if fewest > 1 else "")
        notes.append(f"{joined_names(said)} {verb} on {number_name(fewest)} paper{plural} too")
    shown_hits = list(dict.fromkeys(h for _, found in top for h in found[:COAUTHOR_PAPERS_SHOWN]))
    evidence = tuple(Evidence(i, h, ()) for i, h in enumerate(shown_hits, start=1))
    groups = tuple(
        PaperGroup(spelled[key], tuple(h.paper.id for h in found), min(len(found), COAUTHOR_PAPERS_SHOWN))
        for key, found in top
    )
    return Plan(query, hits, evidence, 1.0, matched=len(papers), groups=groups, note="; ".join(notes))


def _folded(name: str) -> str:
    return fold_accents(name).lower()


def _these(n: int) -> str:
    return "the paper" if n == 1 else "both papers" if n == 2 else f"the {number_name(n)} papers"


def _targets_by_name(query: Query, hits: Sequence[Hit]) -> list[Hit]:
    by_id = {h.paper.id: h for h in hits}
    focus = [by_id[p] for p in (*query.named, *query.carried) if p in by_id]
    return list(dict.fromkeys(focus))


def _record_plan(assistant, query: Query, hits: tuple[Hit, ...], vector: np.ndarray) -> Plan:
    targets = _targets_by_name(query, hits)
    if not targets and query.order and not query.topic:
        # 'Who wrote the newest paper?', 'When was the oldest one posted?': the papers in that order (found by date)
        targets = list(hits[: query.ranked or 1])
    if not targets:
        # "Who wrote the paper on lip reading?": the paper is described; it must be found confidently. (A count asked
        # is of its authors, on its record: the abstract need not state a number.)
        described = replace(query, asks_count=False, asks_number=False)
        views = _views(assistant, described, list(hits[:CANDIDATES]), vector)
        _score(assistant, described, views, vector)
        best = max(views, key=lambda v: v.p) if views else None
        if best is None or best.p < threshold(best.features):
            return _refuse_content(query, hits, views)
        targets = [best.hit]
    if query.intent is Intent.AUTHORS:
        # (the last author alone is refused where the page cuts the list; asked with the first, the first is answered
        # and the answer says the last is not shown)
        low = query.asking.lower()
        asks_last = bool(re.search(lexicon.LAST_AUTHOR, low)) and not re.search(lexicon.FIRST_AUTHOR, low)
        if query.asks_count or asks_last:
            incomplete = [h for h in targets if h.paper.et_al]
            if incomplete:
                p = incomplete[0].paper
                what = "how many authors it has" if query.asks_count else "who its last author is"
                return Plan(
                    query,
                    hits,
                    (),
                    0.0,
                    (
                        f"{REFUSAL_PREFIX} {what}: the page lists only the first {len(p.authors)} authors of "
                        f"{p.title} ({', '.join(p.authors)}, et al.)."
                    ),
                    closest=(incomplete[0],),
                )
    sentences_: dict[str, tuple[str, ...]] = {}
    if query.intent is Intent.RECORD and "code" in query.record_fields:
        for h in targets:
            sentences_[h.paper.id] = tuple(s for s in sentences(h.paper.abstract) if _STATES_RELEASE_RE.search(s))
    evidence = tuple(Evidence(i, h, sentences_.get(h.paper.id, ())) for i, h in enumerate(targets[:4], start=1))
    return Plan(query, hits, evidence, 1.0)


# A sentence that says where the paper's code or data is ('Our code is available at …', 'will be open-sourced',
# 'github.com/…'); not one that merely says 'open-source models' or 'release' of something else.
_STATES_RELEASE_RE = re.compile(
    r"\b(?:code|codes|github|repository|repo)\b(?!-)|\bopen[- ]sourced\b|"
    r"\bopen[- ]source\s+(?:our|the|its|their|all)\b|"
    r"\b(?:will\s+be|is|are|been)\s+(?:made\s+)?(?:publicly\s+|freely\s+)?(?:available|released)\b",
    re.I,
)


# What a question calls the set a paper evaluates on, and how an abstract names one: a coined name, not the paper's
# own, after 'on' / 'across' ('state-of-the-art on BRISC 2025', 'experiments across nuScenes and Waymo').
_SET_WORDS = SET_NOUN_STEMS
_DATA_WORDS = stem_set(lexicon.DATA_NOUNS)
_SET_WORD = r"(?:datasets?|benchmarks?|corpus|corpora|test\s?beds?|test\s+sets?)"
# (names are bounded in length: a regex over a long token must not backtrack for ever)
_NAME = r"([A-Za-z][\w+./~-]{0,60}[\w+])"
_CAPITALISED_NAME = r"([A-Z][\w+./~-]{0,60}[\w+]|[a-z]{1,12}[A-Z][\w+./~-]{0,60})"  # (or camel case: 'nuScenes')
# Not a name that qualifies a plural noun after it ('on MRI scans', 'across RGB images').
_NOT_A_MODIFIER = r"(?![\w+])(?!\s+[a-z]*[^\Ws]s(?![\w-]))"
# 'on' after a verb of depending or hosting says what the paper builds on or where it is, not what it reports on
# ('builds on LLaMA', 'based on MCP and Gym', 'available on GitHub').
_NOT_REPORTED_ON = (
    r"(?<!\bbased\s)(?<!\bbuilt\s)(?<!\bbuilds\s)(?<!\bbuild\s)(?<!\brely\s)(?<!\brelies\s)(?<!\brelying\s)"
    r"(?<!\bfocus\s)(?<!\bfocuses\s)(?<!\bdepends\s)(?<!\bdepend\s)(?<!\bavailable\s)(?<!\bhosted\s)"
    r"(?<!\bruns\s)(?<!\bdraws\s)(?<!\bdraw\s)"
)
_SET_NAME_RES = (
    # right after on / across / over ('on KITTI', 'on nuScenes and Waymo', 'On VBench'), or past a count or a few plain
    # words ('on 193 matched RSNA/RATIC CT volumes'; not 'on an NVIDIA GPU': a set is named, not one of a kind)
    re.compile(
        r"\b" + _NOT_REPORTED_ON + r"(?:[Oo]n|[Aa]cross|[Oo]ver)\s+(?:the\s+|both\s+)?"
        r"(?:(?:[\d.,]+|(?!an?\s)[a-z-]{1,30})\s+){0,3}?" + _CAPITALISED_NAME + _NOT_A_MODIFIER
    ),
    # where data is drawn from ('categories drawn from Hypersim and Virtual KITTI 2'; not any 'from': 'motion from
    # DUSt3R')
    re.compile(
        r"\b(?:drawn|collected|sourced|taken|sampled|derived|curated|gathered|compiled|selected)\s+from\s+(?:the\s+)?"
        + _CAPITALISED_NAME
    ),
    # after a score and 'in' ('a success rate of 61.0 in SimplerEnv'; not 'the attention layers in DUSt3R', 'in AR/VR')
    re.compile(r"\d[\d.,]*\s*%?\s+(?:[\w-]{1,30}\s+){0,3}?in\s+(?:the\s+)?" + _CAPITALISED_NAME + _NOT_A_MODIFIER),
    # beside the word for a set ('the RATIC dataset', 'KITTI-360 and Waymo datasets', 'the benchmark dataset CaFFe')
    re.compile(_NAME + r"\s+" + _SET_WORD + r"\b"),
    re.compile(r"\b" + _SET_WORD + r"\s+([A-Z][\w+./~-]{0,60}[\w+])"),
    # a name that says it is a benchmark or a QA set wherever it stands ('DSR-Bench for evaluation', 'ChartQA'; not
    # 'VQA', a task)
    re.compile(r"\b([A-Za-z][\w+.-]{0,40}[Bb]ench[\w+.-]{0,20}|[A-Za-z][\w+.-]{2,40}QA)(?![\w+])"),
    # in brackets after what it is ('paper reproduction tasks (PaperBench)', 'datasets (DL3DV and RealEstate10K)'; not
    # any short form: 'deep learning (DL)')
    re.compile(r"\b(?:" + _SET_WORD[3:-1] + r"|tasks?)(?:\s+[\w-]{1,30}){0,2}\s*\(" + _NAME),
    # in apposition to the word for a set ('we generate SteuerEx, the first open benchmark derived from …')
    # (its words up to the set word are no preposition, relative word or other kind of thing, and the set word heads
    # it: not 'GPT-4o, the strongest baseline on the benchmark', 'GPT-4o, a model that tops most benchmarks',
    # 'SplatFast, a new renderer and benchmark suite')
    re.compile(
        _NAME + r",\s+(?:an?|the)\s+(?:(?!(?:on|of|in|for|from|with|to|by|at|as|across|using|trained|pretrained|used|"
        r"based|that|which|who|whose|where|model|models|backbone|baseline|method|approach|network|renderer|system|"
        r"framework|architecture|tool|algorithm|and|or)\b)[\w-]{1,30}\s+){0,3}?"
        + _SET_WORD
        + r"(?=\s*(?:[,.;:)]|$)|\s+(?:derived|of|for|with|comprising|containing|that|which|covering|built|collected|"
        r"curated|spanning|consisting|featuring|designed|to|in|on|from)\b)"
    ),
)
# Only a plain capitalised word that stands where a set's name does, beside the word for one, is taken for a name
# ('KITTI-360 and Waymo datasets'); elsewhere only a coined name is ('on Monday', 'on Python', 'on Bayesian …' are not).
_PLAIN_NAME_RES = frozenset({3})
# The paper's own set, which its title or its contribution names ('on both our benchmark and prior datasets', 'Using
# this benchmark, we evaluate …').
_OWN_SET_RE = re.compile(r"\b(?:our|this|the proposed)\s+(?:new\s+)?(?:benchmark|dataset|corpus|test\s?bed)s?\b", re.I)


def _kind_marks(nouns: Sequence[str]) -> tuple[re.Pattern, re.Pattern]:
    """How a paper says it is of a kind named by these nouns: in its title ('…: A Survey', 'A Review and Benchmark of
    …', 'RoboBrain 2.0 Technical Report'), or in its abstract, its words for itself and what they do ('This survey
    examines …', 'Our survey is motivated …', 'This paper provides a comprehensive overview of the challenge'). Not a
    review of papers or code, by people or machines ('Peer-Review of AI Papers', 'our review process'), a survey of
    people ('our user survey of 200 participants'), nor an overview of the paper's own method."""
    noun = alternation(nouns)
    adjectives = rf"(?:(?:{alternation(lexicon.PAPER_KIND_ADJECTIVES)})\s+){{0,2}}"
    not_before = "".join(rf"(?<!{w}\s)" for w in lexicon.NOT_PAPER_KIND_BEFORE)
    # (at the end of a title only the kinds no paper is about: 'Learning from Human Review' is about reviews)
    ending = alternation(n for n in nouns if n not in ("review", "overview"))
    title = re.compile(
        rf"(?:^|:\s+|\s[-–—]\s+)(?:an?\s+|the\s+)?{adjectives}(?:{noun})s?(?:\s+(?:and|&)\s+\w+)?"
        r"(?:\s+(?:of|on)\b|\s*[.:,]|\s*$)" + (rf"|{not_before}\b(?:{ending})\s*\.?\s*$" if ending else ""),
        re.I,
    )
    verbs = alternation(lexicon.PAPER_KIND_SELF_VERBS)
    # (a survey also says what it does to the field: 'In this paper, we survey recent …', 'This article reviews the
    # literature …'; not 'we briefly review the background', a method paper's opening)
    surveying = (
        r"|\b(?:we|this\s+(?:paper|article|work|chapter))\s+(?:\w+ly\s+)?(?:survey|surveys|review|reviews)\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}?(?:recent|existing|current|state|progress|advances|developments|literature|methods|approaches|works|"
        r"applications|techniques|research|over|more)\b"
        if "survey" in nouns
        else ""
    )
    abstract = re.compile(
        rf"\b(?:this|our)\s+{adjectives}{not_before}(?:{noun})(?:\s+(?:{verbs})\b|\s+(?:of|on)\s|\s*,)"
        rf"|\b(?:this\s+(?:paper|work|article|study|report|chapter)|we)\s+(?:provides?|presents?|offers?|gives?)\s+an?\s+"
        rf"{adjectives}(?:{noun})\s+(?:of|on)\b"
        r"(?!\s+(?:the|our)\s+(?:proposed\s+)?(?:method|approach|framework|pipeline|model|system|architecture)\b)"
        + surveying,
        re.I,
    )
    return title, abstract


_KIND_MARKS = {kind: _kind_marks(nouns) for kind, nouns in lexicon.PAPER_KINDS.items()}


def _kind_stems(kinds: Sequence[str]) -> set[str]:
    """The stems of the words that name these kinds of paper ('survey', 'review', 'technic', 'report', …)."""
    return {stem(w) for k in kinds for n in lexicon.PAPER_KINDS[k] for w in tokens(n)}


def _is_kind(paper, kinds: Sequence[str]) -> bool:
    """Whether the paper says it is one of these kinds of paper (lexicon.PAPER_KINDS)."""
    return any(_KIND_MARKS[k][0].search(paper.title.strip()) or _KIND_MARKS[k][1].search(paper.abstract) for k in kinds)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _names_a_set(text: str, titled: frozenset[str], *, own_set: bool = True) -> bool:
    """Whether a text names a set it reports on: a coined name in one of the places a set's name stands, or a plain
    capitalised word beside the word for a set ('Waymo datasets'). Not a kind of data, device or metric
    (lexicon.NOT_SET_NAMES), nor a plural of a coined kind ('LVLMs', 'UAVs'), nor the paper's own name for itself
    ('ablations on TumorTalk'); a set it named for itself counts ('evaluated on DSR-Bench'), and with `own_set` one
    it calls 'our benchmark'."""
    if own_set and _OWN_SET_RE.search(text):
        return True
    own = {n.lower() for n in titled}
    english = english_words()

    def a_name(word: str, plain: bool) -> bool:
        """A coined name; with `plain`, also a capitalised word no dictionary has ('Droid', 'Sintel', 'Cityscapes';
        not 'Monday', 'Python', 'Novel')."""
        low = word.lower()
        if low in lexicon.NOT_SET_NAMES or low in own or re.fullmatch(r"[A-Z]{2,}s", word):
            return False
        if any(map(is_coined, re.split(r"[/~]", word))):
            return True
        unknown = low not in english and not (low.endswith("s") and low[:-1] in english)
        return plain and word[:1].isupper() and word[1:].islower() and unknown and low not in stopwords()

    for i, r in enumerate(_SET_NAME_RES):
        for m in r.finditer(text):
            word = m[1]
            inside = m.start(1) > 0 and not re.search(r"[.!?]\s*$", text[: m.start(1)])
            plain = i in _PLAIN_NAME_RES and word[0].isupper() and inside and word.lower() not in stopwords()
            if plain and word.lower() not in lexicon.NOT_SET_NAMES and word.lower() not in own:
                return True
            # the first name, or any of a list of them ('on Replica, ScanNet++, and Matterport3D', 'drawn from
            # Hypersim and Virtual KITTI 2'); a plain word only where it stands right after the preposition or in the
            # list ('on Droid, Calvin, and Franka Panda'; not 'across diverse Apps')
            right_after = not re.search(r"\s\S+\s+$", text[m.start() : m.start(1)].strip() + " ")
            listed = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text[m.start(1) : m.start(1) + 120])
            items = [listed[0]] if i in _PLAIN_NAME_RES else listed[:6]
            for n, item in enumerate(items):
                if n and re.search(r"[.;:!?]\s", item + " "):
                    break
                words = [w.strip(".,;:()") for w in item.split()[:3]]
                if any(a_name(w, plain=(right_after or n > 0) and k == 0) for k, w in enumerate(words)):
                    return True
    return False


def _slips_beside_filter(query: Query, index) -> bool:
    """A filter chose the papers and the topic is only words no paper uses: slips ('Which pepers were pasted in
    Aoril 2026?', 'marekd as haviug code', 'looking for the hole list'); the filter says which papers, not a
    membership by those words. Not an English word the question asks about ('Which papers by Minsu Kim are about
    touch?', 'Did Minsu Kim work on touch?'): none of the papers is about it."""
    if not query.filters.active() or any(index.known(t) for t in query.topic):
        return False
    as_typed = {stem(w): w for w in tokens(query.asking)}
    typed = [as_typed.get(t, t) for t in query.topic]
    return not any(
        w in english_words() and re.search(_ASKED_ABOUT.format(re.escape(w)), query.asking, re.I) for w in typed
    )


# A word right after what points at a topic ('about touch', 'work on drones', 'discuss poetry'): what the question
# asks about. (Not 'with': 'papers from 2025 with the links' asks how to show them.)
_ASKED_ABOUT = (
    r"\b(?:about|on|regarding|concerning|into|discuss(?:es|ing)?|mention(?:s|ing)?|cover(?:s|ing)?|concern(?:s)?|"
    r"address(?:es)?|deal(?:s|ing)?\s+with)\s+(?:the\s+|an?\s+|some\s+|any\s+)?{}\b"
)


def _content_plan(assistant, query: Query, hits: tuple[Hit, ...], vector: np.ndarray) -> Plan:
    focus = _targets_by_name(query, hits)
    width = LIST_CANDIDATES if query.is_list else CANDIDATES
    candidates = list(dict.fromkeys([*focus, *hits[:width]]))
    views = _views(assistant, query, candidates, vector)
    _score(assistant, query, views, vector)
    by_id = {v.id: v for v in views}
    if focus and not query.is_list:
        chosen = [by_id[h.paper.id] for h in focus[:3]]
        if query.intent is Intent.COMPARISON and len(chosen) < 2:
            chosen += [v for v in sorted(views, key=lambda v: -v.p) if v not in chosen][: 2 - len(chosen)]
    elif query.is_list:
        # A member belongs in the list and also answers the question, at least in part: its topic words may be the
        # collection's common ones ('new', 'structure', 'prediction') while the rare word it lacks ('protein') says
        # it is not about the question at all. (Not where a filter chose the papers beside slips.)
        answer_share = 0.0 if _slips_beside_filter(query, assistant.index) else LIST_ANSWER_SHARE
        answering = [v for v in views if v.p >= answer_share * threshold(v.features)]
        members = [v for v in answering if v.p_list >= list_threshold()]
        if query.paper_kinds and set(query.topic) <= _kind_stems(query.paper_kinds) and any(v.of_kind for v in views):
            # ('Which papers are surveys or technical reports?': the kinds are the whole question)
            members = [v for v in views if v.of_kind]
        if not members and views:
            # No paper is a clear member: keep those close to the best, if the best answers the question at all.
            best = max(views, key=lambda v: v.p_list)
            if best.p >= threshold(best.features):
                members = [v for v in views if v.p_list >= LIST_FALLBACK_SHARE * best.p_list]
        if (query.owner_work or query.asks_existence) and members and not any(_answers(query, v) for v in members):
            # Whether the researcher worked on a topic is a yes or no: yes only where one of their papers answers it
            # on its own, as the question read as one paper's would. Members that only half answer it ('Did they
            # study machine translation?' -> a paper that 'translates natural-language descriptions') are near a
            # topic nobody here works on. (A plain list keeps its half-answering members: 'Which papers create 3D
            # meshes from nothing …?' lists mesh generators none of which answers on its own.)
            members = []
        if members:
            # Once a list has a member (a clear one, or the best where none is clear), a paper standing close to the
            # best ones belongs too, though the absolute model alone would not take it: members are alike, and a
            # researcher's pages use few words for a topic. (Only adds: whether there is a list at all stays the
            # absolute model's call.)
            members += [v for v in answering if v not in members and v.p_standing >= standing_threshold()]
        phrase = _topic_phrase(query)
        together = [v for v in members if _says_together(v, phrase)] if phrase else []
        if together:
            # 'Which papers are about video generation?': a topic of two or three words said as one phrase is met by
            # the members that say them together, not by one that says 'video' in one sentence and 'generate' in
            # another (where none does, the words stay the test)
            members = together
        chosen = sorted(members, key=lambda v: -v.p_list)[: assistant.settings.list_limit]
        if query.ranked and query.order:
            # ('the two newest papers on video generation': the members, then that many of them by date)
            newest = query.order is Order.NEWEST
            chosen = sorted(members, key=lambda v: v.hit.paper.date, reverse=newest)[: query.ranked]
    else:
        # (a paper of the kind asked for first: 'Is there a review of …' is answered by the survey the search found,
        # not by the method paper it ranked above it. Not so a paper that lacks a name or place asked: the next
        # candidate then answered train maie-u07, 'quantum annealing to reconstruct MRI images', from a paper on
        # neither, and 'a language model for French tax law' from a speech recognizer that names French.)
        ranked = sorted(views, key=lambda v: (v.other_kind, -v.hit.score, v.id))
        wanted = 2 if (query.intent is Intent.COMPARISON or _describes_two(query)) else 1
        if query.asks_existence and wanted == 1 and ranked and not _answers(query, ranked[0]):
            # ('Is there a paper on lip reading?': whether any candidate answers it, and the one that answers it best;
            # search had ranked a lip-sync paper first, which answers it less well than one on lip reading)
            ranked = sorted(views, key=lambda v: (not _answers(query, v), -v.p, v.id))
        chosen = ranked[:wanted]
        meant = _meant_and_contradicted(chosen[0], views) if wanted == 1 and chosen else None
        if meant is not None:
            return _refuse_content(query, hits, views, [meant])
    # Two papers named to be compared are compared, side by side, on what their abstracts say closest to the aspect
    # asked ('what they take as input', a word neither may use), where that is an aspect every paper has
    # (lexicon.COMPARISON_ASPECTS), unless one cannot answer at all: the premise is contradicted, a name asked about
    # is missing. (Other aspects, 'their learning rate', 'which GPUs', are answered as far as the model finds them.)
    compared = (
        query.intent is Intent.COMPARISON
        and len(focus) >= 2
        and all(t in _COMPARISON_ASPECT_STEMS for t in query.topic)
        and all(
            v.features.kind_ok and not v.features.contradicted and not v.lacks and not v.names_no_set for v in chosen
        )
    )
    if not chosen or (not query.is_list and not compared and not any(_answers(query, v) for v in chosen)):
        return _refuse_content(query, hits, views, chosen)
    if not query.is_list:
        named = {h.paper.id for h in focus}
        chosen = [v for v in chosen if _answers(query, v) or v.id in named] or chosen[:1]
    answerability = max(v.p for v in chosen)
    many = len(chosen) > 1
    budget = _budget(query, many)
    evidence = []
    for n, v in enumerate(chosen, start=1):
        lead, picked = v.best(budget)
        evidence.append(Evidence(n, v.hit, picked, lead, introduced_name(v.hit.paper, assistant.index)))
    return Plan(query, hits, tuple(evidence), answerability)


def _answers(query: Query, view: PaperView) -> bool:
    """Whether the paper answers the question on its own: its answerability reaches its model's threshold, and, for a
    question asking in a few words whether such a paper exists, EXISTENCE_ANSWERABILITY unless the question names
    it."""
    bar = threshold(view.features)
    if (
        query.asks_existence
        and not (view.id in query.named or view.id in query.carried)
        and len(_whole_words(list(dict.fromkeys(query.topic)))) <= EXISTENCE_TOPIC_MAX
    ):
        bar = max(bar, EXISTENCE_ANSWERABILITY)
    return view.p >= bar


_COMPARISON_ASPECT_STEMS = stem_set(lexicon.COMPARISON_ASPECTS)
# A list topic of this many words, said together, is one phrase ('video generation', 'lip reading'). (Three words are
# as often a verb and its object, which a paper may name otherwise: 'adapt the Segment Anything Model', 'adapts SAM'.)
PHRASE_TOPIC_MAX = 2
# How many content words a phrase's words may spread over in a sentence ('generating realistic videos' says 'video
# generation'; 'video … benchmark … generated answers' does not).
PHRASE_SPREAD = 2


def _topic_phrase(query: Query) -> tuple[str, ...]:
    """A list question's whole topic when it is one phrase of two words, next to each other in the question
    ('Which papers are about video generation?' -> video, generat); else ()."""
    topic = [t for t in dict.fromkeys(query.topic) if "-" not in t]
    if not 2 <= len(topic) <= PHRASE_TOPIC_MAX or query.filters.active():
        return ()
    said = [t for t in content_terms(query.asking) if "-" not in t]
    for i in range(len(said) - len(topic) + 1):
        if set(said[i : i + len(topic)]) == set(topic):
            return tuple(topic)
    return ()


def _says_together(view: PaperView, phrase: tuple[str, ...]) -> bool:
    """Whether the paper's title or one sentence has the phrase's words (or their synonyms) close together."""
    wanted = [_synonyms({t}) for t in phrase]
    reach = len(phrase) + PHRASE_SPREAD
    for text in (view.hit.paper.title, *view.sentences):
        terms = [t for t in content_terms(text) if "-" not in t]
        for i in range(len(terms)):
            window = set(terms[i : i + reach])
            if all(w & window for w in wanted):
                return True
    return False


def _describes_two(query: Query) -> bool:
    """'by the X paper and by the Y paper': a question about two papers it describes (not named)."""
    return bool(
        re.search(
            r"\bthe\b[^.?]{2,80}?\b(?:paper|work|study|method)\b\s*,?\s+and\s+(?:by\s+|in\s+|of\s+)?"
            r"the\b[^.?]{2,80}?\b(?:paper|work|study|method)s?\b",
            query.asking,
            re.I,
        )
    )


def _meant_and_contradicted(top: PaperView, views: Sequence[PaperView]) -> PaperView | None:
    """The paper a question describes, where search ranked another above it and its abstract contradicts the
    question's premise: it holds every name the question uses, which the top candidate does not, and is closer to
    the question by meaning ('Why did peer review reports get shorter once LLMs appeared, according to their
    fine-grained peer review study?' means the study of LLMs' impact on peer review, which found reports got longer;
    the study of review duration ranked above it never mentions LLMs, and says 'shorter review periods'). Answering
    from the top one would answer a question about another paper."""
    if top.features is None or top.features.names_ok >= 1:
        return None
    meant = [
        v
        for v in views
        if v.features
        and v.features.contradicted
        and v.features.names_ok >= 1
        and v.features.cosine > top.features.cosine
    ]
    return max(meant, key=lambda v: v.features.cosine, default=None)


def _budget(query: Query, many: bool) -> int:
    """Sentences quoted per paper: BUDGET_ONE for a single paper, BUDGET_EACH for each of several (a question in a
    language the offline engine cannot read gets BUDGET_ONE each: it cannot tell which sentences answer)."""
    return BUDGET_EACH if many and query.english else BUDGET_ONE


# ---------------------------------------------------------------------------------------------------------- refusal


_KIND_WORDS = {
    "hardware": "the hardware (GPUs) used",
    "venue": "where it was published",
    "funding": "who funded it",
    "license": "its license",
    "hyperparameter": "training hyperparameters",
    "duration": "how long it takes",
    "limitation": "a limitation of its own",
    "assumption": "an assumption it makes",
}


def _refuse_content(query: Query, hits: Sequence[Hit], views: Sequence[PaperView], chosen=None) -> Plan:
    """A refusal that says why, with the closest papers only when they are close."""
    target = (chosen or [None])[0] or (max(views, key=lambda v: v.p) if views else None)
    closest = tuple(
        v.hit
        for v in sorted(views, key=lambda v: -v.features.cosine if v.features else 0)
        if v.features and v.features.cosine >= CLOSE_ENOUGH
    )[:3]
    p = max((v.p for v in views), default=0.0)
    if target is None or target.features is None:
        return Plan(query, tuple(hits), (), p, f"{REFUSAL_PREFIX}: no paper in the collection addresses this.", closest)
    f, paper = target.features, target.hit.paper
    named = target.id in query.named or target.id in query.carried or target.id in query.mentioned
    where = f"the abstract of {paper.shown_title}" if named else None
    if named and f.contradicted:
        why = f"{where} does not support the question's premise"
    elif named and f.kind_ok < 1:
        kinds = " or ".join(_KIND_WORDS[k] for k in query.detail_kinds)
        why = f"{where} does not mention {kinds}"
        if "limitation" in query.detail_kinds and _states_others_limitation(paper.abstract):
            why += "; the limitations it names are those of earlier work, which it sets out to overcome"
    elif target.lacks and (named or all(v.lacks for v in views)):
        # (for a paper found by search, only when no candidate mentions the name: then none of them answers)
        lacking = list(dict.fromkeys(n.removesuffix("s") if n[:-1].isupper() else n for n in target.lacks[:3]))
        names = " or ".join([", ".join(lacking[:-1]), lacking[-1]] if len(lacking) > 1 else lacking)
        why = f"{where} never mentions {names}" if named else f"no paper in the collection mentions {names}"
        if closest and not named:
            why += f". The closest is {closest[0].paper.shown_title.rstrip('.?!')}"
    elif named and target.names_no_set:
        why = f"{where} names no dataset or benchmark it used"
    elif named and f.names_ok < 1:
        missing = sorted(_question_names(query) - _names_found(_question_names(query), paper))
        why = f"{where} never mentions {', '.join(missing[:3])}" if missing else f"{where} does not say"
    elif named and f.number_ok < 1:
        thing = " ".join(query.slot) or "it"
        why = f"{where} gives no such figure" if thing == "it" else f"{where} gives no number for that"
    elif named:
        why = f"{where} does not cover what the question asks"
    elif query.detail_kinds and closest and all(v.features.kind_ok < 1 for v in views if v.hit in closest[:1]):
        # ('At which venue was the quantum CT paper published?': the paper described is found; what it lacks is
        # the kind of detail asked)
        kinds = " or ".join(_KIND_WORDS[k] for k in query.detail_kinds)
        title = closest[0].paper.shown_title.rstrip(".?!")
        why = f"the abstract of the closest paper, {title}, does not mention {kinds}"
    elif f.contradicted and not named:
        # A premise about a paper the question describes rather than names ('Why does the grid-free tracker rely on
        # cost volumes?'): the paper that fits the description is there, and its abstract says otherwise. 'No paper
        # addresses this' would send the user looking for another paper.
        title = paper.shown_title.rstrip(".?!")
        why = f"the abstract of the closest paper, {title}, does not support the question's premise"
    elif target.lacks and not named:
        # (other papers mention the name, but none of them answers: say what the closest one lacks)
        lacking = list(dict.fromkeys(target.lacks[:3]))
        names = " or ".join([", ".join(lacking[:-1]), lacking[-1]] if len(lacking) > 1 else lacking)
        title = target.hit.paper.shown_title.rstrip(".?!")
        why = f"no paper in the collection addresses this. The closest is {title}, which never mentions {names}"
    elif query.within is not None:
        why = f"none of {query.ranked_set()} addresses this"  # ('Which of the three newest papers are on speech?')
    else:
        why = "no paper in the collection addresses this"
        if closest:
            why += f". The closest is {closest[0].paper.shown_title}"
    return Plan(query, tuple(hits), (), p, f"{REFUSAL_PREFIX}: {why}.", closest)


# ---------------------------------------------------------------------------------------------------------- features


def _views(assistant, query: Query, candidates: Sequence[Hit], vector: np.ndarray) -> list[PaperView]:
    """Every candidate's sentences with their cosine similarity to the question (vectors come from the store)."""
    stored = assistant.sentence_vectors([h.paper.id for h in candidates])
    views = []
    for h in candidates:
        items = stored.get(h.paper.id)
        if items:
            sents = [t for _, t, _ in items]
            vecs = [vec for _, _, vec in items]
            cos = np.array([float(np.dot(vec, vector)) for vec in vecs])
        else:  # a paper stored before sentences were (or a store written by another version): words only
            sents = sentences(h.paper.abstract)
            vecs = []
            cos = np.zeros(len(sents))
        views.append(PaperView(h, sents, cos, np.zeros(len(sents)), vectors=vecs))
    return views


def _record_text(paper) -> str:
    """Everything a paper's record says, as the planner reads it for the words it holds: title, abstract, authors and
    affiliation."""
    return f"{paper.title} {paper.abstract} {' '.join(paper.authors)} {paper.affiliation or ''}"


def read_ahead(assistant, paper_ids: Sequence[str], pause: Callable[[], object] = lambda: None) -> int:
    """Work out, before any question, what the planner reads of each paper that no question changes: its names, its
    words with their synonyms, and each sentence's facts, negations, roles, counts and comparisons (each kept in its
    function's cache). Without it the first question to reach a paper pays for them (about 13 ms a paper, and a
    first pass over the shipped questions ran 20-40% slower at p95 than a second). `pause` is called before each paper
    (the app's waits while questions are answered). Returns the papers read."""
    index = assistant.index
    stored = assistant.sentence_vectors(paper_ids)
    for pid in paper_ids:
        pause()
        paper = index.paper(pid)
        sents = [t for _, t, _ in stored.get(pid, ())] or sentences(paper.abstract)  # (as `_views` reads them)
        own = own_names(paper, index)
        introduced_name(paper, index)
        titled = frozenset(n for n in own if n in paper.title)
        text = _record_text(paper)
        content_terms(text, framing=True)
        name_parts(text)
        defined_abbreviations(paper.abstract)
        defined_abbreviations(" ".join(sents))
        _held_terms(f"{paper.title}. {paper.abstract}")
        _paper_text(paper)
        for s in sents:
            content_terms(without_urls(s), framing=True)
            content_terms(s)
            name_parts(s)
            _question_free_facts(s, own, titled)
        for s in (paper.title, *sents):  # (the premise checks read the title as a sentence too)
            _premise_facts(s)
            _role_stems(s)
            _quantities(plain_latex(s))
            _comparisons(s)
            _group_won(s)
            _members_in(s)
            _moves(s)
    return len(paper_ids)


def _score(assistant, query: Query, views: Sequence[PaperView], vector: np.ndarray) -> None:
    index = assistant.index
    topic = [t for t in dict.fromkeys([*query.topic, *query.slot])]
    idf = {t: index.idf(t) for t in topic}
    n_papers = max(index.count(), 1)
    rare_idf = math.log(1 + (n_papers - RARE_SHARE * n_papers + 0.5) / (RARE_SHARE * n_papers + 0.5))
    # A word the collection uses only inside camel-case names ('Arena' of 'MedArena') is known to it too.
    in_names = frozenset().union(*(name_parts(f"{v.hit.paper.title} {v.hit.paper.abstract}") for v in views))
    known = {t for t in topic if index.doc_freq(t) > 0 or t in in_names}
    giving = stem_set(lexicon.GIVING_VERBS | lexicon.SCOPE_VERBS)
    # (the verbs as typed: 'buildings', 'collection' are no verb of making, though they share a stem)
    making = {stem(w) for w in tokens(query.asking) if w.lower() in lexicon.MAKING_VERBS}
    unknown_share = (sum(idf[t] for t in topic if t not in known) / (sum(idf.values()) or 1.0)) if topic else 0.0
    yes_no = bool(_YES_NO_RE.match(query.asking))
    slot = set(query.slot)
    # Where the query has parts, the first one says whether a name is asked ('which model did they use as the case
    # study' asks for a name not the paper's own: the query decided); without parts, the question word does.
    name_asked = (
        bool(NAME_ASKED_RE.search(query.asking))
        or query.is_list
        or (
            not query.parts
            and bool(
                re.search(
                    r"\bwhich\s+(?:paper|work|method|model|study|approach|framework|system)\b", query.asking, re.I
                )
            )
        )
    )
    # (a paper's own limitation is read from what it says of itself, not from words: `_states_own_limitation`)
    kind_words = {k: lexicon.DETAIL_KINDS.get(k, ()) for k in query.detail_kinds}
    # Which datasets one paper used (not a list's 'What benchmarks are there for …', whose members are the sets)
    sets_asked = not query.is_list and any(part.sets_used for part in query.parts)
    # How a paper used the sets asked for is met by any way of saying it: 'evaluated on' by 'experiments on LRS3' (a
    # paper that says 'pre-training on Droid' of a question on pre-training data still covers it)
    set_verbs = {stem(w) for w in tokens(query.asking) if SET_USE_RE.match(w)} if sets_asked else set()
    # 'What data did they use / train on?': the data used, which a set the paper names answers as well
    data_used = bool(_DATA_WORDS & slot) and not sets_asked and bool(SET_USE_RE.search(query.asking))
    # (the words a named set meets: the set nouns, and 'data' where the data used is asked)
    set_words = _SET_WORDS | (_DATA_WORDS if data_used else frozenset())
    question_names = _question_names(query)
    # (acronyms in capitals, as typed: 'WER', 'RTF'; not a word typed in capitals for emphasis)
    acronyms = {
        n.lower()
        for n in re.findall(rf"\b[A-Z]{{{ACRONYM_SPELLED_MIN},}}\b", query.asking)
        if n.lower() in question_names
    }
    # A named paper's name as typed, slip and all ('CalibAnyVeiw' for CalibAnyView), is that name: the paper holds
    # it, as the search that found the paper knew.
    named_names = {
        n.lower()
        for pid in (*query.named, *query.carried)
        for n in (*own_names(index.paper(pid), index), index.paper(pid).short_name)
    }
    question_names = {next((o for o in named_names if n != o and _slip_of(n, o)), n) for n in question_names}
    if query.intent is Intent.COMPARISON or _describes_two(query):
        # each paper compared is named in the question: the other's name is no detail this one lacks ('How do
        # RelightAnyone and D-Rex differ …' had been refused: D-Rex's abstract 'never mentions relightanyone')
        question_names -= named_names
    # Short questions lose more by a missing word: 'quadruped robots on rough terrain' is about its nouns.
    brevity = min(1.0, BRIEF_TOPIC / len(topic)) if topic else 1.0
    # (the premise a question states of one paper before it asks, of any candidate: 'DrivIng records from six RGB
    # cameras - what are the sequences annotated with?')
    candidate_names = frozenset().union(*(own_names(v.hit.paper, index) | {v.hit.paper.short_name} for v in views))
    statement = _premise_statement(query, candidate_names)
    # (only a statement that says something of a candidate by name: not a chat lead-in, 'Switching topics - what
    # does PIGEON use its VLM for?', nor a question, 'How does AoE collect data - what hardware holds the phone?')
    opening = (tokens(statement)[:1] or [""])[0]
    if opening in lexicon.WH_WORDS | lexicon.AUX_VERBS or not _mentions(
        statement.lower(), [n.lower() for n in candidate_names]
    ):
        statement = ""
    parts, premise_parts = _part_vectors(assistant, query, vector, statement)
    year_asked = any(part.measure == "year" for part in query.parts)
    # The count a part asks about: its own ('which two losses'), or, for a part with no words of its own ('What are
    # they?'), the one the question states before it ('… sorts methods into three schools.').
    counted = []
    for part, _, _ in parts:
        own = _things_counted(part.text)
        counted.append((own, True) if own or part.terms else (_things_counted(query.question), False))
    for v in views:
        v.sentence_terms = [
            _synonyms(set(content_terms(without_urls(s), framing=True)) | name_parts(s)) for s in v.sentences
        ]
        # A short form the abstract defines stands for its long form in every sentence ('0.731 for DR grading'
        # answers a question on diabetic retinopathy), and the long form for it.
        for short, long_form in defined_abbreviations(v.hit.paper.abstract).items():
            for terms in v.sentence_terms:
                if short in terms:
                    terms |= long_form
                elif long_form <= terms:
                    terms.add(short)
    ranked = sorted(views, key=lambda v: -v.hit.score)
    second = {id(v): (ranked[i + 1].hit.score if i + 1 < len(ranked) else 0.0) for i, v in enumerate(ranked)}
    for v in views:
        paper = v.hit.paper
        own = own_names(paper, index)
        text = _record_text(paper)
        have = set(content_terms(text, framing=True)) | name_parts(text)
        if yes_no:
            # A yes/no question is answered by the paper's 'un-' word as much as by the word itself: 'Does NOVA3R
            # need posed cameras?' by 'from a set of unposed images' (no).
            have |= {stem(t[2:]) for t in tokens(text) if t.startswith("un") and len(t) > 6}
        low_text = normalize(text).lower()
        # The asked-for thing, said otherwise: a unit however the paper writes it ('frames per second' by '45.7 FPS');
        # a dataset or benchmark by its name, where the paper reports on one ('80.32% on BRISC 2025').
        have |= {
            stem(t) for part in query.parts if part.unit and _mentions(low_text, spellings(part.unit))
            for t in tokens(part.unit)
        }  # fmt: skip
        titled = frozenset(n for n in own if n in paper.title)  # the names its title gives the paper
        names_a_set = (sets_asked or bool(_SET_WORDS & set(slot)) or data_used) and _names_a_set(text, titled)
        # Which datasets or benchmarks it used are asked by name: an abstract that names none ('experiments on two
        # organ segmentation datasets') cannot say which.
        v.names_no_set = sets_asked and not names_a_set
        if (_SET_WORDS & set(slot) or data_used) and names_a_set:
            have |= set_words
            v.sentence_terms = [
                terms | set_words if _names_a_set(s, titled) else terms
                for s, terms in zip(v.sentences, v.sentence_terms)
            ]
        if query.paper_kinds and _is_kind(paper, query.paper_kinds):
            # (a paper of a kind asked for meets the words for every kind asked: 'Which papers are surveys or
            # technical reports?' is met by a technical report, 'survey' and all)
            have |= _kind_stems(query.paper_kinds)
        # An acronym of the question that the paper writes out in full ('what does it cost in WER?' of '… in word
        # error rate') is held, as a word and as a name, and by the sentences that write it out.
        spelled = {a for a in acronyms if stem(a) not in have and spells_out(a, text)}
        if v.id in query.named or v.id in query.carried:
            have |= {stem(a) for a in spelled}
            for a in spelled:
                for sentence, terms in zip(v.sentences, v.sentence_terms):
                    if spells_out(a, sentence):
                        terms.add(stem(a))
        have_syn = _synonyms(have)
        # What each sentence offers, worked out once; then weighed against each part of the question.
        facts = [_sentence_facts(s, own, kind_words, titled) for s in v.sentences]
        # Where the paper first says what it does: a contribution verb, or its own name ('We address this gap with
        # deSEO, …'); the method is described after that.
        first_contribution = next(
            (i for i, f in enumerate(facts) if f.contribution or f.own_name or f.defines), len(facts)
        )
        # (the sentence that names a set by its name, before one that says 'this benchmark')
        set_named = [sets_asked and _names_a_set(sentence, titled, own_set=False) for sentence in v.sentences]
        # The paper's own name, where the question names it, says which paper: every sentence is about it, and the
        # one that repeats the name ('We introduce CalibAnyView, …') says no more of what is asked than the rest.
        naming = (
            _own_stems(own) | set(content_terms(paper.short_name))
            if v.id in query.named or v.id in query.carried
            else set()
        )
        n_parts, n_sents = len(parts), len(v.sentences)
        cues = {k: np.zeros((n_parts, n_sents)) for k in ("cosine", *EVIDENCE_CUES)}
        for p_i, (part, part_vec, part_terms) in enumerate(parts):
            cos_row = np.array([float(np.dot(vec, part_vec)) for vec in v.vectors]) if v.vectors else v.cosines
            part_slot = set(part.slot)
            part_name = part.asks_name or (name_asked and p_i == 0)
            for s_i, (f, s_syn) in enumerate(zip(facts, v.sentence_terms)):
                cues["cosine"][p_i, s_i] = cos_row[s_i] if len(cos_row) else 0.0
                cues["words"][p_i, s_i] = _overlap(part_terms - naming, s_syn, idf, index)
                cues["slot"][p_i, s_i] = float(bool(part_slot and part_slot & s_syn))
                # A number of the asked kind when the part says which ('how fast': a time, a speed-up).
                cues["number"][p_i, s_i] = float(
                    part.asks_number and f.number and (part.measure is None or part.measure in f.measures)
                )
                cues["defines"][p_i, s_i] = float(
                    part_name and (f.defines or (f.names_part and s_i > first_contribution))
                )
                cues["own_name"][p_i, s_i] = float(part_name and f.own_name)
                # (or a word that names the kind of answer the part asks: 'The main advantages … are', 'the challenge
                # in labeling …'; not one that points back at it to turn to the paper's own: 'To address these issues,
                # we propose …')
                cues["kind"][p_i, s_i] = float(
                    f.kind
                    or bool(
                        part.kind_terms
                        and set(part.kind_terms) & s_syn
                        and not _TURNS_TO_OWN_RE.search(v.sentences[s_i])
                    )
                )
                # (a part that asks how many is answered by the count, not by what the paper contributes)
                cues["contribution"][p_i, s_i] = float(
                    (p_i == 0 or part.asks_contribution)
                    and not part.asks_reason
                    and not part.asks_result  # (how well it did is no contribution: 'What are the results of X?')
                    # (nor any other kind a word names: 'How is X different from prior work?' is answered where the
                    # paper compares itself, 'Compared to existing methods, …')
                    and (part.asks_contribution or not part.kind_terms)
                    and not part.asks_number
                    and not part.uses  # (what the paper used is not what it contributes)
                    and not part.sets_used
                    and f.contribution
                )
                # (the problem a paper takes on is what its abstract sets out before it says what it does)
                # (and what earlier work lacks, wherever it is said: 'Most existing VRSA methods focused on …')
                cues["reason"][p_i, s_i] = float(
                    part.asks_reason
                    and (
                        f.reason
                        or (part.asks_problem and (s_i < first_contribution or _says_of_others(v.sentences[s_i])))
                    )
                )
                # How it works: the sentences after the paper says what it contributes, that are not results.
                cues["method"][p_i, s_i] = float(part.asks_method and s_i > first_contribution and not f.result)
                # (what it found, or how well it did: 'What are the results of X?' is answered by 'Experiments show …')
                cues["finding"][p_i, s_i] = float(part.asks_finding and (f.finding or (part.asks_result and f.result)))
                cues["aim"][p_i, s_i] = float(
                    (part.asks_method or part.asks_reason or part.asks_finding)
                    and f.aim
                    and not (f.finding or f.result or f.reason)  # ('we analyze why …, showing that …' answers)
                )
                # what the paper uses: a name not its own, with the verb of use or the kind of thing asked for
                # ('Which simulator do they use?' -> '… onto a humanoid in the MuJoCo physics simulator')
                cues["used"][p_i, s_i] = float(
                    bool(part.uses) and f.others > 0 and (part.uses in s_syn or bool(part_slot & s_syn))
                )
                cues["set_named"][p_i, s_i] = float(part.sets_used and set_named[s_i])
                cues["asks"][p_i, s_i] = float(f.asks)
                cues["link"][p_i, s_i] = float(f.link)
                cues["counted"][p_i, s_i] = float(not part.asks_number and _lists_counted(*counted[p_i], f.counts))
                cues["foreign"][p_i, s_i] = 0.0 if query.english else 0.3 * f.coined + 0.3 * float(f.number)
        v.cues = cues
        v.measured = tuple(part.measure is not None for part, _, _ in parts)
        # (a paper named or referred back to is among the words by its count: 'Soohak has two subsets: how many
        # problems does it have?' is answered by 'Soohak contains 439 problems', not by other benchmarks' '25 and 50
        # problems'; by its names without digits, which may be counts themselves, 'RoboMIND 2.0', '20K-trajectory')
        named_by = {t for t in naming if not any(ch.isdigit() for ch in t)}
        v.counted = tuple(
            tuple(
                {
                    i: _count_fit(s, _synonyms(set(thing)), _synonyms(set(part.terms) - set(thing)) | named_by)
                    for i, s in enumerate(v.sentences)
                    if _number_near([s], _synonyms(set(thing)), count=True)
                }
                for thing in part.counts
            )
            for part, _, _ in parts
        )
        rows = combine(cues)
        v.part_scores = rows
        v.premise_parts = premise_parts
        v.scores = rows.max(axis=0) if len(rows) else np.zeros(len(v.sentences))
        # paper features
        # Coverage counts only words the collection uses: a word no paper uses (often everyday phrasing, 'axes')
        # says nothing about this paper, and has its own feature (`unknown`).
        named = v.id in query.named or v.id in query.carried
        known_topic = [
            t
            for t in topic
            if t in known
            and t not in giving
            and not (named and t in making)
            and not (t in set_verbs and t not in have_syn | have)
        ]
        covered = [t for t in known_topic if t in have_syn or t in have]
        coverage = (sum(idf[t] for t in covered) / (sum(idf[t] for t in known_topic) or 1.0)) if known_topic else 1.0
        rare = [t for t in topic if t in known and idf[t] >= rare_idf and not (named and t in making)]
        rare_cov = (
            sum(idf[t] for t in rare if t in have_syn or t in have) / (sum(idf[t] for t in rare) or 1.0)
            if rare
            else 1.0
        )
        focus = 1.0 if named else 0.5 if v.id in query.mentioned else 0.0
        kind_ok = 1.0 if all(_kind_stated(k, w, text, low_text) for k, w in kind_words.items()) else 0.0
        # Only asked-for words the collection uses count: 'datasets' unmentioned is telling, 'axes' is not.
        known_slot = [t for t in slot if t in known or index.doc_freq(t) > 0]
        slot_ok = (len([t for t in known_slot if t in have_syn or t in have]) / len(known_slot)) if known_slot else 1.0
        # (a number near the asked thing, or near its unit however written: '45.7 FPS' for 'frames per second')
        unit_words = {stem(t) for part in query.parts if part.unit for w in spellings(part.unit) for t in tokens(w)}
        # (or the kind of quantity asked, however the abstract states it: 'how big is X' by '28B parameters', 'how
        # quickly' by 'in seconds, much faster than prior approaches')
        # A year asked is met by a year stated anywhere (an abstract states few: 'Data … was collected … in 2023'),
        # not by any other number.
        measures_asked = {part.measure for part in query.parts if part.measure}
        stated = float(any(measures_asked & f.measures for f in facts))
        number_ok = (
            1.0
            if not query.asks_number
            else stated
            if year_asked
            else _number_near(v.sentences, _synonyms(slot | set(query.topic) | unit_words), count=query.asks_count)
            or stated
        )
        # (a name is held by a word of its synonym group too: 'GPU' by '24GB VRAM')
        held_names = _names_found(question_names, paper) | spelled | {n for n in question_names if stem(n) in have_syn}
        names_ok = (len(held_names) / len(question_names)) if question_names else 1.0
        # The paper's name (in its title) is no part of a choice; other coined names are ('its DINOv2 backbone').
        # The title states the paper's subject as much as any sentence ('A Study of Quiet Robots').
        contradicted = _contradicted(
            query,
            (paper.title, *v.sentences),
            index,
            frozenset(n for n in own if n in paper.title),
            own | {paper.short_name},
        )
        lead = 0.0 if focus else max(0.0, v.hit.score - second[id(v)])
        v.features = Features(
            cosine=float(v.cosines.max()) if len(v.cosines) else 0.0,
            coverage=coverage,
            rare_coverage=rare_cov,
            unknown=unknown_share,
            focus=focus,
            kind_ok=kind_ok,
            slot_ok=slot_ok,
            number_ok=number_ok,
            names_ok=names_ok,
            contradicted=contradicted,
            lead=lead,
            brevity=brevity,
            unknown_brief=unknown_share * brevity,
        )
    # A name the question asks about ('from LiDAR point clouds', 'evaluated on VoxCeleb2') is necessary too: a paper
    # that mentions none of them, however written, answers a neighbouring question. Not in a comparison, which names
    # each paper's own; nor a candidate's own name (the question names that paper beside the one it asks for).
    required_names, qualifying, unheard, introduced = [], [], [], []
    if query.intent is not Intent.COMPARISON and not _describes_two(query):
        # (what the question asks about where no paper uses a word of it: lacked however many names it shares)
        unheard = unheard_topic(query, index, known)
        introduced = introduced_things(query, index)
        papers_own = {n.lower() for v in views for n in own_names(v.hit.paper, index)}
        # (the names as typed too: the spelling fix may have taken a name for a slip, 'CoTracker' for 'Tracker'; not
        # those inside instructions the question smuggles in)
        # Not where the fix turned it into a candidate's own name: then the question names that paper, however
        # typed ('CoTracker' for 'CoWTracker').
        understood = asked_names(query.asking)
        fixed_to_own = any(o in query.asking.lower() and o not in query.question.lower() for o in papers_own)
        typed = [
            n
            for n in asked_names(query.question)
            if not any(n in part for part in (*query.ignored, *query.about_asker))
            and not (fixed_to_own and n not in understood and n.lower() not in query.asking.lower())
        ]
        # A plain name no paper uses at all, nor any author or affiliation ('entity linking for African languages
        # like Swahili', 'dialects like Cantonese'): the question is about a thing the collection lacks, however much
        # of the rest a paper shares. (Only topic words: a month or a researcher the query read as a filter is none.)
        absent = [
            n
            for n in plain_names(query.asking)
            if stem(n.lower()) in topic
            and not index.uses_word(n)
            # (nor where the collection uses it in another word: 'Haptic' as 'tactile', 'Coaches' in 'EmboCoach')
            and not any(index.known(t) or t in in_names for t in _synonyms({stem(n.lower())}))
        ]
        asked = dict.fromkeys([*understood, *typed, *absent, *query.concepts])
        required_names = [n for n in asked if n.lower() not in papers_own or n in query.concepts]
        # A place, people or language the collection does use qualifies the topic as much ('Is there a paper on
        # Spanish tax law?' where one paper is on German tax law and another mentions Spanish): the paper that
        # answers names it too, whatever other names it mentions. (Only those of lexicon.PLACE_FORMS: another
        # capitalised word, 'Internet videos', may be said otherwise.)
        qualifying = [
            n
            for n in [*(n for n in plain_names(query.asking) if stem(n.lower()) in topic), *place_names(query.asking)]
            if n.lower() in place_forms() and n not in asked and n.lower() not in papers_own
        ]
    for v in views:
        # (mentioned however written, or by a word of its synonym group: 'GPU' by '24GB VRAM')
        v.lacks = (
            tuple(required_names)
            if required_names
            and not _mentions_any(required_names, v.hit.paper)
            and not any(_held_by_synonym(v.hit.paper, n) for n in required_names)
            else ()
        )
        if qualifying and not any(_holds_word(v.hit.paper, n) for n in qualifying):
            v.lacks = (*v.lacks, *qualifying)
        if unheard and not any(_holds_word(v.hit.paper, n) for n in unheard):
            v.lacks = _merged(v.lacks, unheard)
        if introduced and (v.id in query.named or v.id in query.carried):
            held = _held_terms(f"{v.hit.paper.title}. {v.hit.paper.abstract}")
            if not any(_synonyms(set(stems)) & held for _, stems in introduced):
                v.lacks = _merged(v.lacks, [phrase for phrase, _ in introduced])
    # A count, or a year, asked for and none stated cannot be answered: neither is written other than in digits or
    # number words (a speed or a size may be, 'real-time', 'lightweight').
    # (Where a question also asks something else, that part may still be answered: 'Which gaze paper uses a frozen
    # DINOv2 backbone, and how many parameters does it train?'.)
    number_needed = (query.asks_count or year_asked) and all(part.asks_number for part in query.parts)
    of_kind = {v.id for v in views if query.paper_kinds and _is_kind(v.hit.paper, query.paper_kinds)}
    best_cosine = max((v.features.cosine for v in views), default=0.0)
    best_coverage = max((v.features.coverage for v in views), default=0.0)
    best_score = max((v.hit.score for v in views), default=0.0)
    for v in views:
        f = v.features = replace(
            v.features,
            cosine_behind=best_cosine - v.features.cosine,
            coverage_behind=best_coverage - v.features.coverage,
            score_behind=best_score - v.hit.score,
        )
        # The asked-for kind of detail (which GPUs, what license, who funded it) is a necessary condition: an
        # abstract that shows none of it cannot answer, however close its topic. So is a premise the abstract does
        # not contradict, for a paper found by search as for one named, and a name the question asks about.
        # A kind of paper asked for ('Is there a review of …') is what the paper is, whatever it shares of the topic:
        # where a candidate says it is of that kind, the others are not. (Only then: a paper may call itself a survey
        # in words `_is_kind` does not read, 'In this paper, we map the field …', and a refusal would be wrong.)
        v.of_kind = v.id in of_kind
        v.other_kind = bool(of_kind) and not v.of_kind
        v.p = (
            probability(f)
            if f.kind_ok
            and not f.contradicted
            and (f.number_ok or not number_needed)
            and not v.lacks
            and not v.names_no_set
            and not v.other_kind
            else 0.0
        )
        v.p_list = 0.0 if v.other_kind else probability(f, membership=True)
        v.p_standing = 0.0 if v.other_kind else standing(f)
        if topic and not known and not _slips_beside_filter(query, index):
            # No word of the topic occurs in the collection ('Which papers introduce an Arena?' where the names are
            # 'EinsteinArena', 'MedArena'): every paper covers the known words vacuously, so coverage shows no
            # membership; a paper belongs only as far as it answers the question.
            v.p_list = min(v.p_list, v.p)


# The cues a sentence is scored by, besides its cosine similarity to the part (which weighs 1).
EVIDENCE_CUES = (
    "words", "slot", "number", "defines", "own_name", "kind", "contribution", "reason", "method", "finding", "link",
    "foreign", "used", "aim", "counted", "set_named", "asks",
)  # fmt: skip


@functools.cache
def evidence_weights() -> dict[str, float]:
    """Cue weights: chosen on the training split (scripts/tune_evidence.py -> data/evidence.json) where tuned, the
    named constants above otherwise."""
    weights = {
        "words": S_WORDS,
        "slot": S_SLOT,
        "number": S_NUMBER,
        "defines": S_DEFINES,
        "own_name": S_OWN_NAME,
        "kind": S_KIND,
        "contribution": S_CONTRIBUTION,
        "reason": S_REASON,
        "method": S_METHOD,
        "finding": S_FINDING,
        "link": S_LINK,
        "foreign": 1.0,
        "used": S_USED,
        "aim": S_AIM,
        "counted": S_COUNTED,
        "set_named": S_SET_NAMED,
        "asks": S_ASKS,
    }
    try:
        tuned = json.loads(resources.files("assistant").joinpath("data/evidence.json").read_text(encoding="utf-8"))
        weights.update(tuned.get("weights", {}))
    except FileNotFoundError:
        pass
    return weights


def combine(cues: dict, weights: dict | None = None) -> np.ndarray:
    w = weights or evidence_weights()
    return S_COSINE * cues["cosine"] + sum(w[k] * cues[k] for k in EVIDENCE_CUES)


def cue_table(view: PaperView) -> tuple[list[str], dict]:
    """A view's sentences and cue tables (for tuning the weights)."""
    return view.sentences, view.cues


@dataclass(frozen=True)
class _Facts:
    number: bool
    defines: bool  # gives a coined name its meaning
    names_part: bool  # opens with a spelled-out name and its short form ('Confidence-Gated 3D Inference (CGI3D)')
    own_name: bool  # uses the paper's own name
    kind: bool  # mentions an asked-for kind of detail
    contribution: bool
    reason: bool
    result: bool  # reports an outcome ("experiments show", "outperforms")
    finding: bool  # states what was found ("we find that", "contrary to")
    aim: bool  # states the aim as a question ("we investigate how …")
    link: bool  # mostly a URL
    coined: int  # how many coined names it uses
    others: int = 0  # how many of them are not the names its title gives the paper
    # how many things it lists, and what ('three paradigms: A, B and C' -> (3, 'paradigm'))
    counts: frozenset[tuple[int, str]] = frozenset()
    measures: frozenset[str] = frozenset()  # kinds of quantity it states with their units
    asks: bool = False  # is itself a question ('… and ask: Can a single backbone support both …?')


_COUNT = r"(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10)"
# A count of things the question says there are: 'sorts methods into three schools', 'its two modules'.
_THINGS_COUNTED_RE = re.compile(rf"(?<![\d.])\b{_COUNT}\s+(?:[a-z][\w-]*\s+){{0,2}}?([a-z][\w-]*s)\b", re.I)
# A sentence listing that many things: the count, a plural and then the list ('three paradigms: A, B and C', 'two
# modules, A and B'); not a count in passing ('on three benchmarks.').
_COUNTED_LIST_RE = re.compile(
    rf"(?<![\d.])\b{_COUNT}\s+(?:[\w-]+\s+){{0,3}}?([\w-]+s)\b\s*"
    # then the list: after a colon, a dash or a bracket, or after a comma only where items follow ('two modules, A
    # and B'; not 'for 10 epochs, using AdamW')
    r"(?::|\(|—|–|-\s|namely|including|which are|,\s*[^,.;]+(?:,|\s(?:and|or)\s))",
    re.I,
)


def _count_value(word: str) -> int:
    return lexicon.COUNT_VALUES.get(word.lower()) or int(word)


def _things_counted(text: str) -> tuple[int, str] | None:
    """(how many, the stem of what) a question counts: 'which two losses' -> (2, 'loss')."""
    m = _THINGS_COUNTED_RE.search(text)
    return (_count_value(m[1]), stem(m[2].lower())) if m else None


def _lists_counted(counted: tuple[int, str] | None, own: bool, listed: frozenset[tuple[int, str]]) -> bool:
    """A sentence lists as many things as the part counts: of the same kind where the part names it ('which two
    losses'); any kind for a part that refers back to the count ('What are they?' after 'three schools')."""
    if not counted:
        return False
    n, what = counted
    # (pieces of something are of any kind: 'its two parts' are 'two task sets: Oolong-synth … and Oolong-real')
    any_kind = not own or what in _PARTITIVE_STEMS
    return any(m == n and (any_kind or _synonyms({w}) & _synonyms({what})) for m, w in listed)


_PARTITIVE_STEMS = frozenset(stem(w) for w in lexicon.PARTITIVE_NOUNS)


def _sentence_facts(s: str, own: frozenset[str], kind_words: dict, titled: frozenset[str] = frozenset()) -> _Facts:
    """What a sentence offers. `own`: the paper's own names; `titled`: those its title carries (a name the abstract
    only uses, like 'DINOv2' in 'features from a frozen DINOv2 encoder', may be another's, however often used)."""
    facts = _question_free_facts(s, own, titled)
    if kind_words and any(_kind_stated(k, words, s) for k, words in kind_words.items()):
        facts = replace(facts, kind=True)
    return facts


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _question_free_facts(s: str, own: frozenset[str], titled: frozenset[str]) -> _Facts:
    """The facts of a sentence that do not depend on the question, worked out once (every question that reaches the
    paper reads them again)."""
    coined = {w.strip(".,;:()") for w in s.split() if is_coined(w.strip(".,;:()"))}
    return _Facts(
        number=has_number(s),
        defines=bool(coined) and any(r.search(s) for r in _DEFINES_RES),
        names_part=bool(_NAMED_PART_RE.search(s)),
        own_name=bool(own) and any(n in s for n in own),
        kind=False,
        contribution=any(r.search(s) for r in _CONTRIBUTION_RES),
        reason=any(r.search(s) for r in _REASON_RES),
        result=any(r.search(s) for r in _RESULT_RES),
        finding=any(r.search(s) for r in _FINDING_RES),
        aim=any(r.search(s) for r in _AIM_RES),
        link=bool(re.search(r"https?://|github\.com|\.io\b", s)) and len(s) < 160,
        coined=len(coined),
        others=len({w for w in coined if not any(w in n or n in w for n in titled)}),
        # (as read: '75\\,\\%' is '75 %')
        measures=frozenset(k for k, r in _MEASURE_STATED_RES.items() if r.search(plain_latex(s))),
        counts=frozenset((_count_value(m[1]), stem(m[2].lower())) for m in _COUNTED_LIST_RE.finditer(s)),
        asks=s.rstrip().rstrip("\"”’')").endswith("?"),
    )


def _part_vectors(assistant, query: Query, vector: np.ndarray, statement: str = "") -> tuple[list, tuple[int, ...]]:
    """(part, its vector, its terms) for each part of the question, and which of them only restate the premise the
    question states before it asks (`statement`); one part uses the question's own vector.

    A premise stated is what the asker knows already: the answer leads with the sentence that answers what is asked
    after it, where one holds the asked part's words (`PaperView.best`). 'OccuFly provides 22 semantic classes; at
    what altitudes was the data captured?' leads with the altitudes, the 22 classes follow as support."""
    from .types import Part

    whole = Part(query.asking, query.terms, query.slot, query.asks_number)  # (the question as one part)
    parts = list(query.parts) or [whole]
    stated = _plain_words(statement)
    restating = tuple(i for i, p in enumerate(parts) if stated and f" {_plain_words(p.text)} " in f" {stated} ")
    if stated and len(parts) == 1 and not restating:
        # The statement is no part of its own ('LagerNVS initializes its encoder from a pretrained 3D reconstruction
        # network. What kind of decoder is it paired with?'): the asked part by its own meaning and words, then the
        # question as a whole, which the sentence that restates the premise answers best.
        return [
            (parts[0], assistant.embed(parts[0].text), set(parts[0].terms) | set(parts[0].slot)),
            (whole, vector, set(query.terms) | set(query.slot)),
        ], (1,)
    if len(restating) == len(parts):
        restating = ()
    if len(parts) == 1:
        # (where the part asks what the paper uses, or follows a setting that describes the paper, the words naming
        # the paper are left out of its terms: they match the sentences that describe the paper, not the one that
        # says what is asked)
        terms = set(parts[0].terms) if parts[0].uses or parts[0].described else set(query.terms)
        # (and its meaning is the part's own: the description is nearest the sentence that describes the paper)
        part_vector = assistant.embed(parts[0].text) if parts[0].described else vector
        return [(parts[0], part_vector, terms | set(query.slot))], ()
    return [(p, assistant.embed(p.text), set(p.terms) | set(p.slot)) for p in parts], restating


def _plain_words(text: str) -> str:
    """The words of `text`, lower-cased and single-spaced: a part of the question is found in its statement however
    the two were punctuated."""
    return " ".join(tokens(text))


def _overlap(terms: set[str], sentence_terms: set[str], idf: dict, index) -> float:
    """Idf-weighted share of the terms a sentence holds (synonyms count)."""
    if not terms:
        return 0.0
    weights = {t: idf.get(t) or index.idf(t) for t in terms}
    return sum(w for t, w in weights.items() if t in sentence_terms) / (sum(weights.values()) or 1.0)


def own_names(paper, index) -> frozenset[str]:
    cache = index._cached("own_names", dict)  # per paper, until the index changes
    if paper.id not in cache:
        cache[paper.id] = _own_names(paper, index)
    return cache[paper.id]


def introduced_name(paper, index) -> str:
    """The name the paper gives what it contributes, where its title does not carry it: one of its own names
    (`own_names`) right after the verb that introduces it ('we propose LEAF, a label-efficient …', 'we call it
    X'), or in brackets after the words it abbreviates ('Constrained Dynamic Gaussian Splatting (CDGS)'); '' if
    none."""
    cache = index._cached("introduced_name", dict)
    if paper.id not in cache:
        names = {plain_latex(n) for n in own_names(paper, index)}
        found = ""
        # a title that carries one of the paper's own names ('LL-Bench: Rethinking …') names it already
        titled = any(w.strip(".,;:()") in names for w in plain_latex(paper.title).split())
        for s in [] if titled else sentences(paper.abstract):
            if not any(r.search(s) for r in (*_DEFINES_RES, *_CONTRIBUTION_RES)):
                continue
            plain = plain_latex(s)
            candidates = [
                w.strip(".,;:()[]'\"")
                for m in _INTRODUCED_RE.finditer(plain)
                for w in plain[m.end() :].split()[:NAME_REACH]
            ]
            candidates += _BRACKETED_RE.findall(plain)
            found = next((w for w in candidates if w in names and _new_name(w, paper.title)), "")
            if found:
                break
        cache[paper.id] = found
    return cache[paper.id]


_INTRODUCED_RE = re.compile(
    r"(?<![\w-])(?:propose|proposes|introduce|introduces|present|presents|develop|develops|call|calls|name|dub|"
    r"term|called|named|dubbed|termed)\b"
)
# How many words after the verb the name may come: 'we propose a simple but efficient data selection method
# IQA-Select'.
NAME_REACH = 8


def _new_name(word: str, title: str) -> bool:
    """A name the title does not already say: not in it, nor an acronym of its words ('VSR' for 'Visual Speech
    Recognition'), and a name at all (`_NAME_RE`)."""
    title_words = WORD_RE.findall(title.lower())
    said = set(title_words) | {p for w in title_words for p in w.split("-")}
    return bool(_NAME_RE.match(word)) and word.lower() not in said and not _acronym_of([word.lower()], title_words)


# A name, not a compound adjective ('VQA-specific', 'LLM-based') nor left-over markup.
_NAME_RE = re.compile(r"^(?![^\\{}]*[\\{}])(?!.*-[a-z]+$)\S+$")
_BRACKETED_RE = re.compile(r"(?<=[a-z] )\(([A-Z][\w-]{1,24})\)")


def _own_names(paper, index) -> frozenset[str]:
    """The names a paper gives its own method, dataset or model: coined words no other paper of the collection uses,
    which it introduces ('we present BA-Track', 'our framework, BA-Track') or uses at least twice, and the coined
    words of its title. ('SAM', used by several papers, is not one paper's own name.)"""
    found: dict[str, int] = {}
    for s in sentences(paper.abstract):
        coined = {w.strip(".,;:()[]'\"") for w in s.split() if is_coined(w.strip(".,;:()[]'\""))}
        introduces = any(r.search(s) for r in _DEFINES_RES)
        for w in coined:
            found[w] = found.get(w, 0) + (2 if introduces else 1)
    title = {w.strip(".,;:()") for w in paper.title.split() if is_coined(w.strip(".,;:()"))}
    candidates = {w for w, n in found.items() if n >= 2 and len(w) >= 3} | title
    return frozenset(w for w in candidates if index.papers_using(w.lower()) <= 1)


def _synonyms(terms: set[str]) -> set[str]:
    from .text import with_synonyms

    return with_synonyms(terms)


_OWN_LIMITATION_RES = [re.compile(p, re.I) for p in lexicon.OWN_LIMITATION_CUES]


def _kind_stated(kind: str, words: Sequence[str], text: str, low_text: str | None = None) -> bool:
    """Whether a text states a kind of detail asked for: by its words (a GPU, a venue), or for a paper's own
    limitation, by a limitation said of its own method outside what it says of other work. (`low_text`: the text
    normalized and lower-cased, where the caller has it already.)"""
    if kind == "limitation":
        return _states_own_limitation(text)
    return _mentions(low_text if low_text is not None else normalize(text).lower(), words)


def _states_own_limitation(text: str) -> bool:
    """A limitation the text states of the paper's own method ('our model is limited to …', 'we leave … to future
    work'); what it says of other methods is set aside ('Existing approaches are limited to …')."""
    own = _blanked(text, [*_others_spans(text), *_others_subject_span(text)])
    return any(r.search(own) for r in _OWN_LIMITATION_RES)


# A limitation named ('limited', 'struggle', 'fail to', 'lack', 'this limitation').
_LIMITATION_NAMED_RE = re.compile(
    r"\b(?:limitations?|limit(?:s|ed|ing)?|struggl\w*|fail(?:s|ed|ing)?\b|lack(?:s|ing)?|shortcomings?|drawbacks?|"
    r"weakness(?:es)?|suffer\w*|inefficien\w*|cannot|unable)\b",
    re.I,
)
# ... as one that the paper overcomes: 'To address these limitations, we …', 'overcomes the limitations of …'
_LIMITATION_OVERCOME_RE = re.compile(
    r"\b(?:address|overcome|overcomes|tackle|alleviate|mitigate|resolve|remedy|circumvent|avoid)s?\s+(?:th(?:is|ese|ose)|"
    r"such|the|their|its)\s+(?:\w+\s+)?(?:limitations?|issues?|problems?|shortcomings?|drawbacks?|challenges?)\b",
    re.I,
)


# A problem pointed back at as the paper turns to its own work: 'To address these issues, we …', 'To overcome this
# limitation, …'.
_TURNS_TO_OWN_RE = re.compile(
    r"\b(?:address|overcome|tackle|alleviate|mitigate|resolve|remedy|circumvent|solve|bridge|close|eliminate)\w*\s+"
    r"(?:th(?:is|ese|ose)|such)\s+(?:\w+\s+)?(?:limitations?|issues?|problems?|challenges?|shortcomings?|drawbacks?|"
    r"gaps?|bottlenecks?)\b",
    re.I,
)


def _states_others_limitation(text: str) -> bool:
    """Whether the text names a limitation of other work: inside what it says other methods do, or as one it sets
    out to overcome."""
    spans = [*_others_spans(text), *_others_subject_span(text)]
    return bool(_LIMITATION_OVERCOME_RE.search(text)) or any(_LIMITATION_NAMED_RE.search(text[a:b]) for a, b in spans)


def _mentions(low_text: str, words: Sequence[str]) -> bool:
    return any(_word_re(w).search(low_text) for w in words)


@functools.lru_cache(maxsize=4096)  # (a question's words and their synonyms, kept compiled past `re`'s own cache)
def _word_re(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}\b")


def _question_names(query: Query) -> set[str]:
    """Coined names and numbers the question itself uses ('GPT-4o', 'Set5', 'ICCV', '60'), minus dates."""
    names = name_like_terms(query.asking)
    return {n for n in names if not re.fullmatch(r"(?:19|20)\d\d", n)}


@functools.lru_cache(maxsize=4096)
def _paper_text(paper) -> str:
    return normalize(f"{paper.title} {paper.abstract} {' '.join(paper.authors)}").lower()


def _mentions_any(names: Sequence[str], paper) -> bool:
    """Whether the paper mentions one of the names, however written (`mentions_name`). (`_names_found` stays the
    plain lower-case match the answerability model's `names_ok` was fitted on, numbers included.)"""
    text = f"{paper.title}. {paper.abstract} {' '.join(paper.authors)} {paper.affiliation or ''}"
    return any(_mentions_phrase(n, text) if " " in n.strip() else mentions_name(n, text) for n in names)


def _holds_word(paper, word: str) -> bool:
    """Whether the paper uses a plain word however written: as a name, a synonym ('Pictures' by 'images', 'Germany'
    by 'German') or a part of one of its names ('Talkers' in 'MemoryTalker')."""
    return _held_by_synonym(paper, word) or _mentions_any([word], paper)


def _held_by_synonym(paper, word: str) -> bool:
    """Whether the paper's title or abstract has the word, one of its synonyms or a name part that is it."""
    return bool(_synonyms({stem(word.lower())}) & _held_terms(f"{paper.title}. {paper.abstract}"))


# Words of a question that are no thing it is about, however rare: what it asks of a paper (its gist, what it says,
# gives, covers, makes or solves) and the small talk around it.
_NOT_SUBSTANTIVE = stem_set(
    lexicon.ACCOUNT_IDIOMS
    | lexicon.ACCOUNT_NOUNS
    | lexicon.REPORTING_VERBS
    | lexicon.GIVING_VERBS
    | lexicon.SCOPE_VERBS
    | lexicon.MAKING_VERBS
    | lexicon.PROBLEM_VERBS
    | lexicon.SMALL_TALK_WORDS
    | lexicon.NUMBER_WORDS  # ('Explain MuCo like I'm five.')
)


_TYPED_WORD_RE = re.compile(r"[\w'’-]+")


def _named_paper_stems(query: Query, index) -> set[str]:
    """The stems of the short names of the papers the question names or refers back to."""
    return {stem(t) for i in (*query.named, *query.carried) for t in tokens(index.paper(i).short_name)}


def _substantive(query: Query, index) -> tuple[list[str], list[str]]:
    """The stems of a content question's words of substance (not how it asks, nor the name of the paper it asks
    about), and its words as typed. None for a question in another language, or with an acronym among them (a paper
    may write it out; the names check reads it)."""
    if not query.english or query.intent is not Intent.CONTENT:
        return [], []
    # (nor the name of the paper asked about: "What is MuCo's stance on safety?")
    own = _named_paper_stems(query, index)
    words = _TYPED_WORD_RE.findall(query.asking)
    # (a hyphenated word by the parts it was typed with: 'LUT-based' is 'lut-bas' as one stem)
    parts_of = {stem(w): [stem(p) for p in w.split("-") if p] for w in words if "-" in w}
    substantive = [
        t
        for t in dict.fromkeys([*query.topic, *query.slot])
        if t not in _NOT_SUBSTANTIVE
        and t not in own
        and t.replace("-", "").isalpha()
        and not (t in parts_of and any(index.doc_freq(p) > 0 for p in parts_of[t]))
    ]
    if any(w.isupper() and len(w) > 1 and stem(w) in substantive for w in words):
        return [], words
    return substantive, words


class _Run(NamedTuple):
    """A run of a question's typed words ('carbon footprint'), with the word that introduces it (the one before it,
    past articles and the like: 'about' in 'about the privacy'), the word right before it, and where it starts."""

    intro: str
    before: str
    start: int
    words: list[str]


def _runs(words: Sequence[str], stems: Sequence[str]) -> list[_Run]:
    """The runs of typed words whose stems are among `stems`."""
    runs: list[_Run] = []
    intro, before, current, start = "", "", [], 0
    for i, w in enumerate(words):
        if stem(w) in stems or any(stem(t) in stems for t in tokens(w)):
            if not current:
                start, before = i, (words[i - 1].lower() if i else "")
            current.append(w)
            continue
        if current:
            runs.append(_Run(intro, before, start, current))
            current = []
        if w.lower() not in _UNHEARD_SKIPPED:
            intro = w.lower()
    if current:
        runs.append(_Run(intro, before, start, current))
    return runs


def unheard_topic(query: Query, index, known: set[str]) -> list[str]:
    """What a question is about, as typed, where no paper in the collection uses a word of it ('What is the carbon
    footprint of MuCo?', 'How does MuCo handle fairness?', 'Is it related to blockchain?'): [] otherwise.

    A word no paper uses is mostly everyday phrasing beside the words that say what is asked ('how does it keep depth
    consistent'), so coverage leaves such words out. But where the question has no other word of substance, what it
    asks about is something none of the abstracts mention: the paper it names, which holds none of it, is no answer.
    (Not a hyphenated word with a part the collection uses, 'LUT-based'; nor an acronym, which a paper may write out,
    nor a question in another language: both are read by their own checks.) Where some of its words are used, a
    question put to the whole collection may still ask mostly about what none of the papers mention
    (`_mostly_unheard`)."""
    substantive, words = _substantive(query, index)
    if not substantive:
        return []
    # (used as typed, not in another form as `_heard` counts: 'Does SocialGesture include sports footage?' is about
    # 'sports footage', though papers say 'video' for 'footage')
    if any(t in known or index.doc_freq(t) > 0 for t in substantive):
        return _mostly_unheard(query, index, known, substantive, words)
    runs = _runs(words, substantive)
    # A single such word is the thing asked about only where a word introduces it ('say about privacy'); a word on
    # its own may be how the question is put ('What's the gimmick of EP-SAM?', 'Explain STAN to my grandma'), and
    # the gist is answered. A phrase of several is a thing ('carbon footprint').
    things = [" ".join(r.words) for r in runs if len(r.words) > 1 or _introduces(r.intro, r.words)]
    return things if len(things) == len(runs) else []


_INTRODUCING = stem_set(lexicon.TOPIC_INTRODUCERS | lexicon.REPORTING_VERBS)


def _merged(lacked: Sequence[str], more: Sequence[str]) -> tuple[str, ...]:
    """What a paper lacks, once each: a thing inside a longer one said ('Bavarian' in 'soft Bavarian pretzels') is
    said by it."""
    things = list(dict.fromkeys([*lacked, *more]))
    words = {t: t.lower().split() for t in things}

    def inside(short: list[str], long: list[str]) -> bool:
        return len(short) < len(long) and any(long[i : i + len(short)] == short for i in range(len(long)))

    return tuple(t for t in things if not any(inside(words[t], words[o]) for o in things if o != t))


def _mostly_unheard(query: Query, index, known: set[str], substantive: list[str], words: list[str]) -> list[str]:
    """Where a question put to the whole collection has words of substance the collection uses, the runs of those it
    does not, if they carry most of what it asks (MOSTLY_UNHEARD_SHARE): each a thing the papers lack ('quadruped',
    'rough terrain'); [] otherwise. (A named paper is asked of the things a word introduces; a list is judged
    member by member.)"""
    if query.named or query.carried or query.is_list:
        return []
    unheard = [t for t in substantive if not _heard(t, index, known)]
    idf = {t: index.idf(t) for t in substantive}
    if not unheard or sum(idf[t] for t in unheard) < MOSTLY_UNHEARD_SHARE * sum(idf.values()):
        return []
    # Each run as typed, but for how the question is put: a word it opens with on its own ('Forget the papers for a
    # second — … soft Bavarian pretzels'), a verb right after 'to', 'that' … saying what a paper does ('to walk', 'that
    # teaches', 'to compose symphonies'), quotation marks: the things lacked are what is left, or every run where
    # nothing is.
    runs = _runs(words, unheard)
    typed = [[w.strip("'’") for w in r.words] for r in runs]
    said = [
        [] if r.start == 0 and len(run) == 1 else run[1:] if r.before in lexicon.DOING_OPENERS else run
        for r, run in zip(runs, typed)
    ]
    return [" ".join(run) for run in [run for run in said if run] or typed]


def _heard(term: str, index, known: set[str]) -> bool:
    """Whether the collection uses a question's word in some form: as it is, by a word of its synonym group ('photo'
    where papers say 'image', 'phone' where they say 'smartphone'), or by the adjective whose comparative or
    superlative it is ('largest' where papers say 'large')."""
    return term in known or any(index.doc_freq(t) > 0 for t in _synonyms({term, *_degree_bases(term)}))


def _degree_bases(term: str) -> set[str]:
    """The stems an adjective's comparative or superlative may come from ('largest' -> large, 'biggest' -> big,
    'easiest' -> easy; lexicon.COMPARATIVE_BASE first), which the stemmer leaves as they are."""
    if term in lexicon.COMPARATIVE_BASE:
        return {stem(lexicon.COMPARATIVE_BASE[term])}
    bases = set()
    for suffix in ("est", "er"):
        base = term.removesuffix(suffix)
        if base == term or len(base) < 3:
            continue
        bases |= {base, base + "e"}
        if base[-1] == base[-2]:
            bases.add(base[:-1])  # 'bigg' -> 'big'
        if base.endswith("i"):
            bases.add(base[:-1] + "y")  # 'easi' -> 'easy'
    return {stem(b) for b in bases}


def _introduces(intro: str, run: Sequence[str]) -> bool:
    """Whether the word before a run of words introduces it as the thing asked about ('say about privacy'; not 'came
    out on top')."""
    return intro in lexicon.TOPIC_INTRODUCERS and f"{intro} {run[0].lower()}" not in lexicon.PREPOSITIONAL_IDIOMS


def introduced_things(query: Query, index) -> list[tuple[str, frozenset[str]]]:
    """What a question about a paper it names asks about, where a word introduces it ('Does the causal discovery PLM
    paper use quantum computing?', 'Can QA-TIGER run on a smartphone?', 'What does MuCo say about retrieval?'): each
    phrase as typed, with its stems. The paper is asked whether it says anything of the thing: one whose abstract
    holds no word of any of them (synonyms counted) does not. (Only of a paper named or referred back to; a paper
    found by search is weighed by its coverage.)

    The thing starts with a word of substance right after the word that introduces it, and runs to the next such word
    or the end of the sentence ('what's wrong with the current ways of controlling humanoids from video': humanoids and
    video too), in the sentences that ask (not a remark before them, 'thin clouds are a pain in cloud masking.').
    Words every paper's work has, said or not ('in experiments'), are no such thing."""
    if not (query.named or query.carried):
        return []
    substantive = [t for t in _substantive(query, index)[0] if t not in _RESEARCH_WORK]
    if not substantive:
        return []
    # (the phrase with every topic word in it, 'deep learning', though 'learning' alone says little: a paper that
    # holds any word of it says something of the thing)
    own = _named_paper_stems(query, index)
    topical = {t for t in [*query.topic, *query.slot] if t not in own and t not in _INTRODUCING}
    asking = [s for s in re.split(r"(?<=[?.!])\s+", query.asking) if "?" in s] or [query.asking]
    things = []
    for sentence in asking:
        typed = _TYPED_WORD_RE.findall(sentence)
        for i, word in enumerate(typed):
            after = [w for w in typed[i + 1 :] if w.lower() not in _UNHEARD_SKIPPED]
            # (the thing starts right after the word, with a word of substance: not 'in it adjust while running', nor
            # 'in their dataset consist of')
            if not after or not _introduces(word.lower(), after):
                continue
            if not any(stem(t) in substantive for t in tokens(after[0])):
                continue
            stop = next((j for j, w in enumerate(after) if w.lower() in lexicon.TOPIC_INTRODUCERS), len(after))
            thing = [w for w in after[:stop] if any(stem(t) in topical for t in tokens(w))]
            stems = frozenset(stem(t) for w in thing for t in tokens(w) if stem(t) in topical)
            if any(t in substantive for t in stems):
                things.append((" ".join(thing), stems))
    return things


_RESEARCH_WORK = stem_set(lexicon.RESEARCH_WORK_WORDS)


# Words passed over between the word that introduces a thing and the thing ('about the privacy of', 'on any ethics').
# ('related to blockchain' is introduced by 'related'; 'claim to fame' by nothing)
_UNHEARD_SKIPPED = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "any", "some", "this", "that", "of", "to"]
)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _held_terms(text: str) -> frozenset[str]:
    """A paper's words with their synonyms and the parts of its names, worked out once per paper (every required
    name of every question that reaches it is looked up in them)."""
    return frozenset(_synonyms(set(content_terms(text, framing=True)) | name_parts(text)))


def _mentions_phrase(name: str, text: str) -> bool:
    """A name of several words in the text, however hyphenated or in the plural ('dynamic point maps', 'Dynamic
    Point Map'), or by its initials ('DPMs')."""
    words = re.findall(r"[^\W_]+", name)
    phrase = r"[\s-]+".join(map(re.escape, words))
    initials = "".join(w[0] for w in words).upper()
    return bool(re.search(rf"(?<![\w-]){phrase}(?:s|es)?(?![\w-])", text, re.I)) or (
        len(words) >= 3 and mentions_name(initials, text)
    )


def _names_found(names: set[str], paper) -> set[str]:
    """The question's names that occur in the paper's text (as a part of a word too: 'llm' in 'MLLMs')."""
    text = _paper_text(paper)
    return {n for n in names if n in text or n.replace(",", "") in text.replace(",", "")}


# Things counted by naming them ('predicts several complementary geometric modalities, namely point, depth, and ray
# maps'): a count asked is answered by the list.
_ENUMERATION_RE = re.compile(
    r"\b(?:namely|including|such as|i\.e\.,?|e\.g\.,?|:)\s*[\w-]+(?:\s+[\w-]+)?(?:\s*,\s*[\w-]+(?:\s+[\w-]+)?)+,?\s+"
    r"(?:and|or)\s+[\w-]+",
    re.I,
)
# A noun followed by the things it stands for: 'material type, rigid or elastic', 'two modalities (audio and video)',
# 'three stages: planning, acting and checking'.
_NAMED_AFTER_RE = re.compile(r"\b(?P<noun>[\w-]+)\s*[,(:]\s*(?:[\w-]+\s*,\s*)*[\w-]+,?\s+(?:or|and)\s+[\w-]+", re.I)
_LIST_OF_NAMES_RE = re.compile(r"\b[A-Z][\w-]*\d?[\w-]*(?:\s*,\s*[A-Z][\w-]*){1,}\s*,?\s*(?:and|or)\s+[A-Z][\w-]*")


# A share or a factor, which counts nothing: '30% of the GPU memory' says nothing of how many GPUs, '15x more data'.
_SHARE_OR_FACTOR_RE = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)?\s*(?:%|percent\b|per\s*cent\b|[x×](?!\w)(?!\s*[A-Z]?\d))", re.I
)  # (not a count of hardware: '8x A100', '8 x H100')


# A count of hardware written with a times sign ('8x A100', '8 x H100'): eight of them.
_HARDWARE_TIMES_RE = re.compile(r"(?<![\w.])(\d+)\s*[x×]\s*(?=[A-Z]?\d)")


# How many words before a number the thing it counts or measures may stand ('tasks in total: 108').
NUMBER_BEFORE = 4
# How many words either side of a count say what it counts ('trained on a vast 3,400+ hour dataset').
COUNT_WINDOW = 6
# How many words after a count the thing counted may stand ('193 matched RSNA/RATIC CT volumes').
COUNT_REACH = 6


def _count_fit(sentence: str, thing: set[str], words: set[str]) -> int:
    """How many of `words` (stems) stand within COUNT_WINDOW words of a count of `thing` in the sentence (a number
    with the thing just after it, or before), at the count that has most of them."""
    stems = [stem(t) for t in tokens(sentence)]
    return max(
        (len(words & set(stems[max(0, i - COUNT_WINDOW) : i + COUNT_WINDOW + 1])) for i, t in enumerate(stems)
         if is_number(t) and thing & set(stems[max(0, i - NUMBER_BEFORE) : i + COUNT_REACH + 1])),
        default=0,
    )  # fmt: skip


def _number_near(sents: Sequence[str], words: set[str], *, count: bool = False) -> float:
    """1 when a sentence states a number within a few words of the asked-for thing, or lists several names
    together with it ('QVHighlights, TVSum and Charades-STA' for 'how many benchmarks'). With `count` (a 'how many'
    question), a share or a factor is no such number."""
    for s in sents:
        toks = tokens(_HARDWARE_TIMES_RE.sub(r"\1 ", _SHARE_OR_FACTOR_RE.sub(" ", s) if count else s))
        stems = [stem(t) for t in toks]
        for i, t in enumerate(toks):
            if is_number(t):
                # (a count may stand several words before what it counts: '193 matched RSNA/RATIC CT volumes')
                window = set(stems[max(0, i - NUMBER_BEFORE) : i + (COUNT_REACH if count else 4) + 1])
                if not words or window & words:
                    return 1.0
        if words & set(stems) and (_LIST_OF_NAMES_RE.search(s) or _ENUMERATION_RE.search(s)):
            return 1.0
        # the thing asked, then what it is, by name: 'object material type, rigid or elastic'
        if any(stem(m["noun"].lower()) in words for m in _NAMED_AFTER_RE.finditer(s)):
            return 1.0
    return 0.0


# Stems that name a phase before 'time' ('training time', 'test time', 'inference time', 'run time').
_PHASES = frozenset({"train", "test", "infer", "run", "deploy", "evalu", "decod", "render"})
# Where one clause of a question ends and another begins: a question mark, a dash, a semicolon.
_CLAUSE_BREAK_RE = re.compile(
    # (and a comma before a yes/no clause joined on: '…, and does it slow down inference?')
    r"(\?|\s[-–—]+\s|;|,(?=\s*(?:and|or)\s+(?:does|do|did|is|are|was|were|can|could|has|have|will|would)\s+"
    r"(?:it|they|this|that|these|those|the|its|their|he|she)\b))",
    re.I,
)


def _presuming_clauses(text: str) -> str:
    """The question without its yes/no clauses (the breaks between the clauses kept: 'X needed far more data - how
    much did it use?' still reads as a statement and a question)."""
    pieces = _CLAUSE_BREAK_RE.split(text)  # clauses at even places, the breaks between them at odd ones
    kept = []
    for i in range(0, len(pieces), 2):
        clause, brk = pieces[i], pieces[i + 1] if i + 1 < len(pieces) else ""
        if not (_YES_NO_RE.match(clause) or _OR_YES_NO_RE.match(clause)):
            kept.append(clause + brk)
    return "".join(kept)


# ('… , or do they …?')
_OR_YES_NO_RE = re.compile(r"\s*(?:or|and)\s+(?:does|do|did|is|are|was|were|can|could|has|have)\b", re.I)


# Where an abstract turns from the background to the paper's own work: 'we', 'our', 'this paper', 'in this work'.
_OWN_WORK_RE = re.compile(r"\b(?:we|our|this (?:paper|work|study|article)|here)\b", re.I)


def _own_part(sents: Sequence[str], names: frozenset[str]) -> Sequence[str]:
    """The title and the sentences from the first that speaks of the paper's own work ('we', 'our', 'this paper',
    or one of its names) on: what the background before it says ('Prior approaches used differentiable physics
    simulators', 'their reward models rely on single-view perception') is other work's, and confirms no premise about
    the paper. All of them where no sentence turns so."""
    title, *body = sents
    # (the first 'we' or 'our' first: a name is looked for only in the sentences before it)
    turn = next((i for i, s in enumerate(body) if _OWN_WORK_RE.search(s)), len(body))
    turn = next((i for i, s in enumerate(body[:turn]) if any(mentions_name(n, s) for n in names)), turn)
    return (title, *body[turn:]) if turn < len(body) else sents


def _contradicted(
    query: Query,
    sents: Sequence[str],
    index=None,
    own: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> float:
    """1 when the question presumes something the abstract states only negated: a two-word phrase of the question
    (or one word few papers use) that occurs in the abstract only right after a negation ('without cost volumes',
    'training-free'), where the question does not negate it itself; or the opposite choice (`_opposite_stated`)."""
    # A yes/no question presumes nothing ('Does DF-3DFace need a mesh?'): the quote that says it does not answers it.
    # Nor does a yes/no clause inside another question ('How does it fix grounding - do they just add more random
    # data?'): it asks.
    # A statement the question makes before it asks presumes what it says, though what asks may be only the last
    # clause ('Mesh4D needs the object's skeleton at inference. How is the skeleton obtained?').
    names = names | own  # (every name the paper goes by, the abstract's too: 'VideoCUPS')
    statement = _premise_statement(query, names)
    if _YES_NO_RE.match(query.asking) and not statement:
        return 0.0
    asking = _presuming_clauses(query.asking)
    if statement and statement not in asking:
        asking = f"{statement}. {asking}"
    for pid in query.named if index is not None else ():
        # A title given in the question names its paper; its words presume nothing (they are the paper's own).
        asking = without_title(asking, index.paper(pid).title)
    query = replace(query, asking=asking)  # every check below reads only what it presumes
    terms = content_terms(query.asking)
    # ('at training time' is 'during training': its 'time' pairs with nothing, so 'prompts only at training time' does
    # not clash with 'without prompts at inference time')
    asked = [t for i, t in enumerate(terms) if len(t) > 2 and not (t == "time" and i and terms[i - 1] in _PHASES)]
    if len(asked) < 2:
        return 0.0
    # Pairs in either order: 'the parameter limit' is 'without limitations on parameter count'.
    pairs = _near_pairs(asked)
    negated_in_question = _negated_terms(query.asking) | _removed_in_passive(query.asking)
    negated_pairs, positive_pairs, negated, positive = set(), set(), set(), set()
    for s in sents:
        neg, neg_pairs, pos_pairs, stated_terms = _premise_facts(s)
        negated_pairs |= neg_pairs
        positive_pairs |= pos_pairs
        negated |= neg
        positive |= stated_terms
    clashing = negated_pairs - positive_pairs
    clash = {p for p in pairs & clashing if not p & negated_in_question}
    if clash and query.is_list and _OR_RE.search(query.asking):
        # Alternatives of a list question ('papers that reconstruct hands, generate hand motion, or use hand
        # poses'): a paper that denies one of them ('without hand pose annotations') may still do another; each must
        # clash. (Not 'faster or slower', 'one or two hands' in a question about one paper.)
        alternatives = [
            _near_pairs([t for t in content_terms(part) if len(t) > 2]) for part in _OR_RE.split(query.asking)
        ]
        clash = all(p & clash for p in alternatives if p)
    if (
        clash
        or _opposite_stated(query, sents, own, names)
        or _other_factor_stated(query, sents)
        or _other_quantity_stated(query, sents, names)
    ):
        return 1.0
    if (
        _reversed_comparison(query, sents)
        or _group_won_otherwise(query, sents)
        or _swapped_roles(query, sents, names)
        or _reversed_order(query, sents, names)
        or _rejected_choice_used(query, sents, own)
        or _reversed_direction(query, sents)
        or _denied_at_inference(query, sents)
        or _opposite_comparative(query, sents)
        or _reversed_effect(query, sents)
    ):
        return 1.0
    # 'Since X needs a large training set …': what the question says the paper needs, the abstract mentions only as
    # something it does not need ('does not require training data').
    theirs_and_ours = None
    for m in _PRESUMED_NEED_RE.finditer(query.asking):
        needed = {t for t in content_terms(" ".join(tokens(query.asking[m.end() :])[:5])) if len(t) > 2}
        if needed & negated - positive - negated_in_question:
            return 1.0
        # … or only as what other methods need: 'Why does OCH3R need a pre-trained segmentor?', where 'existing
        # approaches … first apply pre-trained segmentors', and OCH3R 'performs one forward pass'.
        # Two whole words of the need's own clause ('pre-trained' is one word).
        clause = [t for t in content_terms(_scope(query.asking[m.end() :])) if len(t) > 2]
        whole = set(_whole_words(clause)[:PRESUMED_NEED_TERMS])
        theirs, ours = theirs_and_ours or _theirs_and_ours(sents)
        theirs_and_ours = (theirs, ours)  # (read once, for every need the question presumes)
        if len(whole & theirs - ours - negated_in_question) >= 2:
            return 1.0
    if _training_denied(query, sents):
        return 1.0
    if _background_property(query, sents, names):
        return 1.0
    # One word few papers use, found only negated, is a clash too: not for a list question, whose members are chosen
    # by all their words, where one word met in passing ('failures stem not from weak perception') denies nothing
    # of what is asked ('benchmarks that expose weaknesses').
    if index is not None and not query.is_list:
        rare = {t for t in set(asked) & negated - positive - negated_in_question if index.doc_freq(t) <= 2}
        if rare:
            return 1.0
    return 0.0


# How close a name typed in a question is to a named paper's own name to be that name mistyped (rapidfuzz ratio, 0-100):
# one letter swapped or missing in a ten-letter name is about 90.
NAME_SLIP_RATIO = 85


def _slip_of(typed: str, name: str) -> bool:
    """A name typed with a slip of the fingers ('calibanyveiw' for 'calibanyview'); not a sibling version, whose
    digits differ ('llama-3.1' is not 'llama-3.2')."""
    digits = re.compile(r"\d+")
    return ratio(typed, name) >= NAME_SLIP_RATIO and digits.findall(typed) == digits.findall(name)


# Two words of a phrase are at most this many content words apart: 'robust to orthographic variation' pairs
# 'robust' with 'variation' (the abstract: 'models are not robust to occurring variation').
PAIR_SPAN = 2


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _premise_facts(sentence: str) -> tuple[frozenset, frozenset, frozenset, frozenset]:
    """What a sentence negates and states, worked out once per sentence (abstract sentences are read again for every
    question that reaches their paper): (negated stems, negated pairs, stated pairs, stated stems)."""
    neg, stated = _negation(sentence)
    neg_pairs, pos_pairs = set(), set()
    for pair in _near_pairs(content_terms(sentence)):
        (neg_pairs if pair <= neg else pos_pairs).add(pair)
    stated_terms = content_terms(stated)
    pos_pairs |= _near_pairs(stated_terms)
    # A compound states the phrase it is made of ('the existing mask-supervised framework' states mask supervision,
    # which another sentence gives only to previous methods); its parts deny no phrase (`_near_pairs`).
    for word in tokens(stated):
        parts = [stem(p) for p in word.split("-") if p and p not in stopwords()] if "-" in word else []
        pos_pairs |= {frozenset(pair) for pair in itertools.pairwise(parts) if pair[0] != pair[1]}
    return frozenset(neg), frozenset(neg_pairs), frozenset(pos_pairs), frozenset(stated_terms)


_OR_RE = re.compile(r"\s+or\s+(?!not\b)", re.I)


def _near_pairs(terms: Sequence[str]) -> set[frozenset[str]]:
    """Pairs of content words near each other, as `content_terms` lists them. Never a hyphenated word with its own
    parts, nor two parts of one: 'without any additional fine-tuning' denies no phrase 'fine tune' that 'fine-tune
    large models with low-rank adapters' presumes (one word, met in both)."""
    word = _word_of(terms)
    return {
        frozenset((a, b))
        for i, a in enumerate(terms)
        for j, b in enumerate(terms[i + 1 : i + 1 + PAIR_SPAN], start=i + 1)
        if a != b and word[i] != word[j]
    }


def _word_of(terms: Sequence[str]) -> list[int]:
    """Which word each term comes from: `tokens` lists a hyphenated word, then those of its parts that are content
    words ('fine-tun', 'fine', 'tune'); a part's stem begins as its piece of the word's stem does, or the other way
    round ('tune' / 'tun')."""
    word, i, n = [0] * len(terms), 0, 0
    while i < len(terms):
        word[i] = n
        # (pieces of two letters or fewer are no content word of their own: 'u' of 'u-net', 'in' of 'in-context')
        pieces = [p for p in terms[i].split("-") if len(p) >= 3] if "-" in terms[i] else []
        i += 1
        while pieces and i < len(terms):
            piece = next((p for p in pieces if p and (terms[i].startswith(p) or p.startswith(terms[i]))), None)
            if piece is None:
                break
            pieces.remove(piece)
            word[i] = n
            i += 1
        n += 1
    return word


_WHY_HOW_RE = re.compile(r"\s*(?:why|how(?!\s+(?:many|much|big|large|fast|long|often)\b))\b", re.I)
# A scale factor or multiple: 'x2 upscaling', '×4', '3x faster'.
_FACTOR_RE = re.compile(
    r"(?<![\w.])(?:[x×]((?:1[0-6]|\d)(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?[x×](?!\s*[A-Z]?\d))(?!\w)", re.I
)  # 'x2' … 'x16' as scale factors, not 'x86'; nor a count of hardware ('8x A100', '4× 3090')
# Two factors closer than this ratio are one, said roughly ('2x faster' for '2.3x faster').
SAME_FACTOR_RATIO = 1.3


def _factors(text: str) -> set[float]:
    return {float(a or b) for a, b in _FACTOR_RE.findall(text)}


def _other_factor_stated(query: Query, sents: Sequence[str]) -> bool:
    """A why/how question presumes a factor ('Why did the challenge use x2 upscaling?') and the abstract states
    factors, none of them that one ('Super-Resolution (x4)'): the premise is wrong. Only why/how questions: they take
    the factor as given, where 'what factor did it use, x2?' asks."""
    if query.asks_number or not _WHY_HOW_RE.match(query.asking):
        return False  # 'What scale factor did it use, x2?' asks, and is answered with the right one
    presumed, stated = _factors(query.asking), set().union(*map(_factors, sents)) if sents else set()
    return bool(presumed and stated) and not any(
        max(p, s) <= SAME_FACTOR_RATIO * min(p, s) for p in presumed for s in stated if min(p, s) > 0
    )


# A count may be written as a word ('evaluates twelve VLMs', 'a single query', 'one-layer'). What it counts is said
# within so many words after it ('120 experienced game players').
COUNTED_WORDS = 3
_QUANTITY_WORDS = {**lexicon.COUNT_VALUES, "one": 1, "single": 1}
# A count of something: '50 diffusion steps', '12,279 tasks', '4 GPUs', 'safety awareness (71-81%)': the number (or
# a range of two), whether it is a percentage, and the words after it that say of what.
_QUANTITY_RE = re.compile(
    r"(?<![\w.,-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?:"
    + "|".join(_QUANTITY_WORDS)
    + r")\b)(?:\s*[-–]\s*(\d+(?:\.\d+)?))?(?:\s*(%))?"
    # a scale: '7B', '14-billion-parameter', '2 million' ('5m' is as likely metres: only a capital M is a million)
    r"(?:-?(?P<letter>[kKbB]|M)(?![a-zA-Z])|[\s-](?P<word>billion|million|thousand)\b)?"
    # (what it counts stops at the next count: 'ten simulated and six real-world tasks')
    rf"((?:[\s-]+(?!(?:{'|'.join(_QUANTITY_WORDS)})\b)[a-z][\w-]*){{0,{COUNTED_WORDS}}})",
    re.I,
)
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "million": 1e6, "b": 1e9, "billion": 1e9}
_NUMBER_RE = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\d])|(?<![\w.])\d+(?:\.\d+)?")
# (not a number glued to letters, '3D', nor an enumeration mark, '(2)')
_BARE_NUMBER_RE = re.compile(
    _NUMBER_RE.pattern.replace(r"(?:\.\d+)?", r"(?:\.\d+)?(?![\d.]*[a-zA-Z])(?<!\(\d)(?<!\(\d\d)")
)
# How many words before a percentage may say what it measures ('reach notably higher safety awareness (71-81%)').
PERCENT_OF_WORDS = 3


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _quantities(text: str) -> tuple[tuple[float, frozenset[str], str], ...]:
    """(value, stems of the words after it, the stem of what it counts) of each count in the text. What it counts is
    the first plural after it, else its last word ('120 experienced game players' -> 'player', 'a single RGB image'
    -> 'imag'). A percentage counts '%' among its words, and the words just before it in its clause as well ('safety
    awareness (71-81%)')."""
    out = []
    for m in _QUANTITY_RE.finditer(text):
        if not m[3] and re.match(r"\s+of\b", m[6], re.I):
            continue  # a part of something, not its count ('one of the VLMs', '10 of the 12 tasks')
        if _NAME_BEFORE_RE.search(text[: m.start()]):
            continue  # a version of a name, not a count ('RoboMIND 2.0 was collected', 'Qwen 3 models')
        # (the words that frame a question about papers count things too: '12 systems', 'seven models')
        words = [t for t in tokens(m[6]) if content_terms(t, framing=True)]
        what = set(content_terms(m[6], framing=True))
        plural = next((t for t in words if len(t) > 3 and t.lower().endswith("s") and not t.endswith("ss")), None)
        head = (content_terms(plural or words[-1], framing=True) or [""])[-1] if words else ""
        if m[3]:
            before = re.split(r"[,;:.]", text[: m.start()])[-1]
            what |= set(content_terms(" ".join(tokens(before)[-PERCENT_OF_WORDS:]))) | {"%"}
        scale = _SCALES.get((m["letter"] or m["word"] or "").lower(), 1.0)
        if what - {"%"}:
            out += [(_quantity_value(n) * scale, frozenset(what), head) for n in (m[1], m[2]) if n]
    return tuple(out)


# A name just before a number: a word with a capital or a digit after its first letter ('RoboMIND', 'GPT-4').
_NAME_BEFORE_RE = re.compile(r"(?<![\w-])[A-Za-z][\w-]*(?:[A-Z]|\d)[\w-]*\s+$")


def _quantity_value(said: str) -> float:
    return float(_QUANTITY_WORDS.get(said.lower()) or said.replace(",", ""))


def _counts_own(text: str, names: frozenset[str]) -> bool:
    """The text counts something of the paper: a count with the paper's name (or 'it') before it in its clause
    ('Why does ONLY need two queries?'), not other methods' ('Why do contrastive decoding methods need two
    queries, when ONLY needs one?')."""
    for m in _QUANTITY_RE.finditer(text):
        if not content_terms(m[6]):
            continue  # a number counting nothing ('when ONLY needs one')
        subject = _SUBJECT_BREAK_RE.split(text[: m.start()])[-1]
        if _IT_RE.search(subject) or any(mentions_name(n, subject) for n in names):
            return True
    return False


_IT_RE = re.compile(r"\b(?:it|its|this (?:paper|work|method|model|approach|system))\b", re.I)
_SUBJECT_BREAK_RE = re.compile(r"[,;:?]|\s[-–—]+\s|\b(?:when|while|whereas|but|although|though)\b", re.I)


def _without_others(sentence: str) -> str:
    """The sentence with what it says of other methods blanked out (`_others_spans`, `_others_subject_span`)."""
    return _blanked(sentence, _others_spans(sentence) + _others_subject_span(sentence))


def _blanked(text: str, spans) -> str:
    """The text with each (start, end) span turned to spaces: what is left keeps its places."""
    kept = list(text)
    for a, b in spans:
        kept[a:b] = " " * (b - a)
    return "".join(kept)


def _other_quantity_stated(query: Query, sents: Sequence[str], names: frozenset[str] = frozenset()) -> bool:
    """A why/how question presumes a count of something ('Why does RealWonder need around 50 diffusion steps?') and
    the abstract counts that same thing, never near that number ('only 4 diffusion steps'): the premise is wrong. As
    with factors, only questions that take the count as given; one that asks for a number is answered."""
    presumed = query.asking
    # (a clause or a sentence that states the premise presumes it, whatever the question then asks, a number too:
    # 'Since WoW has 7 billion parameters, how many trajectories …' where WoW has 14 billion; 'NextMotionQA only
    # evaluates two vision-language models. Which two were they?' where it evaluates twelve. The sentence is read
    # from the question as asked: what asks may be only its last clause.)
    clause = _PREMISE_CLAUSE_RE.match(query.asking)
    premise = clause[1] if clause else _premise_statement(query, names)
    takes_as_given = not query.asks_number and _WHY_HOW_RE.match(query.asking)
    if not premise and not takes_as_given:
        return False
    # (both where both presume: 'EventNeuS uses a stereo pair. How are the two cameras calibrated?')
    presumed = " ; ".join(([premise] if premise else []) + ([query.asking] if takes_as_given else []))
    # (a short form the abstract defines counts the same thing as its long form: 'twelve representative VLMs' and
    # 'two vision-language models')
    short_forms = defined_abbreviations(" ".join(sents))

    def long_too(what: frozenset[str]) -> frozenset[str]:
        return what.union(*(short_forms.get(t, short_forms.get(t.removesuffix("s"), ())) for t in what))

    plain = [plain_latex(s) for s in sents]  # ('across $14$ state-of-the-art MLLMs')
    if _counts_own(presumed, names) and not _OTHER_WORK_RE.search(presumed):
        # A count the abstract gives only of other methods is not the paper's ('However, these methods require two
        # or more queries', where ONLY 'requires only a single query'), where the question counts the paper's own
        # ('Why does ONLY need two queries?'), not other methods' ('Why do contrastive decoding methods need two?').
        plain = [_without_others(s) for s in plain]
    stated = [(v, long_too(w), h) for s in plain for v, w, h in _quantities(s)]
    # the numbers the abstract gives counting nothing it names ('2,000 of which are held out'): a count of the
    # question's thing may be one of them (not a number of something else: 'Gemini 2.5 Flash', 'two-stage', '3D')
    counted = {v for v, _, _ in stated}
    bare = {
        float(m[0].replace(",", ""))
        for s in plain
        for m in _BARE_NUMBER_RE.finditer(s)
        if not _NAME_BEFORE_RE.search(s[: m.start()])  # (a version: 'SearchBench 2.0')
    } - counted
    for value, what, head in _quantities(presumed):
        if head in _COLLECTION_NOUNS:
            continue  # a count of papers in the collection ('Compare the two game commentary papers - …')
        what = long_too(what)
        if value in bare or any(v == value and what & w - {"%"} for v, w, _ in stated):
            continue  # the abstract has the number, of that thing or of nothing it names
        # the same thing counted: a percentage of shared words; else what one counts is among the other's words
        same = [
            v
            for v, w, h in stated
            if ("%" in what) == ("%" in w)
            and ((what & w - {"%"}) if "%" in what else (head in w or h in what or head in long_too(frozenset({h}))))
        ]
        if same and not any(max(value, v) <= SAME_FACTOR_RATIO * min(value, v) for v in same if min(value, v) > 0):
            return True
    return False


# A request, not a statement ('Compare the two models - which is faster?', 'Could you help me with this: …').
_REQUEST_RE = re.compile(
    rf"\s*(?:{'|'.join(sorted(lexicon.REQUEST_VERBS | lexicon.REQUEST_OPENERS, key=len, reverse=True))})\b", re.I
)


_REMOVED = r"(?:dropped|discarded|removed|skipped|pruned|eliminated|filtered out|thrown out|left out)"
# A removal said in the passive, after what is removed ('redundant tokens inside them are dropped') …
_PASSIVE_REMOVAL_RE = re.compile(
    rf"\b(?:is|are|was|were|be|been|get|gets|got)\s+(?:then\s+|later\s+|also\s+)?{_REMOVED}\b", re.I
)
# … or asked, around it ('Why are redundant tokens within the frames discarded?').
_ASKED_REMOVAL_RE = re.compile(
    rf"\b(?:is|are|was|were)\s+((?:(?!(?:and|or|while|whereas|but)\b)[\w-]+\s+){{1,6}}?){_REMOVED}\b", re.I
)


def _removed_in_passive(text: str) -> frozenset[str]:
    """The stems a question says are removed, in the passive: 'frames are selected first and then redundant tokens
    inside them are dropped' denies the redundant tokens as the abstract's 'discards more redundant tokens' does."""
    out: set[str] = set()
    for m in _PASSIVE_REMOVAL_RE.finditer(text):
        clause = re.split(r"[,;:]|\b(?:and|while|whereas|but)\b", text[: m.start()])[-1]
        out |= {t for t in content_terms(" ".join(tokens(clause)[-NEGATION_WORDS:])) if len(t) > 2}
    for m in _ASKED_REMOVAL_RE.finditer(text):
        out |= {t for t in content_terms(m[1]) if len(t) > 2}
    return frozenset(out)


def _premise_statement(query: Query, names: frozenset[str]) -> str:
    """The statement a question about one paper makes before it asks ('Mesh4D needs the object's skeleton at
    inference. How is it obtained?'), read from the question as asked; '' if none. About one paper: the question
    names it or refers back to it, or the statement opens with one of its names (`names`: 'VideoCUPS compares
    against two baselines. …'). A question that looks for a paper describes its topic that way, and presumes nothing
    of any paper ('Chatbots keep making new kinds of mistakes. Which paper studies that?')."""
    # (what asks first: the query stage has taken lead-ins and injected instructions out of it)
    for text in (query.asking, query.question):
        # what the asker says of themselves first presumes nothing of a paper ('I'm trying to understand this
        # collection.'), nor does a request before it, and the statement may follow either ('Could you help me with
        # this: VISA runs a VLM on every object - how much latency …?')
        text = _past_the_asker(text, names)
        statement = _PREMISE_STATEMENT_RE.match(text)
        while statement and (_REQUEST_RE.match(statement[1]) or _of_the_asker(statement[1], names)):
            text = _past_the_asker(text[statement.end() :], names)
            statement = _PREMISE_STATEMENT_RE.match(text)
        if statement:
            first = (tokens(statement[1])[:1] or [""])[0].removesuffix("'s")
            return statement[1] if query.named or query.carried or first in {n.lower() for n in names} else ""
    return ""


def _of_the_asker(statement: str, names: frozenset[str]) -> bool:
    """Whether a statement is the asker's about themselves: opened in the first person, and saying nothing of a paper by
    name or by pointing back ('I read that Mesh4D needs a skeleton.' and 'I know they use DINOv2.' say something of
    one)."""
    return asker_statement(statement) and not _mentions(statement.lower(), [n.lower() for n in names])


_SENTENCE_FIRST_RE = re.compile(r"\s*([^.!?]{1,300}[.!])\s+")


def _past_the_asker(text: str, names: frozenset[str]) -> str:
    """The text past the sentences it opens with that are the asker's about themselves (`_of_the_asker`)."""
    while (first := _SENTENCE_FIRST_RE.match(text)) and _of_the_asker(first[1], names):
        text = text[first.end() :]
    return text


# What a question counts in the collection, not in a paper ('the two game commentary papers'). (Not methods or
# approaches: a paper's own may be counted, 'it compares two methods'.)
_COLLECTION_NOUNS = frozenset(
    stem(w) for w in lexicon.PAPER_NOUNS - {"method", "methods", "approach", "approaches"} | {"researcher"}
)
# The first words of a statement about other methods than the paper's ('Most methods use 3 cameras.').
_OTHERS_FIRST = (
    r"(?:earlier|prior|previous|existing|many|most|some|other|others|conventional|traditional|current|recent)"
)
# Words by which a question speaks of other work than the paper's own ('Why do existing methods need 50 steps?').
_OTHER_WORK_RE = re.compile(
    rf"\b(?:{_OTHERS_FIRST}|baselines?|than|unlike|compared|versus|vs\.?|competitors?|alternatives?)\b", re.I
)
# A clause that states a question's premise before it asks: 'Since WoW has 7 billion parameters, …'.
_PREMISE_CLAUSE_RE = re.compile(
    r"\s*(?:since|given that|now that|because|considering that|knowing that|as)\s+([^,;?]+)[,;]", re.I
)
# (a full stop inside a word or a number ends no sentence: 'Qwen2.5-VL-7B', 'RoboMIND 2.0', '1.6-1.9x')
_NOT_AN_END = r"(?:[^?.!]|(?<=\w)\.(?=\w))"
# A sentence that states it before the question: 'NextMotionQA only evaluates two VLMs. Which two were they?' (not
# one about other methods: 'Most methods use 3 cameras. Which paper uses 8?').
_PREMISE_STATEMENT_RE = re.compile(
    rf"\s*(?!{_OTHERS_FIRST}\b)({_NOT_AN_END}{{3,300}}?)"
    rf"(?:[.!]\s+|\s*[:;]\s+|\s+[-–—]+\s+)(?={_NOT_AN_END}+\?)",
    re.I,
)


def _side_re(phrases: Sequence[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])", re.I)


@functools.cache
def _as_compound_head(side: re.Pattern) -> re.Pattern:
    """`side` where it begins a hyphenated compound, with the compound's second half as group 1 ('sparse-attention'
    -> 'attention')."""
    return re.compile(side.pattern.removesuffix(r"(?![\w-])") + r"-(\w+)", side.flags)


_OPPOSITES = [(_side_re(a), _side_re(b)) for a, b in lexicon.OPPOSITES]
_EFFECT_OPPOSITES = [(_side_re(a), _side_re(b)) for a, b in lexicon.EFFECT_OPPOSITES]
# A question that takes something as given: a wh-question, or one that states its premise ('Since X needs …, how'),
# also after a setting ('In the BAG paper, why …') or a statement of the premise before a dash or colon ('TriMM
# needed far more data - how much did it use?'); not after a clause that asks yes or no ('Does it fine-tune the
# encoder - and how?') or speaks of other methods ('Many existing methods are much more expensive - how …').
_PRESUMES_RE = re.compile(
    # (a statement the question points back at presumes what it says: 'X fine-tunes its backbone. Why did they?')
    r"\s*(?:(?:in|for|according to|regarding|as for|about|within|on)\b[^?,;]{0,150},\s*|"
    rf"(?!{_OTHERS_FIRST}\b)"
    rf"{_NOT_AN_END}{{3,300}}[.!]\s+|"  # (a full stop inside a word or number ends no statement: 'GPT-5.2')
    r"(?!(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should|compared|since|while|although|"
    r"though|unlike|like|many|most|some|other|existing|prior|previous|conventional|traditional)\b)[^?]{0,200}?"
    r"(?::|\s[-–—]+)\s*)?"
    r"(?:why|how|what|which|where|when|who|whose|in what|in which|on what|since|because|given that|now that)\b",
    re.I,
)
# Words either side of a presumed choice that say what it is about ('fine-tune its DINOv2 backbone').
OPPOSITE_WINDOW = 5


def _opposite_stated(
    query: Query, sents: Sequence[str], own: frozenset[str], names: frozenset[str] = frozenset()
) -> bool:
    """A why/how/what question presumes one side of a design choice (lexicon.OPPOSITES) about something, and the
    abstract says only the other side, of the same thing: a sentence with the other side shares a content word of
    the question's words around its side (the paper's own name aside), and no sentence of the paper's own part
    (`_own_part`, found by `names`: not the background before it) states the question's side. A yes/no question
    presumes nothing ('Does it fine-tune the encoder?' is answered, not refused)."""
    own_part = None  # (read only where the question presumes a side)
    for side_a, side_b, of_the_same, about, head in _presumed_sides(query.asking, own):
        own_part = own_part or _own_part(sents, names)
        # the question's side stated in the paper's own part (of an effect: of the same thing) keeps the question
        # answered, unless a sentence says it only of another thing where it says the other side of the question's
        # ('finetuning only DyFN … while keeping the backbone frozen' against 'fine-tune the whole depth backbone')
        if any(
            (about & _around(side_a, s))
            if of_the_same
            else side_a.search(s) and not _of_another(side_a, side_b, s, head)
            for s in own_part
        ):
            continue
        # the other side as the abstract states it, not where it denies it ('did not come from a single agent')
        if any(about & _around(side_b, _negation(s)[1], before_too=not of_the_same) for s in sents):
            return True
    return False


@functools.lru_cache(maxsize=1024)  # the question's side is read once, not again for each candidate paper
def _presumed_sides(
    asking: str, own: frozenset[str]
) -> tuple[tuple[re.Pattern, re.Pattern, bool, frozenset, str], ...]:
    """(the side the question presumes, the other side, whether the choice is an effect's, the question's words
    about it, the head of what it is said of) for each choice the question presumes a side of."""
    if not _PRESUMES_RE.match(asking):
        return ()
    own_stems = _own_stems(own)
    # the other side only as the question rejects it ('… to a cloud API instead of running locally') still presumes
    # the first
    stated = _negation(asking)[1]
    pairs = [(a, b, False) for a, b in (*_OPPOSITES, *((b, a) for a, b in _OPPOSITES))]
    pairs += [(a, b, True) for a, b in (*_EFFECT_OPPOSITES, *((b, a) for a, b in _EFFECT_OPPOSITES))]
    presumed = []
    # (what the paper is compared with is no side of its own: 'How much better is CAID than a single agent?', where
    # CAID is multi-agent)
    compared_with = [m.span() for m in _COMPARED_WITH_RE.finditer(stated)]
    for side_a, side_b, of_the_same in pairs:
        m = next(
            (
                m
                for m in side_a.finditer(stated)
                if not any(a <= m.start() < b for a, b in compared_with)
                # ('how many trajectories' asks a number; it presumes no 'many' against 'a single')
                and not re.search(r"\bhow\s+$", stated[: m.start()], re.I)
            ),
            None,
        )
        if not m or side_b.search(stated):
            continue  # (both sides named: the question presumes no choice)
        # … also where the other side opens a compound of the same thing: 'a sparse-attention method that mimics
        # dense attention' (not 'dense attention for its sparse-mask tiles')
        said_of = tokens(stated[m.end() :])[:1]
        if said_of and any(c[1].lower() == said_of[0] for c in _as_compound_head(side_b).finditer(stated)):
            continue
        # (an effect is about what it acts on, after the verb: 'reduce overfitting' is not 'amplify noise', though
        # both are said of augmentations)
        before = [] if of_the_same else tokens(stated[: m.start()])[-OPPOSITE_WINDOW:]
        after = tokens(stated[m.end() :])[:OPPOSITE_WINDOW]
        about = frozenset(content_terms(" ".join(before + after))) - own_stems
        presumed.append((side_a, side_b, of_the_same, about, _object_head(stated[m.end() :])))
    return tuple(presumed)


# Where the phrase a choice is said of ends: 'fine-tune the whole depth backbone to make …' is said of the backbone.
_OBJECT_END_RE = re.compile(
    r"[,;:?.!]|\b(?:to|for|with|in|on|by|and|or|so|that|which|when|while|because|during|using|via|as|at)\b", re.I
)


def _object_head(after: str) -> str:
    """The stem of the last content word of the phrase right after a side: what that side is said of ('the whole
    monocular depth backbone to make …' -> 'backbon'); '' if none."""
    end = _OBJECT_END_RE.search(after)
    terms = content_terms(" ".join(tokens(after[: end.start()] if end else after)[:OPPOSITE_WINDOW]))
    return terms[-1] if terms else ""


def _of_another(side_a: re.Pattern, side_b: re.Pattern, sentence: str, head: str) -> bool:
    """The sentence says the question's side only of other things than the question's (`head`), and the other side
    of that very thing: 'finetuning only DyFN … while keeping the backbone frozen'. Said of everything ('finetune
    all layers', 'the entire network'), it is said of the question's thing too."""
    return (
        bool(head)
        and head in _around(side_b, sentence)
        and all(
            _object_head(sentence[m.end() :]) not in ("", head) and not _WHOLE_RE.match(sentence[m.end() :])
            for m in side_a.finditer(sentence)
        )
    )


_WHOLE_RE = re.compile(r"\s*(?:the\s+)?(?:all|whole|entire|every|full|complete)\b", re.I)


_WINS_RE, _LOSES_RE = _side_re(lexicon.COMPARISON_WINS), _side_re(lexicon.COMPARISON_LOSES)
# How many words either side of a comparison verb name what is compared ('vision-language models beat text-only
# LLMs'), within the clause.
COMPARED_WORDS = 3
# What a comparison sets the paper against: the word after 'than', 'compared with', 'versus', and up to
# COMPARED_WORDS more.
_COMPARED_WITH_RE = re.compile(
    rf"\b(?:(?<!rather )than|compared (?:to|with)|versus|vs\.?|relative to)\s+(?:\S+\s+){{0,{COMPARED_WORDS}}}\S+",
    re.I,
)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _comparisons(text: str) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
    """(winner's words, loser's words) of each comparison the text states: 'LLMs outperform VLMs' -> (llms, vlms)."""
    out = []
    for side, wins in ((_WINS_RE, True), (_LOSES_RE, False)):
        for m in side.finditer(text):
            if _HEDGED_RE.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # 'fail to outperform', 'whether VLMs outperform', 'did not beat': no comparison stated
            if _NONE_WON_RE.search(text[: m.start()]):
                continue  # 'none of the baselines outperforms ours' denies it of a group (`_group_won` reads that)
            clauses = re.split(r"[,;:()]|\b(?:that|where|while|whereas|and)\b", text[: m.start()])
            before = clauses[-1]
            after = re.split(r"[,;:.?()]|\b(?:at|on|in|for|when|while|with|by)\b", text[m.end() :])[0]
            a = WORD_RE.findall(before.lower())[-COMPARED_WORDS:]
            if not a and len(clauses) > 1 and m[0].split()[0].lower().endswith("ing"):
                # '…, outperforming all hybrid models': what outperforms is the clause's subject before the comma
                # ('SegResNet achieves the highest overall performance, outperforming …')
                a = WORD_RE.findall(clauses[-2].lower())[:COMPARED_WORDS]
            b = WORD_RE.findall(after.lower())[:COMPARED_WORDS]
            if a and b:
                a, b = tuple(a), tuple(b)
                out.append((a, b) if wins else (b, a))
    for m in _NOT_CONTRAST_RE.finditer(text):  # 'data mixing, not filtering, is key': mixing over filtering
        out.append((tuple(WORD_RE.findall(m["a"].lower())), tuple(WORD_RE.findall(m["b"].lower()))))
    return tuple(out)


# One thing set over another: 'A, not B, is key', 'it is A, not B, that matters' (two words each at most).
_NOT_CONTRAST_RE = re.compile(
    r"(?P<a>\b[\w-]+(?:\s+[\w-]+)?)\s*,\s*(?:and\s+)?not\s+(?P<b>[\w-]+(?:\s+[\w-]+)?)\s*,", re.I
)


# Words before a comparison verb that take back that it happened: 'fail to outperform', 'whether VLMs outperform',
# 'did not beat', 'could not surpass'.
_HEDGED_RE = re.compile(
    r"\b(?:not|never|no longer|fail(?:s|ed)? to|unable to|whether|if|cannot|can't|don't|doesn't|didn't|"
    r"rarely|seldom)\b(?:\s+[\w-]+){0,3}\s*$",
    re.I,
)


def _same_thing(x: list[str], y: list[str]) -> bool:
    """Two short phrases name the same thing: a content word in common ('method', 'model' do not count), or one an
    acronym of the other's words ('VLMs', 'vision-language models')."""
    if set(content_terms(" ".join(x))) & set(content_terms(" ".join(y))):
        return True
    return _acronym_of(x, y) or _acronym_of(y, x)


def _acronym_of(short: list[str], words: list[str]) -> bool:
    """One of `short` is made of the initials of a run of `words`' content words ('vlms' of 'vision-language
    models'); three letters at least, so 'do' is nobody's acronym."""
    stop = stopwords()
    parts = [p for w in words for p in w.split("-") if p and p not in stop]
    initials = "".join(p[0] for p in parts)
    for w in short:
        acronym = w[:-1] if w.endswith("s") and len(w) > 3 else w
        if len(acronym) >= 3 and acronym.isalpha() and acronym in initials and acronym not in parts:
            return True
    return False


# Each comparative with its opposites, either way round ('slower' -> faster, quicker).
_OPPOSITE_OF = {
    word: {b if a == word else a for a, b in lexicon.OPPOSITE_COMPARATIVES if word in (a, b)}
    for pair in lexicon.OPPOSITE_COMPARATIVES
    for word in pair
}
_COMPARATIVE_RE = re.compile(rf"\b({'|'.join(sorted(_OPPOSITE_OF))})\s+than\s+([^,;:.?!()]{{2,80}})", re.I)


def _opposite_comparative(query: Query, sents: Sequence[str]) -> bool:
    """The question presumes the paper is one way against something ('Why is MeshFlow slower than autoregressive
    mesh generators?') where the abstract says the opposite against the same thing ('18x faster than the fastest AR
    generator'), and never the same way."""
    if not _PRESUMES_RE.match(query.asking):
        return False
    stated = [(n[1].lower(), _compared_with(n[2])) for t in sents for n in _COMPARATIVE_RE.finditer(t)]
    for m in _COMPARATIVE_RE.finditer(query.asking):
        word, other = m[1].lower(), _compared_with(m[2])
        against = [w for w, o in stated if _same_thing(other, o)]
        if any(w in _OPPOSITE_OF[word] for w in against) and word not in against:
            return True
    return False


# Each word of an effect's way, and its opposites: better against worse, a comparative against its opposite.
_EFFECT_OPPOSITE = {
    **{w: frozenset(lexicon.EFFECT_WORSE) for w in lexicon.EFFECT_BETTER},
    **{w: frozenset(lexicon.EFFECT_BETTER) for w in lexicon.EFFECT_WORSE},
    **{w: frozenset(o) for w, o in _OPPOSITE_OF.items()},
}
_EFFECT_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _EFFECT_OPPOSITE), key=len, reverse=True)) + r")\b", re.I
)
_EFFECT_STEMS = frozenset(stem(w) for w in _EFFECT_OPPOSITE)


def _whole_words(terms: Sequence[str]) -> list[str]:
    """The terms without the parts of a hyphenated term among them ('feed-forward', not also 'feed' and 'forward')."""
    parts = {p for t in terms if "-" in t for p in t.split("-")}
    return [t for t in terms if t not in parts]


# How many content words before the effect word name what had the effect ('adding the EnMAP hyperspectral data'), and
# how many of them a sentence of the abstract must share to say it of the same thing.
EFFECT_CAUSE_WORDS = 6
EFFECT_SHARED = 2


def _reversed_effect(query: Query, sents: Sequence[str]) -> bool:
    """The question presumes something had an effect one way ('why did adding the EnMAP hyperspectral data make crop
    classification worse?') where an abstract sentence says it of the same thing the other way ('adding hyperspectral
    EnMAP data … yields a 4.2% average F1-scores improvement') and none says it this way. A yes/no question presumes
    nothing."""
    if not _PRESUMES_RE.match(query.asking):
        return False
    for m in _EFFECT_RE.finditer(query.asking):
        clause = re.split(r"[,;:?]", query.asking[: m.start()])[-1]
        # (whole words, not the parts of a hyphenated one, and no other word of an effect: 'quality improves
        # predictably with bigger models' names no cause of 'bigger' in 'improves')
        terms = [t for t in content_terms(clause) if len(t) > 2 and t not in _EFFECT_STEMS]
        cause = set(_whole_words(terms)[-EFFECT_CAUSE_WORDS:])
        if len(cause) < EFFECT_SHARED:
            continue
        word = m[1].lower()
        this_way = {word} | {w for w, o in _EFFECT_OPPOSITE.items() if o == _EFFECT_OPPOSITE[word]}
        said = {True: False, False: False}  # (this way, the other way)
        for s in sents:
            if len(cause & set(content_terms(s))) < EFFECT_SHARED:
                continue
            negated = _negation(s)[0]
            for e in _EFFECT_RE.finditer(s):
                found = e[1].lower()
                if stem(found) in negated:
                    continue  # ('does not improve': no way stated)
                if found in this_way:
                    said[True] = True
                elif found in _EFFECT_OPPOSITE[word]:
                    said[False] = True
        if said[False] and not said[True]:
            return True
    return False


def _compared_with(text: str) -> list[str]:
    """What a comparative compares with, up to its clause's next turn: 'the fastest AR generator while …' -> the
    words of 'the fastest AR generator'."""
    return WORD_RE.findall(re.split(r"\b(?:while|whereas|and|but|with|at|on|in|for|by|when)\b", text.lower())[0])


# When a method runs, as a question places what it presumes ('at test time', 'during inference', 'at deployment').
_AT_INFERENCE_RE = re.compile(
    r"\b(?:at|during|in)\s+(?:test|inference|run|deployment)(?:[\s-]*time)?\b|\bwhen\s+(?:deployed|running)\b", re.I
)
# An abstract's sentence about that time.
_INFERENCE_WORD_RE = re.compile(r"\b(?:inference|test[\s-]time|run[\s-]?time|deployment)\b", re.I)
# What a sentence says is not needed, as its subject: 'skeletal information is not required at inference time'.
_NOT_NEEDED_SUBJECT_RE = re.compile(
    r"([^,;:.]{3,80}?)\s+(?:is|are|was|were)\s+(?:not|no\s+longer|never)\s+(?:required|needed|necessary|used|"
    r"involved|run|queried)\b",
    re.I,
)
# Two stems are one word's when they share this many first letters ('skeleton' / 'skeletal': 'skelet').
SAME_ROOT_LETTERS = 6


def _denied_at_inference(query: Query, sents: Sequence[str]) -> bool:
    """The question presumes the method uses something when it runs ('How does Mesh4D get the skeleton at test
    time?', 'VISA runs a vision-language model on every object at test time - how much latency does that add?')
    where the abstract says that thing is not needed then ('skeletal information is not required at inference time',
    'inference remains unchanged and requires no VLM'): a thing of the question, or its acronym, that a sentence about
    inference denies."""
    if not _PRESUMES_RE.match(query.asking) or not _AT_INFERENCE_RE.search(query.asking):
        return False
    asked = _AT_INFERENCE_RE.sub(" ", query.asking)
    presumed = {t for t in content_terms(asked) if len(t) >= SAME_ROOT_LETTERS}
    words = WORD_RE.findall(asked.lower())
    for s in sents:
        if not _INFERENCE_WORD_RE.search(s):
            continue
        denied_words = [w for m in _NOT_NEEDED_SUBJECT_RE.finditer(s) for w in WORD_RE.findall(m[1].lower())]
        denied = set(_negated_terms(s)) | set(content_terms(" ".join(denied_words)))
        if any(t[:SAME_ROOT_LETTERS] == d[:SAME_ROOT_LETTERS] for t in presumed for d in denied if len(d) >= 4):
            return True
        if _acronym_of([d for d in denied if d.isalpha()], words):
            return True
    return False


# A group named just before the names of its members: 'the three hybrid transformer-based models UNETR, SwinUNETR,
# and UNETR++', 'strong baselines such as CLIP and SigLIP', 'two LLMs (GPT-4o and Llama-3)'.
_MEMBERS_RE = re.compile(
    r"((?:[\w-]+\s+){0,3}[\w-]+s)\s*(?:,\s*|:\s*|\(\s*|\s+(?:such as|including|namely|like|e\.g\.,?)\s+)?"
    r"((?:[A-Z][\w.+-]*[A-Z0-9+][\w.+-]*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){1,}"
    r"[A-Z][\w.+-]*[A-Z0-9+][\w.+-]*)"
)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _members_in(sentence: str) -> tuple[tuple[str, frozenset[str]], ...]:
    out = []
    for m in _MEMBERS_RE.finditer(sentence):
        group = frozenset(content_terms(m[1]))
        if not group:
            continue
        for name in re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m[2]):
            if is_coined(name):
                out.append((name.lower().rstrip(".,"), group))
    return tuple(out)


def _members_named(sents: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each coined name the abstract lists as a member of a group, with the group's words: 'swinunetr' -> {hybrid,
    transform, …}."""
    out: dict[str, frozenset[str]] = {}
    for s in sents:
        for name, group in _members_in(s):
            out[name] = out.get(name, frozenset()) | group
    return out


def _reversed_comparison(query: Query, sents: Sequence[str]) -> bool:
    """The question presumes A beat B ('Why did vision-language models beat text-only LLMs at frames?') where the
    abstract says B beats A ('LLMs outperform VLMs') and never A beats B. A yes/no question presumes nothing."""
    asked = _comparisons(query.asking)
    if not asked or not _PRESUMES_RE.match(query.asking):
        return False
    stated = [c for s in sents for c in _comparisons(s)]
    groups = _members_named(sents)

    def same(x: tuple[str, ...], y: tuple[str, ...]) -> bool:
        # (or a member the abstract names of the group: 'SwinUNETR' of 'all hybrid transformer-based models', where
        # it benchmarks 'the three hybrid transformer-based models UNETR, SwinUNETR, and UNETR++')
        return _same_thing(x, y) or any(groups.get(w, frozenset()) & set(content_terms(" ".join(y))) for w in x)

    for winner, loser in asked:
        same_way = any(same(winner, won) and same(loser, lost) for won, lost in stated)
        other_way = any(same(winner, lost) and same(loser, won) for won, lost in stated)
        if other_way and not same_way:
            return True
    return False


# A comparison a quantifier says of a whole group, right before its verb: none of it won ('none of the submitted
# systems beat', 'no model outperformed') or all of it did ('…, all of which outperformed', 'each of them beats').
# The quantifier opens what won: at the clause's start or right after a question's or relative clause's opening word
# (not 'the team using no external data beat …', 'in all experiments our method outperforms …', 'did not all …').
_GROUP_OPENS = r"(?:^\s*|\b(?:why|how|come|did|do|does|have|has|had|were|was|and|but|so|then)\s+)"
_NONE_WON_RE = re.compile(
    rf"{_GROUP_OPENS}(?:none|neither|not\s+one|not\s+a\s+single|no)\b(?:\s+of)?(?:\s+[\w'.-]+){{0,4}}?\s*$", re.I
)
_ALL_WON_RE = re.compile(
    rf"{_GROUP_OPENS}(?:all|each|every|both)\b(?:\s+of)?(?:\s+(?:which|them|these|those|the|our|their))?"
    r"(?:\s+[\w'.-]+){0,3}?\s*$",
    re.I,
)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _group_won(text: str) -> tuple[tuple[bool, tuple[str, ...]], ...]:
    """(whether all of the group won or none of it did, what it was compared with) for each comparison a
    quantifier opens (`_NONE_WON_RE`, `_ALL_WON_RE`)."""
    out = []
    for m in _WINS_RE.finditer(text):
        clause = re.split(r"[,;:()]|\b(?:that|where|while|whereas)\b", text[: m.start()])[-1]
        after = re.split(r"[,;:.?()]|\b(?:at|on|in|for|when|while|with|by)\b", text[m.end() :])[0]
        against = tuple(WORD_RE.findall(after.lower())[:COMPARED_WORDS])
        if not against:
            continue
        if _NONE_WON_RE.search(clause):
            out.append((False, against))
        elif _ALL_WON_RE.search(clause):
            out.append((True, against))
    return tuple(out)


def _group_won_otherwise(query: Query, sents: Sequence[str]) -> bool:
    """The question presumes none of a group beat something ('In the ML-SUPERB 2.0 challenge, why did none of the
    submitted systems beat the organizers' baselines?') where the abstract says all of it did, against the same thing
    ('5 submissions from 3 teams, all of which outperformed our baselines'), or the other way round; and never says it
    the question's way. A yes/no question presumes nothing."""
    asked = _group_won(query.asking) if _PRESUMES_RE.match(query.asking) else ()
    if not asked:
        return False
    stated = [w for s in sents for w in _group_won(s)]
    for all_won, against in asked:
        said = {won for won, other in stated if _same_thing(list(against), list(other))}
        if (not all_won) in said and all_won not in said:
            return True
    return False


# Two words are said of each other when they stand at most this many content words apart in one clause ('the
# CNN branch captures the global context': 'cnn' and 'context' are 3 apart).
ROLE_NEAR = 3
# What ends a clause for the pairing of roles: punctuation, and the words that join two clauses or two roles ('the
# reviewer provides a claim and the system expands it', 'binarizing X while keeping Y', 'a generator with a decoder').
_ROLE_CLAUSE_RE = re.compile(
    r"[,;:.?!()\[\]—–]|\s-\s|\b(?:and|while|whereas|whilst|but|then|or|with|versus|vs)\b", re.I
)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _role_words(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """(clause number, place among the content words, stems) of each content word: a hyphenated word is one word
    with the stems of its parts too ('text-to-video' is 'text' and 'video')."""
    out, clause, last = [], 0, 0
    for m in WORD_RE.finditer(text):
        if _ROLE_CLAUSE_RE.search(text[last : m.start()]) or _ROLE_CLAUSE_RE.fullmatch(m[0]):
            clause += 1
        last = m.end()
        stems = frozenset(content_terms(m[0]))
        if stems:
            out.append((clause, len(out), stems))
    return tuple(out)


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _role_stems(sentence: str) -> frozenset[str]:
    return frozenset().union(*(s for _, _, s in _role_words(sentence)))


def _said_together(words, a: str, b: str) -> bool:
    return any(ca == cb and abs(i - j) <= ROLE_NEAR for ca, i, sa in words if a in sa for cb, j, sb in words if b in sb)


def _said_apart(words, a: str, b: str) -> bool:
    return not any(ca == cb for ca, _, sa in words if a in sa for cb, _, sb in words if b in sb)


# The order a question presumes: 'X first prunes tokens and only afterwards decides …', 'first A and then B',
# 'A first, then B' (within one sentence).
_ORDER_THEN = r"\s*(?:,\s*)?(?:and\s+)?(?:only\s+)?(?:then|afterwards|after that|later|next)\b"
_PRESUMED_ORDER_RES = (
    re.compile(rf"\bfirst\b(?P<a>[^.?!;]{{3,100}}?){_ORDER_THEN}(?P<b>[^.?!;]{{3,100}})", re.I),
    re.compile(rf"(?P<a>[^.?!;,]{{3,100}}?)\s+first\b{_ORDER_THEN}(?P<b>[^.?!;]{{3,100}})", re.I),
)
_FIRST_RE = re.compile(r"\bfirst\b", re.I)
# Where an abstract marks a step of a sequence ('First, …', 'Second, …', 'initially … and then …', 'Finally, …').
_STEP_MARK_RE = re.compile(
    # (not an ordinal of a thing: 'the first general approach', 'a second stage', 'the next frame')
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bour )(?<!\bits )\b(?:first(?:ly)?|initially|second(?:ly)?|third(?:ly)?|"
    r"then|next|subsequently|afterwards|after that|finally|lastly|followed by)\b",
    re.I,
)


def _reversed_order(query: Query, sents: Sequence[str], names: frozenset[str]) -> bool:
    """The question presumes A comes before B ('Good Token Hunting first prunes tokens within each frame and only
    afterwards decides which frames to keep') where the abstract's marked steps have B first ('First, an inter-frame
    selection step … identify frames … Second, an intra-frame selection step … discards … tokens'). Each of A and B
    goes to the step that shares most of its words, the two to different steps; the order counts only where that
    pairing shares more words than any pairing in the question's order. Only of a paper the question names."""
    if not _FIRST_RE.search(query.asking):
        return False  # (the order is read only from 'first …')
    found = [m for r in _PRESUMED_ORDER_RES if (m := r.search(query.asking))]
    if not found or not _PRESUMES_RE.match(query.asking):
        return False
    own_stems = _own_stems(names)
    # (each side with words of its own: not 'X first and then Y' read as 'first' + 'and' + 'then Y')
    sides = [tuple(set(content_terms(m[g])) - own_stems for g in ("a", "b")) for m in found]
    a, b = next(((a, b) for a, b in sides if a and b), (set(), set()))
    if not a or not b:
        return False
    text = " ".join(sents[1:])  # (the title marks no step)
    marks = list(_STEP_MARK_RE.finditer(text))
    steps = [
        set(content_terms(text[x.end() : y.start() if y else len(text)])) for x, y in zip(marks, [*marks[1:], None])
    ]
    if len(steps) < 2:
        return False
    # (i, j): the words A shares with step i and B with step j, where each shares some
    shared = {
        (i, j): len(a & steps[i]) + len(b & steps[j])
        for i in range(len(steps))
        for j in range(len(steps))
        if i != j and a & steps[i] and b & steps[j]
    }
    if not shared:
        return False
    best = max(shared.values())
    in_order = max((v for (i, j), v in shared.items() if i < j), default=0)
    return best > in_order and _names_paper(query, names)  # (the best pairing, then, has B's step first)


def _swapped_roles(query: Query, sents: Sequence[str], names: frozenset[str]) -> bool:
    """The question pairs two things with two roles the other way round from the abstract: 'the 3D reconstruction
    network serves as the generator and the text-to-video model as the decoder', where the abstract has 'a
    text-to-video model as "generator" with … a 3D reconstruction system as "decoder"'. Four words of the question
    in one sentence, paired (a, b) and (c, d) in two clauses of the question, paired (a, d) and (c, b) in the
    sentence, where a and b, c and d share no clause. Only of a paper the question names (by any of its names): a
    question that looks for a paper by what it does pairs its words as loosely as a paraphrase. A yes/no question
    presumes nothing."""
    if not _PRESUMES_RE.match(query.asking):
        return False
    asked = _role_words(query.asking)
    if len({clause for clause, _, _ in asked}) < 2:
        return False  # (two pairs in two clauses of the question)
    own_stems = _own_stems(names)
    in_question = set().union(*(s for _, _, s in asked)) - own_stems
    for sentence in sents:
        shared = sorted(in_question & _role_stems(sentence))
        if len(shared) < 4:
            continue
        said = _role_words(sentence)
        pairs = [(a, b) for i, a in enumerate(shared) for b in shared[i + 1 :] if _said_together(asked, a, b)]
        for i, (a, b) in enumerate(pairs):
            for c, d in pairs[i + 1 :]:
                if {a, b} & {c, d} or not all(_said_apart(asked, x, y) for x in (a, b) for y in (c, d)):
                    continue
                if not (_said_apart(said, a, b) and _said_apart(said, c, d)):
                    continue
                if any(_said_together(said, a, x) and _said_together(said, b, y) for x, y in ((c, d), (d, c))):
                    return _names_paper(query, names)
    return False


def _own_stems(names) -> set[str]:
    """The stems of a paper's names, each whole ('och3r', 'amd-hooknet++'): the paper's own name pairs with
    everything it does, so premise checks set it aside."""
    return {stem(n.lower()) for n in names}


def _names_paper(query: Query, names: frozenset[str]) -> bool:
    """The question names the paper: as the query stage found, or by a name its abstract gives ('SAGE-PTQ')."""
    return bool(query.named) or any(mentions_name(n, query.asking) for n in names)


_UP_RE, _DOWN_RE = _side_re(lexicon.DIRECTION_UP), _side_re(lexicon.DIRECTION_DOWN)
_AMOUNT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:\\?%|percent|pp\b|points?\b|x\b|×)", re.I)
# Words either side of a direction verb within which its amount is read ('drops by 38.9%', '38.9% lower').
DIRECTION_REACH = 8
# Two amounts closer than this ratio are one, said roughly ('almost 39%' for '38.9%').
SAME_AMOUNT_RATIO = 1.05


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _moves(text: str) -> tuple[tuple[bool, float], ...]:
    """(up?, amount) of each change by an amount the text states: 'InfoGain drops by 38.9%' -> (False, 38.9)."""
    out = []
    for side, up in ((_UP_RE, True), (_DOWN_RE, False)):
        for m in side.finditer(text):
            if _HEDGED_RE.search(text[max(0, m.start() - 40) : m.start()]):
                continue
            before = " ".join(text[: m.start()].split()[-DIRECTION_REACH:])
            after = " ".join(text[m.end() :].split()[:DIRECTION_REACH])
            near = re.split(r"[;:]|,\s+(?:and|but|while|whereas)\b", after)[0] + " " + before.split(",")[-1]
            out += [(up, float(a)) for a in _AMOUNT_RE.findall(near)]
    return tuple(out)


def _reversed_direction(query: Query, sents: Sequence[str]) -> bool:
    """The question presumes a change one way by an amount ('why did SFT raise InfoGain by almost 39%') where the
    abstract states that amount the other way ('InfoGain drops by 38.9%') and never this way. A yes/no question
    presumes nothing."""
    if not _PRESUMES_RE.match(query.asking):
        return False
    stated = [mv for s in sents for mv in _moves(s)]

    def same(a: float, b: float) -> bool:
        return min(a, b) > 0 and max(a, b) <= SAME_AMOUNT_RATIO * min(a, b)

    for up, amount in _moves(query.asking):
        if any(u != up and same(a, amount) for u, a in stated) and not any(
            u == up and same(a, amount) for u, a in stated
        ):
            return True
    return False


_CHOOSING_STEMS = frozenset(
    stem(w)
    for w in ("choose", "chose", "chosen", "choosing", "prefer", "preferred", "opt", "opted", "pick", "picked",
              "select", "selected", "go", "went", "adopt", "adopted", "favor", "favour", "favored", "favoured")
)  # fmt: skip
_REJECTED_RE = re.compile(r"\b(?:rather than|instead of|as opposed to|in place of)\s+", re.I)
# How many words before and after 'rather than' name the choice the question presumes and the one it rejects.
CHOICE_WORDS = 4


def _rejected_choice_used(query: Query, sents: Sequence[str], own: frozenset[str]) -> bool:
    """The question presumes the paper chose X over Y ('Why did VQAThinker choose supervised fine-tuning on
    human-written rationales rather than reinforcement learning?') where its title or contribution says it uses Y
    ('… via Reinforcement Learning') and the abstract never states X. A yes/no question presumes nothing."""
    m = _REJECTED_RE.search(query.asking)
    if not m or not _PRESUMES_RE.match(query.asking):
        return False
    own_stems = _own_stems(own)
    before = re.split(r"[,;:]", query.asking[: m.start()])[-1]
    # the thing chosen, not the verb of choosing ('choose', 'prefer', 'opt for'), which no abstract repeats
    chosen = set(content_terms(" ".join(tokens(before)[-CHOICE_WORDS:]))) - own_stems - _CHOOSING_STEMS
    rejected = set(content_terms(" ".join(tokens(_scope(query.asking[m.end() :]))[:CHOICE_WORDS]))) - own_stems
    if not chosen or not rejected:
        return False
    stated = [set(content_terms(_negation(s)[1])) for s in sents]
    # the title (first) and the sentences that say what the paper contributes
    main = [stated[0], *(t for s, t in zip(sents[1:], stated[1:]) if any(r.search(s) for r in _CONTRIBUTION_RES))]
    return any(rejected <= t for t in main) and not chosen <= set().union(*stated)


def _around(side: re.Pattern, sentence: str, *, before_too: bool = True) -> set[str]:
    """The content words within OPPOSITE_WINDOW words of each place the sentence states a side: what that side is
    said of ('distills from multiple teacher models' -> teacher, model, distil). Without `before_too`, only what
    follows: the object of an effect ('exacerbates social biases')."""
    return set().union(*(_words_around(sentence, m, before_too=before_too) for m in side.finditer(sentence)))


def _words_around(text: str, m: re.Match, *, before_too: bool = True) -> set[str]:
    """The content words within OPPOSITE_WINDOW words either side of one match (without `before_too`: after it)."""
    before = tokens(text[: m.start()])[-OPPOSITE_WINDOW:] if before_too else []
    return set(content_terms(" ".join(before + tokens(text[m.end() :])[:OPPOSITE_WINDOW])))


_OTHERS_RES = [re.compile(p, re.I) for p in lexicon.OTHERS_CUES]
_OTHERS_OPENING_RE = re.compile(lexicon.OTHERS_OPENING, re.I)
_TURN_RE = re.compile(lexicon.OWN_TURN, re.I)
_YES_NO_RE = re.compile(r"\s*(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should)\b", re.I)
_TRAINING_RE = _side_re(lexicon.TRAINING_WORDS)
_TRAINING_DENIED_RE = re.compile(lexicon.TRAINING_DENIED, re.I)
# Training said of what the paper is compared with, within so many characters after the cue ('How does it compare
# with fine-tuned models?', 'better than fine-tuning', 'against trained baselines'), is not the paper's own.
_COMPARED_CUE_RE = re.compile(
    r"\b(?:compar\w*|than|versus|vs\.?|against|relative to|baselines?|other|existing)\b", re.I
)
COMPARED_CUE_CHARS = 40


def _training_denied(query: Query, sents: Sequence[str]) -> bool:
    """Training denied in any form denies every form of it: 'Why does R-CoV need to fine-tune the LVLM?' where R-CoV
    works 'in a training-free manner' — unless the abstract also states training of something ('a training-free
    guidance …; we train a small adapter'). Not where the question sets one kind of training against another ('fine-tune
    … instead of full training') or speaks of what the paper is compared with, nor for a list, whose members are chosen
    by all their words."""
    if query.is_list:
        return False
    stated = _negation(query.asking)[1]
    presumed = [
        m
        for m in _TRAINING_RE.finditer(stated)
        if not _COMPARED_CUE_RE.search(stated[max(0, m.start() - COMPARED_CUE_CHARS) : m.start()])
    ]
    if not presumed or len(_TRAINING_RE.findall(stated)) < len(_TRAINING_RE.findall(query.asking)):
        return False
    if any(_TRAINING_RE.search(_negation(_TRAINING_DENIED_RE.sub(" ", s))[1]) for s in sents):
        return False
    # The denial is of the method as a whole ('a training-free manner'), or of what the question has trained: a
    # sentence that denies it shares a word with the question's words around its training ('fine-tune its detector'
    # is not denied by 'the mask model generates masks without any additional fine-tuning').
    about = set().union(*(_words_around(stated, m) for m in presumed))
    return any(
        m[0].lower().endswith("-free") or about & set(content_terms(s))
        for s in sents
        for m in _TRAINING_DENIED_RE.finditer(s)
    )


_PRESUMED_NEED_RE = re.compile(
    r"\b(?:needs?|needed|requires?|required|rel(?:y|ies|ied) on|depends? on|trains? on|trained on|"
    r"(?:has|have|had) to|must)\b",
    re.I,
)
# Not a negation of what follows: 'not only X', 'not merely X, but Y' (X holds, and more), 'no more than 3'. ('not
# simply X but Y' and 'not purely X' do deny X: 'it does not simply average the features'.)
_NOT_NEGATION_RE = re.compile(
    r"\b(?:not only|no (?:more|less|fewer) than|not just|not merely|not solely|no doubt|not least)\b",
    re.I,
)


# Where what a negation covers ends: the clause ends ('without noise, 30% quieter than …' negates only noise), but a
# list runs on past its commas ('without cost volumes, depth maps or pose estimates from external tools') where its
# last item is at most five words: ', and camera poses tie the two together across views' is a clause of its own.
_CLAUSE_END_RE = re.compile(
    r"[;:!?]|(?<!e\.g)(?<!i\.e)\.(?:\s|$)|"
    r",(?!\s*(?:[\w-]+,?\s+){0,3}?(?:and|or|nor)\s+(?:[\w-]+\s*){1,5}(?:[,.;:!?)]|$))"
)


# A property a question gives a paper by name: the name, then a verb of being, having or using ('DYNAC ends up
# slower', 'BLAB only uses clips shorter than 30 seconds'). (Not what the paper does to a thing: 'How does DYNAC
# avoid slow inference?' presumes the slowness of others; nor a score it gets: 'What F1 does Retina-RAG get for DR
# grading?'; nor 'is' before the name, which asks as often as it presumes: 'What is CAD's answer to …', 'Why is CAD
# needed when …', 'How is CAD related to …'.)
_PROPERTY_VERBS = (
    r"(?:(?:only|just|still|also|always|actually|really|mostly|mainly|typically|so)\s+)?"
    r"(?:is|are|was|were|ends?\s+up|ended\s+up|becomes?|became|uses?|used|has|have|had|runs?|ran|"
    r"works?\s+(?:with|on)|operates?\s+on)\b"
)
# What ends the property: its clause, or a turn to what it is compared with ('slower at inference than the AR models';
# not a quantity: 'shorter than 30 seconds').
_PROPERTY_END_RE = re.compile(
    rf"{_CLAUSE_END_RE.pattern}|\b(?:than|unlike|compared|versus|vs\.?|like)\b(?!\s+(?:about\s+|around\s+)?\d)|"
    # (nor a clause that follows it: 'QUILL is needed when AR models have slow inference')
    r"\b(?:when|whenever|given|because|since|while|whereas|if|although|though|unless|so that|even)\b",
    re.I,
)
# A property said by at least this many whole words of the question, all found in one background sentence.
BACKGROUND_PROPERTY_WORDS = 2


# (one pattern for every paper, the name checked after the match: a pattern with each paper's names in it took 5 ms
# to compile, once per paper a question reached)
_PROPERTY_RE = re.compile(rf"(?<![\w.+-])(?P<name>[\w+-][\w.+-]*)\s+{_PROPERTY_VERBS}", re.I)


def _properties(text: str, names: frozenset[str]) -> list[str]:
    """What the text says a paper of these names is, has or uses (`_PROPERTY_VERBS`): the text after each place, to
    its end. A name of several words counts where it ends right before the verb ('Brutally Long Audio Bench uses')."""
    lowered = {n.lower() for n in names}
    found = []
    for m in _PROPERTY_RE.finditer(text):
        before = text[: m.end("name")].lower()
        if m["name"].lower() in lowered or any(
            " " in n and before.endswith(n) and (len(before) == len(n) or not before[-len(n) - 1].isalnum())
            for n in lowered
        ):
            found.append(text[m.end() :])
    return found


def _background_property(query: Query, sents: Sequence[str], names: frozenset[str]) -> bool:
    """The question gives the paper by name a property that its abstract gives only to earlier work, in the
    background before it speaks of its own (`_own_part`): 'Why does DYNAC end up slower at inference?' where 'this
    method [dynamic vocabulary in AR models] improves CB accuracy but with slow inference speed', while DYNAC reduces
    the real-time factor; 'Given that BLAB only uses clips shorter than 30 seconds, …' where recent work evaluated
    'short audio segments, typically under 30 seconds', and BLAB's average 51 minutes. At least
    BACKGROUND_PROPERTY_WORDS whole words of the property stand in one background sentence and nowhere in the title or
    the paper's own part. A comparative counts as its base ('slower' as 'slow')."""
    said_of = _properties(query.asking, frozenset(n for n in names if len(n) >= 3))
    if not said_of or not _PRESUMES_RE.match(query.asking):
        return False
    own_part = _own_part(sents, names)
    background = [s for s in sents if s not in own_part]
    if not background:
        return False
    name_stems = {t for n in names for t in content_terms(n)}
    ours = set().union(*(content_terms(s) for s in own_part))
    # (a short form the abstract defines says its long form: 'DR grading' is 'diabetic retinopathy' grading)
    ours |= set().union(*(long for short, long in defined_abbreviations(" ".join(sents)).items() if short in ours))
    for rest in said_of:
        end = _PROPERTY_END_RE.search(rest)
        said = [
            lexicon.COMPARATIVE_BASE.get(w.lower(), w) for w in WORD_RE.findall(rest[: end.start()] if end else rest)
        ]
        words = {t for t in _whole_words(content_terms(" ".join(said))) if len(t) > 1} - name_stems
        if any(len(words & set(content_terms(s)) - ours) >= BACKGROUND_PROPERTY_WORDS for s in background):
            return True
    return False


def _scope(text: str) -> str:
    """The words a negation at the start of `text` covers: up to the end of its clause."""
    end = _CLAUSE_END_RE.search(text)
    return text[: end.start()] if end else text


# The content words of a presumed need read against what other methods need ('need to run a pre-trained segmentor
# on each object': run, pre-trained, segmentor, object).
PRESUMED_NEED_TERMS = 4
# How far a negation reaches: this many words after its cue, within so many characters (and its clause).
NEGATION_WORDS, NEGATION_CHARS = 5, 60
# A harm a negation denies, linked to its cause within this many words of the cue ('avoids artifacts due to X',
# 'eliminates errors caused by X'): the cause is denied too.
CAUSE_LINK_REACH = 3
_CAUSE_LINK_RE = re.compile(
    r"\b(?:due to|caused by|induced by|introduced by|resulting from|arising from|stemming from|incurred by)\b", re.I
)
# What other methods do ('unlike existing trackers that rely on …'): this many words, within so many characters.
OTHERS_WORDS, OTHERS_CHARS = 6, 70


def _negated_terms(text: str) -> frozenset[str]:
    """Stems within a few words after a negation cue, and X in 'X-free' ('not only X but also Y' negates nothing)."""
    return _negation(text)[0]


@functools.lru_cache(maxsize=SENTENCE_CACHE)
def _negation(text: str) -> tuple[frozenset[str], str]:
    """The negated stems (`_negated_terms`) and the text with what the negations cover blanked out: what it states
    ('According to 95 original rubbings …, we replace characters in the original rubbings' states rubbings,
    though a negation covers their second mention)."""
    out: set[str] = set()
    text = _NOT_NEGATION_RE.sub(lambda m: " " * len(m[0]), text)
    covered: list[tuple[int, int]] = []
    # A negation in what other methods do is theirs: 'Recent efforts augment the inputs rather than explicitly
    # teaching models' says the paper does teach them, not that it does not. Only within that clause: 'Unlike prior
    # methods that rely on cost volumes, our tracker does not need depth maps' is the paper's own negation.
    others = _others_spans(text) + _others_subject_span(text)
    for m in _NEGATION_RE.finditer(text):
        if any(a < m.start() < b for a, b in others):
            continue
        if m.group(2):
            out.add(stem(m.group(2).lower()))
            covered.append(m.span(2))
            continue
        window = _scope(text[m.end() : m.end() + NEGATION_CHARS])
        reach = NEGATION_WORDS
        link = _CAUSE_LINK_RE.search(window)
        if link and len(tokens(window[: link.start()])) <= CAUSE_LINK_REACH:
            # what is avoided is a harm of something: 'avoids artifacts due to explicit depth estimation and warping'
            # denies the depth estimation too, so the negation reaches as far again past the link
            window = _scope(text[m.end() : m.end() + link.end() + NEGATION_CHARS])
            reach = len(tokens(window[: link.end()])) + NEGATION_WORDS
        out |= {stem(t) for t in tokens(window)[:reach] if len(t) > 2}
        covered.append((m.end(), m.end() + _words_end(window, reach)))
    for m in _UN_PREFIX_RE.finditer(text):
        # 'from unposed images', 'on unlabeled video': the word without its 'un' is denied ('posed', 'labeled')
        if m[1].lower() in english_words() and not any(a < m.start() < b for a, b in others):
            out.add(stem(m[1].lower()))  # ('unchanged' itself stays stated: it is the opposite of 'doubled')
    for m in _NON_PREFIX_RE.finditer(text):
        # 'a (non-differentiable) simulator' denies a differentiable one
        if not any(a < m.start() < b for a, b in others):
            out.add(stem(m[1].lower()))
            covered.append(m.span())
    for r in _OTHERS_RES:  # what other methods do is not this paper's own
        for m in r.finditer(text):
            window = text[m.end() : m.end() + OTHERS_CHARS]
            out |= {stem(t) for t in tokens(window)[:OTHERS_WORDS] if len(t) > 2}
            covered.append((m.end(), m.end() + _words_end(window, OTHERS_WORDS)))
    return frozenset(out), _blanked(text, covered)


# A word negated by 'non-' ('non-differentiable', 'non-rigid', 'non-autoregressive').
_NON_PREFIX_RE = re.compile(r"\bnon-([a-z]{4,})\b", re.I)
# A word negated by its prefix: 'un' and an English adjective ('-ed', '-en', '-able', '-ible', '-ful', and 'unseen',
# 'unknown': 'unposed', 'unlabeled'); 'uncover', 'unlock', 'unroll', 'unless', 'uncertainty', 'unique' deny nothing.
_UN_PREFIX_RE = re.compile(
    r"\bun(?!(?:cover|lock|roll|fold|veil|leash|less|til|der|ique|iform|ivers|ion|it|if|ravel|wrap|pack|"
    r"load|do|mask|parallel|match|rival|preceden|deni|doubt|surpass)\w*)([a-z]{2,}(?:ed|en|able|ible|ful)|seen|known)\b",
    re.I,
)


def _says_of_others(sentence: str) -> bool:
    """Whether a sentence says what other work does ('Existing methods focus on …', 'unlike prior methods that …')."""
    return bool(_others_subject_span(sentence) or _others_spans(sentence))


def _others_spans(text: str) -> list[tuple[int, int]]:
    """Where the text says what other methods do: from each cue ('existing approaches rely on') to its clause's end."""
    return [(m.start(), m.end() + len(_scope(text[m.end() :]))) for r in _OTHERS_RES for m in r.finditer(text)]


def _others_subject_span(text: str) -> list[tuple[int, int]]:
    """A sentence whose subject is other work ('Existing frameworks either train on …, which do not …, or …'): up
    to where it turns to the paper or to what follows from it. Its negations are the other work's."""
    opening = _OTHERS_OPENING_RE.match(text)
    if not opening:
        return []
    turn = _TURN_RE.search(text, opening.end())
    return [(opening.start(), turn.start() if turn else len(text))]


def _theirs_and_ours(sents: Sequence[str]) -> tuple[set[str], set[str]]:
    """Stems stated of other methods (from a cue like 'existing approaches rely on' to the end of its clause) and
    stems stated anywhere else."""
    theirs, ours = set(), set()
    for s in sents:
        spans = _others_spans(s)
        for a, b in spans:
            theirs |= set(content_terms(s[a:b]))
        ours |= set(content_terms(_blanked(s, spans)))
    return theirs, ours


def _words_end(text: str, n: int) -> int:
    """Where the first `n` tokens of `text` end, counted as `tokens` counts them (a hyphenated word is itself and
    its parts)."""
    count = 0
    for m in WORD_RE.finditer(text):
        count += 1 + (m[0].count("-") + 1 if "-" in m[0] else 0)
        if count >= n:
            return m.end()
    return len(text)
