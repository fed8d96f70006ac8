import datetime as dt
import json
from pathlib import Path

import pytest

from assistant.corpus import CorpusError, load_corpus, paper_slug, parse_author_list

GOLDEN = json.loads((Path(__file__).parent / "golden" / "papers.json").read_text())


def record(p):
    return {
        "id": p.id,
        "title": p.title,
        "authors": list(p.authors),
        "et_al": p.et_al,
        "affiliation": p.affiliation,
        "date": p.date.isoformat(),
        "date_has_year": p.date_has_year,
        "category": p.category,
        "has_code": p.has_code,
        "abstract_start": p.abstract[:60],
        "abstract_chars": len(p.abstract),
        "source": str(p.source),
    }


def test_all_61_papers_match_the_hand_checked_golden_file(corpus):
    assert len(corpus.papers) == 61
    got = [record(p) for p in corpus.papers]
    for want, have in zip(GOLDEN, got, strict=True):
        assert have == want


def test_ids_are_unique_and_match_the_question_set(corpus):
    ids = [p.id for p in corpus.papers]
    assert len(set(ids)) == len(ids)
    titles = {p.id: p.title for p in corpus.papers}
    for line in (Path(__file__).parents[1] / "data" / "questions.dev.jsonl").read_text().splitlines():
        q = json.loads(line)
        for pid, title in zip(q["gold_paper_ids"], q["gold_titles"], strict=True):
            assert titles[pid] == title


def test_profile_header_is_kept_and_checked(corpus):
    (profile,) = corpus.profiles
    assert (profile.name, profile.field, profile.h_index, profile.paper_count, profile.citations) == (
        "Sangmin Lee",
        "CV",
        98,
        46,
        725,
    )
    assert (profile.novelty_percent, profile.ai_score) == (52, 62)
    assert sum(p.source.file.startswith("000_") for p in corpus.papers) == profile.paper_count


def test_the_researcher_a_page_is_for_is_an_author_of_its_papers(corpus, tmp_path):
    # the header names the researcher: an author of every paper the page lists, shown among the first three or not
    assert {p.owners for p in corpus.papers if p.source.file.startswith("000_")} == {("Sangmin Lee",)}
    assert {p.owners for p in corpus.papers if p.source.file.startswith("003_")} == {()}  # (no header)
    # a paper two researchers' pages list is both researchers'
    block = "CVJan 2, 2025\nShared Work\n\nAnn Lee, Bo Kim\n\nWe share.\n"
    for name, file in (("Cy Ray", "a.txt"), ("Di Fox", "b.txt")):
        (tmp_path / file).write_text(f"{name}\n\nCV\nh-index1\n1papers\n1citations\n\n1 Papers\n\n{block}")
    (paper,) = load_corpus([tmp_path]).papers
    assert paper.owners == ("Cy Ray", "Di Fox") and paper.authors == ("Ann Lee", "Bo Kim")


def test_glued_titles_keep_inner_capitals(corpus):
    by_id = corpus.by_id()
    empathetic = by_id["empathetic-response-in-audio-visual"]
    assert empathetic.title.endswith("and MambaCompressor")
    assert empathetic.authors == ("Yeonju Kim", "Se Jin Park", "Yong Man Ro") and not empathetic.et_al
    assert by_id["data-driven-nonlinear-parametric-model"].authors[0] == "SiHun Lee"
    assert by_id["synctalkface"].title.endswith("via Audio-Lip Memory")


def test_yearless_dates_take_the_capture_year(corpus):
    muco = corpus.by_id()["muco"]
    assert muco.date == dt.date(2026, 4, 2) and not muco.date_has_year and muco.has_code
    assert sum(not p.date_has_year for p in corpus.papers) == 4
    other = load_corpus(
        [corpus.papers[0].source.file and Path(__file__).parents[1] / "data" / "profiles"], capture_year=2031
    )
    assert other.by_id()["muco"].date == dt.date(2031, 4, 2)
    assert other.by_id()["cad"].date == dt.date(2024, 9, 24)


def test_affiliation_and_et_al(corpus):
    gaze = corpus.by_id()["gaze-lle"]
    assert gaze.affiliation == "gatech" and gaze.et_al
    assert gaze.authors == ("Fiona Ryan", "Ajay Bati", "Sangmin Lee")


GLUED = "CVDec 23, 2024\n{line}\nAn abstract sentence.\n"


@pytest.mark.parametrize(
    ("line", "title", "authors"),
    [
        ("Tiny Model for TinyDataAnna Lee, Bo Kim", "Tiny Model for TinyData", ("Anna Lee", "Bo Kim")),
        ("A Study of X (XYZ)Jean-Luc Picard et al.", "A Study of X (XYZ)", ("Jean-Luc Picard",)),
        ("Why Not? A Question2Ana María Díaz", "Why Not? A Question2", ("Ana María Díaz",)),
        # a title ending in an acronym: the cut after the acronym, not inside it
        (
            "Tracing Claims in NLPAniket Pramanick, Yufang Hou",
            "Tracing Claims in NLP",
            ("Aniket Pramanick", "Yufang Hou"),
        ),
        ("A Study in Conversational AIDominic Petrak et al.", "A Study in Conversational AI", ("Dominic Petrak",)),
        # "3D" offers a cut too; a hyphenated given name ("Miruna-Alexandra") is not a glued camel-case one
        (
            "An Approach to Anatomical 3D Shape RecoveryMiruna-Alexandra Gafencu, Yordanka Velikova et al.",
            "An Approach to Anatomical 3D Shape Recovery",
            ("Miruna-Alexandra Gafencu", "Yordanka Velikova"),
        ),
        # arXiv prints a group author before its members ('NVIDIA: Aaron Blakeman, ...'); the page keeps the colon
        # as an entry of its own
        (
            "Nemotron-H: Hybrid Mamba-Transformer ModelsNVIDIA, :, Aaron Blakeman et al.",
            "Nemotron-H: Hybrid Mamba-Transformer Models",
            ("NVIDIA", "Aaron Blakeman"),
        ),
        ('A Study of SleepXuhai "Orson" Xu, Anna Lee', "A Study of Sleep", ('Xuhai "Orson" Xu', "Anna Lee")),
        ("Networks for Data Wissam J. Baddar", None, None),  # a space is no glue: no cut point
    ],
)
def test_glued_split_edge_cases(tmp_path, line, title, authors):
    f = tmp_path / "page.txt"
    f.write_text(GLUED.format(line=line))
    if title is None:
        with pytest.raises(CorpusError, match=r"page.txt:2: cannot find where the title ends"):
            load_corpus([f])
        return
    (paper,) = load_corpus([f]).papers
    assert (paper.title, paper.authors) == (title, authors)


def test_known_author_names_settle_an_ambiguous_cut(tmp_path):
    (tmp_path / "a.txt").write_text(GLUED.format(line="Some Work on AudioVisualSiHun Lee, Bo Kim"))
    (tmp_path / "b.txt").write_text("CVJan 2, 2020\nOther Work\n\nSiHun Lee, Ann Ro\n\nAbstract.\n")
    papers = load_corpus([tmp_path]).papers
    assert papers[0].title == "Some Work on AudioVisual" and papers[0].authors[0] == "SiHun Lee"


def test_author_list_grammar():
    assert parse_author_list("A Bee, Cee Dee et al. · mit").affiliation == "mit"
    assert parse_author_list("Ludwig van Beethoven, Anna Lee").authors[0] == "Ludwig van Beethoven"
    assert parse_author_list("learning to see, Anna Lee") is None
    assert parse_author_list("Kimi Team, :, Angang Du, Bofei Gao et al.").authors == (
        "Kimi Team",
        "Angang Du",
        "Bofei Gao",
    )
    assert parse_author_list("Anna Lee, , Bo Kim") is None  # an empty entry is a broken list, not a separator
    assert parse_author_list(":") is None
    assert parse_author_list('"Orson" Xu') is None  # a quoted word is a nickname inside a name, never its start


@pytest.mark.parametrize(
    "line",
    [
        # shapes of real arXiv author lists (from the feed archive the shared corpora came from)
        "Jinhong Wang, Shuo Tong, Jian liu",
        "Pu Wang, Shinji Watanabe, Hugo Van hamme",
        "Liangrui Pan, xiaoyu Li, Guang Zhu",
        "Hugo Magaldi, Theau d'Audiffret",
        "Alejandro R. Salamanca, Daniel D'souza",
        "Ronald L. P. D. de Jong, Tim J. M. Jaspers",
        "Saif ur Rehman Khan, Arooj Zaib",
        "Miguel Monte e Freitas, Rui Henriques",
        "Ho Yin 'Sam' Ng, Ting-Yao Hsu",
        "Mathew Magimai. -Doss, Karl El Hajal",
        "Team Hunyuan3D, :, Bowen Zhang et al.",
    ],
)
def test_real_author_lists_are_read(line):
    authors = parse_author_list(line)
    assert authors is not None and authors.authors == tuple(
        n.strip() for n in line.removesuffix(" et al.").split(",") if n.strip() != ":"
    )


@pytest.mark.parametrize(
    "line",
    [
        "xiaoyu Li, Guang Zhu",  # the first name is where a glued title ends: it must start with a capital
        "Anna Lee, Bo Kim was here too",  # six words are no name
        "Question2Ana Lee",  # a digit inside the first word is a title's
        "Anna Lee, 3D Team",
        "Deep learning, Anna Lee",  # a lower-case last word only past the first name
        "Anna Lee, 2024",
    ],
)
def test_not_author_lists(line):
    assert parse_author_list(line) is None


def test_spaced_page_with_a_group_author_loads(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text(
        "R\n\nCL\nh-index1\n1papers\n1citations\n\n1 Papers\n\n"
        "CLApr 7, 2025\nNemotron-H\n\nNVIDIA, :, Aaron Blakeman et al.\n\nWe introduce Nemotron-H.\n"
    )
    (paper,) = load_corpus([page]).papers
    assert paper.authors == ("NVIDIA", "Aaron Blakeman") and paper.et_al


def test_slugs():
    assert paper_slug("CAD: Memory Efficient Convolutional Adapter") == "cad"
    assert paper_slug("Magnitude and Angle Dynamics in Training") == "magnitude-and-angle-dynamics"
    assert paper_slug("Let's Go Real Talk: Spoken Dialogue Model") == "lets-go-real-talk-spoken"


def _write(tmp_path, text, name="bad.txt"):
    f = tmp_path / name
    f.write_text(text)
    return f


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("CVDec 23, 2024\nTitleAnna Lee\n", ":3:", "missing the abstract of the paper block that starts at line 1"),
        ("CVDecember 23, 2024\nTitleAnna Lee\nAbstract\n", ":1:", "expected a category/date line"),
        ("CVFeb 30, 2024\nTitleAnna Lee\nAbstract\n", ":1:", "invalid date"),
        (
            "CVDec 23, 2024\nTitleAnna Lee\nAbstract\nnot a date\nTitleBo Kim\nAbstract\n",
            ":4:",
            "expected a category/date line",
        ),
        ("# Some markdown\nwith text\n", ":1:", "not a profile page"),
        ("", ":1:", "empty file"),
        (
            "Ann Lee\n\nCV\nh-index3\n2papers\n9citations\n\n2 Papers\n\nCVJan 2, 2020\nT\n\nAnn Lee\n\nAbs.\n",
            ":8:",
            "lists 2 papers but 1 were found",
        ),
        (
            "Ann Lee\n\nCV\nh-index3\n1papers\n9citations\n\n1 Papers\n\nCVJan 2, 2020\nT\n\nAnn Lee\n",
            ":15:",
            "missing the abstract of the paper block that starts at line 10",
        ),
        (
            "Ann Lee\n\nCV\nh-index3\n1papers\n9citations\n\n1 Papers\n\nCVJan 2, 2020\nT\n\n\n\nAbs.\n",
            ":13:",
            "expected an author list",
        ),
        ("Ann Lee\n\nCV\nh-index3\n1papers\n9citations\nfoo bar\n1 Papers\n", ":7:", "unexpected line"),
    ],
)
def test_malformed_input_names_file_and_line(tmp_path, text, where, message):
    f = _write(tmp_path, text)
    with pytest.raises(CorpusError) as err:
        load_corpus([f])
    assert str(f) + where in str(err.value)
    assert message in str(err.value)


def test_one_bad_file_fails_the_batch_loudly(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GLUED.format(line="A TitleAnna Lee"))
    _write(tmp_path, "CVDec 23, 2024\n", name="zbad.txt")
    with pytest.raises(CorpusError, match=r"zbad\.txt:2: missing the title"):
        load_corpus([tmp_path])


def test_a_missing_abstract_is_reported_where_it_belongs(tmp_path):
    """The next block's date line must not be read as the abstract (which shifted every later line number)."""
    page = _write(
        tmp_path,
        "CVDec 23, 2024\nFirst TitleAnna Lee\nCVDec 24, 2024\nSecond TitleBo Kim\nAn abstract.\n",
    )
    with pytest.raises(CorpusError) as err:
        load_corpus([page])
    assert str(err.value).startswith(f"{page}:3: missing the abstract of the paper block that starts at line 1")


def test_a_huge_abstract_is_refused_before_anything_is_embedded(tmp_path):
    page = _write(tmp_path, "CVDec 23, 2024\nA TitleAnna Lee\n" + "word " * 1_000_000 + "\n")
    with pytest.raises(CorpusError, match=r":3: the abstract is 4,999,999 characters long; the limit is 20,000"):
        load_corpus([page])


def test_the_same_paper_twice_is_one_paper_and_an_edited_copy_is_kept_aside(tmp_path):
    from assistant.corpus import same_content

    a = tmp_path / "a.txt"
    a.write_text(
        "CVDec 23, 2024\nZeta:  First  StudyAnna Lee\nAbout zeta.\nCVDec 24, 2024\nOther TitleBo Kim\nOther.\n"
    )
    b = tmp_path / "b.txt"
    b.write_text("CVDec 23, 2024\nZeta: First StudyAnna Lee\nAbout zeta, edited.\n")
    corpus = load_corpus([a, b])
    assert [p.title for p in corpus.papers] == ["Zeta:  First  Study", "Other Title"]
    ((kept, dropped),) = corpus.duplicates
    assert kept.source.file == "a.txt" and dropped.source.file == "b.txt" and not same_content(kept, dropped)


def test_windows_line_endings_and_bom(tmp_path):
    f = tmp_path / "crlf.txt"
    f.write_bytes(("\ufeff" + GLUED.format(line="A TitleAnna Lee")).replace("\n", "\r\n").encode())
    (paper,) = load_corpus([f]).papers
    assert paper.title == "A Title" and paper.abstract == "An abstract sentence."
