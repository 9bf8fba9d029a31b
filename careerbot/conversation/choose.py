"""Short picks and references back: "the second one", "the other one", "both", "healthcare sounds good"."""
from typing import List, Optional

from careerbot.conversation.compare import describe_several
from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.describe import describe
from careerbot.conversation.picks import choice_from_turn
from careerbot.conversation.quiz import handle_quiz_answer
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.conversation.understand import Subject, option_by_words, understand
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState


def _picked_by_words(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> Optional[Subject]:
    """"the 2nd", "the tech one", "ag": the offered option the student's words point to."""
    offered = [(o[0], o[1]) for o in state.offered if kb.get(*o) is not None]
    index = choice_from_turn(turn, [kb.name_of(*o) for o in offered]) if offered else None
    if index is not None:
        return offered[index]
    return option_by_words(kb, state, turn)


def handle_choose_option(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    if state.quiz:
        return handle_quiz_answer(kb, state, turn)
    picks = list(understand(kb, state, turn).subjects)
    if not picks:
        picked = _picked_by_words(kb, state, turn)
        picks = [picked] if picked else []
    if not picks:
        options = [o for o in state.offered if kb.get(*o) is not None]
        if options:
            return [text_message(t("Which one? Tap it below."),
                                 [button(kb.name_of(*o), "ask_about", **{o[0]: o[1]}) for o in options[:8]])]
        return [text_message(t("Which one do you mean? Tell me its name, or pick an area:"), grouping_buttons(kb))]
    if len(picks) == 1:
        return describe(kb, state, picks[0][0], picks[0][1], turn)
    return describe_several(kb, state, picks)
