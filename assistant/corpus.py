"""Profile-page parsing: two page layouts in, typed `Paper` and `Profile` records out.

Layout "spaced" (a profile header, then 7-line blocks)::

    IRApr 2Code            <- category, date (year optional), optional "Code" flag
    Title
    <blank>
    Author, Author et al. · affiliation
    <blank>
    Abstract
    <blank>

Layout "glued" (no header, 3-line blocks) where the title runs straight into the author list::

    CVNov 2, 2022
    SyncTalkFace: ... via Audio-Lip MemorySe Jin Park, Minsu Kim, Joanna Hong et al.
    Abstract

Every problem is raised as `CorpusError` naming the file and line; nothing is silently dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from .types import Corpus, Paper, Profile, SourceRef


class CorpusError(ValueError):
    """A profile page that cannot be read exactly; the message names file and line."""

    def __init__(self, file: str | Path, line: int, message: str):
        self.file = str(file)
        self.line = line
        self.reason = message
        super().__init__(f"{self.file}:{line}: {message}")


def jsonl_rows(path: str | Path, what: str) -> Iterator[tuple[int, dict]]:
    """(line number, object) of each non-blank line of a JSONL file; a line that is no JSON object is a CorpusError
    naming file and line ('bad {what}: …')."""
    for lineno, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise CorpusError(path, lineno, f"bad {what}: {exc}") from exc
        if not isinstance(row, dict):
            raise CorpusError(path, lineno, f"bad {what}: not a JSON object")
        yield lineno, row


_MONTHS = {
    m: i
    for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), start=1)
}
_META_RE = re.compile(
    r"^(?P<category>[A-Z]{2,5}?)(?P<month>" + "|".join(_MONTHS) + r") (?P<day>\d{1,2})"
    r"(?:, (?P<year>\d{4}))?(?P<code>Code)?$"
)
_HEADER_FIELDS = {
    "h_index": re.compile(r"^h-index\s*(\d+)$"),
    "paper_count": re.compile(r"^(\d+)\s*papers$"),
    "citations": re.compile(r"^(\d+)\s*citations$"),
    "novelty_percent": re.compile(r"^Novelty\s*(\d+)%$"),
    "ai_score": re.compile(r"^AI Score\s*(\d+)$"),
}
_PAPERS_LINE_RE = re.compile(r"^(\d+) Papers$")
# Lower-case name particles that may sit inside a personal name ("Ludwig van Beethoven").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "e",
        "y",
        "la",
        "le",
        "los",
        "bin",
        "ibn",
        "al",
        "ul",
        "ur",
        "ter",
        "ten",
        "im",
        "zu",
    ]
)
_SLUG_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "the",
        "through",
        "to",
        "via",
        "with",
    ]
)


@dataclass(frozen=True)
class _Meta:
    category: str
    date: dt.date
    date_has_year: bool
    has_code: bool


@dataclass(frozen=True)
class _AuthorList:
    authors: tuple[str, ...]
    et_al: bool
    affiliation: str | None


@dataclass
class _RawPaper:
    """A block whose title/author split may still be ambiguous (glued layout)."""

    meta: _Meta
    splits: list[tuple[str, _AuthorList]]  # candidate (title, authors); one when unambiguous
    abstract: str
    source: SourceRef
    error_at: SourceRef  # the title line, for errors about the split


def _read_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(path, _line_of_offset(path, exc.start), "not UTF-8 text") from exc
    except OSError as exc:
        raise CorpusError(path, 0, f"cannot read file: {exc.strerror or exc}") from exc
    return [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]


def _line_of_offset(path: Path, offset: int) -> int:
    return path.read_bytes()[:offset].count(b"\n") + 1


def _parse_meta(line: str, path: Path, lineno: int, capture_year: int) -> _Meta:
    m = _META_RE.match(line.strip())
    if not m:
        raise CorpusError(path, lineno, f"expected a category/date line like 'CVNov 2, 2022Code', got {line!r}")
    year = int(m["year"]) if m["year"] else capture_year
    try:
        date = dt.date(year, _MONTHS[m["month"]], int(m["day"]))
    except ValueError as exc:
        raise CorpusError(path, lineno, f"invalid date in {line!r}: {exc}") from exc
    return _Meta(m["category"], date, m["year"] is not None, m["code"] is not None)


def _is_name_token(token: str, first: bool) -> bool:
    if not first and token in _PARTICLES:
        return True
    if not first and len(token) > 2 and token[0] == token[-1] and token[0] in "\"'":
        token = token[1:-1]  # a nickname between the given name and the surname: 'Xuhai "Orson" Xu'
    if not first and token[:1] == "-":
        token = token[1:]  # arXiv's split of a hyphenated name: 'Marina M. -C. Höhne'
    if token[:2] in ("d'", "l'") and token[2:3].isupper():
        token = token[2:]  # an elided particle: "Theau d'Audiffret"
    # A group's name may carry a version past its first word ('Team Hunyuan3D', 'Baichuan-M3 Team').
    allowed = "-'.’" + ("" if first else "0123456789")
    return bool(token) and token[0].isupper() and all(c.isalpha() or c in allowed for c in token)


def _is_name(name: str, *, leads: bool = True) -> bool:
    """A personal or group name of one to five words. Its first and last words may be written in lower case
    ('xiaoyu Li', 'Jian liu', 'Hugo Van hamme') unless it leads the list: in a glued line the list's first name is
    where the title ends, found by its capitals ('Deep learning, Anna Lee' is no author list)."""
    tokens = name.split(" ")
    # Initials ('Ronald L. P. D. de Jong') do not count toward the length: only words could be a title's.
    if not 1 <= sum(not re.fullmatch(r"\w\.", t) for t in tokens) <= 5:
        return False
    last = tokens[-1]
    lower_last = not leads and len(tokens) in (2, 3) and last.isalpha() and last.islower()
    lower_first = not leads and len(tokens) > 1 and tokens[0].isalpha() and tokens[0].islower()
    return (
        (lower_first or _is_name_token(tokens[0], True))
        and all(_is_name_token(t, False) for t in tokens[1:-1])
        and (lower_last or _is_name_token(last, len(tokens) == 1))
    )


def parse_author_list(text: str) -> _AuthorList | None:
    """'A B, C D et al. · gatech' -> authors, et-al flag, affiliation; None if it is not an author list."""
    text = text.strip()
    affiliation = None
    if " · " in text:
        text, affiliation = (part.strip() for part in text.rsplit(" · ", 1))
        if not affiliation:
            return None
    et_al = text.endswith(" et al.")
    if et_al:
        text = text[: -len(" et al.")]
    # An entry with no letter is what is left of a group's colon, as arXiv prints 'NVIDIA: Aaron Blakeman, ...'
    # ('NVIDIA, :, Aaron Blakeman'): a separator, not a person.
    names = tuple(n.strip() for n in text.split(",") if n.strip() not in (":", ";"))
    if not names or not all(_is_name(n, leads=i == 0) for i, n in enumerate(names)):
        return None
    return _AuthorList(names, et_al, affiliation)


def _glued_candidates(line: str) -> list[tuple[str, _AuthorList]]:
    """Every way to cut 'TitleAuthor, Author' where a capital follows a non-space with no separator."""
    out = []
    for i in range(1, len(line)):
        # A hyphen or apostrophe joins a name ("Jean-Luc", "O'Neil"); it never ends a title.
        if line[i].isupper() and not line[i - 1].isspace() and line[i - 1] not in "-'’":
            authors = parse_author_list(line[i:])
            title = line[:i].strip()
            if authors and title:
                out.append((title, authors))
    return out


def _split_score(title: str, authors: _AuthorList, known_names: set[str]) -> tuple[int, int]:
    """Rank candidate cuts: a first author seen elsewhere in the corpus wins; camel-case first names
    ('CompressorYeonju') and a stub of a word left on the title ('FrameworkSi') lose; then the later cut."""
    first = authors.authors[0]
    score = 2 if first in known_names else 0
    given = first.split(" ")[0]
    # A capital right after a small letter is a title word glued to a name, and so is a run of capitals before a
    # small letter (an acronym: "in NLPAniket" -> "PAniket"); after a hyphen it is a double given name
    # ("Miruna-Alexandra").
    if re.search(r"[a-z][A-Z]|^[A-Z]{2,}[a-z]", given):
        score -= 1
    tail = re.split(r"(?=[A-Z])", title.split(" ")[-1])[-1]
    if len(tail) <= 2 and tail[:1].isupper() and len(title.split(" ")[-1]) > len(tail):
        score -= 1
    return score, len(title)


def _parse_header(lines: list[str], path: Path) -> tuple[Profile, int, int]:
    """Parse the profile header; return it, the stated paper count and the index of the first block line."""
    name = lines[0].strip()
    values: dict[str, int] = {}
    field_name = ""
    i = 1
    while i < len(lines):
        line = lines[i].strip()
        if m := _PAPERS_LINE_RE.match(line):
            listed = int(m[1])
            break
        if line:
            for key, rx in _HEADER_FIELDS.items():
                if fm := rx.match(line):
                    values[key] = int(fm[1])
                    break
            else:
                if field_name or values:
                    raise CorpusError(path, i + 1, f"unexpected line in the profile header: {line!r}")
                field_name = line
        i += 1
    else:
        raise CorpusError(path, len(lines), "profile header has no 'N Papers' line")
    for required in ("h_index", "paper_count", "citations"):
        if required not in values:
            raise CorpusError(path, 1, f"profile header lacks {required.replace('_', ' ')}")
    if values["paper_count"] != listed:
        raise CorpusError(path, i + 1, f"header says {values['paper_count']} papers but lists {listed}")
    profile = Profile(
        name=name,
        field=field_name,
        h_index=values["h_index"],
        paper_count=values["paper_count"],
        citations=values["citations"],
        novelty_percent=values.get("novelty_percent"),
        ai_score=values.get("ai_score"),
        source=SourceRef(path.name, 1),
    )
    return profile, listed, i + 1


def _parse_spaced_blocks(lines: list[str], start: int, path: Path, capture_year: int) -> list[_RawPaper]:
    papers = []
    i = start
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        block = lines[i : i + 6]
        lineno = i + 1
        meta = _parse_meta(lines[i], path, lineno, capture_year)
        if len(block) < 6:
            what = ("the title", "a blank line", "the author list", "a blank line", "the abstract")[len(block) - 1]
            raise CorpusError(
                path,
                lineno + len(block),
                f"missing {what} of the paper block that starts at line {lineno} (the file ends there)",
            )
        _, title, gap1, author_line, gap2, abstract = (s.strip() for s in block)
        for offset, (value, what) in enumerate(
            ((title, "a title"), (gap1, ""), (author_line, "an author list"), (gap2, ""), (abstract, "an abstract")),
            start=1,
        ):
            if bool(value) != bool(what):
                expected = f"{what}" if what else "a blank line"
                raise CorpusError(
                    path,
                    lineno + offset,
                    f"expected {expected} in the paper block starting at line {lineno}, got {value!r}",
                )
        _check_abstract(abstract, path, lineno + 5)
        authors = parse_author_list(author_line)
        if authors is None:
            raise CorpusError(path, lineno + 3, f"cannot read the author list {author_line!r}")
        papers.append(
            _RawPaper(
                meta, [(title, authors)], abstract, SourceRef(path.name, lineno), SourceRef(str(path), lineno + 1)
            )
        )
        i += 6
    return papers


# arXiv caps abstracts at 1,920 characters; a "paper" far beyond that is a broken page, and embedding it would take
# minutes before failing. Generous, so a long abstract from another source still fits.
MAX_ABSTRACT_CHARS = 20_000


def _check_abstract(abstract: str, path: Path, lineno: int) -> None:
    if len(abstract) > MAX_ABSTRACT_CHARS:
        raise CorpusError(
            path, lineno, f"the abstract is {len(abstract):,} characters long; the limit is {MAX_ABSTRACT_CHARS:,}"
        )


def _parse_glued_blocks(lines: list[str], path: Path, capture_year: int) -> list[_RawPaper]:
    papers = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        lineno = i + 1
        meta = _parse_meta(lines[i], path, lineno, capture_year)
        block = [s.strip() for s in lines[i : i + 3]]
        # A missing line is reported where it should be, also when the next block's date line took its place.
        for offset, what in ((1, "the title with its authors"), (2, "the abstract")):
            if len(block) <= offset or not block[offset] or _META_RE.match(block[offset]):
                raise CorpusError(
                    path, lineno + offset, f"missing {what} of the paper block that starts at line {lineno}"
                )
        candidates = _glued_candidates(block[1])
        if not candidates:
            raise CorpusError(
                path, lineno + 1, f"cannot find where the title ends and the author list begins in {block[1]!r}"
            )
        _check_abstract(block[2], path, lineno + 2)
        papers.append(
            _RawPaper(meta, candidates, block[2], SourceRef(path.name, lineno), SourceRef(str(path), lineno + 1))
        )
        i += 3
    return papers


def _parse_file(path: Path, capture_year: int) -> tuple[Profile | None, list[_RawPaper]]:
    lines = _read_lines(path)
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise CorpusError(path, 1, "empty file: expected a researcher profile page")
    if _META_RE.match(lines[first].strip()):
        # No header: tell the two block layouts apart by the line after the title.
        # Spaced: the title, a blank line, then the author list; a trailing newline alone is not that.
        if first + 3 < len(lines) and not lines[first + 2].strip() and lines[first + 3].strip():
            return None, _parse_spaced_blocks(lines, first, path, capture_year)
        return None, _parse_glued_blocks(lines, path, capture_year)
    if first + 1 < len(lines) and lines[first + 1].strip():
        raise CorpusError(
            path,
            first + 1,
            "not a profile page: expected a category/date line like 'CVNov 2, "
            f"2022' or a researcher's profile header, got {lines[first].strip()[:80]!r}",
        )
    profile, listed, start = _parse_header(lines[first:], path)
    papers = _parse_spaced_blocks(lines, first + start, path, capture_year)
    if len(papers) != listed:
        raise CorpusError(path, first + start, f"the header lists {listed} papers but {len(papers)} were found")
    return profile, papers


def slugify(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("’", ""))


def paper_slug(title: str) -> str:
    """A stable, readable id: a short name before a colon ('CAD: ...' -> 'cad'), else the first words."""
    head, sep, _ = title.partition(":")
    if sep and len(head.split()) <= 3:
        return "-".join(slugify(head))
    words = slugify(title)[:5]
    while len(words) > 1 and words[-1] in _SLUG_STOPWORDS:
        words.pop()
    return "-".join(words)


def page_files(paths: Iterable[str | Path]) -> list[Path]:
    """The page files named by `paths` (files, or folders of *.txt). A path that does not exist or a folder
    without pages is an error even when bad pages are skipped: a typo must never look like an empty corpus."""
    paths = list(map(Path, paths))
    if not paths:
        raise CorpusError("(none)", 0, "no profile pages configured")
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            found = sorted(p.glob("*.txt"))
            if not found:
                raise CorpusError(p, 0, "no profile pages (*.txt) in this folder")
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise CorpusError(p, 0, "no such file or folder")
    return files


def load_corpus(
    paths: Iterable[str | Path],
    *,
    capture_year: int | None = None,
    skip_bad: bool = False,
    known_names: Iterable[str] = (),
) -> Corpus:
    """Parse profile pages (files, or folders of *.txt) into papers and profile headers.

    `capture_year` is the year given to dates printed without one (the page shows the current year's
    papers without it); it defaults to this year. A malformed page raises CorpusError, or with `skip_bad`
    is left out whole and its error kept in `Corpus.errors`. `known_names` are authors known from elsewhere (the
    stored collection, when one page is read on its own): where a glued line can be cut in two places, the cut
    that starts the authors with a known name wins.
    """
    year = capture_year or dt.date.today().year
    files = page_files(paths)
    profiles: list[Profile] = []
    raws: list[_RawPaper] = []
    errors: list[CorpusError] = []
    owner_of: dict[str, str] = {}  # page file -> the researcher its header names
    for path in files:
        try:
            profile, file_papers = _parse_file(path, year)
        except CorpusError as exc:
            if not skip_bad:
                raise
            errors.append(exc)
            continue
        if profile:
            profiles.append(profile)
            owner_of[path.name] = profile.name
        raws.extend(file_papers)
    known_names = {*known_names, *(n for r in raws if len(r.splits) == 1 for n in r.splits[0][1].authors)}
    papers: list[Paper] = []
    seen_ids: dict[str, int] = {}
    by_key: dict[str, Paper] = {}
    position: dict[str, int] = {}  # where each paper is in `papers`
    duplicates: list[tuple[Paper, Paper]] = []
    for raw in raws:
        title, authors = max(raw.splits, key=lambda s: _split_score(s[0], s[1], known_names))
        key = title_key(title)
        owner = owner_of.get(raw.source.file)
        if key in by_key:
            # The same paper listed again (on another page, or with its title spaced differently): one paper,
            # owned by the page that listed it first. An edited copy is a conflict for the caller to report. The
            # researcher of the other page is one of its authors too.
            first = by_key[key]
            duplicates.append((first, _paper(first.id, title, authors, raw)))
            if owner and owner not in first.owners:
                by_key[key] = replace(first, owners=(*first.owners, owner))
                papers[position[key]] = by_key[key]
            continue
        base = paper_slug(title) or "paper"
        seen_ids[base] = seen_ids.get(base, 0) + 1
        pid = base if seen_ids[base] == 1 else f"{base}-{seen_ids[base]}"
        paper = replace(_paper(pid, title, authors, raw), owners=(owner,) if owner else ())
        by_key[key] = paper
        position[key] = len(papers)
        papers.append(paper)
    return Corpus(tuple(papers), tuple(profiles), tuple(errors), tuple(duplicates))


def _paper(pid: str, title: str, authors: _AuthorList, raw: _RawPaper) -> Paper:
    return Paper(
        id=pid,
        title=title,
        authors=authors.authors,
        et_al=authors.et_al,
        affiliation=authors.affiliation,
        date=raw.meta.date,
        date_has_year=raw.meta.date_has_year,
        category=raw.meta.category,
        has_code=raw.meta.has_code,
        abstract=raw.abstract,
        source=raw.source,
    )


def title_key(title: str) -> str:
    """A paper's identity: its title case-folded, with punctuation and spacing normalised."""
    return " ".join(re.findall(r"\w+", unicodedata.normalize("NFKC", title).casefold()))


def same_content(a: Paper, b: Paper) -> bool:
    """Two listings of one paper that say the same thing (the page and line they came from aside)."""
    fields = ("title", "authors", "et_al", "affiliation", "date", "date_has_year", "category", "has_code", "abstract")
    return all(" ".join(str(getattr(a, f)).split()) == " ".join(str(getattr(b, f)).split()) for f in fields)


def load_papers(paths: Sequence[str | Path], *, capture_year: int | None = None) -> list[Paper]:
    return list(load_corpus(paths, capture_year=capture_year).papers)
