"""Replies a student reads at a glance: the answer first, about 45 words of text before the buttons,
the rest behind "Tell me more" (kept in `state.more`). One budget for every reply, in both languages."""
from typing import Dict, List, Sequence, Tuple

from careerbot.conversation.turns import button
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

WORDS_SHOWN = 45   # words of text a long reply shows before its buttons; the rest waits behind "Tell me more"
ALL_AT_ONCE = 55   # ...unless the whole reply is about this short anyway
MOST_WORDS = 60    # the ceiling for text shown before the buttons


def more_button() -> Dict:
    return button(t("Tell me more"), "ask_about")


def fit_lines(lines: Sequence[str], budget: int = WORDS_SHOWN, keep: int = 1,
              slack: int = ALL_AT_ONCE - WORDS_SHOWN) -> Tuple[List[str], List[str]]:
    """(the lines read first, the rest for "Tell me more"): all of them when they fit in `budget` + `slack`
    words; else lines in order while they fit in `budget`, the first `keep` always."""
    lines = list(lines)
    if sum(len(line.split()) for line in lines) <= budget + slack:
        return lines, []
    shown: List[str] = []
    total = 0
    for line in lines:
        total += len(line.split())
        if len(shown) >= keep and total > budget:
            break
        shown.append(line)
    while len(shown) > keep and shown[-1].endswith(":"):   # a list's heading goes with its list
        shown.pop()
    return shown, lines[len(shown):]


# A reply in parts: (text, role, separator before it). A reply short enough is shown whole, but for
# its CUT_ONLY parts. A longer one shows its ANSWER and CUT_ONLY parts and the EXTRA parts that still
# fit; its other EXTRA parts and its LATER parts wait, in order, behind "Tell me more".
Part = Tuple[str, str, str]
ANSWER = "answer"        # answers the question: always shown
EXTRA = "extra"          # shown while there is room
LATER = "later"          # shown when the whole reply is short, else behind "Tell me more"
CUT_ONLY = "cut only"    # shown only when the reply is cut (the careers' names, when their details wait)


def words(text: str) -> int:
    return len(text.split())


def reading_words(kb: KnowledgeBase, state: ExplorationState, text: str) -> int:
    """The words a student reads in `text`, counting the Spanish gloss respond() adds after a
    framework name the conversation has not shown yet."""
    glossary: Dict[str, str] = getattr(kb, "glossary", None) or {}
    return words(text) + sum(words(gloss) for name, gloss in glossary.items()
                             if name not in state.glossed and name in text)


def fit_reply(kb: KnowledgeBase, state: ExplorationState, parts: Sequence[Part],
              limit: int = WORDS_SHOWN) -> Tuple[str, bool]:
    """The text to show now and whether some of it waits behind "Tell me more" (in `state.more`).
    A reply within `limit` words, or a little over (ALL_AT_ONCE - WORDS_SHOWN), is shown whole."""
    parts = [part for part in parts if part[0]]
    whole = [part for part in parts if part[1] != CUT_ONLY]
    if reading_words(kb, state, _joined(whole)) <= limit + ALL_AT_ONCE - WORDS_SHOWN:
        return _joined(whole), False
    used = reading_words(kb, state, _joined([part for part in parts if part[1] in (ANSWER, CUT_ONLY)]))
    shown: List[Part] = []
    later: List[Part] = []
    for part in parts:
        text, role, _ = part
        if role in (ANSWER, CUT_ONLY):
            shown.append(part)
        elif role == EXTRA and used + reading_words(kb, state, text) <= limit:
            used += reading_words(kb, state, text)
            shown.append(part)
        else:
            later.append(part)
    if not later:
        return _joined(shown), False
    state.more = _joined(later)
    return _joined(shown), True


def _joined(parts: Sequence[Part]) -> str:
    text = ""
    for number, (part, _, separator) in enumerate(parts):
        text += (separator if number else "") + part
    return text
