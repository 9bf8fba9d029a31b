"""What is under discussion: focus, follow-up targets, shared buttons and topic matching."""
import re
from typing import Dict, List, Optional, Sequence, Tuple

from careerbot import grades
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.conversation.understand import cue_signals, understand
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.state import ExplorationState


def quiz_button() -> Dict:
    return button(t("Take a quick quiz"), "request_quiz")


def classes_button() -> Dict:
    return button(t("What classes?"), "ask_courses")


def credentials_button() -> Dict:
    return button(t("Certifications"), "ask_credentials")


def next_step_buttons(kb: KnowledgeBase, state: ExplorationState) -> List[Dict]:
    """The usual follow-ups for whatever is in focus."""
    if not state.focus:
        return grouping_buttons(kb) + [quiz_button()]
    buttons = [classes_button(), credentials_button()]
    if not grades.is_middle_school(state.grade):
        buttons.append(button(t("College credit"), "ask_dual_enrollment"))
    buttons.append(button(t("Internships & more"), "ask_work_based_learning"))
    return buttons


def grouping_buttons(kb: KnowledgeBase) -> List[Dict]:
    ordered = sorted(kb.groupings.values(), key=lambda g: (g.cross_cutting, fold(g.name)))
    return [button(g.name, "ask_about", grouping=g.id) for g in ordered]


def focus_cluster(kb: KnowledgeBase, state: ExplorationState) -> Optional[str]:
    """The cluster behind whatever is in focus."""
    if not state.focus:
        return None
    kind, item_id = state.focus
    item = kb.get(kind, item_id)
    if item is None:
        return None
    if kind == "cluster":
        return item_id
    if kind in ("sub_cluster", "occupation", "pathway"):
        return item.cluster
    if kind == "credential":
        return item.clusters[0]
    return None


def set_focus(state: ExplorationState, kind: str, item_id: str) -> None:
    state.focus = [kind, item_id]
    state.choose(kind, item_id)
    state.discuss(kind, item_id)


def resolve_target(kb: KnowledgeBase, state: ExplorationState, turn: Turn,
                   kinds: Sequence[str]) -> Optional[Tuple[str, str]]:
    """What the student is asking about: something named or referred to now, else what's in focus."""
    subject = understand(kb, state, turn).first(*kinds)
    if subject:
        return subject
    if state.focus and state.focus[0] in kinds and kb.get(*state.focus) is not None:
        return state.focus[0], state.focus[1]
    cluster = focus_cluster(kb, state)
    if cluster and "cluster" in kinds:
        return "cluster", cluster
    return None


def remember_interests(state: ExplorationState, turn: Turn) -> bool:
    added = False
    for mention in turn.mentions:
        if mention.label in ("interest", "occupation", "cluster", "sub_cluster", "grouping", "pathway"):
            added = state.add_signal(mention.label, mention.value, mention.text) or added
    for label, value, text in cue_signals(turn):
        added = state.add_signal(label, value, text) or added
    return added


def grade_note(state: ExplorationState) -> str:
    if grades.is_middle_school(state.grade):
        return t("In middle school, this is a great time to explore: clubs, exploration classes and "
                 "summer camps. Courses, college credit and most certifications come in high school.")
    return ""


def grade_button_title(grade: int) -> str:
    return t("{grade}th", grade=grade) if grade > 8 else t("{grade}th grade", grade=grade)


def ask_grade_message() -> Message:
    return text_message(t("What grade are you in? It helps me show the right next steps."),
                        [button(grade_button_title(g), "inform_grade", grade=str(g)) for g in range(6, 13)])


def handle_nlu_fallback(kb, state, turn):
    return [text_message(t("Sorry, I didn't catch that. Could you say it another way? "
                           "Or pick an area to explore:"),
                         grouping_buttons(kb) + [quiz_button()])]


SCHOOLING_QUESTION = re.compile(r"\b(what|how much|which|whats)\b.{0,12}"
                                r"\b(education|school(ing)?|degree|college|training)\b(?!\s+(cluster|grouping))")
# The same in Spanish, on folded text ("¿qué estudios necesita?", "¿cuánta escuela?").
SPANISH_SCHOOLING_QUESTION = re.compile(r"\b(que|cual|cuales|cuanta|cuanto|cuantos)\b.{0,12}\b(educacion|estudios|"
                                        r"escuela|titulo|universidad|capacitacion)\b"
                                        r"(?!\s+(grupo|cluster|agrupacion))")


def asks_about_schooling_for_focus(kb, state, turn) -> bool:
    """"what's the education?" right after a job is about that job, not the Education cluster."""
    return bool(state.focus and state.focus[0] == "occupation" and kb.get(*state.focus) is not None
                and (SCHOOLING_QUESTION.search(turn.text.lower()) or SPANISH_SCHOOLING_QUESTION.search(fold(turn.text)))
                and not turn.first("occupation", "sub_cluster", "credential"))
