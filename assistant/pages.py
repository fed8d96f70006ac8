"""The collection's pages: the configured ones (data_paths) and those added in the UI or CLI, and who owns which paper.

Identity rules:
- a paper is its normalised title; the page that lists it first owns it (configured pages first, then added pages in
  the order they were added, as the manifest `uploads_dir/collection.json` records);
- an added page never changes another page's paper: listing one with different content is a conflict, reported
  before anything is written; listing it unchanged is no change;
- re-adding a page under the same name replaces that added page (a corrected page); the same file twice is no change;
- `remove(page)` deletes an added page; `remove(paper)` takes a paper out of the collection until it is restored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .corpus import CorpusError, load_corpus, page_files, paper_slug, same_content, title_key
from .index import LexicalIndex
from .settings import Settings
from .text import counted
from .types import Corpus, Paper

MANIFEST = "collection.json"
ADDED_RANK_BASE = 1_000_000  # ranks of added pages come after every configured page


class PageConflict(ValueError):
    """An added page would change papers another page owns; nothing was changed."""


@dataclass(frozen=True)
class AddResult:
    page: str
    papers: int  # papers on the page
    new: int  # papers not in the collection before
    already: int  # papers the collection already had, unchanged
    replaced: bool  # the page replaced an earlier version of itself
    unchanged: bool  # nothing to do: the same page was already there
    report: object | None = None  # the store's IngestReport

    def summary(self) -> str:
        if self.unchanged:
            return f"No change: all {self.papers} papers of {self.page} are already in the collection."
        verb = "Updated" if self.replaced else "Added"
        extra = f"; {self.already} were already in the collection" if self.already else ""
        return f"{verb} {self.page}: {self.new} new paper{'s' if self.new != 1 else ''}{extra}."


# ---------------------------------------------------------------------------------------------------------- manifest


def _manifest_path(settings: Settings) -> Path:
    return settings.uploads_dir / MANIFEST


def read_manifest(settings: Settings) -> dict:
    path = _manifest_path(settings)
    data = {"pages": [], "removed": []}
    if path.exists():
        try:
            loaded = json.loads(path.read_text(encoding="utf-8"))
            data["pages"] = list(loaded.get("pages", []))
            data["removed"] = list(loaded.get("removed", []))
        except (ValueError, OSError) as exc:
            raise CorpusError(path, 0, f"the collection manifest cannot be read ({exc}); fix or delete it") from exc
    known = {p["file"] for p in data["pages"]}
    if settings.uploads_dir.is_dir():  # pages copied in by hand: after the recorded ones, by name
        for f in sorted(settings.uploads_dir.glob("*.txt")):
            if f.name not in known:
                data["pages"].append({"file": f.name, "sha256": _sha256(f.read_bytes()), "added": None})
    data["pages"] = [p for p in data["pages"] if (settings.uploads_dir / p["file"]).exists()]
    return data


def _write_manifest(settings: Settings, data: dict) -> None:
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    path = _manifest_path(settings)
    fd, tmp = tempfile.mkstemp(dir=settings.uploads_dir, prefix=".collection-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
    os.replace(tmp, path)


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ---------------------------------------------------------------------------------------------------------- corpus


def configured_files(settings: Settings) -> list[Path]:
    return page_files(settings.data_paths)


def added_files(settings: Settings) -> list[Path]:
    return [settings.uploads_dir / p["file"] for p in read_manifest(settings)["pages"]]


def load(
    settings: Settings, paths: Sequence[Path] | None = None, *, skip_bad: bool = True
) -> tuple[Corpus, dict[str, tuple[str, int]]]:
    """The corpus (configured pages, then added ones) and each paper's owning page and rank."""
    if paths is not None:
        files = page_files(paths)
        added: list[Path] = []
    else:
        files = configured_files(settings)
        added = added_files(settings)
    ordered = [*files, *added]
    corpus = load_corpus(ordered, capture_year=settings.capture_year, skip_bad=skip_bad)
    removed = set(read_manifest(settings)["removed"]) if paths is None else set()
    if removed:
        corpus = Corpus(
            tuple(p for p in corpus.papers if title_key(p.title) not in removed),
            corpus.profiles,
            corpus.errors,
            corpus.duplicates,
        )
    rank = {f.name: i for i, f in enumerate(files)}
    rank |= {f.name: ADDED_RANK_BASE + i for i, f in enumerate(added)}
    owners = {p.id: (p.source.file, rank.get(p.source.file, 0)) for p in corpus.papers}
    return corpus, owners


def conflicts(corpus: Corpus) -> list[tuple[Paper, Paper]]:
    """Papers listed twice with different content: (owner's version, the other page's version)."""
    return [(kept, other) for kept, other in corpus.duplicates if not same_content(kept, other)]


# ---------------------------------------------------------------------------------------------------------- changes


def _safe_name(name: str) -> str:
    stem = re.sub(r"[^\w.-]+", "_", Path(name).stem).strip("._") or "page"
    return f"{stem[:80]}.txt"


@dataclass(frozen=True)
class _AddPlan:
    """What adding a page changes: the papers it lists that differ from their owners' (kept, page's version), how
    many it lists unchanged, and the papers to write (None: sync the whole collection)."""

    clashes: list[tuple[Paper, Paper]]
    already: int
    adds: list[Paper] | None


def _current_index(settings: Settings) -> LexicalIndex | None:
    """The catalog when it reflects the store as it is now (None when another writer left it behind, or there is
    no store yet: then only a whole reading can decide)."""
    from . import store

    try:
        index = store.open_index(settings)
        version = store.Store(settings).version()
    except store.StoreError:
        return None
    return index if version and index.compatible and index.store_version == version else None


def _plan_new_page(new: Corpus, manifest: dict, index: LexicalIndex) -> _AddPlan | None:
    """A page under a new name, decided from the catalog by indexed lookups: at 50k papers, reading every page again
    took seconds. A paper whose short id is taken is numbered after the stored ones, as a whole reading would;
    None when that cannot be told from the catalog (a gap in the numbering, or a removed paper may have had the id).
    """
    removed_first_words = {key.split()[0] for key in manifest["removed"] if key}
    stored = index.ids_by_title_key(title_key(p.title) for p in new.papers)
    kept_papers = index.papers(stored.values())
    clashes: list[tuple[Paper, Paper]] = []
    adds: list[Paper] = []
    already = 0
    for p in new.papers:
        key = title_key(p.title)
        if key in stored:
            kept = kept_papers[stored[key]]
            if same_content(kept, p):
                already += 1
            else:
                clashes.append((kept, p))
            continue
        base = paper_slug(p.title) or "paper"
        if base.split("-")[0] in removed_first_words:
            return None
        taken = index.ids_with_base(base)
        if taken:
            # Read whole, the page comes last: its papers are numbered after the stored ones ('base-3' after
            # 'base' and 'base-2'), if those are numbered without a gap; otherwise only a whole reading can tell.
            if taken != {base, *(f"{base}-{i}" for i in range(2, len(taken) + 1))}:
                return None
            on_page = 1 if p.id == base else int(p.id.rsplit("-", 1)[1])
            p = dataclasses.replace(p, id=f"{base}-{len(taken) + on_page}")
        if key not in manifest["removed"]:
            adds.append(p)
    return _AddPlan(clashes, already, adds)


def _plan_whole(data: bytes, name: str, manifest: dict, settings: Settings) -> _AddPlan:
    """The collection as it would be with this page in place (replacing its earlier version), read and checked
    whole."""
    others = [settings.uploads_dir / p["file"] for p in manifest["pages"] if p["file"] != name]
    with tempfile.TemporaryDirectory() as tmp:
        candidate = Path(tmp) / name
        candidate.write_bytes(data)
        files = [*configured_files(settings), *others, candidate]
        whole = load_corpus(files, capture_year=settings.capture_year, skip_bad=True)
    clashes = [(kept, other) for kept, other in conflicts(whole) if other.source.file == name]
    already = sum(1 for _, other in whole.duplicates if other.source.file == name)
    return _AddPlan(clashes, already, None)


def add_page(
    path: str | Path,
    settings: Settings,
    *,
    name: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> AddResult:
    """Add one profile page (or replace an added page of the same name). Everything is checked before anything is
    written: size, format (file and line), conflicts with papers other pages own."""
    from . import store

    src = Path(path)
    name = _safe_name(name or src.name)
    try:
        size = src.stat().st_size
    except OSError as exc:
        raise CorpusError(src, 0, f"cannot read the page: {exc.strerror or exc}") from exc
    if size > settings.max_upload_bytes:
        raise CorpusError(
            name,
            0,
            f"the page is {size / 1e6:.1f} MB; the limit is "
            f"{settings.max_upload_bytes / 1e6:.0f} MB (ASSISTANT_MAX_UPLOAD_BYTES)",
        )
    data = src.read_bytes()
    digest = _sha256(data)
    manifest = read_manifest(settings)
    index = _current_index(settings)
    # Parse the page on its own first: a malformed page is reported by its own name and line.
    with tempfile.TemporaryDirectory() as tmp:
        check = Path(tmp) / name
        check.write_bytes(data)
        new = load_corpus(
            [check], capture_year=settings.capture_year, known_names=index.author_names() if index else ()
        )
    same_file = next((p for p in manifest["pages"] if p["sha256"] == digest), None)
    if same_file is not None:
        return AddResult(same_file["file"], len(new.papers), 0, len(new.papers), False, True)
    configured = {f.name for f in configured_files(settings)}
    asked_name = name
    if name in configured:  # an added page never takes a configured page's name (or its papers)
        name = _safe_name(f"{Path(name).stem}-added")
    replacing = next((p for p in manifest["pages"] if p["file"] == name), None)
    # A page whose header names a researcher makes them an author of the stored papers it lists too (Paper.owners):
    # the whole collection is read then, so those papers are recorded as theirs.
    researcher = new.profiles[0].name if new.profiles else None
    gains_researcher = False
    if researcher and index is not None:
        listed = index.ids_by_title_key(title_key(p.title) for p in new.papers)
        gains_researcher = any(researcher not in kept.owners for kept in index.papers(listed.values()).values())
    fast = replacing is None and index is not None and not gains_researcher
    plan = _plan_new_page(new, manifest, index) if fast else None
    if plan is None:
        plan = _plan_whole(data, name, manifest, settings)
    if plan.clashes:
        lines = "; ".join(f"“{o.title}” is owned by {k.source.file} and differs there" for k, o in plan.clashes[:5])
        more = f" (and {len(plan.clashes) - 5} more)" if len(plan.clashes) > 5 else ""
        raise PageConflict(
            f"{name} would change papers already in the collection: {lines}{more}. An added page "
            f"cannot rewrite another page's papers; nothing was changed."
        )
    already = plan.already
    if already == len(new.papers) and replacing is None and not gains_researcher:
        # Every paper on the page is already in the collection, unchanged: there is nothing to add.
        return AddResult(asked_name, len(new.papers), 0, already, False, True)
    settings.uploads_dir.mkdir(parents=True, exist_ok=True)
    target = settings.uploads_dir / name
    backup = target.read_bytes() if target.exists() else None
    target.write_bytes(data)
    entry = {
        "file": name,
        "sha256": digest,
        "added": dt.datetime.now().isoformat(timespec="seconds"),
        "original_name": Path(str(path)).name,
    }
    pages = [p for p in manifest["pages"] if p["file"] != name]
    position = next((i for i, p in enumerate(manifest["pages"]) if p["file"] == name), len(pages))
    pages.insert(position, entry)
    old_manifest = dict(manifest)
    try:
        _write_manifest(settings, {**manifest, "pages": pages})
        if plan.adds is None:
            corpus, owners = load(settings)
            report = store.sync(corpus.papers, settings, owners=owners, prune=not corpus.errors, progress=progress)
        else:  # only this page's new papers are written; nothing else is read or touched
            owner = (name, ADDED_RANK_BASE + position)
            report = store.sync(
                plan.adds, settings, owners={p.id: owner for p in plan.adds}, prune=False, progress=progress
            )
    except BaseException:
        # Put everything back as it was: the page file and the manifest.
        if backup is None:
            target.unlink(missing_ok=True)
        else:
            target.write_bytes(backup)
        _write_manifest(settings, old_manifest)
        raise
    return AddResult(name, len(new.papers), len(new.papers) - already, already, replacing is not None, False, report)


def remove(target: str, settings: Settings) -> str:
    """Remove an added page (by file name) or a paper (by id or title). Returns what was done, in words."""
    from . import store

    manifest = read_manifest(settings)
    page = next((p for p in manifest["pages"] if p["file"] in (target, _safe_name(target))), None)
    if page is not None:
        (settings.uploads_dir / page["file"]).unlink(missing_ok=True)
        _write_manifest(settings, {**manifest, "pages": [p for p in manifest["pages"] if p is not page]})
        corpus, owners = load(settings)
        if corpus.papers and not corpus.errors:
            report = store.sync(corpus.papers, settings, owners=owners, prune=True)
            return f"Removed page {page['file']} ({counted(report.papers_removed, 'paper')} removed)."
        return f"Removed page {page['file']}; its papers stay stored until the other pages parse again."
    if target in {f.name for f in configured_files(settings)}:
        raise CorpusError(
            target,
            0,
            "this is a configured page (data_paths), not an added one; remove it from "
            "data_paths, or remove single papers by id or title",
        )
    corpus, owners = load(settings)
    key = title_key(target)
    paper = next((p for p in corpus.papers if p.id == target or title_key(p.title) == key), None)
    if paper is None:
        raise CorpusError(target, 0, "no added page and no paper in the collection has this name, id or title")
    _write_manifest(settings, {**manifest, "removed": sorted({*manifest["removed"], title_key(paper.title)})})
    corpus, owners = load(settings)
    store.sync(corpus.papers, settings, owners=owners, prune=not corpus.errors)
    return f"Removed the paper “{paper.title}” (restore it with `assistant restore {paper.id}`)."


def restore(target: str, settings: Settings) -> str:
    from . import store

    manifest = read_manifest(settings)
    everything = load_corpus(
        [*configured_files(settings), *added_files(settings)], capture_year=settings.capture_year, skip_bad=True
    ).papers
    key = title_key(target)
    paper = next((p for p in everything if p.id == target or title_key(p.title) == key), None)
    if paper is None or title_key(paper.title) not in manifest["removed"]:
        raise CorpusError(target, 0, "no removed paper has this id or title")
    _write_manifest(settings, {**manifest, "removed": [k for k in manifest["removed"] if k != title_key(paper.title)]})
    corpus, owners = load(settings)
    store.sync(corpus.papers, settings, owners=owners, prune=not corpus.errors)
    return f"Restored “{paper.title}”."
