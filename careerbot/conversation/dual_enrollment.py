"""Dual enrollment: general questions and a pathway's college courses."""
import re
from typing import Optional

from careerbot import grades
from careerbot.conversation.brevity import ALL_AT_ONCE, more_button
from careerbot.conversation.context import resolve_target, set_focus
from careerbot.conversation.pathways import best_pathway, pathways_for_target
from careerbot.conversation.topics import pick_topic
from careerbot.conversation.turns import button, join_names, text_message
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase
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
    comparing = turn.intent == "ask_compare" or "compare" in turn.values("cue")
    topic = dual_enrollment_topic(kb, turn.text, state.grade if grade is None else grade, comparing)
    refers_back = any(m.label == "reference" for m in turn.mentions) or bool(   # "that one", "eso"
        re.search(r"\b(that|this|it|these|those|there)\b", turn.text.lower()))
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
    """The topic's answer; for "what is it", its other names wait behind "Tell me more"."""
    state.discuss_dual_enrollment("general")
    answer = kb.dual_enrollment_topics[topic]
    buttons = [button(other.title, "ask_dual_enrollment", de_topic=other.id)
               for other in sorted(kb.dual_enrollment_topics.values(), key=lambda item: item.id)
               if other.id != topic][:4]
    if topic == DE_WHAT_IS and kb.dual_enrollment_other_names:
        state.more = t("Other names for it: {names}.", names=join_names(kb.dual_enrollment_other_names))
        buttons = [more_button()] + buttons
    return [text_message(answer.answer + "\n" + t("Your school counselor can tell you the exact rules where you live."),
                         buttons)]


def pathway_dual_enrollment(kb, state, pathway):
    state.discuss_dual_enrollment(pathway.id)
    set_focus(state, "pathway", pathway.id)
    courses = [t("Yes! Students in {pathway} often take college courses like:", pathway=pathway.name)]
    courses += [course_line(course) for course in pathway.dual_enrollment]
    partners = []
    district = kb.district()
    if district:
        names = [p["name"] for p in district.dual_enrollment_partners if pathway.id in p.get("pathways", [])]
        partners = [partners_line(district, names)] if names else []
    middle = [t("Dual enrollment starts in high school, usually in 10th-12th grade.")] \
        if grades.is_middle_school(state.grade) else []
    transcript = [t("The grade goes on a college transcript, so it counts toward your college GPA.")]
    buttons = [button(t("Is it the same as AP?"), "ask_dual_enrollment", de_topic=DE_VS_AP),
               button(t("Does it cost money?"), "ask_dual_enrollment", de_topic=DE_COST),
               button(t("Certifications"), "ask_credentials")]
    lines = courses + partners + middle + transcript
    if len(" ".join(lines).split()) <= ALL_AT_ONCE:
        return [text_message("\n".join(lines), buttons)]
    state.more = "\n".join(partners + transcript)   # the courses (and when it starts) first, the rest on request
    return [text_message("\n".join(courses + middle), [more_button()] + buttons)]


def course_line(course) -> str:
    """"- Medical Terminology (3 credits). Credits vary by college." """
    if not course.credits:
        return t("- {course}. {note}", course=course.course, note=course.note) if course.note else "- " + course.course
    credits = "%g" % course.credits
    if course.note:
        return t("- {course} (1 credit). {note}", course=course.course, note=course.note) if credits == "1" else \
            t("- {course} ({credits} credits). {note}", course=course.course, credits=credits, note=course.note)
    return t("- {course} (1 credit)", course=course.course) if credits == "1" else \
        t("- {course} ({credits} credits)", course=course.course, credits=credits)


def partners_line(district, partners) -> str:
    names = join_names(partners)
    if district.example:
        return t("Partner college in {district} (sample data): {names}.", district=district.name, names=names) \
            if len(partners) == 1 else \
            t("Partner colleges in {district} (sample data): {names}.", district=district.name, names=names)
    return t("Partner college in {district}: {names}.", district=district.name, names=names) if len(partners) == 1 \
        else t("Partner colleges in {district}: {names}.", district=district.name, names=names)
