"""Finding the entry, and the sentences of it, that answer a question in the student's own words.

Dual-enrollment topics and framework concepts are picked by their staff-edited keywords first (a
specific topic beats a generic one), then by the words they share with the question; a long
answer is cut to the sentences that share most words with the question.
"""
import re
from typing import Dict, Iterable, List, Optional, Sequence, Set

from careerbot.i18n import current_language
from careerbot.kb.model import fold
from careerbot.text import GENERIC_WORDS, SPANISH_STOP_WORDS, STOP_WORDS, lemma

# Everyday words people ask with, mapped to the words the knowledge base answers with.
QUESTION_WORDS: Dict[str, Set[str]] = {
    "pay": {"paid", "pay", "money", "cost", "free", "fee", "tuition", "price", "wage"},
    "paid": {"paid", "pay", "money", "wage"},
    "earn": {"paid", "pay", "money", "wage", "earn"},
    "money": {"paid", "pay", "money", "wage", "earn", "cost", "free"},
    "cost": {"cost", "free", "fee", "tuition", "pay", "money", "price"},
    "old": {"age", "old", "grade", "year", "least", "must"},
    "age": {"age", "old", "grade", "year", "least", "must"},
    "young": {"age", "old", "grade", "middle"},
    "allow": {"eligible", "eligibility", "requirement", "qualify", "rule"},
    "requirement": {"eligible", "requirement", "qualify", "gpa", "test"},
    "test": {"test", "placement", "exam"},
    "count": {"credit", "transfer", "count"},
    "transfer": {"transfer", "credit", "college", "count"},
    "start": {"start", "sign", "counselor", "deadline", "ask"},
    "sign": {"sign", "start", "deadline", "form"},
    "find": {"find", "counselor", "employer", "ask", "school", "help", "set"},
    "grade": {"grade", "gpa", "transcript", "record"},
    "fail": {"grade", "transcript", "gpa", "permanent"},
    "long": {"year", "hour", "week", "month", "long"},
    "freshman": {"grade", "eligible", "eligibility"}, "sophomore": {"grade", "eligible", "eligibility"},
    "junior": {"grade", "eligible", "eligibility"}, "senior": {"grade", "eligible", "eligibility"},
    "need": {"requirement", "eligible", "qualify"}, "gpa": {"gpa", "grade", "average"},
    "hour": {"hour", "week", "long"},
}
MIN_SCORE = 0.5   # one word only this topic and one other use, or any keyword
# Short words careerbot.text's stop list leaves out (it only needs words of four letters or more).
SHORT_STOP_WORDS = set("""the and for can get got you are was how who why its not but any all has had her his
him our out she too use way did does did let may yes yet own one two via per own see say said put lot bit""".split())
# Short Spanish words careerbot.text's Spanish stop list leaves out.
SHORT_SPANISH_STOP_WORDS = set("""que una uno las los del con por son sus hay mas muy ser les nos esa ese eso era
fue han sin tan hoy asi""".split())
# Words that ask what a thing is rather than something about it ("tell me about internships").
WHAT_IS_WORDS = set("""tell info information explain describe mean meaning means know definition define
hablame dime cuentame explicame explica significa significado informacion saber conocer definicion""".split())
QUESTION_VOCABULARY = set(QUESTION_WORDS) | {word for words in QUESTION_WORDS.values() for word in words}


def content_words(text: str) -> List[str]:
    return [lemma(w) for w in fold(text).split()
            if len(w) > 2 and w not in STOP_WORDS and w not in SHORT_STOP_WORDS and w not in GENERIC_WORDS]


def _expanded(words: Iterable[str]) -> Set[str]:
    found = set(words)
    for word in list(found):
        found |= QUESTION_WORDS.get(word, set())
    return found


def _weighted(words: Iterable[str]) -> Dict[str, float]:
    """The question's words (weight 1) and the words they stand for (weight 0.5)."""
    said = set(words)
    weights = {w: 0.5 for w in _expanded(said)}
    weights.update({w: 1.0 for w in said})
    return weights


TINY_FUNCTION_WORDS = set("i a an is it do so if or to of in on at my me we be he us".split())


def _phrase_weight(phrase: str) -> float:
    """A keyword found in the question: longer ones count more, but one made only of function words
    ("should i", "why") names no topic by itself and counts half, less than "ap" or "cost"."""
    words = phrase.split()
    if all(w in TINY_FUNCTION_WORDS or w in STOP_WORDS or w in SHORT_STOP_WORDS or w in SHORT_SPANISH_STOP_WORDS
           for w in words):
        return 0.5
    return 1.0 + 0.5 * (len(words) - 1)


def pick_topic(topics, text: str, generic: Sequence[str] = (), ignore: Iterable[str] = (), comparing: bool = False):
    """The topic that answers the question. Staff-edited keywords found in the question count most
    (longer ones more); then the words the question shares with each topic's title, keywords and
    answer, each weighted by how few topics use it. A specific topic beats a generic one ("what is
    dual enrollment"), which answers only when nothing specific does. In a comparison ("AP or
    dual enrollment?") the keywords, which name what a topic compares, count double."""
    topics = sorted(topics, key=lambda t: t.id)
    folded = " %s " % fold(text)
    ignored = {lemma(w) for phrase in ignore for w in fold(phrase).split()}
    asked = {w: weight for w, weight in _weighted(content_words(text)).items() if w not in ignored}
    vocabularies = {t.id: set(content_words(" ".join([t.title, " ".join(t.keywords), t.answer]))) for t in topics}
    used_by: Dict[str, int] = {}
    for words in vocabularies.values():
        for word in words:
            used_by[word] = used_by.get(word, 0) + 1
    best, best_score = None, 0.0
    generic_hit = None
    for topic in topics:
        phrases = [fold(k) for k in topic.keywords if fold(k) and " %s " % fold(k) in folded]
        if topic.id in generic:
            generic_hit = generic_hit or (topic if phrases else None)
            continue
        score = sum(_phrase_weight(p) for p in phrases) * (2.0 if comparing else 1.0)
        score += sum(asked[w] / used_by[w] for w in asked.keys() & vocabularies[topic.id])
        if score > best_score:
            best, best_score = topic, score
    if best is not None and best_score >= MIN_SCORE:
        return best
    return generic_hit


def sentences(text: str) -> List[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def _answer_words(text: str, keep_what_is: bool = True) -> List[str]:
    """The content words of a question or of a sentence of the answer, in the conversation's language
    (Spanish function words don't count in Spanish); without `keep_what_is`, words like "tell" or "dime"
    are left out too."""
    spanish = current_language() == "es"
    return [lemma(w) for w in fold(text).split()
            if len(w) > 2 and w not in STOP_WORDS and w not in SHORT_STOP_WORDS and w not in GENERIC_WORDS
            and not (spanish and (w in SPANISH_STOP_WORDS or w in SHORT_SPANISH_STOP_WORDS))
            and (keep_what_is or w not in WHAT_IS_WORDS)]


def _ignored(names: str) -> Set[str]:
    """The words of a thing's names, except words a question asks with ("paid" in "paid internship")."""
    return set(_answer_words(names)) - QUESTION_VOCABULARY


def asks_in_particular(question: str, names: str = "") -> bool:
    """Whether a question about a thing asks something in particular ("are internships paid?",
    "how do I find one?") rather than what it is ("what is an internship", "tell me about them")."""
    return bool(set(_answer_words(question, keep_what_is=False)) - _ignored(names))


def answer_sentences(text: str, question: str, keep: int = 2, ignore: str = "") -> Optional[str]:
    """The sentences of a text that answer the question best, in their original order, or None
    when the question shares no word with any sentence (words of `ignore`, such as the names of
    the thing asked about, don't count, unless they are words a question asks with)."""
    asked = _expanded(_answer_words(question)) - _ignored(ignore)
    parts = sentences(text)
    scores = [len(asked & set(_answer_words(s))) for s in parts]
    ranked = sorted(range(len(parts)), key=lambda i: (-scores[i], i))[:keep]
    if not ranked or scores[ranked[0]] == 0:
        return None
    return " ".join(parts[i] for i in sorted(ranked) if scores[i] > 0)
