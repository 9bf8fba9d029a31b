"""Short picks and references back: "the second one", "the other one", "both", "healthcare sounds good"."""
from typing import List, Optional

from careerbot.conversation.compare import describe_several
from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.describe import describe
from careerbot.conversation.quiz import choice_from_text, handle_quiz_answer
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.conversation.understand import Subject, understand
from careerbot.kb.model import KnowledgeBase
from careerbot.matching import rank_clusters, top_matches
from careerbot.state import ExplorationState


def _picked_by_words(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> Optional[Subject]:
    """"the tech one", "hmm the animal one": the offered option the student's words point to."""
    offered = [(o[0], o[1]) for o in state.offered if kb.get(*o) is not None]
    if not offered:
        return None
    index = choice_from_text(turn.text, len(offered))
    if index is not None:
        return offered[index]
    signals = [[m.label, m.value, m.text] for m in turn.mentions
               if m.label in ("interest", "occupation", "sub_cluster", "cluster", "pathway")]
    for match in top_matches(rank_clusters(kb, signals), 3):
        for sub in match.sub_clusters:
            if ("sub_cluster", sub) in offered:
                return "sub_cluster", sub
        for option in offered:
            if kb.related(option, ("cluster", match.cluster_id)):
                return option
    named = understand(kb, state, turn).named
    return next((o for o in offered for n in named if kb.related(o, n)), None)


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
            return [text_message("Which one? Tap it below.",
                                 [button(kb.name_of(*o), "ask_about", **{o[0]: o[1]}) for o in options[:8]])]
        return [text_message("Which one do you mean? Tell me its name, or pick an area:", grouping_buttons(kb))]
    if len(picks) == 1:
        return describe(kb, state, picks[0][0], picks[0][1], turn)
    return describe_several(kb, state, picks)
