"""The Gradio chat: answers you can check in place, controls that behave, a collection view that stays true.

It calls `Assistant.stream_answer()` and reads the collection through the lexical index and `pages`; it never reaches
into the engines. Every assistant message is HTML built here from the typed `Answer` — the answer line, the evidence
folded underneath, a notice for anything that went wrong, and the message's own numbered sources — with each [n] a
chip whose card (shown on hover, keyboard focus or tap, pure CSS) holds the paper and every quote the answer drew
from it. Everything that comes from papers or users is escaped here; Gradio's sanitizer stays on as well.

The conversation lives in the browser (gr.BrowserState), so a reload restores it; the history handed to the engine
holds only the questions and the answers' plain text, never sources or markup. `/chat` is the public API:
`Client(url).predict(question, api_name="/chat")`, with history and filters optional.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import json
import logging
import os
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

# An offline product: no calls home at import or launch (Gradio's analytics and version check).
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import gradio as gr

from . import lexicon, pages
from .answering import FROM_RECORDS, example_questions
from .corpus import CorpusError, load_corpus
from .runtime import Assistant
from .settings import HOME, Settings
from .store import StoreError
from .text import unwrap_latex_commands
from .types import Answer, Citation, Filters, Final, Intent, Notice, NoticeKind, Paper, TextDelta

log = logging.getLogger(__name__)


class PortInUse(RuntimeError):
    """The UI's port is taken; the message says which and what to do."""


# Chat answers handled at once per app. Each waits on I/O (the store, a model endpoint) far more than on the CPU, and
# a question answered from the records must never queue behind slow model answers.
CHAT_CONCURRENCY = 32
LATEX = [{"left": "$", "right": "$", "display": False}]
MAX_TURNS = 40  # turns kept in the browser
HISTORY_TURNS = 8  # turns handed to the engine with a follow-up
STREAM_INTERVAL = 0.12  # seconds between streamed updates of the chat
REPORTS_DIR = HOME / "reports" / "latest"
EMPTY_CONV: dict = {"turns": []}

# ------------------------------------------------------------------------------------------------------- text to HTML

_DOLLAR = "<span>&#36;</span>"  # a dollar sign that can never pair with another into inline math
_AMOUNT = re.compile(r"\d[\d,.]*(?:\s|$)")


def split_math(text: str) -> list[tuple[bool, str]]:
    """Text as (is_math, part) pieces: `$...$` on one line, not starting with a space or an amount ('$5 and $10'),
    is inline math; every other dollar sign is a piece of its own."""
    parts: list[tuple[bool, str]] = []
    i, n = 0, len(text)
    while i < n:
        j = text.find("$", i)
        if j < 0:
            parts.append((False, text[i:]))
            break
        if j > i:
            parts.append((False, text[i:j]))
        k = text.find("$", j + 1)
        body = text[j + 1 : k] if k > j else ""
        if (
            body
            and len(body) <= 300
            and "\n" not in body
            and not body[0].isspace()
            and not _AMOUNT.match(body)
            and not text[k + 1 : k + 2].isdigit()
        ):
            parts.append((True, body))
            i = k + 1
        else:
            parts.append((False, "$"))
            i = j + 1
    return parts


def plain(text: object) -> str:
    """Untrusted text as HTML, exactly as written: escaped, and no dollar sign can start math."""
    return html.escape(str(text or "")).replace("$", _DOLLAR)


# Text-mode LaTeX that abstracts carry outside math ('we introduce \\textbf{\\textsc{S-Agent}}', '10\\%'): shown as
# the reader of the paper sees it. Display only: matching and quoting keep the abstract's own text.
_TEXT_ESCAPES = {"\\%": "%", "\\&": "&", "\\_": "_", "\\#": "#"}


def text_mode(text: str) -> str:
    """Text-mode formatting commands unwrapped and escaped characters plain (outside math)."""
    text = unwrap_latex_commands(text)
    for escaped, char in _TEXT_ESCAPES.items():
        text = text.replace(escaped, char)
    return text


def tex(text: object) -> str:
    """Paper text as HTML: escaped, with its inline math (`$w(t)$`) left for KaTeX to render and text-mode
    formatting shown as text."""
    out = []
    for math, part in split_math(str(text or "")):
        out.append("$" + html.escape(part, quote=False) + "$" if math else plain(text_mode(part)))
    return "".join(out)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~#])")


def md_tex(text: object) -> str:
    """Paper text as Markdown (table cells): special characters escaped, inline math kept."""
    out = []
    for math, part in split_math(str(text or "")):
        if math:
            out.append(f"${part}$")
        else:
            part = html.escape(text_mode(part), quote=False).replace("$", "&#36;")
            out.append(_MD_SPECIAL.sub(r"\\\1", part))
    return "".join(out)


_SMALL_WORDS = {"and", "of", "in", "for", "the", "on", "to"}


def category_name(code: str) -> str:
    """'CV' -> 'Computer Vision (CV)'; an unknown code stays as it is."""
    names = lexicon.CATEGORIES.get(code)
    if not names:
        return code
    words = names[0].split()
    name = " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:] for i, w in enumerate(words))
    return f"{name} ({code})"


_CODE_URL = re.compile(r"(?:https?://)?(?:www\.)?(?:github|gitlab)\.com/[^\s<>\"'()\[\]{}]+", re.I)


def code_url(paper: Paper) -> str | None:
    """The first GitHub or GitLab link the abstract gives, if any."""
    match = _CODE_URL.search(paper.abstract or "")
    if not match:
        return None
    url = match.group(0).rstrip(".,;:!?")
    url = url if url.lower().startswith("http") else "https://" + url
    return url if urlparse(url).path.strip("/") else None


def _link(url: str, label: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{plain(label)}</a>'


def paper_meta(paper: Paper) -> str:
    """Authors · date · category · code, as HTML."""
    bits = [plain(paper.author_line()), plain(paper.date_label()), plain(category_name(paper.category))]
    url = code_url(paper)
    if url:
        bits.append(_link(url, "code"))
    elif paper.has_code:
        bits.append("code available")
    return " · ".join(bits)


_QUOTE_OR_MARKER = re.compile(r"“([^”]+)”|\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")


def quoted_in_text(text: str) -> dict[int, list[str]]:
    """The quotes an answer's text gives for each [n]: every “…” before a marker on its line belongs to it."""
    out: dict[int, list[str]] = {}
    for line in (text or "").splitlines():
        pending: list[str] = []
        for match in _QUOTE_OR_MARKER.finditer(line):
            if match.group(1):
                pending.append(match.group(1).strip())
                continue
            for n in (int(x) for x in re.split(r"[,;]", match.group(2))):
                out.setdefault(n, []).extend(q for q in pending if q not in out.get(n, []))
            pending = []
    return out


def _squash(text: str) -> str:
    return " ".join(text.split())


def quotes_of(citation: Citation, paper: Paper | None, in_text: Sequence[str] = ()) -> tuple[str, ...]:
    """Every abstract sentence the answer drew from this paper: those its text quotes for [n], then the citation's
    own; only sentences the abstract really has (none when the answer came from the paper's record)."""
    abstract = _squash(paper.abstract) if paper else None
    out: list[str] = []
    for quote in (*in_text, *citation.quotes, citation.quote):
        quote = (quote or "").strip()
        if quote and quote not in out and (abstract is None or _squash(quote) in abstract):
            out.append(quote)
    return tuple(out)


def _card(citation: Citation, paper: Paper | None, quotes: Sequence[str]) -> str:
    title = tex(paper.title if paper else citation.title)
    meta = (
        paper_meta(paper)
        if paper
        else f"{plain(', '.join(citation.authors))} · {citation.year}"  # the paper has left the collection
    )
    if quotes:
        said = "".join(f'<span class="card-quote">“{tex(q)}”</span>' for q in quotes)
        body = f'<span class="card-h">Quoted from the abstract</span>{said}'
    else:
        body = '<span class="card-h">Answered from the paper’s record (authors, date, category)</span>'
    return (
        f'<span class="cite-card"><span class="card-title">{title}</span>'
        f'<span class="card-meta">{meta}</span>{body}</span>'
    )


def _chip(n: int, citation: Citation, paper: Paper | None, quotes: Sequence[str]) -> str:
    return f'<span class="cite" tabindex="0">[{n}]{_card(citation, paper, quotes)}</span>'


_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")


def _line(line: str, chips: dict[int, str]) -> str:
    def chip(match: re.Match) -> str:
        return "".join(chips.get(int(n), f"[{int(n)}]") for n in re.split(r"[,;]", match.group(1)))

    return _MARKER.sub(chip, tex(line))


def render_text(text: str, chips: dict[int, str] | None = None) -> str:
    """Answer text (paragraphs, '- ' bullets, [n] markers) as HTML; markers become chips where a citation exists."""
    chips = chips or {}
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", (text or "").strip()):
        lines: list[str] = []
        items: list[str] = []
        for raw in para.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if line[:2] in ("- ", "• ", "* "):
                if lines:
                    blocks.append("<p>" + "<br>".join(lines) + "</p>")
                    lines = []
                items.append(f"<li>{_line(line[2:], chips)}</li>")
            else:
                if items:
                    blocks.append("<ul>" + "".join(items) + "</ul>")
                    items = []
                lines.append(_line(line, chips))
        if lines:
            blocks.append("<p>" + "<br>".join(lines) + "</p>")
        if items:
            blocks.append("<ul>" + "".join(items) + "</ul>")
    return "".join(blocks)


def split_lead(answer: Answer) -> tuple[str, str]:
    """(the answer line, the evidence behind it)."""
    text = (answer.text or "").strip()
    lead = (answer.lead or "").strip()
    if lead and text.startswith(lead):
        return lead, text[len(lead) :].strip()
    return text, ""


def _papers_of(answer: Answer) -> dict[str, Paper]:
    return {h.paper.id: h.paper for h in (*answer.sources, *answer.closest)}


def model_label(settings: Settings) -> str:
    if settings.engine_name == "local":
        return settings.local_model
    return settings.openai_model


def status_text(answer: Answer, settings: Settings) -> str:
    """One plain line: where the answer came from, and how long it took."""
    seconds = f"{answer.timings.get('total', 0.0):.1f} s"
    kinds = answer.notice_kinds()
    if answer.engine == "none":
        if NoticeKind.STORE_ERROR in kinds:
            head = "The paper store could not be read"
        elif NoticeKind.STORE_EMPTY in kinds:
            head = "The collection is empty"
        else:
            head = "No question asked"
    elif answer.intent in (Intent.HELP, Intent.OFF_TOPIC):
        # (a greeting, thanks, what it can do, or nothing about the papers: the reply says what the assistant does)
        head = "About this assistant"
    elif answer.refused:
        head = "The papers don't say"
    elif answer.engine in ("openai", "local"):
        head = f"Answered by {model_label(settings)}, checked against the abstracts"
    else:
        records = answer.intent in FROM_RECORDS
        head = "From the paper records" if records else "Quoted from the abstracts"
        if settings.engine_name == "extractive":
            head += " · offline"
    return f"{head} · {seconds}"


def render_notices(notices: Sequence[Notice]) -> str:
    if not notices:
        return ""
    items = "".join(f'<div class="notice">⚠ {plain(n.message)}</div>' for n in notices)
    return f'<div class="notices">{items}</div>'


def render_sources(answer: Answer) -> str:
    papers = _papers_of(answer)
    quoted = quoted_in_text(answer.text)
    rows = []
    for c in answer.citations:
        paper = papers.get(c.paper_id)
        title = tex(paper.title if paper else c.title)
        meta = paper_meta(paper) if paper else f"{plain(', '.join(c.authors))} · {c.year}"
        quotes = quotes_of(c, paper, quoted.get(c.n, ()))
        quote = f'<span class="src-quote"><mark class="quote">“{tex(quotes[0])}”</mark></span>' if quotes else ""
        more = f'<span class="src-more">+{len(quotes) - 1} more quoted; see [{c.n}]</span>' if len(quotes) > 1 else ""
        rows.append(
            f'<li class="source"><span class="src-n">[{c.n}]</span><span class="src-body">'
            f'<span class="src-title">{title}</span><span class="src-meta">{meta}</span>{quote}{more}</span></li>'
        )
    return (
        f'<div class="sources"><div class="sources-h">Sources</div><ul class="source-list">{"".join(rows)}</ul></div>'
    )


def render_closest(answer: Answer) -> str:
    items = "".join(
        f'<li><span class="src-title">{tex(h.paper.title)}</span> <span class="src-meta">{paper_meta(h.paper)}'
        f"</span></li>"
        for h in answer.closest
    )
    return f'<div class="closest"><div class="sources-h">Closest papers</div><ul class="source-list">{items}</ul></div>'


def render_answer(answer: Answer, settings: Settings) -> str:
    """One assistant message: answer line, folded evidence, notices, the message's own sources, a status line."""
    papers = _papers_of(answer)
    quoted = quoted_in_text(answer.text)
    chips = {
        c.n: _chip(c.n, c, papers.get(c.paper_id), quotes_of(c, papers.get(c.paper_id), quoted.get(c.n, ())))
        for c in answer.citations
    }
    lead, rest = split_lead(answer)
    parts = [f'<div class="answer{" refused" if answer.refused else ""}">']
    parts.append(f'<div class="lead">{render_text(lead, chips)}</div>')
    if rest:
        quoted = rest.count("“")
        label = f"Evidence: {quoted} quote{'s' if quoted != 1 else ''} from the abstracts" if quoted else "Details"
        parts.append(f'<details class="evidence"><summary>{label}</summary>{render_text(rest, chips)}</details>')
    parts.append(render_notices(answer.notices))
    if answer.refused and answer.closest:
        parts.append(render_closest(answer))
    if answer.citations:
        parts.append(render_sources(answer))
    parts.append(f'<div class="status-line">{plain(status_text(answer, settings))}</div></div>')
    return "".join(parts)


def render_user(question: str) -> str:
    """A question shown exactly as typed: HTML in it is text, and so are dollar signs and Markdown."""
    return f'<div class="user-q">{plain(question).replace(chr(10), "<br>")}</div>'


def render_pending(label: str = "Searching the papers…") -> str:
    return f'<div class="answer pending"><span class="thinking">{plain(label)}</span></div>'


def render_draft(text: str) -> str:
    return (
        '<div class="answer draft"><div class="draft-label">Draft from the model, being checked against the '
        f'abstracts; the checked answer replaces it</div><div class="draft-text">{render_text(text)}</div></div>'
    )


def render_partial(text: str) -> str:
    return f'<div class="answer streaming">{render_text(text)}</div>'


def render_problem(message: str) -> str:
    return f'<div class="answer problem"><div class="lead"><p>{plain(message)}</p></div></div>'


def status_html(text: str = "", notices: Sequence[Notice] = ()) -> str:
    if not text and not notices:
        return ""
    return f'<div class="status-text">{plain(text)}</div>{render_notices(notices)}'


# ------------------------------------------------------------------------------------------------------- export, JSON


def answer_markdown(question: str, answer: Answer) -> str:
    """The answer as Markdown with a numbered reference list (what "Copy as Markdown" copies)."""
    papers = _papers_of(answer)
    quoted = quoted_in_text(answer.text)
    lines = [f"**Q:** {question.strip()}", "", answer.text.strip()]
    if answer.notices:
        lines += ["", *[f"> {n.message}" for n in answer.notices]]
    if answer.citations:
        lines += ["", "**References**", ""]
        for c in answer.citations:
            paper = papers.get(c.paper_id)
            if paper:
                ref = f"{c.n}. {paper.title} — {paper.author_line()}, {paper.date_label()}"
                ref += f", {category_name(paper.category)}."
                url = code_url(paper)
                if url:
                    ref += f" Code: {url}"
            else:
                ref = f"{c.n}. {c.title} — {', '.join(c.authors)} ({c.year})."
            lines.append(ref)
            lines += [f"   > “{q}”" for q in quotes_of(c, paper, quoted.get(c.n, ()))]
    return "\n".join(lines).strip() + "\n"


def paper_json(paper: Paper) -> dict:
    return {
        "id": paper.id,
        "title": paper.title,
        "authors": list(paper.authors),
        "et_al": paper.et_al,
        "date": paper.date.isoformat(),
        "date_label": paper.date_label(),
        "category": paper.category,
        "category_name": category_name(paper.category),
        "has_code": paper.has_code,
        "code_url": code_url(paper),
    }


def answer_json(question: str, answer: Answer, settings: Settings, history: Sequence[dict] = ()) -> dict:
    papers = _papers_of(answer)
    quoted = quoted_in_text(answer.text)
    lead, _ = split_lead(answer)
    citations, sources = [], []
    for c in answer.citations:
        paper = papers.get(c.paper_id)
        citations.append(
            {
                "n": c.n,
                "paper_id": c.paper_id,
                "title": c.title,
                "authors": list(c.authors),
                "year": c.year,
                "quote": c.quote,
                "quotes": list(quotes_of(c, paper, quoted.get(c.n, ()))),
            }
        )
        if paper is not None:
            sources.append({"n": c.n, **paper_json(paper)})
    return {
        "question": question,
        "answer": answer.text,
        "lead": lead,
        "refused": answer.refused,
        "engine": answer.engine,
        "status": status_text(answer, settings),
        "notices": [n.message for n in answer.notices],
        "notice_kinds": [str(n.kind) for n in answer.notices],
        "citations": citations,
        "sources": sources,
        "closest": [paper_json(h.paper) for h in answer.closest],
        "seconds": round(answer.timings.get("total", 0.0), 3),
        "markdown": answer_markdown(question, answer),
        "history": [*history, {"role": "user", "content": question}, {"role": "assistant", "content": answer.text}],
    }


# ------------------------------------------------------------------------------------------------------- answering


def failure_answer(text: str, kind: NoticeKind, detail: str) -> Answer:
    return Answer(
        text=text,
        citations=(),
        sources=(),
        refused=True,
        engine="none",
        notices=(Notice(kind, detail),),
        timings={"total": 0.0},
        lead=text,
        intent=Intent.HELP,
    )


def answer_events(
    assistant: Assistant,
    question: str,
    history: Sequence[dict],
    filters: Filters | None,
    cancel: threading.Event | None = None,
) -> Iterator[tuple[str, Any]]:
    """('draft' | 'text', the text so far) while the answer is produced, then ('final', Answer). Never raises: a fault
    becomes an answer that says so in plain words. Closing this generator closes the answer stream (and with it any
    model request)."""
    stream = None
    try:
        stream = assistant.stream_answer(question, list(history), filters=filters, cancel=cancel)
        draft = text = ""
        for event in stream:
            if isinstance(event, Final):
                yield "final", event.answer
                return
            if isinstance(event, TextDelta):
                if event.draft:
                    draft += event.text
                    # (after checked text: a record's fields stay in view while the model writes the part asked
                    # besides)
                    yield "draft", text + draft
                else:
                    text += event.text
                    yield "text", text
        raise RuntimeError("the answer stream ended without an answer")
    except StoreError as exc:
        yield (
            "final",
            failure_answer(f"The paper store cannot be read right now: {exc}.", NoticeKind.STORE_ERROR, str(exc)),
        )
    except Exception as exc:  # the reader gets a sentence, the log gets the traceback
        log.exception("answering failed")
        yield (
            "final",
            failure_answer(
                "Something went wrong while answering; nothing was lost. Please ask again.",
                NoticeKind.STORE_ERROR,
                f"{type(exc).__name__}: {exc}",
            ),
        )
    finally:
        if stream is not None:
            stream.close()


def make_filters(
    year_from: object = None,
    year_to: object = None,
    categories: Sequence[str] | None = None,
    has_code: bool | None = None,
    authors: Sequence[str] | str | None = None,
) -> Filters:
    def year(value: object) -> int | None:
        try:
            return int(value) if value not in (None, "") else None  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return None

    low, high = year(year_from), year(year_to)
    if low and high and low > high:
        low, high = high, low
    if isinstance(authors, str):
        authors = [authors]
    return Filters(
        year_from=low,
        year_to=high,
        categories=tuple(str(c) for c in categories or () if c),
        has_code=True if has_code else None,
        authors=tuple(str(a) for a in authors or () if a),
    )


def filters_from_json(data: dict | None) -> Filters:
    data = data if isinstance(data, dict) else {}
    authors = data.get("authors") or data.get("author")
    categories = data.get("categories") or data.get("category")
    if isinstance(categories, str):
        categories = [categories]
    return make_filters(data.get("year_from"), data.get("year_to"), categories, data.get("has_code"), authors)


def filter_chips(filters: Filters) -> str:
    chips = []
    if filters.year_from and filters.year_from == filters.year_to:
        chips.append(f"Year {filters.year_from}")
    elif filters.year_from and filters.year_to:
        chips.append(f"Years {filters.year_from}–{filters.year_to}")
    elif filters.year_from:
        chips.append(f"From {filters.year_from}")
    elif filters.year_to:
        chips.append(f"Up to {filters.year_to}")
    chips += [category_name(c) for c in filters.categories]
    if filters.has_code:
        chips.append("With code")
    chips += [f"Author: {a}" for a in filters.authors]
    if not chips:
        return ""
    return '<span class="fchips-h">Only papers:</span>' + "".join(
        f'<span class="fchip">{plain(c)}</span>' for c in chips
    )


def plain_history(history: object) -> list[dict]:
    """Only role and text go to the engine: never sources, markup or anything else a caller sent."""
    out = []
    for m in history if isinstance(history, list) else []:
        if isinstance(m, dict) and m.get("role") in ("user", "assistant"):
            content = m.get("content")
            if isinstance(content, list):
                content = " ".join(str(c.get("text", "")) if isinstance(c, dict) else str(c) for c in content)
            out.append({"role": m["role"], "content": str(content or "")})
    return out


def clean_conv(conv: object) -> dict:
    """The browser's stored conversation, checked: anything unexpected is dropped, never trusted."""
    turns = []
    raw = conv.get("turns") if isinstance(conv, dict) else None
    for t in raw if isinstance(raw, list) else []:
        if isinstance(t, dict) and isinstance(t.get("q"), str) and isinstance(t.get("html"), str):
            turns.append(
                {
                    "q": t["q"],
                    "a": t.get("a") if isinstance(t.get("a"), str) else None,
                    "html": t["html"],
                    "md": t.get("md") if isinstance(t.get("md"), str) else "",
                    "status": t.get("status") if isinstance(t.get("status"), str) else "",
                    "done": bool(t.get("done")),
                }
            )
    return {"turns": turns[-MAX_TURNS:]}


def engine_history(conv: dict) -> list[dict]:
    out = []
    for t in conv["turns"][-HISTORY_TURNS:]:
        if t["a"] is not None:
            out += [{"role": "user", "content": t["q"]}, {"role": "assistant", "content": t["a"]}]
    return out


def chat_messages(conv: dict) -> list[dict]:
    out = []
    for t in conv["turns"]:
        out += [{"role": "user", "content": render_user(t["q"])}, {"role": "assistant", "content": t["html"]}]
    return out


# ------------------------------------------------------------------------------------------------------- login


class LoginGuard:
    """The password check behind Gradio's login: a constant-time comparison, a growing delay after each failure,
    and after `max_failures` failures for one user name within `window` seconds that name is refused outright (its
    password not even checked) for `cooldown` seconds."""

    def __init__(
        self,
        credentials: Sequence[tuple[str, str]],
        *,
        max_failures: int = 5,
        window: float = 60.0,
        cooldown: float = 60.0,
        delay: float = 0.1,
        max_delay: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Any] = asyncio.sleep,
    ):
        self._users = {u: hashlib.sha256(p.encode()).digest() for u, p in credentials}
        self._unknown = hashlib.sha256(os.urandom(16)).digest()
        self.max_failures, self.window, self.cooldown = max_failures, window, cooldown
        self.delay, self.max_delay = delay, max_delay
        self._clock, self._sleep = clock, sleep
        self._failures: dict[str, deque[float]] = {}
        self._locked: dict[str, float] = {}
        self._lock = threading.Lock()
        self.checked = 0  # passwords actually compared
        self.refused = 0  # attempts refused without a comparison

    def locked(self, username: str) -> bool:
        with self._lock:
            return self._locked.get(username, 0.0) > self._clock()

    def verify(self, username: str, password: str) -> tuple[bool, float]:
        """(accepted, seconds to wait before answering)."""
        now = self._clock()
        with self._lock:
            if self._locked.get(username, 0.0) > now:
                self.refused += 1
                return False, 0.0
            self.checked += 1
        expected = self._users.get(username, self._unknown)
        given = hashlib.sha256(str(password).encode()).digest()
        ok = hmac.compare_digest(given, expected) and username in self._users
        with self._lock:
            if ok:
                self._failures.pop(username, None)
                return True, 0.0
            if len(self._failures) > 10_000:  # many names tried: forget the stale ones
                for name in [n for n, f in self._failures.items() if not f or f[-1] < now - self.window]:
                    self._failures.pop(name, None)
            recent = self._failures.setdefault(username, deque())
            recent.append(now)
            while recent and recent[0] < now - self.window:
                recent.popleft()
            wait = min(self.max_delay, self.delay * 2 ** (len(recent) - 1))
            if len(recent) >= self.max_failures:
                self._locked[username] = now + self.cooldown
                recent.clear()
            return False, wait

    async def check(self, username: str, password: str) -> bool:
        ok, wait = self.verify(username, password)
        if wait:
            await self._sleep(wait)
        return ok


# ------------------------------------------------------------------------------------------------------- collection


HEADER_TITLE = "<h1>Paper assistant</h1>"


def collection_facts(settings: Settings) -> str:
    """The header line: counts from the store as it is now, and the researchers the configured pages describe."""
    assistant = Assistant.for_settings(settings)
    try:
        assistant.refresh()
        papers = list(assistant.index.iter_papers())
    except (StoreError, OSError) as exc:
        return HEADER_TITLE + f'<div class="facts problem">The paper store cannot be read right now: {plain(exc)}</div>'
    if not papers:
        return HEADER_TITLE + (
            '<div class="facts">The collection is empty: run <code>assistant ingest</code> (or '
            "<code>make ingest</code>), or add profile pages in the Papers tab.</div>"
        )
    try:
        added = len(pages.added_files(settings))
    except CorpusError:
        added = 0
    try:
        profiles = load_corpus(pages.configured_files(settings), capture_year=settings.capture_year).profiles
    except (CorpusError, OSError):
        profiles = ()
    line = (
        f"<b>{len(papers)} papers</b> · {len({a for p in papers for a in p.authors})} authors · "
        f"{sum(p.has_code for p in papers)} with code · {len({p.category for p in papers})} categories"
    )
    if added:
        line += f" · {added} page{'s' if added != 1 else ''} added"
    people = " · ".join(
        f"{plain(p.name)} ({plain(p.field)}, h-index {p.h_index}, {p.citations:,} citations)" for p in profiles
    )
    return (
        HEADER_TITLE
        + f'<div class="facts">{line}</div>'
        + (f'<div class="facts people">{people}</div>' if people else "")
    )


def _matches(paper: Paper, words: Sequence[str]) -> bool:
    hay = " ".join(
        (paper.title, paper.author_line(), paper.abstract, category_name(paper.category), paper.date.isoformat())
    ).casefold()
    return all(w in hay for w in words)


def paper_cell(paper: Paper) -> str:
    """The table's first column (Markdown): the title, then the authors and a code link on the next line."""
    url = code_url(paper)
    code = f" · [code]({url})" if url else (" · code" if paper.has_code else "")
    return f"**{md_tex(paper.title)}**\n{md_tex(paper.author_line())}{code}"


def paper_rows(papers: Sequence[Paper]) -> list[list[str]]:
    return [[paper_cell(p), p.date.isoformat(), category_name(p.category)] for p in papers]


PAPER_HEADERS = ["Paper", "Date", "Category"]


def paper_detail(paper: Paper) -> str:
    abstract = tex(" ".join((paper.abstract or "").split()))
    return (
        f'<div class="paper-detail"><h3>{tex(paper.title)}</h3><div class="src-meta">{paper_meta(paper)}</div>'
        f"<p>{abstract}</p></div>"
    )


# ------------------------------------------------------------------------------------------------------- evaluation


def _num(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.3g}"
    return html.escape(str(value))


def eval_summary(reports_dir: Path) -> tuple[str, str | None, str]:
    """(headline and tables as HTML, the chart's path, the full Markdown report) from reports_dir/report.json."""
    path = reports_dir / "report.json"
    if not path.exists():
        return (
            '<div class="eval-empty">No evaluation yet. Run <code>assistant eval</code> (or <code>make eval</code>); '
            f"it writes <code>{plain(path)}</code> and a chart, and this tab shows them on the next page load.</div>",
            None,
            "",
        )
    try:
        result = json.loads(path.read_text(encoding="utf-8"))
        table = result["table"]
        by_type = result.get("by_type", {})
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return f'<div class="eval-empty">The evaluation report cannot be read: {plain(exc)}</div>', None, ""
    overall = table.get("all/all") or next(iter(table.values()), {})
    engine = result.get("settings", {}).get("engine", "?")
    tiles = [
        ("questions", overall.get("n")),
        ("Recall@5", overall.get("recall@5")),
        ("MRR", overall.get("mrr")),
        ("key facts", overall.get("key facts")),
        ("refusal when unanswerable", overall.get("refusal")),
        ("false refusal", overall.get("false refusal")),
        ("citation precision", overall.get("citation precision")),
        ("latency p50", f"{overall['latency p50 s']} s" if overall.get("latency p50 s") is not None else None),
    ]
    head = "".join(
        f'<div class="tile"><div class="tile-v">{_num(v)}</div><div class="tile-k">{plain(k)}</div></div>'
        for k, v in tiles
    )
    metrics = ["n", "recall@5", "mrr", "key facts", "refusal", "false refusal", "citation precision"]

    def grid(rows: dict, label: str) -> str:
        header = "".join(f"<th>{plain(m)}</th>" for m in metrics)
        body = "".join(
            f"<tr><th>{plain(name)}</th>" + "".join(f"<td>{_num(row.get(m))}</td>" for m in metrics) + "</tr>"
            for name, row in rows.items()
        )
        head = f"<thead><tr><th>{label}</th>{header}</tr></thead>"
        return f'<div class="eval-table"><table>{head}<tbody>{body}</tbody></table></div>'

    out = (
        f'<div class="eval"><h3>Headline — all questions, {plain(engine)} engine</h3><div class="tiles">{head}</div>'
        f"<h3>Per question type</h3>{grid(by_type, 'type')}"
        f"<h3>Per corpus and split</h3>{grid({k: v for k, v in table.items()}, 'corpus / split')}</div>"
    )
    chart = reports_dir / "chart.png"
    md = reports_dir / "report.md"
    try:
        markdown = md.read_text(encoding="utf-8") if md.exists() else ""
    except OSError:
        markdown = ""
    return out, str(chart) if chart.exists() else None, markdown


# ------------------------------------------------------------------------------------------------------- the app

CSS = """
body {--pa-cite-bg: #e3ebfb; --pa-cite-bg-hover: #cddcf8; --pa-cite-fg: #1a4597; --pa-quote-bg: #fff1b3;
  --pa-quote-fg: #1d1d1b; --pa-notice-bg: #fff3df; --pa-notice-fg: #6b3d00; --pa-bad-fg: #a11d1d}
body.dark, .dark {--pa-cite-bg: #20365e; --pa-cite-bg-hover: #2b4a80; --pa-cite-fg: #d4e2ff; --pa-quote-bg: #3e3304;
  --pa-quote-fg: #ffeeb0; --pa-notice-bg: #3a2705; --pa-notice-fg: #ffd9a0; --pa-bad-fg: #ffb3b3}
.gradio-container {max-width: 1020px !important; width: 100% !important; margin: 0 auto !important}
#header h1 {font-size: 1.5rem; margin: 0 0 .2rem}
#header .facts {color: var(--body-text-color-subdued); font-size: .92rem}
#header .facts b {color: var(--body-text-color)}
#header .people {font-size: .82rem}
#chat .user-q {white-space: pre-wrap; overflow-wrap: anywhere}
/* Gradio's own error badge on the chat. Our handler never raises (a fault is an answer that says so), so the badge
   only appears when Stop cancels a stream between two steps: a bare "Error" over a chat that says it was stopped. */
#chat div:has(> span.error), #chat span.error {display: none !important}
#chat .answer {position: relative; line-height: 1.55}
#chat .answer p {margin: 0 0 .45rem}
#chat .answer ul {margin: .2rem 0 .5rem 1.1rem; padding: 0}
#chat .answer li {margin: .15rem 0}
#chat .answer .lead {font-size: 1.02em}
#chat .answer.refused .lead {font-style: italic}
.answer details.evidence {margin: .2rem 0 .5rem; border-left: 3px solid var(--border-color-primary);
  padding: .1rem 0 .1rem .6rem}
.answer details.evidence > summary {cursor: pointer; color: var(--body-text-color-subdued); font-size: .9em}
.answer details.evidence[open] > summary {margin-bottom: .3rem}
.cite {position: static; display: inline-block; cursor: pointer; font-size: .8em; font-weight: 600;
  line-height: 1.2; padding: 0 .3em; margin: 0 .08em; border-radius: .35em; vertical-align: .08em;
  background: var(--pa-cite-bg); color: var(--pa-cite-fg); outline-offset: 1px}
.cite:hover, .cite:focus {background: var(--pa-cite-bg-hover)}
.cite > .cite-card {display: none}
.cite:hover > .cite-card, .cite:focus > .cite-card, .cite:focus-within > .cite-card {
  display: block; position: absolute; left: 0; right: 0; max-width: 40rem; margin-top: .35rem; z-index: 60;
  padding: .6rem .75rem; border-radius: .5rem; border: 1px solid var(--border-color-primary);
  background: var(--background-fill-primary); color: var(--body-text-color); box-shadow: 0 6px 22px rgba(0,0,0,.18);
  font-size: .88rem; font-weight: 400; line-height: 1.45; white-space: normal; text-align: left; cursor: auto}
.cite-card > span {display: block}
.cite-card .card-title {font-weight: 700; margin-bottom: .1rem}
.cite-card .card-meta, .src-meta {color: var(--body-text-color-subdued); font-size: .86em}
.cite-card .card-h {margin: .35rem 0 .15rem; font-size: .78em; text-transform: uppercase; letter-spacing: .03em;
  color: var(--body-text-color-subdued)}
.card-quote, mark.quote {background: var(--pa-quote-bg); color: var(--pa-quote-fg); border-radius: .2rem}
.card-quote {display: block; padding: .2rem .35rem; margin: .2rem 0}
mark.quote {padding: 0 .15rem; box-decoration-break: clone; -webkit-box-decoration-break: clone}
.answer .sources, .answer .closest {margin-top: .55rem; padding-top: .4rem;
  border-top: 1px solid var(--border-color-primary)}
.sources-h {font-size: .78em; text-transform: uppercase; letter-spacing: .04em; color: var(--body-text-color-subdued);
  margin-bottom: .2rem}
#chat .answer ul.source-list {list-style: none; margin: 0; padding: 0}
#chat .answer li.source {display: flex; gap: .45rem; margin: .3rem 0; font-size: .92em}
.src-n {font-weight: 600; color: var(--pa-cite-fg); flex: none}
.src-body {min-width: 0}
.src-body > span {display: block}
.src-title {font-weight: 700}
.src-quote {margin-top: .1rem}
.src-more {font-size: .82em; color: var(--body-text-color-subdued)}
.notices {margin: .35rem 0}
.notice {font-size: .9em; padding: .2rem .5rem; margin: .2rem 0; border-radius: .35rem;
  background: var(--pa-notice-bg); color: var(--pa-notice-fg)}
.status-line {margin-top: .45rem; font-size: .8em; color: var(--body-text-color-subdued)}
.answer.draft {opacity: .78; border-left: 3px dashed var(--border-color-primary); padding-left: .6rem}
.draft-label {font-size: .78em; text-transform: uppercase; letter-spacing: .03em; color: var(--body-text-color-subdued)}
.draft-text {font-style: italic}
.thinking {color: var(--body-text-color-subdued); font-style: italic}
#status {min-height: 1.2rem; font-size: .88em; color: var(--body-text-color-subdued)}
#status .status-text {padding: 0 .2rem}
#filter-row {align-items: center; gap: .4rem; flex-wrap: nowrap}
#filter-row > #filter-chips {flex: 1 1 auto; min-width: 0}
.fchips-h {font-size: .85em; color: var(--body-text-color-subdued); margin-right: .3rem}
.fchip {display: inline-block; margin: .1rem .25rem .1rem 0; padding: .1rem .6rem; border-radius: 1rem;
  font-size: .85em; background: var(--pa-cite-bg); color: var(--pa-cite-fg)}
#clear-filters {flex: 0 0 auto; min-width: 0}
#chat-tools {gap: .4rem; flex-wrap: wrap}
#chat-tools button {flex: 0 0 auto; min-width: 0}
#papers table {table-layout: fixed; width: 100%}
#papers td, #papers th {overflow-wrap: break-word; word-break: normal; hyphens: auto}
#papers td, #papers th, #papers .cell-wrap, #papers .prose {font-family: var(--font) !important}
.paper-detail h3 {margin: .2rem 0}
.paper-detail p {margin-top: .4rem; line-height: 1.55}
.add-result .bad {color: var(--pa-bad-fg)}
.eval .tiles {display: grid; grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr)); gap: .5rem;
  margin: .4rem 0 1rem}
.eval .tile {border: 1px solid var(--border-color-primary); border-radius: .5rem; padding: .5rem .6rem}
.eval .tile-v {font-size: 1.35rem; font-weight: 600}
.eval .tile-k {font-size: .8rem; color: var(--body-text-color-subdued)}
.eval-table {overflow-x: auto}
.eval-table table {border-collapse: collapse; font-size: .85rem; margin-bottom: 1rem}
.eval-table th, .eval-table td {padding: .2rem .5rem; border-bottom: 1px solid var(--border-color-primary);
  text-align: right}
.eval-table th:first-child {text-align: left}
@media (max-width: 640px) {
  .gradio-container .main.app {padding: 10px 8px !important}
  #chat .message-row {margin-left: 2px !important; margin-right: 2px !important; max-width: 100% !important}
  #chat .message.bot, #chat .bot.message {padding: 8px !important}
  #header h1 {font-size: 1.2rem}
  #papers {font-size: .82rem}
}
"""

# Copy the latest answer as Markdown: the Clipboard API where the page is a secure context, else a hidden textarea.
COPY_JS = """
(conv) => {
  const turns = (conv && conv.turns) || [];
  let md = "";
  for (let i = turns.length - 1; i >= 0 && !md; i--) { md = turns[i].md || ""; }
  if (!md) { return conv; }
  const fallback = () => {
    const area = document.createElement("textarea");
    area.value = md; area.setAttribute("readonly", ""); area.style.position = "fixed"; area.style.opacity = "0";
    document.body.appendChild(area); area.select();
    try { document.execCommand("copy"); } catch (e) {}
    area.remove();
  };
  if (navigator.clipboard && window.isSecureContext) { navigator.clipboard.writeText(md).catch(fallback); }
  else { fallback(); }
  return conv;
}
"""


def make_theme() -> gr.themes.Base:
    """Gradio's default look with the bundled fonts in weights whose files are complete (the packaged SemiBold files
    lack most glyphs, which makes a bold 'A' fall back to another font)."""
    return gr.themes.Default(
        primary_hue="blue",
        font=(gr.themes.LocalFont("Source Sans Pro", weights=(400, 700)), "ui-sans-serif", "system-ui", "sans-serif"),
        font_mono=(gr.themes.LocalFont("IBM Plex Mono", weights=(400, 700)), "ui-monospace", "Consolas", "monospace"),
    )


def _state_keys(settings: Settings) -> tuple[str, str]:
    """A storage key per collection (two collections never share a conversation) and the BrowserState secret. The
    stored conversation is the user's own, in their own browser; the secret keeps it readable across restarts."""
    ident = f"{settings.chroma_url or settings.store_path}|{settings.collection}"
    digest = hashlib.sha256(f"paper-assistant:{ident}".encode()).hexdigest()
    return f"paper-assistant-chat-{digest[:12]}", digest[12:44]


def _discard_upload(path: str | Path) -> None:
    """Delete an upload's temporary copy, and its folder once empty (Gradio keeps one folder per upload)."""
    p = Path(path)
    p.unlink(missing_ok=True)
    try:
        p.parent.rmdir()
    except OSError:
        pass


def build_app(settings: Settings, *, reports_dir: Path | None = None) -> gr.Blocks:
    assistant = Assistant.for_settings(settings)
    reports_dir = reports_dir or REPORTS_DIR
    storage_key, secret = _state_keys(settings)

    def all_papers() -> list[Paper]:
        assistant.refresh()
        return list(assistant.index.iter_papers())

    # ----------------------------------------------------------------------------------------------- chat handlers

    # The answer each browser session is waiting for, so Stop reaches the model request behind it: Gradio's cancel
    # ends the event, but a worker thread blocked on a silent endpoint would otherwise hold its model slot.
    answering: dict[str, threading.Event] = {}

    def stop_model(request: gr.Request):
        event = answering.pop(getattr(request, "session_hash", None) or "", None)
        if event is not None:
            event.set()

    def respond(question, conv, year_from, year_to, categories, has_code, author, request: gr.Request):
        question = question if isinstance(question, str) else ""
        if not question.strip():  # an empty submit does nothing at all
            yield tuple(gr.skip() for _ in range(6))
            return
        session = getattr(request, "session_hash", None) or ""
        cancel = answering[session] = threading.Event()
        try:
            conv = clean_conv(conv)
            history = engine_history(conv)
            turn = {"q": question, "a": None, "html": render_pending(), "md": "", "status": "", "done": False}
            conv["turns"] = [*conv["turns"], turn][-MAX_TURNS:]
            busy = (gr.update(interactive=False), gr.update(visible=True))
            yield chat_messages(conv), conv, "", *busy, status_html("Searching the papers…")
            filters = make_filters(year_from, year_to, categories, has_code, author)
            chosen = filters if filters.active() else None
            last = 0.0
            for kind, value in answer_events(assistant, question, history, chosen, cancel):
                if kind == "final":
                    answer: Answer = value
                    status = status_text(answer, settings)
                    turn.update(
                        a=None if answer.engine == "none" else answer.text,
                        html=render_answer(answer, settings),
                        md=answer_markdown(question, answer),
                        status=status,
                        done=True,
                    )
                    yield (
                        chat_messages(conv),
                        conv,
                        gr.skip(),
                        gr.update(interactive=True),
                        gr.update(visible=False),
                        status_html(status, answer.notices),
                    )
                    return
                turn["html"] = render_draft(value) if kind == "draft" else render_partial(value)
                if time.monotonic() - last >= STREAM_INTERVAL:
                    last = time.monotonic()
                    label = "The model is writing; its draft is checked before it is kept…" if kind == "draft" else ""
                    yield chat_messages(conv), conv, gr.skip(), *busy, status_html(label) if label else gr.skip()
        finally:
            if answering.get(session) is cancel:
                del answering[session]

    def stop_answer(conv, request: gr.Request):
        stop_model(request)
        conv = clean_conv(conv)
        ready = (gr.update(interactive=True), gr.update(visible=False))
        if not conv["turns"] or conv["turns"][-1]["done"]:  # it had finished already: nothing to take back
            return gr.skip(), gr.skip(), *ready, gr.skip()
        conv["turns"][-1].update(
            html=render_problem("Stopped before the answer was finished."), done=True, status="Stopped"
        )
        return chat_messages(conv), conv, *ready, status_html("Stopped. The answer was cancelled.")

    def restore_chat(conv):
        conv = clean_conv(conv)
        for turn in conv["turns"]:
            if not turn["done"]:  # the page went away while this one was being answered
                turn.update(
                    html=render_problem("This answer was interrupted (the page was reloaded). Please ask again."),
                    done=True,
                )
        last = conv["turns"][-1]["status"] if conv["turns"] else ""
        return chat_messages(conv), conv, status_html(last), gr.update(interactive=True), gr.update(visible=False)

    def clear_chat(request: gr.Request):
        stop_model(request)
        return [], {"turns": []}, "", gr.update(interactive=True), gr.update(visible=False)

    def copied(conv):
        conv = clean_conv(conv)
        if not any(t["md"] for t in conv["turns"]):
            return status_html("Nothing to copy yet: ask a question first.")
        return status_html("Copied the latest answer as Markdown, with its numbered references.")

    def show_filters(year_from, year_to, categories, has_code, author):
        chips = filter_chips(make_filters(year_from, year_to, categories, has_code, author))
        return gr.update(value=chips), gr.update(visible=bool(chips))

    def pick_example(evt: gr.SelectData):
        value = evt.value if isinstance(evt.value, dict) else {}
        return str(value.get("text") or "")

    # ----------------------------------------------------------------------------------------------- public API

    def chat(question: str, history: list[dict] | None = None, filters: dict | None = None) -> dict:
        """Answer a question about the papers. `history`: earlier turns as [{"role": "user" | "assistant",
        "content": text}] (a previous reply's "history" works as is). `filters`: {"year_from", "year_to",
        "categories": ["CV"], "has_code": true, "authors": ["Name"]}, all optional. Returns the answer text, its
        lead, refused, status, notices, numbered citations (with every quote) and sources, and the new history."""
        question = question if isinstance(question, str) else ""
        turns = plain_history(history)
        chosen = filters_from_json(filters)
        answer = None
        for kind, value in answer_events(assistant, question, turns, chosen if chosen.active() else None):
            if kind == "final":
                answer = value
        assert answer is not None  # answer_events always ends with one
        return answer_json(question, answer, settings, turns)

    def papers_api(query: str = "") -> list[dict]:
        """Every paper in the collection (newest first), or those whose title, authors, abstract, category or date
        contain every word of `query`."""
        words = str(query or "").casefold().split()
        try:
            papers = all_papers()
        except (StoreError, OSError) as exc:
            raise gr.Error(f"The paper store cannot be read right now: {exc}", print_exception=False) from exc
        return [paper_json(p) for p in papers if _matches(p, words)]

    # ----------------------------------------------------------------------------------------------- collection

    def table_view(query: str | None = "", papers: list[Paper] | None = None):
        """The Papers table and the line above it, for a search (every word in the title, authors, abstract,
        category or date)."""
        try:
            papers = all_papers() if papers is None else papers
        except (StoreError, OSError) as exc:
            return gr.update(value=[]), plain(f"The paper store cannot be read right now: {exc}")
        words = str(query or "").casefold().split()
        shown = [p for p in papers if _matches(p, words)]
        note = f"{len(shown)} of {len(papers)} papers match “{plain(query)}”." if words else f"{len(papers)} papers."
        return gr.update(value=paper_rows(shown)), note + " Select a row to read its abstract."

    def collection_view(query: str | None = ""):
        """Everything that shows the collection, read fresh from the store: header, table, added pages, the
        choices of the filters."""
        try:
            papers = all_papers()
            years = assistant.index.years()
            counts = assistant.index.category_counts()
            authors = assistant.index.author_names()
        except (StoreError, OSError):
            return (collection_facts(settings), *table_view(query), *added_pages_view(), *(gr.skip(),) * 4)
        category_choices = [(f"{category_name(c)} · {n}", c) for c, n in sorted(counts.items())]
        return (
            collection_facts(settings),
            *table_view(query, papers),
            *added_pages_view(),
            gr.update(choices=years),
            gr.update(choices=years),
            gr.update(choices=category_choices),
            gr.update(choices=authors),
        )

    def added_pages_view():
        try:
            files = pages.added_files(settings)
            per_page = assistant.index.pages()
        except (CorpusError, StoreError, OSError) as exc:
            return gr.update(choices=[], visible=False), gr.update(visible=False), f"Added pages: {plain(exc)}"
        if not files:
            return (
                gr.update(choices=[], value=None, visible=False),
                gr.update(visible=False),
                "No pages added yet. Pages you add appear here, each with a way to remove it.",
            )
        choices = []
        for f in files:
            n = per_page.get(f.name, 0)
            choices.append((f"{f.name} · {n} paper{'s' if n != 1 else ''} stored from it", f.name))
        return (
            gr.update(choices=choices, value=None, visible=True),
            gr.update(visible=True),
            "Pages you added (the configured pages are not listed and cannot be removed here):",
        )

    def show_abstract(evt: gr.SelectData):
        row = evt.row_value or []
        cell = row[0] if row else None
        try:
            paper = next((p for p in all_papers() if paper_cell(p) == cell), None)
        except (StoreError, OSError) as exc:
            return f"The paper store cannot be read right now: {plain(exc)}"
        return paper_detail(paper) if paper else ""

    def add_files(paths: list[str] | None, progress=gr.Progress()):  # noqa: B008 - how Gradio hands out progress
        """Add profile pages (.txt) to the collection. Returns what happened to each, in words (HTML)."""
        paths = [p for p in (paths or []) if p]
        if not paths:
            return '<div class="add-result">Choose one or more .txt profile pages first.</div>', None
        lines = []
        for path in paths:
            name = Path(path).name
            try:
                result = pages.add_page(
                    path,
                    settings,
                    name=name,
                    progress=lambda done, total, name=name: progress(
                        (done, total), desc=f"Embedding {name}", unit="chunks"
                    ),
                )
                try:
                    titles = [p.title for p in load_corpus([Path(path)], capture_year=settings.capture_year).papers]
                except CorpusError:
                    titles = []
                listed = "".join(f"<li>{tex(t)}</li>" for t in titles[:8])
                more = f"<li>… and {len(titles) - 8} more</li>" if len(titles) > 8 else ""
                lines.append(
                    f'<div class="ok">{plain(result.summary())}</div>'
                    + (f"<ul>{listed}{more}</ul>" if listed and not result.unchanged else "")
                )
            except CorpusError as exc:
                where = f", line {exc.line}" if exc.line else ""
                lines.append(f'<div class="bad"><b>Not added</b> — {plain(name)}{where}: {plain(exc.reason)}</div>')
            except pages.PageConflict as exc:
                lines.append(f'<div class="bad"><b>Not added</b> — {plain(exc)}</div>')
            except StoreError as exc:
                lines.append(
                    f'<div class="bad"><b>Not added</b> — the paper store cannot be written right now: {plain(exc)}'
                    "</div>"
                )
            except OSError as exc:
                lines.append(f'<div class="bad"><b>Not added</b> — {plain(name)}: {plain(exc)}</div>')
            finally:
                _discard_upload(path)  # the upload's temporary copy
        return f'<div class="add-result">{"".join(lines)}</div>', None

    def remove_page(name):
        if not name:
            return '<div class="add-result">Choose a page to remove first.</div>'
        try:
            message = f'<div class="ok">{plain(pages.remove(str(name), settings))}</div>'
        except CorpusError as exc:
            message = f'<div class="bad"><b>Not removed</b> — {plain(exc.reason)}</div>'
        except (StoreError, OSError) as exc:
            message = (
                f'<div class="bad"><b>Not removed</b> — the paper store cannot be changed right now: {plain(exc)}</div>'
            )
        return f'<div class="add-result">{message}</div>'

    def eval_view():
        summary, chart, markdown = eval_summary(reports_dir)
        return summary, gr.update(value=chart, visible=chart is not None), markdown

    # ----------------------------------------------------------------------------------------------- layout

    with gr.Blocks(title="Paper assistant", analytics_enabled=False, delete_cache=(3600, 3600)) as app:
        conv = gr.BrowserState(EMPTY_CONV, storage_key=storage_key, secret=secret)
        header = gr.HTML(
            '<h1>Paper assistant</h1><div class="facts">Loading the collection…</div>', elem_id="header", padding=False
        )
        with gr.Tab("Chat", id="chat-tab"):
            chatbot = gr.Chatbot(
                elem_id="chat",
                label="Conversation",
                show_label=False,
                height="62vh",
                min_height=360,
                render_markdown=False,
                sanitize_html=True,
                latex_delimiters=LATEX,
                buttons=[],
                feedback_options=None,
                placeholder=(
                    "<b>Ask about the papers.</b> Every claim cites its paper: hover or tap a [n] to see the quotes "
                    "behind it. Or the answer says the papers don't say."
                ),
                examples=[{"text": q} for q in example_questions(assistant)],
                autoscroll=True,
            )
            status = gr.HTML("", elem_id="status", padding=False)
            with gr.Row(elem_id="filter-row", visible=False) as filter_row:
                chips = gr.HTML("", elem_id="filter-chips", padding=False)
                clear_filters = gr.Button("Clear all", size="sm", elem_id="clear-filters", variant="secondary")
            with gr.Row(equal_height=True):
                box = gr.Textbox(
                    placeholder="Ask about the papers…",
                    show_label=False,
                    scale=6,
                    lines=1,
                    max_lines=6,
                    elem_id="question",
                    max_length=settings.max_question_chars * 10,
                    autofocus=True,
                )
                ask = gr.Button("Ask", variant="primary", scale=1, min_width=70, elem_id="ask")
                stop = gr.Button("Stop", variant="stop", scale=1, min_width=70, elem_id="stop", visible=False)
            with gr.Row(elem_id="chat-tools"):
                new_chat = gr.Button("New chat", size="sm", elem_id="new-chat")
                copy_md = gr.Button("Copy as Markdown", size="sm", elem_id="copy-md")
            with gr.Accordion("Filters", open=False, elem_id="filters"):
                with gr.Row():
                    year_from = gr.Dropdown([], label="From year", value=None, elem_id="year-from")
                    year_to = gr.Dropdown([], label="To year", value=None, elem_id="year-to")
                    author = gr.Dropdown([], label="Author", value=None, filterable=True, elem_id="author")
                categories = gr.CheckboxGroup([], label="Category", elem_id="categories")
                has_code = gr.Checkbox(label="Only papers with code", elem_id="has-code")
        with gr.Tab("Papers", id="papers-tab"):
            search = gr.Textbox(
                placeholder="Search titles, authors, abstracts, categories…",
                show_label=False,
                elem_id="paper-search",
            )
            table_note = gr.HTML("", elem_id="papers-note", padding=False)
            table = gr.Dataframe(
                [],
                headers=PAPER_HEADERS,
                datatype=["markdown", "str", "str"],
                interactive=False,
                wrap=True,
                column_widths=["64%", "14%", "22%"],
                latex_delimiters=LATEX,
                max_height=560,
                elem_id="papers",
                buttons=[],
            )
            detail = gr.Markdown("", latex_delimiters=LATEX, elem_id="paper-detail")
            with gr.Accordion("Add or remove pages", open=True, elem_id="manage-pages"):
                gr.Markdown(
                    "Upload researcher profile pages (.txt, either layout; up to "
                    f"{settings.max_upload_bytes / 1e6:.0f} MB each). A page is checked completely before anything "
                    "is stored: a malformed one is reported with its file and line, and a page that would change "
                    "papers another page owns is refused; nothing already stored changes."
                )
                files = gr.File(file_count="multiple", file_types=[".txt"], label="Profile pages", elem_id="upload")
                add = gr.Button("Add to the collection", variant="primary", elem_id="add")
                add_result = gr.HTML("", elem_id="upload-result", padding=False)
                pages_note = gr.HTML("", elem_id="pages-note", padding=False)
                page_list = gr.Radio([], label="Added pages", elem_id="added-pages", visible=False)
                remove = gr.Button(
                    "Remove the selected page", variant="stop", size="sm", elem_id="remove-page", visible=False
                )
                remove_result = gr.HTML("", elem_id="remove-result", padding=False)
        with gr.Tab("Evaluation", id="eval-tab"):
            eval_html = gr.HTML("", elem_id="eval", padding=False)
            chart = gr.Image(None, show_label=False, elem_id="eval-chart", visible=False, buttons=[])
            with gr.Accordion("Full report", open=False):
                eval_md = gr.Markdown("")

        # ------------------------------------------------------------------------------------------- events
        private = dict(api_visibility="private")
        filter_inputs = [year_from, year_to, categories, has_code, author]
        chat_inputs = [box, conv, *filter_inputs]
        chat_outputs = [chatbot, conv, box, ask, stop, status]
        chat_events = dict(concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat", show_progress="hidden", **private)
        asked = gr.on([box.submit, ask.click], respond, chat_inputs, chat_outputs, trigger_mode="once", **chat_events)
        picked = chatbot.example_select(pick_example, None, box, queue=False, **private).then(
            respond, chat_inputs, chat_outputs, **chat_events
        )
        running = [asked, picked]
        # The model request is let go in the step after the cancel (its own step would make Gradio mark a failure).
        stop.click(None, None, None, cancels=running, **private).then(
            stop_answer, conv, [chatbot, conv, ask, stop, status], queue=False, show_progress="hidden", **private
        )
        # Cancelling first and updating after (not in one event) keeps Gradio from marking the chat as failed.
        clearing = dict(
            fn=clear_chat, inputs=None, outputs=[chatbot, conv, status, ask, stop], queue=False, show_progress="hidden"
        )
        new_chat.click(None, None, None, cancels=running, **private).then(**clearing, **private)
        chatbot.clear(None, None, None, cancels=running, **private).then(**clearing, **private)
        copy_md.click(copied, conv, status, js=COPY_JS, queue=False, show_progress="hidden", **private)
        for component in filter_inputs:
            component.change(show_filters, filter_inputs, [chips, filter_row], queue=False, **private)
        clear_filters.click(lambda: (None, None, [], False, None), None, filter_inputs, queue=False, **private)

        collection_outputs = [
            header,
            table,
            table_note,
            page_list,
            remove,
            pages_note,
            year_from,
            year_to,
            categories,
            author,
        ]
        search.input(table_view, search, [table, table_note], trigger_mode="always_last", **private)
        table.select(show_abstract, None, detail, **private)
        collection = dict(concurrency_limit=1, concurrency_id="collection")
        quiet = dict(show_progress="hidden", **private)
        add.click(add_files, files, [add_result, files], api_name="add_papers", **collection).then(
            collection_view, search, collection_outputs, **quiet
        )
        remove.click(remove_page, page_list, remove_result, **collection, **private).then(
            collection_view, search, collection_outputs, **quiet
        )
        app.load(restore_chat, conv, [chatbot, conv, status, ask, stop], **quiet)
        app.load(collection_view, search, collection_outputs, **quiet)
        app.load(eval_view, None, [eval_html, chart, eval_md], **quiet)

        gr.api(chat, api_name="chat", concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat")
        gr.api(papers_api, api_name="papers")
    return app


# ------------------------------------------------------------------------------------------------------- launch


def _login_guard(auth) -> LoginGuard | None:
    if not auth:
        return None
    credentials = [auth] if isinstance(auth, tuple) else list(auth)
    return LoginGuard([(str(u), str(p)) for u, p in credentials])


def _warm_in_background(assistant: Assistant) -> threading.Thread:
    """Read the papers ahead (`Assistant.warm`) while the page loads, so the first questions are as quick as later
    ones. Best effort: a failure here only leaves the work to the first questions, as before."""

    def warm():
        try:
            started = time.perf_counter()
            n = assistant.warm()
            log.info("read %d papers ahead in %.1f s", n, time.perf_counter() - started)
        except Exception as exc:  # (nothing a question needs depends on it)
            log.warning("reading the papers ahead failed: %s", exc)

    thread = threading.Thread(target=warm, name="read-ahead", daemon=True)
    thread.start()
    return thread


def launch(settings: Settings, *, auth=None, block: bool = True, reports_dir: Path | None = None) -> gr.Blocks:
    """Serve the chat. `auth`: (user, password) pairs, or None for no login. Raises PortInUse for a busy port."""
    with socket.socket() as probe:
        host = settings.host if settings.host not in ("0.0.0.0", "") else "127.0.0.1"
        if probe.connect_ex((host, settings.port)) == 0:
            raise PortInUse(
                f"port {settings.port} on {settings.host} is already in use; choose another with "
                f"--port (or ASSISTANT_PORT)"
            )
    guard = _login_guard(auth)
    app = build_app(settings, reports_dir=reports_dir)
    app.login_guard = guard  # type: ignore[attr-defined]
    _warm_in_background(Assistant.for_settings(settings))
    app.queue(default_concurrency_limit=4, max_size=128)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        auth=guard.check if guard else None,
        auth_message="Sign in to ask about the papers." if guard else None,
        prevent_thread_lock=not block,
        show_error=False,
        max_file_size=settings.max_upload_bytes,
        footer_links=["api", "settings"],
        ssr_mode=False,
        enable_monitoring=False,
        pwa=False,
        mcp_server=False,
        quiet=not block,
        theme=make_theme(),
        head=f"<style>{CSS}</style>",  # as written: Gradio scopes `css=` rules, which breaks .dark and @media ones
    )
    return app
