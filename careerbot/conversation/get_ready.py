"""What a student can do now, by school level: exploring in middle school, pathway courses in high school."""
from typing import List, Optional

from careerbot import grades
from careerbot.conversation.brevity import MOST_WORDS, fit_lines, more_button
from careerbot.conversation.context import ask_grade_message, focus_cluster, set_focus
from careerbot.conversation.pathways import best_pathway, pathways_for_target, target_from_interests
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.conversation.understand import understand
from careerbot.i18n import t
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


def _lower_start(text: str) -> str:
    """"Robotics club" -> "robotics club" inside a sentence; names in capitals stay ("HOSA chapter")."""
    first = text.split(" ", 1)[0]
    return text if len(first) > 1 and first.isupper() else text[:1].lower() + text[1:]


def handle_ask_get_ready(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    grade = _grade(state, turn)
    if grade is None:
        return [text_message(t("Great question! Exploring what you like is always the first step. What grade are "
                               "you in? I'll show you what you can do now."), ask_grade_message()["buttons"])]
    band = kb.readiness_for(grade)
    pathway = _pathway(kb, state, turn)
    lines = [t("In middle school, you can:") if grades.is_middle_school(grade) else t("In high school, you can:")]
    area = kb.clusters[pathway.cluster].name if pathway else ""
    if pathway and grades.is_middle_school(grade) and pathway.middle_school:
        lines.append(t("- For {pathway} ({area}): {things}.", pathway=pathway.name, area=area,
                       things=", ".join(_lower_start(thing) for thing in pathway.middle_school[:2])))
    elif pathway:
        course = next((c for c in pathway.courses if c.grade >= grade), pathway.courses[-1])
        lines.append(t("- Take a course like {course} (grade {grade}) in the {pathway} pathway ({area}).",
                       course=course.name, grade=course.grade, pathway=pathway.name, area=area))
    steps = ["- " + step for step in band.steps] if band else []
    room = STEPS_SHOWN - (1 if pathway else 0)
    shown, rest = fit_lines(steps[:room], MOST_WORDS - len(" ".join(lines).split()), slack=0)
    lines += shown
    if rest + steps[room:]:
        state.more = "\n".join(rest + steps[room:])
    buttons = [more_button()] if state.more else []
    if pathway:
        set_focus(state, "pathway", pathway.id)
        buttons.append(button(t("Classes for {pathway}", pathway=pathway.name), "ask_courses", pathway=pathway.id))
    buttons.append(button(t("Internships & more"), "ask_work_based_learning"))
    return [text_message("\n".join(lines), buttons)]
