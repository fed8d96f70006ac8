"""Faults found by probing: an outside ingest under a running assistant, a damaged store, a Chroma server that dies
mid-ingest, writes over Chroma's batch limit, a busy port, credentials, and no network at launch."""

import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assistant import pages, store
from assistant.runtime import Assistant
from assistant.settings import Settings
from assistant.types import NoticeKind
from tests.conftest import DATA

pytestmark = pytest.mark.slow
CLI = [sys.executable, "-m", "assistant"]

PAGE = (
    "CVJan 5, 2026\nA Study of Quiet RobotsAnna Lee\nRobots that move without noise, 30% quieter than wheeled ones.\n"
    "CVJan 6, 2026\nLoud Machines at WorkBo Kim\nFactory machines and the noise they make.\n"
)


def small_settings(tmp_path, **extra) -> Settings:
    pages_dir = tmp_path / "pages"
    pages_dir.mkdir(exist_ok=True)
    (pages_dir / "page.txt").write_text(PAGE)
    return Settings(data_paths=[pages_dir], uploads_dir=tmp_path / "uploads", store_path=tmp_path / "store",
                    collection="rel", llm="extractive", capture_year=2026, **extra)  # fmt: skip


def flags(settings: Settings) -> list[str]:
    return ["--data-paths", *map(str, settings.data_paths), "--uploads-dir", str(settings.uploads_dir),
            "--store-path", str(settings.store_path), "--collection", settings.collection]  # fmt: skip


def test_a_running_assistant_survives_an_outside_ingest(tmp_path):
    """Another process removes a page and ingests: the running assistant notices and answers from the new state."""
    settings = small_settings(tmp_path)
    subprocess.run([*CLI, "ingest", "--quiet", *flags(settings)], check=True, capture_output=True, timeout=300)
    running = Assistant(settings)
    assert "30% quieter" in running.answer("How much quieter are the quiet robots?").text
    extra = tmp_path / "extra.txt"
    extra.write_text("CVJan 7, 2026\nSilent Drones in the NightCy Park\nDrones that fly without a sound.\n")
    added = subprocess.run([*CLI, "add", str(extra), *flags(settings)], capture_output=True, text=True, timeout=300)
    assert added.returncode == 0, added.stderr
    assert "Silent Drones" in running.answer("Which paper is about silent drones?").text
    removed = subprocess.run([*CLI, "remove", "extra.txt", *flags(settings)], capture_output=True, text=True,
                             timeout=300)  # fmt: skip
    assert removed.returncode == 0, removed.stderr
    after = running.answer("Which paper is about silent drones flying at night?")
    assert "Silent Drones" not in after.text and after.refused
    assert "30% quieter" in running.answer("How much quieter are the quiet robots?").text


def test_a_running_assistant_quotes_an_abstract_changed_elsewhere(tmp_path):
    """Another process re-ingests a page whose abstract changed: the running assistant quotes the new sentences, not
    the ones it keeps in memory between questions (`Assistant.sentence_vectors`, `chunk_texts`)."""
    settings = small_settings(tmp_path)
    subprocess.run([*CLI, "ingest", "--quiet", *flags(settings)], check=True, capture_output=True, timeout=300)
    running = Assistant(settings)
    assert "30% quieter" in running.answer("How much quieter are the quiet robots?").text
    (settings.data_paths[0] / "page.txt").write_text(PAGE.replace("30% quieter", "45% quieter"))
    subprocess.run([*CLI, "ingest", "--quiet", *flags(settings)], check=True, capture_output=True, timeout=300)
    text = running.answer("How much quieter are the quiet robots?").text
    assert "45% quieter" in text and "30% quieter" not in text, text


def test_a_damaged_store_says_what_to_do_and_rebuild_recovers(tmp_path):
    settings = small_settings(tmp_path)
    subprocess.run([*CLI, "ingest", "--quiet", *flags(settings)], check=True, capture_output=True, timeout=300)
    db = settings.store_path / "chroma.sqlite3"
    with open(db, "r+b") as f:
        f.truncate(db.stat().st_size // 3)
    asked = subprocess.run([*CLI, "ask", "What are the quiet robots?", *flags(settings)], capture_output=True,
                           text=True, timeout=300)  # fmt: skip
    out = asked.stdout + asked.stderr
    assert "damaged" in out and "assistant ingest --rebuild" in out and "Traceback" not in out
    rebuilt = subprocess.run([*CLI, "ingest", "--rebuild", "--quiet", *flags(settings)], capture_output=True,
                             text=True, timeout=300)  # fmt: skip
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "moved aside" in rebuilt.stderr
    assert list(tmp_path.glob("store.damaged-*"))  # kept, never deleted
    assert "30% quieter" in Assistant(settings).answer("How much quieter are the quiet robots?").text


class _Relay:
    """A TCP relay in front of a server that kills the server once `kill_after` write requests have passed."""

    def __init__(self, target_port: int, on_kill, kill_after: int):
        self.target_port, self.on_kill, self.kill_after = target_port, on_kill, kill_after
        self.writes = 0
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client):
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            client.close()
            return
        threading.Thread(target=self._pipe, args=(upstream, client, False), daemon=True).start()
        self._pipe(client, upstream, True)

    def _pipe(self, src, dst, count):
        try:
            while data := src.recv(65536):
                if count and (b"/upsert" in data or b"/add" in data):
                    with self.lock:
                        self.writes += 1
                        if self.writes == self.kill_after:
                            self.on_kill()
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):  # shutdown wakes the other direction's blocked recv; close alone would not
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()


@pytest.mark.server
def test_a_chroma_server_killed_mid_ingest_is_a_clear_error_and_a_rerun_completes(
    tmp_path, corpus, free_port, wait_http
):
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    data, port = tmp_path / "server", free_port()

    def start():
        proc = subprocess.Popen([chroma, "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})  # fmt: skip
        wait_http(f"http://127.0.0.1:{port}/api/v2/heartbeat", 60, proc)
        return proc

    server = start()
    relay = _Relay(port, on_kill=server.kill, kill_after=4)  # dies after the fourth write: mid-ingest, every time
    args = [*CLI, "ingest", "--quiet", "--store-path", str(tmp_path / "client"), "--chroma-url",
            f"http://127.0.0.1:{relay.port}", "--collection", "killed", "--data-paths", str(DATA)]  # fmt: skip
    died = subprocess.run(args, capture_output=True, text=True, timeout=600)
    assert relay.writes >= 4
    assert died.returncode == 3, (died.returncode, died.stderr[-500:])
    assert "does not answer" in died.stderr and "Traceback" not in died.stderr
    server.wait(10)
    server = start()  # back up: the same command resumes and completes
    try:
        again = subprocess.run(args, capture_output=True, text=True, timeout=600)
        assert again.returncode == 0, again.stderr[-500:]
        url = Settings(chroma_url=f"http://127.0.0.1:{port}", collection="killed", capture_year=2026,
                       store_path=tmp_path / "client2")  # fmt: skip
        assert store.Store(url).count() == sum(len(store.chunk_paper(p, 200, 40)) for p in corpus.papers)
    finally:
        server.terminate()
        server.wait(10)


def test_writes_go_in_batches_under_the_stores_limit(tmp_path, corpus, monkeypatch):
    calls = []
    real = store.Store._upsert

    def spy(self, coll, rows):
        calls.append(len(rows))
        return real(self, coll, rows)

    monkeypatch.setattr(store.Store, "max_batch", lambda self: 7)
    monkeypatch.setattr(store.Store, "_upsert", spy)
    batches = []
    real_upsert = store.Store._upsert

    def counting(self, coll, rows):
        for i in range(0, len(rows), 7):
            batches.append(len(rows[i : i + 7]))
        return real_upsert(self, coll, rows)

    monkeypatch.setattr(store.Store, "_upsert", counting)
    settings = Settings(store_path=tmp_path / "store", collection="batches", capture_year=2026)
    papers = list(corpus.papers[:20])
    report = store.sync(papers, settings)
    assert batches and max(batches) <= 7
    assert store.Store(settings).count() == report.chunks_added
    assert set(store.open_index(settings).hashes()) == {p.id for p in papers}


def test_a_busy_port_is_a_clear_error(tmp_path):
    settings = small_settings(tmp_path)
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = subprocess.run([*CLI, "serve", "--port", str(port), *flags(settings)], capture_output=True,
                                text=True, timeout=120)  # fmt: skip
    assert result.returncode == 2 and f"port {port}" in result.stderr and "already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_credentials_come_from_a_file_or_the_environment_never_the_command_line(tmp_path, monkeypatch):
    from assistant.cli import build_parser, read_auth

    creds = tmp_path / "users"
    creds.write_text("# who may log in\nann:s3cret\nbo:another:with-colon\n")
    args = build_parser().parse_args(["serve", "--auth-file", str(creds)])
    assert read_auth(args) == [("ann", "s3cret"), ("bo", "another:with-colon")]
    monkeypatch.setenv("ASSISTANT_AUTH", "cy:pw")
    assert read_auth(build_parser().parse_args(["serve"])) == [("cy", "pw")]
    with pytest.raises(SystemExit):  # a password on the command line (visible in `ps`) is not accepted
        build_parser().parse_args(["serve", "--auth", "ann:s3cret"])


def test_questions_on_an_empty_or_unreachable_store_get_a_plain_message(tmp_path, free_port):
    empty = Assistant(Settings(store_path=tmp_path / "store", collection="nothing", llm="extractive"))
    a = empty.answer("What is MuCo?")
    assert a.refused and "assistant ingest" in a.text and NoticeKind.STORE_EMPTY in a.notice_kinds()
    gone = Settings(chroma_url=f"http://127.0.0.1:{free_port()}", collection="unreachable", store_path=tmp_path / "c")
    store.forget_client(gone)
    a = Assistant(gone).answer("What is MuCo?")
    assert a.refused and "cannot be read" in a.text and NoticeKind.STORE_ERROR in a.notice_kinds()


def test_a_page_added_while_the_assistant_runs_is_found(tmp_path):
    settings = small_settings(tmp_path)
    corpus, owners = pages.load(settings)
    store.sync(corpus.papers, settings, owners=owners)
    running = Assistant(settings)
    running.answer("warm up")
    new = tmp_path / "new.txt"
    new.write_text("CVJan 8, 2026\nWhispering GalleriesDi Wu\nHow sound travels along curved walls.\n")
    pages.add_page(new, settings)
    assert "Whispering Galleries" in running.answer("Which paper explains how sound travels along curved walls?").text


NO_NETWORK = r"""
import json, os, runpy, socket, sys, threading, time, urllib.request
connects = []
def audit(event, args):
    if event == "socket.connect":
        connects.append(repr(args[1]))
sys.addaudithook(audit)
def probe():
    port = int(os.environ["ASSISTANT_PORT"])
    for _ in range(600):
        try:
            opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
            with opener.open(f"http://127.0.0.1:{port}/", timeout=2) as r:
                r.read()
            break
        except OSError:
            time.sleep(0.2)
    time.sleep(3)  # anything launched in the background has had time to call out
    print("CONNECTS " + json.dumps(connects), flush=True)
    os._exit(0)
threading.Thread(target=probe, daemon=True).start()
sys.argv = ["assistant", "serve"]
runpy.run_module("assistant", run_name="__main__")
"""


def test_serve_opens_no_outbound_connection(tmp_path, free_port):
    """In a network namespace of its own (`unshare -n`, loopback only) with every proxy variable pointing at a
    logging proxy, `assistant serve` starts, serves its page, and connects nowhere but loopback."""
    settings = small_settings(tmp_path)
    subprocess.run([*CLI, "ingest", "--quiet", *flags(settings)], check=True, capture_output=True, timeout=300)
    proxy_log = tmp_path / "proxy.log"
    proxy = (
        "import socketserver, sys\n"
        "class H(socketserver.BaseRequestHandler):\n"
        "    def handle(self):\n"
        f"        open({str(proxy_log)!r}, 'a').write(repr(self.request.recv(200)) + '\\n')\n"
        "socketserver.TCPServer(('127.0.0.1', int(sys.argv[1])), H).serve_forever()\n"
    )
    port, proxy_port = free_port(), free_port()
    env = {**os.environ, "ASSISTANT_PORT": str(port), "ASSISTANT_STORE_PATH": str(settings.store_path),
           "ASSISTANT_DATA_PATHS": f'["{settings.data_paths[0]}"]', "ASSISTANT_COLLECTION": settings.collection,
           "ASSISTANT_UPLOADS_DIR": str(settings.uploads_dir), "ASSISTANT_LLM": "extractive",
           "HTTP_PROXY": f"http://127.0.0.1:{proxy_port}", "HTTPS_PROXY": f"http://127.0.0.1:{proxy_port}",
           "ALL_PROXY": f"http://127.0.0.1:{proxy_port}", "NO_PROXY": "", "no_proxy": ""}  # fmt: skip
    (tmp_path / "proxy.py").write_text(proxy)
    (tmp_path / "serve.py").write_text(NO_NETWORK)
    inner = (f"ip link set lo up 2>/dev/null; {sys.executable} {tmp_path / 'proxy.py'} {proxy_port} "
             f">/dev/null 2>&1 & PROXY=$!; sleep 1; {sys.executable} {tmp_path / 'serve.py'}; kill $PROXY")  # fmt: skip
    unshare = shutil.which("unshare")
    isolated = unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0
    command = [unshare, "-n", "sh", "-c", inner] if isolated else ["sh", "-c", inner]
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    line = next((x for x in result.stdout.splitlines() if x.startswith("CONNECTS ")), None)
    assert line is not None, result.stdout[-2000:] + result.stderr[-2000:]
    import json

    connects = json.loads(line.removeprefix("CONNECTS "))
    outside = [c for c in connects if "127.0.0.1" not in c and "localhost" not in c and "::1" not in c]
    assert not outside, outside
    assert not proxy_log.exists() or proxy_log.read_text() == "", proxy_log.read_text()
    print(f"network namespace: {bool(isolated)}; loopback connects: {len(connects)}")
