"""Any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) through the `openai` client."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator, Sequence

from ..prompts import render
from ..settings import Settings
from .base import EngineError, EngineRequest

_STATUS_HINTS = {
    401: "the endpoint rejected the API key",
    403: "the endpoint refused access",
    404: "the endpoint does not know this model or path",
    429: "the endpoint is rate-limiting us",
}


class OpenAIEngine:
    def __init__(self, settings: Settings, name: str = "openai"):
        import httpx
        from openai import OpenAI

        self.name = name
        self.settings = settings
        self._calls = threading.local()
        # Every HTTP request is counted, so retries made by the client's own backoff are visible.
        http = httpx.Client(event_hooks={"request": [self._count]})
        self.client = OpenAI(
            api_key=settings.openai_api_key or "not-needed",
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
            http_client=http,
        )

    def _count(self, _request) -> None:
        self._calls.requests = getattr(self._calls, "requests", 0) + 1

    @property
    def requests_made(self) -> int:
        """HTTP requests of this thread's last call (1 means no retry)."""
        return getattr(self._calls, "requests", 0)

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
        )
        return [
            {"role": "system", "content": render("system", max_sentences=max(3, 2 * len(request.evidence)))},
            {"role": "user", "content": render("answer", sources=sources, question=request.question)},
        ]

    def stream(self, request: EngineRequest) -> Iterator[str]:
        self._calls.requests = 0
        deadline = time.monotonic() + self.settings.llm_deadline
        with _translated_errors(self.settings):
            stream = self.client.chat.completions.create(
                model=self.settings.openai_model,
                messages=self._messages(request),
                stream=True,
                max_tokens=self.settings.max_answer_tokens,
                temperature=0,
            )
            produced, finished = False, False
            for chunk in stream:
                if time.monotonic() > deadline:
                    stream.close()
                    raise EngineError(f"the answer took longer than {self.settings.llm_deadline:g} s")
                choice = chunk.choices[0] if chunk.choices else None
                if choice is None:
                    continue
                finished = finished or bool(choice.finish_reason)
                if choice.delta and choice.delta.content:
                    produced = True
                    yield choice.delta.content
            if not produced:
                raise EngineError("the endpoint returned an empty answer")
            if not finished:
                raise EngineError("the answer stream broke off before it was complete")

    def condense(self, question: str, history: Sequence[dict]) -> str:
        """A stand-alone version of a follow-up question."""
        self._calls.requests = 0
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
