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
from typing import NamedTuple

from . import lexicon

# A word as `tokens` reads it; planning counts words over raw text with the same pattern.
WORD_RE = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
# A number stated as one ('760', '1,430', '7.5 %', '18x', '28B', '5mm', '384px'), not a digit inside a name
# ('Graph2Counsel', 'DINOv3', 'GPT-4o', 'GPT-4', 'ResNet-50', 'Qwen2.5', '3D'): digits not run into letters, but for
# a unit, and not after a name's hyphen.
_NUMBER_UNITS = "|".join(
    ["x", "×", "%", "k", "m", "b", "t", "ms", "s", "sec", "secs", "min", "mins", "h", "hr", "hrs", "hz", "khz", "mhz",
     "ghz", "fps", "kb", "mb", "gb", "tb", "px", "p", "mm", "cm", "km", "nm", "w", "kw", "db", "pp", "st", "nd", "rd",
     "th"]
)  # fmt: skip
_NUMBER_RE = re.compile(rf"(?<![\w.,])(?<![^\W\d_]-)\d[\d,.]*(?:(?:{_NUMBER_UNITS})(?![^\W\d_]))?(?![^\W_])", re.I)
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
    # spacing commands ('Claude\\,Opus', '75\\,\\%'): a space, or none
    "\\,": " ",
    "\\;": " ",
    "\\:": " ",
    "\\!": "",
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


# A fixed expression (lexicon.IDIOM_COMPOUNDS) as a text writes it: hyphenated or spaced ('state of the art', 'in the
# real world'), but for those met only hyphenated ('errors in depth estimation' is no 'in-depth').
_IDIOM_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        re.escape(i) if i in lexicon.IDIOMS_ONLY_HYPHENATED else r"[\s-]+".join(map(re.escape, i.split("-")))
        for i in sorted(lexicon.IDIOM_COMPOUNDS, key=len, reverse=True)
    )
    + r")(?![\w-])"
)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens; a hyphenated word is kept whole and also split ('one-to-many' -> 4 tokens), but a fixed
    expression gives only the words it keeps ('real-world' -> 'real-world', 'real'; no 'world')."""
    return list(_tokens(text))


@functools.lru_cache(maxsize=65536)  # abstract sentences are read again by every question that finds their paper
def _tokens(text: str) -> tuple[str, ...]:
    out = []
    low = _IDIOM_RE.sub(lambda m: re.sub(r"\s+", "-", m[0]), normalize(text).lower())
    for tok in WORD_RE.findall(low):
        tok = tok.replace("’", "'")
        if tok.endswith("'s"):
            tok = tok[:-2]
        out.append(tok)
        if tok in lexicon.IDIOM_COMPOUNDS:
            out.extend(lexicon.IDIOM_COMPOUNDS[tok].split())
        elif "-" in tok:
            out.extend(p for p in tok.split("-") if p)
    return tuple(out)


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


def fold_accents(text: str) -> str:
    """The text without accents, lower-cased ('Schölkopf' -> 'scholkopf', 'Çetinkaya' -> 'cetinkaya'): a name as it
    is typed on a keyboard without them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()


def has_number(text: str) -> bool:
    """Whether the text states a number: in digits (not inside a name, `_NUMBER_RE`) or in words ('three')."""
    return bool(_NUMBER_RE.search(text)) or any(t in lexicon.NUMBER_WORDS for t in tokens(text))


def is_number(token: str) -> bool:
    """Whether a token is a number as stated ('760', '28b', '18x', 'three'), not a name with a digit in it."""
    return bool(_NUMBER_RE.fullmatch(token)) or token in lexicon.NUMBER_WORDS


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
# A name that opens with a run of capitals and ends in a lower-case word: 'OLATverse', 'VGGTracker' (not 'LLMs',
# 'DINOv2': the word must be three letters or more, and end the name).
_ACRONYM_LED_RE = re.compile(r"\b(?P<run>[A-Z]{2,})(?P<rest>[a-z]{3,})\b")


# A web address: its pieces ('github.com/QI-NemoSong/EP-SAM') are no names the paper gives anything. A match
# starts where a whitespace-delimited token does (the leftmost match would anyway): tried at every character, the
# leading \S* made blanking a sentence's addresses cost as much as scoring it.
_URL_MARKS = ("http://", "https://", "www.", "github.com", "gitlab.com", "huggingface.co")
_URL_RE = re.compile(r"(?<!\S)\S*(?:" + "|".join(map(re.escape, _URL_MARKS)) + r")\S*", re.I)


def spell_greek(text: str) -> str:
    """Greek letters as they are typed in Latin letters: 'VGGT-Ω' -> 'VGGT-omega', 'π0' -> 'pi0'."""
    return "".join(
        unicodedata.name(c).split()[-1].lower() if "\u0370" <= c <= "\u03ff" and c.isalpha() else c for c in text
    )


_INSTRUCTION_RES = tuple(re.compile(p, re.I) for p in lexicon.INSTRUCTIONS)


@functools.lru_cache(maxsize=65536)  # every candidate paper's sentences are checked by every question that finds it
def instructs(text: str) -> bool:
    """Whether the text addresses its reader like an instruction (lexicon.INSTRUCTIONS): in a question, a clause to
    ignore; inside an abstract, an injection that is never quoted."""
    return any(r.search(text) for r in _INSTRUCTION_RES)


def without_urls(text: str) -> str:
    """The text with its web addresses blanked: 'Project page: vggt-omega.github.io' says no word of a question about
    VGGT-Omega."""
    low = text.lower()
    return _URL_RE.sub(" ", text) if any(mark in low for mark in _URL_MARKS) else text


@functools.lru_cache(maxsize=65536)
def name_parts(text: str) -> frozenset[str]:
    """Stems of the words inside the camel-case names of a text, so that a question's 'Arena' finds the paper that
    names its platform 'EinsteinArena'. The whole name stays one token everywhere else."""
    stop = stopwords()
    plain = _URL_RE.sub(" ", text)
    parts = [part for name in _CAMEL_NAME_RE.findall(plain) for part in _CAMEL_PART_RE.findall(name)]
    # An acronym run into an English word is the acronym and the word ('OLATverse': OLAT, verse); where the run's
    # last capital starts the word, the run is one shorter ('VGGTracker': VGG, Tracker).
    for m in _ACRONYM_LED_RE.finditer(plain):
        run, rest = m["run"], m["rest"]
        if rest.lower() in english_words():
            parts += [run, rest]
        elif len(run) > 2 and (run[-1] + rest).lower() in english_words():
            parts += [run[:-1], run[-1] + rest]
    return frozenset(stem(part.lower()) for part in parts if part.lower() not in stop)


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


# What a name stands beside when the question gives it as a point of reference, not as what it asks about:
# 'something like OpenVLA but for hands', 'unlike DUSt3R', 'faster than SAM', 'instead of MoCap data'.
_REFERENCE_BEFORE_RE = re.compile(
    # ('medical scans like MRI', 'languages like Swahili' give examples of what is asked about: they stay)
    r"(?:(?<![a-z]s )\blike|\bunlike|\bthan|\bsimilar to|\binstead of|\brather than|\bbeyond|\bversus|\bvs\.?|"
    r"\bcompared (?:to|with)|\binspired by|\bapart from|\bother than|\bbesides)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w-]+\s+){0,1}$",
    re.I,
)
# Digits that stand for a word inside a name: 'Sim2Real' is 'sim-to-real', 'E2E' 'end-to-end'.
_DIGIT_WORDS = {"2": "to", "4": "for"}
# The longest name read as an acronym that the text may spell out ('LLM', '3DGS', 'SfM'); longer ones are names
# of their own ('VoxCeleb2').
SPELLED_OUT_MAX = 5
# A name at least this long still counts with one letter added, dropped or swapped ('InfographicVQA' and
# 'InfographicsVQA'); a shorter one would meet other names that way ('GPT-4o', 'GPT-4v').
NEAR_NAME_MIN = 8
# The same, against a coined word of the text, from this length: a name typed with a slip ('DRAGOON' for 'DRAGON',
# 'FLOOPs' for 'FLOPs').
NEAR_COINED_MIN = 5
# A long name's short form is its first letter, then some of its letters in order, and all its digits ('Re10k' for
# 'RealEstate10K'). Only for names at least this long: a short one has too many look-alikes.
ABBREVIATED_MIN = 6


# A name at least this long counts inside any longer word ('DINOv2' in 'DINOv2based'); a shorter one only inside a
# coined word ('MoE' in 'ResMoE'), not an ordinary one ('RAG' in 'drag').
LONG_NAME_MIN = 5
# A name in capitals this short is matched only in capitals ('SAM', not 'Sam').
SHORT_NAME_MAX = 4
# How far before a name the question is read for what stands it aside ('something like', its words spelled out).
NAME_CONTEXT_CHARS = 80
# Words about the collection long enough that one letter off is still the same word ('aXiv' for 'arXiv').
_LONG_METADATA_WORDS = tuple(w for w in lexicon.METADATA_WORDS if len(w) >= 5)


def asked_names(text: str) -> list[str]:
    """The coined names a question asks about, as written ('LiDAR', 'VoxCeleb2', 'PoIs'): not a shouted English word
    ('IMPORTANT'), a family of models ('LLMs'), a word about the collection ('arXiv'), a name given for reference
    ('like OpenVLA'), nor one offered as an alternative to a plain word ('Waymo or nuScenes')."""
    from rapidfuzz.distance import OSA

    text = normalize(text)
    if text.isupper():
        return []  # a question in capitals throughout: no word is a name by its case ('WHICH PAPER DOES TRACKNG?')
    english = english_words()
    # Long English words in capitals, more than one: the question shouts ('IMPORTANT SYSTEM NOTICE: …'; 'SAM on
    # COCO' names two things)
    shouting = sum(w.isupper() and w.lower() in english for w in re.findall(r"[A-Za-z]{5,}", text)) >= 2
    found = []
    spans = list(re.finditer(r"[\w-]+", text))
    for i, m in enumerate(spans):
        w = m[0].strip("_")
        if not re.fullmatch(r"[A-Za-z0-9][\w-]*[A-Za-z0-9]", w):
            continue
        if not is_coined(w) or any(len(part) >= 4 and part.islower() for part in w.split("-")):
            continue  # (not a name: 'speech-to-3D-face', '3D-aware')
        low = w.lower()
        single = low[:-1] if re.fullmatch(r"[\w-]*[A-Z0-9]s", w) else low
        shouted = w.isupper() and low in english and (shouting or text[m.end() : m.end() + 1] == ":")
        if not any(c.isalpha() for c in w) or shouted:
            continue  # ('IMPORTANT SYSTEM NOTICE', 'NOTE:'; not 'COCO' or 'LIBERO')
        # (only the few words before the name are read: a long question costs no more per name)
        lead = text[max(0, m.start() - NAME_CONTEXT_CHARS) : m.start()]
        if _spelled_before(w).search(lead):
            continue  # the question says in words what it means: 'Theory of Mind (ToM)', 'chest X-rays (CXRs)'
        if any(part in lexicon.GENERIC_ACRONYMS for part in (single, *single.split("-"))):
            continue
        if low in lexicon.METADATA_WORDS or any(OSA.distance(low, word) == 1 for word in _LONG_METADATA_WORDS):
            continue  # ('arXiv', also typed with a slip: 'aXiv')
        if _REFERENCE_BEFORE_RE.search(lead):
            continue
        before = [b[0] for b in spans[max(0, i - 2) : i]]
        after = [a[0] for a in spans[i + 1 : i + 3]]
        other = (before[0] if len(before) == 2 and before[1].lower() == "or" else None) or (
            after[1] if len(after) == 2 and after[0].lower() == "or" else None
        )
        if other is not None and not is_coined(other):
            continue
        found.append(w)
    return found


# A question with more than this share of its longer words (and three-letter content words) capitalised is written
# in title case ('Which Paper Uses Gaussian Splatting?'): there a capital says nothing about a word.
TITLE_CASE_SHARE = 0.5
# Where a sentence starts (its first word is capitalised whatever it is): the text's start or after . ! ? : ; and
# any opening quote or bracket.
_SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"'“‘(\[]\s*)$")


def plain_names(text: str) -> list[str]:
    """The plain capitalised words a question uses inside a sentence ('Swahili', 'Cantonese', 'Berlin'): names of
    languages, places, peoples and institutions, which a dictionary knows and `asked_names` (coined names) does not
    take. Not a sentence's first word; not a question in capitals or title case; not a hyphenated compound (a
    spelled-out form the papers may shorten: 'Dungeons-and-Dragons' is their 'DnD'); not a month or weekday, a
    stopword or a word about the collection; nor a name given for reference ('unlike Spanish')."""
    text = normalize(text)
    if text.isupper() or not _mostly_english(text):
        return []  # (German capitalises every noun: 'Welche Ausgabemodalitäten kann VFMF … dekodieren?')
    # (three-letter content words count too, acronyms do not: 'Is there an LLM for French tax law?' has 'tax' and
    # 'law' in lower case, so it is no title)
    longer = [
        w
        for w in re.findall(r"[A-Za-z]{3,}", text)
        if not w.isupper() and (len(w) >= 4 or w.lower() not in stopwords())
    ]
    if longer and sum(w[0].isupper() for w in longer[1:]) > TITLE_CASE_SHARE * max(len(longer) - 1, 1):
        return []
    found = []
    for m in re.finditer(r"(?<![\w-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?![\w-])", text):  # ('Zürich' too)
        w, low = m[1], m[1].lower()
        if _SENTENCE_START_RE.search(text[: m.start()]):
            continue
        calendar = low in lexicon.MONTHS or low in lexicon.MONTH_ABBREVIATIONS or low in lexicon.WEEKDAYS
        if calendar or low in stopwords() or low in lexicon.METADATA_WORDS:
            continue
        if _REFERENCE_BEFORE_RE.search(text[max(0, m.start() - NAME_CONTEXT_CHARS) : m.start()]):
            continue
        found.append(w)
    return list(dict.fromkeys(found))


def alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first, their spaces matching any run of space."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


@functools.cache
def place_forms() -> frozenset[str]:
    """Every form of lexicon.PLACE_FORMS ('germany', 'german', 'us', …): the places, peoples and languages."""
    return frozenset(w for group in lexicon.PLACE_FORMS for w in group)


def place_names(text: str) -> list[str]:
    """The places, peoples and languages a question names however it is written (lexicon.PLACE_FORMS): a country's
    short form in capitals where it qualifies what a country has ('US tax law', 'in the UK'), and in a question
    typed all in lower case, where a capital says nothing, the lower-case form ('french tax law'). `plain_names`
    finds the capitalised ones in a question written as usual."""
    text = normalize(text)
    if text.isupper():
        return []
    forms = place_forms()
    # (a short form in capitals only before what a country has, or after 'the' where nothing follows that it
    # qualifies: 'US tax law', 'in the UK?'; 'US images' and 'the US images' are ultrasound)
    jurisdiction = alternation(lexicon.JURISDICTION_NOUNS)
    found = [
        m[0]
        for m in re.finditer(r"(?<![\w-])[A-Z]{2,3}(?![\w-])", text)
        if m[0].lower() in forms
        and (
            # ('in the UK?', 'the US and …'; not 'the US images')
            (
                re.search(r"\bthe\s+$", text[: m.start()], re.I)
                and re.match(r"\s*(?:[?.,;:!)]|$|\s(?:and|or|in|of|for|to|from|with|by|at|than)\b)", text[m.end() :])
            )
            or re.match(rf"(?:\s*(?:or|and|/|,)\s*[A-Z]{{2,3}})*\s+(?:{jurisdiction})\b", text[m.end() :])
        )
    ]
    if not re.search(r"[A-Z]", text):
        found += [
            w
            for w in re.findall(r"(?<![\w-])[a-z]+(?![\w-])", text)
            if w in forms and w not in lexicon.PLACE_FORMS_AMBIGUOUS
        ]
    return list(dict.fromkeys(found))


# Share of a text's lower-case words that must be English (or stopwords) for it to read as English: technical terms
# a dictionary lacks ('splatting', 'egocentric') leave most of an English question's words English.
ENGLISH_WORD_SHARE = 0.5


def _mostly_english(text: str) -> bool:
    words = [w for w in re.findall(r"(?<![\w-])[^\W\d_]{3,}(?![\w-])", text) if w.islower()]
    english = english_words()
    return not words or sum(w in english or w in stopwords() for w in words) / len(words) >= ENGLISH_WORD_SHARE


@functools.lru_cache(maxsize=1024)
def _spelled_before(name: str) -> re.Pattern:
    """The words a name stands for, right before it in brackets: 'Points-of-Interest (' for 'PoIs'."""
    letters = [c for c in name.removesuffix("s") if c.isupper() or c.isdigit()] or list(name[:1])
    words = r"[\s-]+(?:(?:of|the|and|to|for|in|on|a|an)[\s-]+)?".join(rf"{re.escape(c)}[\w']*" for c in letters)
    return re.compile(rf"(?<![\w-]){words}\s*\($", re.I)


def mentions_name(name: str, text: str) -> bool:
    """Whether a text mentions a name, however written: in another case, with or without hyphens and spaces ('6DoF',
    '6-DoF'), as a plural or inside a longer name ('LLM', 'MLLMs'), with its digit spelled ('Sim2Real',
    'sim-to-real'), spelled out ('LLM', 'large language models'; '3DGS', '3D Gaussian Splatting'; 'SfM',
    'structure-from-motion'; 'ViT', 'Vision Transformer') or shortened either way ('RealEstate10K', 'Re10k')."""
    from rapidfuzz.distance import OSA

    index = _name_index(text)
    # a short name in capitals is matched in capitals ('SAM', not 'Sam')
    shouted = {name.lower()} if name.isupper() and len(name) <= SHORT_NAME_MAX else set()
    forms = {name.lower()}
    if re.fullmatch(r"[\w-]*[A-Z0-9]s", name):
        forms.add(name[:-1].lower())  # 'PoIs', 'NeRFs'
    # (a hyphenated name with a short prefix is also its rest: 'MS-COCO' is 'COCO')
    forms |= {f.split("-", 1)[1] for f in list(forms) if re.fullmatch(r"[a-z]{1,2}-\w{3,}", f)}
    flat = {f.replace("-", "") for f in forms}
    flat |= {re.sub(r"\d", lambda m: _DIGIT_WORDS.get(m[0], m[0]), f) for f in flat}
    for f in flat:
        # (a short form asked of a long one written: 'Re10K' of 'RealEstate10K', 'vKITTI2' of 'Virtual KITTI 2')
        if f in index.runs or any(_abbreviates(f, r) for r in index.runs):
            return True
        for w in index.words:
            if w == f and (f not in shouted or w in index.upper):
                return True  # ('SAM' is not 'Sam Altman')
            # a plural or a version after it ('MLLMs' for 'LLM', 'GPT-4o' for 'GPT-4', 'LoD1'), or the name inside a
            # coined word ('ResMoE'); not an ordinary word that holds it ('same', 'drag', 'Robert'), nor another
            # version ('ScanNet200' for 'ScanNet20')
            rest = w[len(f) :] if w.startswith(f) and w != f else ""
            grown = (
                rest in ("s", "es")
                or bool(re.fullmatch(r"v?\d{1,2}[a-z]?", rest))
                or (len(rest) == 1 and rest.isalpha() and f[-1].isdigit())
            )
            inside = (w in index.coined or len(f) >= LONG_NAME_MIN) and f in w
            if (grown or inside) and (not _digits(f) or _digits(w) == _digits(f)):
                return True
            if _abbreviates(w, f) or _abbreviates(f, w):
                return True
            # one letter off ('InfographicVQA' for 'InfographicsVQA'), of the same version
            shortest = NEAR_COINED_MIN if w in index.coined else NEAR_NAME_MIN
            near = len(f) >= shortest and w[:1] == f[:1] and abs(len(w) - len(f)) <= 1 and OSA.distance(f, w) <= 1
            if near and _digits(w) == _digits(f):
                return True
    letters = name.replace("-", "")
    if len(letters) <= SPELLED_OUT_MAX:
        # every letter and digit, or only the capitals and digits of a mixed-case name ('ViT': Vision Transformer)
        every = letters.lower()
        spelled = {every, re.sub(r"\d", lambda m: _DIGIT_WORDS.get(m[0], m[0])[0], every)}  # 'E2E': e, t(o), e
        # (small words between the spelled ones: one joining word at a time, as `spells_out` reads them; 'field of
        # view' is 'FoV' and 'FV', but 'state-of-the-art methods' is no 'SAM')
        if any(_spelled_out(i, seq) for i in spelled for seq in index.every_word) or (
            every.isalpha() and spells_out(every, text)
        ):
            return True
        if re.search(r"[a-z]", letters) and re.search(r"[A-Z]", letters):
            # (the capitals alone only over the words that are not stopwords: 'ToM' is not 'to market')
            capitals = "".join(c for c in letters if c.isupper() or c.isdigit()).lower()
            return len(capitals) >= 2 and any(_spelled_out(capitals, seq) for seq in index.content_words)
    return False


def _greek_spelled(text: str) -> str:
    """Greek letters by their names ('τ' -> 'tau'); any other character of that block as it is."""

    def spelled(m: re.Match) -> str:
        name = unicodedata.name(m[0], "")
        letter = re.search(r"\bLETTER (\w+)$", name)
        return letter[1].lower() if letter else m[0]

    return re.sub(r"[\u0370-\u03ff]", spelled, text)


def _digits(word: str) -> str:
    return re.sub(r"\D", "", word)


def _abbreviates(short: str, name: str) -> bool:
    if len(name) < ABBREVIATED_MIN or not 3 <= len(short) < len(name) or short[0] != name[0]:
        return False
    if not _digits(name) or _digits(short) != _digits(name):
        return False
    rest = iter(name)
    return all(c in rest for c in short)  # in order


def _spelled_out(initials: str, units: tuple[str, ...]) -> bool:
    """Whether consecutive units (a word's first letter, or the whole of a word with a digit: '3d') make up the
    initials."""
    for start in range(len(units)):
        rest, i = initials, start
        while rest and i < len(units) and rest.startswith(units[i]):
            rest, i = rest[len(units[i]) :], i + 1
        if not rest and i - start >= 2:
            return True
    return False


# A short form defined in parentheses after its long form: 'diabetic retinopathy (DR)', 'Masked Image Modeling
# (MIM)', 'vertex relative position encoding (VRPE)'.
_DEFINED_SHORT_RE = re.compile(r"\(([A-Za-z0-9][A-Za-z0-9]{1,11}?)s?\)")
# How many words before a definition its long form may take.
LONG_FORM_MAX_WORDS = 8


@functools.lru_cache(maxsize=4096)  # (an abstract is read for its definitions once)
def defined_abbreviations(text: str) -> dict[str, frozenset[str]]:
    """The short forms a text defines, each with the stems of its long form: 'diabetic retinopathy (DR)' ->
    {'dr': {'diabet', 'retinopathi'}}. The long form is the fewest words before the parenthesis whose first letters
    (a word with a digit whole; stopwords may be skipped) spell the short form."""
    out: dict[str, frozenset[str]] = {}
    stop = stopwords()
    for m in _DEFINED_SHORT_RE.finditer(normalize(text)):
        short = m[1]
        if sum(c.isupper() for c in short) < 2 and not any(c.isdigit() for c in short):
            continue  # ('(see)', '(a)': no short form)
        before = WORD_RE.findall(text[: m.start()])[-LONG_FORM_MAX_WORDS:]
        parts = [p for w in before for p in w.split("-") if p]
        for n in range(2, len(parts) + 1):
            words = parts[-n:]
            if words[0].lower() in stop:
                continue
            units = "".join(_unit(w.lower()) for w in words if w.lower() not in stop)
            every = "".join(_unit(w.lower()) for w in words)
            if short.lower() in (units, every):
                out[short.lower()] = frozenset(stem(w.lower()) for w in words if w.lower() not in stop)
                break
    return out


def spells_out(acronym: str, text: str) -> bool:
    """Whether the text writes an acronym out in full without defining it: words in a row whose first letters spell
    it ('WER' by 'word error rate', 'RTF' by 'real-time factor'), with at most one small joining word between two of
    them ('LIS' by 'library and information science', 'FoV' by 'field of view'). (Any stopword may not be skipped:
    'learn the main idea from scientific papers' spells no 'LIS'.)"""
    letters = acronym.lower()
    for sentence in re.split(r"(?<=[.!?;:])\s+", normalize(text).lower()):
        words = [p for w in WORD_RE.findall(sentence) for p in w.split("-") if p]
        for start in range(len(words)):
            at, matched = start, 0
            while matched < len(letters) and at < len(words):
                if words[at][0] == letters[matched] and not any(c.isdigit() for c in words[at]):
                    matched, at = matched + 1, at + 1
                elif matched and words[at] in lexicon.ACRONYM_GLUE and at + 1 < len(words):
                    at += 1  # (one joining word; the next must spell the next letter)
                    if words[at][0] != letters[matched]:
                        break
                else:
                    break
            if matched == len(letters):
                return True
    return False


class _NameIndex(NamedTuple):
    """A text read for names once (Greek letters spelled: 'τ-bench' is 'tau-bench')."""

    words: tuple[str, ...]  # its words without hyphens, and the parts of hyphenated ones
    runs: frozenset[str]  # runs of two and three words joined ('DINO v2')
    # per sentence, its words as units for acronyms (a word's first letter, or a word with a digit whole): every word,
    # and the words that are not stopwords ('field of view' is 'FoV' and 'FV')
    every_word: tuple[tuple[str, ...], ...]
    content_words: tuple[tuple[str, ...], ...]
    coined: frozenset[str]  # its coined words ('ResMoE')
    upper: frozenset[str]  # its words in capitals ('SAM')


@functools.lru_cache(maxsize=512)  # (some 70 KB a paper: the candidates of the last few dozen questions)
def _name_index(text: str) -> _NameIndex:
    low = _greek_spelled(normalize(text)).lower()
    raw = WORD_RE.findall(low)
    # a name inside a coined word counts wherever it stands: 'ResMoE' has 'MoE', 'RoboArmGS' 'GS'
    original = WORD_RE.findall(normalize(text))
    coined = frozenset(w.lower().replace("-", "") for w in original if is_coined(w))
    upper = frozenset(w.lower().replace("-", "") for w in original if w.isupper())
    words = tuple(
        dict.fromkeys([*(w.replace("-", "") for w in raw), *(p for w in raw if "-" in w for p in w.split("-"))])
    )
    flat = [w.replace("-", "") for w in raw]
    runs = frozenset("".join(flat[i : i + n]) for n in (2, 3) for i in range(len(flat) - n + 1))
    stop = stopwords()
    every_word, content_words = [], []
    for sentence in re.split(r"(?<=[.!?;:])\s+", low):
        parts = [p for w in WORD_RE.findall(sentence) for p in w.split("-") if p]
        every_word.append(tuple(_unit(p) for p in parts))
        content_words.append(tuple(_unit(p) for p in parts if p not in stop))
    return _NameIndex(words, runs, tuple(every_word), tuple(content_words), coined, upper)


def _unit(word: str) -> str:
    return word if any(c.isdigit() for c in word) else word[0]


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
    """Stemmed term -> the stemmed terms of its synonym group (single words only; phrases are matched whole). A
    hyphenated word is one term, as a question's topic holds it ('first-person' -> 'egocentr')."""
    table: dict[str, set[str]] = {}
    for group in (*lexicon.SYNONYM_GROUPS, *lexicon.PLACE_FORMS):
        stems = {" ".join(stem(t) for t in WORD_RE.findall(normalize(w).lower())) for w in group}
        for s in stems:
            table.setdefault(s, set()).update(stems - {s})
    return {k: frozenset(v) for k, v in table.items()}


def spellings(phrase: str) -> tuple[str, ...]:
    """The phrase and the other ways its synonym group writes it ('frames per second', 'fps', 'frame rate')."""
    low = phrase.lower()
    group = next((g for g in lexicon.SYNONYM_GROUPS if low in g), ())
    return tuple(dict.fromkeys([low, *group]))


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
    edit (two from 8 letters, a swap counting once) and two letters of length. Ties go to fewer edits, then to the
    word with every letter typed (two swapped: 'evetn' is 'event', which the ratio, counting a swap as two edits,
    ranked below 'even'), then the higher ratio, same length, then the more frequent word. The first letter may be
    wrong too.
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
                other_letters = sorted(cand) != sorted(w)  # (False first: the letters typed, two swapped)
                found.append(
                    (edits, other_letters, -round(score, 1), abs(len(cand) - len(w)), -self.frequencies[cand], cand)
                )
        found.sort()
        return [f[-1] for f in found if f[:4] == found[0][:4]] if found else []

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


@functools.cache
def ordinary_words() -> frozenset[str]:
    """English words and stopwords, joined once (the dictionary is large): words a typed name is not."""
    return english_words() | stopwords()


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
