"""The collection has identity: added pages never rewrite or shadow configured papers, names stay with their first
owner, re-adding a page updates it, nothing is duplicated, and pages and papers can be removed."""

import subprocess
import sys

import pytest

from assistant import pages, store
from assistant.corpus import load_corpus
from assistant.runtime import Assistant
from assistant.settings import Settings

pytestmark = pytest.mark.slow

SHIPPED = (
    "CVAug 23, 2023\n"
    "DF-3DFace: One-to-Many Speech Synchronized 3D Face Animation with DiffusionSe Jin Park, Joanna Hong, Minsu Kim\n"
    "Speech-driven 3D facial animation is studied. We contribute a new 3D facial mesh dataset, 3D-HDTF.\n"
    "CLNov 7, 2023\n"
    "MuCo: Multi-turn Contrastive Learning for Multimodal Embedding ModelGeonmo Gu, Byeongho Heo, Jaemyung Yu\n"
    "We train embeddings over several turns at once. We curate a 5M multimodal dataset, M3T.\n"
)


@pytest.fixture
def collection(tmp_path):
    shipped = tmp_path / "profiles"
    shipped.mkdir()
    (shipped / "shipped.txt").write_text(SHIPPED)
    settings = Settings(
        data_paths=[shipped],
        uploads_dir=tmp_path / "uploads",
        store_path=tmp_path / "store",
        collection="pages",
        llm="extractive",
        capture_year=2026,
    )
    corpus, owners = pages.load(settings)
    store.sync(corpus.papers, settings, owners=owners)
    return settings


def page(tmp_path, name, text):
    path = tmp_path / "incoming" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    return path


def stored_titles(settings):
    return sorted(p.title for p in Assistant(settings).index.iter_papers())


def test_an_upload_named_like_a_shipped_page(collection, tmp_path):
    same = page(tmp_path, "shipped.txt", SHIPPED)
    result = pages.add_page(same, collection)
    assert (
        result.unchanged and result.summary() == "No change: all 2 papers of shipped.txt are already in the collection."
    )
    assert len(stored_titles(collection)) == 2  # nothing duplicated
    edited = page(tmp_path, "shipped.txt", SHIPPED.replace("5M multimodal dataset", "dataset trained on 64 GPUs"))
    with pytest.raises(pages.PageConflict, match=r"MuCo.*owned by shipped\.txt"):
        pages.add_page(edited, collection)
    a = Assistant.for_settings(collection).answer("What dataset did MuCo curate?")
    assert "5M" in a.text and "64 GPUs" not in a.text
    assert not list(collection.uploads_dir.glob("*.txt"))


def test_a_paper_cannot_take_another_papers_name(collection, tmp_path):
    impostor = page(
        tmp_path,
        "impostor.txt",
        "CVJan 5, 2026\nDF-3DFace: A Completely Different PaperEve Mallory\nSomething else entirely.\n",
    )
    pages.add_page(impostor, collection)
    assert len(stored_titles(collection)) == 3  # a different title: a different paper, stored
    a = Assistant.for_settings(collection).answer("Who wrote DF-3DFace?")
    assert "Se Jin Park" in a.text and "Eve Mallory" not in a.text


@pytest.mark.parametrize("order", [("zeta-b.txt", "zeta-a.txt"), ("zeta-a.txt", "zeta-b.txt")])
def test_two_uploads_sharing_a_short_name_are_both_kept(collection, tmp_path, order):
    texts = {
        "zeta-a.txt": "CVJan 5, 2026\nZeta: First StudyAnna Lee\nThe first zeta study of sound.\n",
        "zeta-b.txt": "CVJan 6, 2026\nZeta: Second StudyBo Kim\nThe second zeta study of light.\n",
    }
    for name in order:
        pages.add_page(page(tmp_path, name, texts[name]), collection)
    titles = stored_titles(collection)
    assert "Zeta: First Study" in titles and "Zeta: Second Study" in titles and len(titles) == 4
    index = Assistant(collection).index
    assert index.paper(index.best_match("second zeta study light")).title == "Zeta: Second Study"


def test_a_corrected_page_replaces_its_earlier_version(collection, tmp_path):
    for version in range(10):
        text = f"CVJan 5, 2026\nA Study of Quiet RobotsAnna Lee\nVersion {version}: robots {version} dB quieter.\n"
        result = pages.add_page(page(tmp_path, "robots.txt", text), collection)
        assert result.replaced == (version > 0)
    assert [f.name for f in collection.uploads_dir.glob("*.txt")] == ["robots.txt"]
    assert len(stored_titles(collection)) == 3
    assert "Version 9" in Assistant(collection).index.paper("a-study-of-quiet-robots").abstract
    # A full ingest afterwards finds exactly the same collection.
    corpus, owners = pages.load(collection)
    report = store.sync(corpus.papers, collection, owners=owners)
    assert report.papers == 3 and not report.changed


def test_the_same_file_twice_is_no_change(collection, tmp_path):
    text = "CVJan 5, 2026\nA Study of Quiet RobotsAnna Lee\nRobots that are quiet.\n"
    first = pages.add_page(page(tmp_path, "robots.txt", text), collection)
    again = pages.add_page(page(tmp_path, "robots-copy.txt", text), collection)
    assert first.new == 1 and again.unchanged and again.summary().startswith("No change")
    assert len(list(collection.uploads_dir.glob("*.txt"))) == 1


def test_the_same_paper_twice_or_with_a_double_space_is_one_paper(collection, tmp_path):
    text = "CVAug 23, 2023\nMuCo:  Multi-turn  Contrastive Learning for Multimodal Embedding ModelGeonmo Gu\nOther.\n"
    with pytest.raises(pages.PageConflict):  # same identity, different content
        pages.add_page(page(tmp_path, "spaced.txt", text), collection)
    dup = load_corpus([collection.data_paths[0] / "shipped.txt", collection.data_paths[0] / "shipped.txt"])
    assert len(dup.papers) == 2 and len(dup.duplicates) == 2


def test_pages_and_papers_can_be_removed(collection, tmp_path):
    pages.add_page(page(tmp_path, "robots.txt", "CVJan 5, 2026\nA Study of Quiet RobotsAnna Lee\nQuiet.\n"), collection)
    assert len(stored_titles(collection)) == 3
    cli = [sys.executable, "-m", "assistant"]
    flags = ["--data-paths", str(collection.data_paths[0]), "--uploads-dir", str(collection.uploads_dir),
             "--store-path", str(collection.store_path), "--collection", collection.collection]  # fmt: skip
    listed = subprocess.run([*cli, "pages", *flags], capture_output=True, text=True, timeout=120)
    assert "added          1 papers" in listed.stdout and "configured     2 papers" in listed.stdout, listed.stdout
    gone = subprocess.run([*cli, "remove", "robots.txt", *flags], capture_output=True, text=True, timeout=120)
    assert gone.returncode == 0 and "Removed page robots.txt (1 paper removed)" in gone.stdout, gone.stderr
    assert len(stored_titles(collection)) == 2
    out = subprocess.run([*cli, "remove", "muco", *flags], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and "Removed the paper" in out.stdout
    assert stored_titles(collection) == ["DF-3DFace: One-to-Many Speech Synchronized 3D Face Animation with Diffusion"]
    # A later full ingest keeps it out; restore brings it back.
    subprocess.run([*cli, "ingest", "--quiet", *flags], check=True, timeout=120, capture_output=True)
    assert len(stored_titles(collection)) == 1
    back = subprocess.run([*cli, "restore", "muco", *flags], capture_output=True, text=True, timeout=120)
    assert back.returncode == 0 and len(stored_titles(collection)) == 2
    bad = subprocess.run([*cli, "remove", "shipped.txt", *flags], capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "configured page" in bad.stderr and "Traceback" not in bad.stderr


def test_an_oversized_upload_is_refused_before_reading(collection, tmp_path):
    big = page(tmp_path, "big.txt", "x" * 5000)
    small = collection.model_copy(update={"max_upload_bytes": 1000})
    with pytest.raises(pages.CorpusError, match="limit is"):
        pages.add_page(big, small)


NEW_PAPERS = (
    "CVJan 5, 2026\nA Study of Quiet RobotsAnna Lee\nRobots that are quiet.\n"
    "CVJan 6, 2026\nLoud Drones at NightBo Kim\nDrones that are loud.\n"
)
MUCO_COPY = "\n".join(SHIPPED.splitlines()[3:6]) + "\n"  # MuCo exactly as the shipped page lists it


@pytest.mark.parametrize(
    ("text", "reads_only_the_page"),
    [
        (NEW_PAPERS, True),
        (NEW_PAPERS + MUCO_COPY, True),  # a paper the collection holds, unchanged: counted, not written
        # 'MuCo: Another Paper' is numbered after the stored 'muco', as a whole reading numbers it: 'muco-2'
        ("CVJan 7, 2026\nMuCo: Another PaperCy Li\nA different paper.\n", True),
        ("CVJan 7, 2026\nMuCo: Another PaperCy Li\nOne.\nCVJan 8, 2026\nMuCo: A Third PaperDa Wu\nTwo.\n", True),
    ],
)
def test_adding_a_page_leaves_the_store_as_a_whole_ingest_would(
    collection, tmp_path, monkeypatch, text, reads_only_the_page
):
    _assert_added_as_a_whole_ingest_would(collection, tmp_path, monkeypatch, text, reads_only_the_page)


def test_a_paper_whose_id_a_removed_paper_may_have_had_is_numbered_by_a_whole_reading(
    collection, tmp_path, monkeypatch
):
    pages.remove("muco", collection)  # its id and its page stay known only to a whole reading
    text = "CVJan 7, 2026\nMuCo: Another PaperCy Li\nA different paper.\n"
    _assert_added_as_a_whole_ingest_would(collection, tmp_path, monkeypatch, text, False)


def _assert_added_as_a_whole_ingest_would(collection, tmp_path, monkeypatch, text, reads_only_the_page):
    read: list[list[str]] = []
    real = pages.load_corpus
    monkeypatch.setattr(
        pages, "load_corpus", lambda files, **kw: read.append([f.name for f in files]) or real(files, **kw)
    )
    pages.add_page(page(tmp_path, "new.txt", text), collection)
    # A new page under a new name is decided from the catalog: only the page itself is read (at 50k papers a
    # re-read of every page took seconds); a paper whose id depends on the other pages makes it read them all.
    assert all(files == ["new.txt"] for files in read) == reads_only_the_page, read
    corpus, owners = pages.load(collection)
    assert store.is_current(corpus.papers, collection, owners)
    report = store.sync(corpus.papers, collection, owners=owners)
    assert not report.changed


def test_a_researchers_page_makes_them_an_author_of_the_papers_it_lists_without_embedding_them_again(
    collection, tmp_path
):
    # MuCo is already stored (from the shipped page); Cy Ray's page lists it and one new paper. Both are Cy Ray's
    # now, and MuCo is not embedded again: who lists a paper is its metadata, not its content.
    spaced = (
        "Cy Ray\n\nCV\nh-index3\n2papers\n9citations\n\n2 Papers\n\n"
        "CLNov 7, 2023\nMuCo: Multi-turn Contrastive Learning for Multimodal Embedding Model\n\n"
        "Geonmo Gu, Byeongho Heo, Jaemyung Yu\n\nWe train embeddings over several turns at once. We curate a 5M "
        "multimodal dataset, M3T.\n\n"
        "CVJan 2, 2025\nQuiet Robots on Stairs\n\nAnn Lee, Bo Kim\n\nWe make legged robots quiet on stairs.\n"
    )
    result = pages.add_page(page(tmp_path, "cy.txt", spaced), collection)
    assert not result.unchanged and result.report.embedded == 1, result
    index = Assistant(collection).index
    assert index.paper("muco").owners == ("Cy Ray",)
    from assistant.types import Filters

    assert {index.paper(pid).title.split(":")[0] for pid in index.filter_ids(Filters(authors=("Cy Ray",)))} == {
        "MuCo",
        "Quiet Robots on Stairs",
    }
    corpus, owners = pages.load(collection)
    assert store.is_current(corpus.papers, collection, owners)
    # a page that lists only stored papers, under a researcher's name, is recorded too
    only = spaced.replace("Cy Ray", "Di Fox").replace("2 Papers", "1 Papers").split("\n\nCVJan 2, 2025")[0] + "\n"
    result = pages.add_page(page(tmp_path, "di.txt", only.replace("2papers", "1papers")), collection)
    assert not result.unchanged and Assistant(collection).index.paper("muco").owners == ("Cy Ray", "Di Fox")
