"""Answer engines behind one interface, found through a registry: `Settings.llm` and the CLI's choices come from
it, and `register()` adds one without touching the callers."""

from __future__ import annotations

from ..settings import Settings
from .base import Engine, EngineError, EngineRequest, EngineSpec

# Settings an endpoint engine's behaviour depends on: together they key its cache (one client per combination).
ENDPOINT_FIELDS = (
    "openai_base_url",
    "openai_api_key",
    "openai_model",
    "llm_timeout",
    "llm_max_retries",
    "llm_deadline",
    "llm_concurrency",
    "max_answer_tokens",
    "model_refusal_trusted_below",
)


def _extractive(settings: Settings) -> Engine:
    from .extractive import ExtractiveEngine

    return ExtractiveEngine()


def _openai(settings: Settings) -> Engine:
    from .openai import OpenAIEngine

    return OpenAIEngine(settings)


def _local(settings: Settings) -> Engine:
    from .local import local_engine

    return local_engine(settings)


REGISTRY: dict[str, EngineSpec] = {}


def register(spec: EngineSpec) -> None:
    REGISTRY[spec.name] = spec


def engine_names() -> list[str]:
    return list(REGISTRY)


def spec_for(name: str) -> EngineSpec:
    try:
        return REGISTRY[name]
    except KeyError:
        raise EngineError(f"no engine named {name!r}; known: {', '.join(REGISTRY)}") from None


register(EngineSpec("extractive", "quotes the abstracts; no model, fully offline", _extractive, False))
register(
    EngineSpec(
        "openai", "any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp)", _openai, True, ENDPOINT_FIELDS
    )
)
register(
    EngineSpec(
        "local",
        "the bundled local model on a llama.cpp server at 127.0.0.1",
        _local,
        True,
        (
            *ENDPOINT_FIELDS,
            "local_model",
            "local_port",
            "local_threads",
            "local_context",
            "models_dir",
            "local_refusal_trusted_below",
        ),
    )
)

__all__ = ["REGISTRY", "Engine", "EngineError", "EngineRequest", "EngineSpec", "engine_names", "register", "spec_for"]
