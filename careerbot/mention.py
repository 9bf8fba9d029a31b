"""A knowledge-base term (or grade, topic, flag) found in a student's message."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Mention:
    label: str      # entity label: a kind of knowledge (careerbot.kb.kinds), "interest", "grade", ...
    value: str      # knowledge-base id (for interests: the folded keyword)
    text: str       # the words the student typed
    start: int = 0  # character offsets in the original text, when known
    end: int = 0
