"""Finding the entry, and the sentences of it, that answer a question in the student's own words.

Dual-enrollment topics and framework concepts are picked by their staff-edited keywords first (a
specific topic beats a generic one), then by the words they share with the question; a long
answer is cut to the sentences that share most words with the question.
"""
import re
from typing import Dict, Iterable, List, Optional, Sequence, Set

from careerbot.kb.model import fold
from careerbot.text import GENERIC_WORDS, STOP_WORDS, lemma

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
    "hour": {"hour", "week", "long"},
}
MIN_SHARED = 1
# Short words careerbot.text's stop list leaves out (it only needs words of four letters or more).
SHORT_STOP_WORDS = set("""the and for can get got you are was how who why its not but any all has had her his
him our out she too use way did does did let may yes yet own one two via per own see say said put lot bit""".split())


def content_words(text: str) -> List[str]:
    return [lemma(w) for w in fold(text).split()
            if len(w) > 2 and w not in STOP_WORDS and w not in SHORT_STOP_WORDS and w not in GENERIC_WORDS]


def _expanded(words: Iterable[str]) -> Set[str]:
    found = set(words)
    for word in list(found):
        found |= QUESTION_WORDS.get(word, set())
    return found


def pick_topic(topics, text: str, generic: Sequence[str] = (), ignore: Iterable[str] = ()):
    """The topic whose keywords match the question; a specific topic beats a generic one. Without a
    keyword match, the topic sharing most words with the question (title, keywords and answer)."""
    folded = " %s " % fold(text)
    best, best_rank = None, None
    for topic in sorted(topics, key=lambda t: t.id):
        lengths = [len(fold(k)) for k in topic.keywords if fold(k) and " %s " % fold(k) in folded]
        if lengths:
            rank = (topic.id not in generic, max(lengths))
            if best_rank is None or rank > best_rank:
                best, best_rank = topic, rank
    if best is not None and best.id not in generic:
        return best
    asked = _expanded(content_words(text)) - {lemma(w) for i in ignore for w in fold(i).split()}
    scored = []
    for topic in sorted(topics, key=lambda t: t.id):
        words = set(content_words(" ".join([topic.title, " ".join(topic.keywords), topic.answer])))
        shared = len(asked & words)
        if shared >= MIN_SHARED and topic.id not in generic:
            scored.append((-shared, topic.id, topic))
    return min(scored)[2] if scored else best


def sentences(text: str) -> List[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]


def answer_sentences(text: str, question: str, keep: int = 2, ignore: str = "") -> Optional[str]:
    """The sentences of a text that answer the question best, in their original order, or None
    when the question shares no word with any sentence (words of `ignore`, such as the name of
    the thing asked about, don't count)."""
    asked = _expanded(content_words(question)) - set(content_words(ignore))
    parts = sentences(text)
    scores = [len(asked & set(content_words(s))) for s in parts]
    ranked = sorted(range(len(parts)), key=lambda i: (-scores[i], i))[:keep]
    if not ranked or scores[ranked[0]] == 0:
        return None
    return " ".join(parts[i] for i in sorted(ranked) if scores[i] > 0)
