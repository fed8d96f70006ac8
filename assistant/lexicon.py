"""Data, not logic: every word list, phrase pattern and synonym the stages use, in one place.

Nothing here is written for one question. Each list names a *kind* of wording (how people ask for authors, how
they say "with code", how an injected instruction reads), and the query/planning stages apply it to the clause that
asks. Regex fragments are plain strings; the code that uses them compiles them once. This module imports nothing.
"""

# ------------------------------------------------------------------------------------------------ general English

# Words kept although the stopword list (NLTK's, shipped in bm25s) drops them: negations and comparisons carry
# meaning in questions ("without", "rather than", "more than") and premises.
STOPWORDS_KEPT = frozenset(["not", "no", "nor", "only", "more", "most", "before", "after", "between", "against"])
# Extra stopwords NLTK's list lacks that are pure glue in questions about papers.
STOPWORDS_EXTRA = frozenset(
    [
        "also", "could", "would", "might", "may", "must", "shall", "via", "per", "within", "without", "whose",
        "whether", "ever", "upon", "etc", "eg", "ie", "vs", "us", "let", "lets", "please", "thanks", "thank",
        "really", "actually", "exactly", "kind", "sort", "way", "ways", "one", "ones", "someone", "somebody",
        "anyone", "get", "got", "gets", "like", "just", "much", "many", "whats", "hows", "whos", "wheres",
        "whens", "whys", "thats", "theres", "heres", "wanna", "gonna", "pls", "plz",
        # prepositions NLTK's list lacks ('along which axes', 'across frames'); not 'besides' or 'unlike', which
        # exclude and compare
        "along", "alongside", "across", "beyond", "despite", "throughout", "amid", "around", "behind", "near",
        "inside", "outside", "underneath", "whereas",
        "well", "even", "still", "yet", "however", "instead", "rather", "either", "neither", "else", "every",
        "several", "certain", "particular", "specific", "specifically", "basically", "mainly", "main",
        "something", "thing", "things", "stuff", "onto", "towards", "toward", "among", "amongst",
        "somehow", "somewhere", "anywhere", "okay", "ok", "seem", "seems", "seemed", "apparently",
        # contractions NLTK's list lacks (it has "it's", "don't", "you're")
        "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "they're", "they've", "they'd", "they'll",
        "that's", "what's", "there's", "here's", "who's", "where's", "how's", "when's", "why's", "let's", "he's",
        "she's",
    ]
)  # fmt: skip

# Words that frame a question about papers rather than say what it is about.
FRAMING_WORDS = frozenset(
    [
        "paper", "papers", "work", "works", "study", "studies", "article", "articles", "publication",
        "publications", "entry", "entries", "research", "researcher", "method", "methods", "approach",
        "approaches", "technique", "techniques", "framework", "frameworks", "system", "systems", "model", "models",
        "propose", "proposes", "proposed", "proposing", "present", "presents", "presented", "introduce",
        "introduces", "introduced", "describe", "describes", "described", "collection", "list", "listed",
        "listing", "corpus", "page", "profile", "tell", "explain", "know", "want", "need", "show", "shows", "give",
        "find", "mention", "mentions", "mentioned", "address", "addresses", "addressed", "deal", "deals",
        "called", "name", "named", "author", "authors", "use", "uses", "used", "using", "based", "look", "looking",
        "remember", "recall", "wonder", "curious", "exist", "exists", "there", "any", "someone", "anybody",
        "here", "help", "idea", "able", "do", "does", "did", "done", "make", "makes", "made", "take", "takes",
        # how a question relates a paper to a thing ('the paper that borrows the idea of a job interview') and what
        # it asks of its method ('describe its main components'): the paper's own words for them differ
        "borrow", "borrows", "borrowed", "borrowing", "inspired", "inspiration", "component", "components",
        # prepositions that point at what a question is about, as 'about' does ('Regarding the paper X: …')
        "regarding", "concerning",
        # what a collection holds ('Does the collection include a paper on …', '… contain any papers by …')
        "include", "includes", "contain", "contains",
    ]
)  # fmt: skip

# Words every field's abstracts use (how papers report, not what about): they name no thread of an overview
# (themes.py), alone or together ('state-of-the-art results'); FRAMING_WORDS are left out too.
THEME_GENERIC_WORDS = frozenset(
    [
        "result", "results", "performance", "state", "art", "state-of-the-art", "existing", "novel", "new", "task",
        "tasks", "data", "experiment", "experiments", "experimental", "achieve", "achieves", "improve", "improves",
        "improved", "improvement", "improvements", "outperform", "outperforms", "demonstrate", "demonstrates",
        "however", "also", "can", "via", "across", "significant", "significantly", "extensive", "first",
        "different", "various", "multiple", "single", "key", "challenge", "challenges", "challenging", "problem",
        "problems", "remain", "remains", "current", "prior", "previous", "recent", "recently", "high", "low",
        "large", "small", "better", "best", "strong", "well", "enable", "enables", "allow", "allows", "provide",
        "provides", "including", "include", "includes", "without", "within", "often", "further", "setting",
        "settings", "evaluate", "evaluated", "evaluation", "code", "available", "release", "released", "one",
        "two", "three", "toward", "towards", "effective", "efficient", "simple", "robust", "general", "based",
        "leverage", "leverages", "leveraging", "integrates", "integrate", "substantially", "consistent",
        "consistently", "gains", "limited", "learning", "analysis", "study", "beyond", "way",
        "time", "stage", "level", "quality", "scale", "scalable", "generalization", "baseline", "baselines",
        # how papers praise what they bring ('Diverse, Realistic … Tasks'): no thread
        "diverse", "realistic", "unified", "unifying", "comprehensive", "standard", "practical", "accurate", "fast",
        "flexible", "reliable", "versatile", "universal", "open", "hybrid", "principled", "fine-grained",
    ]
)  # fmt: skip

# Verbs that ask what a paper gives ('what does it bring / add / offer / contribute'). They still find the sentence
# that uses them ('we contribute a dataset'), but a paper is not less on topic for not using them: they do not count
# towards how much of a question's topic a paper covers, and do not move a follow-up onto another paper.
GIVING_VERBS = frozenset(
    ["bring", "brings", "brought", "add", "adds", "added", "offer", "offers", "offered", "provide", "provides",
     "provided", "contribute", "contributes", "contributed", "contribution", "contributions", "deliver", "delivers"]
)  # fmt: skip
# Verbs that ask how far a paper reaches ('which tasks does it cover / handle / support?'): the same, since what is
# asked is the things it reaches, however the abstract says it does ('jointly performing multiple phone-related tasks').
SCOPE_VERBS = frozenset(
    ["cover", "covers", "covered", "covering", "handle", "handles", "handled", "handling", "support", "supports",
     "supported", "span", "spans", "spanned", "encompass", "encompasses"]
)  # fmt: skip

# Verbs of making what a paper contributes ('What dataset did the MuCo authors build?'): of a paper the question
# names, the paper says it its own way ('a newly curated 5M dataset', 'we introduce M3T'), so they do not count
# towards how much of the question's topic that paper covers. (Of papers found by search they still count: 'Which
# papers build avatars?' is met by those that say they build them, more than by those that render them.)
MAKING_VERBS = frozenset(
    ["build", "builds", "built", "create", "creates", "created", "construct", "constructs", "constructed", "curate",
     "curates", "curated", "collect", "collects", "collected", "assemble", "assembles", "assembled", "make", "makes",
     "made", "develop", "develops", "developed"]
)  # fmt: skip

NUMBER_WORDS = frozenset(
    [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
        "billions", "dozen", "dozens", "half", "twice", "double", "triple", "percent",
    ]
)  # fmt: skip

# A count written as a word, and its value ('the three newest', 'evaluates twelve models'). ('one' is left out: it is
# as often a pronoun, 'the one that', and each reader that takes it says so.)
COUNT_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "fifteen": 15, "twenty": 20,
}  # fmt: skip

# Irregular plurals and variant spellings the Snowball stemmer does not join (stemmed after this mapping).
WORD_FORMS = {
    "analyses": "analysis", "analyse": "analyze", "analysed": "analyzed",
    "matrices": "matrix", "vertices": "vertex", "indices": "index", "hypotheses": "hypothesis",
    "criteria": "criterion", "axes": "axis", "phenomena": "phenomenon", "people": "person",
    "children": "child", "men": "man", "women": "woman", "mice": "mouse", "feet": "foot",
}  # fmt: skip

# British spellings and the American ones papers mostly use ('licence' finds 'MIT license'); -ise verbs are joined
# by rule in text.stem. Inflected forms are listed: the stemmer runs after this lookup.
BRITISH_SPELLINGS = {
    "licence": "license", "licences": "licenses", "colour": "color", "colours": "colors", "coloured": "colored",
    "colouring": "coloring", "colourisation": "colorization", "behaviour": "behavior", "behaviours": "behaviors",
    "behavioural": "behavioral", "neighbour": "neighbor", "neighbours": "neighbors", "neighbouring": "neighboring",
    "neighbourhood": "neighborhood", "neighbourhoods": "neighborhoods", "favour": "favor", "favours": "favors",
    "favoured": "favored", "labour": "labor", "humour": "humor", "rumour": "rumor", "rumours": "rumors",
    "modelling": "modeling", "modelled": "modeled", "labelling": "labeling", "labelled": "labeled",
    "travelling": "traveling", "travelled": "traveled", "signalling": "signaling", "signalled": "signaled",
    "cancelled": "canceled", "fuelled": "fueled", "centre": "center", "centres": "centers", "centred": "centered",
    "metre": "meter", "metres": "meters", "fibre": "fiber", "fibres": "fibers", "defence": "defense",
    "defences": "defenses", "offence": "offense", "grey": "gray", "greyscale": "grayscale", "programme": "program",
    "programmes": "programs", "catalogue": "catalog", "catalogues": "catalogs", "analogue": "analog",
    "dialog": "dialogue", "dialogs": "dialogues", "tumour": "tumor", "tumours": "tumors", "oesophagus": "esophagus",
    "haemorrhage": "hemorrhage", "anaemia": "anemia", "paediatric": "pediatric", "oedema": "edema",
    "orthopaedic": "orthopedic", "ageing": "aging", "artefact": "artifact", "artefacts": "artifacts",
    "sceptical": "skeptical", "judgement": "judgment", "judgements": "judgments", "plough": "plow",
    "manoeuvre": "maneuver", "manoeuvres": "maneuvers", "vapour": "vapor", "odour": "odor", "harbour": "harbor",
}  # fmt: skip

# Everyday words and the terms papers use for the same thing: a question in plain words still meets the abstract.
# Both directions are searched; keep each group to true synonyms in this domain.
SYNONYM_GROUPS = (
    ("image", "picture", "photo", "photograph"),
    ("video", "clip", "footage"),
    ("car", "vehicle", "automobile"),
    ("camera", "cam"),
    ("phone", "smartphone", "mobile phone", "cellphone"),
    ("speech", "voice", "spoken"),
    ("talking", "speaking"),
    ("robot", "robotic"),
    ("dataset", "corpus", "benchmark"),
    ("gpu", "gpus", "accelerator", "hardware", "vram"),
    ("fast", "quick", "speed", "faster", "quickly"),
    # units a question spells out and an abstract abbreviates ('how many frames per second' / '45.7 FPS')
    ("frames per second", "fps", "frame rate", "frames/s"),
    ("accuracy", "accurate"),
    ("earlier", "previous", "prior", "existing"),
    # what goes wrong ('where current models go wrong' / 'errors propagate through the reasoning chain')
    ("error", "mistake", "wrong", "incorrect", "erroneous"),
    ("big", "large", "huge"),
    ("small", "tiny", "lightweight", "compact"),
    ("3d", "three-dimensional"),
    ("2d", "two-dimensional"),
    ("llm", "language model"),
    ("vlm", "vision-language model"),
    ("vla", "vision-language-action"),
    ("nerf", "neural radiance field"),
    ("sam", "segment anything"),
    ("rl", "reinforcement learning"),
    ("asr", "speech recognition"),
    ("lip reading", "visual speech recognition"),
    ("arm", "manipulator"),
    ("hand", "gripper"),
    ("memory", "vram"),
    ("limit", "constraint", "budget", "cap"),
    ("compute", "computational", "flops", "gflops", "macs"),
    ("doctor", "clinical", "medical"),
    ("noise", "noisy"),
    ("move", "motion", "movement"),
    ("touch", "tactile", "haptic"),
    ("drive", "mobile", "moving base"),
    ("simulated", "simulation", "synthetic", "virtual"),
    ("twin", "replica", "copy"),
    ("hand-mounted", "wrist", "wrist-mounted"),
    ("third-person", "exocentric", "external"),
    ("first-person", "egocentric"),
    ("ping-pong", "table tennis"),
    ("annotation", "label", "labeled", "labelled"),
    ("review", "survey", "overview"),
    ("metric", "measured"),
    # verbs a question uses for what a method does ('how did they reduce the errors' / 'to mitigate this harm')
    ("reduce", "mitigate", "alleviate", "decrease", "lessen", "minimize", "minimise", "curb"),
    ("select", "choose", "decide"),
    # what a question calls a fix is what an abstract does to a problem ('To mitigate this harm, we introduce …')
    ("fix", "remedy", "solution", "solve", "mitigate", "overcome", "tackle", "resolve"),
    # verbs of using what others made ('which model did it adopt' / 'we use vq-wav2vec BERT')
    ("use", "adopt", "employ", "leverage", "utilize", "utilise"),
    ("backbone", "encoder"),
    # what a method takes ('What do you have to give it as input?' / 'Given the initial vertex positions, …')
    ("input", "given"),
    # who took part in a study ('how many people took part' / '451 participants')
    ("people", "participants", "volunteers"),
    # how a method compared ('by how much does it beat earlier models' / 'outperforming prior models by 5.0')
    ("beat", "outperform", "surpass", "exceed"),
)

# Kinds of paper a question may ask for by what the paper is rather than what it is about ('Is there a review of …',
# 'Which entries are surveys or technical reports?'), each with the nouns that name it; a paper of the kind calls
# itself so ('This survey examines …', '…: A Survey', 'This technical report introduces …').
PAPER_KINDS = {
    "survey": ("survey", "review", "overview", "tutorial", "state-of-the-art report", "literature review"),
    "technical report": ("technical report",),
}
# Words that may stand before a kind's noun, in a question ('a recent survey') or a title ('A Comprehensive Review').
PAPER_KIND_ADJECTIVES = (
    "good", "recent", "comprehensive", "systematic", "brief", "short", "critical", "broad", "general", "unified",
    "concise", "detailed",
)  # fmt: skip
# What a paper of a kind does, right after its words for itself ('This survey examines …', 'This technical report
# introduces …'); not a noun that the kind's word qualifies ('our review process', 'this review system').
PAPER_KIND_SELF_VERBS = (
    "is", "was", "has", "examines", "offers", "provides", "presents", "introduces", "covers", "reviews", "surveys",
    "summarizes", "summarises", "discusses", "categorizes", "categorises", "organizes", "organises", "aims", "focuses",
    "describes", "details", "outlines", "studies", "explores", "gives", "takes", "starts", "begins", "systematically",
    "comprehensively",
)  # fmt: skip
# Nouns before a kind's word that make it something else: a review of papers ('peer review', 'Meta Review'), of code,
# by people or machines ('human review', 'automated review'), or a survey of people ('user survey').
NOT_PAPER_KIND_BEFORE = ("peer", "code", "meta", "human", "paper", "automated", "automatic", "user", "online")
# Nouns a place qualifies as a jurisdiction or a country ('US federal tax law', 'UK elections'): with one of them a
# country's short form in capitals is the country, not a field's abbreviation ('US images' are ultrasound).
JURISDICTION_NOUNS = (
    "law", "laws", "legal", "federal", "state", "states", "government", "tax", "taxes", "court", "courts", "election",
    "elections", "policy", "policies", "market", "markets", "census", "patent", "patents", "legislation",
    "regulation", "regulations", "president", "military", "citizens", "population", "hospitals", "healthcare",
    "english", "dollars", "companies", "universities", "politics", "political", "news",
)  # fmt: skip

# A place and the adjective (or language) named after it say the same thing ('tax law in Germany' / 'German tax law'):
# each pair is searched both ways, like a synonym group, and one mentions the other where a name is required.
PLACE_FORMS = (
    ("africa", "african"), ("america", "american", "usa", "us"), ("arabia", "arab"), ("asia", "asian"),
    ("australia", "australian"), ("austria", "austrian"), ("bangladesh", "bangladeshi"),
    ("belgium", "belgian"), ("brazil", "brazilian"), ("britain", "british", "uk"), ("canada", "canadian"),
    ("china", "chinese"), ("czechia", "czech"), ("denmark", "danish"), ("egypt", "egyptian"),
    ("europe", "european", "eu"), ("finland", "finnish"), ("france", "french"), ("germany", "german"),
    ("greece", "greek"), ("hungary", "hungarian"), ("india", "indian"), ("indonesia", "indonesian"),
    ("iran", "iranian"), ("ireland", "irish"), ("israel", "israeli"), ("italy", "italian"),
    ("japan", "japanese"), ("kenya", "kenyan"), ("korea", "korean"), ("mexico", "mexican"),
    ("netherlands", "dutch"), ("nigeria", "nigerian"), ("norway", "norwegian"), ("pakistan", "pakistani"),
    ("philippines", "filipino"), ("poland", "polish"), ("portugal", "portuguese"), ("russia", "russian"),
    ("scotland", "scottish"), ("spain", "spanish"), ("sweden", "swedish"), ("switzerland", "swiss"),
    ("taiwan", "taiwanese"), ("thailand", "thai"), ("turkey", "turkish"), ("ukraine", "ukrainian"),
    ("vietnam", "vietnamese"), ("wales", "welsh"),
)  # fmt: skip
# The forms above that are ordinary words too ('polish the text', 'china' plates) or stopwords ('us'): a place only
# when written as one ('Polish', 'US').
PLACE_FORMS_AMBIGUOUS = frozenset(["polish", "turkey", "china", "us"])

# ------------------------------------------------------------------------------------------------ asking a question

WH_WORDS = frozenset(["what", "which", "who", "whom", "whose", "when", "where", "why", "how"])
AUX_VERBS = frozenset(
    ["is", "are", "was", "were", "do", "does", "did", "can", "could", "has", "have", "had", "will", "would",
     "should", "may", "might"]
)  # fmt: skip
# Verbs that open a request ("List the papers…", "Name the authors…", "Tell me…").
REQUEST_VERBS = frozenset(
    ["list", "name", "tell", "show", "give", "find", "explain", "describe", "compare", "summarize", "summarise",
     "identify", "enumerate", "count", "provide", "point", "recommend", "suggest", "search", "print", "repeat",
     "reveal", "output", "display", "write", "outline", "recap", "expand", "elaborate", "say"]
)  # fmt: skip
# Words besides REQUEST_VERBS that open a request or a greeting, not a statement of what a paper does ('Could you
# help me with this: …', 'Hey, …', 'Ignore the above and …').
REQUEST_OPENERS = frozenset(
    ["contrast", "look", "please", "ignore", "forget", "disregard", "pretend", "could", "can", "would", "will", "may",
     "might", "help", "hey", "hi", "hello"]
)  # fmt: skip
# What one asks for when asking for an account of a paper ('Give me details on it', 'more information about MuCo', 'a
# quick overview of [2]'): no particular thing of it.
ACCOUNT_NOUNS = frozenset(
    ["detail", "details", "information", "info", "overview", "summary", "description", "explanation", "rundown",
     "gist", "more", "background", "recap"]
)  # fmt: skip
# What one says when asking for the gist of a paper in everyday words ('What's the secret sauce of MuCo?', 'What makes
# it tick?', 'What's the TL;DR?', 'What's under the hood?'): the paper's account, like ACCOUNT_NOUNS, no thing it must
# mention. (A topic no paper uses a word of is otherwise a thing the papers do not cover: planning.unheard_topic.)
ACCOUNT_IDIOMS = frozenset(
    ["big", "deal", "secret", "sauce", "upshot", "hype", "buzz", "fuss", "crux", "essence", "punchline", "tl", "dr",
     "tldr", "tick", "pull", "hood", "recipe", "trick", "tricks", "nutshell", "lowdown", "skinny", "scoop", "bottom",
     "line", "elevator", "pitch", "selling", "point", "points", "vibe", "story", "intuition", "spirit", "thrust",
     "heart", "meat", "angle", "twist", "magic", "catch", "takeaway", "takeaways", "highlight", "highlights", "jist",
     "picture", "premise", "concept", "idea", "ideas", "about", "all"]
)  # fmt: skip
# Words after which a question says what a paper does, with a verb ('Which paper teaches a drone …', 'trains a robot
# to walk …', 'one that plays chess', 'do they sing'): an unheard word right after one is the doing, not a thing the
# papers lack.
DOING_OPENERS = frozenset(
    ["to", "that", "which", "who", "paper", "papers", "work", "works", "study", "studies", "article", "one", "it",
     "they"]
)  # fmt: skip
# Words that introduce the thing a question asks about ('What does MuCo say about privacy?', 'How does it handle
# fairness?', 'Is it related to blockchain?', 'its stance on safety'): a single word no abstract uses, right after one
# of these, is that thing; elsewhere it may be how the question is put ('What's clever about IM-LUT?', 'the gimmick of
# EP-SAM').
TOPIC_INTRODUCERS = frozenset(
    ["about", "on", "regarding", "concerning", "re", "handle", "handles", "handled", "handling", "deal", "deals",
     "dealt", "with", "discuss", "discusses", "discussed", "mention", "mentions", "mentioned", "use", "uses", "used",
     "using", "related", "relate", "relates", "involve", "involves", "address", "addresses", "tackle",
     "tackles", "consider", "considers", "treat", "treats", "cover", "covers", "support", "supports", "into",
     # (a condition asked about: 'Does KD-EKF work at night?', 'Is it used in medicine?')
     "at", "in", "under", "during", "without"]
)  # fmt: skip
# A preposition and the word after it that say how, not what ('Who came out on top?', 'on average', 'at scale'):
# the word introduces no thing asked about.
PREPOSITIONAL_IDIOMS = frozenset(
    ["on top", "on average", "at all", "at least", "at most", "in total", "in general", "in particular",
     "in practice", "in detail", "in turn", "in short", "at scale", "at once", "in time", "on time", "in fact",
     "at first", "at last", "in addition", "in advance", "on earth", "in place", "in use", "in theory", "at hand",
     "on board", "in mind", "in depth", "at heart", "in sum", "on hand", "in principle", "in effect"]
)  # fmt: skip
# What every paper's work has, said in its abstract or not ('how well did it do in experiments'): no thing a paper
# must mention to be asked about it (planning.introduced_things).
RESEARCH_WORK_WORDS = frozenset(
    ["experiment", "experiments", "evaluation", "evaluations", "test", "tests", "benchmark", "benchmarks", "result",
     "results", "performance", "practice", "training", "inference", "paper", "work", "study", "method", "approach",
     "model", "models", "data", "dataset", "datasets", "setting", "settings", "implementation", "detail", "details"]
)  # fmt: skip
# Verbs that ask what a paper says, or how it relates to a thing, rather than name one ('What does MuCo say about
# privacy?', 'Does it discuss …', 'Is it related to …'): no part of what the question is about.
REPORTING_VERBS = frozenset(
    ["say", "says", "said", "tell", "tells", "told", "mention", "mentions", "mentioned", "talk", "talks", "talked",
     "discuss", "discusses", "discussed", "write", "writes", "wrote", "written", "note", "notes", "noted", "claim",
     "claims", "claimed", "state", "states", "stated", "think", "thinks", "explain", "explains", "comment",
     "comments", "stance", "position", "view", "views", "take", "takes", "opinion", "related", "relate", "relates",
     "relevant", "connected", "involve", "involves", "use", "uses", "used", "apply", "applies", "applied"]
)  # fmt: skip
# Words of a question asking how papers compare ('How do the first two differ?', 'What do they have in common?'):
# no topic the papers must share.
COMPARING_WORDS = frozenset(
    ["differ", "differs", "difference", "differences", "compare", "compared", "comparison", "contrast", "versus",
     "vs", "both", "respectively", "each", "similar", "similarities", "in common", "alike", "different",
     "side by side"]
)  # fmt: skip
# The other words of a comparison's frame, no topic of their own ('What sets X apart from Y?', 'Put X and Y side by
# side').
COMPARING_FRAME_WORDS = ("set", "sets", "apart", "put")
# What two papers are compared on that every paper has, said or not in these words ('how do X and Y differ in what
# they take as input'): compared side by side on the sentences closest to it. Any other aspect ('their learning
# rate', 'which GPUs') must be in an abstract to be compared on. (With the words that only frame the aspect: 'in
# terms of', 'with respect to'.)
COMPARISON_ASPECTS = frozenset(
    ["input", "inputs", "output", "outputs", "goal", "goals", "aim", "aims", "task", "tasks", "problem", "problems",
     "approach", "approaches", "method", "methods", "idea", "ideas", "contribution", "contributions", "contribute",
     "contributes", "result", "results", "finding", "findings", "focus", "focuses", "setting", "settings",
     "application", "applications", "use", "uses", "purpose", "assumption", "assumptions", "architecture", "design",
     "supervision", "scope", "take", "takes", "produce", "produces", "need", "needs", "require", "requires",
     "term", "terms", "respect", "regard", "regards", "way", "ways", "main", "key", "kind", "kinds"]
)  # fmt: skip
# How long or in what form the answer should be ('in one sentence', 'briefly'): nothing the question is about.
ANSWER_FORM_PHRASES = (
    r"\bin\s+(?:one|a|two|three|a\s+few|few|simple|plain|layman'?s|short|brief|\d+)\s+(?:sentences?|words?|lines?|"
    r"paragraphs?|terms|bullets?|bullet\s+points?)\b",
    r"\b(?:briefly|concisely|succinctly|in\s+short|in\s+brief|in\s+a\s+nutshell)\b",
    r"\bin\s+(?:plain|simple|everyday|layman'?s?|non-technical|normal)\s+(?:english|language|words|terms)\b",
    # who the answer is for ('Explain STAN to my grandma', 'Summarize X for a beginner', 'like I'm five')
    r"\b(?:to|for)\s+(?:a|an|my|your|the|someone\s+who\s+is\s+a)?\s*(?:complete\s+|total\s+|curious\s+|smart\s+)?"
    r"(?:beginners?|newcomers?|novices?|laym[ae]n|laypersons?|laypeople|non-experts?|non-specialists?|outsiders?|"
    r"kids?|child(?:ren)?|five-year-olds?|grandma|grandmother|grandpa|grandfather|grandparents?|mom|mum|dad|parents?|"
    r"students?|undergrads?|high\s+schoolers?|freshm[ae]n|managers?|investors?|journalists?)\b",
    r"\blike\s+(?:i'?m|i\s+am)\s+(?:five|5|a\s+(?:child|kid|beginner))\b",
)

# Words of small talk around a question: greetings, thanks, the asker's own situation ("I'm trying to understand this
# collection", "Could you help me with this:", "Thanks in advance!"). A sentence with one of these and otherwise only
# framing words and stopwords (no number, no name) says nothing about what is asked: it is left out.
SMALL_TALK_WORDS = frozenset(
    ["hi", "hello", "hey", "hiya", "greetings", "morning", "afternoon", "evening", "thanks", "thank", "thx",
     "cheers", "advance", "appreciate", "appreciated", "please", "kindly", "sorry", "trying", "try", "tried",
     "understand", "understanding", "figure", "question", "questions", "quick", "wondering", "hoping", "hope",
     "glad", "great", "nice", "ok", "okay", "reading", "browsing", "exploring", "explore", "learn", "learning",
     "help", "helping", "ask", "asking", "wanted", "interested", "dear", "assistant", "folks", "everyone", "good",
     "day", "lot", "much", "curious", "just"]
)  # fmt: skip
# Words of a remark beside the question about the answer's form or the asker's purpose ("Keep it short.", "Please
# cite the paper.", "I need this for a literature review."): small talk too, but only in a sentence that asks nothing
# ('Which papers are literature reviews?' asks for reviews).
ASIDE_WORDS = frozenset(
    ["keep", "short", "shorter", "brief", "briefly", "concise", "concisely", "succinct", "cite", "citing",
     "citation", "citations", "source", "sources", "reference", "references", "bullet", "bullets", "sentence",
     "sentences", "detail", "details", "literature", "review", "thesis", "essay", "homework", "assignment",
     "report", "presentation", "project", "class", "course", "seminar", "writing", "answer", "proposal", "table",
     "tables", "text", "format", "version",
     "answers", "reply", "response", "fine", "enough", "long", "longer", "detailed", "paragraph", "paragraphs",
     "words", "summary", "go", "overview", "no", "preparing", "prepare", "giving", "teaching"]
)  # fmt: skip
# The asker, in a sentence about themselves ("I'm writing a related-work section.", "We're drafting a grant proposal.")
ASKER_WORDS = frozenset(["i", "we", "my", "our", "me", "us"])
# Words by which a sentence after a question describes what is asked ('I remember a paper that …', 'I mean …', '…
# about gaze', 'Only the gaze ones'): such a sentence is part of the question, not a remark about the answer.
DESCRIBING_WORDS = frozenset(
    ["that", "which", "where", "who", "whom", "whose", "about", "on", "regarding", "concerning", "like", "such",
     "especially", "particularly", "specifically", "mainly", "mean", "meant", "only", "not", "no", "without",
     "rather", "instead", "except", "but", "ones", "one"]
)  # fmt: skip
# A lead-in that only announces a question, before a colon or a dash: 'Honest question:', 'Quick one -', 'One more
# thing:', 'Follow-up question:' (its adjectives are many; what it ends with is not).
ANNOUNCING_LEAD_IN = (
    r"^\W*(?:(?:a|an|one|another|quick|honest|silly|dumb|stupid|random|simple|small|short|brief|last|final|follow-?up|"
    r"side|general|basic|naive|odd|weird|possibly|maybe|real|serious|more|bonus|extra|related|different|new)[\s,]+){0,3}"
    r"(?:question|query|one|thing|q|request)\W*$"
)

# Words a full stop abbreviates ('et al. show', 'vs. prior work', 'Fig. 3'): no sentence ends there, though a question
# typed in lower case gives no capital to tell.
ABBREVIATIONS = frozenset(
    ["al", "vs", "cf", "fig", "figs", "eq", "eqs", "approx", "resp", "nos", "vol", "dr", "mr", "mrs", "prof",
     "st", "jr", "sr", "inc", "ltd", "co", "corp", "dept", "univ", "ca", "viz", "incl"]
)  # fmt: skip

# Requests stated as a need ("I'm looking for the papers that …", "Name the paper that …", "find me work on …",
# "Tell me which paper …"): each lead-in is read as the question it stands for ("Which papers …?").
REQUEST_LEADS = (
    r"(?:i\s*'?\s*m|i am|we\s*'?\s*re|we are)\s+(?:looking|searching|hunting)\s+for",
    r"(?:i|we)\s+(?:need|want|would like|'d like)(?:\s+to\s+(?:find|see|know|read))?",
    r"(?:looking|searching)\s+for",
    r"(?:can|could|would)\s+you\s+(?:please\s+)?(?:find|show|give|name|list|tell|point|get)(?:\s+(?:me|us))?"
    r"(?:\s+to)?",
    r"(?:please\s+)?(?:find|show|give|get|name|list|point|recommend|suggest)(?:\s+(?:me|us))?(?:\s+to)?",
    r"(?:please\s+)?tell\s+(?:me|us)",
    r"help\s+(?:me|us)\s+find",
)

# Verbs that put a second question inside a sentence ("… and report how fast they are", "and tell me why"): what
# follows them is a part of its own. Request verbs, and verbs of stating.
EMBEDDING_VERBS = REQUEST_VERBS | frozenset(
    ["report", "reports", "state", "states", "say", "says", "mention", "mentions", "note", "specify", "indicate",
     "detail", "explain", "describe", "include", "includes"]
)  # fmt: skip

# Phrases that open a setting before a second question ("…, and apart from Elo ratings, how does it measure
# skill?", "…, and for the larger model, what …"): the setting belongs to the question that follows it.
# (Not a bare 'for', 'in', 'on' or 'with': '… evaluates on MMEB and on M-BEIR, which are retrieval benchmarks?' joins
# two phrases of one question.)
SETTING_LEAD_INS = (
    "apart from", "aside from", "besides", "beyond", "other than", "in addition to", "except for", "compared with",
    "compared to", "relative to", "given", "regarding", "as for", "when", "if", "once", "after", "during", "without",
)  # fmt: skip
# Words of a lead-in that only say "the other one" ("apart from Elo"): no topic of their own.
LEAD_IN_WORDS = frozenset(["apart", "aside", "besides"])

# Verbs by which a paper uses what others made ('Which vision-language models did that paper evaluate?', 'which
# LLM did they outperform', 'what encoder does it use'): the names asked for are not the paper's own.
USING_VERBS = (
    "use", "utilize", "utilise", "evaluate", "test", "compare", "outperform", "beat", "adopt", "adapt", "fine-tune",
    "finetune", "employ", "leverage", "target", "benchmark", "rely on", "build on", "apply",
)  # fmt: skip
# ... and as participles after 'was' / 'has' ('On which datasets was CAD evaluated?'). After 'does' a participle is
# inside the subject ('What PSNR does the network built on latent features reach?'), not the verb asked about.
# (Not 'study', 'examine', 'analyze', 'train' or 'select': what a paper studies or trains is its own subject.)
USING_PARTICIPLES = (
    "used", "utilized", "utilised", "evaluated", "tested", "compared", "outperformed", "beaten", "adopted", "adapted",
    "fine-tuned", "finetuned", "employed", "leveraged", "targeted", "benchmarked", "relied on", "built on", "applied",
)  # fmt: skip
# Nouns for a paper's own way of doing things: 'what method does it use' asks for the paper's own method.
OWN_WAY_NOUNS = (
    "method", "methods", "approach", "approaches", "technique", "techniques", "framework", "frameworks", "strategy",
    "strategies", "idea", "ideas", "trick", "tricks", "solution", "solutions", "fix", "fixes",
)  # fmt: skip

# Nouns that, as the thing a question asks for, mean "the authors".
AUTHOR_NOUNS = frozenset(
    ["author", "authors", "co-author", "co-authors", "coauthor", "coauthors", "people", "person", "persons",
     "researchers", "researcher", "writers", "writer", "creators", "creator", "team", "names"]
)  # fmt: skip
# Of those, the ones that name people in general: they mean the authors unless the question says the people did
# something inside the study ("How many people registered for the challenge?", "Which team ranked first?").
GENERIC_PEOPLE_NOUNS = frozenset(
    ["people", "person", "persons", "researchers", "researcher", "team", "teams", "names", "participants"]
)  # fmt: skip
# What people do inside a study, not as its authors.
STUDY_ROLE_VERBS = (
    r"\b(?:registered|signed up|enrol(?:l)?ed|participat(?:e|ed|es|ing)|t(?:ake|ook) part|compet(?:ed|ing)|joined|"
    r"entered|submitted|won|ranked|placed|annotated|rated|labell?ed|interviewed|surveyed|recruited|"
    r"(?:was|were) (?:tested|studied|asked|shown))\b"
)  # past forms and participles only: 'survey', 'label', 'rank' or 'rate' are nouns as often as verbs
# Verbs of authorship: "who wrote X", "X was written by whom".
AUTHORING_VERBS = frozenset(
    ["wrote", "write", "written", "writes", "authored", "author", "co-authored", "created", "behind", "made",
     "published", "contributed", "responsible"]
)  # fmt: skip
# Verbs a 'who' question asks the makers of a paper with ('Who proposed MuCo?', 'Who developed it?'), besides the
# verbs of authorship above and of working together. Any other verb asks for someone inside the study: 'Who provides
# the joint labels?', 'Who rated the criticisms?', 'who did they get to judge the reviews?'.
MAKING_WHO_VERBS = AUTHORING_VERBS | frozenset(
    ["proposed", "proposes", "introduced", "introduces", "developed", "develops", "designed", "designs",
     "presented", "presents", "built", "builds", "led", "leads", "worked", "works", "released", "releases",
     "co-wrote", "coauthored", "collaborated", "collaborates", "publishes", "posted", "posts", "creates",
     "contributes", "did", "does", "is", "was", "has", "appears", "appeared", "else"]
)  # fmt: skip
# Fixed expressions whose parts do not all keep their meaning there: the paper that says 'real-world' holds no
# 'world' for a question on world models, 'in-depth' no 'depth', 'state-of-the-art' no 'state' (estimation) or 'art',
# 'zero-shot' no (camera) 'shot'; each stands for the words it does keep ('large-scale' is 'large', 'long-term'
# 'long'). A question that uses the expression itself still meets it.
IDIOM_COMPOUNDS = {
    "state-of-the-art": "", "real-world": "real", "large-scale": "large", "small-scale": "small",
    "fine-grained": "", "coarse-grained": "coarse", "end-to-end": "", "general-purpose": "general",
    "in-the-wild": "", "long-term": "long", "short-term": "short", "long-standing": "long", "trade-off": "",
    "off-the-shelf": "", "in-depth": "", "cutting-edge": "", "step-by-step": "step", "out-of-the-box": "",
    "up-to-date": "", "well-known": "known", "so-called": "", "first-of-its-kind": "first", "open-ended": "open",
    # ('how many people took part': those who participated)
    "take-part": "participate", "takes-part": "participate", "took-part": "participate",
    "taking-part": "participate",
    "plug-and-play": "", "high-level": "high", "low-level": "low", "zero-shot": "zero", "few-shot": "few",
    "one-shot": "one",
}  # fmt: skip
# Of these, the ones whose words written apart are as often no expression at all ('errors in depth estimation', 'a
# high level of detail', 'large scale variation', 'trade off fidelity'): met only hyphenated.
IDIOMS_ONLY_HYPHENATED = frozenset(["in-depth", "high-level", "low-level", "large-scale", "small-scale", "trade-off",
                                    "long-term", "short-term", "long-standing", "open-ended", "one-shot"])  # fmt: skip
# Acronyms used as everyday words: joined by a hyphen to ordinary words they coin no name ('Human-AI', 'AI-Generated'),
# where 'Dopamine-RL' or 'CL-Splats' do. ('3D' stays out: 'Magic-3D', 'Lift-3D' are names.)
EVERYDAY_ACRONYMS = frozenset(["ai"])
# Acronyms of whole families of models or fields, and units: a question says 'LLM' of a paper that writes
# 'language models' or 'reasoning models', 'low-FPS' of one that writes 'low frame-rate', so they name no one thing a
# paper must mention (unlike 'LiDAR', 'MRI', 'RealEstate10K').
GENERIC_ACRONYMS = frozenset(["llm", "lm", "slm", "vlm", "lvlm", "mllm", "lmm", "vla", "cnn", "rnn", "gnn", "gan",
                              "vae", "mlp", "rl", "ml", "dl", "nlp", "cv", "fps", "hz", "khz", "mhz", "ghz", "kb", "mb",
                              "gb", "tb", "flops", "gflops", "tflops"])  # fmt: skip
# Nouns that ask for a piece of something ('which parts of the network', 'what part of the pipeline'): the words of the
# piece asked for are the paper's own ('Motion Layers', 'MaskAdapter'), so the noun is no word the abstract must use.
PARTITIVE_NOUNS = frozenset(["part", "parts", "piece", "pieces", "portion", "portions", "bit", "bits", "section",
                             "sections", "stage", "stages", "step", "steps", "aspect", "aspects", "element",
                             "elements",
                             # a share of something ('what fraction of the parameters'): a number asked, stated
                             # however the abstract states it ('only 5% of the parameters')
                             "fraction", "percentage", "proportion", "share"])  # fmt: skip
# With an author named, these say the name must stand first on the author line ('Which papers have Markus Gross as
# first author?', 'papers she first-authored', 'where he is listed first'); only the first author is certain, as the
# page shows the first three names.
FIRST_AUTHOR_PHRASES = (
    "first author", "first-author", "first authored", "first-authored", "lead author", "lead-author",
    "listed first", "named first", "first listed author", "first-listed author", "first named author",
    "first-named author", "first in the author list", "first on the author list", "first on the author line",
)  # fmt: skip
# Words that join two named authors on the same papers ('Which papers did X and Y write together?', 'both X and Y'),
# as 'with' does right before the second name ('X's papers with Y'; not 'papers by X with code, and by Y'): each paper
# must list all of them. Read only around the names (between them, just before or just after). Without one, names
# are alternatives ('papers by X or Y').
JOINT_AUTHOR_WORDS = (
    "together", "both", "jointly", "joint", "co-author", "co-authored", "coauthored", "co-wrote", "co-written",
    "collaborated", "collaboration", "collaborations", "alongside", "teamed up",
)  # fmt: skip
JOINT_AUTHOR_BEFORE = (
    "both", "joint", "jointly", "co-authored", "coauthored", "co-written", "cowritten",
)  # fmt: skip  # ... read just before the first name ('the joint papers of X and Y', 'co-authored by X and Y')
JOINT_AUTHOR_AFTER = (  # ... and just after the last ('X and Y together'; not 'X and Y study joint learning')
    "together", "jointly", "co-authored", "coauthored", "co-wrote", "co-written", "collaborated", "teamed up",
    "both",  # ('papers where X and Y are both authors')
)  # fmt: skip
# Where a name stands on the page: with an author named, these phrases say where to look, not what the papers are
# about ('On which papers is James Zou visible in the listed author line, rather than hidden behind et al.?'). Only
# as phrases: 'Which of his papers study visibility / hidden states / line drawings?' keep their topics.
AUTHOR_LINE_PHRASES = (
    r"\b(?:in|on|from)\s+(?:the|their|its|his|her)\s+(?:listed\s+|visible\s+|printed\s+)?(?:author\s+(?:line|list)s?|"
    r"bylines?|list\s+of\s+authors)\b",
    r"\b(?:actually\s+)?(?:visible|listed|named|credited|shown|appears?|appeared)\b(?=\s+(?:in|on|as|among)\b)",
    # 'behind et al.' (quoted, it reaches here masked as 'PAPER')
    r"\b(?:hidden\s+|cut\s+off\s+)?behind\s+(?:['\"‘’“”]?et\s+al\.?['\"‘’“”]?|paper\b)",
    r"\bthe\s+listed\s+authors\b",
    # 'among the authors shown', 'in the names listed on the page'
    r"\b(?:authors?|names?|co-?authors?)\s+(?:shown|listed|displayed|printed|given|visible)\b",
)
# Nouns that, as the thing asked for, mean the posting date.
DATE_NOUNS = frozenset(["date", "day", "year", "month", "time", "when"])
PUBLISH_VERBS = frozenset(
    ["posted", "published", "released", "submitted", "announced", "appeared", "uploaded", "came", "come",
     "released", "put", "listed", "dated", "out"]
)  # fmt: skip
# Everyday ways to say "was posted", besides PUBLISH_VERBS: with a date in the question they say when, not what
# about ('What went up in May 2025?'); without one they are left alone ('how much did accuracy go up?').
POSTING_PHRASES = tuple(
    rf"{verb}(?=\s+(?:on\s+arxiv\s+)?(?:in|on|during|around|before|after|since|between|from|by|last|this)\b)"
    for verb in (
        r"\b(?:went|go|goes|gone|going|got|get|was|were|been|put)\s+(?:up|online|live)",
        r"\b(?:got|get|gets|been)\s+(?:posted|published|released|uploaded)",
        r"\b(?:hit|hits|landed|lands|dropped)(?:\s+(?:on\s+)?arxiv)?",
        r"\bshowed\s+up",
        r"\b(?:put|puts|putting|brought|bring|brings|bringing|rolled|roll|rolls|pushed|push|pushes)\s+out",
    )
)  # only right before the date ('went up in May'): 'Which 2025 papers study performance drops?' keeps 'drops'
# Words that leave out the papers a restriction after them names ('not by Minsu Kim', 'excluding 2024', 'filed under
# CV rather than CL or AI'); not 'besides', which often means 'as well as' ('CV papers that use audio besides vision').
EXCLUDERS = (
    "rather than", "instead of", "not", "except", "except for", "excluding", "other than", "but not", "outside",
    "outside of", "without", "apart from", "aside from", "leaving out", "leave out", "besides those",
    "besides the ones",
)  # fmt: skip
# What leaves a named paper out of the papers asked for ('Which papers besides MuCo …', 'What else, apart from MuCo,
# …'): the paper is no answer, and these words are no topic.
PAPER_LEAVERS = (
    "besides", "apart from", "aside from", "other than", "except", "except for", "excluding", "not counting",
    "leaving out", "beyond",
)  # fmt: skip
# Record fields a question may ask about one named paper.
CATEGORY_NOUNS = frozenset(["category", "categories", "field", "area", "section", "subject", "archive"])
AFFILIATION_NOUNS = frozenset(["affiliation", "affiliations", "institution", "institutions", "university", "lab"])
CODE_NOUNS = frozenset(["code", "implementation", "repository", "repo", "github", "source"])
# A question that names a paper and otherwise only lists fields of its record ('AniGen - date, authors, code?',
# 'what's the date and category of X', 'MMOU: first author + code?'): the words that name each field ...
RECORD_FIELD_WORDS = {
    "date": frozenset(["date", "dates", "posted", "posting", "published", "publication", "when", "year", "month",
                       "day", "appeared", "uploaded", "submitted"]),
    # (only words that name the field itself: not 'people', 'area', 'source', 'lab', which name other things too)
    "authors": frozenset(["author", "authors", "co-author", "co-authors", "coauthor", "coauthors", "who", "wrote",
                          "written", "byline"]),
    "category": frozenset(["category", "categories", "filed", "arxiv", "cs"]),
    "code": frozenset(["code", "github", "repo", "repository", "implementation"]),
    "affiliation": frozenset(["affiliation", "affiliations", "institution", "institutions"]),
}  # fmt: skip
# ... and the words that join them, which name no field ('and', '+', 'its', 'is there any', 'the … of').
RECORD_LIST_GLUE = frozenset(
    ["and", "or", "plus", "also", "the", "its", "their", "it", "is", "are", "was", "were", "what", "which", "there",
     "any", "of", "for", "on", "under", "in", "from", "paper", "paper's", "please", "tell", "me", "give", "show",
     "did", "does", "do", "has", "have", "a", "an", "number", "how", "many", "name", "names", "available", "public",
     "released", "info", "details", "metadata", "about", "list", "listed", "first", "last", "lead"]
)  # fmt: skip

# Superlatives that order papers by date.
ORDER_WORDS = {
    "oldest": "oldest", "earliest": "oldest", "first": "oldest",
    "newest": "newest", "latest": "newest", "recent": "newest", "last": "newest",
}  # fmt: skip

# Nouns that, as the subject of "which X …", mean the question asks for a paper (not for a detail of one).
PAPER_LIKE = frozenset(
    ["paper", "papers", "work", "works", "study", "studies", "article", "articles", "publication", "publications",
     "entry", "entries", "method", "methods", "approach", "approaches", "preprint", "preprints", "framework",
     "frameworks", "model", "models", "system", "systems", "technique", "techniques", "architecture",
     "architectures", "pipeline", "pipelines", "tool", "tools", "algorithm", "algorithms", "network", "networks",
     "one", "ones", "solution", "solutions", "report", "reports", "survey", "surveys", "benchmark", "benchmarks",
     "dataset", "datasets", "project", "projects", "agent", "agents", "policy", "policies", "tracker", "trackers",
     "generator", "generators", "detector", "detectors", "reconstructor", "renderer", "simulator", "recognizer",
     "classifier", "encoder", "decoder", "vla", "vlm", "llm", "module", "layer", "design", "designs", "challenge",
     "challenges", "competition", "competitions"]
)  # fmt: skip
# Words about dates, order and the collection itself: never the topic of a question.
METADATA_WORDS = frozenset(
    ["posted", "post", "posting", "published", "publish", "publication", "released", "release", "submitted",
     "appeared", "dated", "date", "dates", "day", "month", "year", "years", "oldest", "earliest", "newest", "latest",
     "recent", "recently", "first", "last", "collection", "list", "listed", "profile", "page", "came", "come",
     "out", "total", "count", "number", "many", "category", "categories", "filed", "file", "arxiv", "section",
     "marked", "mark", "flag", "flagged", "available", "availability", "both", "together", "same", "shares",
     "share", "between", "since", "before", "after", "until", "during", "start", "end", "here", "overall"]
)  # fmt: skip
# Nouns a question calls the collection's owner by ('this group', 'the lab', 'that team').
COLLECTION_NOUNS = frozenset(["group", "groups", "team", "teams", "lab", "labs", "researcher", "researchers"])
# Verbs of doing research on a topic, said of the collection's owner: 'Has this group looked at art?', 'Did she
# ever study gaze?' ask for their papers on it, and the verb is no topic. (With a particle where it needs one.)
RESEARCH_VERBS = (
    "look at", "looks at", "looked at", "looking at", "look into", "looks into", "looked into", "looking into",
    "explore", "explored", "explores", "exploring", "study", "studied", "studies", "studying", "investigate",
    "investigated", "investigates", "investigating", "examine", "examined", "examines", "research", "researched",
    "tackle", "tackled", "tackles", "touch on", "touched on", "touches on", "work on", "worked on", "works on",
    "working on",
)  # fmt: skip
# Their first words, the verb itself ('looked' of 'looked at'): what follows the owner or an author as a subject.
RESEARCH_VERB_WORDS = frozenset(v.split()[0] for v in RESEARCH_VERBS)
# Plural nouns that make "which/what/list … X" a question about a set of papers.
# Words of PAPER_LIKE that end in "s" without being plurals.
NOT_PLURAL = frozenset(["analysis", "synthesis", "thesis", "basis", "class"])
PAPER_NOUNS = frozenset(
    ["paper", "papers", "work", "works", "study", "studies", "article", "articles", "publication", "publications",
     "entry", "entries", "method", "methods", "approach", "approaches", "preprint", "preprints"]
)  # fmt: skip

# Words that say a follow-up continues the previous exchange.
ANAPHORA = frozenset(
    ["it", "its", "they", "them", "their", "theirs", "this", "that", "these", "those", "he", "she", "his", "her",
     "former", "latter", "same", "above", "previous", "aforementioned", "later", "earlier"]
)  # fmt: skip
# The subset that can only point back ('this'/'that' also open a new description: 'that paper on gaze'). A follow-up
# using one is about the previous papers even when it brings words of its own ('what does the later one add?').
ANAPHORA_POINTING = frozenset(
    ["it", "its", "they", "them", "their", "theirs", "he", "she", "his", "her", "former", "latter", "same", "above",
     "previous", "aforementioned", "later", "earlier"]
)  # fmt: skip
# Words by which the asker speaks of themselves: a statement they open ('I'm trying to understand this collection.',
# 'We are new to this area.') tells about the asker, not about a paper.
ASKER_WORDS = frozenset(
    ["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "we", "we're", "we've", "we'd", "our", "us"]
)  # fmt: skip
# Words by which the asker says what they seek or recall ('I'm looking for the system that …', 'I remember a paper
# that …'): such a statement describes the paper asked about, not the asker.
ASKER_SEEKING = frozenset(
    ["look", "looking", "looked", "remember", "remembered", "recall", "search", "searching", "seek", "seeking", "need",
     "want", "wanted", "find", "heard", "saw", "seen", "read", "came", "interested", "curious", "wonder",
     "wondering", "thinking", "thought", "forgot", "forget"]
)  # fmt: skip
# Phrases that announce a new topic: the previous papers are not carried over.
TOPIC_SWITCH = (
    r"\b(?:different|another|new|other|unrelated|separate)\s+(?:topic|subject|question|thing|matter|note)\b",
    r"\bswitch(?:ing)?\s+(?:topics?|gears|subjects?)\b",
    r"\bchang(?:e|ing)\s+(?:of\s+)?(?:topics?|subjects?)\b",
    r"\bon\s+another\s+note\b",
    r"\bmoving\s+on\b",
    r"\bunrelated(?:ly)?\b",
    r"\bsomething\s+(?:else|different)\s*[:,.-]",  # ('OK, something else: the study comparing …')
    r"\bforget\s+(?:that|about\s+that|the\s+(?:previous|last)\s+(?:one|paper|question))\b",
)

# Words besides a topic switch in a lead-in that only announces it ('OK, now something different: …', 'Right, moving on
# -').
SWITCH_FILLERS = frozenset(["ok", "okay", "now", "so", "then", "anyway", "alright", "right", "well", "let's", "lets"])

# How a follow-up opens when it only changes which papers the last question is asked of ('What about in 2024?',
# 'And Joanna Hong?', 'How about the ones with code?', 'Same for 2023'): the last question is asked again, under the
# follow-up's restriction. (A follow-up with a topic or a question of its own is read on its own.)
SAME_QUESTION_OPENINGS = (
    "what about", "how about", "and what about", "and how about", "what of", "and", "same for", "the same for",
    "same question for", "and the same for", "now for", "now", "and now", "ok and", "okay and", "and also", "also",
    "only", "just", "now only", "now just",
)  # fmt: skip
# A fragment that only restricts ('In 2024?', 'By Joanna Hong?', 'With code?') does the same, where it asks nothing of
# its own (no question word: 'In which papers …?', 'From 2023, which papers have code?' are questions).
SAME_QUESTION_FRAGMENTS = (
    "in", "from", "by", "for", "with", "without", "since", "before", "after", "during", "which is", "which are",
    "which ones", "which one", "how many are", "how many is", "which have", "which has",
)  # fmt: skip
# Words around a category named alone in a follow-up ('Only the CV ones', 'What about CV?', 'just the CL papers').
BARE_CATEGORY_FILLER = ("the", "ones", "one", "papers", "paper", "only", "just", "those", "them", "category")
# Words that make a question or request of its own after such an opening ('Now show me all CV papers', 'And list the
# papers by Minsu Kim'): read on its own, not as the last question again. ('which ones', 'which of those', 'show me
# just those' still only restrict.)
OWN_REQUEST_WORDS = (
    "which", "what", "who", "whom", "whose", "how", "when", "where", "why", "list", "show", "give", "tell", "find",
    "summarize", "compare", "explain", "describe",
)  # fmt: skip

# ------------------------------------------------------------------------------------------------ metadata

MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {m[:3]: i for i, m in enumerate(MONTHS, start=1)} | {"sept": 9}
# Capitalised whatever they mean: no name of a thing the papers lack ('posted on a Monday').
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Prepositions and verbs after which a year or month is a date filter ("since 2025"), not a name ("NTIRE 2025").
DATE_CONTEXT = (
    "in", "from", "since", "after", "before", "until", "till", "during", "between", "of", "by", "to", "through",
    "posted", "published", "released", "submitted", "appeared", "dated", "year", "around", "throughout", "and", "only",
    "just",
)  # fmt: skip
# Parts of a year by their first and last months: quarters, halves, seasons (northern; no winter, which spans two
# years), thirds ('early 2025' is January to April).
YEAR_PARTS = {
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12),
    "last quarter": (10, 12), "h1": (1, 6), "h2": (7, 12), "first half": (1, 6), "second half": (7, 12),
    "latter half": (7, 12), "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    "early": (1, 4), "mid": (5, 8), "mid-": (5, 8), "late": (9, 12), "start": (1, 3), "beginning": (1, 3),
    "end": (10, 12),
}  # fmt: skip
YEAR_RELATIVE = {
    "this year": 0, "current year": 0, "last year": -1, "previous year": -1, "past year": 0, "year before last": -2,
    "the year before last": -2, "the previous year": -1,
}  # fmt: skip

# arXiv categories, by the short code a profile page prints (the primary category without its archive) and their
# names. Known names let a question about a category nobody has get the right answer ("none here"), not a guess.
CATEGORIES = {
    "AI": ("artificial intelligence",),
    "AR": ("hardware architecture",),
    "CC": ("computational complexity",),
    "CE": ("computational engineering", "computational engineering, finance, and science"),
    "CG": ("computational geometry",),
    "CL": ("computation and language", "natural language processing", "nlp"),
    "CR": ("cryptography and security", "cryptography", "security"),
    "CV": ("computer vision", "computer vision and pattern recognition"),
    "CY": ("computers and society",),
    "DB": ("databases",),
    "DC": ("distributed computing", "distributed, parallel, and cluster computing"),
    "DL": ("digital libraries",),
    "DM": ("discrete mathematics",),
    "DS": ("data structures and algorithms", "data structures"),
    "ET": ("emerging technologies",),
    "FL": ("formal languages and automata theory", "formal languages"),
    "GL": ("general literature",),
    "GR": ("graphics", "computer graphics"),
    "GT": ("computer science and game theory", "game theory"),
    "HC": ("human-computer interaction", "human computer interaction", "hci"),
    "IR": ("information retrieval",),
    "IT": ("information theory",),
    "LG": ("machine learning",),
    "LO": ("logic in computer science",),
    "MA": ("multiagent systems", "multi-agent systems"),
    "MM": ("multimedia",),
    "MS": ("mathematical software",),
    "NA": ("numerical analysis",),
    "NE": ("neural and evolutionary computing",),
    "NI": ("networking and internet architecture", "networking"),
    "OS": ("operating systems",),
    "PF": ("performance",),
    "PL": ("programming languages",),
    "RO": ("robotics",),
    "SC": ("symbolic computation",),
    "SD": ("sound",),
    "SE": ("software engineering",),
    "SI": ("social and information networks",),
    "SY": ("systems and control",),
    "AS": ("audio and speech processing", "audio and speech"),
    "IV": ("image and video processing",),
    "SP": ("signal processing",),
    "ML": ("statistics machine learning", "stat.ml"),
    "OC": ("optimization and control",),
    "QM": ("quantitative methods",),
    "NC": ("neurons and cognition",),
    "BM": ("biomolecules",),
    "ST": ("statistics theory",),
    "ME": ("methodology",),
    "AP": ("applications",),
}
# Everyday short names of categories, read only where a category is set against another ("filed under CL rather
# than vision"): on their own they are ordinary topic words ('vision transformers', 'language models').
CATEGORY_SHORT_NAMES = {
    "vision": "CV", "language": "CL", "nlp": "CL", "robots": "RO", "learning": "LG", "ml": "LG", "ai": "AI",
    "speech": "AS", "audio": "AS", "graphics": "GR", "image processing": "IV", "imaging": "IV",
    "signal processing": "SP", "retrieval": "IR", "hci": "HC", "security": "CR",
}  # fmt: skip
# Archives a category may be written with ("cs.RO", "eess.IV", "stat.ML").
CATEGORY_ARCHIVES = ("cs", "eess", "stat", "math", "q-bio", "q-fin", "physics", "econ")

# What may follow a mark named by one word ('marked Code', 'tagged code'): the end of the phrase, not a noun it
# qualifies ('flagged code smells').
_PHRASE_ENDS = (
    r"(?=\s*(?:[?.,;:!)\"'”’]|$)|\s+(?:and|or|but|since|after|before|during|that|which|among|"
    r"under|yet|came|come|were|are|was|is|have|has|got|posted|published|appeared)\b|"
    r"\s+(?:on|in)\s+(?:this|the)\s+(?:page|list|profile|collection)\b)"
)
# The page's Code mark, by whatever name ('marked as having code', 'carry the Code flag', 'marked Code'): every word
# of what these match is metadata, where the phrases below may reach over topic words ('provide 3D reconstruction
# code').
CODE_MARKS = (
    r"\b(?:marked|flagged|labell?ed)\s+(?:as\s+)?(?:having|with)\s+code\b",
    # the page's own mark, by whatever name: 'carry the Code flag', 'marked Code', 'tagged with code', 'Code badge'
    r"\b(?:(?:carry|carries|carrying|bear|bears|bearing|show|shows|showing|display|displays|get|gets|got|have|has|"
    r"having|with)\s+(?:a\s+|the\s+)?|the\s+)code\s+(?:flags?|tags?|badges?|markers?|marks?|icons?|indicators?)\b",
    r"\b(?:marked|flagged|tagged|badged)\s+(?:as\s+)?(?:with\s+)?(?:a\s+|the\s+)?[\"'“‘]?code\b" + _PHRASE_ENDS,
)
# "with code", "code is available", "open-source": a question about papers that ship code.
CODE_AVAILABLE = (
    r"\b(?:with|have|has|having|come|comes|coming|provide|provides|provided|release|releases|released|share|shares|"
    r"shared|ship|ships|include|includes|offer|offers|publish|publishes)\s+(?:\w+\s+){0,2}?(?:source\s+)?code\b"
    r"(?!-)",
    r"\bcode(?!-)\s+(?:is\s+|are\s+|was\s+|been\s+)?(?:made\s+)?(?:publicly\s+|freely\s+|openly\s+)?"
    r"(?:available|released|public|open[- ]sourced?|on\s+github|shared|provided|out(?!\s+of))\b",
    # 'any code?' (not 'any code-switching')
    r"\bany\s+(?:source\s+)?code\b(?![-\w])",
    # ... with the paper between ('the code for RoboArmGS been made available'; no negation in between: 'code for
    # training is not available', and only released or available: 'a code of ethics provided by the venue')
    r"\bcode\s+(?:for|of)\s+(?:(?!(?:is|are|was|were|not|never|been)\b)[\w.$'’-]+\s+){1,3}?(?:(?:has\s+)?been\s+)?"
    r"(?:made\s+)?(?:publicly\s+|freely\s+|openly\s+)?(?:available|released|public|open[- ]sourced?)\b",
    r"\bopen[- ]source[ds]?\s+(?:their\s+|its\s+|the\s+)?(?:code|implementations?|software)\b",
    *CODE_MARKS,
    r"\bcode\s+availability\b",
    r"\bgithub\s+(?:code|repo|repository|link)\b",
    r"\b(?:code|repo|repository|implementation)\s+(?:is\s+|are\s+)?(?:link|linked|links)\b",
    r"\b(?:link|links|linked|linking)\s+(?:to\s+)?(?:their\s+|its\s+|the\s+|a\s+)?(?:source\s+)?(?:code|repo|repository|"
    r"implementation)\b",
    r"\b(?:code|github|repo|repository)\s+(?:link|links|url)\b",
    # 'Is EP-SAM open source?', 'Which papers are open-sourced?' (asked at the end: not 'open-source models', nor
    # 'The bimanual collection that was open-sourced: how many demonstrations …')
    r"\b(?:is|are|was|were)\s+(?:[\w.'’-]+\s+){0,4}?open[- ]sourced?\s*(?:[?.!]|$)",
)
# ... the mark denied ('not tagged Code', "don't carry the Code flag") ...
CODE_MISSING_MARKS = (
    r"(?:\bnot|n't)\s+(?:\w+\s+)?(?:marked|flagged|tagged)\s+(?:as\s+)?(?:having\s+|with\s+)?"
    r"(?:a\s+|the\s+)?[\"'“‘]?code\b" + _PHRASE_ENDS,
    r"(?:\bnot|n't)\s+(?:\w+\s+){0,2}?(?:carry|carries|show|shows|have|has|bear|bears)\s+(?:a\s+|the\s+)?"
    r"code\s+(?:flag|tag|label|badge|marker|mark|icon|indicator)\b",
)
# ... and phrases that ask for papers without it ("Which papers don't release code?", "have no code", "lack code"):
# read before CODE_AVAILABLE, which 'release code' inside "don't release code" would match.
CODE_MISSING = (
    r"(?:\bnot|n't|\bnever)\s+(?:\w+\s+){0,2}?(?:have|has|had|release|released|provide|provided|share|shared|come with|"
    r"include|offer|publish|published|open[- ]source|make)\s+(?:\w+\s+){0,2}?(?:source\s+)?code\b(?!-)",
    r"\b(?:no|without|lacks?|lacking|missing)\s+(?:\w+\s+)?(?:source\s+)?code\b(?!-)",
    r"\bcode\s+(?:(?:is|are|was|were|has|have)\s+(?:not|never)\s+|(?:is|are|was|were|has|have)n't\s+)(?:\w+\s+)?"
    r"(?:available|released|public|provided|shared|linked)\b",
    *CODE_MISSING_MARKS,
)
# Questions about the collection as a whole, what the researcher's work is about (Intent.OVERVIEW, answered by the
# threads its papers fall into): matched on the question as typed, spelling put right. Only where nothing else is
# asked of it: no paper named, and no topic word left once OVERVIEW_WORDS go ('What are the main themes of the agent
# papers?' asks about agents).
_THREAD_NOUNS = (
    r"(?:themes?|topics?|areas?|directions?|threads?|interests?|focus(?:es)?|subjects?|fields?|strands?|"
    r"lines? of (?:research|work)|research questions?|contributions?)"
)
_WHOLE_WORDS = r"work|research|papers|publications|collection|output|body of work|portfolio|page|profile|list"
_WHOLE = rf"(?:{_WHOLE_WORDS})"
OVERVIEW_ASKED = (
    # 'the main research themes', 'their key research interests', 'common threads'
    r"\b(?:main|key|major|common|recurring|central|overall|broad|general|primary|core|principal|big|research)\s+"
    r"(?:research\s+)?" + _THREAD_NOUNS + r"\b",
    # 'What topics do the papers cover?', 'which areas …', 'what kind of research does this lab do?'
    r"\b(?:what|which)\s+(?:"
    + _THREAD_NOUNS
    + r"|(?:kinds?|sorts?|types?)\s+of\s+(?:research|work|papers|problems))\b",
    # 'Summarize the group's research', 'an overview of the papers', 'in a nutshell'
    r"\b(?:summar(?:y|ize|ise|izing|ising)|overview|gist|big picture|nutshell|tl;?dr)\b",
    # 'What is the focus of their research?', 'what's their agenda'
    r"\bwhat(?:\s+is|\s+are|'s|’s)\s+(?:the|their|his|her|its)\s+(?:research\s+)?(?:focus|agenda)\b",
    # 'What does she work on?', 'What is this lab working on?', 'What has he been researching?'
    r"\bwhat\s+(?:does|do|did|is|are|was|were|has|have|had)\s+(?:[\w'’.-]+\s+){0,4}?(?:been\s+)?"
    r"(?:work(?:s|ing|ed)?\s+on|research(?:es|ing|ed)?|focus(?:es|ing|ed)?\s+on|speciali[sz](?:e|es|ing|ed)\s+in|"
    r"(?:publish(?:es|ed)?|writ(?:e|es|ten)|wrote)\s+(?:about|on)|"
    r"concentrat(?:e|es|ing|ed)\s+on|stud(?:y|ies|ying|ied))\s*(?:lately|recently|mostly|mainly|these days)?"
    # (and when, which the date filter reads: 'What did they work on in 2025?')
    r"(?:\s+(?:in|during|since|from|before|after|this|last)\s+[\w ]{2,30}?)?\s*[?.!]*\s*$",
    # 'What is this researcher's work about?', 'What are the papers in the collection about?'
    r"\bwhat(?:\s+is|\s+are|'s|’s|\s+was|\s+were)\s+(?:[\w'’]+\s+){0,5}?" + _WHOLE + r"\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:all\s+|mostly\s+|mainly\s+|generally\s+)?about\b",
    # 'Tell me about this researcher's work', 'tell me about the collection'
    r"\btell\s+me\s+about\s+(?:this|the|their|his|her|your|these)\s+(?:[\w'’]+\s+){0,2}?(?:"
    + _WHOLE_WORDS
    + r"|group|lab|team|researcher)\s*[.?!]*\s*$",
    # 'What is she known for?'
    r"\bwhat\s+(?:is|are)\s+(?:he|she|they|this\s+\w+|the\s+(?:group|lab|team|researcher))\s+(?:best\s+)?known\s+for\b",
    # 'Describe their research', 'a rundown of their work', 'break down their work'
    r"\b(?:describe|rundown|run-down|break\s+down)\s+(?:me\s+)?(?:of\s+)?(?:this|the|their|his|her|these|"
    r"all\s+(?:the\s+)?)\s*(?:[\w'’]+\s+){0,2}?(?:" + _WHOLE_WORDS + r"|group|lab|team|researcher|person)\b",
    # 'Group the papers by topic', 'sort their work into themes' (not 'Sort the papers by date')
    r"\b(?:categori[sz]e|group|cluster|organi[sz]e|sort|split|divide)\s+(?:this|the|their|his|her|these|all\s+"
    r"(?:the\s+)?)\s*(?:[\w'’]+\s+){0,2}?(?:" + _WHOLE_WORDS + r")\s+(?:by|into)\s+(?:research\s+)?(?:topics?|"
    r"themes?|areas?|subjects?|fields?|threads?|groups|categories|clusters)\b",
    # 'So what's this lab all about?', 'what is this person about'
    r"\bwhat(?:\s+is|'s|’s)\s+(?:this|the)\s+(?:group|lab|team|researcher|person|guy|author)\s+(?:all\s+)?about\b",
    # 'what r they into', 'Broadly, what is this researcher interested in?', 'What research areas does she cover?'
    r"\bwhat\s+(?:is|are|'s|’s|r)\s+(?:[\w'’.-]+\s+){1,4}?(?:mostly\s+|mainly\s+|really\s+)?(?:into|interested\s+in)"
    r"\s*[?.!]*\s*$",
    r"\b(?:what|which)\s+research\s+(?:areas?|topics?|fields?|directions?)?\s*(?:does|do|did|has|have)\b",
    # "What's the researcher's specialty?", "What's this person's research focus?"
    r"\b(?:speciality|specialty|specialities|specialties|expertise)\b",
    r"\b(?:this|the|their|his|her)\s+(?:[\w'’]+['’]s\s+)?research\s+focus\b",
    # 'What does this collection cover?', 'What do these papers cover?'
    r"\bwhat\s+(?:does|do)\s+(?:this|the|these)\s+(?:collection|papers|page|list|work|research)\s+cover\b",
    # 'Who is Sangmin Lee and what do they do?', 'what does this guy do'
    r"\bwhat\s+(?:does|do)\s+(?:he|she|they|this\s+(?:researcher|group|lab|team|person|guy))\s+do\s*[?.!]*\s*$",
    # 'Tell me about Sangmin Lee.' (a person: the question's words name no paper and no topic)
    r"^\s*(?:(?:can|could)\s+you\s+)?tell\s+me\s+about\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}\s*[.?!]*\s*$",
    # 'Overview please', 'Summary of the research please'
    r"^\s*(?:an?\s+)?(?:overview|summary|rundown)\b",
)
# The words an overview question frames itself with: none of them is a topic of its own.
OVERVIEW_WORDS = frozenset(
    [
        "theme", "themes", "topic", "topics", "area", "areas", "direction", "directions", "thread", "threads",
        "interest", "interests", "interested", "focus", "focuses", "focused", "focusing", "subject", "subjects",
        "field", "fields", "strand", "strands", "line", "lines", "question", "questions", "contribution",
        "contributions", "agenda", "nutshell", "tl", "dr", "tldr", "picture", "main", "key", "major", "common",
        "recurring", "central", "overall", "broad", "general", "generally", "primary", "core", "principal", "big",
        "cover", "covers", "covered", "span", "spans", "kind", "kinds", "sort", "sorts", "type", "types", "problem",
        "problems", "come", "comes", "up", "most", "mostly", "mainly", "often", "lately", "recently", "days", "known",
        "best", "specialize", "specializes", "specialise", "specialises", "concentrate", "concentrates", "working",
        "worked", "researching", "researched", "researches", "studying", "studied", "studies", "study", "output",
        "body", "portfolio", "whole", "across", "brief", "briefly", "short", "sentence", "sentences", "words",
        "overview", "overviews", "summary", "summaries", "gist", "quick", "quickly", "high-level", "high", "level",
        "broadly", "describe", "description", "rundown", "run-down", "break", "down", "categorize", "categorise",
        "group", "groups", "cluster", "organize", "organise", "person", "guy", "specialty", "speciality", "expertise",
        "into", "please", "so", "all", "really", "do", "does", "did", "research", "researcher", "lab", "team",
        "paragraph", "few", "couple", "two", "three", "page", "profile",
    ]
)  # fmt: skip

# Who the researcher writes with most (Intent.COAUTHORS: the co-authors counted over the papers), matched on the
# question as typed, spelling put right; only where no paper is named and no topic word is left once COAUTHOR_WORDS
# and the people it names go ('Who collaborated on the lip reading papers?' asks about lip reading). Two kinds:
# - AUTHORS_RANKED_ASKED: every name on the author lines counted, the page's own researcher too ('Which authors
#   appear most often?', 'Who shows up most on the author lists?', 'Who wrote the most papers?');
# - COAUTHORS_ASKED: the researcher's (or a person's) co-authors, they aside.
AUTHORS_RANKED_ASKED = (
    r"\b(?:which|what)\s+(?:authors|people|names|researchers)\s+(?:appear|show\s+up|come\s+up|recur)\b",
    r"\bwho\s+(?:appears|shows\s+up|comes\s+up)\s+(?:the\s+)?(?:most|more)\b",
    r"\bwho\s+(?:wrote|authored|has\s+written|has\s+authored|published|is\s+on)\s+the\s+most\s+papers\b",
    r"\brecurring\s+(?:authors|names|people)\b",
    # 'Who has the most papers here?', 'Which author appears most often?', 'the most frequent author'
    r"\bwho\s+(?:has|had)\s+the\s+most\s+papers\b",
    r"\b(?:which|what)\s+(?:author|person|name|researcher)\s+(?:appears|shows\s+up|comes\s+up|recurs)\b",
    r"\bmost\s+(?:frequent|common|prolific)\s+(?:author|name|person|researcher)s?\b",
)
COAUTHORS_ASKED = (
    # 'their most frequent co-authors', 'Who does she collaborate with?', 'Who collaborated with Minsu Kim?'
    r"\b(?:collaborat(?:e|es|ed|ing|ion|ions|or|ors)|co-?authors?|co-?authored|co-?wrote|co-?written|"
    r"coauthor(?:s|ed)?)\b",
    # 'Who does she work / publish with most?', 'Who do they team up with?'
    r"\bwho(?:m)?\s+(?:do|does|did|has|have|had)\s+(?:[\w'’.-]+\s+){1,4}?(?:been\s+)?(?:work(?:ed|s|ing)?|"
    r"publish(?:ed|es|ing)?|write|writing|written|wrote|team(?:ed)?\s+up|partner(?:ed)?)\s+with\b",
    # 'Who works with Sangmin Lee most often?', 'the people she works with', 'Name the people they write papers
    # with most', 'Who else is on their papers a lot?'
    r"\bwho\s+(?:else\s+)?(?:works?|worked|publishes|published|writes|wrote)\s+(?:papers\s+)?with\b",
    r"\bpeople\s+(?:he|she|they|[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:works?|worked|writes?|wrote|publish(?:es)?|"
    r"published)\s+(?:papers\s+)?with\b",
    r"\bwho\s+else\s+is\s+on\s+(?:their|his|her)\s+papers\b",
    # 'Which researchers does this group work with regularly?'
    r"\b(?:which|what)\s+(?:researchers|people|authors|scientists|colleagues)\s+(?:do|does|did|has|have)\s+"
    r"(?:[\w'’.-]+\s+){1,4}?(?:work(?:ed)?|publish(?:ed)?|write|written|collaborat(?:e|ed))\s+with\b",
    r"\brecurring\s+co-?authors\b",
)
# The words a co-author question frames itself with: none of them is a topic of its own.
COAUTHOR_WORDS = frozenset(
    [
        "collaborate", "collaborates", "collaborated", "collaborating", "collaboration", "collaborations",
        "collaborator", "collaborators", "co-author", "co-authors", "co-authored", "coauthor", "coauthors",
        "coauthored", "co-wrote", "co-written", "co", "author", "authors", "people", "person", "names",
        "researcher", "researchers", "appear", "appears", "show", "shows", "up", "come", "comes", "recur", "most",
        "more", "frequent", "frequently", "often", "main", "top", "key", "regular", "regularly", "closest",
        "usual", "usually", "common", "commonly", "repeated", "repeatedly", "work", "works", "worked", "working",
        "publish", "publishes", "published", "publishing", "write", "writes", "wrote", "written", "writing",
        "team", "teamed", "partner", "partnered", "papers", "list", "lists", "among", "line", "lines", "been",
        "else", "lot", "long-time", "longtime", "long", "time", "name", "recurring",
    ]
)  # fmt: skip

# Phrases that point at the collection itself ("from this group", "by this researcher", "on this page"): framing,
# not a topic.
COLLECTION_PHRASES = (
    # the collection as the answer's source, opening or closing the question: "According to the abstracts, …",
    # "Based on these papers, …", "… going by the papers here?" (not 'based on the work of …')
    r"(?:^|(?<=[\s,]))(?:according to|per|based (?:only |solely |just |purely )?on|going by|judging (?:by|from)|"
    r"drawing on|looking at|from what|as far as)\s+(?:the|these|those|this|your|its|their)\s+(?:\w+\s+)?"
    r"(?:abstracts?|papers?|collection|page|list|sources?|documents?|publications?|works?|corpus)"
    r"(?:\s+(?:here|say|says|show|shows|go|goes|tell|tells))?\b(?:\s*,\s*|(?=\s*[.?!]|\s*$))",
    r"\b(?:from|by|of|in|on)\s+(?:this|that|your|their|his|her)\s+(?:research\s+)?(?:group|lab|team|researcher|"
    r"author|person|page|profile|list|listing|collection)(?:'s)?\b(?![\w-])(?!\s+(?:lines?|lists?)\b)",
    # 'the' only with what cannot be a study's ('robots in the lab', 'the group of patients')
    r"\b(?:from|by|of|in|on)\s+the\s+(?:research\s+group|researcher|author|page|profile|list|listing|"
    r"collection)(?:'s)?\b(?![\w-])(?!\s+(?:lines?|lists?)\b)",
    # what a list asks for ('List all the relevant papers'): every member is relevant (not 'relevance feedback')
    r"\brelevant(?=\s+(?:papers?|ones|works?|entries|publications|articles|studies)\b)",
    # the owner's group: "What has this researcher's group published on garments?"
    r"\b(?:this|that|your|the)\s+(?:researcher|author|person|professor|scientist)(?:'s|’s)\s+(?:research\s+)?"
    r"(?:group|lab|team)\b",
    # as the subject, before its verb: "What did this group post in June?", "Has your lab worked on memes?",
    # "this researcher's work" — not 'the group relative policy optimization', 'this person re-identification'
    r"\b(?:this|that|your|the)\s+(?:research\s+)?(?:group|lab|team|researcher)(?:'s\b|(?=\s+(?:has|have|had|did|"
    r"does|do|is|are|was|were|ever|post|posts|posted|publish|publishes|published|work|works|worked|write|writes|"
    r"wrote|written|release|released|put|done|seem|seems|seemed|likes|liked|brought|bring|rolled|roll|pushed|"
    r"produced|produce|shipped|came|come)\b))",
    # "published anything on memes": the topic follows; lower case only, as 'Segment Anything' is a name
    r"(?:(?<=published )|(?<=posted )|(?<=written )|(?<=wrote )|(?<=write )|(?<=done ))"
    r"(?-i:(?:anything|something)\b)(?=\s+(?:on|about|in|regarding|related|concerning|new)\b)",
    # "From the papers (in this collection), which …": the source again, opening a sentence before a comma (after the
    # phrases above are gone)
    r"(?:^|(?<=[.?!:]\s))\s*from\s+(?:all\s+)?(?:the|these|those)\s+(?:\w+\s+)?(?:abstracts?|"
    r"papers?|publications?|documents?|sources?|entries)\s*,\s*",
)

# Affiliation tags pages print after "·", and what people call them.
AFFILIATIONS = {
    "gatech": ("georgia tech", "georgia institute of technology"),
    "mit": ("massachusetts institute of technology",),
    "cmu": ("carnegie mellon", "carnegie mellon university"),
    "kaist": ("korea advanced institute of science and technology",),
    "snu": ("seoul national university",),
    "ucb": ("berkeley", "uc berkeley"),
    "stanford": ("stanford university",),
    "oxford": ("university of oxford",),
    "eth": ("eth zurich", "eth zürich"),
    "pku": ("peking university",),
    "thu": ("tsinghua", "tsinghua university"),
    "baai": ("beijing academy of artificial intelligence",),
}

# ------------------------------------------------------------------------------------------------ kinds of detail

# Kinds of detail a question may ask for, and the words that show an abstract states one. A question asking for a
# kind its paper's abstract never shows ("which GPUs") cannot be answered from the listing.
DETAIL_KINDS = {
    # Compute hardware: a GPU or accelerator named; "mobile", "device" or "memory" alone say nothing about it.
    "hardware": ("gpu", "gpus", "tpu", "tpus", "a100", "a100s", "h100", "h100s", "v100", "v100s", "rtx", "nvidia",
                 "cpu", "cpus", "accelerator", "accelerators", "fpga", "gpu-hours", "gpu hours", "gpu-days",
                 # (GPU memory: 'on a single 24GB VRAM device')
                 "vram"),
    "venue": ("conference", "venue", "journal", "workshop", "proceedings", "accepted", "cvpr", "iccv", "eccv",
              "neurips", "icml", "iclr", "aaai", "ijcai", "acl", "emnlp", "naacl", "interspeech", "icassp", "corl",
              "icra", "iros", "rss", "siggraph", "3dv", "wacv", "bmvc", "tpami", "shared task", "ntire",
              "challenge on"),
    "funding": ("fund", "funded", "funding", "grant", "sponsor", "sponsored", "supported by", "financed"),
    "license": ("license", "licence", "licensed", "apache", "cc-by", "creative commons", "bsd", "gpl"),
    "hyperparameter": ("learning rate", "batch size", "optimizer", "adam", "adamw", "sgd", "momentum",
                       "weight decay", "epochs", "epoch", "warmup", "dropout", "hyperparameter", "hyper-parameter",
                       "iterations", "number of trees", "n_estimators", "maximum depth", "max depth", "tree depth",
                       "attention heads", "hidden units", "kernel size", "hidden size", "hidden dimension",
                       "embedding dimension", "sampling temperature", "decoding temperature", "beam size",
                       "beam width", "random seed",
                       # what DETAIL_ASKED asks for by 'how many … steps': an abstract stating it answers
                       "denoising steps", "sampling steps", "training steps", "diffusion steps", "inference steps"),
    # A duration is stated in units of time; "faster" or "real-time" compares speeds but states no duration.
    "duration": ("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "ms",
                 "millisecond", "milliseconds", "gpu-hours", "gpu-days", "in seconds"),
    # What a method takes for granted is stated in so many words ('we assume a static camera') or not at all.
    "assumption": ("assume", "assumes", "assumed", "assuming", "assumption", "assumptions", "presuppose",
                   "presupposes"),
}  # fmt: skip
# Words of DETAIL_KINDS that answer rather than ask (a venue's or a license's name, a verb): 'What is the CVPR
# paper about?' asks about no venue.
DETAIL_ANSWER_WORDS = frozenset(["cvpr", "iccv", "eccv", "neurips", "icml", "iclr", "aaai", "ijcai", "acl", "emnlp",
                                 "naacl", "interspeech", "icassp", "corl", "icra", "iros", "rss", "siggraph", "wacv",
                                 "bmvc", "tpami", "ntire", "accepted", "apache", "bsd", "gpl", "funded", "sponsored",
                                 "financed", "licensed", "adam", "adamw", "sgd"])  # fmt: skip

# Constructions that ask for a kind of detail ("trained on which GPUs", "under what license", "how long does it
# take"); the asked-for head noun is checked against DETAIL_KINDS too. Mentioning a GPU is not asking for one.
DETAIL_ASKED = {
    "hardware": (
        # (not the hardware a paper captures or senses with: 'what capture hardware', 'which camera hardware')
        r"\b(?:which|what|how many)\s+(?:\w+\s+){0,3}?(?:gpus?|tpus?|accelerators?|graphics cards?)\b",
        r"\b(?:which|what|how many)\s+(?:(?!(?:capture|capturing|sensing|sensor|recording|camera|imaging|display|"
        r"acquisition|robot|robotic|haptic|tactile)\b)\w+\s+){0,3}?hardware\b"
        # (nor hardware that holds or carries something: 'what hardware holds the phone')
        r"(?!\s+(?:holds?|held|holding|mounts?|mounted|attach(?:es|ed)?|carr(?:y|ies|ied)|wears?|worn|grips?|"
        r"secures?|fix(?:es|ed)?)\b)",
        r"\b(?:on|with|using)\s+(?:which|what|how many)\s+(?:gpus?|tpus?|hardware|machines?|devices?)\b",
    ),
    "venue": (
        r"\b(?:which|what|at which|in which)\s+(?:conference|venue|journal|workshop|proceedings)\b",
        r"\b(?:was|is|were|been)\s+(?:\S+\s+){0,4}?(?:accepted|published|presented|appear(?:ed)?)\s+(?:at|in|to)\b",
        r"\bwhere\s+(?:was|were|is)\s+(?:\S+\s+){0,4}?(?:published|presented|accepted)\b",
    ),
    "funding": (
        r"\b(?:who|which\s+\w+|what\s+\w+)\s+(?:funded|paid for|sponsored|financed|supported)\b",
        # (a 'foundation model' funds nothing)
        r"\b(?:which|what)\s+(?:grants?|funding|funders?|sponsors?|agenc(?:y|ies)|foundations?(?![\s-]+models?\b))\b",
        r"\bfunded\s+by\s+(?:whom|which|what)\b",
    ),
    "license": (r"\b(?:which|what)\s+licen[cs]e\b", r"\bunder\s+(?:which|what)\s+(?:\w+\s+)?licen[cs]e\b"),
    "hyperparameter": (
        r"\b(?:which|what)\s+(?:\w+\s+){0,3}?(?:learning[- ]rates?|batch[- ]sizes?|optimi[sz]ers?|weight decay|"
        r"momentum|dropout(?: rate)?|warm-?up|hyper-?parameters?|random seeds?)\b",
        r"\bhow many\s+(?:training\s+)?(?:epochs|iterations|(?:denoising|sampling|training|diffusion)\s+steps)\b",
        # the settings of a model ('what number of trees and maximum depth', 'which sampling temperature')
        r"\b(?:what|which)\s+number\s+of\s+(?:decision\s+)?(?:trees|estimators|attention heads|hidden units)\b",
        r"\bhow many\s+(?:decision trees|estimators|attention heads|hidden units)\b",
        r"\b(?:what|which)\b[^.?!]{0,40}\b(?:kernel size|hidden (?:size|dimension)|embedding (?:size|dimension)|"
        r"(?:sampling|decoding|softmax) temperature|beam (?:size|width))\b",
    ),
    "duration": (
        # (not the length of a text: 'how long are the contexts', 'how long is each answer')
        r"\bhow long\b(?!\s+(?:(?:are|is|were|was)\s+(?:the|its|their|each|these|those|a|an)\s+)?"
        r"(?:contexts?|context windows?|sequences?|documents?|texts?|prompts?|inputs?|outputs?|answers?|responses?|"
        r"sentences?|captions?|reviews?|summaries|summary|(?:reasoning\s+)?chains?|reasoning traces?|traces?)\b"
        r"(?!\s+(?:\w+\s+)?(?:time|times)\b))",  # ('how long is the output generation time' is a duration)
        r"\bhow many\s+(?:hours|days|weeks|minutes|seconds|gpu[- ]hours|gpu[- ]days)\b",
        r"\b(?:which|what)\s+(?:training|inference|running|run)\s+time\b",
    ),
    # 'What assumptions does X make?', 'Which assumptions are built into X?', 'What does X assume?'
    "assumption": (
        r"\b(?:which|what)\s+(?:\w+\s+){0,2}?assumptions?\b",
        r"\bwhat\s+(?:does|do|did)\s+(?:[\w.'’$-]+\s+){1,4}?(?:assume|presuppose)\b",
        r"\bassumptions?\s+(?:does|do|did|is|are|behind|of|underlying)\b",
    ),
}

# ------------------------------------------------------------------------------------------------ not about papers

# Chit-chat and requests outside the papers: answered with what the assistant can do, never from a paper.
CHITCHAT = (
    r"^\s*(?:hi|hello|hey|hiya|yo|good (?:morning|afternoon|evening)|greetings)\b[\s!.?,]*$",
    r"^\s*(?:thanks|thank you|thx|cheers|ok(?:ay)?|cool|great|nice)\b[\s!.?,]*$",
    r"\b(?:tell|give|write|make)\s+(?:me\s+|us\s+)?(?:a|an|another|some)\s+(?:joke|pun|riddle|poem|story|limerick|haiku|song)s?\b",
    r"\b(?:jokes?|riddles?|puns?|limericks?)\b\s+about\b",
    r"\bweather\s+(?:like\s+)?(?:in|at|today|tomorrow|now|right now|forecast|this week)\b",
    r"\bwhat(?:'s| is) the weather\b",
    r"\bhow are you\b",
    r"\bwho are you\b",
    r"\bwhat(?:'s| is) your name\b",
    r"\bwhat (?:time|day) is it\b",
    r"\b(?:stock|share) price\b",
    # a cooking recipe, not a training one: the word alone decides nothing ('what training recipe did they
    # propose?', 'a recipe for instruction tuning'); with a dish or the kitchen it is chit-chat
    r"\brecipes?\b(?=.*\b(?:cook|cooking|bake|baking|dinner|lunch|breakfast|dessert|meal|food|dish|ingredients?|"
    r"kitchen|oven|soup|cake|bread|pasta|chicken|lasagna|pancakes?|cookies?|pizza|salad|curry|vegan|vegetarian)\b)"
    r"|\b(?:cook|cooking|bake|baking|dinner|dessert|meal|food|dish|soup|cake|bread|pasta|chicken|lasagna|pancakes?|"
    r"cookies?|pizza|salad|curry)\b.*\brecipes?\b",
    r"\bhow (?:do|to|can|should) (?:i |you |we )?(?:cook|bake)\b",
    # sums ('What's 2+2?', 'calculate 12 * 7'): numbers and operators only, no year ('2024-2025?' is a date filter)
    r"^(?!.*\b(?:19|20)\d\d\b)\W*(?:what(?:'s|’s| is)|how much is|calculate|compute|solve)?\s*\d[\d.,]*"
    r"(?:\s*[-+*/×^]\s*\d[\d.,]*)+"
    r"\s*(?:=\s*)?[?!.]*\s*$",
)

# A message that is only small talk, by kind (types.SmallTalk), each answered in kind rather than as a question
# outside the collection. Whole messages only: 'Thanks, and what does MuCo do?' asks something; 'What can you do
# with Gaze-LLE?' asks about a paper.
SMALL_TALK_KINDS = {
    "greeting": (
        r"^\W*(?:hi|hello|hey|hiya|howdy|yo|greetings|good\s+(?:morning|afternoon|evening|day))"
        r"(?:\s+(?:there|again|everyone|all))?[\s!.?,]*$",
    ),
    "thanks": (
        r"^\W*(?:(?:many\s+)?thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again))?"
        r"(?:[\s!.,]+(?:that\s+(?:helps|helped|was\s+helpful)|great|perfect|nice|cool))?[\s!.?,]*$",
    ),
    "capabilities": (
        r"^\W*(?:(?:so|ok(?:ay)?|hi|hello|hey),?\s+)?what\s+(?:can|could|do)\s+you\s+(?:do|help\s+(?:me\s+)?with|answer)"
        r"[\s!.?,]*$",
        r"^\W*how\s+(?:can|could|do|will)\s+you\s+help(?:\s+me)?[\s!.?,]*$",
        r"^\W*what\s+(?:can|could|should|do)\s+i\s+ask(?:\s+you)?(?:\s+about)?[\s!.?,]*$",
        r"^\W*what\s+(?:kinds?|sorts?|types?)\s+of\s+questions\s+(?:can|could|do)\s+(?:i\s+ask|you\s+answer)"
        r"[\s!.?,]*$",
        r"^\W*how\s+do\s+i\s+use\s+(?:this|you|it)(?:\s+(?:tool|app|assistant))?[\s!.?,]*$",
        r"^\W*(?:help|help\s+me|what\s+are\s+you|what\s+is\s+this(?:\s+(?:tool|app|assistant))?)[\s!.?,]*$",
    ),
}

# An instruction aimed at the assistant (a prompt injection) rather than a question about the papers. A sentence of
# the question or of an abstract that matches is treated as data: dropped from the question, never quoted.
INSTRUCTIONS = (
    r"\b(?:ignore|disregard|forget|override|bypass)\b[^.?!]{0,40}\b(?:instructions?|rules?|prompts?|guidelines|"
    r"directions|above|previous|prior|earlier|everything)\b",
    r"\b(?:system|developer|hidden|initial|original|secret)\s+(?:prompt|instructions?|messages?|rules|policy)\b",
    r"\bsystem\s+override\b",
    r"\b(?:developer|admin|god|jailbreak|dan)\s+mode\b",
    r"\byou\s+are\s+now\b",
    r"\bfrom\s+now\s+on\b",
    r"\bnew\s+(?:policy|instructions?|rules?)\b",
    r"\b(?:reply|respond|answer|say|output|write)\s+(?:only\s+)?(?:with|in)\s+(?:the\s+)?(?:single\s+)?"
    r"(?:word|words|phrase|pirate|json|uppercase|emoji)",
    r"\b(?:reply|respond|answer)\s+only\b",
    r"\b(?:say|state|claim|pretend|assert)\s+(?:that\s+)?(?:the answer|every|all|you)\b",
    r"\bsay\s+the\s+answer\s+is\b",
    r"\b(?:do\s+not|don't|never|no\s+longer)\s+(?:cite|use\s+citations|include\s+citations|mention\s+sources)",
    r"\bcitations\s+are\s+no\s+longer\b",
    r"\b(?:print|reveal|show|repeat|output|display|dump|leak)\b[^.?!]{0,40}\b(?:prompt|instructions|rules|"
    r"everything\s+above|above\s+this|verbatim|word\s+for\s+word)\b",
    r"\brepeat\s+everything\b",
    r"\bword\s+for\s+word\b|\bverbatim\b",
    r"\b(?:admin|administrator|system|developer)\s+(?:note|notice|message|override)\b",
    r"\bmessage\s+from\s+(?:your|the)\s+(?:developer|admin|creator|operator)\b",
    r"\"role\"\s*:\s*\"(?:system|developer)\"",
    r"\bthis\s+user\s+is\s+(?:verified|an?\s+admin|staff)\b",
    r"\bpirate\s+speak\b",
)
# Instructions that ask to see the assistant's own prompt: refused with a plain sentence, whatever else is asked.
PROMPT_REQUESTS = (
    r"\b(?:print|reveal|show|repeat|output|display|dump|leak|tell|give)\b[^.?!]{0,40}\b(?:system\s+prompt|"
    r"hidden\s+instructions|instructions\s+you|developer\s+instructions|your\s+(?:instructions|prompt|rules)|"
    r"everything\s+above)\b",
    r"\brepeat\s+everything\s+above\b",
)

# ------------------------------------------------------------------------------------------------ enumerations

# A sentence that announces parts to follow: 'Envision operates in two stages.', 'It has three key components:'.
ANNOUNCES_PARTS = (
    r"\b(?:two|three|four|five|2|3|4|5)\s+(?:[\w-]+\s+){0,2}?(?:stages|steps|phases|components|modules|parts|"
    r"branches|designs|innovations|contributions|ideas|insights|mechanisms|strategies|techniques|"
    r"levels|losses|objectives|pillars|key\s+\w+)\b[^.;]*[.:]\s*$",
    r":\s*$",
    # ('we propose a two-stage framework that …', 'a three-step pipeline')
    r"\b(?:two|three|four|five|2|3|4|5)-(?:stage|step|phase)\b",
)
# How a sentence opens that continues an enumeration: 'First, …', 'Then, …', 'In the second stage, …', '(2) …'.
CONTINUES_PARTS = (
    r"^\W*(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|then|next|finally|lastly|subsequently|"
    r"afterwards?|after\s+that)\b",
    r"^\W*(?:in|during|at)\s+the\s+(?:first|second|third|fourth|final|last|next)\s+(?:\w+\s+)?"
    r"(?:stage|step|phase)\b",
    r"^\W*(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:stage|step|phase|component|module|part)\b",
    r"^\s*\(?(?:[1-5]|i{1,3}|iv|v)\)\s",
)
# The most sentences an enumeration runs to: its announcement and four parts (a part's one sentence of detail
# included: 'In the first stage, we build a dataset … A classifier is then trained … In the second stage, …').
ENUMERATION_AT_MOST = 5
# How a sentence opens that leans on the one before it ('This resolves conflicts …' after 'we formulate rendering as
# probabilistic regression'); not the paper speaking of itself ('This paper presents …').
LEANS_ON_PREVIOUS = (
    # (after a connective too: 'Subsequently, this caption guides the synthesis …')
    r"^\W*(?:(?:subsequently|then|next|finally|afterwards|thereafter|in\s+turn|moreover|furthermore|additionally|"
    r"specifically|in\s+addition)\s*,?\s+)?"
    r"(?:this|these|it|such|thereby|thus|hence|they)\b(?!\s+(?:paper|work|study|article|report|survey|thesis|"
    r"letter|manuscript|note|project)\b)",
)
# A sentence that opens on each of a set of things the sentence before it introduced ('Each particle, representing a
# camera pose, …' after '… within a particle filter framework.'): the group (group 1 is its noun) is said there.
REFERS_BACK_OPENING = r"^\W*(?:each|every|both)\s+(?:of\s+(?:the|these|its|our)\s+)?([a-z][\w-]*)"

# ------------------------------------------------------------------------------------------------ tallies
# How the papers spread over a record field ('How many papers per year?', 'Which category has the most papers?',
# 'What fraction of the papers have code?'): the words that name each field, say that counts are asked, ask for the
# most or fewest, or for a share. What a question says beside them is a topic, and makes it no tally.
TALLY_FIELDS = {
    "year": ("year", "years"),
    "month": ("month", "months"),
    "category": ("category", "categories", "arxiv category", "arxiv categories", "section", "sections"),
    "code": ("code availability", "code status"),
}
TALLY_COUNT_WORDS = (
    "how many", "number of", "count", "counts", "tally", "breakdown", "break down", "broken down", "distribution",
    "distributed", "spread", "split", "statistics", "stats", "histogram",
)  # fmt: skip
# (only with a count word: 'List the papers by year' asks for the papers)
TALLY_PER_WORDS = ("per", "each", "every", "for each", "in each", "by", "across", "over")
TALLY_MOST_WORDS = {
    "most": "most", "highest": "most", "largest": "most", "biggest": "most", "busiest": "most", "fewest": "fewest",
    "least": "fewest", "lowest": "fewest", "smallest": "fewest", "quietest": "fewest",
    # (between values the question names: 'In which year did they publish more, 2025 or 2026?')
    "more": "most", "fewer": "fewest", "less": "fewest",
}  # fmt: skip
TALLY_MOST_ADJECTIVES = ("common", "frequent", "popular", "used", "productive", "prolific", "active", "represented")
TALLY_SHARE_WORDS = ("fraction", "percentage", "proportion", "share", "percent", "portion", "ratio", "part")
TALLY_FILLER = (
    "papers", "paper", "works", "publications", "entries", "have", "has", "had", "saw", "see", "publish", "published",
    "posted", "post", "come", "came", "out", "different", "distinct", "unique", "separate", "overall", "total",
    "collection", "page", "there", "appear", "span", "cover", "group", "researcher", "they", "their", "arxiv",
)  # fmt: skip

# ------------------------------------------------------------------------------------------------ premises

# Words that put the thing after them outside the paper's method ("without cost volumes", "instead of pixels"):
# a question presuming that thing asks about a premise the abstract contradicts.
NEGATION_CUES = (
    "without", "instead of", "rather than", "avoid", "avoids", "avoiding", "eliminate", "eliminates",
    "eliminating", "eliminated", "no need", "not require", "does not", "do not", "doesn't", "don't", "never",
    "free of", "dispense with", "dispenses with", "bypass", "bypasses", "bypassing", "removes", "remove",
    "removing", "replace", "replaces", "replacing", "unlike", "no longer", "not rely", "not need", "discard",
    "discards", "skip", "skips", "skipping", "abandon", "abandons", "forgo", "forgoes", "sidestep", "sidesteps",
    "drop", "drops", "dropping", "-free", "free", "get rid of", "gets rid of", "getting rid of", "got rid of",
    "do away with", "does away with", "did away with", "doing away with", "dispensing with", "dispensed with",
    "move away from", "moves away from", "moved away from",
    "moving away from", "instead", "no", "not", "neither", "nor", "lack", "lacks", "absence",
    "eschew", "eschews", "eschewed", "eschewing", "circumvent", "circumvents", "circumventing", "obviate",
    "obviates", "obviating",
)  # fmt: skip

# Training in any form: a paper that denies training itself ('training-free', 'without any fine-tuning') denies all
# of them, so a question that presumes it fine-tunes, retrains or trains rests on a false premise.
TRAINING_WORDS = (
    "train", "trains", "trained", "training", "retrain", "retrains", "retrained", "retraining", "fine-tune",
    "fine-tunes", "fine-tuned", "fine-tuning", "finetune", "finetunes", "finetuned", "finetuning",
)  # fmt: skip
# How a paper denies training itself: 'training-free', 'tuning-free', 'without (any) (re)training', 'no fine-tuning',
# 'does not require training', 'eliminating the need for annotation and retraining'; not training data it does
# without ('no training data', 'without training labels': such a method may still train, self-supervised). A model
# used by prompting it ('zero-shot prompting', 'in-context learning', 'prompting alone') is not fine-tuned either.
TRAINING_DENIED = (
    r"\b(?:re)?(?:training|tuning|fine-?tuning)-free\b|"
    r"\b(?:without|no|not require|requires? no|needs? no|(?:no|without the|eliminat\w*\s+the|remov\w*\s+the)\s+need"
    r"\s+(?:for|of)|free of|not need)\s+(?:any\s+)?(?:[\w-]+\s+(?:and|or)\s+)?"
    r"(?:additional\s+|extra\s+|further\s+|task-specific\s+|model\s+)?(?:re-?)?(?:training|fine-?tuning|tuning)\b"
    r"(?!\s+(?:data|sets?|samples?|examples?|labels?|images?|videos?|corpus|corpora|signals?|pairs?))|"
    r"\b(?:zero-shot|few-shot)\s+prompting\b|\bin-context\s+learning\b|\bprompting\s+alone\b"
)

# Verbs of a comparison, by who comes out ahead: the thing before a 'wins' verb ('A outperforms B'), the thing
# after a 'loses' one ('A falls behind B').
COMPARISON_WINS = (
    "outperform", "outperforms", "outperformed", "outperforming", "surpass", "surpasses", "surpassed",
    "surpassing", "beat", "beats", "beating", "outdo", "outdoes", "outdid", "outdoing", "better than", "superior to",
    # a score or a rank ('GPT-5.2 scores above each paper's top-rated human reviewer')
    "score above", "scores above", "scored above", "scoring above", "score higher than", "scores higher than",
    "scored higher than", "rank above", "ranks above", "ranked above", "ranked higher than", "rated higher than",
    # what matters more ('timing has a greater impact than mixture weights')
    "matter more than", "matters more than", "mattered more than", "more important than", "greater impact than",
    "larger impact than", "bigger impact than", "stronger impact than", "greater effect than", "larger effect than",
    "stronger effect than",
)  # fmt: skip
COMPARISON_LOSES = (
    "fall behind", "falls behind", "fell behind", "falling behind", "lag behind", "lags behind", "lagged behind",
    "lagging behind", "underperform",
    "underperforms", "underperformed", "worse than", "inferior to", "lose to", "loses to", "lost to",
    "score below", "scores below", "scored below", "scoring below", "score lower than", "scores lower than",
    "scored lower than", "rank below", "ranks below", "ranked below", "ranked lower than", "rated lower than",
    "matter less than", "matters less than", "mattered less than", "less important than", "smaller impact than",
    "weaker impact than", "smaller effect than", "weaker effect than",
)  # fmt: skip
# Which way something affected a result ('adding EnMAP data made classification worse' / '… yields a 4.2% F1
# improvement'): a question that presumes one way of what the abstract states only the other way rests on a false
# premise (planning._reversed_effect). The comparatives below count too, each against its opposite.
EFFECT_BETTER = (
    "better", "improve", "improves", "improved", "improving", "improvement", "improvements", "boost", "boosts",
    "boosted", "help", "helps", "helped", "gain", "gains", "benefit", "benefits", "benefited",
)  # fmt: skip
EFFECT_WORSE = (
    "worse", "hurt", "hurts", "harm", "harms", "harmed", "degrade", "degrades", "degraded", "degradation", "impair",
    "impairs", "impaired", "deteriorate", "deteriorates", "deteriorated",
)  # fmt: skip
# Comparatives that say the opposite of each other of one quantity ('18x faster than AR generators' against 'slower
# than autoregressive generators'). A comparison of quality is COMPARISON_WINS / LOSES.
OPPOSITE_COMPARATIVES = (
    ("faster", "slower"), ("quicker", "slower"), ("larger", "smaller"), ("bigger", "smaller"),
    ("cheaper", "costlier"), ("lighter", "heavier"), ("shorter", "longer"),
)  # fmt: skip
# Comparatives read as their base where a question's words are matched with an abstract's ('slower at inference' with
# 'slow inference speed'): a stemmer leaves them as they are.
COMPARATIVE_BASE = {
    "faster": "fast", "slower": "slow", "quicker": "quick", "larger": "large", "bigger": "big", "smaller": "small",
    "cheaper": "cheap", "costlier": "costly", "lighter": "light", "heavier": "heavy", "shorter": "short",
    "longer": "long", "higher": "high", "lower": "low", "weaker": "weak", "stronger": "strong", "simpler": "simple",
    "easier": "easy", "harder": "hard", "deeper": "deep", "shallower": "shallow", "wider": "wide",
    "narrower": "narrow", "noisier": "noisy", "coarser": "coarse", "finer": "fine", "sparser": "sparse",
    "denser": "dense", "older": "old", "newer": "new", "smoother": "smooth",
}  # fmt: skip
# Opposite choices a method makes (the two sides of each pair). A why/how/what question that presumes one side
# ("why does it fine-tune its backbone") about a paper whose abstract states only the other, of the same thing
# ("a frozen DINOv2 encoder"), rests on a false premise. Only contrasts that are a design choice, not a degree.
OPPOSITES = (
    (("frozen", "freeze", "freezes", "freezing", "fixed backbone", "kept fixed", "keep it fixed"),
     ("fine-tune", "fine-tunes", "fine-tuned", "fine-tuning", "finetune", "finetunes", "finetuned", "finetuning",
      "unfrozen")),
    (("supervised", "labeled", "labelled"),
     ("unsupervised", "self-supervised", "label-free", "unlabeled", "unlabelled", "annotation-free")),
    (("online",), ("offline",)),
    (("explicit", "explicitly"), ("implicit", "implicitly")),
    (("dense",), ("sparse",)),
    (("static",), ("dynamic",)),
    (("monocular", "single-view", "single view", "single image", "single-image"),
     ("multi-view", "multiview", "stereo", "multiple views")),
    (("indoor", "indoors"), ("outdoor", "outdoors")),
    (("autoregressive", "auto-regressive"), ("non-autoregressive", "non-auto-regressive")),
    (("rigid",), ("non-rigid", "deformable")),
    (("synthetic",), ("real-world",)),
    (("open-source", "open source", "open-sourced"), ("proprietary", "closed-source", "closed source")),
    (("discrete",), ("continuous",)),
    (("a single", "just one", "only one", "one single", "a sole"),
     ("multiple", "several", "many", "multi-agent")),
    # how a method compared: 'why did SEEED fall behind GPT-4o' where it outperforms GPT-4o
    (COMPARISON_LOSES, COMPARISON_WINS),
    # where a method ranked: 'why did o3 mini come out on top' where it is 'lagging behind'
    (("came out on top", "come out on top", "comes out on top", "ended up on top", "end up on top", "ranked first",
      "top-ranked", "top-performing", "best-performing"),
     ("lagging behind", "lagged behind", "lags behind", "ranked last", "worst-performing", "last place")),
    # how often: 'why do LLMs ask clarifying questions far too often' where 'LLMs by default rarely clarify'
    (("too often", "too frequently"),
     ("rarely", "seldom", "hardly ever", "infrequently", "almost never")),
    # how much data: 'since ProtoFlow needs hundreds of annotated videos' where it works from as few as one video
    (("hundreds of", "thousands of", "millions of", "large amounts of", "massive amounts of", "lots of", "far more",
      "much more"),
     ("as few as", "only a few", "only one", "a handful of", "few-shot", "one-shot", "a small amount of",
      "small amounts of")),
    # what a method costs: 'why does SA4Depth double inference time' where it keeps inference time unchanged
    (("unchanged", "unaffected", "not affected", "no additional", "no extra", "zero extra", "zero additional",
      "without additional", "without extra", "without increasing", "no increase"),
     ("double", "doubles", "doubled", "doubling", "triple", "triples", "tripled")),
)  # fmt: skip
# Which way an effect goes: 'why does CoT reasoning reduce bias' where it 'exacerbates social biases'. Unlike the
# pairs above, the question's side counts as stated only where it is said of the same thing: any way of lowering
# it ('the problem exacerbates hallucinations; our decoding suppresses them' states both), while 'address' or
# 'cut' said of anything else ('we cut memory') does not.
EFFECT_OPPOSITES = (
    (("reduce", "reduces", "reduced", "reducing", "mitigate", "mitigates", "mitigated", "mitigating", "alleviate",
      "alleviates", "alleviated", "lessen", "lessens", "lessened", "diminish", "diminishes", "diminished",
      "decrease", "decreases", "decreased", "lower", "lowers", "lowered", "suppress", "suppresses", "suppressed",
      "cut", "cuts", "minimize", "minimizes", "minimise", "minimises", "eliminate", "eliminates", "curb", "curbs",
      "combat", "combats", "prevent", "prevents", "avoid", "avoids", "tackle", "tackles", "address", "addresses",
      "counter", "counters", "overcome", "overcomes", "remove", "removes", "correct", "corrects", "fix", "fixes",
      "resolve", "resolves"),
     ("exacerbate", "exacerbates", "exacerbated", "exacerbating", "amplify", "amplifies", "amplified", "amplifying",
      "worsen", "worsens", "worsened", "aggravate", "aggravates", "aggravated", "intensify", "intensifies",
      "intensified")),
)  # fmt: skip

# Which way a quantity moved: 'Why did SFT raise InfoGain by 39%?' where 'InfoGain drops by 38.9%'.
DIRECTION_UP = (
    "raise", "raises", "raised", "raising", "increase", "increases", "increased", "increasing", "boost", "boosts",
    "boosted", "rise", "rises", "rose", "risen", "grow", "grows", "grew", "went up", "goes up", "go up", "higher",
)  # fmt: skip
DIRECTION_DOWN = (
    "drop", "drops", "dropped", "decrease", "decreases", "decreased", "decreasing", "decline", "declines",
    "declined", "fall", "falls", "fell", "lower", "lowers", "lowered", "shrink", "shrinks", "shrank", "went down",
    "goes down", "go down", "degrade", "degrades", "degraded",
)  # fmt: skip

# What other methods do ("than prior approaches that require X", "unlike existing methods, which rely on X"):
# X is not this paper's own, so a question presuming the paper does X rests on a false premise. What follows the
# comparison without a clause of its own is the paper's again: '120x speedup compared to prior methods and enables
# faster estimation', 'better than previous methods without any training'.
OTHERS_CUES = (
    r"\b(?:than|unlike|compared (?:to|with)|in contrast to|as opposed to)\s+(?:the\s+)?(?:prior|previous|existing|"
    r"conventional|traditional|other|earlier|standard|current|typical|most)\s+"
    r"(?:(?:(?!(?:and|while|but|whereas|yet|so)\b)[\w-]+\s+){0,2}?(?:[\w-]+\s*,\s*)?(?:that|which|who)\b"
    r"|(?:(?!(?:and|while|but|whereas|yet|so)\b)[\w-]+\s+){1,2}?(?:using|relying|requiring|needing|employing|"
    r"adopting|leveraging|depending|involving|assuming|exploiting|utili[sz]ing|applying|computing|building)\b)",
    r"\b(?:prior|previous|existing|conventional|traditional|earlier|current|recent)\s+(?:\w+\s+){0,2}?(?:methods?|"
    r"approaches|works?|systems?|models?|pipelines?|techniques?|trackers?|solutions?|efforts?|attempts?)\s+"
    r"(?:that\s+|which\s+)?(?:often\s+|typically\s+|usually\s+|mostly\s+)?(?:rely|relies|require|requires|use|uses|"
    r"depend|depends|need|needs|employ|employs|compute|computes|involve|involves|suffer|suffers|address|tackle|"
    r"resort\s+to|aim\s+to|aims\s+to|attempt\s+to|attempts\s+to|try\s+to|tries\s+to|focus\s+on|focuses\s+on)\b",
)
# A sentence that opens with other work as its subject ('Existing frameworks either …', 'Prior methods, however,
# …', 'Most current approaches …'): all it says, up to OWN_TURN, is theirs.
OTHERS_OPENING = (
    r"\s*(?:however,?\s+|yet\s+|but\s+)?(?:most\s+|many\s+|some\s+)?(?:of\s+the\s+)?"
    r"(?:prior|previous|existing|conventional|traditional|earlier|current|classical|standard|"
    # (other work just named, taken to task: 'However, these methods require two or more queries'; not 'These
    # models achieve …' of the paper's own, without the turn)
    r"(?<=however )these|(?<=however, )these|(?<=yet )these|(?<=but )these|(?<=however )such|(?<=however, )such)\s+"
    # what names other work, after at most two words ('Existing 3D generative models'): not 'Previous frames',
    # 'Current results show', 'Standard deviation', 'Classical Chinese poetry'
    r"(?:[\w-]+\s+){0,2}?(?:methods|approaches|works|frameworks|systems|models|pipelines|techniques|solutions|"
    r"algorithms|architectures|baselines|detectors|trackers|networks|paradigms|efforts|attempts|formulations|"
    r"studies|designs|strategies|tools)\b"
)
# Where a sentence about other work turns to the paper's own ('…, while we …', '; in contrast, our …', 'but this
# work …'), or to a contrast that may be the paper's.
OWN_TURN = (
    r"[;:]|,\s*(?:motivating|prompting|leading|calling)\b|\b(?:but|while|whereas|however|in contrast|instead|unlike|"
    r"so|thus|hence|therefore|we|our|us|this (?:paper|work|study))\b"
)

# What a "why" question may call the reason it asks for ("the motivation behind X"): not a topic of the question, and
# not a word the answer must contain — a sentence that gives the reason answers it (REASON_CUES).
REASON_WORDS = frozenset(
    ["reason", "reasons", "motivation", "motivations", "rationale", "motive", "motives", "motivated", "motivates",
     # why it matters ('Why is MuCo important?'): answered by the need it meets, whatever word the abstract uses
     "important", "importance", "matter", "matters", "significant", "significance", "relevant", "relevance",
     "useful", "valuable", "needed", "necessary", "interesting",
     # ('what do they say causes it?')
     "cause", "causes", "caused"]
)  # fmt: skip

# What a question calls the problem a paper takes on ('What problem does MuCo solve?', 'What gap does it fill?',
# 'Which challenge is X tackling?'), and the verbs it asks with: answered, as a reason is, by the sentences that name
# a limitation or a need (REASON_CUES). Neither is a word the abstract must use ('problem' is seldom written).
PROBLEM_NOUNS = frozenset(
    ["problem", "problems", "issue", "issues", "challenge", "challenges", "gap", "gaps", "limitation", "limitations",
     "shortcoming", "shortcomings", "bottleneck", "bottlenecks", "difficulty", "difficulties", "pain", "point",
     "need", "needs"]
)  # fmt: skip
PROBLEM_VERBS = frozenset(
    ["solve", "solves", "solved", "solving", "address", "addresses", "addressed", "addressing", "tackle", "tackles",
     "tackled", "tackling", "fix", "fixes", "fixed", "fixing", "overcome", "overcomes", "overcame", "overcoming",
     "resolve", "resolves", "resolved", "resolving", "fill", "fills", "filled", "filling", "close", "closes",
     "closed", "closing", "target", "targets", "targeted", "targeting", "attack", "attacks", "attacked", "attacking",
     "remedy", "remedies", "remedied", "handle", "handles", "handled", "handling", "deal", "deals", "dealt",
     "dealing", "work", "works", "worked", "working", "focus", "focuses", "focused", "focusing"]
)  # fmt: skip

# What a question calls a paper's own weak points ('What are the limitations of MuCo?', 'Does it have drawbacks?',
# 'Where does it fall short?'). Asked of the paper itself, they are answered only by what the abstract says of its
# own method; the limitations of earlier work it sets out to overcome are no answer (OWN_LIMITATION_CUES).
LIMITATION_NOUNS = frozenset(
    ["limitation", "limitations", "weakness", "weaknesses", "drawback", "drawbacks", "shortcoming", "shortcomings",
     "downside", "downsides", "caveat", "caveats", "flaw", "flaws", "limits", "failure", "failures",
     "mode", "modes"]
)  # fmt: skip
# The verbs a question asks them with ('what limitations does it have / acknowledge'): no topic either.
LIMITATION_VERBS = frozenset(
    ["have", "has", "face", "faces", "suffer", "suffers", "acknowledge", "acknowledges", "admit", "admits", "mention",
     "mentions", "note", "notes", "fail", "fails", "struggle", "struggles", "fall", "falls", "short", "break",
     "breaks", "down", "come", "comes", "known", "potential", "main", "major", "biggest", "key"]
)  # fmt: skip
# How a question attributes a view to a paper ('in MuCo's view', 'according to X', 'what does X say / point out'):
# no topic where the weak points of other work are asked for, as the paper states them.
ATTRIBUTION_WORDS = frozenset(
    ["according", "view", "per", "say", "says", "said", "think", "thinks", "claim", "claims", "point", "points",
     "pointed", "out", "identify", "identifies", "identified", "see", "sees", "wrong", "lacking", "missing", "have",
     "has", "report", "reports", "reported", "mention", "mentions", "mentioned", "discuss", "discusses", "discussed",
     "highlight", "highlights", "highlighted", "note", "notes", "noted", "describe", "describes", "described", "list",
     "lists",
     # the relation to the work whose weak points are asked ('the approach that X improves on')
     "improve", "improves", "improved", "replace", "replaces", "replaced", "build", "builds", "built", "extend",
     "extends", "extended", "beat", "beats", "outperform", "outperforms", "upon"]
)  # fmt: skip
# A sentence that states a limitation of the paper's own method: a limitation word with the paper as its subject
# ('our method is limited to static scenes', 'a limitation of this approach is …', 'we leave … to future work').
# (Others' limitations, which the paper overcomes, are set aside first: 'To address these limitations, we propose …'.)
OWN_LIMITATION_CUES = (
    r"\b(?:our|this|the\s+proposed|the\s+present)\s+(?:[\w-]+\s+){0,3}?(?:is|are|remains?|was|were)\s+(?:still\s+|currently\s+"
    r"|also\s+)?(?:limited|restricted|constrained|not\s+(?:yet\s+)?(?:able|suitable|applicable|designed))\b",
    r"\b(?:limitations?|weakness(?:es)?|drawbacks?|shortcomings?|downsides?|caveats?)\s+of\s+(?:our|this|the\s+proposed)\b",
    r"\b(?:our|this)\s+(?:[\w-]+\s+){0,3}?(?:cannot|can\s*not|does\s+not\s+(?:yet\s+)?(?:handle|support|generali[sz]e|model|"
    r"address|cover|scale)|fails?\s+(?:to|on|when|for)|struggles?\s+(?:to|with|on))\b",
    # (what the paper leaves open is its own; a problem that 'remains an open challenge' for the field, said before
    # the paper says what it does, is not)
    r"\bfuture\s+work\b|\bwe\s+leave\b[^.]*\b(?:future|open)\b",
)

# A sentence that gives a reason or names a limitation: what a "why" question is usually answered by.
REASON_CUES = (
    # Causes, not consequences: "as a result" / "therefore" / "thus" open a result ("as a result, our X can …").
    r"\b(?:because|due to|since|so that|in order to|to (?:address|overcome|avoid|"
    r"mitigate|tackle|remedy|solve|alleviate|reduce|bridge)|motivated by|owing to|caused by)\b",
    r"\b(?:suffer|suffers|fail|fails|failing|lack|lacks|lacking|limited|limitation|limitations|bottleneck|"
    r"struggle|struggles|cannot|unable|only|merely|challenge|challenges|drawback|drawbacks|costly|expensive|"
    r"constrained|inefficien\w*|insufficient|degrad\w*|overhead|error-prone|brittle)\b",
)

# A sentence that gives a coined name its meaning ("we propose X, a …", "called X", "dubbed X", "named X").
DEFINES_NAME = (
    r"\b(?:called|dubbed|named|termed|coined|denoted|referred to as|known as)\b",
    r"\bwe\s+(?:call|name|term|dub|denote|coin)\b",  # 'which we call CTSR (…)'
    r"\bwe\s+(?:propose|present|introduce|develop|build|design|release|construct|curate|collect|contribute)\b",
    # ('present' only as a verb: knowledge 'present in their pretraining data', 'biases are present', 'the present
    # work', 'present-day VLMs' introduce nothing)
    r"\b(?:propose|introduce)s?\b|\bpresents\b|\bpresent\s+(?:a|an|our|two|three|four|several|new|novel)\b",
    r"\b(?:this|our)\s+(?:paper|work|study|report)\b",
    r"\bour\s+(?:\w+[\s-]+){0,2}(?:framework|method|model|system|approach|pipeline|dataset|benchmark|architecture|"
    r"algorithm|tracker|module|agent|policy|representation)\b",
    # the paper's own spelled-out name with its short form, wherever it stands: 'We demonstrate that our
    # Generalizable Radar Transformer (GRT) generalizes …'
    r"\b(?:our|the proposed)\s+(?-i:(?:[A-Z][\w-]*\s+){1,6}\([A-Z][\w-]*[A-Z0-9][\w-]*\))",
)
# A spelled-out name with its short form as the sentence's subject: 'Finally, Confidence-Gated 3D Inference (CGI3D)
# accelerates …'. After the paper says what it contributes, such a sentence names a part of its method; before, it
# is as often a term of the field ('Digital Terrain Models (DTMs) represent …'), and never where the sentence opens
# with other methods ('Existing Vision-Language-Action (VLA) models', 'While learning-based Process Reward Models').
NAMED_PART = (
    r"^\W*(?:(?:first|second|third|finally|lastly|moreover|specifically|additionally|furthermore|then|next|also|"
    r"in addition|in particular),?\s+)?(?:the\s+|a\s+|an\s+|our\s+)?"
    r"(?!(?:existing|prior|previous|current|recent|conventional|traditional|standard|most|many|some|these|such|"
    r"while|although|though|unlike|modern|popular|large)\b(?!-))"
    r"(?-i:(?:[A-Z0-9][\w-]*\s+){1,6}\([A-Z][A-Za-z0-9-]*[A-Z0-9][A-Za-z0-9-]*\))"
)
# Verbs by which a sentence states the paper's contribution.
CONTRIBUTION = (
    r"\b(?:we|this paper|this work|this study|this report|our (?:work|method|approach|model|framework))\s+"
    r"(?:\w+\s+)?(?:propose|introduce|present|develop|build|design|release|contribute|study|curate|construct|"
    r"devise|formulate)s?\b",
)  # not 'we show / demonstrate': a result, stated after the contribution
# A part that asks how the paper does something ("How did the deSEO authors turn X into Y?", "how does the tracker
# cope?"): answered by the sentences that describe its method, after it says what it contributes.
# How a paper is built, asked by a word for it ('What architecture does X use?', 'What is the design of X?'): answered
# by the sentences that describe the method, for an abstract states its architecture ('a diffusion transformer over a
# VAE latent') more often than it uses the word.
ARCHITECTURE_ASKED = (
    r"\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+|[\w.-]+(?:'s|’s)\s+)(?:(?:overall|model|"
    r"network|system|main|basic|high-level)\s+)*(?:architecture|design)\s*(?:of\b|behind\b|[?.!]|$)",
    r"\bwhat\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:model\s+|network\s+|neural\s+)?(?:architecture|design)\s+"
    r"(?:does|do|did|is|are|was)\s+(?:[\w.'’-]+\s+){1,5}?(?:use|uses|used|have|has|adopt|adopts|adopted|build\s+on|"
    r"built\s+on|based\s+on|rely\s+on|employ|employs|follow|follows)\b",
)
ARCHITECTURE_WORDS = frozenset(
    ["architecture", "design", "overall", "model", "network", "system", "neural", "basic", "high-level", "kind",
     "type", "sort", "use", "uses", "used", "have", "has", "adopt", "adopts", "adopted", "build", "built", "based",
     "rely", "employ", "employs", "follow", "follows"]
)  # fmt: skip
# What a paper takes in and gives out, asked ('What does X take as input?', 'What are the inputs and outputs of X?',
# 'What does X output?'): answered as what it does, whose sentence most often says it ('reconstructs 4D meshes from
# a monocular video'), not by the word 'input', which few abstracts use.
INPUT_OUTPUT_ASKED = (
    r"\bwhat(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:the\s+|its\s+|their\s+|[\w.-]+(?:'s|’s)\s+)(?:inputs?|outputs?)"
    r"(?:\s+and\s+(?:the\s+)?(?:inputs?|outputs?))?\s*(?:of\b|for\b|to\b|[?.!]|$)",
    r"\bwhat\s+(?:does|do|did|can|could|will)\s+(?:[\w.'’-]+\s+){1,4}?(?:take|need|require|use|accept|expect|get)\s+as\s+"
    r"(?:its\s+|their\s+|an?\s+)?inputs?\b",
    r"\bwhat\s+(?:kind\s+of\s+|type\s+of\s+|sort\s+of\s+)?(?:inputs?|outputs?)\s+(?:does|do|did|can)\s+(?:[\w.'’-]+\s+){1,4}?"
    r"(?:take|takes|need|accept|expect|produce|return|give|generate|have)\b",
    r"\bwhat\s+(?:does|do|did|can|could|will)\s+(?:[\w.'’-]+\s+){1,4}?(?:output|produce|return|spit\s+out)\s*(?:[?.!]|$)",
)
INPUT_OUTPUT_WORDS = frozenset(
    ["input", "inputs", "output", "outputs", "take", "takes", "need", "require", "use", "accept", "expect", "get",
     "produce", "return", "give", "generate", "have", "spit", "out", "kind", "type", "sort"]
)  # fmt: skip
METHOD_ASKED = (
    # at the start, or after a clause that sets the scene ('When you have a big pool of LLMs, how does it decide …')
    r"(?:^\W*|,\s+)(?:and\s+|so\s+|but\s+)?(?:how|in what way|by what means)\s+(?:does|do|did|is|are|was|were|can|"
    r"could|would|will|has|have)\b(?!(?:\s+[\w'-]+){1,4}?\s+(?:compare|differ\w*|perform|fare|stack\s+up|"
    r"rank\s+against|better|worse|accurate|accuracy|good|well|related|evaluated|tested|validated|benchmark\w*|"
    r"assessed)\b)",
    r"\bwhat\s+(?:mechanism|technique|trick|procedure|steps?|strategy|pipeline)\b",
    *ARCHITECTURE_ASKED,
)
# A sentence that reports an outcome rather than describing the method ("Experiments show …", "outperforms").
RESULT_CUES = (
    r"\b(?:experiments?|results?|evaluations?|benchmarks?|ablations?)\b.*\b(?:show|shows|demonstrate|demonstrates|"
    r"confirm|confirms|indicate|indicates|reveal|reveals|validate|validates)\b",
    r"\b(?:outperform\w*|state-of-the-art|sota|surpass\w*|achiev\w*|improv\w* (?:by|over))\b",
    # ('Our proposed architecture demonstrated competitive experimental results while …')
    r"\b(?:demonstrat\w*|show(?:s|ed|n)?|report\w*|yield\w*|obtain\w*)\s+(?:[\w-]+\s+){0,3}?(?:results?|performance|"
    r"accuracy|improvements?|gains?)\b",
)
# A part that asks what the paper found: whether something holds ("Has review quality gotten worse?", "Do LLM
# reviewers notice …?", not whether a paper exists: "Is there a paper …"), or what was found or concluded ("what did
# it conclude?", "What did Tamoyan and colleagues find about …", "what are the main takeaways?").
FINDING_ASKED = (
    r"^\W*(?:and\s+|so\s+|but\s+)?(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would)\b"
    r"(?!\s+there\b)",
    # the subject may be a long description: 'What did the study of speech recognition systems on spoken U.S. street
    # names find'
    r"\bwhat\s+(?:did|does|do|have|has)\s+(?!(?:that|which|who)\b)[\w.'-]+\s+"
    r"(?:(?!(?:that|which|who|it|they|do|does|did)\b)[\w.'-]+\s+){0,11}?"
    r"(?:find|found|conclude|concluded|show|reveal|observe|"
    r"discover|learn|uncover|report)\b",
    r"\bwhat\s+(?:are|were|is|was)\s+(?:the|its|their)\s+(?:main\s+|key\s+)?(?:findings?|conclusions?|"
    r"takeaways?|lessons?|insights?|results?|outcomes?)\b",
    r"\bwhat\s+(?:conclusions?|findings?|lessons?|insights?)\b",
    # how well it does: 'How well does MuCo perform?', 'how good are its results', 'what results does it get'
    r"\bhow\s+(?:well|good|strong)\s+(?:does|do|did|is|are|was|were)\b",
    r"\bwhat\s+(?:kind\s+of\s+)?(?:results?|performance|outcomes?)\s+(?:does|do|did)\s+(?:[\w.'-]+\s+){1,6}?"
    r"(?:get|gets|got|achieve|achieves|achieved|reach|reaches|reached|report|reports|reported|show|shows|showed)\b",
    # what it does well: 'What are the strengths of X?', 'What advantages does X have?', "what's good about X"
    r"\bwhat\s+(?:are|were|is|was)\s+(?:the|its|their)\s+(?:main\s+|key\s+|biggest\s+)?(?:strengths?|advantages?|"
    r"benefits?|merits?|pros|upsides?|selling\s+points?)\b",
    r"\bwhat\s+(?:strengths?|advantages?|benefits?|merits?)\s+(?:does|do|did)\b",
    r"\bwhat(?:'s|\s+is|\s+was)\s+(?:so\s+|really\s+)?(?:good|great|strong)\s+about\b",
    # how it was evaluated: answered by the sentence that reports its experiments ('Experiments on X and Y show …').
    # (Not how a particular thing was judged, 'How did they evaluate whether the layouts are coherent?': the
    # sentence that says so is found by its words.)
    r"\bhow\s+(?:is|are|was|were)\s+(?:[\w.'’$-]+\s+){1,8}?(?:evaluated|tested|validated|benchmark\w*|assessed)\s*"
    r"(?:[?.!,]|$)",
    r"\bhow\s+(?:did|do|does)\s+(?:they|the\s+authors)\s+(?:evaluate|test|validate|benchmark|assess)\s+"
    r"(?!whether\b|if\b|how\b)(?:[\w.'’$-]+\s*){1,8}(?:[?.!,]|$)",
)
# The words that name the finding or result asked for ('the results of X', 'how well does X perform'): no topic of the
# question, and no word its answer must contain (FINDING_ASKED).
FINDING_WORDS = frozenset(
    ["finding", "findings", "result", "results", "outcome", "outcomes", "conclusion", "conclusions", "takeaway",
     "takeaways", "lesson", "lessons", "insight", "insights", "performance", "perform", "performs", "performed",
     "well", "good", "strong", "main", "key", "get", "gets", "got", "achieve", "achieves", "achieved", "reach",
     "reaches", "reached", "report", "reports", "reported", "show", "shows", "showed", "kind", "strength",
     "strengths", "advantage", "advantages", "benefit", "benefits", "merit", "merits", "pros", "upside", "upsides",
     "selling", "points", "great", "biggest", "have", "has", "offer", "offers", "so", "really", "cons", "provide",
     "provides", "give", "gives", "evaluated", "evaluate", "tested", "test", "validated", "validate",
     "benchmarked", "benchmark", "benchmarks", "assessed", "assess"]
)  # fmt: skip
# A sentence that states a finding ("we find that …", "our analysis reveals …", "contrary to …").
FINDING_CUES = (
    r"\b(?:we|our\s+(?:\w+\s+)?(?:analysis|analyses|results?|experiments?|study|findings?|evaluation))\s+"
    r"(?:\w+\s+)?(?:find|found|finds|reveal|reveals|show|shows|observe|observes|demonstrate|demonstrates|confirm|"
    r"confirms|suggest|suggests|indicate|indicates)\b",
    r"\b(?:contrary to|contradicting|counter to)\b",
    # 'our approach highlights that LMMs can …', 'this work reveals that …', 'we empirically verify that …': a claim
    # stated as a that-clause (not an aim: 'our goal is to show that …')
    r"\b(?:we|our\s+(?:[\w-]+\s+)?(?!goal|aim|objective|purpose|intention|motivation)[\w-]+|this\s+(?:work|paper|"
    r"study|analysis))\s+(?:(?:also|further|empirically|additionally|then|first|finally|formally|theoretically)\s+){0,2}"
    r"(?:find|found|finds|reveal|reveals|show|shows|observe|observes|demonstrate|demonstrates|confirm|confirms|"
    r"suggest|suggests|indicate|indicates|highlight|highlights|uncover|uncovers|discover|discovers|establish|"
    r"establishes|verify|verifies|prove|proves)\s+that\b",
    # 'We evaluate 15 models … and find an average error rate of 44%'
    r"^(?=.*\bwe\b).*\band\s+(?:find|found|show|observe|reveal|discover)\s+(?:that|an?|the)\b",
    r"\b(?:results?|findings?|experiments?|analysis|analyses)\s+(?:[\w-]+\s+){0,3}?(?:show|shows|reveal|reveals|suggest|"
    r"suggests|indicate|indicates|demonstrate|demonstrates|confirm|confirms|highlight|highlights|verify|verifies)\b",
)
# A sentence that states the paper's aim as a question ("In this work, we investigate how language models memorize
# label noise", "we ask whether …", "this paper aims to understand why …"): it echoes a how / why / what-was-found
# question, and answers none of it.
AIM_CUES = (
    r"\b(?:we|this\s+(?:paper|work|study)|our\s+(?:work|study|paper|analysis))\s+"
    r"(?:(?:first|further|also|then|systematically|empirically|closely|carefully)\s+)?"
    r"(?:investigate|study|studies|examine|explore|ask|analy[sz]e|probe|revisit|question|understand)s?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:how(?!\s+to\b)|why|whether)\b",  # ('we study how to train …' says what it does)
    r"\b(?:aims?|seeks?|sets?\s+out|tries|try)\s+to\s+(?:understand|investigate|explain|examine|answer)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:how(?!\s+to\b)|why|whether)\b",
)
# A part of a question that asks what the paper contributes, when its verb is all it says ("and what did the authors
# propose instead?", "what did the ORQA paper put together?"), or names the contribution by a word for it ("What is
# the key idea of X?", "What is novel about X?"): answered by the sentences that state the contribution.
CONTRIBUTION_ASKED = (
    r"\bwhat\b.*\b(?:propos\w*|introduc\w*|present\w*|develop\w*|buil[dt]\w*|design\w*|creat\w*|contribut\w*|"
    r"offer\w*|suggest\w*|put(?:s|ting)? together|c[ao]me up with|came up with|do(?:es)? (?:it|they) do|"
    r"(?:is|was|'s) (?:new|novel))\b",
    r"\b(?:what|which)(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+)?(?:(?:main|key|core|central|"
    r"big|basic|chief|primary|principal|headline)\s+)?(?:contributions?|novelty|novelties|innovations?|ideas?|"
    r"insights?|gist)\s+(?:of|in|behind|from|here|that)\b",
    r"\bwhat(?:'s|\s+is|\s+was)\s+(?:so\s+|really\s+|most\s+|actually\s+)?(?:new|novel|innovative|original)\s+"
    r"(?:about|in|with)\b",
)
# What a paper sets out to do, asked by a word for it ('What is the goal of MuCo?', 'What task does X tackle?', 'What
# topic is X about?', 'What is X trying to achieve?'): answered as its contribution is, by the sentences that say what
# it does, for no abstract needs to use the word ('goal', 'topic') and many use it of something else ('a task').
_AIM_NOUN = (
    r"(?:goals?|aims?|objectives?|purposes?|point|focus|topics?|mission|intent|intention|tasks?|domains?|"
    r"(?:research\s+)?areas?|fields?|research\s+questions?|research\s+problems?|application\s+areas?|use\s+cases?)"
)
_AIM_TRYING = (
    r"(?:trying|try|tries|tried|aiming|aims?|seeking|seeks?|sets?\s+out|meant|designed|intended|supposed|hoping|"
    r"hopes?|wants?)"
)
AIM_ASKED = (
    # 'What is the main goal of MuCo?', "What's MuCo's purpose?", 'What are the objectives behind this work?'
    r"\bwhat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+|[\w.-]+(?:'s|’s)\s+)(?:(?:main|primary|"
    r"overall|central|key|core|ultimate|chief|principal|stated|actual|real|research|broader|specific)\s+)*"
    + _AIM_NOUN
    + r"(?:\s+(?:of|in|behind|for|with)\b|\s*[?.!]|$)",
    # 'What task does X tackle?', 'What topic is X about?', 'What domain is X for?', 'Which field does it belong to?'
    r"\b(?:what|which)\s+(?:(?:main|primary|overall|central|key|core|specific|kind\s+of|sort\s+of|type\s+of|"
    r"research|application)\s+)*"
    # (one: 'which tasks does it cover?' asks for the tasks, each of them)
    + r"(?:goal|aim|objective|purpose|focus|topic|mission|task|domain|(?:research\s+)?area|field|"
    r"research\s+question|research\s+problem|application\s+area|use\s+case)"
    + r"\s+(?:(?:do|does|did|is|are|was|were)\s+(?:[\w.'’-]+\s+){1,5}?(?:"
    + _AIM_TRYING
    + r"\s+to\s+\w+|address\w*|tackl\w*|target\w*|focus\w*|stud(?:y|ies|ied)|ask\w*|pursu\w*|"
    r"concern\w*|investigat\w*|explor\w*|work\w*\s+on|deal\w*\s+with|belong\w*\s+to|fall\w*\s+(?:in|under))"
    # ('What topic is X about?', 'What domain is it for?'; not 'What tasks is X evaluated on?', a detail of the paper)
    r"|(?:is|are|was|were)\s+(?:(?![\w-]+ed\b)[\w.'’-]+\s+){1,4}?(?:about|for|in|under))\s*(?:[?.!,]|$)",
    # what it is for, asked by its uses ('What are the applications of X?', 'What applications does X have?', 'Where
    # can X be applied?'): the uses it names where it names some (KIND_NAMING_NOUNS), else what it does
    r"\bwhat(?:'s|\s+is|\s+are|\s+were)\s+(?:the\s+|its\s+|their\s+|some\s+(?:of\s+the\s+)?|[\w.-]+(?:'s|’s)\s+)(?:(?:main|key|"
    r"potential|possible|"
    r"practical|real-world|downstream|intended|likely)\s+)*(?:applications?|uses|use\s+cases?)\s+(?:of|for)\b",
    r"\bwhat\s+(?:(?:main|key|potential|possible|practical|real-world|downstream)\s+)*(?:applications?|uses|use\s+cases?)"
    r"\s+(?:do|does|did|could|can|might|would|is|are)\s+(?:[\w.'’-]+\s+){1,5}?(?:have|has|had|enable|enables|support|"
    r"supports|find|finds|offer|offers|serve|serves|target|targets|open\s+up|opens\s+up|suited|meant|good)\b",
    r"\b(?:where|how)\s+(?:can|could|might|would|should)\s+(?:[\w.'’-]+\s+){1,5}?be\s+(?:used|applied|deployed)\s*"
    r"(?:[?.!]|$)",
    # said tersely or inside a request: 'Goal of AV2AV?', 'AV-EmoDialog objective', 'Could you tell me what the goal
    # of the LSH-VAE paper is?'
    r"^\W*(?:the\s+)?(?:(?:main|primary|overall|key|core)\s+)?(?:goals?|aims?|objectives?|purposes?|point)\s+of\s+"
    r"(?:[\w.'’$-]+\s*){1,8}\??\s*$",
    r"^\W*(?:[\w.'’$-]+\s+){1,4}?(?:main\s+)?(?:goals?|aims?|objectives?|purposes?)\s*\??\s*$",
    r"\bwhat\s+(?:the|its|their)\s+(?:(?:main|primary|overall|key|core|actual|real)\s+)*(?:goals?|aims?|"
    r"objectives?|purposes?|point|focus)\s+(?:of\s+(?:[\w.'’$-]+\s+){1,8}?)?(?:is|are|was|were)\b",
    # 'What is X trying to achieve?', 'What does X aim to do?', 'What did they set out to accomplish?'
    r"\bwhat\s+(?:is|are|was|were|do|does|did)\s+(?:[\w.'’-]+\s+){1,4}?"
    + _AIM_TRYING
    + r"\s+to\s+(?:achieve|accomplish|do|solve|attain|get\s+at|find\s+out|answer|show|learn)\b",
)
# The words of such a question that only name what it asks for (AIM_ASKED): no topic, no word its answer must hold.
AIM_WORDS = frozenset(
    ["goal", "goals", "aim", "aims", "aiming", "objective", "objectives", "purpose", "purposes", "focus", "topic",
     "topics", "point", "mission", "intent", "intention", "task", "tasks", "domain", "domains", "area",
     "areas", "field", "fields", "research", "question", "questions", "problem", "problems", "application", "use",
     "case", "cases", "trying", "try", "tries", "tried", "seeking", "seek", "seeks", "set", "sets", "out", "meant",
     "designed", "intended", "supposed", "hoping", "hope", "hopes", "want", "wants", "achieve", "accomplish", "do",
     "attain", "address", "addresses", "addressed", "tackle", "tackles", "tackled", "target", "targets",
     "targeted", "study", "studies", "studied", "ask", "asks", "asked", "pursue", "pursues",
     "concern", "concerns", "investigate", "investigates", "explore", "explores", "belong",
     "belongs", "fall", "falls", "main", "primary", "overall", "central", "key", "core", "ultimate", "chief",
     "principal", "stated", "actual", "real", "broader", "specific", "kind", "sort", "type", "about",
     "applications", "uses", "potential", "possible", "practical", "real-world", "downstream", "intended",
     "likely", "have", "has", "had", "enable", "enables", "support", "supports", "find", "finds", "offer",
     "offers", "serve", "serves", "open", "opens", "suited", "meant", "good", "where", "used", "applied",
     "deployed", "be"]
)  # fmt: skip
# How a paper differs from earlier work, asked ('How is MuCo different from prior work?', 'What sets X apart from
# existing methods?'): answered by what it contributes (CONTRIBUTION_ASKED), and these words are no topic.
DIFFERS_FROM_PRIOR_ASKED = (
    r"\b(?:how|in\s+what\s+way)\s+(?:is|are|does|do|was)\s+(?:[\w.'’-]+\s+){1,4}?(?:differ(?:ent)?|distinct|stand\s+out|"
    r"compare|new|novel|better)\s+(?:from|to|with|than|over|among)\s+(?:the\s+)?(?:prior|previous|existing|earlier|other|"
    r"related|past|older|standard|typical|conventional)\b",
    r"\bwhat\s+(?:sets|makes|distinguishes)\s+(?:[\w.'’-]+\s+){1,4}?(?:apart\s+from|different\s+from|distinct\s+from)\s+"
    r"(?:the\s+)?(?:prior|previous|existing|earlier|other|related|past|conventional)\b",
)
DIFFERS_FROM_PRIOR_WORDS = frozenset(
    ["differ", "differs", "different", "difference", "distinct", "stand", "stands", "out", "compare", "compares",
     "new", "novel", "better", "prior", "previous", "existing", "earlier", "other", "related", "past", "older",
     "standard", "typical", "conventional", "work", "works", "method", "methods", "approach", "approaches",
     "sets", "set", "makes", "make", "distinguishes", "apart"]
)  # fmt: skip
# The nouns that name a kind of answer ('the problem', 'its results', 'the key insight', 'its advantages'): no topic,
# but a sentence that uses one ('Recognizing the challenge in labeling …', 'The main advantages of the framework are
# …', 'Our findings highlight …') states that kind of thing, and counts as evidence for it.
# By family: a sentence that uses any noun of the family asked states that kind ('What problem does X solve?' is met
# by 'Recognizing the challenge in labeling …').
KIND_NAMING_NOUNS = (
    frozenset(["problem", "problems", "issue", "issues", "challenge", "challenges", "gap", "gaps", "bottleneck",
               "bottlenecks", "difficulty", "difficulties", "limitation", "limitations", "shortcoming", "shortcomings",
               "drawback", "drawbacks", "weakness", "weaknesses"]),
    frozenset(["contribution", "contributions", "novelty", "innovation", "innovations", "idea", "ideas"]),
    frozenset(["insight", "insights", "finding", "findings", "result", "results", "outcome", "outcomes",
               "conclusion", "conclusions", "takeaway", "takeaways", "lesson", "lessons"]),
    frozenset(["strength", "strengths", "advantage", "advantages", "benefit", "benefits", "merit", "merits"]),
    frozenset(["application", "applications", "downstream", "deployment", "real-world"]),
    # (how it was evaluated: 'With quantitative and qualitative evaluations, as well as user study, …'; how it is
    # built: '… an audio-guided attention U-Net architecture')
    frozenset(["evaluated", "evaluate", "evaluation", "evaluations", "tested", "experiments", "experiment",
               "benchmarked", "benchmarks", "assessed", "validated", "validation", "study"]),
    frozenset(["architecture", "architectures", "backbone", "design"]),
    # (what it takes in: 'Given one reference image, …', 'a model that takes a 3D mesh …'; and what it gives out)
    frozenset(["input", "inputs", "given", "take", "takes", "taking"]),
    frozenset(["output", "outputs", "produce", "produces", "producing", "return", "returns"]),
)  # fmt: skip
# ('performance' names the kind asked, 'how it performs', but a sentence may use it of anything: 'a loss that can
# enhance lip-syncing performance' is no result)
# What a sentence compares the paper with ('Compared to existing methods, ours …', 'Unlike prior work, …'): evidence
# for how the paper differs from earlier work, however the question names that work.
EARLIER_WORK_WORDS = frozenset(
    ["prior", "previous", "existing", "earlier", "conventional", "traditional", "compared", "unlike", "outperform",
     "outperforms", "outperforming"]
)  # fmt: skip
# The words that name the contribution asked for ('the key idea', 'its novelty'): no topic of the question, and no
# word its answer must contain (CONTRIBUTION_ASKED).
CONTRIBUTION_WORDS = frozenset(
    ["contribution", "contributions", "novelty", "novelties", "novel", "new", "innovation", "innovations", "idea",
     "ideas", "gist", "main", "key", "core", "central", "big", "basic", "chief", "primary", "principal", "headline",
     "innovative", "original", "really", "actually"]
)  # fmt: skip

# ------------------------------------------------------------------------------------------------ more about asking

# Comparatives after 'how much' or 'how many times' ('how much better', 'how many times faster', 'how much less
# memory'): the question asks for the size of a difference, however the abstract states it ('+38%', '6.8x shorter',
# 'outperforming … by 5.0'). The word is no thing asked for, nor a topic the paper must use; a noun after it still
# is ('how much more data': data).
DIFFERENCE_WORDS = frozenset(
    ["better", "worse", "faster", "slower", "quicker", "shorter", "longer", "smaller", "bigger", "larger", "higher",
     "lower", "cheaper", "greater", "stronger", "weaker", "more", "less", "fewer", "further"]
)  # fmt: skip
# The comparatives that ask the size of a difference where they follow 'how much' or 'how many times' ('how much
# better'); 'faster', 'slower', 'quicker' ask a speed, and 'more', 'less', 'further' name no quantity by themselves.
DIFFERENCE_ASKED_WORDS = (DIFFERENCE_WORDS - {"faster", "slower", "quicker", "more", "less", "further"}) | {
    "accurate",
    "efficient",
}
# What a question calls the sets a paper evaluates or trains on ...
SET_NOUNS = frozenset(["dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "testbed", "testbeds"])
# The small words an acronym's letters skip when it is written out ('field of view' is FoV, 'library and information
# science' LIS, 'question answering over tables' none of these).
ACRONYM_GLUE = frozenset(["of", "and", "for", "the", "in", "to", "on", "&"])
# What a question calls the data a paper used without asking for a set by name ('What data did they use?'): met by
# the word, or by a set the paper names ('Experiments on the AMI corpus'); an abstract that names none may still say
# what data it was ('3,400 hours of robot data'), so it is no refusal.
DATA_NOUNS = frozenset(["data"])
# Short names that stand for a kind of data or a device, not a set of it ('on CT data', 'on an NVIDIA GPU', 'on RGB
# frames'): no dataset's name.
NOT_SET_NAMES = frozenset(
    ["ct", "mri", "pet", "rgb", "rgb-d", "rgbd", "x-ray", "cxr", "ecg", "eeg", "fmri", "sar", "lidar", "gpu", "gpus",
     "cpu", "cpus", "tpu", "tpus", "nvidia", "a100", "h100", "v100", "rtx", "api", "apis", "llm", "llms", "vlm", "vlms",
     "ai", "3d", "2d", "4d", "hd", "4k", "github", "gitlab", "huggingface", "mcp", "bleu", "rouge", "fid", "psnr",
     "ssim", "lpips", "miou", "iou", "map", "auc", "wer", "cer", "f1", "rmse", "mae"]
)  # fmt: skip
# ... and the verbs by which it uses them (evaluated / tested / trained on), as against those by which it makes one
# ('introduce', 'build', 'release': its own, which it may describe without a name).
SET_USE_RE = (
    r"\b(?:evaluat|test|train|pre-?train|fine-?tun|finetun|benchmark|validat|assess|report|run|ran|experiment|"
    r"use|used|using|util|measur|beat|outperform|compar|score|achiev|reach|get|got)\w*\b"
)
SET_MADE_RE = (
    r"\b(?:introduc|build|built|releas|contribut|collect|curat|creat|construct|propos|present|call|name|"
    r"design|generat|synthesi[sz]|compil|assembl|gather|annotat|produc|develop|make|made)\w*\b"
)
# Which place on a paper's author line is asked for: the last ('the final author', 'and who is the last?'), the
# first ('who is listed first', 'the lead author'), or both ('the first and last authors').
_BOTH_ENDS = r"\bfirst\s+and\s+(?:the\s+)?(?:last|final)\s+(?:listed\s+|named\s+)?authors?\b"
LAST_AUTHOR = (
    r"\b(?:last|final)\s+(?:listed\s+|named\s+)?author\b|\bwho\s+is\s+(?:the\s+)?(?:last|final)\s*(?:one\s*)?\?|"
    + _BOTH_ENDS
)
FIRST_AUTHOR = (
    r"\b(?:first|lead)\s+(?:listed\s+|named\s+)?author\b|\bwho\s+is\s+(?:listed\s+|named\s+)?first\b|" + _BOTH_ENDS
)
# A question word run into the verb after it ("who's", "when'd"), or typed without its apostrophe ('whats',
# 'whens'): read as the two words, so the question word and its verb are found.
WH_CONTRACTIONS = {
    "who's": "who is", "whos": "who is", "what's": "what is", "whats": "what is", "when's": "when is",
    "whens": "when is", "where's": "where is", "wheres": "where is", "how's": "how is", "which's": "which is",
    "when'd": "when did", "where'd": "where did", "how'd": "how did", "what'd": "what did",
}  # fmt: skip
# Nouns naming a measured quantity: "what accuracy / which PSNR / what speed-up" asks for a number.
MEASURE_NOUNS = frozenset(
    ["accuracy", "score", "scores", "rate", "rates", "percentage", "percent", "number", "numbers", "size",
     "sizes", "f1", "psnr", "ssim", "lpips", "fid", "wer", "cer", "bleu", "error", "errors", "speed", "speedup",
     "speed-up", "reduction", "fraction", "improvement", "improvements", "margin", "gain", "gains", "ratio",
     "latency", "throughput", "count", "amount", "proportion", "share", "precision", "recall", "auc", "map",
     "success", "hours", "parameters", "params", "memory", "flops", "cost", "length", "resolution", "fps",
     "limit", "limits", "budget", "budgets", "cap", "gflops", "year", "years"]
)  # fmt: skip
# Kinds of quantity a question asks for, each with how a question asks for it and how an abstract states it: "how
# fast" is answered by a time or a speed-up ("in 30 seconds", "18x faster"), not by any number, nor by a sentence
# that only says "fast". (pattern asking for it, pattern stating it with its unit)
MEASURES = {
    "speed": (
        r"\bhow (?:fast|quick|quickly|slow|long does it take|long it takes|much (?:faster|quicker|slower))\b|"
        # ('how many seconds does it take'; not 'how many hours of data')
        r"\bhow many (?:milli)?(?:seconds|minutes|hours|days)\b(?!\s+of\b)|"
        r"\b(?:speed|speed-?up|latency|runtime|"
        r"run time|inference time|throughput|fps|frames per second|frame ?rates?|real-time|update rates?)\b",
        # (compute time too: '10 GPU-hours', '8 GPU days')
        r"\d[\d.,]*\s*(?:(?:gpu|cpu|tpu)[- ])?(?:ms|milliseconds?|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?|days?|"
        r"fps|hz)\b|"
        r"\d[\d.,]*\s*(?:x|×)(?=\W|$)|\bspeed-?ups?\b|\breal-time\b|\bframes per second\b|"
        # (how fast in words: 'in seconds, much faster than prior approaches')
        r"\b(?:in|within|under)\s+(?:a\s+few\s+|mere\s+)?(?:milli)?(?:seconds|minutes)\b|"
        r"\b(?:much|far|orders? of magnitude)\s+faster\b",
    ),
    # a share of something ('what fraction of the parameters', 'what percentage of the data')
    "share": (
        r"\bwhat (?:fraction|percentage|proportion|share|percent|portion)\b|\bhow much of\b",
        r"\d[\d.,]*\s*(?:%|percent)(?=\W|$)|\b(?:half|a third|one third|a quarter|one quarter|two thirds|"
        r"three quarters)\b",
    ),
    "size": (
        r"\bhow (?:big|large|small|many parameters|much data)\b|\b(?:sizes?|scales?|parameters|params)\b",
        r"\d[\d.,]*\s*(?:k|m|b|million|billion|thousand|mb|gb|tb|hours?|parameters|params|images|videos|clips|"
        r"samples|pairs|scenes|frames|trajectories|demonstrations|episodes|utterances|subjects|objects|queries|"
        r"examples|instances|items|prompts|documents|dialogues|conversations|annotations|participants|tokens|posts|"
        r"tweets|articles|recordings|entries|records|memes|claims|reviews|problems|questions|tasks|sessions|"
        r"dialogs|cases|patients|volumes|scans|sequences|games|apps|environments|languages|countries|domains)\b",
    ),
    # a year asked of something in a paper ('Which year is the VR sickness paper's data from?'): a year stated
    "year": (r"\b(?:which|what)\s+years?\b", r"\b(?:19[5-9]\d|20[0-4]\d)\b"),
    # the size of a difference ('how much better', 'by how much does it beat …', 'how many times smaller', 'how much
    # did it improve'): a share, a factor or points, or a number stated with a word of comparison
    "difference": (
        rf"\bhow (?:much|many times) (?:more |less )?(?:{'|'.join(sorted(DIFFERENCE_ASKED_WORDS))})\b|\bby how much\b|"
        r"\bhow (?:much|many times|many) (?:more|less|fewer)\b|"
        r"\bhow much (?:does|did|do|is|was|are|were|has|have)\b[^?.]*\b(?:improv|beat|outperform|surpass|exceed|gain|"
        r"boost|reduc|lower|rais|increas|decreas|cut|shorten|lift)\w*",
        r"\d[\d.,]*\s*(?:%|percent|x|×|times|points?|pp)(?=\W|$)|"
        r"\b(?:improv|outperform|surpass|beat|exceed|gain|boost|reduc|lower|increas|decreas|better|higher|fewer|less|"
        r"shorten|speed)\w*\b[^.;]{0,60}?\d",
    ),
    "accuracy": (
        r"\bhow (?:accurate|well|good|much better)\b|\b(?:accuracy|f1|psnr|ssim|success rate|error rate|wer|auc)\b",
        r"\d[\d.,]*\s*(?:%|percent|db|points?|pp)(?=\W|$)|\b(?:accuracy|psnr|ssim|f1|success rate|auc|wer|ap|map)\b"
        r"[^.]{0,30}?\d",
    ),
}
# The word right after 'how' that names the quantity asked ('how big is it', 'how long does it take', 'how heavy'):
# the question asks for an amount; that word is no topic a paper must use ('big' is in no abstract, while '5M
# samples' answers). (The same word elsewhere in the question stays: 'the large language model'.)
HOW_MEASURE_WORDS = frozenset(
    ["big", "large", "small", "long", "short", "fast", "quick", "quickly", "slow", "heavy", "light", "wide",
     "deep", "tall", "high", "low", "old", "far", "often", "accurate", "good", "expensive", "costly", "cheap"]
)  # fmt: skip
# "How many" / "how much" in languages the offline engine cannot read: enough to know a number is asked for.
MULTILINGUAL_COUNT = ("多少", "几个", "幾つ", "いくつ", "何個", "何人", "몇", "얼마", "wie viele", "wie viel",
                      "combien", "cuántos", "cuántas", "quanti", "quante", "quantos", "quantas", "hoeveel")  # fmt: skip
# Labels that introduce the real question after injected text ("Now the real question:", "After that, answer
# this:"): what follows is the question.
QUESTION_MARKERS = (
    r"(?:(?:now|ok|okay|so)\s*,?\s*)?(?:the\s+)?(?:real|actual|true|my)\s+question\s*(?:is)?\s*:",
    r"\bquestion\s*:",
    r"\banswer\s+this\s*:",
)
# A leading label or courtesy before the question ("Thanks.", "Different subject:", "Quick question -").
LEADING_CHATTER = (
    r"^\s*(?:thanks|thank you|thx|ok(?:ay)?|great|cool|nice|got it|i see|hmm+|alright|right)\b[\s,.!:;-]*",
    r"^\s*(?:(?:on\s+)?(?:a\s+)?(?:completely|totally|entirely)\s+)?(?:different|another|new|unrelated|separate)\s+"
    r"(?:topic|subject|question|thing|note)\s*[:,.-]+\s*",
    r"^\s*(?:(?:ok(?:ay)?|so|now)\s*,?\s*)?(?:switching|changing|let's\s+switch|let's\s+change)\s+(?:topics?|gears|subjects?)"
    r"(?:\s+(?:completely|entirely|totally|a\s+bit|for\s+a\s+moment|for\s+a\s+sec(?:ond)?|now|here))?\s*[:,.!-]+\s*",
    r"^\s*(?:quick|one more|follow-?up|also|and|so|but|now)\s*(?:question)?\s*[:,.-]+\s*",
    # the asker's interest, before what it is in ('I'm interested in the Graphics category. Which papers are in it?')
    r"^\s*(?:i(?:'m|\s+am)|we(?:'re|\s+are))\s+(?:\w+ly\s+|also\s+|just\s+)?(?:interested\s+in|curious\s+about)\s+",
    # a greeting before a question ('Hey, which …', 'Hi there which …'; not 'Hi-res …', not 'Hello!' alone)
    r"^\s*(?:hi|hello|hey|hiya|yo|greetings|good\s+(?:morning|afternoon|evening|day))(?:\s+there)?"
    r"(?:\s*[,.!:;]+\s*|\s+)(?=\w)",
)
# A request to be told what the question asks ('Could you tell me: which …', 'Do you know who …', 'Tell me which
# papers …'), before a colon, a question word or an imperative: what follows is the question, asked directly (its
# full stop a question mark).
TOLD_LEAD_IN = (
    r"^\s*(?:(?:could|can|would|will)\s+you\s+(?:please\s+)?tell\s+me|(?:please\s+)?tell\s+me|do\s+you\s+know|"
    r"i(?:'d|\s+would)\s+(?:like|love)\s+to\s+know|i\s+want\s+to\s+know|i\s+wonder(?:ed)?|"
    r"i(?:'m|\s+am)\s+wondering)(?:\s*:\s*|\s*[,-]?\s*(?=(?:what|which|who|whom|whose|how|why|when|where|list|name|"
    r"is|are|was|were|does|do|did|has|have|can)\b))"
)
# Picking one of several papers discussed before: "the later one", "the former", "the third paper", "the last one":
# by date, or by its place in the previous answer (0 the first, -1 the last).
REFERENCE_ORDER = {
    "later": "newest", "newer": "newest", "newest": "newest", "latest": "newest", "more recent": "newest",
    "earlier": "oldest", "older": "oldest", "oldest": "oldest",
    "former": 0, "latter": -1, "first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5,
    "seventh": 6, "eighth": 7, "ninth": 8, "tenth": 9, "last": -1, "final": -1, "penultimate": -2,
    "second-to-last": -2, "second to last": -2, "second last": -2,
}  # fmt: skip
# What an overview calls the groups it lists, and the words a follow-up uses for one ('the second thread', 'theme
# 3', 'the last cluster').
THREAD_NOUNS = ("thread", "theme", "topic", "group", "cluster", "area", "direction", "strand")
# Words that may stand between the place and the thread's noun ('the second research area', 'the first main theme').
THREAD_QUALIFIERS = ("research", "main", "big", "major")
# A span back from today ('in the past two years', 'over the last 6 months'): the words that open it and its units.
SPAN_BACK_WORDS = ("past", "last", "previous", "recent", "preceding")
SPAN_UNITS = ("year", "month", "week", "day")
# A paper's age ('older than a year', 'more than six months ago', 'less than a year old', 'newer than 3 months'):
# the words that say it is older, or newer, than the span that follows. 'more than', 'over', 'less than' … date
# papers only with 'ago' or 'old' after the span ('more than two years of data' is no date).
AGE_OLDER = ("older than", "more than", "over", "at least", "upwards of")
AGE_NEWER = ("newer than", "younger than", "less than", "under", "fewer than", "no more than")
AGE_CUES_ALONE = ("older than", "newer than", "younger than")
# What stands before such a span when it dates the papers ('posted in the past two years', 'from the last six
# months'; not 'the past 3 years of satellite data', 'the last two layers').
SPAN_CONTEXT = (
    "in", "from", "over", "during", "within", "for", "since", "throughout", "posted", "published", "released",
    "appeared", "submitted", "written", "out", "of", "about", "only", "just", "and",
)  # fmt: skip
# "shares its posting date with X", "the same category as X": a filter taken from a named paper's record.
SAME_FIELD = {
    "date": ("posting date", "date", "day", "release date", "publication date"),
    "month": ("month",),
    "year": ("year",),
    "category": ("category", "arxiv category", "field"),
}


# The words a question is built from (asking, metadata, kinds of detail): a misspelled one ('wich', 'pasted in
# Aoril', 'odest', 'autors') hides what is asked, so it is put right before anything else reads the question (a word
# of the collection or of English is never touched).
QUESTION_WORDS = frozenset(
    WH_WORDS | AUX_VERBS | REQUEST_VERBS | PAPER_NOUNS | AUTHOR_NOUNS | AUTHORING_VERBS | DATE_NOUNS | PUBLISH_VERBS
    | CATEGORY_NOUNS | AFFILIATION_NOUNS | CODE_NOUNS | METADATA_WORDS | set(ORDER_WORDS) | set(MONTHS)
    | {w for words in DETAIL_KINDS.values() for w in words if w.isalpha()}
    | {w for names in CATEGORIES.values() for name in names for w in name.split() if w.isalpha() and len(w) > 3}
    | {"there", "their", "the", "and", "about", "with", "among", "between", "under", "from", "after", "before",
       "since", "during", "presented", "accepted", "appear", "having", "categorized", "categorised", "classified",
       "tagged", "labeled", "labelled"}
)  # fmt: skip
