"""The store, embedded and against a real `chroma run` server (store_settings is parametrized over both)."""

import dataclasses
import json
import subprocess
import sys

import pytest

from assistant import store
from assistant.embeddings import MiniLMEmbedding


@pytest.fixture
def few(corpus):
    return list(corpus.papers[:3]) + list(corpus.papers[-3:])


def test_ingest_is_idempotent_and_embeds_nothing_the_second_time(store_settings, few):
    first = store.ingest(few, store_settings)
    assert first.papers == 6 and first.chunks_added == first.embedded > 0
    second = store.ingest(few, store_settings)
    assert (second.chunks_added, second.chunks_updated, second.embedded, second.chunks_removed) == (0, 0, 0, 0)
    assert second.chunks_unchanged == first.chunks_added
    assert store.store_is_current(few, store_settings)


def test_changed_paper_is_replaced_and_removed_paper_deleted(store_settings, few):
    store.ingest(few, store_settings)
    coll = store.collection(store_settings)
    before = coll.count()
    changed = dataclasses.replace(few[0], abstract="A much shorter abstract about talking heads.")
    kept = [changed, *few[1:-1]]  # the last paper is removed from the corpus
    report = store.ingest(kept, store_settings)
    assert report.papers_removed == 1 and report.embedded == 1
    papers = store.stored_papers(coll)
    assert set(papers) == {p.id for p in kept}
    assert papers[changed.id].abstract == changed.abstract
    old_chunks = len(store.chunk_paper(few[0], store_settings.chunk_tokens, store_settings.chunk_overlap))
    removed_chunks = len(store.chunk_paper(few[-1], store_settings.chunk_tokens, store_settings.chunk_overlap))
    assert coll.count() == before - (old_chunks - 1) - removed_chunks
    ids = coll.get()["ids"]
    assert len(ids) == len(set(ids))


def test_metadata_holds_the_paper_fields(store_settings, corpus):
    gaze = corpus.by_id()["gaze-lle"]
    store.ingest([gaze], store_settings)
    row = store.collection(store_settings).get(ids=["gaze-lle:0"], include=["metadatas", "documents"])
    meta = row["metadatas"][0]
    assert meta["paper_id"] == "gaze-lle" and meta["year"] == 2024 and meta["date"] == "2024-12-12"
    assert meta["category"] == "CV" and meta["has_code"] is True and meta["authors"].startswith("Fiona Ryan; ")
    assert len(meta["content_hash"]) == 16
    assert row["documents"][0].startswith(gaze.title + "\n")
    assert store.stored_papers(store.collection(store_settings))["gaze-lle"] == gaze


def test_semantic_query_finds_the_right_paper(store_settings, few):
    store.ingest(few, store_settings)
    res = store.collection(store_settings).query(
        query_texts=["weakly supervised debiasing by pruning weights"], n_results=1
    )
    assert res["metadatas"][0][0]["paper_id"] == "training-debiased-subnetworks-with-contrastive"


def test_persisted_store_reopens_in_a_new_process(tmp_path, few):
    from assistant.settings import Settings

    settings = Settings(store_path=tmp_path / "store", collection="reopen")
    store.ingest(few, settings)
    code = (
        "import json, sys\n"
        "import chromadb\n"
        "import assistant.embeddings  # registers the embedding function by name\n"
        f"c = chromadb.PersistentClient(path={str(tmp_path / 'store')!r}).get_collection('reopen')\n"
        "r = c.query(query_texts=['multi-turn contrastive multimodal embedding'], n_results=1)\n"
        "print(json.dumps([c.count(), type(c.configuration['embedding_function']).__name__, r['ids'][0][0]]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    count, ef_name, top = json.loads(out.stdout.strip().splitlines()[-1])
    assert count == store.collection(settings).count()
    assert ef_name == MiniLMEmbedding.__name__
    assert top == "muco:0" or top.startswith("muco:")


def test_embedding_vectors_are_unit_length_and_deterministic():
    ef = MiniLMEmbedding()
    a, b = ef(["speech-driven 3D facial animation", "speech-driven 3D facial animation"])
    assert abs(float((a * a).sum()) - 1) < 1e-4
    assert float((a * b).sum()) > 0.9999


def test_unreachable_server_is_a_clear_error():
    from assistant.settings import Settings
    from tests.conftest import free_port

    settings = Settings(chroma_url=f"http://127.0.0.1:{free_port()}", collection="x")
    with pytest.raises(store.StoreError, match="cannot reach the Chroma server"):
        store.collection(settings)
