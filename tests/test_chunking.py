import dataclasses
import itertools

import pytest

from assistant.chunking import chunk_paper, count_tokens, encoding, token_windows


def test_offline_encoding_is_cl100k():
    assert encoding().encode("hello world") == [15339, 1917]


@pytest.mark.parametrize(
    ("n", "size", "overlap"), [(10, 200, 40), (200, 200, 40), (201, 200, 40), (1000, 64, 16), (357, 100, 0)]
)
def test_windows_cover_everything_within_bounds_with_exact_overlap(n, size, overlap):
    windows = token_windows(n, size, overlap)
    assert windows[0][0] == 0 and windows[-1][1] == n
    for (_, end), (start, _) in itertools.pairwise(windows):
        assert end - start == overlap
    assert all(0 < e - s <= size for s, e in windows)


def test_an_abstract_that_fits_is_one_chunk_with_its_title(corpus):
    paper = corpus.by_id()["stan"]
    n = count_tokens(paper.abstract)
    (chunk,) = chunk_paper(paper, size=n, overlap=10)
    assert chunk.text == f"{paper.title}\n{paper.abstract}"
    assert chunk.token_count == n and chunk.id == "stan:0"


def test_long_abstracts_split_by_tokens_and_every_chunk_names_the_paper(corpus):
    paper = dataclasses.replace(corpus.by_id()["muco"])
    chunks = chunk_paper(paper, size=64, overlap=16)
    assert len(chunks) > 3
    enc = encoding()
    for c in chunks:
        title, body = c.text.split("\n", 1)
        assert title == paper.title
        assert c.token_count <= 64
        assert len(enc.encode(body)) <= 66  # decoding at a cut may re-merge a token or two
    assert [c.index for c in chunks] == list(range(len(chunks)))
