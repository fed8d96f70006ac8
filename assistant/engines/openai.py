"""Any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) through the `openai` client."""

from __future__ import annotations

import contextvars
import queue
import socket
import threading
import time
from collections.abc import Iterator, Sequence

from ..prompts import render
from ..settings import Settings
from .base import EngineError, EngineRequest, EngineStopped

# A question waits at most this share of its deadline for a free model slot, so it keeps time to answer.
SLOT_WAIT_SHARE = 0.5
# How often a wait (for a slot, for the next piece of the stream) looks whether the answer was stopped: a stopped
# answer lets go of its slot and its connection within this time, whatever the endpoint does.
CANCEL_POLL_S = 0.2
# HTTP requests of the current call (the client's retries included); a list so the stream's worker thread adds to it.
_REQUESTS: contextvars.ContextVar[list[int]] = contextvars.ContextVar("requests")

_STATUS_HINTS = {
    401: "the endpoint rejected the API key",
    403: "the endpoint refused access",
    404: "the endpoint does not know this model or path",
    429: "the endpoint is rate-limiting us",
}


class OpenAIEngine:
    uses_model = True

    def __init__(self, settings: Settings, name: str = "openai"):
        import httpx
        from openai import OpenAI

        self.name = name
        self.settings = settings
        self.refusal_trusted_below = settings.model_refusal_trusted_below
        self._calls = threading.local()
        # Model calls in flight at once; questions that need no model never take a slot.
        self._slots = threading.BoundedSemaphore(settings.llm_concurrency)
        # Every HTTP request is counted, so retries made by the client's own backoff are visible.
        http = httpx.Client(event_hooks={"request": [self._count]})
        self.client = OpenAI(
            api_key=settings.openai_api_key or "not-needed",
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
            http_client=http,
        )

    @staticmethod
    def _count(_request) -> None:
        counter = _REQUESTS.get(None)
        if counter is not None:
            counter[0] += 1

    @property
    def requests_made(self) -> int:
        """HTTP requests of this thread's last call (1 means no retry)."""
        counter = getattr(self._calls, "requests", None)
        return counter[0] if counter else 0

    def _start_call(self) -> list[int]:
        counter = [0]
        self._calls.requests = counter
        _REQUESTS.set(counter)
        return counter

    def _messages(self, request: EngineRequest) -> list[dict]:
        sources = "\n".join(
            render(
                "source",
                n=e.n,
                title=e.hit.paper.title,
                authors=e.hit.paper.author_line(),
                date=e.hit.paper.date_label(),
                category=e.hit.paper.category,
                code=", code available" if e.hit.paper.has_code else "",
                sentences=" ".join(e.sentences),
            )
            for e in request.evidence
        )  # the question is the one asked; instructions inside it were already set aside as data
        return [
            {"role": "system", "content": render("system", max_sentences=max(3, 2 * len(request.evidence)))},
            {
                "role": "user",
                "content": render("answer", sources=sources, question=request.query.asking or request.question),
            },
        ]

    def stream(self, request: EngineRequest) -> Iterator[str]:
        """Yield the answer as it streams; whatever the endpoint sends (or does not), it ends by the deadline."""
        self._start_call()
        deadline = time.monotonic() + self.settings.llm_deadline
        slot_deadline = time.monotonic() + self.settings.llm_deadline * SLOT_WAIT_SHARE
        while not self._slots.acquire(timeout=max(0.0, min(CANCEL_POLL_S, slot_deadline - time.monotonic()))):
            _check_stopped(request)
            if time.monotonic() >= slot_deadline:
                raise EngineError(
                    f"the model is busy with {self.settings.llm_concurrency} other questions "
                    "(ASSISTANT_LLM_CONCURRENCY)"
                )
        try:
            yield from self._stream_until(deadline, request)
        finally:
            self._slots.release()

    def _stream_until(self, deadline: float, request: EngineRequest) -> Iterator[str]:
        # The HTTP stream runs in a worker thread; this side waits on a queue with the time left, so neither
        # keep-alive comments nor a connection that drips one byte at a time can hold it past the deadline.
        events: queue.Queue = queue.Queue()
        call = _StreamCall()
        worker = threading.Thread(
            target=contextvars.copy_context().run,
            args=(self._produce, request, events, call),
            daemon=True,
            name="llm-stream",
        )
        worker.start()
        produced = finished = False
        try:
            while True:
                try:
                    kind, value = events.get(timeout=max(0.0, min(CANCEL_POLL_S, deadline - time.monotonic())))
                except queue.Empty:
                    _check_stopped(request)
                    if time.monotonic() < deadline:
                        continue
                    raise EngineError(f"the answer took longer than {self.settings.llm_deadline:g} s") from None
                _check_stopped(request)
                if kind == "error":
                    with _translated_errors(self.settings):
                        raise value
                if kind == "end":
                    break
                if kind == "finish":
                    finished = True
                elif kind == "text":
                    produced = True
                    yield value
        finally:
            call.cancel()
        if not produced:
            raise EngineError(
                "the endpoint ended the answer without any text"
                if finished
                else "the answer stream broke off before any text arrived"
            )
        if not finished:
            raise EngineError("the answer stream broke off before it was complete")

    def _produce(self, request: EngineRequest, events: queue.Queue, call: _StreamCall) -> None:
        try:
            stream = self.client.chat.completions.create(
                model=self.settings.openai_model,
                messages=self._messages(request),
                stream=True,
                max_tokens=self.settings.max_answer_tokens,
                temperature=0,
            )
            if not call.attach(stream):
                return
            for chunk in stream:
                choice = chunk.choices[0] if chunk.choices else None
                if choice is None:
                    continue
                if choice.delta and choice.delta.content:
                    events.put(("text", choice.delta.content))
                if choice.finish_reason:
                    events.put(("finish", choice.finish_reason))
            events.put(("end", None))
        except BaseException as exc:  # handed to the caller, which translates it (or has stopped listening)
            if not call.cancelled:
                events.put(("error", exc))

    def condense(self, question: str, history: Sequence[dict]) -> str:
        """A stand-alone version of a follow-up question."""
        self._start_call()
        lines = "\n".join(f"{t.get('role')}: {str(t.get('content') or '')[:1000]}" for t in history[-6:])
        with _translated_errors(self.settings):
            reply = self.client.chat.completions.create(
                model=self.settings.openai_model,
                temperature=0,
                max_tokens=120,
                messages=[{"role": "user", "content": render("condense", history=lines, question=question)}],
            )
        text = (reply.choices[0].message.content or "").strip() if reply.choices else ""
        return text or question


def _check_stopped(request: EngineRequest) -> None:
    if request.cancel is not None and request.cancel.is_set():
        raise EngineStopped("the answer was stopped")


class _StreamCall:
    """The open HTTP stream of one answer, closable from the waiting side when the deadline passes."""

    def __init__(self):
        self._lock = threading.Lock()
        self._stream = None
        self.cancelled = False

    def attach(self, stream) -> bool:
        with self._lock:
            if self.cancelled:
                stream.close()
                return False
            self._stream = stream
            return True

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            stream, self._stream = self._stream, None
        if stream is None:
            return
        # Shut the socket down first: that wakes a read blocked in the worker; close() alone may not.
        network = getattr(stream, "response", None) and stream.response.extensions.get("network_stream")
        sock = network.get_extra_info("socket") if network is not None else None
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        try:
            stream.close()
        except Exception:  # closing a half-dead connection may fail; the deadline has already been reported
            pass


class _translated_errors:
    """Turn the client's exceptions (and a malformed reply) into an EngineError a person can act on."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        import openai

        if exc is None or isinstance(exc, EngineError | GeneratorExit):
            return False
        where = self.settings.openai_base_url or "api.openai.com"
        if isinstance(exc, openai.APIStatusError):
            hint = _STATUS_HINTS.get(exc.status_code, "the endpoint failed")
            raise EngineError(f"{hint} (HTTP {exc.status_code} from {where})") from exc
        if isinstance(exc, openai.APITimeoutError):
            raise EngineError(f"the endpoint timed out after {self.settings.llm_timeout:g} s") from exc
        if isinstance(exc, openai.APIConnectionError):
            raise EngineError(f"cannot reach the endpoint at {where}") from exc
        if isinstance(exc, openai.OpenAIError | ValueError | KeyError | TypeError | AttributeError):
            raise EngineError(f"the endpoint sent a malformed reply ({type(exc).__name__})") from exc
        return False
