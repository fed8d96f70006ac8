"""The Gradio chat. It calls stream_answer() and reads the store's papers; it never reaches into engines."""

from __future__ import annotations

import html
import os
import socket
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # offline product: no calls home at import or launch

import gradio as gr

from . import pages
from .corpus import CorpusError, load_corpus
from .runtime import Assistant
from .settings import PROJECT_ROOT, Settings
from .store import StoreError
from .types import Answer, Filters, Final, TextDelta


class PortInUse(RuntimeError):
    """The UI's port is taken; the message says which and what to do."""


EXAMPLES = [
    "Which papers build on the Segment Anything Model, and what does each use it for?",
    "What dataset did the face-to-face spoken dialogue paper release, and how large is it?",
    "Who are the listed authors of the DF-3DFace paper?",
    "Which papers are filed under the audio and speech processing (AS) category?",
    "How many GPUs were used to train Gaze-LLE?",
]
# Chat answers handled at once per app. Each waits on I/O (the store, a model endpoint) far more than on the CPU.
CHAT_CONCURRENCY = 32
CSS = """
.badge {display:inline-block;padding:2px 10px;border-radius:12px;font-size:0.85em;margin-right:6px}
.badge-extractive {background:#e7f0ff;color:#1c4f9c} .badge-openai, .badge-local {background:#e9f7ec;color:#1d6b33}
.badge-guardrail {background:#fff4e0;color:#8a5300} .badge-none {background:#eee;color:#444}
.notice {color:#8a5300;font-size:0.9em}
.source {border-left:3px solid #9bb7e0;padding:4px 10px;margin:8px 0}
.source mark {background:#fff3b0}
"""


def message_text(content: object) -> str:
    """Gradio may hand back a message's content as a string or as a list of typed parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(message_text(c) for c in content)
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    return ""


def plain_history(history: list | None) -> list[dict]:
    """Only role and text go back into the conversation: sources and badges never leak into history."""
    return [
        {"role": m.get("role"), "content": message_text(m.get("content"))}
        for m in history or []
        if isinstance(m, dict) and m.get("role") in ("user", "assistant")
    ]


def sources_html(result: Answer) -> str:
    if not result.citations:
        if result.sources:
            closest = "".join(f"<li>{html.escape(h.paper.title)} ({h.paper.year})</li>" for h in result.sources[:3])
            return f"<p>No source cited.</p><p>Closest papers:</p><ul>{closest}</ul>"
        return "<p>No source cited.</p>"
    by_id = {h.paper.id: h.paper for h in result.sources}
    parts = []
    for c in result.citations:
        p = by_id.get(c.paper_id)
        meta = f"{html.escape(p.author_line())} · {html.escape(p.date_label())} · {p.category}" if p else ""
        code = " · code available" if p and p.has_code else ""
        parts.append(
            f"<div class='source'><b>[{c.n}] {html.escape(c.title)}</b><br><small>{meta}{code}</small>"
            f"<br><mark>{html.escape(c.quote)}</mark></div>"
        )
    return "".join(parts)


def badge_html(result: Answer | None) -> str:
    if result is None:
        return "<span class='badge badge-none'>thinking…</span>"
    label = {"guardrail": "refused before any model ran", "none": "no question"}.get(result.engine, result.engine)
    notices = "".join(f"<div class='notice'>⚠ {html.escape(n.message)}</div>" for n in result.notices)
    refused = " <span class='badge badge-guardrail'>the papers don't say</span>" if result.refused else ""
    return (
        f"<span class='badge badge-{result.engine}'>engine: {html.escape(label)}</span>{refused}"
        f"<small>{result.timings.get('total', 0):.2f} s</small>{notices}"
    )


def make_filters(
    year_from: float | None, year_to: float | None, categories: list[str] | None, has_code: bool, author: str | None
) -> Filters:
    return Filters(
        year_from=int(year_from) if year_from else None,
        year_to=int(year_to) if year_to else None,
        categories=tuple(categories or ()),
        has_code=True if has_code else None,
        authors=(author,) if author else (),
    )


def build_app(settings: Settings) -> gr.Blocks:
    assistant = Assistant.for_settings(settings)
    index = assistant.index
    papers = list(index.iter_papers())
    years = index.years() or [2020]
    authors = index.author_names()

    def respond(
        message: str, history: list | None, year_from, year_to, categories, has_code, author
    ) -> Iterator[tuple[list[dict], str, str]]:
        turns = plain_history(history)
        shown = [*turns, {"role": "user", "content": message}, {"role": "assistant", "content": ""}]
        yield shown, "", badge_html(None)
        filters = make_filters(year_from, year_to, categories, has_code, author)
        text = ""
        for event in assistant.stream_answer(message, turns, filters=filters if filters.active() else None):
            if isinstance(event, Final):
                shown[-1]["content"] = event.answer.text
                yield shown, sources_html(event.answer), badge_html(event.answer)
            elif isinstance(event, TextDelta):
                text += event.text
                # A model's text is a draft until checked: marked as such, then replaced by the checked answer.
                shown[-1]["content"] = f"*Draft, being checked…* {text}" if event.draft else text
                yield shown, "", badge_html(None)

    with gr.Blocks(title="Paper assistant", analytics_enabled=False) as app:
        gr.Markdown(
            f"## Paper assistant\nAsk about {len(papers)} papers. Every claim cites its paper — "
            "or the answer says the papers don't say."
        )
        with gr.Tab("Chat"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(label="Conversation", height=460, elem_id="chat")
                    badge = gr.HTML(elem_id="badge")
                    with gr.Row():
                        box = gr.Textbox(
                            placeholder="Ask about the papers…",
                            show_label=False,
                            scale=5,
                            elem_id="question",
                            max_length=settings.max_question_chars * 10,
                        )
                        send = gr.Button("Ask", variant="primary", scale=1, elem_id="ask")
                    new_chat = gr.Button("New chat", size="sm")
                    gr.Examples(EXAMPLES, inputs=box, label="Try")
                with gr.Column(scale=2):
                    gr.Markdown("### Sources")
                    sources = gr.HTML("<p>Sources of the answer appear here.</p>", elem_id="sources")
                    with gr.Accordion("Filters", open=False):
                        year_from = gr.Dropdown(years, label="From year", value=None)
                        year_to = gr.Dropdown(years, label="To year", value=None)
                        categories = gr.CheckboxGroup(sorted(index.categories()), label="Category")
                        has_code = gr.Checkbox(label="Only papers with code")
                        author = gr.Dropdown(authors, label="Author", value=None, allow_custom_value=False)
            inputs = [box, chatbot, year_from, year_to, categories, has_code, author]
            outputs = [chatbot, sources, badge]
            # Many chats run at once: a question answered from the records must never queue behind slow model
            # answers. The engine bounds the model's own load (llm_concurrency) and every answer its deadline.
            chat_events = dict(concurrency_limit=CHAT_CONCURRENCY, concurrency_id="chat")
            send.click(respond, inputs, outputs, api_name="chat", **chat_events).then(lambda: "", None, box)
            box.submit(respond, inputs, outputs, api_name=False, **chat_events).then(lambda: "", None, box)
            new_chat.click(lambda: ([], "<p>Sources of the answer appear here.</p>", ""), None, outputs, api_name=False)
        with gr.Tab("Papers"):
            facts = gr.Markdown(_corpus_facts(settings))
            table = gr.Dataframe(
                _paper_rows(settings),
                headers=["title", "authors", "date", "category", "code"],
                interactive=False,
                wrap=True,
                elem_id="papers",
                show_search="search",
            )
            abstract = gr.Markdown()

            def show_abstract(evt: gr.SelectData) -> str:
                title = (evt.row_value or [""])[0]
                p = next((p for p in assistant.index.iter_papers() if p.title == title), None)
                if p is None:
                    return ""
                return f"### {p.title}\n{p.author_line()} · {p.date_label()} · {p.category}\n\n{p.abstract}"

            table.select(show_abstract, None, abstract, api_name=False)
        with gr.Tab("Add papers"):
            gr.Markdown(
                "Upload researcher profile pages (.txt, either layout). A page is checked completely "
                "before anything is stored; a malformed one is reported with its file and line and "
                "nothing already stored changes."
            )
            files = gr.File(file_count="multiple", file_types=[".txt"], label="Profile pages", elem_id="upload")
            add = gr.Button("Add to the collection", variant="primary")
            added = gr.Markdown(elem_id="upload-result")

            def add_pages(paths: list[str] | None, progress=gr.Progress()) -> tuple[str, list, str]:  # noqa: B008
                if not paths:
                    return (
                        "Choose one or more .txt profile pages first.",
                        _paper_rows(settings),
                        _corpus_facts(settings),
                    )
                results = []
                for path in paths:
                    try:
                        result = pages.add_page(
                            path, settings, progress=lambda done, total: progress(done / total, "embedding")
                        )
                        results.append(result.summary())
                    except CorpusError as exc:
                        results.append(f"**Not added** — {Path(exc.file).name}, line {exc.line}: {exc.reason}")
                    except (StoreError, pages.PageConflict) as exc:
                        results.append(f"**Not added** — {exc}")
                    finally:
                        Path(path).unlink(missing_ok=True)  # the upload's temporary copy
                return "\n\n".join(results), _paper_rows(settings), _corpus_facts(settings)

            add.click(add_pages, files, [added, table, facts], api_name="add_papers")
        with gr.Tab("Evaluation"):
            gr.Markdown(_latest_report())
            chart = PROJECT_ROOT / "reports" / "latest" / "chart.png"
            if chart.exists():
                gr.Image(str(chart), show_label=False)
    return app


def _paper_rows(settings: Settings) -> list[list[str]]:
    papers = Assistant.for_settings(settings).index.iter_papers()
    return [[p.title, p.author_line(), p.date.isoformat(), p.category, "yes" if p.has_code else ""] for p in papers]


def _corpus_facts(settings: Settings) -> str:
    papers = list(Assistant.for_settings(settings).index.iter_papers())
    try:
        profiles = load_corpus(pages.configured_files(settings), capture_year=settings.capture_year).profiles
    except CorpusError:  # the header facts are a nicety; the table itself comes from the store
        profiles = ()
    lines = [
        f"**{len(papers)} papers** · {len({a for p in papers for a in p.authors})} authors · "
        f"{sum(p.has_code for p in papers)} with code · {len({p.category for p in papers})} categories"
    ]
    lines += [
        f"**{p.name}** ({p.field}) · h-index {p.h_index} · {p.paper_count} papers · {p.citations} citations"
        for p in profiles
    ]
    return "\n\n".join(lines)


def _latest_report() -> str:
    path = PROJECT_ROOT / "reports" / "latest" / "report.md"
    if path.exists():
        return path.read_text()
    return "No evaluation yet: run `assistant eval` (or `make eval`) and reload."


def launch(settings: Settings, *, auth=None, block: bool = True) -> gr.Blocks:
    with socket.socket() as probe:
        if (
            probe.connect_ex((settings.host if settings.host not in ("0.0.0.0", "") else "127.0.0.1", settings.port))
            == 0
        ):
            raise PortInUse(
                f"port {settings.port} on {settings.host} is already in use; choose another with "
                f"--port (or ASSISTANT_PORT)"
            )
    app = build_app(settings)
    app.queue(default_concurrency_limit=4, max_size=64)
    app.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        auth=auth,
        prevent_thread_lock=not block,
        show_error=False,
        css=CSS,
    )
    return app
