"""Dual enrollment: general questions and a pathway's college courses."""
import re
from typing import Optional

from careerbot import grades
from careerbot.conversation.context import resolve_target, set_focus
from careerbot.conversation.topics import pick_topic
from careerbot.conversation.pathways import best_pathway, pathways_for_target
from careerbot.conversation.turns import button, join_names, text_message
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.kb.required import DE_COST, DE_MIDDLE_SCHOOL, DE_VS_AP, DE_WHAT_IS


def dual_enrollment_topic(kb: KnowledgeBase, text: str, grade: Optional[int], comparing: bool = False) -> Optional[str]:
    if grades.is_middle_school(grade) or grades.mentions_middle_school(text):
        return DE_MIDDLE_SCHOOL
    topic = pick_topic(kb.dual_enrollment_topics.values(), text, generic=(DE_WHAT_IS,),
                       ignore=kb.dual_enrollment_other_names, comparing=comparing)
    return topic.id if topic else None


def handle_ask_dual_enrollment(kb, state, turn):
    grade = grades.parse_grade(turn.text)
    chosen = turn.first("de_topic")
    if chosen and chosen.value in kb.dual_enrollment_topics:
        return dual_enrollment_answer(kb, state, chosen.value)
    comparing = turn.intent == "ask_compare" or bool(turn.first("cue") and any(
        m.value == "compare" for m in turn.mentions if m.label == "cue"))
    topic = dual_enrollment_topic(kb, turn.text, state.grade if grade is None else grade, comparing)
    refers_back = bool(re.search(r"\b(that|this|it|these|those|there)\b", turn.text.lower()))
    named = turn.first("pathway", "occupation", "sub_cluster", "cluster")
    # A pathway's own college courses when the student names one, or points back at the one in
    # focus without asking a specific general question (cost, AP, transfer...).
    wants_pathway = topic != DE_MIDDLE_SCHOOL and (named is not None or (refers_back and topic in (None, DE_WHAT_IS)))
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster")) \
        if wants_pathway else None
    if target:
        with_courses = [p for p in pathways_for_target(kb, *target) if p.dual_enrollment]
        if with_courses:
            return pathway_dual_enrollment(kb, state, best_pathway(kb, with_courses, state, turn))
    return dual_enrollment_answer(kb, state, topic or DE_WHAT_IS)


def dual_enrollment_answer(kb, state, topic):
    state.discuss_dual_enrollment("general")
    answer = kb.dual_enrollment_topics[topic]
    text = answer.answer
    if topic == DE_WHAT_IS and kb.dual_enrollment_other_names:
        text += " Other names for it: %s." % join_names(kb.dual_enrollment_other_names)
    buttons = [button(t.title, "ask_dual_enrollment", de_topic=t.id)
               for t in sorted(kb.dual_enrollment_topics.values(), key=lambda t: t.id) if t.id != topic][:4]
    return [text_message(text + "\nYour school counselor can tell you the exact rules where you live.", buttons)]


def pathway_dual_enrollment(kb, state, pathway):
    state.discuss_dual_enrollment(pathway.id)
    set_focus(state, "pathway", pathway.id)
    lines = ["Yes! Students in %s often take college courses like:" % pathway.name]
    for course in pathway.dual_enrollment:
        extra = " (%g credits)" % course.credits if course.credits else ""
        lines.append("- %s%s%s" % (course.course, extra, ". " + course.note if course.note else ""))
    district = kb.district()
    if district:
        partners = [p["name"] for p in district.dual_enrollment_partners if pathway.id in p.get("pathways", [])]
        if partners:
            lines.append("Partner college%s in %s%s: %s." % (
                "s" if len(partners) > 1 else "", district.name, " (sample data)" if district.example else "",
                join_names(partners)))
    if grades.is_middle_school(state.grade):
        lines.append("Dual enrollment starts in high school, usually in 10th-12th grade.")
    lines.append("The grade goes on a college transcript, so it counts toward your college GPA.")
    return [text_message("\n".join(lines), [button("Is it the same as AP?", "ask_dual_enrollment", de_topic=DE_VS_AP),
                                            button("Does it cost money?", "ask_dual_enrollment", de_topic=DE_COST),
                                            button("Certifications", "ask_credentials")])]
