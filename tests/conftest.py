"""Shared fixtures: the shipped corpus, throwaway stores, and a real `chroma run` server."""

from __future__ import annotations

import itertools
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


def _ephemeral_ports() -> tuple[int, int]:
    try:
        low, high = map(int, Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split())
        return low, high
    except (OSError, ValueError):
        return 32768, 60999


# Ports for test servers come from below the kernel's ephemeral range: outgoing connections and bind(0) draw from
# that range, so nothing else on the machine is handed the port between our check and the server's bind (the race a
# bind(0)-then-close helper has). A per-process start keeps parallel test runs apart.
_PORT_FLOOR = 20000
_next_port = itertools.count(_PORT_FLOOR + (os.getpid() * 37) % max(1, _ephemeral_ports()[0] - _PORT_FLOOR - 2000))


def _free_port() -> int:
    limit = _ephemeral_ports()[0]
    for port in _next_port:
        if port >= limit:
            break
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port below the ephemeral range")


@pytest.fixture(scope="session")
def free_port():
    """A function returning a port nothing listens on and nothing else will be given (see _free_port)."""
    return _free_port


def _wait_http(url: str, seconds: float, proc: subprocess.Popen | None = None) -> None:
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
def wait_http():
    """A function waiting until a URL answers (or its server process exits)."""
    return _wait_http


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on 127.0.0.1, started for this test session."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if chroma is None:
        pytest.fail("the `chroma` command (installed with chromadb) is missing")
    port = _free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    log = open(path / "server.log", "w")  # noqa: SIM115 - closed at teardown
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(path / "data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", 60, proc)
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
    """A store holding the whole shipped corpus, extractive engine. It lives in .cache/test-store and is synced at
    the start of every session: the first session on a machine embeds the corpus, later ones find every paper's
    content hash current and only check (ingest's own skip path), and whatever an earlier run left different is put
    back. Set ASSISTANT_TEST_FRESH_STORE=1 to build it in a temporary folder instead."""
    from assistant import store

    root = tmp_path_factory.mktemp("full")
    cached = not os.environ.get("ASSISTANT_TEST_FRESH_STORE")
    settings = Settings(
        store_path=PROJECT_ROOT / ".cache" / "test-store" if cached else root / "store",
        uploads_dir=root / "uploads",
        collection="full",
        llm="extractive",
        capture_year=CAPTURE_YEAR,
    )
    store.sync(corpus.papers, settings)
    return settings


@pytest.fixture(scope="session")
def messages():
    """A function giving every notice of an answer as one text (for assertions on what the user is told)."""
    return lambda answer: " | ".join(n.message for n in answer.notices)


# The question the OpenAI-engine tests ask (its evidence is in one paper of the shipped corpus).
QUESTION = "How much GPU memory does the CAD adapter for SAM use compared with SAM Adapter?"


@pytest.fixture(scope="session")
def settings_for():
    """A function giving the full corpus's settings pointed at a scripted OpenAI endpoint (no retries, short
    timeouts), with any overrides."""

    def settings(full_settings, fake, **extra):
        return full_settings.model_copy(
            update={
                "llm": "openai",
                "openai_base_url": fake.url,
                "openai_api_key": "k",
                "openai_model": "fake",
                "llm_timeout": 2.0,
                "llm_max_retries": 0,
                **extra,
            }
        )

    return settings


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

    settings = full_settings.model_copy(update={"port": _free_port()})
    app = launch(settings, block=False)
    yield f"http://127.0.0.1:{settings.port}/"
    app.close()


@pytest.fixture
def small_collection(full_settings, tmp_path, free_port):
    """A function giving settings for a fresh three-paper collection, with setting overrides."""

    def make(**extra):
        return _small_collection(full_settings, tmp_path, free_port(), **extra)

    return make


def _small_collection(full_settings, tmp_path, port, **extra):
    from assistant import store
    from assistant.corpus import load_corpus

    base = tmp_path / "pages"
    base.mkdir()
    (base / "base.txt").write_text(
        "CVDec 1, 2024\nFirst Base PaperAnna Lee\nAbout first things.\n"
        "CVDec 2, 2024\nSecond Base PaperBo Kim\nAbout second things.\n"
        "CVDec 3, 2024\nThird Base PaperCy Park\nAbout third things.\n"
    )
    settings = full_settings.model_copy(
        update={
            "port": port,
            "data_paths": [base],
            "uploads_dir": tmp_path / "uploads",
            "collection": f"small{port}",
            "store_path": tmp_path / "store",
            **extra,
        }
    )
    store.sync(load_corpus([base], capture_year=CAPTURE_YEAR).papers, settings)
    return settings


# Generated-input tests draw fewer examples in `make test-fast` (markers exclude the slow tier) than in the full run
# (`make test`, CI): the fast loop stays quick, the full one searches as wide as before.
FAST_RUN_SHARE = 0.25
_fast_run = False


def pytest_configure(config):
    global _fast_run
    _fast_run = "not slow" in (config.option.markexpr or "")


def examples(full: int) -> int:
    """How many generated examples a property test draws in this run."""
    return max(5, int(full * FAST_RUN_SHARE)) if _fast_run else full
