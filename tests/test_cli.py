import subprocess
import sys

import pytest


def run(*args, env=None):
    return subprocess.run([sys.executable, "-m", "assistant", *args], capture_output=True, text=True, timeout=300)


@pytest.mark.slow
def test_ingest_then_ask_prints_answer_and_sources(tmp_path):
    store = str(tmp_path / "store")
    first = run("ingest", "--quiet", "--store-path", store)
    assert first.returncode == 0 and "103 chunks added" in first.stdout and "Sangmin Lee" in first.stdout
    again = run("ingest", "--if-stale", "--store-path", store)
    assert again.returncode == 0 and "store is current" in again.stdout
    asked = run(
        "ask", "Who are the listed authors of the DF-3DFace paper?", "--store-path", store, "--llm", "extractive"
    )
    assert asked.returncode == 0 and "Se Jin Park" in asked.stdout
    assert "Sources:\n[1] DF-3DFace" in asked.stdout


@pytest.mark.slow
def test_a_malformed_page_in_a_batch_is_reported_and_the_good_ones_still_land(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "good.txt").write_text("CVDec 23, 2024\nA Good TitleAnna Lee\nAn abstract about good things.\n")
    (pages / "later-bad.txt").write_text("CVDec 24, 2024\nAnother TitleBo Kim\nAn abstract about other things.\n")
    store = str(tmp_path / "store")
    assert run("ingest", str(pages), "--quiet", "--store-path", store).returncode == 0
    (pages / "later-bad.txt").write_text("CVDec 24, 2024\nOnly a title now\n")  # the page breaks
    (pages / "new.txt").write_text("CVDec 25, 2024\nA New TitleCy Park\nAn abstract about new things.\n")
    result = run("ingest", str(pages), "--quiet", "--store-path", store)
    assert result.returncode == 1
    assert f"{pages / 'later-bad.txt'}:3: missing the abstract" in result.stderr
    assert "Traceback" not in result.stderr
    assert "3 papers" not in result.stdout and "1 chunk added" in result.stdout and "0 removed" in result.stdout
    asked = run("ask", "Which paper is about other things?", "--store-path", store, "--llm", "extractive")
    assert "Another Title" in asked.stdout  # the broken page's stored paper was kept


def stored_count(store_path):
    from assistant import store as store_
    from assistant.settings import Settings

    return store_.Store(Settings(store_path=store_path)).count()


@pytest.mark.slow
def test_a_mistyped_or_broken_corpus_removes_nothing(tmp_path):
    """A typo path, a wrong ASSISTANT_DATA_PATHS or a lone unparsable page stops the sync before any removal."""
    import json
    import os

    store = str(tmp_path / "store")
    assert run("ingest", "--quiet", "--store-path", store).returncode == 0
    before = stored_count(store)
    broken = tmp_path / "broken.txt"
    broken.write_text("CVDec 24, 2024\nOnly a title now\n")
    attempts = [
        (["ingest", "data/profile", "--quiet", "--store-path", store], {}, "data/profile"),
        (["ingest", "--if-stale", "data/profile", "--store-path", store], {}, "data/profile"),
        (
            ["ingest", "--quiet", "--store-path", store],
            {"ASSISTANT_DATA_PATHS": json.dumps(["/nonexistent/pages"])},
            "/nonexistent/pages",
        ),
        (["ingest", str(broken), "--quiet", "--store-path", store], {}, f"{broken}:3"),
        (["ingest", "--if-stale", str(broken), "--store-path", store], {}, f"{broken}:3"),
    ]
    for args, env, named in attempts:
        result = subprocess.run(
            [sys.executable, "-m", "assistant", *args],
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, **env},
        )
        assert result.returncode != 0, (args, result.stdout)
        assert named in result.stderr and "Traceback" not in result.stderr, result.stderr
        assert "removed" not in result.stdout or " 0 removed" in result.stdout, result.stdout
        assert stored_count(store) == before, (args, result.stdout, result.stderr)
