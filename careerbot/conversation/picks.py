"""Which of the options on screen a typed answer picks: by position ("the second one", "la 2", "b"),
or by the words of one option's label ("the bike one", "arte o musica")."""
import re
from typing import Optional, Sequence

from careerbot.conversation.turns import Turn
from careerbot.kb.model import fold
from careerbot.text import ALL_STOP_WORDS

ORDINALS = {"first": 0, "1": 0, "one": 0, "a": 0, "second": 1, "2": 1, "two": 1, "b": 1, "third": 2, "3": 2,
            "three": 2, "c": 2, "fourth": 3, "4": 3, "four": 3, "d": 3, "fifth": 4, "5": 4, "five": 4, "e": 4}
# The lexicon's references back (careerbot/lexicon/<lang>.yml: "the second one", "la segunda") as positions.
REFERENCE_POSITIONS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def choice_from_turn(turn: Turn, labels: Sequence[str]) -> Optional[int]:
    """Which of the options (their labels, in order) a typed answer picks: "the second one", "la
    primera", "3", "b", or words of one option's label ("the bike one", "arreglar la bici")."""
    count = len(labels)
    for mention in turn.mentions:
        if mention.label == "reference":
            if mention.value == "last" and count:
                return count - 1
            if mention.value in REFERENCE_POSITIONS:
                index = REFERENCE_POSITIONS[mention.value]
                return index if index < count else None
    by_text = choice_from_text(turn.text, count)
    if by_text is not None:
        return by_text
    said = {w for w in fold(turn.text).split() if len(w) >= 4 and w not in ALL_STOP_WORDS}
    matching = [i for i, label in enumerate(labels) if said & set(fold(label).split())]
    return matching[0] if len(matching) == 1 else None


def choice_from_text(text: str, count: int) -> Optional[int]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    if "last" in words and count:
        return count - 1
    for word in words:
        if word in ORDINALS and (word not in ("a", "one") or len(words) <= 3):
            return ORDINALS[word] if ORDINALS[word] < count else None
    return None
