"""The overview stage: the threads a collection's papers fall into ('What is this researcher's work about?').

Papers are grouped by meaning: spherical k-means over each paper's vector (the mean of its sentence vectors, stored
at ingest), seeded, so the same collection always gives the same groups. Each group is named by the phrases its
members' titles share and the other papers use least (a class-based tf-idf, as topic models label their topics). The
names are the papers' own words, so an overview claims nothing the papers do not say.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

import numpy as np

from . import lexicon
from .text import is_coined, sentences, stem, stopwords
from .types import Paper, PaperGroup

# How many groups: about sqrt(n / PAPERS_PER_THEME), between MIN_THEMES and MAX_THEMES (25 papers -> 4, 61 -> 6): a
# reader takes in a handful of threads, and a group of two or three papers is already a thread.
PAPERS_PER_THEME = 2
MIN_THEMES = 1
MAX_THEMES = 6
# A group smaller than this joins the nearest other group: one paper is no thread.
MIN_THEME_SIZE = 2
# k-means: restarts from seeded k-means++ starts, the best (most compact) kept; iterations per start. A large
# collection gets fewer restarts (RESTART_BUDGET papers' worth in all, at least MIN_RESTARTS): each pass reads every
# paper, and a few thousand papers settle into much the same threads from any start.
RESTARTS = 20
MIN_RESTARTS = 3
RESTART_BUDGET = 20_000
ITERATIONS = 50
SEED = 20261206
# Phrases of up to this many words name a group; up to LABEL_PHRASES of them, none repeating another's words.
PHRASE_WORDS = 3
LABEL_PHRASES = 2
# A longer phrase says more ('robotic manipulation' over 'manipulation'): each word after the first adds this much.
LONGER_PHRASE_BONUS = 0.3
# A phrase in the members' titles (not only their abstracts) is what the papers say they are about: up to this much
# more, in proportion to the members whose titles use it.
TITLE_BONUS = 0.5

# Papers whose phrases are kept worked out: about 32 KB each, so 1024 of them hold at most ~33 MB. A larger collection
# works its phrases out again for each overview (~3.5 ms a paper on 2 cores).
PHRASE_CACHE = 1024

_WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
_GENERIC = frozenset(stem(w) for w in lexicon.FRAMING_WORDS | lexicon.THEME_GENERIC_WORDS)


def themes(papers: Sequence[Paper], vectors: Mapping[str, np.ndarray]) -> tuple[PaperGroup, ...]:
    """The groups `papers` fall into, largest first, each with its members (the most typical first) and a name.
    `vectors`: a unit vector per paper id; a paper without one is grouped by its nearest group's words alone (it
    joins the group whose name its title or abstract uses most)."""
    # (in id order: the same papers give the same threads whatever order they come in)
    papers = sorted(papers, key=lambda p: p.id)
    if not papers:
        return ()
    with_vector = [p for p in papers if p.id in vectors]
    groups: list[list[str]] = []
    if with_vector:
        x = np.array([vectors[p.id] for p in with_vector], dtype=np.float32)
        x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
        k = min(len(with_vector), max(MIN_THEMES, min(MAX_THEMES, round(math.sqrt(len(papers) / PAPERS_PER_THEME)))))
        labels, centroids = _kmeans(x, k)
        labels = _merge_small(x, labels, centroids)
        for j in sorted(set(labels.tolist())):
            idx = np.where(labels == j)[0]
            centre = x[idx].mean(axis=0)
            order = idx[np.argsort(-(x[idx] @ centre), kind="stable")]
            groups.append([with_vector[i].id for i in order])
    phrases = {p.id: _phrases(f"{p.title}. {p.abstract}") for p in papers}
    title_forms = {p.id: _title_surfaces(p.title) for p in papers}
    in_title = {pid: set(forms) for pid, forms in title_forms.items()}
    # A name is written as the titles write it ('Critic', not the abstracts' 'critical' of the same stem).
    surfaces: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for forms in title_forms.values():
        for key, written in forms.items():
            surfaces[key].update(written)
    # Which papers hold each phrase a title has (only those can name a group)
    holders: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for pid, held in phrases.items():
        for key in held & surfaces.keys():
            holders[key].add(pid)
    # Largest group first, each named by phrases no larger one's name uses: two threads called 'agents' tell a reader
    # nothing about how they differ.
    groups.sort(key=lambda g: -len(g))
    named, used = [], set()
    for g in groups:
        label, keys = _label(g, in_title, holders, surfaces, len(papers), used)
        named.append((label, g))
        used |= {w for key in keys for w in key}
    missing = [p.id for p in papers if p.id not in vectors]
    if missing and not named:
        named = [("", missing)]
    elif missing:
        for pid in missing:  # (the group whose name's words it holds most; else the largest)
            best = max(
                range(len(named)), key=lambda i: (len(_label_keys(named[i][0]) & phrases[pid]), len(named[i][1]))
            )
            named[best] = (named[best][0], [*named[best][1], pid])
    named.sort(key=lambda t: -len(t[1]))  # (a paper without a vector may have grown a group)
    return tuple(PaperGroup(label, tuple(members)) for label, members in named)


def _kmeans(x: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Spherical k-means, best of RESTARTS seeded k-means++ starts."""
    rng = np.random.default_rng(SEED)
    best = None
    for _ in range(max(MIN_RESTARTS, min(RESTARTS, RESTART_BUDGET // len(x)))):
        centres = [x[rng.integers(len(x))]]
        while len(centres) < k:
            far = np.clip(1.0 - np.max(x @ np.array(centres).T, axis=1), 0.0, None) ** 2
            if far.sum() <= 0:
                break
            centres.append(x[rng.choice(len(x), p=far / far.sum())])
        c = np.array(centres)
        for _ in range(ITERATIONS):
            labels = np.argmax(x @ c.T, axis=1)
            # (each centre moves to its members' mean direction; a centre left with none stays)
            sums = np.eye(len(c))[labels].T @ x
            empty = ~sums.any(axis=1)
            sums[empty] = c[empty]
            moved = sums / (np.linalg.norm(sums, axis=1, keepdims=True) + 1e-12)
            if np.array_equal(np.argmax(x @ moved.T, axis=1), labels):
                c = moved
                break
            c = moved
        labels = np.argmax(x @ c.T, axis=1)
        fit = float((x * c[labels]).sum())
        if best is None or fit > best[0] + 1e-9:
            best = (fit, labels, c)
    return best[1], best[2]


def _merge_small(x: np.ndarray, labels: np.ndarray, centroids: np.ndarray) -> np.ndarray:
    """Members of a group smaller than MIN_THEME_SIZE join their nearest other group (while two groups are left)."""
    labels = labels.copy()
    while True:
        sizes = np.bincount(labels, minlength=len(centroids))
        alive = [j for j in range(len(centroids)) if sizes[j] > 0]
        small = [j for j in alive if sizes[j] < MIN_THEME_SIZE]
        if not small or len(alive) <= 1:
            return labels
        gone = small[0]
        rest = [j for j in alive if j != gone]
        for i in np.where(labels == gone)[0]:
            labels[i] = rest[int(np.argmax(x[i] @ centroids[rest].T))]


@functools.lru_cache(maxsize=PHRASE_CACHE)
def _title_surfaces(title: str) -> dict[tuple[str, ...], Counter]:
    """A title's phrases and how it writes them (kept worked out, so read only: the callers share it)."""
    return _surfaces(title)


@functools.lru_cache(maxsize=PHRASE_CACHE)
def _phrases(text: str) -> frozenset[tuple[str, ...]]:
    """The phrases of a text, as stems (kept worked out: an overview reads every paper, the next one the same)."""
    return frozenset(_surfaces(text))


def _surfaces(text: str) -> dict[tuple[str, ...], Counter]:
    """Every phrase of up to PHRASE_WORDS words inside a sentence, no stopword in it and not only generic words, as
    stems -> how it was written."""
    stop = stopwords()
    out: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for sentence in sentences(text):
        words = _WORD_RE.findall(sentence)
        low = [w.lower() for w in words]
        # (a phrase runs between stopwords, and ends in a word of three letters or more)
        usable = [w not in stop for w in low]
        stems = [stem(w) if ok else "" for w, ok in zip(low, usable)]
        for i in range(len(words)):
            for n in range(1, PHRASE_WORDS + 1):
                if i + n > len(words) or not usable[i + n - 1]:
                    break
                if len(low[i + n - 1]) < 3:
                    continue
                key = tuple(stems[i : i + n])
                if all(k in _GENERIC for k in key):
                    continue
                out[key][" ".join(words[i : i + n])] += 1
    return out


def _label(
    members: Sequence[str],
    in_title: Mapping[str, set],
    holders: Mapping[tuple[str, ...], set[str]],
    surfaces: Mapping[tuple[str, ...], Counter],
    total: int,
    used: set[str] = frozenset(),
) -> tuple[str, list[tuple[str, ...]]]:
    """The phrases of the members' titles that most of them hold and the other papers least (class tf-idf), none of
    whose words is in `used` (the larger groups' names); and their stems."""
    size, rest = len(members), max(total - len(members), 1)
    member_set = set(members)
    titled = Counter(key for m in members for key in in_title[m])
    if not titled:
        return "", []
    # A phrase two titles share names a group better than one title's, and one most members hold better than one
    # only one holds: the strictest level that gives a name at all.
    for least_titles, least_holders in ((2, 2), (1, 2), (1, 1)):
        scored = []
        for key, in_titles in titled.items():
            inside = len(holders[key] & member_set)
            if in_titles < min(least_titles, size - 1) or inside < min(least_holders, size - 1):
                continue
            if set(key) & used:
                continue
            outside = len(holders[key]) - inside
            score = (inside / size - outside / rest) * (1 + LONGER_PHRASE_BONUS * (len(key) - 1))
            score *= 1 + TITLE_BONUS * in_titles / size
            if score > 0:
                scored.append((score, key))
        scored.sort(key=lambda t: (-t[0], t[1]))
        chosen: list[tuple[str, ...]] = []
        for _, key in scored:
            if len(chosen) < LABEL_PHRASES and not any(set(key) & set(c) for c in chosen):
                chosen.append(key)
        if chosen:
            break
    # Two names that one title writes together read as that phrase ('neural · networks' is 'neural networks')
    if len(chosen) == 2:
        for joined in (chosen[0] + chosen[1], chosen[1] + chosen[0]):
            if any(joined in in_title[m] for m in members):
                chosen = [joined]
                break
    return " · ".join(_written(surfaces[key]) for key in chosen), chosen


def _written(forms: Counter) -> str:
    """How a phrase reads in a sentence: its most common spelling, words in lower case but acronyms and coined
    names ('LLM agents', 'vision-language-action')."""
    form = forms.most_common(1)[0][0]
    # (a name or an acronym keeps its case: 'LLM', 'InstaManip', '3D'; title case goes: 'Super-Resolution')
    return " ".join(w if is_coined(w) or (w.isupper() and len(w) > 1) else w.lower() for w in form.split())


def _label_keys(label: str) -> set[tuple[str, ...]]:
    return {tuple(stem(w.lower()) for w in part.split()) for part in label.split(" · ") if part}
