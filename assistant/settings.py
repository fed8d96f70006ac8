"""One Settings object: every knob, read from ASSISTANT_* env vars and from CLI flags (see cli.py)."""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _is_checkout(root: Path) -> bool:
    return (root / "pyproject.toml").is_file() and (root / "prompts").is_dir()


def _home() -> Path:
    """Where the store, uploads, models and reports live: the project folder in a source checkout; for an installed
    package, a per-user data folder (never inside site-packages)."""
    if _is_checkout(PROJECT_ROOT):
        return PROJECT_ROOT
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "paper-assistant"


def _shipped(name: str) -> Path:
    """A file or folder shipped with the project: data/ in a checkout, package data (assistant.shipped) once
    installed."""
    if _is_checkout(PROJECT_ROOT):
        return PROJECT_ROOT / "data" / name
    from importlib import resources

    return Path(str(resources.files("assistant.shipped").joinpath(name)))


HOME = _home()


# Ingest embeds hundreds of texts in a row: one worker per core, each on one thread, up to this many.
INGEST_THREADS_MAX = 4
# A question is one short text: a second thread cuts its time by a third on 2 cores (more were not measured: the
# machines here have 2).
QUESTION_THREADS_MAX = 2
_COLLECTION_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,510}[A-Za-z0-9]")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore", frozen=True)

    # corpus
    data_paths: list[Path] = Field(
        default_factory=lambda: [_shipped("profiles")],
        description="Profile pages (files or folders of *.txt) that make up the corpus.",
    )
    uploads_dir: Path = Field(
        HOME / "data" / "uploads", description="Where profile pages added through the UI are kept."
    )
    max_upload_bytes: int = Field(
        10_000_000, ge=1000, description="Largest profile page accepted by the UI or `assistant add`, in bytes."
    )
    capture_year: int | None = Field(
        None, description="Year given to dates printed without one (default: the current year)."
    )
    questions_path: Path = Field(
        default_factory=lambda: _shipped("questions.dev.jsonl"), description="The fixed question set used by `eval`."
    )

    # chunking
    chunk_tokens: int = Field(200, ge=32, le=2000, description="Chunk size in cl100k tokens (title excluded).")
    chunk_overlap: int = Field(40, ge=0, description="Tokens shared by consecutive chunks of one abstract.")

    # store
    store_path: Path = Field(HOME / "store", description="Folder of the embedded Chroma store.")
    chroma_url: str | None = Field(
        None,
        description="http://host:port of a Chroma server (`chroma run`); when set, the chunks live on the server and "
        "store_path only holds this machine's cache of the lexical index.",
    )
    collection: str = Field("papers", description="Chroma collection name.")
    index_path: Path | None = Field(
        None,
        description="Folder of the lexical index (default: store_path/lexical; with a Chroma server, a local cache "
        "folder under store_path that any machine rebuilds from the server).",
    )
    embedding: Literal["minilm", "openai"] = Field(
        "minilm", description="Embedding function: offline MiniLM (default) or the OpenAI-compatible endpoint."
    )
    openai_embedding_model: str = Field("text-embedding-3-small", description="Embedding model for embedding=openai.")
    threads: int = Field(
        default_factory=lambda: min(QUESTION_THREADS_MAX, os.cpu_count() or 1),
        ge=1,
        le=64,
        description="CPU threads for embedding a question (default: 2 where there are 2 cores; on 2 cores a question "
        "embeds in about 9 ms with 2 against 14 ms with 1, the same vector).",
    )
    ingest_batch_papers: int = Field(
        16,
        ge=1,
        le=4096,
        description="Papers embedded and written to the store together. Larger batches amortise each write (a "
        "bulk load of many pages); smaller ones show progress sooner and leave less to redo after an interrupted "
        "ingest.",
    )
    ingest_threads: int = Field(
        default_factory=lambda: min(INGEST_THREADS_MAX, os.cpu_count() or 1),
        ge=1,
        le=64,
        description="Threads embedding at ingest, each running its own batches on one core (default: every core, "
        "up to 4; on 2 cores the shipped 61 papers' chunks and sentences embed in about 6.5 s with 2 against 12 s "
        "with 1).",
    )

    # retrieval
    k: int = Field(5, ge=1, le=50, description="Papers shown to the answer engine for a normal question.")
    list_limit: int = Field(30, ge=1, description="Most papers returned for a list question ('which papers ...').")

    # answering
    llm: str = Field(
        "auto",
        description="Answer engine: auto = openai when OPENAI_API_KEY or OPENAI_BASE_URL is set, else extractive; "
        "or any registered engine (extractive, openai, local = the bundled model on a local server).",
    )
    openai_api_key: str | None = Field(
        None,
        validation_alias=AliasChoices("ASSISTANT_OPENAI_API_KEY", "OPENAI_API_KEY"),
        description="API key for the OpenAI-compatible endpoint (also read from OPENAI_API_KEY).",
    )
    openai_base_url: str | None = Field(
        None,
        validation_alias=AliasChoices("ASSISTANT_OPENAI_BASE_URL", "OPENAI_BASE_URL"),
        description="Base URL of the OpenAI-compatible endpoint (also read from OPENAI_BASE_URL).",
    )
    openai_model: str = Field("gpt-4o-mini", description="Chat model name sent to the endpoint.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before one LLM request is abandoned.")
    llm_max_retries: int = Field(2, ge=0, le=10, description="Retries (with the client's backoff) per LLM request.")
    llm_deadline: float = Field(
        90.0, gt=0, description="Most seconds a streamed model answer may take before the extractive fallback."
    )
    llm_concurrency: int = Field(
        4,
        ge=1,
        le=256,
        description="Most model requests in flight at once; other questions that need the model wait up to half "
        "their deadline for a slot, then answer offline. Questions answered from the records never wait.",
    )
    local_model: Literal["qwen2.5-coder-1.5b", "qwen2.5-coder-0.5b", "smollm2-135m"] = Field(
        "qwen2.5-coder-1.5b", description="The bundled model for llm=local (install: make local-model MODEL=...)."
    )
    models_dir: Path = Field(HOME / "models", description="Where local GGUF models are kept.")
    local_port: int = Field(8089, ge=1, le=65535, description="127.0.0.1 port of the local model server.")
    local_threads: int = Field(2, ge=1, le=64, description="CPU threads of the local model server.")
    local_context: int = Field(4096, ge=512, description="Context window of the local model, in tokens.")
    model_refusal_trusted_below: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Offline answerability (the calibrated judge's probability that the evidence answers) below "
        "which an endpoint model's refusal ('The papers don't say', or 'The papers say otherwise' for a premise) "
        "stands; at or above it the judge keeps the answer and the model's doubt is a notice. Even odds by default: "
        "the endpoint's model is trusted where the judge is unsure.",
    )
    local_refusal_trusted_below: float = Field(
        0.0,
        ge=0,
        le=1,
        description="The same for the bundled local model. Its refusals of questions the judge passed were wrong on "
        "every one it was chosen on (3 on the training split, 2 on the fresh pages: each was answerable; on the "
        "validation split, not used to choose, 1 of 3 was right), so by default they never overrule the judge.",
    )
    max_answer_tokens: int = Field(400, ge=16, description="Cap on generated answer length.")
    max_question_chars: int = Field(2000, ge=50, description="Longer questions are truncated, with a notice.")
    min_support: float = Field(
        0.35, ge=0, le=1, description="Least lexical support a cited sentence needs from its source to be kept."
    )

    # serving
    host: str = Field("127.0.0.1", description="Address the chat UI binds to.")
    port: int = Field(7860, ge=1, le=65535, description="Port of the chat UI.")

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.chunk_overlap >= self.chunk_tokens:
            raise ValueError("chunk_overlap must be smaller than chunk_tokens")
        from .engines import engine_names  # the registry decides which engines exist

        if self.llm != "auto" and self.llm not in engine_names():
            raise ValueError(f"llm must be auto or one of {', '.join(engine_names())}, got {self.llm!r}")
        if not _COLLECTION_NAME_RE.fullmatch(self.collection):
            # Chroma's own rule, checked here so the message names the setting instead of a store failure.
            raise ValueError(
                f"collection must be 3-512 letters, digits, '.', '_' or '-', starting and ending with a letter or "
                f"digit, got {self.collection!r}"
            )
        return self

    @property
    def engine_name(self) -> str:
        if self.llm == "auto":
            return "openai" if (self.openai_api_key or self.openai_base_url) else "extractive"
        return self.llm

    def today(self, now: dt.date | None = None) -> dt.date:
        """Today, in the capture year where one is set (the day the pages' year-less dates are read against); the
        last day of February where that year has no February 29."""
        now = now or dt.date.today()
        year = self.capture_year or now.year
        day = 28 if (now.month, now.day) == (2, 29) and not calendar.isleap(year) else now.day
        return dt.date(year, now.month, day)
