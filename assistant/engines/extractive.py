"""The offline engine: no model. It quotes the evidence sentences and answers metadata from the records."""

from __future__ import annotations

from collections.abc import Iterator

from .base import EngineRequest, Evidence


def short_authors(ev: Evidence) -> str:
    p = ev.hit.paper
    first = p.authors[0].split(" ")[-1]
    return f"{first} et al." if len(p.authors) > 1 or p.et_al else first


def _describe(ev: Evidence) -> str:
    p = ev.hit.paper
    code = ", code available" if p.has_code else ""
    return f"“{p.title}” ({short_authors(ev)}, {p.date_label()}; {p.category}{code}) [{ev.n}]"


class ExtractiveEngine:
    name = "extractive"

    def stream(self, request: EngineRequest) -> Iterator[str]:
        ev = request.evidence
        if request.intent == "authors":
            for e in ev:
                p = e.hit.paper
                more = " — the page lists only these first authors (et al.)" if p.et_al else ""
                yield f"The listed authors of “{p.title}” are {', '.join(p.authors)}{more} [{e.n}].\n"
            return
        if request.intent == "date":
            for e in ev:
                p = e.hit.paper
                yield f"“{p.title}” ({short_authors(e)}) was posted on {p.date_label()} [{e.n}].\n"
            return
        if request.intent == "listing":
            yield f"{len(ev)} paper{'s' if len(ev) != 1 else ''} match:\n"
            for e in ev:
                yield f"- {_describe(e)}\n"
            return
        if len(ev) > 1:
            yield f"{len(ev)} papers bear on this:\n"
        for e in ev:
            lead = "- " if len(ev) > 1 else ""
            yield f"{lead}{_describe(e)}:"
            for s in e.sentences:
                yield f" “{s}” [{e.n}]"
            yield "\n"
