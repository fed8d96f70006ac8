"""Any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) through the `openai` client."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..prompts import render
from ..settings import Settings
from .base import EngineError, EngineRequest


class OpenAIEngine:
    name = "openai"

    def __init__(self, settings: Settings):
        from openai import OpenAI

        self.settings = settings
        self.client = OpenAI(
            api_key=settings.openai_api_key or "not-needed",
            base_url=settings.openai_base_url,
            timeout=settings.llm_timeout,
            max_retries=settings.llm_max_retries,
        )

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
        import openai

        try:
            stream = self.client.chat.completions.create(
                model=self.settings.openai_model,
                messages=self._messages(request),
                stream=True,
                max_tokens=self.settings.max_answer_tokens,
                temperature=0,
            )
            produced = False
            for chunk in stream:
                delta = chunk.choices[0].delta.content if chunk.choices else None
                if delta:
                    produced = True
                    yield delta
            if not produced:
                raise EngineError("the endpoint returned an empty answer")
        except openai.APIStatusError as exc:
            raise EngineError(f"the endpoint answered HTTP {exc.status_code}: {_brief(exc)}") from exc
        except openai.APITimeoutError as exc:
            raise EngineError(f"the endpoint timed out after {self.settings.llm_timeout:g} s") from exc
        except openai.APIConnectionError as exc:
            raise EngineError(
                f"cannot reach the endpoint at {self.settings.openai_base_url or 'api.openai.com'}"
            ) from exc
        except openai.OpenAIError as exc:
            raise EngineError(f"the endpoint failed: {_brief(exc)}") from exc

    def condense(self, question: str, history: Sequence[dict]) -> str:
        """A stand-alone version of a follow-up question."""
        import openai

        lines = "\n".join(f"{t.get('role')}: {str(t.get('content') or '')[:1000]}" for t in history[-6:])
        try:
            reply = self.client.chat.completions.create(
                model=self.settings.openai_model,
                temperature=0,
                max_tokens=120,
                messages=[{"role": "user", "content": render("condense", history=lines, question=question)}],
            )
        except openai.OpenAIError as exc:
            raise EngineError(f"could not condense the follow-up: {_brief(exc)}") from exc
        text = (reply.choices[0].message.content or "").strip() if reply.choices else ""
        return text or question


def _brief(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200]
