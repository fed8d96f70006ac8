"""The overview stage (themes.py): papers grouped by meaning, each group named by words its titles share. Synthetic
papers with hand-made vectors, so the groups are known; no store, no model."""

import datetime as dt

import numpy as np
import pytest

from assistant import themes as themes_module
from assistant.themes import themes
from assistant.types import Paper, SourceRef


def paper(pid: str, title: str, abstract: str = "We study it.") -> Paper:
    return Paper(pid, title, ("Ann Lee",), False, None, dt.date(2025, 1, 2), True, "CV", False, abstract,
                 SourceRef("page.txt", 1))  # fmt: skip


def near(axis: int, jitter: float, dims: int = 8) -> np.ndarray:
    v = np.zeros(dims)
    v[axis] = 1.0
    v[(axis + 1) % dims] = jitter
    return v / np.linalg.norm(v)


GAZE = [
    paper("g1", "Gaze Following with Transformers", "We follow gaze in images. Gaze targets are predicted."),
    paper("g2", "Gaze Following in Video", "Gaze following in long videos."),
    paper("g3", "Estimating Gaze Targets at Scale", "A gaze dataset."),
    paper("g4", "Gaze Following for Social Scenes", "Who looks at whom."),
    paper("g5", "Where Are They Looking? Gaze in the Wild", "Gaze in everyday photos."),
]
LIPS = [
    paper("l1", "Lip Reading in the Wild", "Visual speech recognition from lip movements."),
    paper("l2", "Multilingual Lip Reading", "Lip reading for many languages."),
    paper("l3", "Lip Reading with Audio Priors", "Audio helps lip reading."),
    paper("l4", "Lip Reading of Short Phrases", "Phrases read from lips."),
    paper("l5", "Silent Speech: Lip Reading for Dictation", "Dictation by lip reading."),
]
ROBOTS = [
    paper("r1", "Robot Grasping from Demonstrations", "A robot learns grasping."),
    paper("r2", "Robot Grasping of Deformable Objects", "Grasping cloth with a robot arm."),
    paper("r3", "Learning Robot Grasping in Clutter", "Grasping many objects."),
    paper("r4", "Tactile Robot Grasping", "Touch helps grasping."),
]
# (14 papers: three threads by the rule of thumb, sqrt(14 / 2) rounded)
VECTORS = {
    **{p.id: near(0, 0.05 * i) for i, p in enumerate(GAZE)},
    **{p.id: near(3, 0.05 * i) for i, p in enumerate(LIPS)},
    **{p.id: near(6, 0.05 * i) for i, p in enumerate(ROBOTS)},
}
ALL = [*GAZE, *LIPS, *ROBOTS]


def groups(found):
    return {frozenset(t.members) for t in found}


def test_papers_close_in_meaning_form_one_thread_each():
    found = themes(ALL, VECTORS)
    assert groups(found) == {frozenset(p.id for p in g) for g in (GAZE, LIPS, ROBOTS)}
    assert [len(t.members) for t in found] == sorted((len(t.members) for t in found), reverse=True)


def test_each_thread_is_named_by_words_its_titles_share_and_no_other_thread_uses():
    named = {frozenset(t.members): t.label for t in themes(ALL, VECTORS)}
    assert named[frozenset(p.id for p in GAZE)].startswith("gaze")
    assert named[frozenset(p.id for p in LIPS)].startswith("lip reading")
    assert named[frozenset(p.id for p in ROBOTS)].startswith("robot grasping")
    words = [set(label.replace(" · ", " ").split()) for label in named.values()]
    assert not any(a & b for i, a in enumerate(words) for b in words[i + 1 :]), named


def test_the_grouping_is_the_same_whatever_order_the_papers_come_in():
    # (vectors with no clear groups, where k-means' start decides: the start must not depend on the order)
    noisy = {p.id: np.random.default_rng(i).normal(size=8) for i, p in enumerate(ALL)}
    first = themes(ALL, noisy)
    assert themes(ALL, noisy) == first
    assert themes(list(reversed(ALL)), noisy) == first
    assert themes([*ALL[5:], *ALL[:5]], noisy) == first


def test_two_threads_that_share_a_word_are_told_apart_by_others():
    web = [paper(f"w{i}", f"Web Agents {t}", "Agents browse web pages.") for i, t in
           enumerate(["that Browse", "for Shopping Sites", "with Memory", "under Attack", "at Scale"])]  # fmt: skip
    code = [paper(f"c{i}", f"Coding Agents {t}", "Agents write code.") for i, t in
            enumerate(["for Repositories", "that Test", "with Compilers", "in Teams", "on Benchmarks"])]  # fmt: skip
    vectors = {
        **{p.id: near(0, 0.05 * i) for i, p in enumerate(web)},
        **{p.id: near(3, 0.05 * i) for i, p in enumerate(code)},
        **{p.id: near(6, 0.05 * i) for i, p in enumerate(ROBOTS)},
    }
    labels = [t.label for t in themes([*web, *code, *ROBOTS], vectors)]
    words = [set(label.replace(" · ", " ").split()) for label in labels]
    assert all(words) and not any(a & b for i, a in enumerate(words) for b in words[i + 1 :]), labels


def test_a_group_of_one_joins_the_nearest_other():
    x = np.array([near(0, 0.0), near(0, 0.1), near(3, 0.0), near(3, 0.1), near(2, 0.5)])
    centroids = np.array([near(0, 0.05), near(3, 0.05), near(2, 0.0)])
    merged = themes_module._merge_small(x, np.array([0, 0, 1, 1, 2]), centroids)
    assert merged.tolist() == [0, 0, 1, 1, 1]  # (the lone one leans towards axis 3)


def test_a_lone_paper_joins_the_nearest_thread():
    lone = paper("x1", "Gaze and Attention in Crowds", "Where crowds look.")
    vectors = {**VECTORS, "x1": near(1, 0.0)}  # off on its own, nearest the gaze papers
    found = themes([*ALL, lone], vectors)
    assert all(len(t.members) >= themes_module.MIN_THEME_SIZE for t in found)
    assert any({"x1", "g1"} <= set(t.members) for t in found), found


def test_a_paper_with_no_vector_joins_the_thread_whose_name_it_uses():
    old = paper("o1", "Lip Reading for Old Films", "Lip reading of archive footage.")
    found = themes([*ALL, old], VECTORS)
    assert any({"o1", "l1"} <= set(t.members) for t in found), found


def test_the_most_typical_paper_comes_first():
    vectors = {**VECTORS, "g3": near(0, 0.6)}  # g3 strays furthest from the gaze thread's centre
    gaze = next(t for t in themes(ALL, vectors) if "g1" in t.members)
    assert gaze.members[-1] == "g3"


@pytest.mark.parametrize("n", [1, 2, 3])
def test_a_handful_of_papers_is_one_thread(n):
    found = themes(GAZE[:n], VECTORS)
    assert len(found) == 1 and set(found[0].members) == {p.id for p in GAZE[:n]}


def test_no_papers_no_threads():
    assert themes([], {}) == ()
