"""Careers, classes, certifications and work-based learning for the topic in context."""
from typing import Optional, Tuple

from careerbot import grades
from careerbot.conversation.compare import describe_several
from careerbot.conversation.context import (
    asks_about_schooling_for_focus,
    focus_cluster,
    grade_note,
    grouping_buttons,
    next_step_buttons,
    resolve_target,
    set_focus,
)
from careerbot.conversation.describe import (
    describe_credential,
    describe_grouping,
    describe_occupation,
    describe_pathway_courses,
    describe_sub_cluster,
    describe_work_based,
)
from careerbot.conversation.turns import Mention, Turn, button, join_names, text_message
from careerbot.conversation.understand import understand
from careerbot.kb.model import fold
from careerbot.matching import rank_clusters, top_matches


def handle_ask_careers(kb, state, turn):
    occupation = understand(kb, state, turn).first("occupation")
    if occupation:
        return describe_occupation(kb, state, occupation[1])
    if asks_about_schooling_for_focus(kb, state, turn) or (
            state.focus and state.focus[0] == "occupation" and not turn.mentions):
        return describe_occupation(kb, state, state.focus[1])
    target = resolve_target(kb, state, turn, ("sub_cluster", "cluster", "grouping"))
    if target is None and state.signals:
        top = top_matches(rank_clusters(kb, state.signals), 1)
        target = ("cluster", top[0].cluster_id) if top else None
    if target is None:
        return [text_message("Careers in which area? Pick one, or tell me what you like.", grouping_buttons(kb))]
    kind, item_id = target
    if kind == "sub_cluster":
        return describe_sub_cluster(kb, state, item_id)
    if kind == "grouping":
        return describe_grouping(kb, state, item_id)
    cluster = kb.clusters[item_id]
    set_focus(state, "cluster", item_id)
    lines = ["Some careers in %s:" % cluster.name]
    for sub in kb.sub_clusters_of(item_id):
        examples = [o.title for o in kb.occupations_of(sub.id)[:2]]
        lines.append("- %s: %s" % (sub.name, join_names(examples)))
    state.offered = [["sub_cluster", s.id] for s in kb.sub_clusters_of(item_id)]
    buttons = [button(s.name, "ask_about", sub_cluster=s.id) for s in kb.sub_clusters_of(item_id)]
    return [text_message("\n".join(lines) + "\nPick one to see the education each career needs.", buttons)]


def pathways_for_target(kb, kind, item_id):
    if kind == "pathway":
        return [kb.pathways[item_id]]
    if kind == "sub_cluster":
        found = kb.pathways_for_sub_cluster(item_id)
        return found or kb.pathways_for_cluster(kb.sub_clusters[item_id].cluster)
    if kind == "occupation":
        return pathways_for_target(kb, "sub_cluster", kb.occupations[item_id].sub_cluster)
    if kind == "credential":
        return kb.pathways_for_credential(item_id)
    if kind == "cluster":
        return kb.pathways_for_cluster(item_id)
    return []


def _stems(text: str) -> set:
    """Four-letter word stems, so "nurses" meets "Nursing" and "welder" meets "Welding"."""
    return {word[:4] for word in fold(text).split() if len(word) >= 4}


def best_pathway(kb, pathways, state, turn):
    """The pathway sharing most words with what the student said; ties keep the sorted order."""
    hints = set()
    for text in [m.text for m in turn.mentions] + list(state.interests[-3:]):
        hints |= _stems(text)
    if state.focus and kb.get(*state.focus) is not None:
        hints |= _stems(kb.name_of(*state.focus))
    scored = [(-len(hints & _stems(p.name + " " + p.description)), index, p) for index, p in enumerate(pathways)]
    return min(scored)[2]


def target_from_interests(kb, turn) -> Optional[Tuple[str, str]]:
    """"classes for nursing": the best sub-cluster (or cluster) for interest words in this message."""
    signals = [[m.label, m.value, m.text] for m in turn.mentions
               if m.label == "interest" and not m.value.startswith("~")]
    top = top_matches(rank_clusters(kb, signals), 1)
    if not top:
        return None
    return ("sub_cluster", top[0].sub_clusters[0]) if top[0].sub_clusters else ("cluster", top[0].cluster_id)


def handle_ask_courses(kb, state, turn):
    grade = grades.parse_grade(turn.text)
    if grade:
        state.grade = grade
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster", "credential"))
    if not turn.first("pathway", "occupation", "sub_cluster", "cluster", "credential"):
        target = target_from_interests(kb, turn) or target
    if target is None:
        return [text_message("Classes for which career area? Tell me what you like, or pick one.",
                             grouping_buttons(kb))]
    pathways = pathways_for_target(kb, *target)
    if not pathways:
        name = kb.name_of(*target)
        return [text_message("I don't have a course plan for %s yet. Your school counselor can help you "
                             "pick classes." % name, next_step_buttons(kb, state))]
    return describe_pathway_courses(kb, state, best_pathway(kb, pathways, state, turn).id)


def handle_ask_credentials(kb, state, turn):
    credential = understand(kb, state, turn).first("credential")
    if credential:
        return describe_credential(kb, state, credential[1], turn.text)
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster"))
    if not understand(kb, state, turn).subjects:
        target = target_from_interests(kb, turn) or target   # "certifications for fixing cars"
    if target is None:
        return [text_message("Certifications for which area? Pick one, or tell me what you like.",
                             grouping_buttons(kb))]
    kind, item_id = target
    if kind == "pathway":
        found = kb.credentials_for_pathway(item_id)
    elif kind in ("sub_cluster", "occupation"):
        sub = item_id if kind == "sub_cluster" else kb.occupations[item_id].sub_cluster
        found = kb.credentials_for_sub_cluster(sub) or kb.credentials_for_cluster(kb.sub_clusters[sub].cluster)
    else:
        found = kb.credentials_for_cluster(item_id)
    name = kb.name_of(kind, item_id)
    if not found:
        return [text_message("I don't have certifications listed for %s yet. Your counselor can help." % name,
                             next_step_buttons(kb, state))]
    home = kb.sub_clusters[item_id].cluster if kind == "sub_cluster" else (
        kb.occupations[item_id].cluster if kind == "occupation" else (
            kb.pathways[item_id].cluster if kind == "pathway" else item_id))
    # Credentials whose main cluster this is come first; the rest keep their sorted order.
    found = sorted(found, key=lambda c: c.clusters[0] != home)[:6]
    for item in found:
        state.discuss("credential", item.id)
    lines = ["Certifications students can earn for %s:" % name]
    for item in found:
        age = " Age %d+." % item.min_age if item.min_age else ""
        lines.append("- %s, from %s.%s" % (item.name, item.issuer.rstrip("."), age))
    note = grade_note(state)
    if note:
        lines.append(note)
    buttons = [button(item.name, "ask_about", credential=item.id) for item in found[:4]]
    buttons.append(button("What classes?", "ask_courses"))
    return [text_message("\n".join(lines), buttons)]


def handle_ask_work_based_learning(kb, state, turn):
    named_all = [s for s in understand(kb, state, turn).subjects if s[0] == "work_based_learning"]
    if len(named_all) >= 2:
        return describe_several(kb, state, named_all)
    named_subject = named_all[0] if named_all else None
    if named_subject is None and state.topic == "ask_work_based_learning" and state.discussed["work_based_learning"]:
        named_subject = ("work_based_learning", state.discussed["work_based_learning"][-1])   # "ok but do they pay"
    named = Mention(*named_subject, text="") if named_subject else None
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster"))
    if named and not target:
        return describe_work_based(kb, state, named.value, turn.text)
    if target is None:
        lines = ["Ways to learn on the job while you're in school:"]
        for item in kb.sorted_items("work_based_learning"):
            lines.append("- %s: %s" % (item.name, item.description))
        return [text_message("\n".join(lines), grouping_buttons(kb)[:3])]
    pathways = pathways_for_target(kb, *target)
    lines = []
    if named:
        lines.extend(describe_work_based(kb, state, named.value)[0]["text"].split("\n"))
    if pathways:
        pathway = pathways[0]
        set_focus(state, "pathway", pathway.id)
        lines.append("In %s, students often do:" % pathway.name)
        for item in pathway.work_based_learning:
            state.discuss("work_based_learning", item.type)
            lines.append("- %s: %s" % (kb.name_of("work_based_learning", item.type), item.description))
        cluster_id = pathway.cluster
    else:
        cluster_id = focus_cluster(kb, state) or (target[1] if target[0] == "cluster" else None)
    district = kb.district()
    if district and cluster_id:
        employers = sorted(e["name"] for e in district.employers if cluster_id in e.get("clusters", []))
        if employers:
            lines.append("Local employers that host students%s: %s." % (
                " (sample data)" if district.example else "", join_names(employers)))
    if grades.is_middle_school(state.grade):
        lines.append("In middle school, job shadowing and career days are the usual start; internships and "
                     "apprenticeships come in high school.")
    if not lines:
        return handle_ask_work_based_learning(kb, state, Turn("ask_work_based_learning"))
    return [text_message("\n".join(lines), next_step_buttons(kb, state))]
