"""The interest quiz for students who don't know what they like."""
import re
from typing import List, Optional, Sequence

from careerbot.conversation.context import handle_nlu_fallback
from careerbot.conversation.describe import describe
from careerbot.conversation.housekeeping import handle_help
from careerbot.conversation.interests import suggest_clusters
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.i18n import t
from careerbot.kb.model import fold
from careerbot.text import ALL_STOP_WORDS


def quiz_question(kb, state) -> List[Message]:
    questions = kb.framework.quiz
    step = state.quiz["step"]
    question = questions[step]
    buttons = [button(option.label, "quiz_answer", quiz_choice=str(i)) for i, option in enumerate(question.options)]
    return [text_message(t("Question {number} of {total}: {question}", number=step + 1, total=len(questions),
                           question=question.question), buttons)]


def handle_request_quiz(kb, state, turn):
    if not kb.framework or not kb.framework.quiz:
        return handle_help(kb, state, turn)
    state.quiz = {"step": 0, "answers": []}
    intro = text_message(t("Let's find out what you might like! Pick the answer that fits you best. "
                           "There are no wrong answers."))
    return [intro] + quiz_question(kb, state)


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
    index = choice_from_text(turn.text, count)
    if index is not None:
        return index
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


def handle_quiz_answer(kb, state, turn):
    if not state.quiz or not kb.framework:
        if state.offered:
            labels = [kb.name_of(*o) if kb.get(*o) is not None else "" for o in state.offered]
            index = turn.quiz_choice if turn.quiz_choice is not None else choice_from_turn(turn, labels)
            if index is not None and index < len(state.offered):
                kind, item_id = state.offered[index]
                if kb.get(kind, item_id) is not None:
                    return describe(kb, state, kind, item_id, turn)
        return handle_nlu_fallback(kb, state, turn)
    question = kb.framework.quiz[state.quiz["step"]]
    index = turn.quiz_choice if turn.quiz_choice is not None else choice_from_turn(
        turn, [option.label for option in question.options])
    if index is None or not 0 <= index < len(question.options):
        return [text_message(t("Pick one of the buttons, or type its number."))] + quiz_question(kb, state)
    state.quiz["answers"].append(index)
    for cluster_id in question.options[index].clusters:
        state.add_signal("cluster", cluster_id, question.options[index].label, from_quiz=True)
    state.quiz["step"] += 1
    if state.quiz["step"] < len(kb.framework.quiz):
        return quiz_question(kb, state)
    state.quiz = None
    return suggest_clusters(kb, state, after_quiz=True)
