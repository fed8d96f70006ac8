"""Typed records that cross stage boundaries. Frozen, no behaviour beyond small helpers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class SourceRef:
    """Where a record came from: a file and a 1-based line number."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class Profile:
    """The header of a researcher profile page (only some layouts print one)."""

    name: str
    field: str
    h_index: int
    paper_count: int
    citations: int
    novelty_percent: int | None
    ai_score: int | None
    source: SourceRef


@dataclass(frozen=True)
class Paper:
    id: str
    title: str
    authors: tuple[str, ...]
    et_al: bool
    affiliation: str | None
    date: dt.date
    date_has_year: bool
    category: str
    has_code: bool
    abstract: str
    source: SourceRef

    @property
    def year(self) -> int:
        return self.date.year

    def author_line(self) -> str:
        return ", ".join(self.authors) + (" et al." if self.et_al else "")

    def date_label(self) -> str:
        """The date as the page printed it (no year where it printed none)."""
        if self.date_has_year:
            return f"{self.date:%b} {self.date.day}, {self.date.year}"
        return f"{self.date:%b} {self.date.day} ({self.date.year}, inferred)"


@dataclass(frozen=True)
class Corpus:
    papers: tuple[Paper, ...]
    profiles: tuple[Profile, ...]
    errors: tuple[Exception, ...] = ()  # pages skipped with skip_bad=True, each a CorpusError naming file:line

    def failed_files(self) -> tuple[str, ...]:
        return tuple(Path(getattr(e, "file", "")).name for e in self.errors)

    def by_id(self) -> dict[str, Paper]:
        return {p.id: p for p in self.papers}


@dataclass(frozen=True)
class Chunk:
    id: str
    paper_id: str
    index: int
    text: str
    token_count: int


@dataclass(frozen=True)
class Hit:
    """One retrieved paper: its best chunk, the fused score and why it matched."""

    paper: Paper
    chunk_text: str
    score: float
    why: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.paper.title


@dataclass(frozen=True)
class Citation:
    n: int
    paper_id: str
    title: str
    authors: tuple[str, ...]
    year: int
    quote: str
    support: float


@dataclass(frozen=True)
class Answer:
    text: str
    citations: tuple[Citation, ...]
    sources: tuple[Hit, ...]
    refused: bool
    engine: str
    notices: tuple[str, ...] = ()
    timings: dict[str, float] = field(default_factory=dict, compare=False)
