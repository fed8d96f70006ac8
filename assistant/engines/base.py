"""The engine interface: everything answering relies on is declared here, so no caller needs `hasattr`."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..settings import Settings
from ..types import Evidence, PaperGroup, Query


class EngineError(RuntimeError):
    """The engine could not produce an answer (endpoint down, timed out, bad reply); the message says why."""


class EngineStopped(EngineError):
    """The person asking stopped the answer (the request's cancel event was set)."""


@dataclass(frozen=True)
class EngineRequest:
    """What an engine answers from: the question as asked, what it asks (the query) and the numbered evidence."""

    question: str
    query: Query
    evidence: tuple[Evidence, ...]
    cancel: threading.Event | None = None  # set when the person asking stops the answer: the engine lets go at once
    matched: int = 0  # for a listing: how many papers match in all ('How many papers are there?'), shown or not
    groups: tuple[PaperGroup, ...] = ()  # an overview's threads, or the most frequent co-authors' papers
    note: str = ""  # what the answer says of its own scope (Plan.note)


class Engine(Protocol):
    name: str
    uses_model: bool  # False for engines that only quote the evidence (no condensing, no claim checks needed)
    # The offline judge's answerability below which this engine's refusal stands (above it the judge keeps the answer).
    refusal_trusted_below: float

    def stream(self, request: EngineRequest) -> Iterator[str]:
        """Yield the answer text in pieces, with [n] citations that refer to request.evidence."""
        ...

    def condense(self, question: str, history: Sequence[dict]) -> str:
        """A stand-alone version of a follow-up question (the question itself where the engine cannot)."""
        ...

    @property
    def requests_made(self) -> int:
        """Requests this thread's last call sent (retries included); 0 for engines without an endpoint."""
        ...


@dataclass(frozen=True)
class EngineSpec:
    """A registered engine: how to make it and which settings it depends on (its cache key)."""

    name: str
    description: str
    factory: Callable[[Settings], Engine]
    uses_model: bool
    settings_fields: tuple[str, ...] = ()
