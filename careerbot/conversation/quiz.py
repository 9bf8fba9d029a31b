"""The interest quiz for students who don't know what they like."""
from typing import List

from careerbot.conversation.context import handle_nlu_fallback
from careerbot.conversation.describe import describe
from careerbot.conversation.housekeeping import handle_help
from careerbot.conversation.interests import suggest_clusters
from careerbot.conversation.picks import choice_from_turn
from careerbot.conversation.turns import Message, button, text_message
from careerbot.i18n import t


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
