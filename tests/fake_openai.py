"""A scripted OpenAI-compatible HTTP server for tests: real HTTP on 127.0.0.1, replies fed from a queue."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # the default backlog of 5 refuses connections when 20 clients arrive at once


class Reply:
    """One scripted reply: text (streamed word by word when the client streams), or a fault."""

    def __init__(
        self,
        text: str = "",
        *,
        status: int = 200,
        delay: float = 0.0,
        raw: bytes | None = None,
        drop_after: int | None = None,
        pause: float = 0.0,
        keepalive_for: float = 0.0,
        drip: float = 0.0,
        echo: bool = False,
        retry_after_ms: int | None = None,
    ):
        self.text, self.status, self.delay, self.raw = text, status, delay, raw
        self.drop_after = drop_after  # stream this many pieces, then close the connection mid-answer
        self.pause = pause  # seconds between streamed pieces
        self.keepalive_for = keepalive_for  # send only SSE keep-alive comments for this long, then the answer
        self.drip = drip  # seconds between single bytes of every event (a trickling connection)
        self.echo = echo  # reply with the request's own messages: a model that recites its prompt
        self.retry_after_ms = retry_after_ms  # a 'retry-after-ms' header, as rate-limiting servers send


class FakeOpenAI:
    def __init__(self):
        self.replies: deque[Reply] = deque()
        self.requests: list[dict] = []
        server = _Server(("127.0.0.1", 0), self._handler())
        server.daemon_threads = True
        self.server = server
        self.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        # A short poll: shutdown() waits up to one poll interval (the default 0.5 s, paid by every test using it).
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

    def script(self, *replies: Reply | str) -> None:
        self.replies.extend(r if isinstance(r, Reply) else Reply(r) for r in replies)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):  # keep test output quiet
                pass

            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
                fake.requests.append(body)
                reply = fake.replies.popleft() if fake.replies else Reply("(no scripted reply)")
                if reply.echo:
                    said = " ".join(str(m.get("content", "")) for m in body.get("messages", []))
                    reply = Reply(said.replace("\n", " ") + " [1]")
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.status != 200:
                    self._send(
                        reply.status,
                        json.dumps({"error": {"message": "scripted failure"}}).encode(),
                        retry_after_ms=reply.retry_after_ms,
                    )
                elif reply.raw is not None:
                    self._send(200, reply.raw, "text/event-stream" if body.get("stream") else "application/json")
                elif body.get("stream"):
                    self._stream(reply)
                else:
                    message = {"role": "assistant", "content": reply.text}
                    self._send(
                        200,
                        json.dumps(
                            {
                                "id": "c",
                                "object": "chat.completion",
                                "created": 0,
                                "model": "fake",
                                "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
                                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                            }
                        ).encode(),
                    )

            def _stream(self, reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True
                stop = time.monotonic() + reply.keepalive_for
                while time.monotonic() < stop:  # an endpoint that is alive but never answers
                    if not self._write(b": keep-alive\n\n"):
                        return
                    time.sleep(0.05)
                words = reply.text.split(" ")
                for i, word in enumerate(words):
                    if reply.drop_after is not None and i >= reply.drop_after:
                        return  # the connection closes with the answer half-sent
                    if not self._event({"content": word + (" " if i < len(words) - 1 else "")}, None, reply.drip):
                        return
                    time.sleep(reply.pause)
                self._event({}, "stop", reply.drip)
                self._write(b"data: [DONE]\n\n")

            def _write(self, data: bytes, drip: float = 0.0) -> bool:
                """Send bytes (one at a time with `drip` seconds between them); False once the client has gone."""
                try:
                    for piece in [data[i : i + 1] for i in range(len(data))] if drip else [data]:
                        self.wfile.write(piece)
                        self.wfile.flush()
                        if drip:
                            time.sleep(drip)
                except OSError:
                    return False
                return True

            def _event(self, delta: dict, finish: str | None, drip: float = 0.0) -> bool:
                chunk = {
                    "id": "c",
                    "object": "chat.completion.chunk",
                    "created": 0,
                    "model": "fake",
                    "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
                }
                return self._write(f"data: {json.dumps(chunk)}\n\n".encode(), drip)

            def _send(
                self, status: int, payload: bytes, kind: str = "application/json", retry_after_ms: int | None = None
            ) -> None:
                self.send_response(status)
                if retry_after_ms is not None:
                    self.send_header("retry-after-ms", str(retry_after_ms))
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        return Handler
