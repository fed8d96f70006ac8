"""The lexical index's word counts (document frequencies, the typo corrector's vocabulary) follow every add, change
and removal, equal to counting the stored papers afresh. In memory: no Chroma, milliseconds."""

import dataclasses
import re
from collections import Counter

import pytest

from assistant.chunking import chunk_paper
from assistant.index import IndexedPaper, LexicalIndex
from assistant.text import content_terms, normalize, stem


def indexed(paper):
    return IndexedPaper(paper, tuple(chunk_paper(paper, 200, 30)), "page.txt", 0, paper.id)


def counted_afresh(papers):
    terms, words = Counter(), Counter()
    for p in papers:
        terms.update(set(content_terms(f"{p.title} {p.abstract}", framing=True)))
        words.update(set(re.findall(r"[a-z0-9]+(?:[-'][a-z0-9]+)*", normalize(p.title + " " + p.abstract).lower())))
    return terms, words


def assert_counts_match(index, papers):
    terms, words = counted_afresh(papers)
    probe_terms = [*terms, "zzzunused"]
    assert {t: index.doc_freq(t) for t in probe_terms} == {**terms, "zzzunused": 0}
    assert {w: index.papers_using(w) for w in words} == dict(words)
    assert index.count() == len(papers)


def test_word_counts_follow_adds_changes_and_removals(corpus):
    papers = list(corpus.papers[:12])
    index = LexicalIndex()
    index.upsert([indexed(p) for p in papers])
    assert_counts_match(index, papers)
    changed = dataclasses.replace(papers[0], abstract="A short abstract about zebrafish locomotion.")
    index.upsert([indexed(changed)])  # replaced: its old words counted out, the new ones in
    assert index.papers_using("zebrafish") == 1
    assert_counts_match(index, [changed, *papers[1:]])
    index.delete([p.id for p in papers[5:]])
    assert_counts_match(index, [changed, *papers[1:5]])
    index.delete([p.id for p in [changed, *papers[1:5]]])
    assert index.doc_freq("zebrafish") == 0 and index.papers_using("zebrafish") == 0 and index.count() == 0


def test_the_corrector_knows_only_words_stored_papers_use(corpus):
    papers = list(corpus.papers)
    muco = next(p for p in papers if p.id == "muco")
    index = LexicalIndex()
    index.upsert([indexed(p) for p in papers])
    assert index.correct("contrastve") == "contrastive"

    # Another form of a word the papers use is no slip: 'datasets' where they write only 'dataset' asks for several.
    only_singular = [
        dataclasses.replace(p, id=f"p{i}", abstract=f"We curate a dataset of {w} scenes with a dataset toolkit.")
        for i, (p, w) in enumerate(zip(papers[:3], ["indoor", "outdoor", "urban"]))
    ]
    singular = LexicalIndex()
    singular.upsert([indexed(p) for p in only_singular])
    assert singular.papers_using("datasets") == 0 and singular.correct("datasets") is None
    assert singular.correct("toolkits") is None
    assert singular.correct("datsaet") == "dataset"  # (a slip still is corrected)
    assert singular.correct("datasetes") == "dataset"  # (no plural: a slip)
    index.delete([p.id for p in papers if "contrastive" in p.abstract.lower() and p.id != muco.id])
    index.delete([muco.id])
    assert index.correct("contrastve") != "contrastive"  # no stored paper uses the word any more


@pytest.mark.parametrize(
    ("british", "american"),
    [("licence", "license"), ("optimise", "optimize"), ("modelling", "modeling"), ("colours", "colors"),
     ("tumour", "tumor"), ("behaviour", "behavior"), ("analyse", "analyze"), ("judgement", "judgment")],
)  # fmt: skip
def test_british_and_american_spellings_are_one_term(british, american):
    # 'which licence is its code released under' meets 'under an MIT license'
    assert stem(british) == stem(american)


@pytest.mark.parametrize(
    ("asked", "stated"),
    [
        ("limits", "constraints"),
        ("budget", "limit"),
        ("compute", "GFLOPs"),
        ("picture", "image"),
        ("car", "vehicle"),
        ("metrics", "measured"),
        ("fix", "mitigate"),
        ("solution", "overcome"),
        ("wrong", "errors"),
        ("wrong", "erroneous"),
        ("incorrect", "mistakes"),
        # a hyphenated word is one term, as a question's topic holds it (its group had been keyed
        # 'first-person first person', which no term is)
        ("first-person", "egocentric"),
        ("egocentric", "first-person"),
        ("hand-mounted", "wrist"),
        ("third-person", "exocentric"),
    ],
)
def test_an_everyday_word_meets_the_papers_term(asked, stated):
    # 'What compute limits did the benchmark impose?' meets 'strict efficiency constraints: … 2000 GFLOPs'
    from assistant.text import with_synonyms

    assert stem(stated) in with_synonyms({stem(asked)})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an enumerated item after a semicolon belongs to its sentence (the segmenter splits before '2)')
        (
            "We study two challenges: 1) Viewpoint Alignment: the camera must follow the head; 2) Causal Interplay: "
            "motion must match the video. We propose EgoTwin.",
            ["We study two challenges: 1) Viewpoint Alignment: the camera must follow the head; 2) Causal Interplay: "
             "motion must match the video.", "We propose EgoTwin."],
        ),
        (
            "The pipeline has (i) Reconstruction, which lifts anchor views; (ii) Generation, which renders wrist "
            "views. It works.",
            ["The pipeline has (i) Reconstruction, which lifts anchor views; (ii) Generation, which renders wrist "
             "views.", "It works."],
        ),
        # sentences that end as sentences do stay apart
        ("We use SAM. It is fast! Is it good? Yes.", ["We use SAM.", "It is fast!", "Is it good?", "Yes."]),
    ],
)  # fmt: skip
def test_an_abstract_is_split_into_its_sentences(text, expected):
    from assistant.text import sentences

    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("we present EinsteinArena and MedArena", {"einstein", "arena", "med"}),
        ("SciAgentArena, a benchmark", {"sci", "agent", "arena"}),
        ("a MambaCompressor module", {"mamba", "compressor"}),
        ("DINOv2 and GRASP and Gaze-LLE", set()),  # no camel case: no parts
        # an acronym run into an English word: the acronym and the word, split where the word is one
        ("We introduce OLATverse, a dataset", {"olat", "verse"}),
        ("the VGGTracker model", {"vgg", "tracker"}),
        ("LLMs, CNNs, NeRFs and SAMURAI", set()),  # plurals and capitals only: no word after the acronym
        ("the HDRzqx code", set()),  # no English word either way
        ("Plain words only.", set()),
        ("Code: https://github.com/QI-NemoSong/EP-SAM and www.RehgLab.org", set()),  # web addresses name nothing
    ],
)
def test_the_words_inside_a_camel_case_name(text, parts):
    from assistant.text import name_parts

    assert name_parts(text) == {stem(p) for p in parts}, name_parts(text)


def test_authors_are_found_by_full_name_and_by_place_on_the_author_line(corpus):
    from assistant.types import Filters

    first, second = (dataclasses.replace(p, authors=a) for p, a in zip(corpus.papers[:2], [
        ("Markus Gross", "Ann Lee"), ("Ann Lee", "Markus Gross", "Bo Kim")]))  # fmt: skip
    index = LexicalIndex()
    index.upsert([indexed(first), indexed(second)])
    # a name ending in s is the name, a possessive 's is not part of it
    assert index.authors_in("Which papers have Markus Gross as an author?") == ["Markus Gross"]
    assert index.authors_in("What do Markus Gross's papers study?") == ["Markus Gross"]
    by_him = Filters(authors=("Markus Gross",))
    assert index.filter_ids(by_him) == {first.id, second.id}
    first_only = Filters(authors=("Markus Gross",), first_author=True)
    assert index.filter_ids(first_only) == {first.id}
    assert [p.id for p in (first, second) if first_only.accepts(p)] == [first.id]
    assert first_only.describe() == ["with first author Markus Gross"]
    # several names: all of them on the paper, or any
    together = Filters(authors=("Markus Gross", "Bo Kim"), every_author=True)
    assert index.filter_ids(together) == {second.id}
    assert [p.id for p in (first, second) if together.accepts(p)] == [second.id]
    assert together.describe() == ["by Markus Gross and Bo Kim together"]
    either = Filters(authors=("Markus Gross", "Bo Kim"))
    assert index.filter_ids(either) == {first.id, second.id} and all(either.accepts(p) for p in (first, second))


def test_years_with_a_gap_keep_only_those_years(corpus):
    # 'papers from 2021 and 2023': any of those years, none between; the index and the record agree
    from assistant.types import Filters

    years = (2021, 2022, 2023)
    papers = [dataclasses.replace(p, date=p.date.replace(year=y)) for p, y in zip(corpus.papers[:3], years)]
    index = LexicalIndex()
    index.upsert([indexed(p) for p in papers])
    gap = Filters(years=(2021, 2023))
    assert index.filter_ids(gap) == {papers[0].id, papers[2].id}
    assert [p.id for p in papers if gap.accepts(p)] == [papers[0].id, papers[2].id]
    assert gap.describe() == ["from 2021 or 2023"]
    assert Filters(year_from=2021, year_to=2022).describe() == ["from 2021 to 2022"]


def test_the_researcher_whose_page_lists_a_paper_is_one_of_its_authors(corpus):
    # 'papers by X' on X's own page: every paper of the page, though its author line shows only three names; 'among
    # the listed authors' asks the author line itself
    from assistant.types import Filters

    shown, hidden = (dataclasses.replace(p, authors=a, owners=("Cy Ray",)) for p, a in zip(corpus.papers[:2], [
        ("Cy Ray", "Ann Lee"), ("Ann Lee", "Bo Kim")]))  # fmt: skip
    index = LexicalIndex()
    index.upsert([indexed(shown), indexed(hidden)])
    assert index.authors_in("How many papers does Cy Ray have here?") == ["Cy Ray"]
    by_her = Filters(authors=("Cy Ray",))
    assert index.filter_ids(by_her) == {shown.id, hidden.id} and all(by_her.accepts(p) for p in (shown, hidden))
    on_the_line = Filters(authors=("Cy Ray",), listed_only=True)
    assert index.filter_ids(on_the_line) == {shown.id}
    assert [p.id for p in (shown, hidden) if on_the_line.accepts(p)] == [shown.id]
    together = Filters(authors=("Cy Ray", "Bo Kim"), every_author=True)
    assert index.filter_ids(together) == {hidden.id}
    assert index.paper(hidden.id).owners == ("Cy Ray",)  # (kept in the catalog)


@pytest.mark.parametrize(
    ("word", "coined"),
    [
        ("MuCo", True), ("GRASP", True), ("DF-3DFace", True), ("AV2AV", True), ("Co-FactChecker", True),
        ("EP-SAM", True), ("HD-EPIC", True), ("CL-Splats", True), ("Dopamine-RL", True), ("3D-GS", True),
        ("SAM-2", True), ("GPT-4", True), ("Magic-3D", True), ("Lift-3D", True),  # '3D' joined: a name
        # ordinary words, also joined to 'AI', an everyday acronym
        ("Multi-Person", False), ("Face-to-Face", False), ("Human-AI", False), ("AI-Generated", False),
        ("AI-Assisted", False),
    ],
)  # fmt: skip
def test_a_coined_name_and_an_ordinary_compound(word, coined):
    from assistant.text import is_coined

    assert is_coined(word) is coined


def test_a_word_the_collection_uses_in_any_form_or_in_a_name(corpus):
    # 'Swahili' in a question names a thing no paper has only where no paper, author or affiliation uses it; an
    # English word is no cover ('is_word' would take it)
    paper = dataclasses.replace(
        corpus.papers[0],
        abstract="We study Gaussians for Korean speech.",
        authors=("Ann Lee",),
        owners=("Cy Ray",),
        affiliation="GATECH",
    )
    index = LexicalIndex()
    index.upsert([indexed(paper)])
    for used in ("Gaussians", "Gaussian", "korean", "Lee", "Ray", "gatech"):
        assert index.uses_word(used), used
    for unused in ("Swahili", "Cantonese", "weather"):
        assert not index.uses_word(unused), unused


@pytest.mark.parametrize(
    ("text", "has", "lacks"),
    [
        # a fixed expression lends none of the words it does not keep: 'real-world' no 'world', 'state of the art' no
        # 'state' or 'art', 'zero-shot' no 'shot'; it keeps its own term and the words that keep their meaning
        ("We test on real-world robots.", {"real-world", "real", "robot"}, {"world"}),
        ("We test in the real world.", {"real-world", "real"}, {"world"}),
        ("It achieves state-of-the-art results.", {"state-of-the-art", "result"}, {"state", "art"}),
        ("It achieves state of the art results.", {"state-of-the-art"}, {"state", "art"}),
        ("A large-scale set, zero-shot transfer.", {"large-scal", "larg", "zero-shot"}, {"scale", "scal", "shot"}),
        ("An in-depth analysis.", {"in-depth", "analysi"}, {"depth"}),
        # must not: the words of an expression written apart where they are no expression, or on their own
        ("Errors in depth estimation grow with range.", {"depth", "estim"}, set()),
        (
            "A high level of detail, large scale variation, and a trade off with speed.",
            {"level", "scale", "trade"},
            set(),
        ),
        ("A world model predicts the state of the art gallery's robot.", {"world", "model"}, set()),
        ("Robots act in the world; the state is estimated.", {"world", "state"}, set()),
        # ordinary compounds still give their parts
        ("A vision-language model for one-to-many matching.", {"vision-languag", "vision", "languag", "match"}, set()),
    ],
)
def test_a_fixed_expression_lends_only_the_words_that_keep_their_meaning(text, has, lacks):
    terms = set(content_terms(text, framing=True))
    assert has <= terms and not (lacks & terms), terms


@pytest.mark.parametrize(
    ("title", "typed"),
    [
        # a Greek letter in a paper's name is typed as the letter's name
        ("VGGT-$Ω$: Scaling Feed-Forward Reconstruction", "How fast is VGGT-Omega?"),
        ("π0: A Vision-Language-Action Flow Model", "What does pi0 predict?"),
        ("α-CLIP: Focused Attention", "Which data does alpha-CLIP use?"),
        # and still as printed
        ("VGGT-$Ω$: Scaling Feed-Forward Reconstruction", "How fast is VGGT-Ω?"),
    ],
)
def test_a_greek_letter_in_a_name_is_typed_as_its_name(corpus, title, typed):
    paper = dataclasses.replace(corpus.papers[0], title=title)
    index = LexicalIndex()
    index.upsert([indexed(paper)])
    assert index.names_in(typed)[0] == [paper.id], index.names_in(typed)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        # two letters swapped keep every letter typed: that word, though a word one letter shorter is more frequent
        # and closer by ratio (which counts a swap as two edits)
        ("evetn", "event"),
        ("raesoning", "reasoning"),
        ("spatail", "spatial"),
        # must not: otherwise the ratio still decides ('gatch' is 'gatech', not the more frequent 'batch')
        ("gatch", "gatech"),
        ("particpants", "participants"),
    ],
)
def test_a_swap_of_two_letters_is_the_likeliest_slip(typed, meant):
    from assistant.text import Corrector

    vocabulary = {"event": 5, "even": 50, "reasoning": 5, "seasoning": 1, "spatial": 5, "special": 40, "gatech": 1,
                  "batch": 20, "participants": 3, "participant": 9}  # fmt: skip
    assert Corrector(vocabulary).correct(typed) == meant
