#!/usr/bin/env python3
"""Check evaluation question files against the profile pages they are about.

Standard library only; it parses the pages itself (both layouts) and does not import the project.

Usage:
    python3 data/eval/check_questions.py [--corpus NAME=PATH[,PATH...]] [--list CORPUS] FILE.jsonl [...]

For every question in the given files it verifies:
  * each line is valid JSON with the required fields and known type;
  * ids are unique across all given files AND the existing question files
    (data/questions.dev.jsonl and the shared corpora's questions.jsonl);
  * every gold / related paper id exists in the question's corpus, and the titles list matches the ids;
  * every key fact is an exact (case-sensitive) substring of a gold paper's title, abstract or listed
    author line;
  * answerable=false questions have no key facts (and unanswerable ones no gold papers);
  * conversational questions carry a well-formed history.
Warnings (not errors): a multi/metadata question where some gold paper contributes no key fact.

Which corpus a file belongs to is taken from its path ("robotics", "3d-vision", otherwise "seed"),
or from the id prefix when the path says nothing.

Paper ids follow the corpora README's rule (paper_slug): a short name before a colon with <= 3 words
-> slug of it, else the first 5 slug words with trailing stopwords dropped; slug words are [a-z0-9]+
of the lower-cased title with apostrophes removed; "-2", "-3" for repeats within one load.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import re
import sys
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.dirname(HERE)                      # .../main/data
ROOT = os.path.dirname(os.path.dirname(DATA))      # .../ (holds main/ and shared/)
SHARED = os.path.join(ROOT, "shared", "corpora")

DEFAULT_CORPORA = {
    "seed": sorted(glob.glob(os.path.join(DATA, "profiles", "*.txt"))),
    "robotics": [os.path.join(SHARED, "robotics", "profile_a.txt")],
    "3d-vision": [os.path.join(SHARED, "3d-vision", "profile_b.txt")],
}
EXISTING_QUESTION_FILES = [
    os.path.join(DATA, "questions.dev.jsonl"),
    os.path.join(SHARED, "robotics", "questions.jsonl"),
    os.path.join(SHARED, "3d-vision", "questions.jsonl"),
]
# The other evaluation corpora registered in corpora.json (the researchers' pages under data/eval/<name>/), with
# their question files: ids must stay unique across all of them.
_REGISTRY = os.path.join(HERE, "corpora.json")
if os.path.exists(_REGISTRY):
    for _name, _spec in json.load(open(_REGISTRY, encoding="utf-8"))["corpora"].items():
        if _name in DEFAULT_CORPORA:
            continue
        DEFAULT_CORPORA[_name] = [os.path.join(os.path.dirname(DATA), p) for p in _spec["pages"]]
        EXISTING_QUESTION_FILES += [os.path.join(os.path.dirname(DATA), p) for p in _spec["questions"]]

STOPWORDS = set("a an and as at by for from in into of on or the through to via with".split())
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
META_RE = re.compile(r"^([A-Z]{2,})(%s) (\d{1,2})(?:, (\d{4}))?(Code)?$" % "|".join(MONTHS))
TYPES = {"single", "numeric", "metadata", "multi", "unanswerable", "conversational", "adversarial"}
REQUIRED = ["id", "question", "type", "gold_paper_ids", "gold_titles", "reference_answer", "key_facts",
            "answerable"]
DEFAULT_YEAR = 2026


def slug_words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower().replace("'", "").replace("\u2019", ""))


def paper_slug(title: str) -> str:
    if ":" in title:
        short = title.split(":", 1)[0].strip()
        if short and len(short.split()) <= 3 and slug_words(short):
            return "-".join(slug_words(short))
    words = slug_words(title)[:5]
    while words and words[-1] in STOPWORDS:
        words.pop()
    return "-".join(words)


@dataclass
class Paper:
    id: str
    title: str
    author_line: str          # as printed (layout A may carry " · affiliation")
    abstract: str
    category: str
    month: int
    day: int
    year: int
    year_printed: bool
    code: bool
    source: str
    affiliation: str | None = None
    authors: list[str] = field(default_factory=list)
    et_al: bool = False

    @property
    def date(self) -> str:
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    def texts(self) -> list[str]:
        return [self.title, self.abstract, self.author_line]


def _meta(line: str):
    m = META_RE.match(line)
    if not m:
        return None
    cat, mon, day, year, code = m.groups()
    return cat, MONTHS.index(mon) + 1, int(day), int(year) if year else DEFAULT_YEAR, bool(year), bool(code)


NAME_RE = r"[A-ZÀ-ÖØ-Þ][^\s,]*(?: [^\s,]+){1,4}"
AUTHORS_RE = re.compile(r"^%s(?:, %s)*(?: et al\.)?(?: · \S.*)?$" % (NAME_RE, NAME_RE))


def split_glued(line: str) -> tuple[str, str]:
    """Layout B: title immediately followed by the author list. Take the latest cut that leaves a
    well-formed author list (this resolves '... 3D WorldsDilin Wang' to the 'Dilin' cut)."""
    best = None
    for i in range(1, len(line)):
        ch, prev = line[i], line[i - 1]
        if not ch.isupper() or prev.isspace():
            continue
        rest = line[i:]
        if AUTHORS_RE.match(rest):
            best = i
    if best is None:
        raise ValueError("cannot split title/authors: %r" % line[:120])
    return line[:best], line[best:]


def _authors(author_line: str):
    names = author_line.split(" · ")[0]
    aff = author_line.split(" · ", 1)[1] if " · " in author_line else None
    et_al = names.endswith(" et al.")
    if et_al:
        names = names[: -len(" et al.")]
    return [n.strip() for n in names.split(", ")], et_al, aff


def parse_page(path: str) -> tuple[dict | None, list[Paper]]:
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    papers: list[Paper] = []
    header = None
    if any(not l.strip() for l in lines):  # layout A ("spaced")
        i = 0
        hdr = []
        while i < len(lines) and not re.match(r"^\d+ Papers$", lines[i]):
            hdr.append(lines[i])
            i += 1
        if i >= len(lines):
            raise ValueError("%s: no 'N Papers' line" % path)
        header = {"lines": [h for h in hdr if h.strip()], "n_papers": int(lines[i].split()[0])}
        i += 1
        while i < len(lines):
            if not lines[i].strip():
                i += 1
                continue
            meta = _meta(lines[i])
            if meta is None:
                raise ValueError("%s:%d: expected a meta line, got %r" % (path, i + 1, lines[i][:80]))
            title = lines[i + 1]
            if lines[i + 2].strip():
                raise ValueError("%s:%d: expected a blank line after the title" % (path, i + 3))
            author_line = lines[i + 3]
            if lines[i + 4].strip():
                raise ValueError("%s:%d: expected a blank line after the authors" % (path, i + 5))
            abstract = lines[i + 5]
            papers.append(_mk(meta, title, author_line, abstract, path))
            i += 6
        if header["n_papers"] != len(papers):
            raise ValueError("%s: header says %d papers, parsed %d" % (path, header["n_papers"], len(papers)))
    else:  # layout B ("glued")
        if len(lines) % 3:
            raise ValueError("%s: %d lines is not a multiple of 3" % (path, len(lines)))
        for i in range(0, len(lines), 3):
            meta = _meta(lines[i])
            if meta is None:
                raise ValueError("%s:%d: expected a meta line, got %r" % (path, i + 1, lines[i][:80]))
            title, author_line = split_glued(lines[i + 1])
            papers.append(_mk(meta, title, author_line, lines[i + 2], path))
    return header, papers


def _mk(meta, title, author_line, abstract, path) -> Paper:
    cat, month, day, year, printed, code = meta
    authors, et_al, aff = _authors(author_line)
    return Paper(id="", title=title, author_line=author_line, abstract=abstract, category=cat, month=month,
                 day=day, year=year, year_printed=printed, code=code, source=path, affiliation=aff,
                 authors=authors, et_al=et_al)


def load_corpus(paths: list[str]) -> dict[str, Paper]:
    out: dict[str, Paper] = {}
    for path in paths:
        _, papers = parse_page(path)
        for p in papers:
            base = paper_slug(p.title)
            pid, n = base, 1
            while pid in out:
                n += 1
                pid = "%s-%d" % (base, n)
            p.id = pid
            out[pid] = p
    return out


def corpus_of(path: str, qid: str, names=()) -> str:
    low = path.replace("\\", "/").lower()
    # a corpus of its own folder ('data/eval/cv-qi/questions.jsonl'), the longest name first
    for name in sorted((n for n in names if n not in ("seed", "robotics", "3d-vision")), key=len, reverse=True):
        if "/%s/" % name in low:
            return name
    if "robotics" in low:
        return "robotics"
    if "3d-vision" in low:
        return "3d-vision"
    if qid.startswith(("rob-", "rbx-")):
        return "robotics"
    if qid.startswith(("v3d-", "v3x-")):
        return "3d-vision"
    return "seed"


def check_files(files: list[str], corpora: dict[str, dict[str, Paper]]) -> tuple[list[str], list[str], dict]:
    errors: list[str] = []
    warnings: list[str] = []
    seen: dict[str, str] = {}
    stats: dict = {}
    # ids already taken by the existing question files
    for ef in EXISTING_QUESTION_FILES:
        if not os.path.exists(ef) or any(os.path.abspath(ef) == os.path.abspath(f) for f in files):
            continue
        with open(ef, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    seen[json.loads(line)["id"]] = ef
    for path in files:
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        if raw and not raw.endswith("\n"):
            warnings.append("%s: no newline at end of file" % path)
        for ln, line in enumerate(raw.split("\n"), 1):
            if not line.strip():
                continue
            where = "%s:%d" % (path, ln)
            try:
                q = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("%s: invalid JSON (%s)" % (where, e))
                continue
            if not isinstance(q, dict):
                errors.append("%s: not a JSON object" % where)
                continue
            missing = [k for k in REQUIRED if k not in q]
            if missing:
                errors.append("%s: missing fields %s" % (where, missing))
                continue
            qid = q["id"]
            where = "%s [%s]" % (where, qid)
            if not isinstance(qid, str) or not qid:
                errors.append("%s: bad id" % where)
            elif qid in seen:
                errors.append("%s: duplicate id (also in %s)" % (where, seen[qid]))
            else:
                seen[qid] = path
            t = q["type"]
            if t not in TYPES:
                errors.append("%s: unknown type %r" % (where, t))
            if not isinstance(q["answerable"], bool):
                errors.append("%s: answerable must be a bool" % where)
            for k in ("question", "reference_answer"):
                if not isinstance(q[k], str) or not q[k].strip():
                    errors.append("%s: empty %s" % (where, k))
            for k in ("gold_paper_ids", "gold_titles", "key_facts"):
                if not isinstance(q[k], list) or not all(isinstance(x, str) for x in q[k]):
                    errors.append("%s: %s must be a list of strings" % (where, k))
            cname = corpus_of(path, qid, corpora)
            corpus = corpora[cname]
            stats.setdefault(cname, {}).setdefault(t, 0)
            stats[cname][t] += 1
            # gold and related papers
            for ids_k, titles_k in (("gold_paper_ids", "gold_titles"), ("related_paper_ids", "related_titles")):
                ids, titles = q.get(ids_k, []), q.get(titles_k, [])
                if (ids_k in q) != (titles_k in q):
                    errors.append("%s: %s and %s must come together" % (where, ids_k, titles_k))
                if len(ids) != len(titles):
                    errors.append("%s: %s and %s differ in length" % (where, ids_k, titles_k))
                if len(set(ids)) != len(ids):
                    errors.append("%s: repeated id in %s" % (where, ids_k))
                for pid, title in zip(ids, titles):
                    p = corpus.get(pid)
                    if p is None:
                        errors.append("%s: %s %r not in corpus %s" % (where, ids_k, pid, cname))
                    elif p.title != title:
                        errors.append("%s: title mismatch for %r: %r vs page %r" % (where, pid, title, p.title))
            gold = [corpus[g] for g in q["gold_paper_ids"] if g in corpus]
            # key facts
            if q["answerable"] is False:
                if q["key_facts"]:
                    errors.append("%s: answerable=false but has key facts" % where)
            elif not q["key_facts"]:
                warnings.append("%s: answerable question without key facts" % where)
            if q["answerable"] is True and not q["gold_paper_ids"]:
                errors.append("%s: answerable question without gold papers" % where)
            if t == "unanswerable":
                if q["answerable"] is not False:
                    errors.append("%s: type unanswerable must have answerable=false" % where)
                if q["gold_paper_ids"]:
                    errors.append("%s: unanswerable question with gold papers" % where)
            for kf in q["key_facts"]:
                if not kf.strip():
                    errors.append("%s: empty key fact" % where)
                elif not any(kf in txt for p in gold for txt in p.texts()):
                    errors.append("%s: key fact %r is not a substring of any gold paper" % (where, kf))
            if t in ("multi", "metadata") and len(gold) > 1:
                for p in gold:
                    if not any(kf in txt for kf in q["key_facts"] for txt in p.texts()):
                        warnings.append("%s: gold paper %r contributes no key fact" % (where, p.id))
            # history
            if "history" in q:
                h = q["history"]
                if not isinstance(h, list) or not h or not all(
                        isinstance(m, dict) and m.get("role") in ("user", "assistant")
                        and isinstance(m.get("content"), str) and m["content"].strip() for m in h):
                    errors.append("%s: malformed history" % where)
            elif t == "conversational":
                errors.append("%s: conversational question without history" % where)
    return errors, warnings, stats


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--corpus", action="append", default=[],
                    help="NAME=PATH[,PATH...] to override a corpus's pages")
    ap.add_argument("--list", metavar="CORPUS", help="print the parsed papers of a corpus and exit")
    args = ap.parse_args(argv)
    paths = dict(DEFAULT_CORPORA)
    for spec in args.corpus:
        name, _, ps = spec.partition("=")
        paths[name] = ps.split(",")
    corpora = {}
    for name, ps in paths.items():
        try:
            corpora[name] = load_corpus(ps)
        except (OSError, ValueError) as e:
            print("ERROR loading corpus %s: %s" % (name, e))
            return 2
    if args.list:
        for p in corpora[args.list].values():
            print("\t".join([p.id, p.date + ("" if p.year_printed else "*"), p.category, "Code" if p.code else "-",
                             p.author_line, p.title]))
        return 0
    if not args.files:
        ap.error("no question files given")
    errors, warnings, stats = check_files(args.files, corpora)
    for w in warnings:
        print("WARNING", w)
    for e in errors:
        print("ERROR", e)
    for cname, counts in sorted(stats.items()):
        print("%s: %d questions  %s" % (cname, sum(counts.values()),
                                        ", ".join("%s=%d" % kv for kv in sorted(counts.items()))))
    print("%d error(s), %d warning(s)" % (len(errors), len(warnings)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
