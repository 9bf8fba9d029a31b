"""Careers, classes, certifications and work-based learning for the topic in context."""
from typing import Optional, Tuple

from careerbot import grades
from careerbot.conversation.brevity import WORDS_SHOWN, fit_lines, more_button
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
from careerbot.i18n import t
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
        return [text_message(t("Careers in which area? Pick one, or tell me what you like."), grouping_buttons(kb))]
    kind, item_id = target
    if kind == "sub_cluster":
        return describe_sub_cluster(kb, state, item_id)
    if kind == "grouping":
        return describe_grouping(kb, state, item_id)
    cluster = kb.clusters[item_id]
    set_focus(state, "cluster", item_id)
    heading = t("Some careers in {cluster}:", cluster=cluster.name)
    pick = t("Pick one to see the education each career needs.")
    lines = ["- %s: %s" % (sub.name, join_names([o.title for o in kb.occupations_of(sub.id)[:2]]))
             for sub in kb.sub_clusters_of(item_id)]
    shown, rest = fit_lines(lines, WORDS_SHOWN - len(heading.split()) - len(pick.split()))
    state.offered = [["sub_cluster", s.id] for s in kb.sub_clusters_of(item_id)]
    buttons = [button(s.name, "ask_about", sub_cluster=s.id) for s in kb.sub_clusters_of(item_id)]
    if rest:
        state.more = t("More careers in {cluster}:", cluster=cluster.name) + "\n" + "\n".join(rest)
        buttons = [more_button()] + buttons
    return [text_message("\n".join([heading] + shown + [pick]), buttons)]


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
    """The pathway sharing most words with what the student said (its name, description and aliases, in
    every language, so "nurse" meets "Enfermería" through the alias "nursing"); ties keep the sorted order."""
    hints = set()
    for text in [m.text for m in turn.mentions] + list(state.interests[-3:]):
        hints |= _stems(text)
    for mention in turn.mentions:
        if mention.label == "occupation" and mention.value in kb.occupations:
            hints |= _stems(kb.occupations[mention.value].title)
    if state.focus and kb.get(*state.focus) is not None:
        hints |= _stems(kb.name_of(*state.focus))
    def score(pathway) -> int:   # its name and aliases count double: a description mentions much
        return 2 * len(hints & _stems(" ".join((pathway.name,) + tuple(pathway.aliases)))) + \
            len(hints & _stems(pathway.description))

    return min((-score(p), index, p) for index, p in enumerate(pathways))[2]


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
        return [text_message(t("Classes for which career area? Tell me what you like, or pick one."),
                             grouping_buttons(kb))]
    pathways = pathways_for_target(kb, *target)
    if not pathways:
        return [text_message(t("I don't have a course plan for {name} yet. Your school counselor can help you "
                               "pick classes.", name=kb.name_of(*target)), next_step_buttons(kb, state))]
    return describe_pathway_courses(kb, state, best_pathway(kb, pathways, state, turn).id)


def handle_ask_credentials(kb, state, turn):
    credential = understand(kb, state, turn).first("credential")
    if credential:
        return describe_credential(kb, state, credential[1], turn.text)
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster"))
    if not understand(kb, state, turn).subjects:
        target = target_from_interests(kb, turn) or target   # "certifications for fixing cars"
    if target is None:
        return [text_message(t("Certifications for which area? Pick one, or tell me what you like."),
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
        return [text_message(t("I don't have certifications listed for {name} yet. Your counselor can help.",
                               name=name), next_step_buttons(kb, state))]
    home = kb.sub_clusters[item_id].cluster if kind == "sub_cluster" else (
        kb.occupations[item_id].cluster if kind == "occupation" else (
            kb.pathways[item_id].cluster if kind == "pathway" else item_id))
    # Credentials whose main cluster this is come first; the rest keep their sorted order.
    found = sorted(found, key=lambda c: c.clusters[0] != home)[:6]
    for item in found:
        state.discuss("credential", item.id)
    heading = t("Certifications students can earn for {name}:", name=name)
    note = grade_note(state)   # in middle school: most certifications come in high school
    lines = [credential_line(item) for item in found]
    shown, rest = fit_lines(lines, WORDS_SHOWN - len(heading.split()) - len(note.split()))
    buttons = [button(item.name, "ask_about", credential=item.id) for item in found[:4]]
    buttons.append(button(t("What classes?"), "ask_courses"))
    if rest:
        state.more = t("More certifications for {name}:", name=name) + "\n" + "\n".join(rest)
        buttons = [more_button()] + buttons
    return [text_message("\n".join([heading] + shown + ([note] if note else [])), buttons)]


def credential_line(item) -> str:
    issuer = item.issuer.rstrip(".")
    if item.min_age:
        return t("- {name}, from {issuer}. Age {age}+.", name=item.name, issuer=issuer, age=item.min_age)
    return t("- {name}, from {issuer}.", name=item.name, issuer=issuer)


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
        items = kb.sorted_items("work_based_learning")
        state.more = "\n".join("- %s: %s" % (item.name, item.description) for item in items)
        text = t("Ways to learn on the job while you're in school: {names}.", names=join_names([i.name for i in items]))
        return [text_message(text, [more_button()] + grouping_buttons(kb)[:3])]
    pathways = pathways_for_target(kb, *target)
    lines = []
    more_of_named = None
    if named:
        lines.extend(describe_work_based(kb, state, named.value)[0]["text"].split("\n"))
        more_of_named, state.more = state.more, None
    keep = max(1, len(lines))   # what was asked about by name; else the pathway's heading and first item
    if pathways:
        pathway = pathways[0]
        set_focus(state, "pathway", pathway.id)
        if not named and pathway.work_based_learning:
            keep = 2
        lines.append(t("In {pathway}, students often do:", pathway=pathway.name))
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
            names = join_names(employers)
            lines.append(t("Local employers that host students (sample data): {employers}.", employers=names)
                         if district.example else
                         t("Local employers that host students: {employers}.", employers=names))
    note = ""
    if grades.is_middle_school(state.grade):
        note = t("In middle school, job shadowing and career days are the usual start; internships and "
                 "apprenticeships come in high school.")
    if not lines and not note:
        return handle_ask_work_based_learning(kb, state, Turn("ask_work_based_learning"))
    shown, rest = fit_lines(lines, WORDS_SHOWN - len(note.split()), keep=min(keep, len(lines)))
    buttons = next_step_buttons(kb, state)
    more = [text for text in [more_of_named] + rest if text]
    if more:
        state.more = "\n".join(more)
        buttons = [more_button()] + buttons[:3]
    return [text_message("\n".join(shown + ([note] if note else [])), buttons)]

