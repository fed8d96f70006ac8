"""Small text helpers over maintained library primitives, shared by every stage.

- stemming: Snowball English (Porter2) via PyStemmer, after mapping irregular forms (lexicon.WORD_FORMS);
- stopwords: NLTK's English list as shipped in bm25s, adjusted by lexicon.STOPWORDS_KEPT / STOPWORDS_EXTRA;
- sentences: syntok's segmenter (pure Python; it keeps "e.g.", "et al.", "Fig. 3", decimals and URLs whole);
- typo correction: rapidfuzz edit distances, bounded so real rare words are not "corrected" into others.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Iterable, Mapping

from . import lexicon

# A word as `tokens` reads it; planning counts words over raw text with the same pattern.
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_NUMBER_RE = re.compile(r"\d")
_ACRONYM_PLURAL_RE = re.compile(r"^[A-Z0-9]{2,}s$")  # LLMs, CNNs, VLAs: the plural of an acronym
_BRITISH_RE = re.compile(r"(?<=[a-z]{3}(?:al|ar|an|as|im|it|og|on|or|ic|er|ur))is(e|es|ed|ing|ation|ations|er|ers)$")


@functools.cache
def stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_EN_PLUS  # NLTK's list; bm25s is a small, offline wheel

    return (frozenset(STOPWORDS_EN_PLUS) - lexicon.STOPWORDS_KEPT) | lexicon.STOPWORDS_EXTRA


@functools.cache
def _stemmer_state() -> threading.local:
    return threading.local()


def _stemmer():
    # PyStemmer objects are not thread-safe: one per thread.
    local = _stemmer_state()
    if not hasattr(local, "stemmer"):
        import Stemmer

        local.stemmer = Stemmer.Stemmer("english")
    return local.stemmer


@functools.lru_cache(maxsize=64)
def stem_set(words: frozenset[str]) -> frozenset[str]:
    """The stems of a word list from the lexicon (worked out once per list)."""
    return frozenset(stem(w) for w in words)


@functools.lru_cache(maxsize=131072)  # a corpus's vocabulary: ingest stems every word of every chunk
def stem(word: str) -> str:
    """The Porter2 stem of a word, after joining forms the stemmer does not ('analyses' -> 'analysis' -> 'analysi',
    'optimise' -> 'optimize', 'licence' -> 'license', 'LLMs' -> 'llm')."""
    if _ACRONYM_PLURAL_RE.match(word):
        word = word[:-1]
    w = word.lower().replace("’", "'")
    w = lexicon.WORD_FORMS.get(w, w)
    w = lexicon.BRITISH_SPELLINGS.get(w, w)
    w = _BRITISH_RE.sub(lambda m: "iz" + m.group(1), w)
    if not w.isascii() or any(c.isdigit() for c in w):
        return w  # names like "3d-hdtf" or "x4" stay as they are
    return _stemmer().stemWord(w)


def normalize(text: str) -> str:
    """NFKC with typographic quotes and dashes made plain and inline LaTeX reduced to its text ('VGGT-$Ω$' ->
    'VGGT-Ω', '$\\textbf{Insta}$nt' -> 'Instant'), so matching sees one form of each word; Latin words written
    against CJK or Hangul text ('LAMA-UTは') are set apart so names are found in any language."""
    t = unicodedata.normalize("NFKC", text or "").translate(_PLAIN)
    if "$" in t or "\\" in t:
        t = plain_latex(t)
    return _SCRIPT_BOUNDARY.sub(" ", t)


_LATEX_COMMAND_RE = re.compile(
    r"\\(?:textbf|textit|textsc|textsf|textrm|emph|mathrm|mathbf|mathit|text|texttt|operatorname)\{([^{}]*)\}"
)
_LATEX_SYMBOLS = {
    "\\times": "×",
    "\\approx": "≈",
    "\\geq": "≥",
    "\\leq": "≤",
    "\\pm": "±",
    "\\sim": "~",
    "\\pi": "π",
    "\\alpha": "α",
    "\\beta": "β",
    "\\gamma": "γ",
    "\\mu": "μ",
    "\\%": "%",
}


def unwrap_latex_commands(text: str) -> str:
    """Formatting commands replaced by what they format, nested ones too ('\\textbf{\\textsc{S-Agent}}' ->
    'S-Agent')."""
    while True:
        unwrapped = _LATEX_COMMAND_RE.sub(r"\1", text)
        if unwrapped == text:
            return text
        text = unwrapped


def plain_latex(text: str) -> str:
    """Inline LaTeX as the reader sees it: commands unwrapped, sub- and superscripts inline, dollars dropped."""
    t = unwrap_latex_commands(text)
    for command, symbol in _LATEX_SYMBOLS.items():
        t = t.replace(command, symbol)
    t = t.replace("$", "")
    t = re.sub(r"[_^]\{([^{}]*)\}", r"\1", t)
    return re.sub(r"(?<=\w)[_^](\w)", r"\1", t)


_ASIAN = "\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uff00-\uffef"
_SCRIPT_BOUNDARY = re.compile(f"(?<=[A-Za-z0-9])(?=[{_ASIAN}])|(?<=[{_ASIAN}])(?=[A-Za-z0-9])")


_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "‐": "-", "\u00a0": " "})


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; a hyphenated word is kept whole and also split ('one-to-many' -> 4 tokens)."""
    out = []
    for tok in WORD_RE.findall(normalize(text).lower()):
        tok = tok.replace("’", "'")
        if tok.endswith("'s"):
            tok = tok[:-2]
        out.append(tok)
        if "-" in tok:
            out.extend(p for p in tok.split("-") if p)
    return out


def is_stopword(token: str) -> bool:
    return token in stopwords()


def content_terms(text: str, *, framing: bool = False) -> list[str]:
    """Stems of the words that carry meaning: no stopwords and (unless `framing`) no words that only frame a
    question about papers ('which paper proposes …')."""
    return list(_content_terms(text, framing))


@functools.lru_cache(maxsize=65536)
def _content_terms(text: str, framing: bool) -> tuple[str, ...]:
    # Cached: abstract sentences are read again for every question that reaches their paper.
    stop = stopwords()
    return tuple(
        stem(t)
        for t in tokens(text)
        if t not in stop and (framing or t not in lexicon.FRAMING_WORDS) and (len(t) > 1 or t.isdigit())
    )


def sentences(text: str) -> list[str]:
    """An abstract's sentences, exactly as written (syntok's segmenter; offsets keep the original characters)."""
    return list(_sentences(text or ""))


@functools.lru_cache(maxsize=16384)
def _sentences(text: str) -> tuple[str, ...]:
    # Cached: abstracts do not change, and splitting is the slow part of reading one at question time.
    from syntok import segmenter

    text = text.strip()
    if not text:
        return []
    out: list[str] = []
    offsets: list[int] = []  # where each piece starts in the text
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            start = sentence[0].offset
            end = sentence[-1].offset + len(sentence[-1].value)
            piece = text[start:end].strip()
            if not piece:
                continue
            if out and out[-1][-1] in ";,":
                # A semicolon or comma ends no sentence: the segmenter splits before an enumerated item ('…
                # derived from human motion; 2) Causal Interplay: …'); the items stay one sentence, as written.
                out[-1] = text[offsets[-1] : end].strip()
                continue
            offsets.append(start)
            out.append(piece)
    return tuple(out or [text])


def has_number(text: str) -> bool:
    return bool(_NUMBER_RE.search(text)) or any(t in lexicon.NUMBER_WORDS for t in tokens(text))


def numbers(text: str) -> set[str]:
    """The numbers a text states, normalised ('1,200' -> '1200', '3.5' stays), for claim checks."""
    return {m.replace(",", "") for m in re.findall(r"\d[\d,]*(?:\.\d+)?", text)}


@functools.lru_cache(maxsize=65536)
def is_coined(word: str) -> bool:
    """A made-up name: camel case (MuCo), a run of capitals (GRASP, DF-3DFace) or letters mixed with digits
    (AV2AV, Talk3D). Title-cased hyphenated words (Multi-Person, Face-to-Face) are ordinary words."""
    word = word.strip(".,;:()[]{}'\"!?")
    if word[1:].islower() and not any(c.isdigit() for c in word):  # most words: no capital past the first, no digit
        return False
    letters = sum(c.isalpha() for c in word)
    if letters < 2 or word.lower() in stopwords():
        return False
    camel = re.search(r"[a-z][A-Z]", word)
    parts = word.split("-")
    if not camel and any(p.lower() in lexicon.EVERYDAY_ACRONYMS for p in parts) and all(map(_plain_part, parts)):
        return False  # ordinary words joined with a short field acronym: 'Human-AI', 'AI-Generated', '3D-Aware'
    capitals = re.search(r"[A-Z]{2}", word) and (letters >= 3 or any(c.isdigit() for c in word))
    digits = re.search(r"[A-Za-z]\d|\d[A-Za-z]", word)
    return bool(camel or capitals or digits)


def _plain_part(part: str) -> bool:
    """A piece of a hyphenated word that coins nothing: a field's everyday acronym ('AI', '3D'), or an English word
    not written in capitals ('EP-SAM', 'HD-EPIC' and 'CL-Splats' stay names)."""
    if part.lower() in lexicon.EVERYDAY_ACRONYMS:
        return True
    return (part.islower() or (len(part) > 2 and not part.isupper())) and part.lower() in english_words()


# The words a camel-case name is made of ('EinsteinArena' -> Einstein, Arena; 'SciAgentArena' -> Sci, Agent, Arena).
_CAMEL_PART_RE = re.compile(r"[A-Z][a-z]{2,}|[a-z]{3,}")
_CAMEL_NAME_RE = re.compile(r"\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\b")


# A web address: its pieces ('github.com/QI-NemoSong/EP-SAM') are no names the paper gives anything.
_URL_RE = re.compile(r"\S*(?:https?://|www\.|github\.com|gitlab\.com|huggingface\.co)\S*", re.I)


@functools.lru_cache(maxsize=65536)
def name_parts(text: str) -> frozenset[str]:
    """Stems of the words inside the camel-case names of a text, so that a question's 'Arena' finds the paper that
    names its platform 'EinsteinArena'. The whole name stays one token everywhere else."""
    stop = stopwords()
    return frozenset(
        stem(part.lower())
        for name in _CAMEL_NAME_RE.findall(_URL_RE.sub(" ", text))
        for part in _CAMEL_PART_RE.findall(name)
        if part.lower() not in stop
    )


def name_like_terms(text: str) -> set[str]:
    """Terms a made-up claim would have to invent: coined names ('GPT-4o', 'Set5', 'ICCV') and numbers, lower-cased;
    an acronym's plural as its singular ('LLMs' -> 'llm'). Hyphenated descriptions ('speech-to-3D-face',
    '3D-aware') are not names."""
    out = set()
    for w in re.findall(r"[A-Za-z0-9][\w-]*[A-Za-z0-9]|[A-Za-z0-9]", normalize(text)):
        if not is_coined(w) or any(len(part) >= 4 and part.islower() for part in w.split("-")):
            continue
        if _ACRONYM_PLURAL_RE.match(w):
            w = w[:-1]
        out.add(w.lower())
    return out | numbers(text)


def normalise_fact(text: str) -> str:
    """For fact matching in evaluation: lower case, no punctuation, thousands spelled out ('290K' and '290,000'
    agree)."""
    t = normalize(text).lower()
    t = re.sub(r"(\d),(\d{3})\b", r"\1\2", t)
    t = re.sub(r"(\d+(?:\.\d+)?)\s*k\b", lambda m: _times(m[1], 1000), t)
    t = re.sub(r"(\d+(?:\.\d+)?)\s*(?:m|million)\b", lambda m: _times(m[1], 1_000_000), t)
    t = re.sub(r"[^a-z0-9.%\s]", " ", t)
    t = re.sub(r"(?<!\d)\.|\.(?!\d)", " ", t)
    return " ".join(t.split())


def _times(number: str, factor: int) -> str:
    value = float(number) * factor
    return str(int(value)) if value.is_integer() else str(value)


@functools.cache
def synonym_table() -> dict[str, frozenset[str]]:
    """Stemmed term -> the stemmed terms of its synonym group (single words only; phrases are matched whole)."""
    table: dict[str, set[str]] = {}
    for group in lexicon.SYNONYM_GROUPS:
        stems = {" ".join(stem(t) for t in tokens(w)) for w in group}
        for s in stems:
            table.setdefault(s, set()).update(stems - {s})
    return {k: frozenset(v) for k, v in table.items()}


def with_synonyms(terms: Iterable[str]) -> set[str]:
    table = synonym_table()
    out = set(terms)
    for t in list(out):
        out |= table.get(t, frozenset())
    return out


def ratio(a: str, b: str) -> float:
    """Similarity of two strings in [0, 100] (rapidfuzz's normalised Indel ratio)."""
    from rapidfuzz import fuzz

    return fuzz.ratio(a, b)


class Corrector:
    """Typo correction against a vocabulary with frequencies (rapidfuzz).

    Only a word the vocabulary lacks, of 5+ letters and not a number, is corrected; candidates must be within one
    edit (two from 8 letters, a swap counting once) and two letters of length. Ties go to the higher ratio, fewer
    edits, same length, then the more frequent word. The first letter may be wrong too.
    """

    MIN_LENGTH = 5  # shorter words have too many one-edit neighbours to correct safely
    LENGTH_WINDOW = 2

    def __init__(self, frequencies: Mapping[str, int]):
        self.frequencies = frequencies
        self.by_length: dict[int, list[str]] = {}
        for w in frequencies:
            self.by_length.setdefault(len(w), []).append(w)

    def candidates(self, word: str) -> list[str]:
        from rapidfuzz import fuzz, process
        from rapidfuzz.distance import OSA

        w = word.lower()
        if w in self.frequencies or w.isdigit() or len(w) < 4:
            return []
        if len(w) < self.MIN_LENGTH:  # four letters: only two swapped letters ('nmae' -> 'name') are safe to fix
            swaps = {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1)}
            found = sorted((-self.frequencies[x], x) for x in swaps if x in self.frequencies)
            return [found[0][1]] if found else []
        pool = [
            x
            for n in range(len(w) - self.LENGTH_WINDOW, len(w) + self.LENGTH_WINDOW + 1)
            for x in self.by_length.get(n, ())
        ]
        max_edits = 1 if len(w) <= 7 else 2
        found = []
        for cand, score, _ in process.extract(w, pool, scorer=fuzz.ratio, score_cutoff=75, limit=10):
            edits = OSA.distance(w, cand)
            if edits <= max_edits and (score >= 85 or edits == 1):
                found.append((-round(score, 1), edits, abs(len(cand) - len(w)), -self.frequencies[cand], cand))
        found.sort()
        return [f[-1] for f in found if f[:3] == found[0][:3]] if found else []

    def correct(self, word: str) -> str | None:
        options = self.candidates(word)
        return options[0] if options else None


@functools.cache
def _speller():
    try:
        from spellchecker import SpellChecker
    except ImportError:  # the guard is an extra safety; without it corrections are only bounded by distance
        return None
    return SpellChecker(distance=1)


@functools.cache
def english_words() -> frozenset[str]:
    """Ordinary English words (pyspellchecker's dictionary, offline)."""
    speller = _speller()
    return frozenset(speller.word_frequency.dictionary) if speller is not None else frozenset()


# Shortest typed word put right to an English word (see english_slip).
ENGLISH_FIX_MIN_LENGTH = 6


def english_slip(typed: str) -> str | None:
    """The English word a plain lower-case word was meant to be, where the difference is a slip of the fingers: two
    letters swapped ('dpeend' -> 'depend'), a letter typed twice ('collaboorate') or one of a double left out
    ('geting'). A slip of another kind (a letter wrong, one extra) is as often a technical term or a name one letter
    from an English word ('voxels' / 'vowels', 'kmeans' / 'means', 'embedder' / 'embedded'), and is left alone; so are
    words with capitals inside ('ResNet'), short words and words of other scripts."""
    if len(typed) < ENGLISH_FIX_MIN_LENGTH or not typed.isascii() or not typed.isalpha():
        return None
    if typed[1:] != typed[1:].lower():
        return None
    low = typed.lower()
    speller = _speller()
    if speller is None or low in english_words():
        return None
    fixed = speller.correction(low)
    if not fixed or fixed == low or not fixed.isascii() or not fixed.isalpha() or not _is_slip(low, fixed):
        return None
    return fixed.capitalize() if typed[0].isupper() else fixed


def _is_slip(typed: str, meant: str) -> bool:
    if len(typed) == len(meant):  # two neighbouring letters swapped
        diff = [i for i in range(len(typed)) if typed[i] != meant[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and (typed[diff[0]], typed[diff[1]]) == (meant[diff[1]], meant[diff[0]])
        )
    if len(typed) == len(meant) + 1:  # a letter typed twice
        return any(typed[i] == typed[i - 1] and typed[:i] + typed[i + 1 :] == meant for i in range(1, len(typed)))
    if len(typed) + 1 == len(meant):  # one letter of a double left out
        return any(meant[i] == meant[i - 1] and meant[:i] + meant[i + 1 :] == typed for i in range(1, len(meant)))
    return False


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """'1 paper', '2 papers' (a message never says '1 papers')."""
    return f"{n} {noun if n == 1 else (plural or noun + 's')}"
