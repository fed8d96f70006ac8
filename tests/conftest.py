"""Shared fixtures: the shipped corpus, throwaway stores, and a real `chroma run` server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.corpus import load_corpus
from assistant.settings import PROJECT_ROOT, Settings

DATA = PROJECT_ROOT / "data" / "profiles"
CAPTURE_YEAR = 2026  # the seed pages were captured in 2026; dates without a year get it


@pytest.fixture(scope="session")
def corpus():
    return load_corpus([DATA], capture_year=CAPTURE_YEAR)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, seconds: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode} before answering {url}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on 127.0.0.1, started for this test session."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if chroma is None:
        pytest.fail("the `chroma` command (installed with chromadb) is missing")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = open(path / "server.log", "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", 60, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(params=["embedded", "server"])
def store_settings(request, tmp_path) -> Settings:
    """Settings for a fresh, empty store: embedded under tmp_path, or a fresh collection on the server."""
    collection = f"t{abs(hash(request.node.nodeid)) % 10**10}"
    if request.param == "server":
        url = request.getfixturevalue("chroma_server")
        return Settings(chroma_url=url, collection=collection, capture_year=CAPTURE_YEAR)
    return Settings(store_path=tmp_path / "store", collection=collection, capture_year=CAPTURE_YEAR)


@pytest.fixture(scope="session")
def full_settings(tmp_path_factory, corpus) -> Settings:
    """A store holding the whole shipped corpus (ingested once per test session), extractive engine."""
    from assistant import store

    root = tmp_path_factory.mktemp("full")
    settings = Settings(
        store_path=root / "store",
        uploads_dir=root / "uploads",
        collection="full",
        llm="extractive",
        capture_year=CAPTURE_YEAR,
    )
    store.sync(corpus.papers, settings)
    return settings


def messages(answer) -> str:
    """Every notice of an answer, as one text (for assertions on what the user is told)."""
    return " | ".join(n.message for n in answer.notices)


@pytest.fixture
def fake_openai():
    from tests.fake_openai import FakeOpenAI

    server = FakeOpenAI()
    yield server
    server.close()


@pytest.fixture(scope="module")
def app_url(full_settings):
    """The real Gradio app on a free port, serving the full corpus (offline engine)."""
    from assistant.ui import launch

    settings = full_settings.model_copy(update={"port": free_port()})
    app = launch(settings, block=False)
    yield f"http://127.0.0.1:{settings.port}/"
    app.close()
