"""The offline engine: no model. It quotes the evidence sentences, answer first, and answers metadata from records.

Every answer opens with the line that answers (the sentence stating the asked fact, the paper named once); the
quotes that support it follow. Metadata (authors, date, category) is said where it is asked, not in every line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .. import lexicon
from ..types import PLACE_NAMES, Evidence, Intent, Order, Paper, TallyAsk, TallyField, as_a_state, number_name
from .base import EngineRequest

# Where the answer line ends and the supporting quotes begin (the UI folds what follows).
DETAILS_SEPARATOR = "\n\n"


def _author_line(q, e, subject: str = "") -> str:
    """Who wrote the evidence's paper, as the page lists them: all of them, how many, the last, or the first few.
    `subject` names the paper where its title was given just before ('It')."""
    p = e.hit.paper
    names = joined_names(p.authors)
    title = subject or _title(p)
    if q.asks_count and not p.et_al:
        return f"{title} has {number_name(len(p.authors))} listed authors: {names} [{e.n}]."
    low = q.asking.lower()
    asks_first, asks_last = bool(re.search(lexicon.FIRST_AUTHOR, low)), bool(re.search(lexicon.LAST_AUTHOR, low))
    if asks_first and asks_last:
        whose = "Its first listed author" if subject else f"The first listed author of {_title(p)}"
        if p.et_al:
            return (
                f"{whose} is {p.authors[0]}; the page lists only the first {number_name(len(p.authors))} authors "
                f"({names} et al.), so it does not show the last [{e.n}]."
            )
        return f"{whose} is {p.authors[0]} and the last is {p.authors[-1]} ({names}) [{e.n}]."
    if asks_last and not p.et_al:
        whose = "Its last listed author" if subject else f"The last listed author of {_title(p)}"
        return f"{whose} is {p.authors[-1]} ({names}) [{e.n}]."
    if asks_first:
        others = f"{names} et al." if p.et_al else names
        whose = "Its first listed author" if subject else f"The first listed author of {_title(p)}"
        return f"{whose} is {p.authors[0]} ({others}) [{e.n}]."
    if p.et_al:
        shown = number_name(len(p.authors))
        return f"{title} lists {names} et al. — the page shows only the first {shown} authors [{e.n}]."
    return f"{title} was written by {names} [{e.n}]."


def _listed(e: Evidence) -> str:
    """One paper of a list: its title, date, category and code mark."""
    p = e.hit.paper
    facts = [_month_year(p) if not p.date_has_year else f"{p.date:%b %-d, %Y}", p.category]
    if p.has_code:
        facts.append("code")
    return f"- {_title(p)} ({', '.join(facts)}) [{e.n}]"


def _title(p: Paper) -> str:
    return p.shown_title


def _thread_paper(e: Evidence) -> str:
    """One paper of an overview's thread: its title and its source number."""
    return f"- {_title(e.hit.paper)} [{e.n}]"


def joined_names(items: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _quote(sentence: str) -> str:
    return f"“{sentence.strip()}”"


def _bullets(sentences: Sequence[str], n: int) -> list[str]:
    return [f"- {_quote(s)} [{n}]" for s in sentences if s]


def evidence_line(e: Evidence) -> str:
    """One paper's evidence as a bullet: its title, its sentences quoted (the lead first), its source number."""
    quotes = [e.lead] + [s for s in e.sentences if s != e.lead] if e.lead else list(e.sentences)
    said = " ".join(_quote(s) for s in quotes if s)
    return f"- {_label(e)} — {said} [{e.n}]" if said else f"- {_label(e)} [{e.n}]"


def _label(e: Evidence) -> str:
    """The paper's title, and the name it gives its contribution where the title does not carry it."""
    title = _title(e.hit.paper)
    return f"{title} ({e.name})" if e.name else title


def supporting_quotes(evidence: Sequence[Evidence]) -> str:
    """What follows a model's answer: each cited paper's evidence line, so the reader sees which paper every
    [n] is and checks the model's words against the paper's own (the same lines a several-paper answer shows)."""
    return "\n".join(evidence_line(e) for e in evidence if e.sentences or e.lead)


def category_label(code: str) -> str:
    names = lexicon.CATEGORIES.get(code)
    return f"{code} ({names[0].title().replace('And', 'and')})" if names else code


def _month_year(p: Paper) -> str:
    return f"{p.date:%b} {p.date.year}" if p.date_has_year else f"{p.date:%b} {p.date.day}"


class ExtractiveEngine:
    name = "extractive"
    uses_model = False
    refusal_trusted_below = 0.0  # it never refuses on its own: the plan's refusal is made before any engine

    @property
    def requests_made(self) -> int:
        return 0

    def condense(self, question: str, history) -> str:
        return question  # the query stage resolves follow-ups itself

    def stream(self, request: EngineRequest) -> Iterator[str]:
        q, ev = request.query, request.evidence
        if q.intent is Intent.TALLY:
            yield from self._tally(request)  # (counts from the records: no sentence to quote)
            return
        if not ev:
            return
        writer = {
            Intent.AUTHORS: self._authors,
            Intent.DATE: self._date,
            Intent.RECORD: self._record,
            Intent.LISTING: self._listing,
            Intent.OVERVIEW: self._overview,
            Intent.COAUTHORS: self._coauthors,
            Intent.COMPARISON: self._several,
        }.get(q.intent)
        if writer is None:
            writer = self._several if len(ev) > 1 else self._single
        yield from writer(request)

    # ------------------------------------------------------------------------------------------- content

    def _single(self, request: EngineRequest) -> Iterator[str]:
        (e,) = request.evidence
        lead = e.lead or (e.sentences[0] if e.sentences else "")
        if request.query.is_list and (kept := _kept_by(request.query)):
            # (the one paper of a list its filters keep says so: 'Which of them have code?' -> 'One paper with code')
            yield f"One paper {kept}: {e.hit.paper.shown_name} [{e.n}].{DETAILS_SEPARATOR}"
        yield f"{_label(e)} — {_quote(lead)} [{e.n}]" if lead else f"{_label(e)} [{e.n}]"
        rest = [s for s in e.sentences if s != lead]
        if rest:
            yield DETAILS_SEPARATOR + "\n".join(_bullets(rest, e.n))

    def _several(self, request: EngineRequest) -> Iterator[str]:
        ev = request.evidence
        q = request.query
        shorts = [f"{e.hit.paper.shown_name} [{e.n}]" for e in ev]
        if q.intent is Intent.COMPARISON:
            yield f"{joined_names(shorts)}, side by side:"
        else:
            kept = _kept_by(q)
            yield f"{number_name(len(ev)).capitalize()} papers{f' {kept}' if kept else ''}: {joined_names(shorts)}."
        yield DETAILS_SEPARATOR + "\n".join(evidence_line(e) for e in ev)

    # ------------------------------------------------------------------------------------------- metadata
    def _overview(self, request: EngineRequest) -> Iterator[str]:
        """The threads the papers fall into, each named by its papers' own title words, with its most typical
        papers and how many more it has."""
        q, ev = request.query, request.evidence
        n_of = {e.hit.paper.id: e for e in ev}
        total = max(request.matched, len(ev))
        what = ", ".join(q.filters.describe())
        papers = f"{number_name(total)} paper{'s' if total != 1 else ''} {what or 'in the collection'}"
        threads = [t for t in request.groups if t.members]
        if q.thread is not None and threads:
            # one thread of an earlier overview, listed whole ('Show me the papers of the second thread')
            (t,) = threads
            count = f"{number_name(len(t.members))} of the {papers}"
            yield f"{request.note}, {t.label or 'other papers'}: {count} (the closest to the thread first):"
            yield "\n" + "\n".join(_thread_paper(n_of[pid]) for pid in t.members if pid in n_of)
            return
        if len(threads) <= 1:
            yield f"The {papers}:" if total != 1 else f"The one paper {what or 'in the collection'}:"
        else:
            yield (
                f"The {papers} fall into {number_name(len(threads))} threads, each named by words its papers' titles "
                "share (the papers closest to each thread first):"
            )
        for i, t in enumerate(threads, start=1):
            shown = [n_of[pid] for pid in t.members[: t.shown] if pid in n_of]
            if len(threads) > 1:
                name = t.label or "other papers"
                yield f"\n{i}. {name} ({number_name(len(t.members))} paper{'s' if len(t.members) != 1 else ''}):"
            lines = [_thread_paper(e) for e in shown]
            if len(t.members) > len(shown):
                lines.append(f"- … and {number_name(len(t.members) - len(shown))} more")
            yield "\n" + "\n".join(lines)
        folded = [i for i, t in enumerate(threads, start=1) if len(t.members) > t.shown]
        if folded:
            # (how to reach the papers past those shown: the question suggested is one query._thread_asked reads)
            yield f"\nTo see every paper of a thread, ask for it by its number: “Show me thread {folded[0]}”."

    def _tally(self, request: EngineRequest) -> Iterator[str]:
        """How the papers spread over a field: the value with the most (or fewest) first where that is asked, how
        many values there are, or the count of each; a share as a count and a percentage."""
        q, total, tally = request.query, request.matched, request.query.tally
        if tally.asks is TallyAsk.SHARE:
            part, _ = request.groups
            of = tally.of.describe()
            whole = f"the {number_name(total)} paper{'s' if total != 1 else ''}" + (f" {', '.join(of)}" if of else "")
            state = as_a_state(d for d in q.filters.describe() if d not in of) or "like that"
            n = len(part.members)
            count = "None" if n == 0 else number_name(n).capitalize()
            verb = "are" if n > 1 else "is"
            yield f"{count} of {whole} ({round(100 * n / total)}%) {verb} {state}."
            return
        what = ", ".join(q.filters.describe())
        papers = f"{number_name(total)} paper{'s' if total != 1 else ''}" + (f" {what}" if what else "")
        name = category_label if tally.by is TallyField.CATEGORY else str
        counts = [(name(g.label), len(g.members)) for g in request.groups]
        lines = "\n" + "\n".join(f"- {v}: {number_name(n)} paper{'s' if n != 1 else ''}" for v, n in counts)
        field = tally.by.value
        if tally.asks in (TallyAsk.MOST, TallyAsk.FEWEST):
            extreme = (max if tally.asks is TallyAsk.MOST else min)(n for _, n in counts)
            tied = [v for v, n in counts if n == extreme]
            verb, each = ("has", "") if len(tied) == 1 else ("have", " each")
            if extreme == 0:  # (months or years with no paper at all)
                yield f"{joined_names(tied)} {verb} no papers, of the {papers}."
            elif len(counts) == 2 and len(tied) == 1:  # ('… more, 2025 or 2026?': one against the other)
                other = next(n for v, n in counts if v != tied[0])
                more = "more" if tally.asks is TallyAsk.MOST else "fewer"
                yield f"{tied[0]} has {more} papers: {number_name(extreme)} against {number_name(other)}."
            else:
                fewest = "most" if tally.asks is TallyAsk.MOST else "fewest"
                yield f"{joined_names(tied)} {verb} the {fewest} papers: {number_name(extreme)}{each}, of the {papers}."
            yield f"\n\nBy {field}:{lines}"
        elif tally.asks is TallyAsk.DISTINCT:
            kinds = {TallyField.CATEGORY: "categories", TallyField.YEAR: "years", TallyField.MONTH: "months"}
            yield f"The {papers} fall under {number_name(len(counts))} {kinds.get(tally.by, 'values')}:{lines}"
        else:
            yield f"The {papers}, by {field}:{lines}"

    def _coauthors(self, request: EngineRequest) -> Iterator[str]:
        """Who the researcher writes with most: each co-author, on how many papers, and their newest papers; what
        was counted (request.note) said first."""
        q, ev = request.query, request.evidence
        n_of = {e.hit.paper.id: e for e in ev}
        what = ", ".join(q.filters.describe())
        who = "names on the author lines" if q.counts_everyone and not q.filters.authors else "co-authors"
        if q.names_asked:
            who = f"{number_name(len(request.groups))} {who}"
        yield (
            f"The {who} {'listed most often on' if request.matched != 1 else 'on'} {number_name(request.matched)} "
            f"paper{'s' if request.matched != 1 else ''}"
            f"{' ' + what if what else ''}" + (f" ({request.note})" if request.note else "") + ":"
        )
        lines = []
        for g in request.groups:
            shown = [n_of[pid] for pid in g.members[: g.shown] if pid in n_of]
            papers = "; ".join(f"{e.hit.paper.shown_name} [{e.n}]" for e in shown)
            more = len(g.members) - len(shown)
            papers += f"; and {number_name(more)} more" if more else ""
            count = len(g.members)
            lines.append(f"- {g.label}, on {number_name(count)} paper{'s' if count != 1 else ''}: {papers}")
        yield "\n" + "\n".join(lines)

    def _authors(self, request: EngineRequest) -> Iterator[str]:
        q = request.query
        yield "\n".join(_author_line(q, e) for e in request.evidence)

    def _date(self, request: EngineRequest) -> Iterator[str]:
        ev = sorted(request.evidence, key=lambda e: e.hit.paper.date)
        if len(ev) > 1:
            first, *rest = ev
            text = f"{first.hit.paper.shown_name} came first, posted on {first.hit.paper.date_label()} [{first.n}]"
            text += "; " + "; ".join(
                f"{e.hit.paper.shown_name} followed on {e.hit.paper.date_label()} [{e.n}]" for e in rest
            )
            yield text + "."
            return
        (e,) = ev
        yield f"{_title(e.hit.paper)} was posted on {e.hit.paper.date_label()} [{e.n}]."

    def _record(self, request: EngineRequest) -> Iterator[str]:
        fields = request.query.record_fields
        lines = []
        for e in request.evidence:
            p = e.hit.paper
            # The title once per paper: the first field's line gives it, the others say 'it'.
            said = []
            if "date" in fields:
                said.append(f"{_title(p)} was posted on {p.date_label()} [{e.n}].")
            if "authors" in fields:
                said.append(_author_line(request.query, e, "It" if said else ""))
            if "category" in fields:
                said.append(f"{'It' if said else _title(p)} is filed under {category_label(p.category)} [{e.n}].")
            if "code" in fields:
                marks = "marks" if p.has_code else "does not mark"
                said.append(f"The page {marks} {'it' if said else _title(p)} as having code [{e.n}].")
            if "affiliation" in fields:
                whose = "its affiliation" if said else f"the affiliation of {_title(p)}"
                said.append(
                    f"The page lists {whose} as {p.affiliation} [{e.n}]."
                    if p.affiliation
                    else f"The page lists no affiliation for {'it' if said else _title(p)} [{e.n}]."
                )
            lines += said
            if e.sentences:
                lines.append(
                    DETAILS_SEPARATOR.lstrip("\n")
                    + "Its abstract says: "
                    + " ".join(_quote(s) for s in e.sentences)
                    + f" [{e.n}]"
                )
        yield "\n".join(lines)

    def _listing(self, request: EngineRequest) -> Iterator[str]:
        q, ev = request.query, request.evidence
        what = ", ".join(q.filters.describe())
        if q.order and (not q.is_list or (q.ranked == 1 and len(ev) == 1 and q.within is None)):
            # (one paper by date: 'the oldest paper', 'Which is the oldest?' of a list)
            e = ev[0]
            word = "oldest" if q.order is Order.OLDEST else "newest"
            if q.place:  # ('the second newest paper')
                word = f"{PLACE_NAMES[q.place]}-{word}"
            # (its restrictions run on without commas: 'The oldest paper in CV with code is …')
            where = f" {' '.join(q.filters.describe())}" if what else " in the collection"
            yield (f"The {word} paper{where} is {_title(e.hit.paper)}, posted on {e.hit.paper.date_label()} [{e.n}].")
            return
        if q.order and q.ranked and q.within is not None and q.asked_of_ranked():
            # ('Which of the three newest papers have code?': those of the three that do)
            asked = as_a_state(q.asked_of_ranked())
            verb = "is" if len(ev) == 1 else "are"
            yield f"{number_name(len(ev)).capitalize()} of {q.ranked_set()} {verb} {asked}:"
            yield "\n" + "\n".join(_listed(e) for e in ev)
            return
        if q.order and q.ranked:
            word = "oldest" if q.order is Order.OLDEST else "newest"
            where = f" {what}" if what else " in the collection"
            yield f"The {number_name(len(ev))} {word} paper{'s' if len(ev) != 1 else ''}{where}:"
            yield "\n" + "\n".join(_listed(e) for e in ev)
            return
        total = max(request.matched, len(ev))
        head = f"{number_name(total).capitalize()} paper{'s' if total != 1 else ''}"
        line = f"{head} {what or 'in the collection'}"
        if total == len(ev) and not q.filters.categories and any(f.categories for f in q.filters.without):
            # ('Which papers are not in CV, and what categories are they?': the header says which they are in)
            line += f" (in {' or '.join(sorted({e.hit.paper.category for e in ev}))})"
        if q.order and total == len(ev):  # ('sort them newest first')
            line += f", {'newest' if q.order is Order.NEWEST else 'oldest'} first"
        if total > len(ev):  # the list limit: say so, and which ones are shown
            order = "newest" if q.order is Order.NEWEST else "oldest"
            line += f"; the {len(ev)} {order} are shown"
        yield line + ":"
        yield "\n" + "\n".join(_listed(e) for e in ev)


def _kept_by(query) -> str:
    """What the filters of a list on a topic keep, in words ('from 2024, with code'), so the answer says why these
    papers ('Which of them have code?' is answered by the ones with code)."""
    return ", ".join(query.filters.describe()) if query.filters.active() else ""
