"""The engine interface and the request every engine receives."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from ..types import Hit


class EngineError(RuntimeError):
    """The engine could not produce an answer (endpoint down, timed out, bad reply); the message says why."""


@dataclass(frozen=True)
class Evidence:
    """One numbered source as shown to an engine: the paper and its sentences that bear on the question."""

    n: int
    hit: Hit
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class EngineRequest:
    question: str
    evidence: tuple[Evidence, ...]
    intent: str  # content | authors | date | listing
    ask_number: bool  # the question asks for a count or a figure
    english: bool


class Engine(Protocol):
    name: str

    def stream(self, request: EngineRequest) -> Iterator[str]:
        """Yield the answer text in pieces, with [n] citations that refer to request.evidence."""
        ...
