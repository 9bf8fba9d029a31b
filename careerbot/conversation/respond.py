"""One turn in, the reply out: which handler answers which intent."""
from typing import Callable, Dict, List

from careerbot.conversation.context import handle_fallback, next_step_buttons
from careerbot.conversation.describe import describe
from careerbot.conversation.dual_enrollment import handle_ask_dual_enrollment
from careerbot.conversation.framework import handle_ask_crosswalk, handle_ask_framework
from careerbot.conversation.housekeeping import (
    handle_ask_summary,
    handle_bot_challenge,
    handle_empty_input,
    handle_goodbye,
    handle_greet,
    handle_help,
    handle_inform_grade,
    handle_out_of_scope,
    handle_restart,
    handle_thank,
)
from careerbot.conversation.interests import handle_ask_about, handle_share_interest, handle_something_else
from careerbot.conversation.pathways import (
    handle_ask_careers,
    handle_ask_courses,
    handle_ask_credentials,
    handle_ask_work_based_learning,
)
from careerbot.conversation.quiz import handle_quiz_answer, handle_request_quiz, quiz_question
from careerbot.conversation.turns import Message, Turn, text_message
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState


def handle_affirm(kb, state, turn):
    if state.quiz:
        return quiz_question(kb, state)
    if state.focus and kb.get(*state.focus) is not None:
        return describe(kb, state, state.focus[0], state.focus[1], turn)
    return handle_help(kb, state, turn)


def rescued_intent(turn: Turn) -> str:
    """A message classified as off-topic or unclear that clearly names careers is answered as such.

    Only whole knowledge-base terms count (a job, a cluster, a full interest phrase), not single
    words taken out of longer phrases, so "who won the game" stays out of scope.
    """
    if turn.intent not in ("out_of_scope", "nlu_fallback"):
        return turn.intent
    if turn.first("credential", "occupation", "sub_cluster", "cluster", "grouping", "old_cluster"):
        return "ask_about"
    if any(m.label == "interest" and not m.value.startswith("~") for m in turn.mentions):
        return "share_interest"
    return turn.intent


HANDLERS: Dict[str, Callable] = {
    "greet": handle_greet, "help": handle_help, "bot_challenge": handle_bot_challenge, "goodbye": handle_goodbye,
    "thank": handle_thank, "start_over": handle_restart, "out_of_scope": handle_out_of_scope,
    "nlu_fallback": handle_fallback, "empty_input": handle_empty_input, "share_interest": handle_share_interest, "something_else": handle_something_else,
    "ask_about": handle_ask_about, "ask_careers": handle_ask_careers, "ask_courses": handle_ask_courses,
    "ask_dual_enrollment": handle_ask_dual_enrollment, "ask_credentials": handle_ask_credentials,
    "ask_work_based_learning": handle_ask_work_based_learning, "ask_framework": handle_ask_framework,
    "ask_crosswalk": handle_ask_crosswalk, "inform_grade": handle_inform_grade, "ask_summary": handle_ask_summary,
    "request_quiz": handle_request_quiz, "quiz_answer": handle_quiz_answer,
}


def respond(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """The reply to one turn. Unknown intents get the fallback; a truncated message gets a note."""
    grade = turn.first("grade")
    if grade and grade.value.isdigit() and 6 <= int(grade.value) <= 12 and turn.intent != "inform_grade":
        state.grade = int(grade.value)
    if turn.intent == "affirm":
        messages = handle_affirm(kb, state, turn)
    elif turn.intent == "deny":
        messages = [text_message("No problem! What else would you like to explore?", next_step_buttons(kb, state))]
    else:
        messages = HANDLERS.get(rescued_intent(turn), handle_fallback)(kb, state, turn)
    if turn.truncated:
        messages.insert(0, text_message("That was a long message, so I only read the first part."))
    return messages
