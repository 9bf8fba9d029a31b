"""Describing any knowledge-base item: groupings, clusters, sub-clusters, jobs, credentials, pathways."""
import re
from typing import Callable, Dict, List

from careerbot import grades
from careerbot.conversation.context import next_step_buttons, set_focus
from careerbot.conversation.topics import answer_sentences, sentences
from careerbot.conversation.turns import Message, button, join_names, text_message
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState


def describe_grouping(kb: KnowledgeBase, state: ExplorationState, grouping_id: str) -> List[Message]:
    grouping = kb.groupings[grouping_id]
    set_focus(state, "grouping", grouping_id)
    clusters = kb.clusters_in_grouping(grouping_id)
    kind_word = "cross-cutting clusters" if grouping.cross_cutting else "clusters"
    text = "%s: %s\nIts %s are %s." % (grouping.name, grouping.purpose, kind_word,
                                       join_names([c.name for c in clusters]))
    state.offered = [["cluster", c.id] for c in clusters]
    buttons = [button(c.name, "ask_about", cluster=c.id) for c in clusters]
    return [text_message(text + "\nWhich one do you want to look at?", buttons)]


def describe_cluster(kb: KnowledgeBase, state: ExplorationState, cluster_id: str) -> List[Message]:
    cluster = kb.clusters[cluster_id]
    set_focus(state, "cluster", cluster_id)
    grouping = kb.grouping_of(cluster_id)
    if grouping:
        state.discuss("grouping", grouping.id)
    subs = kb.sub_clusters_of(cluster_id)
    text = "%s: %s" % (cluster.name, cluster.description)
    if cluster.cross_cutting:
        text += "\nIt's a cross-cutting cluster: its skills are used in every industry."
    elif grouping:
        text += "\nIt's part of the %s grouping." % grouping.name
    text += "\nIts sub-clusters are %s. Pick one to see careers." % join_names([s.name for s in subs])
    state.offered = [["sub_cluster", s.id] for s in subs]
    buttons = [button(s.name, "ask_about", sub_cluster=s.id) for s in subs]
    buttons += [button("What classes?", "ask_courses"), button("Certifications", "ask_credentials")]
    return [text_message(text, buttons)]


def wage_text(occupation) -> str:
    wage = occupation.median_wage
    if not wage:
        return ""
    amount = ("$%s" % format(round(wage.amount), ",")) if wage.per == "year" else "$%.2f" % wage.amount
    return " Median pay: %s a%s (%d)." % (amount, "n hour" if wage.per == "hour" else " year", wage.year)


def careers_lines(kb: KnowledgeBase, sub_cluster_id: str, limit: int = 4) -> List[str]:
    return ["- %s: %s.%s" % (o.title, o.education.rstrip("."), wage_text(o))
            for o in kb.occupations_of(sub_cluster_id)[:limit]]


def describe_sub_cluster(kb: KnowledgeBase, state: ExplorationState, sub_cluster_id: str) -> List[Message]:
    sub = kb.sub_clusters[sub_cluster_id]
    cluster = kb.clusters[sub.cluster]
    set_focus(state, "sub_cluster", sub_cluster_id)
    state.discuss("cluster", cluster.id)
    text = "%s (part of %s): %s\nExample careers and the education they usually need:\n%s" % (
        sub.name, cluster.name, sub.description, "\n".join(careers_lines(kb, sub_cluster_id)))
    return [text_message(text, next_step_buttons(kb, state))]


def describe_occupation(kb: KnowledgeBase, state: ExplorationState, occupation_id: str) -> List[Message]:
    occupation = kb.occupations[occupation_id]
    sub = kb.sub_clusters[occupation.sub_cluster]
    cluster = kb.clusters[occupation.cluster]
    state.discuss("sub_cluster", sub.id)
    set_focus(state, "occupation", occupation_id)
    state.discuss("cluster", cluster.id)
    text = "%s are part of %s, in the %s cluster.%s\nTypical education: %s.%s" % (
        occupation.title, sub.name, cluster.name,
        (" " + occupation.description) if occupation.description else "",
        occupation.education.rstrip("."), wage_text(occupation))
    return [text_message(text, next_step_buttons(kb, state))]


def describe_credential(kb: KnowledgeBase, state: ExplorationState, credential_id: str,
                        text_asked: str = "") -> List[Message]:
    credential = kb.credentials[credential_id]
    set_focus(state, "credential", credential_id)
    lines = ["%s (from %s): %s" % (credential.name, credential.issuer, credential.description)]
    asked_age = bool(re.search(r"\b(old|age|grade)\b", text_asked.lower()))
    if credential.min_age:
        lines.append("Minimum age: %d%s." % (credential.min_age, checked_text(credential.min_age_checked)))
    elif credential.min_grade:
        lines.append("Usually open from grade %d." % credential.min_grade)
    elif asked_age:
        lines.append("The issuer doesn't list one minimum age for this; rules can differ by state, "
                     "so ask your school counselor.")
    lines.append("How to prepare: %s" % credential.preparation)
    if credential.cost:
        lines.append("Cost: %s%s" % (credential.cost.rstrip(".") + ("" if credential.cost_checked else "."),
                                     checked_text(credential.cost_checked, ".")))
    pathways = kb.pathways_for_credential(credential_id)
    if pathways:
        lines.append("Pathways that lead to it: %s." % join_names([p.name for p in pathways]))
    lines.append("More info: %s" % credential.url)
    buttons = [button("Other certifications", "ask_credentials", cluster=credential.clusters[0]),
               button(kb.clusters[credential.clusters[0]].name, "ask_about", cluster=credential.clusters[0])]
    return [text_message("\n".join(lines), buttons)]


def checked_text(year, end: str = "") -> str:
    return " (checked %d)%s" % (year, end) if year else ""


def district_courses(kb: KnowledgeBase, pathway_id: str):
    """(district, courses) when the local district file lists its own courses for this pathway."""
    district = kb.district()
    for offer in (district.pathways_offered if district else ()):
        if offer.get("pathway") == pathway_id and offer.get("courses"):
            return district, sorted(offer["courses"], key=lambda c: c["grade"])
    return None, []


def describe_pathway_courses(kb: KnowledgeBase, state: ExplorationState, pathway_id: str) -> List[Message]:
    pathway = kb.pathways[pathway_id]
    set_focus(state, "pathway", pathway_id)
    state.discuss("cluster", pathway.cluster)
    middle = "Things to try in middle school: %s." % join_names(pathway.middle_school)
    district, own = district_courses(kb, pathway_id)
    if own:   # a district's own catalogue wins over the generic national names
        courses = "\n".join("- Grade %d: %s" % (c["grade"], c["name"]) for c in own)
        high = "High school courses in %s%s:\n%s" % (
            district.name, " (sample data)" if district.example else "", courses)
    else:
        courses = "\n".join("- Grade %d: %s" % (c.grade, c.name) for c in pathway.courses)
        high = "High schools usually offer courses like these (names differ by state and school):\n%s" % courses
    if grades.is_middle_school(state.grade):
        text = "%s: %s\n%s\nLater, in high school, it usually takes courses like these:\n%s" % (
            pathway.name, pathway.description, middle, courses)
    else:
        text = "%s: %s\n%s\n%s" % (pathway.name, pathway.description, high, middle)
    local = local_offer(kb, pathway_id)
    if local:
        text += "\n" + local
    others = [p for p in kb.pathways_for_cluster(pathway.cluster) if p.id != pathway_id][:3]
    buttons = [button(p.name, "ask_courses", pathway=p.id) for p in others]
    buttons += next_step_buttons(kb, state)[1:]
    return [text_message(text, buttons)]


def local_offer(kb: KnowledgeBase, pathway_id: str) -> str:
    district = kb.district()
    if not district:
        return ""
    schools = [s for offer in district.pathways_offered if offer.get("pathway") == pathway_id
               for s in offer.get("schools", [])]
    if not schools:
        return ""
    label = " (sample data)" if district.example else ""
    return "In %s%s, it's offered at %s." % (district.name, label, join_names(sorted(schools)))


def describe_work_based(kb, state, wbl_id, question: str = ""):
    """The answer to the question asked about it first (is it paid, how old, how to find one),
    then what it is; the rest behind "Tell me more"."""
    item = kb.work_based_learning[wbl_id]
    state.discuss("work_based_learning", wbl_id)
    grades_text = " Typical grades: %s." % item.typical_grades if item.typical_grades else ""
    whole = "%s: %s%s %s" % (item.name, item.description, grades_text, item.notes or "")
    names = " ".join(KnowledgeBase.names_of(item))
    searched = "%s%s %s" % (item.description, grades_text, item.notes or "")
    answer = answer_sentences(searched, question, keep=1, ignore=names) if question else None
    if answer:
        opening = sentences(item.description)[0]
        text = "%s: %s" % (item.name, opening if answer == opening else opening + " " + answer)
        state.more = whole.strip()
        buttons = [button("Tell me more", "ask_about")] + next_step_buttons(kb, state)[:3]
        return [text_message(text, buttons)]
    return [text_message(whole.strip(), next_step_buttons(kb, state))]


def describe_crosswalk(kb, state, entry_id):
    entry = kb.crosswalk[entry_id]
    new = [kb.clusters[c] for c in entry.new_clusters if c in kb.clusters]
    text = "%s was one of the 16 original clusters. %s Today, look at %s." % (
        entry.old_name, entry.what_changed, join_names([c.name for c in new]))
    state.offered = [["cluster", c.id] for c in new]
    return [text_message(text, [button(c.name, "ask_about", cluster=c.id) for c in new[:4]])]


DESCRIBERS: Dict[str, Callable] = {
    "occupation": describe_occupation, "sub_cluster": describe_sub_cluster, "cluster": describe_cluster,
    "grouping": describe_grouping, "pathway": describe_pathway_courses, "old_cluster": describe_crosswalk,
}


def describe(kb, state, kind, item_id, turn):
    """Describes any knowledge-base item the student named or chose."""
    if kind == "credential":
        return describe_credential(kb, state, item_id, turn.text)
    if kind == "work_based_learning":
        return describe_work_based(kb, state, item_id, turn.text)
    return DESCRIBERS[kind](kb, state, item_id)
