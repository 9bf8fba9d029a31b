"""Short answers to the bot's own question: "yes", "sure", "no thanks"."""
from typing import List

from careerbot.conversation.context import next_step_buttons
from careerbot.conversation.describe import describe
from careerbot.conversation.housekeeping import handle_help
from careerbot.conversation.quiz import quiz_question
from careerbot.conversation.turns import Message, Turn, text_message
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState


def handle_affirm(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    if state.quiz:
        return quiz_question(kb, state)
    if state.focus and kb.get(*state.focus) is not None:
        return describe(kb, state, state.focus[0], state.focus[1], turn)
    return handle_help(kb, state, turn)


def handle_deny(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    return [text_message(t("No problem! What else would you like to explore?"), next_step_buttons(kb, state))]
