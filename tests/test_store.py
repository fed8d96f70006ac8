"""The Chroma store (embedded and a real `chroma run` server) and the lexical index kept in step with it."""

import dataclasses
import json
import subprocess
import sys

import numpy as np
import pytest

from assistant import store
from assistant.chunking import chunk_paper
from assistant.embeddings import MiniLMEmbedding
from assistant.text import sentences

pytestmark = pytest.mark.slow


@pytest.fixture
def few(corpus):
    return list(corpus.papers[:3]) + list(corpus.papers[-3:])


def chunk_count(papers, settings):
    return sum(len(chunk_paper(p, settings.chunk_tokens, settings.chunk_overlap)) for p in papers)


def test_sync_is_idempotent_and_embeds_nothing_the_second_time(store_settings, few):
    first = store.sync(few, store_settings)
    assert first.papers == 6 and first.chunks_added == first.embedded == chunk_count(few, store_settings)
    assert first.sentences_embedded == sum(len(sentences(p.abstract)) for p in few)
    second = store.sync(few, store_settings)
    assert (second.chunks_added, second.chunks_updated, second.embedded, second.chunks_removed) == (0, 0, 0, 0)
    assert second.chunks_unchanged == first.chunks_added and not second.changed
    assert store.is_current(few, store_settings)


def test_changed_paper_is_replaced_and_removed_paper_deleted(store_settings, few):
    store.sync(few, store_settings)
    s = store.Store(store_settings)
    before = s.count()
    changed = dataclasses.replace(few[0], abstract="A much shorter abstract about talking heads.")
    kept = [changed, *few[1:-1]]  # the last paper is removed from the corpus
    report = store.sync(kept, store_settings)
    assert report.papers_removed == 1 and report.papers_updated == 1 and report.embedded == 1
    index = store.open_index(store_settings)
    assert set(index.hashes()) == {p.id for p in kept}
    assert index.paper(changed.id).abstract == changed.abstract
    assert [t for _, t, _ in s.sentence_vectors([changed.id])[changed.id]] == [changed.abstract]
    old_chunks = len(chunk_paper(few[0], store_settings.chunk_tokens, store_settings.chunk_overlap))
    removed_chunks = len(chunk_paper(few[-1], store_settings.chunk_tokens, store_settings.chunk_overlap))
    assert s.count() == before - (old_chunks - 1) - removed_chunks
    ids = s.chunks.get()["ids"]
    assert len(ids) == len(set(ids))
    assert not s.sentence_vectors([few[-1].id])  # the removed paper's sentences went with it


def test_metadata_and_catalog_hold_the_paper_fields(store_settings, corpus):
    gaze = corpus.by_id()["gaze-lle"]
    store.sync([gaze], store_settings)
    row = store.Store(store_settings).chunks.get(ids=["gaze-lle:0"], include=["metadatas", "documents"])
    meta = row["metadatas"][0]
    assert meta["paper_id"] == "gaze-lle" and meta["year"] == 2024 and meta["date"] == "2024-12-12"
    assert meta["category"] == "CV" and meta["has_code"] is True and meta["authors"].startswith("Fiona Ryan; ")
    assert len(meta["content_hash"]) == 16
    assert row["documents"][0].startswith(gaze.title + "\n")
    assert store.open_index(store_settings).paper("gaze-lle") == gaze


def test_the_researcher_of_the_page_is_stored_with_the_paper(store_settings, corpus):
    owned = corpus.by_id()["cad"]
    assert owned.owners == ("Sangmin Lee",)
    store.sync([owned], store_settings)
    meta = store.Store(store_settings).chunks.get(ids=["cad:0"], include=["metadatas"])["metadatas"][0]
    assert meta["owners"] == "Sangmin Lee"
    assert store.paper_from_metadata(meta, owned.abstract) == owned
    assert store.open_index(store_settings).paper("cad") == owned


def test_semantic_query_finds_the_right_paper(store_settings, few):
    store.sync(few, store_settings)
    from assistant.embeddings import minilm

    vector = minilm().embed("weakly supervised debiasing by pruning weights")
    (best, *_), *_ = store.Store(store_settings).query_chunks(vector, 1)
    assert best == "training-debiased-subnetworks-with-contrastive"


def test_an_index_lost_or_stale_is_repaired_from_the_store(tmp_path, few):
    """The lexical index is derived data: deleting it (or an ingest from another machine) is repaired by hash."""
    import shutil

    from assistant.settings import Settings

    settings = Settings(store_path=tmp_path / "store", collection="repair")
    store.sync(few, settings)
    shutil.rmtree(store.index_path(settings))
    index = store.open_index(settings)
    assert index.count() == 0
    fixed = store.repair_index(store.Store(settings), index)
    assert fixed == len(few) and set(index.hashes()) == {p.id for p in few}
    assert index.search(["debias"]) and index.store_version == store.Store(settings).version()


def test_persisted_store_reopens_in_a_new_process(tmp_path, few):
    from assistant.settings import Settings

    settings = Settings(store_path=tmp_path / "store", collection="reopen")
    store.sync(few, settings)
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
    assert count == store.Store(settings).count()
    assert ef_name == MiniLMEmbedding.__name__
    assert top.startswith("muco:")


def test_embedding_vectors_are_unit_length_and_deterministic():
    ef = MiniLMEmbedding()
    a, b = ef(["speech-driven 3D facial animation", "speech-driven 3D facial animation"])
    assert abs(float((a * a).sum()) - 1) < 1e-4
    assert float((a * b).sum()) > 0.9999


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_batched_vectors_equal_single_ones_in_the_callers_order(workers):
    from assistant.embeddings import minilm

    # Long texts (a batch each) among short ones (batched together), not in length order: every row must come
    # back where its text was, whatever batch and worker embedded it.
    long = "Lip reading in many languages with a single model trained on audio-visual speech data. " * 12
    texts = ["A short one.", long, "A somewhat longer sentence about lip reading in many languages.", "Mid."]
    texts += [f"Sentence {i} about monocular depth estimation and {i} other things." for i in range(12)] + [long[5:]]
    batched = minilm().embed_many(texts, workers=workers)
    assert batched.shape == (len(texts), 384)
    for text, vec in zip(texts, batched):
        assert float((minilm().embed(text) * vec).sum()) > 0.9999
    assert minilm().embed_many([], workers=workers).shape == (0, 384)


def test_sentence_vectors_live_with_the_chunks_and_match_fresh_ones(store_settings, few):
    from assistant.embeddings import minilm

    store.sync(few, store_settings)
    s = store.Store(store_settings)
    names = {c.name for c in store.client(store_settings).list_collections()}
    assert store_settings.collection in names  # and no second collection (no second vector index):
    assert not [n for n in names if n.startswith(store_settings.collection + "-")]
    stored = s.sentence_vectors([p.id for p in few])
    for p in few:
        texts = sentences(p.abstract)
        assert [t for _, t, _ in stored[p.id]] == texts
        fresh = minilm().embed_many(texts)
        assert all(float(np.dot(v, f)) > 0.999 for (_, _, v), f in zip(stored[p.id], fresh))


def test_a_store_written_with_a_sentence_collection_is_migrated(store_settings, few):
    chroma = store.client(store_settings)
    legacy = chroma.get_or_create_collection(store.legacy_sentences_name(store_settings))
    legacy.add(ids=["x:s0"], embeddings=[[0.1] * 384], documents=["old"], metadatas=[{"paper_id": "x"}])
    store.sync(few, store_settings)
    assert store.legacy_sentences_name(store_settings) not in {c.name for c in chroma.list_collections()}


@pytest.mark.parametrize("dim", [384, 1536])
def test_vectors_survive_their_encoding(dim):
    rng = np.random.default_rng(dim)
    vectors = rng.standard_normal((5, dim)).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    back = store.decode_vectors(store.encode_vectors(vectors))
    assert back.shape == vectors.shape and np.abs(back - vectors).max() < 1e-3


def test_unreachable_server_is_a_clear_error(free_port):
    from assistant.settings import Settings

    settings = Settings(chroma_url=f"http://127.0.0.1:{free_port()}", collection="unreachable")
    store.forget_client(settings)
    with pytest.raises(store.StoreUnreachable, match="cannot reach the Chroma server"):
        store.Store(settings).count()


def test_a_paper_the_vector_search_misses_is_scored_exactly(full_settings, monkeypatch):
    # Approximate search (HNSW) can leave out a paper whose vector lies apart from the rest; seen at 100k chunks,
    # where a freshly added paper found by its rare words lost to noise-level neighbours and the answer was a
    # refusal. Its chunks are then scored exactly from the stored vectors, on the vector search's own scale.
    from assistant.runtime import Assistant

    question = "Which paper builds a multimodal embedding model trained on multi-turn conversations?"
    assistant = Assistant(full_settings)
    found = {h.paper.id: h for h in assistant.retrieve(question)}
    assert next(iter(found)) == "muco" and found["muco"].dense > 0.4

    real_query = store.Store.query_chunks

    def missing_muco(self, vector, n, allowed=None):
        return [row for row in real_query(self, vector, n, allowed) if row[0] != "muco"]

    monkeypatch.setattr(store.Store, "query_chunks", missing_muco)
    hits = Assistant(full_settings).retrieve(question)
    assert hits[0].paper.id == "muco", [(h.paper.id, h.score) for h in hits[:3]]
    assert hits[0].dense == pytest.approx(found["muco"].dense, abs=1e-4)


def test_a_hit_carries_its_nearest_chunk_read_by_record_id(store_settings, few):
    """Search reads distances only and finds each chunk's paper from its record id, so a paper id holding ':' must
    still come back whole, and the hit's text must be its own chunk nearest the question."""
    from assistant.embeddings import minilm
    from assistant.runtime import Assistant

    longest = max(few, key=lambda p: len(chunk_paper(p, store_settings.chunk_tokens, store_settings.chunk_overlap)))
    odd = dataclasses.replace(longest, id="arxiv:2401.00001:v2")
    store.sync([odd, *(p for p in few if p is not longest)], store_settings)
    chunks = chunk_paper(odd, store_settings.chunk_tokens, store_settings.chunk_overlap)
    assert len(chunks) >= 2
    question = f"What does {odd.title} propose?"
    hits = Assistant(store_settings).retrieve(question)
    assert hits[0].paper.id == odd.id
    vector = minilm().embed(question)
    nearest = max(chunks, key=lambda c: float(np.dot(minilm().embed(c.text), vector)))
    assert hits[0].chunk_text == nearest.text


def test_reads_follow_a_collection_dropped_and_rebuilt_by_another_store(store_settings, few):
    """Reads reuse the collection handle the last version check fetched; `ingest --rebuild` from elsewhere drops
    that collection, and the next read must find the new one rather than fail."""
    from assistant.embeddings import minilm

    first, second = few[:3], few[3:]
    store.sync(first, store_settings)
    reader = store.Store(store_settings)
    reader.version()
    assert reader.count() == chunk_count(first, store_settings)
    other = store.Store(store_settings)
    other.reset()
    store.sync(second, store_settings, store=other)
    assert reader.count() == chunk_count(second, store_settings)
    found = {pid for pid, _, _ in reader.query_chunks(minilm().embed(second[0].title), 50)}
    assert found == {p.id for p in second}
    assert set(reader.sentence_vectors([p.id for p in few])) == {p.id for p in second}
