"""Citations: every [n] names a shown source, and every claim a model makes is checked against the source it cites.

A model's sentence is supported only if every number and every coined name in it occurs in the cited paper, and
the words it adds beyond the question and the paper's title are mostly the paper's own words: a sentence whose
only support is its topic ("EP-SAM was trained on eight A100 GPUs and won the best paper award at CVPR") fails.
Quotes shown with a citation are the paper's sentences the answer drew on, never a sentence that instructs the
reader (an injection inside an abstract).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import content_terms, instructs, name_like_terms, normalize, sentences, with_synonyms
from .types import Citation, Evidence, Notice, NoticeKind

CITE_RE = re.compile(r"\[(\d+)\]")
# Share of a claim's own words (beyond the question and the title) that its source must contain.
MIN_NEW_WORDS_SUPPORTED = 0.5
# A claim adding fewer of its own words than this says nothing the question did not: it is dropped.
MIN_NEW_WORDS = 1
_SENTENCE_END = re.compile(r"(?<=[.!?”\"])((?:\s*\[\d+\])*)\s+(?=\S)")


@dataclass(frozen=True)
class Support:
    supported: bool
    score: float  # share of the claim's own words found in the source
    missing: tuple[str, ...]  # numbers and names the source lacks


def split_claims(line: str) -> list[str]:
    """Sentences of one line, each keeping the [n] markers that follow its full stop ('It works. [1] Next.')."""
    parts, last = [], 0
    for m in _SENTENCE_END.finditer(line):
        parts.append(line[last : m.start()] + m.group(1))
        last = m.end()
    parts.append(line[last:])
    claims: list[str] = []
    for part in parts:
        if claims and part.strip() and not CITE_RE.sub("", part).strip(" \t.!?;,"):
            # markers after the last full stop of the line ('… prior approaches. [1]', '… [1].') belong to that
            # sentence
            claims[-1] = f"{claims[-1]} {part.strip()}"
        elif part.strip():
            claims.append(part)
    return claims


def source_text(ev: Evidence) -> str:
    """What a claim citing this source may rest on: the record and the abstract, minus sentences that instruct the
    reader (an injection is not evidence, whatever it says)."""
    p = ev.hit.paper
    abstract = " ".join(s for s in sentences(p.abstract) if not instructs(s))
    return (
        f"{p.title} {abstract} {' '.join(p.authors)} {p.affiliation or ''} {p.date_label()} "
        f"{p.date:%B %Y} {p.category} {'code' if p.has_code else ''}"
    )


def support(claim: str, ev: Evidence, question: str = "") -> Support:
    """Is this claim (a model's sentence) backed by this source?"""
    text = CITE_RE.sub("", claim)
    source = source_text(ev)
    have_names = {w.lower().rstrip(".") for w in re.findall(r"[\w.+-]+", normalize(source))} | name_like_terms(source)
    missing = tuple(sorted(n for n in name_like_terms(text) if n not in have_names and n.rstrip(".") not in have_names))
    own = set(content_terms(text)) - set(content_terms(question)) - set(content_terms(ev.hit.paper.title))
    have = with_synonyms(set(content_terms(source, framing=True)))
    score = len([t for t in own if t in have]) / len(own) if own else 0.0
    supported = not missing and len(own) >= MIN_NEW_WORDS and score >= MIN_NEW_WORDS_SUPPORTED
    return Support(supported, score, missing)


def restates_question(claim: str, question: str) -> bool:
    words = set(content_terms(CITE_RE.sub("", claim)))
    return len(words) >= 4 and len(words - set(content_terms(question))) < 2


def drop_invalid_markers(text: str, evidence: Sequence[Evidence]) -> tuple[str, list[Notice]]:
    valid = {e.n for e in evidence}
    bad = sorted({int(n) for n in CITE_RE.findall(text) if int(n) not in valid})
    if not bad:
        return text, []
    text = CITE_RE.sub(lambda m: m[0] if int(m[1]) in valid else "", text)
    listed = ", ".join(f"[{n}]" for n in bad)
    return text, [Notice(NoticeKind.INVALID_CITATION, f"Removed citations of sources that were not shown: {listed}.")]


def check_model_answer(text: str, evidence: Sequence[Evidence], question: str) -> tuple[str, list[Notice]]:
    """Keep a model's supported claims (citing them where it forgot), drop the rest; say what was changed."""
    text, notices = drop_invalid_markers(text, evidence)
    by_n = {e.n: e for e in evidence}
    kept_lines = []
    dropped, cited, restated = [], [], []
    for line in text.split("\n"):
        kept = []
        after_drop = False  # the claim before this one (on this line) was dropped
        for claim in split_claims(line):
            bare = CITE_RE.sub("", claim).strip()
            if not bare or (len(set(content_terms(bare))) < 3 and not name_like_terms(bare)):
                # A connective or a heading: no number, no name, nothing to check. One that starts in lower case
                # right after a dropped claim is that claim's tail ('… [1] and [2] are the relevant papers').
                if not (after_drop and bare[:1].islower()):
                    kept.append(claim)
                continue
            after_drop = True
            if restates_question(claim, question):
                restated.append(bare)
                continue
            numbers = [int(n) for n in CITE_RE.findall(claim)]
            if numbers:
                if any(support(claim, by_n[n], question).supported for n in numbers):
                    kept.append(claim)
                    after_drop = False
                else:
                    dropped.append(bare)
                continue
            best = max(evidence, key=lambda e: support(claim, e, question).score, default=None)
            if best is not None and support(claim, best, question).supported:
                kept.append(f"{claim.rstrip()} [{best.n}]")
                cited.append(bare)
                after_drop = False
            else:
                dropped.append(bare)
        kept_lines.append(" ".join(kept))
    if restated:
        notices.append(
            Notice(
                NoticeKind.RESTATED_DROPPED,
                f"Dropped {len(restated)} sentence(s) that only repeat the question: “{restated[0][:80]}”.",
            )
        )
    if cited:
        notices.append(
            Notice(NoticeKind.UNCITED_CITED, f"Added the supporting source to {len(cited)} uncited sentence(s).")
        )
    if dropped:
        notices.append(
            Notice(
                NoticeKind.UNSUPPORTED_DROPPED,
                f"Dropped {len(dropped)} claim(s) their sources do not support: “{dropped[0][:80]}”.",
            )
        )
    return "\n".join(kept_lines).strip(), notices


def collect(text: str, evidence: Sequence[Evidence], question: str = "", *, verbatim: bool = False) -> list[Citation]:
    """The citations the text makes, each with the source sentences it drew on (best first). `verbatim` text quotes
    its sources word for word (the extractive engine): its support is whole by construction."""
    by_n = {e.n: e for e in evidence}
    claims: dict[int, list[str]] = {}
    lines: dict[int, list[str]] = {}  # a quote's marker may close a run of quotes on its line ('“a” “b” [2]')
    for line in text.split("\n"):
        for n in {int(x) for x in CITE_RE.findall(line)}:
            if n in by_n:
                lines.setdefault(n, []).append(CITE_RE.sub("", line))
        for claim in split_claims(line):
            for n in {int(x) for x in CITE_RE.findall(claim)}:
                if n in by_n:
                    claims.setdefault(n, []).append(CITE_RE.sub("", claim))
    out = []
    for n in sorted(claims):
        ev = by_n[n]
        quotes = _quotes(" ".join(claims[n]), ev, " ".join(lines.get(n, ())))
        p = ev.hit.paper
        out.append(
            Citation(
                n=n,
                paper_id=p.id,
                title=p.title,
                authors=p.authors,
                year=p.year,
                quote=quotes[0] if quotes else _record_line(ev),
                support=1.0
                if verbatim
                else round(max((support(c, ev, question).score for c in claims[n]), default=1.0), 3),
                quotes=tuple(quotes),
            )
        )
    return out


def _quotes(claims: str, ev: Evidence, lines: str = "") -> list[str]:
    """Source sentences behind the claims: those quoted word for word on the lines that cite the source (in the
    order written), else the evidence sentences that share most words with the claims. Sentences that instruct the
    reader are never quoted."""
    p = ev.hit.paper
    pool = [s for s in dict.fromkeys([*ev.sentences, *sentences(p.abstract)]) if not instructs(s)]
    written = lines or claims
    verbatim = sorted((s for s in pool if s in written), key=written.find)
    if verbatim:
        return verbatim
    words = set(content_terms(claims))
    scored = sorted(
        ((len(words & set(content_terms(s))), i, s) for i, s in enumerate(pool)), key=lambda x: (-x[0], x[1])
    )
    best = [s for score, _, s in scored if score >= 2][:2]
    if best:
        return best
    return [s for s in ev.sentences if not instructs(s)][:1]


def _record_line(ev: Evidence) -> str:
    p = ev.hit.paper
    return f"{p.author_line()} · {p.date_label()} · {p.category}{' · code' if p.has_code else ''}"
