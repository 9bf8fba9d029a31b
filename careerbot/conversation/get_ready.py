"""What a student can do now, by school level: exploring in middle school, pathway courses in high school."""
from typing import List, Optional

from careerbot import grades
from careerbot.conversation.context import ask_grade_message, focus_cluster, set_focus
from careerbot.conversation.pathways import best_pathway, pathways_for_target, target_from_interests
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.conversation.understand import understand
from careerbot.kb.model import KnowledgeBase, Pathway
from careerbot.state import ExplorationState

STEPS_SHOWN = 3
LEVEL_GRADE = {"middle": 7, "high": 9}   # "in middle school" without a grade


def _grade(state: ExplorationState, turn: Turn) -> Optional[int]:
    said = grades.parse_grade(turn.text)
    if said is not None and 6 <= said <= 12:
        state.grade = said
        return said
    level = turn.first("grade_band")
    if level and (state.grade is None or grades.is_middle_school(state.grade) != (level.value == "middle")):
        return LEVEL_GRADE.get(level.value)
    return state.grade


def _pathway(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> Optional[Pathway]:
    found = understand(kb, state, turn)
    target = found.first("pathway", "occupation", "sub_cluster", "cluster") or target_from_interests(kb, turn)
    if target is None and state.focus and kb.get(*state.focus) is not None:
        target = (state.focus[0], state.focus[1])
    if target is None and focus_cluster(kb, state):
        target = ("cluster", focus_cluster(kb, state) or "")
    if target is None:
        return None
    pathways = pathways_for_target(kb, *target)
    return best_pathway(kb, pathways, state, turn) if pathways else None


def handle_ask_get_ready(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    grade = _grade(state, turn)
    if grade is None:
        return [text_message("Great question! Exploring what you like is always the first step. What grade are "
                             "you in? I'll show you what you can do now.", ask_grade_message()["buttons"])]
    band = kb.readiness_for(grade)
    pathway = _pathway(kb, state, turn)
    lines = ["In %s, you can:" % ("middle school" if grades.is_middle_school(grade) else "high school")]
    area = kb.clusters[pathway.cluster].name if pathway else ""
    if pathway and grades.is_middle_school(grade) and pathway.middle_school:
        lines.append("- For %s (%s): %s." % (pathway.name, area, ", ".join(pathway.middle_school[:2]).lower()))
    elif pathway:
        course = next((c for c in pathway.courses if c.grade >= grade), pathway.courses[-1])
        lines.append("- Take a course like %s (grade %d) in the %s pathway (%s)." % (
            course.name, course.grade, pathway.name, area))
    steps = list(band.steps) if band else []
    lines += ["- " + step for step in steps[: STEPS_SHOWN - (1 if pathway else 0)]]
    if band and len(steps) > STEPS_SHOWN:
        state.more = "\n".join("- " + step for step in steps[STEPS_SHOWN - (1 if pathway else 0):])
    buttons = [button("Tell me more", "ask_about")] if state.more else []
    if pathway:
        set_focus(state, "pathway", pathway.id)
        buttons.append(button("Classes for %s" % pathway.name, "ask_courses", pathway=pathway.id))
    buttons.append(button("Internships & more", "ask_work_based_learning"))
    return [text_message("\n".join(lines), buttons)]
