"""Finds knowledge-base terms in what a student types, and returns them as knowledge-base ids.

The spaCy pipeline is built from `spacy.blank("en")` (no downloaded model):
  tokenizer -> `careerbot_norm` (lowercase, light lemma, spelling correction towards the
  knowledge-base vocabulary) -> a PhraseMatcher on NORM whose patterns are generated from the
  knowledge base (names, aliases, interest keywords). Matches may overlap; the longest win,
  and one span can carry several labels (e.g. "information technology" is both an old
  cluster and an alias of Digital Technology).
"""
import hashlib
import re
import threading
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple, cast

import spacy
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH_STOP_WORDS
from spacy.lang.es.stop_words import STOP_WORDS as SPANISH_STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc
from symspellpy import SymSpell, Verbosity

from careerbot import lexicon
from careerbot.kb import kinds
from careerbot.kb.localize import in_all_languages, translations
from careerbot.kb.model import KnowledgeBase, fold, strip_accents
from careerbot.mention import Mention
from careerbot.text import (
    EVERYDAY_NAME_WORDS,
    GENERIC_WORDS,
    SLANG,
    frequent_words,
    job_title_heads,
    keyword_words,
    lemma,
    light_lemma,
    spanish_job_title_heads,
    tech_short_forms,
)

STOP_WORDS = set(ENGLISH_STOP_WORDS) | {strip_accents(w) for w in SPANISH_STOP_WORDS}
LABELS = kinds.NAMED + ("interest",) + lexicon.LABELS
JOB_NOUN = "occupation~"   # internal label of job nouns taken from titles; explicit aliases beat them


class SpellingCorrector:
    """Maps a misspelled word to a vocabulary word one edit away (two for long words).

    symspellpy (symmetric delete) replaced a hand-written version of the same idea: on 4,914
    generated typos of knowledge-base words it restored 94.9% against 93.4%, mis-corrected 98
    against 174, and was 3x faster per word and 6x faster to build (measured once, November 2026).
    """

    TYPO_ODDS = 3.0   # a frequent word is a typo only of a word about 20 times more frequent (log scale)

    def __init__(self, vocabulary: Iterable[str], known_words: Iterable[str], frequencies: Dict[str, float]):
        self.vocabulary = {w for w in vocabulary if w.isalpha() and len(w) >= 5}
        self.known = set(known_words) | set(STOP_WORDS)
        self.frequencies = frequencies
        self._symspell = SymSpell(max_dictionary_edit_distance=2, prefix_length=20)
        for word in sorted(self.vocabulary):
            self._symspell.create_dictionary_entry(word, 1)
        self.cache: Dict[str, str] = {}

    @staticmethod
    def _max_distance(word: str) -> int:
        return 2 if len(word) >= 9 else 1

    def correct(self, word: str) -> str:
        if word in self.vocabulary or word in self.known or len(word) < 5 or not word.isalpha():
            return word
        if word not in self.cache:
            found = self._symspell.lookup(word, Verbosity.TOP, max_edit_distance=self._max_distance(word),
                                          transfer_casing=False)
            best = found[0].term if found else word
            if word in self.frequencies and \
                    self.frequencies.get(best, -100.0) - self.frequencies[word] < self.TYPO_ODDS:
                best = word
            self.cache[word] = best
        return self.cache[word]


NORMALISER = "careerbot_norm"
# Opaque tokens standing in for named knowledge-base terms (share no letters-in-a-row with words).
PLACEHOLDERS = {kind: "xq%sqx" % "abcdefghijklmnop"[index] for index, kind in enumerate(kinds.NAMED)}


class _Normaliser:
    """Sets each token's NORM to the form patterns are matched on: slang expanded, spelling
    corrected towards the knowledge-base vocabulary, then its dictionary lemma, so "owning a
    company", "own companies" and "ownin a compnay" all read "own a company"."""

    corrector: Optional[SpellingCorrector] = None

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            word = SLANG.get(token.lower_, token.lower_)
            if self.corrector:
                corrected = self.corrector.correct(word)
                # "clsuters": the plural is two edits from "cluster", its lemma only one
                word = corrected if corrected != word else self.corrector.correct(lemma(word))
            token.norm_ = lemma(word)
        return doc


@Language.factory(NORMALISER)
def _make_normaliser(nlp: Language, name: str) -> _Normaliser:
    return _Normaliser()


class TermFinder:
    """A spaCy pipeline recognising the terms of one knowledge-base version."""

    def __init__(self, kb: KnowledgeBase):
        self.version = kb.version
        terms = list(knowledge_terms(kb))
        words = {t for label, text, value in terms for t in fold(text).split()
                 if not (label == "cue" and value in lexicon.ANSWER_CUES)}
        vocabulary = words | {lemma(w) for w in words}
        self.corrector = SpellingCorrector(vocabulary, _known_words(kb), frequent_words())
        self.nlp = spacy.blank("en")
        cast(_Normaliser, self.nlp.add_pipe(NORMALISER)).corrector = self.corrector
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="NORM")
        patterns: Dict[Tuple[str, str], List[Doc]] = {}
        texts = [fold(text) for _, text, _ in terms]
        for (label, _, value), doc in zip(terms, self.nlp.pipe(texts), strict=True):
            if len(doc):
                patterns.setdefault((label, value), []).append(doc)
        self.keys: Dict[int, Tuple[str, str]] = {}
        for (label, value), docs in sorted(patterns.items()):
            key = "%s|%s" % (label, value)
            self.keys[self.nlp.vocab.strings.add(key)] = (label, value)
            self.matcher.add(key, docs)
        self.loose = _loose_keyword_matcher(self.nlp, kb, self.keys)
        self.job_parents = {o.id: (o.sub_cluster, o.cluster) for o in kb.occupations.values()}

    def find(self, text: str) -> List[Mention]:
        return self.find_and_mask(text)[0]

    def find_and_mask(self, text: str) -> Tuple[List[Mention], str]:
        """The terms in a message, and the message with each named knowledge-base term replaced by
        its kind's placeholder ("what sub clusters does agriculture have" -> "... does xqdqx have"),
        so the intent classifier learns the question, not the names (and new names need no training)."""
        doc = self.nlp(_strip_punctuation(text))
        spans = []
        for match_id, start, end in self.matcher(doc):
            label, value = self.keys[match_id]
            if label not in lexicon.LABELS and _is_weak(doc[start:end]):   # "both", "first" are meant
                continue
            spans.append((start, end, label, value))
        mentions = _without_ambiguous_jobs(_longest(doc, spans), self.job_parents)
        mentions = _with_loose_keywords(doc, mentions, self.loose, self.keys)
        masked, cursor = [], 0
        for mention in mentions:
            if mention.label in PLACEHOLDERS and mention.start >= cursor:
                masked.append(doc.text[cursor:mention.start] + PLACEHOLDERS[mention.label])
                cursor = mention.end
        masked.append(doc.text[cursor:])
        return mentions, "".join(masked)


LOOSE_KEPT_WORDS = {"own"}   # a stop word, but "own ... shop" is what makes a keyword about owning one


def _loose_keyword_matcher(nlp: Language, kb: KnowledgeBase, keys: Dict[int, Tuple[str, str]]) -> Matcher:
    """Two-word interest keywords with up to two words between them: "owning a company" also
    matches "own my own construction company", "making ads" matches "make the ads"."""
    matcher = Matcher(nlp.vocab)
    for keyword in sorted({k for item in _keyword_sources(kb) for k in in_all_languages(item, "interest_keywords")}):
        words = [w for w in nlp(fold(keyword)) if w.lower_ not in STOP_WORDS or w.lower_ in LOOSE_KEPT_WORDS]
        if len(words) != 2 or len(fold(keyword).split()) > 3:
            continue
        key = "interest|%s" % fold(keyword)
        keys[nlp.vocab.strings.add(key)] = ("interest", fold(keyword))
        matcher.add(key, [[{"NORM": words[0].norm_}, {"OP": "?"}, {"OP": "?"}, {"NORM": words[1].norm_}]])
    return matcher


def _with_loose_keywords(doc: Doc, mentions: List[Mention], matcher: Matcher,
                         keys: Dict[int, Tuple[str, str]]) -> List[Mention]:
    """Adds loose keyword matches without taking their span from the terms inside them."""
    found = {(m.label, m.value) for m in mentions}
    extra = []
    for match_id, start, end in matcher(doc):
        label, value = keys[match_id]
        if (label, value) not in found:
            found.add((label, value))
            span = doc[start:end]
            extra.append(Mention(label, value, span.text, span.start_char, span.end_char))
    return sorted(mentions + extra, key=lambda m: (m.start, LABELS.index(m.label), m.value))


def _keyword_sources(kb: KnowledgeBase) -> List:
    return list(kb.groupings.values()) + list(kb.clusters.values()) + list(kb.sub_clusters.values())


def _strip_punctuation(text: str) -> str:
    """Like fold() (which shapes the patterns) but keeping case, so "IT" can still be told from "it"."""
    text = strip_accents(text).replace("&", " and ").replace("’", "'")
    return " ".join(re.sub(r"[^A-Za-z0-9+#']+", " ", text).split())


def _is_weak(span) -> bool:
    """Short or everyday words ("it", "ag") only count when written in capitals ("IT")."""
    if len(span) != 1:
        return False
    token = span[0]
    return token.is_alpha and (token.lower_ in STOP_WORDS or len(token) <= 2) and not token.is_upper


def _longest(doc: Doc, spans) -> List[Mention]:
    """Keeps the longest matches; a span may keep several labels; result ordered by position."""
    explicit_jobs = {(start, end) for start, end, label, _ in spans if label == "occupation"}
    spans = [(start, end, "occupation" if label == JOB_NOUN else label, value)
             for start, end, label, value in spans
             if not (label == JOB_NOUN and (start, end) in explicit_jobs)]
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0], LABELS.index(s[2]), s[3]))
    taken: List[Tuple[int, int]] = []
    mentions = []
    for start, end, label, value in spans:
        overlaps = [(a, b) for a, b in taken if a < end and start < b]
        if overlaps and overlaps != [(start, end)]:
            continue
        if (start, end) not in taken:
            taken.append((start, end))
        span = doc[start:end]
        mentions.append(Mention(label, value, span.text, span.start_char, span.end_char))
    return sorted(set(mentions), key=lambda m: (m.start, LABELS.index(m.label), m.value))


def _without_ambiguous_jobs(mentions: List[Mention], parents: Dict[str, Tuple[str, str]]) -> List[Mention]:
    """A job word shared by several jobs names none of them. When they all sit in one sub-cluster,
    or one cluster ("teachers"), the word names that; otherwise ("engineering") it is dropped and what
    else the words name (the Engineering sub-cluster, an interest) stays."""
    jobs_at: Dict[Tuple[int, int], List[Mention]] = {}
    for mention in mentions:
        if mention.label == "occupation":
            jobs_at.setdefault((mention.start, mention.end), []).append(mention)
    kept = [m for m in mentions if not (m.label == "occupation" and len(jobs_at[(m.start, m.end)]) > 1)]
    for (start, end), jobs in sorted(jobs_at.items()):
        named_there = any(m.label in ("sub_cluster", "cluster") and (m.start, m.end) == (start, end) for m in kept)
        if len(jobs) < 2 or named_there:
            continue
        for level, kind in ((0, "sub_cluster"), (1, "cluster")):
            shared = {parents[j.value][level] for j in jobs if j.value in parents}
            if len(shared) == 1:
                kept.append(Mention(kind, shared.pop(), jobs[0].text, start, end))
                break
    return sorted(kept, key=lambda m: (m.start, LABELS.index(m.label), m.value))


def knowledge_terms(kb: KnowledgeBase) -> Iterable[Tuple[str, str, str]]:
    """(label, text, value) for every term the NLU must recognise, generated from the knowledge base,
    in English and in every translation staff added (`es:` names, titles, glosses, aliases, keywords)."""
    for kind in kinds.NAMED:
        for item in kb.table(kind).values():
            for name in KnowledgeBase.names_of(item):
                yield kind, name, item.id
            for texts in translations(item):
                for field in TRANSLATED_NAMES:
                    if texts.get(field):
                        yield kind, texts[field], item.id
                for alias in texts.get("aliases") or ():
                    yield kind, alias, item.id
    for occupation in kb.occupations.values():   # "teacher" for "High School Teachers"
        for head in job_title_heads(occupation.title):
            yield JOB_NOUN, head, occupation.id
        for short in tech_short_forms(occupation.title):   # "wind turbine tech"
            yield JOB_NOUN, short, occupation.id
        for texts in translations(occupation):   # "enfermeros" for "Enfermeros registrados"
            for head in spanish_job_title_heads(texts.get("title") or ""):
                yield JOB_NOUN, head, occupation.id
    yield from _name_parts(kb)
    yield from lexicon.lexicon_terms()
    for name in _dual_enrollment_names(kb):   # "PSEO", "early college": names staff keep in the knowledge base
        yield "concept", name, "dual_enrollment"
    for item in _keyword_sources(kb):
        for keyword in in_all_languages(item, "interest_keywords"):
            yield "interest", keyword, fold(keyword)
            for word in keyword_words(keyword):   # a single word of a phrase counts too, less strongly
                yield "interest", word, "~" + light_lemma(word)


# Translated fields that name an item ("gloss" names a cluster in Spanish: "servicios financieros").
TRANSLATED_NAMES = ("name", "title", "gloss")


def _dual_enrollment_names(kb: KnowledgeBase) -> Tuple[str, ...]:
    return tuple(kb.dual_enrollment_other_names) + tuple(kb.dual_enrollment_es.get("other_names") or ())


def _name_parts(kb: KnowledgeBase) -> Iterable[Tuple[str, str, str]]:
    """Parts of compound names as extra terms: "Culinary & Food Services" -> "culinary", "food services".

    A part is only used when no other cluster or sub-cluster name contains it, so it stays unambiguous.
    """
    owners: Dict[str, Set[Tuple[str, str]]] = {}
    for kind in ("cluster", "sub_cluster"):
        for item in kb.table(kind).values():
            parts = re.split(r"\s*(?:,|&|\band\b)\s*", item.name.lower())
            for part in (fold(p) for p in parts if p.strip()):
                single_everyday = " " not in part and (part in EVERYDAY_NAME_WORDS or part in GENERIC_WORDS)
                if len(part) > 3 and part not in STOP_WORDS and part != fold(item.name) and not single_everyday:
                    owners.setdefault(part, set()).add((kind, item.id))
    for part, items in sorted(owners.items()):
        if len(items) == 1:
            kind, item_id = next(iter(items))
            yield kind, part, item_id


def _known_words(kb: KnowledgeBase) -> Set[str]:
    """Ordinary words seen in knowledge-base prose; they are never 'corrected' into terms."""
    words: Set[str] = set()
    for item in list(kb.clusters.values()) + list(kb.sub_clusters.values()) + list(kb.credentials.values()) + \
            list(kb.pathways.values()) + list(kb.dual_enrollment_topics.values()) + list(kb.groupings.values()):
        for attribute in ("description", "purpose", "answer", "preparation"):
            words.update(fold(getattr(item, attribute, "") or "").split())
    words.update(COMMON_WORDS)
    return words


# Everyday words students type that sit one edit away from knowledge-base words.
COMMON_WORDS = """like liked likes love loves want wanna think thing things stuff maybe really people person
about what which where there their these those would could should being doing going making taking
helping help helps working work works playing games learn learning school class classes grade grades
money music sports being outside inside later actually rather animal other others every never always
please thanks hello hey yeah okay sure something anything nothing everything kinda sorta gonna
career careers college course courses credit credits certification certifications""".split()


def training_inputs_digest() -> str:
    """A digest of the code and word lists that decide how training examples are masked."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    sources = [here / "nlp.py", here / "text.py", here / "kb" / "kinds.py", here / "kb" / "localize.py"]
    for path in sources + sorted((here / "lexicon").glob("*.yml")):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


class TermFinderCache:
    """One TermFinder per knowledge-base version, rebuilt when staff edits arrive."""

    def __init__(self):
        self._lock = threading.Lock()
        self._finder = None

    def for_knowledge(self, kb: KnowledgeBase) -> TermFinder:
        with self._lock:
            if self._finder is None or self._finder.version != kb.version:
                self._finder = TermFinder(kb)
            return self._finder
