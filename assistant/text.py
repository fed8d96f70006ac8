"""Small, dependency-free text helpers shared by retrieval and answering: tokens, stems, sentences, numbers."""

from __future__ import annotations

import functools
import re

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "else",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "via",
        "per",
        "using",
        "used",
        "use",
        "uses",
        "based",
        "within",
        "without",
        "whose",
        "whether",
        "ever",
    ]
)
# Words that frame a question rather than say what it is about.
QUESTION_WORDS = frozenset(
    [
        "paper",
        "papers",
        "work",
        "works",
        "study",
        "studies",
        "method",
        "methods",
        "approach",
        "approaches",
        "model",
        "models",
        "framework",
        "frameworks",
        "technique",
        "techniques",
        "system",
        "systems",
        "research",
        "article",
        "articles",
        "publication",
        "publications",
        "author",
        "authors",
        "propose",
        "proposes",
        "proposed",
        "present",
        "presents",
        "presented",
        "introduce",
        "introduces",
        "introduced",
        "describe",
        "describes",
        "collection",
        "list",
        "listed",
        "corpus",
        "tell",
        "explain",
        "please",
        "know",
        "want",
        "need",
        "show",
        "give",
        "find",
        "one",
        "ones",
        "two",
        "three",
        "each",
        "mention",
        "mentions",
        "mentioned",
        "address",
        "addresses",
    ]
)
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "hundred",
        "thousand",
        "million",
        "billion",
    ]
)
_NUMBER_RE = re.compile(r"\d")


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; hyphenated words are kept whole and also split ('one-to-many' -> 4 tokens)."""
    out = []
    for tok in _TOKEN_RE.findall(text.lower()):
        out.append(tok)
        if "-" in tok:
            out.extend(p for p in tok.split("-") if p)
    return out


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light suffix stripper: enough to match 'datasets'/'dataset', 'tracked'/'tracking'/'track'."""
    w = word.lower()
    for suffix, min_len in (
        ("ations", 7),
        ("ation", 7),
        ("ities", 6),
        ("ings", 6),
        ("ing", 5),
        ("ies", 5),
        ("ied", 5),
        ("ed", 5),
        ("es", 5),
        ("ly", 5),
        ("s", 4),
    ):
        if w.endswith(suffix) and len(w) >= min_len and not w.endswith("ss") and len(w) - len(suffix) >= 3:
            base = w[: -len(suffix)]
            if suffix in ("ies", "ied"):
                base += "y"
            return base
    return w


def content_terms(text: str) -> list[str]:
    """Stems of the words that carry meaning (no stopwords, no question framing)."""
    return [stem(t) for t in tokens(text) if t not in STOPWORDS and t not in QUESTION_WORDS and len(t) > 1]


_SENTENCE_RE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"“(])")
_ABBREVIATIONS = ("e.g.", "i.e.", "et al.", "vs.", "cf.", "Fig.", "etc.")


def sentences(text: str) -> list[str]:
    """Split an abstract into sentences, not at 'e.g.', 'i.e.' or decimal points."""
    parts = _SENTENCE_RE.split(text.strip())
    out: list[str] = []
    for part in parts:
        if out and out[-1].endswith(_ABBREVIATIONS):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return [s.strip() for s in out if s.strip()]


def has_number(text: str) -> bool:
    return bool(_NUMBER_RE.search(text)) or any(t in _NUMBER_WORDS for t in tokens(text))


def normalise(text: str) -> str:
    """For fact matching: lower case, no punctuation, thousands spelled out ('290K' and '290,000' agree)."""
    t = text.lower().replace("\u2013", "-").replace("\u2014", "-")
    t = re.sub(r"(\d),(\d{3})\b", r"\1\2", t)
    t = re.sub(r"(\d+(?:\.\d+)?)\s*k\b", lambda m: _times(m[1], 1000), t)
    t = re.sub(r"(\d+(?:\.\d+)?)\s*(?:m|million)\b", lambda m: _times(m[1], 1_000_000), t)
    t = re.sub(r"[^a-z0-9.%\s]", " ", t)
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", t)
    return " ".join(t.split())


def _times(number: str, factor: int) -> str:
    value = float(number) * factor
    return str(int(value)) if value.is_integer() else str(value)
