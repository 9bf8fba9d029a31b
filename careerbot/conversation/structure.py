"""Questions about how the framework fits together: what is inside a thing, what a thing belongs
to, and complete lists (every cluster, every grouping, the cross-cutting ones, the original 16)."""
from typing import List, Optional

from careerbot.conversation.context import grouping_buttons, set_focus
from careerbot.conversation.describe import describe
from careerbot.conversation.turns import Message, Turn, button, join_names, text_message
from careerbot.conversation.understand import Subject, understand
from careerbot.i18n import t
from careerbot.kb import kinds
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

MAX_BUTTONS = 8


def members_sentence(kind: str, name: str, members: List[str]) -> str:
    """"Agriculture has 3 sub-clusters: a, b and c." for a thing of `kind` and what is inside it."""
    fields = dict(name=name, count=len(members), members=join_names(members))
    one = len(members) == 1
    if kind == "grouping":
        return t("{name} has {count} cluster: {members}.", **fields) if one else \
            t("{name} has {count} clusters: {members}.", **fields)
    if kind == "cluster":
        return t("{name} has {count} sub-cluster: {members}.", **fields) if one else \
            t("{name} has {count} sub-clusters: {members}.", **fields)
    if kind == "sub_cluster":
        return t("{name} has {count} job: {members}.", **fields) if one else \
            t("{name} has {count} example jobs: {members}.", **fields)
    return t("{name} has {count} cluster today: {members}.", **fields) if one else \
        t("{name} has {count} clusters today: {members}.", **fields)


def _name(kb: KnowledgeBase, subject: Subject) -> str:
    return kb.name_of(*subject)


DEPTH = ("sub_cluster", "cluster", "grouping", "old_cluster")   # most specific first


def _target(kb: KnowledgeBase, state: ExplorationState, turn: Turn, inside: bool = False) -> Optional[Subject]:
    """The thing asked about. For "what's inside": the thing right above the kind asked for
    ("sub-clusters" of a cluster), else the most specific named thing that has something inside."""
    found = understand(kb, state, turn)
    concept = found.concept_kind()
    if inside and found.subjects:
        above = kinds.ancestors(concept) if concept else ()
        for kind in above:
            match = found.first(kind)
            if match:
                return match
        with_members = [s for s in found.subjects if kb.children_of(*s)]
        if with_members:
            return min(with_members, key=lambda s: DEPTH.index(s[0]) if s[0] in DEPTH else len(DEPTH))
    if found.subjects:
        return found.subjects[0]
    if state.focus and kb.get(*state.focus) is not None:
        focus: Subject = (state.focus[0], state.focus[1])
        if inside and concept:   # "what sub-clusters does it have?" while a sub-cluster is in focus: its cluster
            return next((item for item in kb.lineage(*focus) if item[0] in kinds.ancestors(concept)), focus)
        return focus
    return None


def _options(state: ExplorationState, subjects: List[Subject]) -> None:
    state.offered = [list(s) for s in subjects]
    if len(subjects) >= 2:
        state.alternatives = [list(s) for s in subjects[:4]]


def handle_ask_members(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """"What sub-clusters does Agriculture have", "which jobs are in Animal Systems"."""
    found = understand(kb, state, turn)
    several = [s for s in found.subjects if kb.children_of(*s)]
    if len(several) >= 2 and "both" in found.references:
        return members_of_each(kb, state, several)
    target = _target(kb, state, turn, inside=True)
    if target is None:
        return [text_message(t("What would you like me to open up? Pick a grouping to see its clusters."),
                             grouping_buttons(kb))]
    concept = understand(kb, state, turn).concept_kind()
    if concept == "occupation" and target[0] in ("cluster", "grouping"):
        return jobs_in(kb, state, target)
    children = kb.children_of(*target)
    if not children:
        return describe(kb, state, target[0], target[1], turn)
    if target[0] != "old_cluster":
        set_focus(state, *target)
    text = members_sentence(target[0], _name(kb, target), [_name(kb, c) for c in children])
    _options(state, children)
    buttons = [button(_name(kb, c), "ask_about", **{c[0]: c[1]}) for c in children[:MAX_BUTTONS]]
    return [text_message(text + " " + t("Which one sounds interesting?"), buttons)]


def members_of_each(kb: KnowledgeBase, state: ExplorationState, subjects: List[Subject]) -> List[Message]:
    """"What sub-clusters do both of them have": each one's members, a line each."""
    lines = []
    for subject in subjects[:3]:
        lines.append("%s: %s." % (_name(kb, subject), join_names([_name(kb, c) for c in kb.children_of(*subject)])))
    _options(state, subjects[:3])
    return [text_message("\n".join(lines), [button(_name(kb, s), "ask_about", **{s[0]: s[1]}) for s in subjects[:3]])]


def jobs_in(kb: KnowledgeBase, state: ExplorationState, target: Subject) -> List[Message]:
    """A few jobs from each sub-cluster of a cluster (or each cluster of a grouping)."""
    set_focus(state, *target)
    subs = kb.sub_clusters_of(target[1]) if target[0] == "cluster" else [
        s for c in kb.clusters_in_grouping(target[1]) for s in kb.sub_clusters_of(c.id)]
    lines = [t("Some jobs in {area}:", area=_name(kb, target))]
    for sub in subs[:8]:
        lines.append("- %s: %s" % (sub.name, join_names([o.title for o in kb.occupations_of(sub.id)[:2]])))
    _options(state, [("sub_cluster", s.id) for s in subs])
    buttons = [button(s.name, "ask_about", sub_cluster=s.id) for s in subs[:MAX_BUTTONS]]
    return [text_message("\n".join(lines) + "\n" + t("Pick one to see education and pay."), buttons)]


def handle_ask_parent(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """"What cluster is an electrician in", "is farming part of Building & Moving?"."""
    found = understand(kb, state, turn)
    if not found.subjects and len(state.alternatives) >= 2:
        return where_each_is(kb, state, [(a[0], a[1]) for a in state.alternatives if kb.get(*a) is not None],
                             _level(found))
    placed = [s for s in found.named if s[0] not in ("grouping", "cluster", "sub_cluster") or
              not any(s in kb.lineage(*other)[1:] for other in found.named)]
    if len(placed) >= 2:   # "are firefighters and paramedics in the same cluster?"
        return where_each_is(kb, state, placed, _level(found))
    target = _target(kb, state, turn)
    if target is None:
        return [text_message(t("Which job or area do you want me to place? Tell me its name."), grouping_buttons(kb))]
    chain = kb.lineage(*target)
    if target[0] == "old_cluster" or len(chain) == 1:
        return describe(kb, state, target[0], target[1], turn)
    set_focus(state, *target)
    above = chain[1:]
    plural = target[0] == "occupation" and _name(kb, target).endswith("s")   # "Pharmacists are", "Registered Nurse is"
    text = place_sentence(plural, _name(kb, target), _name(kb, above[0]),
                          [_name(kb, a) for a in above[1:]])
    cluster = next((a for a in chain if a[0] == "cluster"), None)
    if cluster and kb.clusters[cluster[1]].cross_cutting:
        text += " " + t("{cluster} is a cross-cutting cluster: its skills are used in every industry.",
                        cluster=_name(kb, cluster))
    asked_about = [s for s in found.subjects[1:] if s[0] in ("grouping", "cluster", "sub_cluster")]
    if asked_about and asked_about[0] not in chain:
        text = t("No. {answer}", answer=text)
    elif asked_about:
        text = t("Yes! {answer}", answer=text)
    _options(state, above)
    buttons = [button(_name(kb, a), "ask_about", **{a[0]: a[1]}) for a in above]
    return [text_message(text + " " + t("Want to see more about one of them?"), buttons)]


def _level(found) -> Optional[str]:
    """The level a "same ...?" question asks about: "same cluster", "same sub-cluster"."""
    kind = found.concept_kind()
    return kind if kind in ("grouping", "cluster", "sub_cluster") else None


def place_sentence(plural: bool, name: str, parent: str, ancestors: List[str]) -> str:
    """"Electricians are in Skilled Trades, part of Construction and Building & Moving." (job titles are plural)."""
    if ancestors:
        fields = dict(name=name, parent=parent, ancestors=join_names(ancestors))
        return t("{name} are in {parent}, part of {ancestors}.", **fields) if plural else \
            t("{name} is in {parent}, part of {ancestors}.", **fields)
    return t("{name} are in {parent}.", name=name, parent=parent) if plural else \
        t("{name} is in {parent}.", name=name, parent=parent)


def where_each_is(kb: KnowledgeBase, state: ExplorationState, subjects: List[Subject],
                  level: Optional[str] = None) -> List[Message]:
    """"Are they in the same sub-cluster?": the answer for the level asked, then where each one sits."""
    subjects = subjects[:3]
    state.alternatives = [list(s) for s in subjects]
    shared = [a for a in kb.lineage(*subjects[0])[1:] if all(a in kb.lineage(*s) for s in subjects[1:])]
    at_level = [a for a in shared if a[0] == level] if level else shared[:1]
    if at_level:
        lines = [t("Yes, they are both in {area}.", area=_name(kb, at_level[0]))]
    elif level:
        lines = [t("No, not the same one.")]
    else:
        lines = [t("They are in different clusters.")]
    for subject in subjects:
        above = ", ".join(_name(kb, a) for a in kb.lineage(*subject)[1:]) or t("a top-level area")
        lines.append("- %s: %s." % (_name(kb, subject), above))
    return [text_message("\n".join(lines), [button(_name(kb, s), "ask_about", **{s[0]: s[1]}) for s in subjects])]


def handle_ask_list(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """Complete lists, for a student or a counselor's handout."""
    concepts = understand(kb, state, turn).concepts
    if "old_cluster" in concepts:
        old = kb.sorted_items("old_cluster")
        return [text_message(t("The original framework (2002) had {count} clusters: {clusters}. In 2024 they "
                               "became {new_count}.", count=len(old), clusters=join_names([o.old_name for o in old]),
                               new_count=len(kb.clusters)),
                             [button(t("What changed?"), "ask_crosswalk")])]
    if "cross_cutting" in concepts:
        cross = [c for c in kb.sorted_items("cluster") if c.cross_cutting]
        _options(state, [("cluster", c.id) for c in cross])
        return [text_message(t("The {count} cross-cutting clusters are {clusters}. Their skills are used in every "
                               "industry.", count=len(cross), clusters=join_names([c.name for c in cross])),
                             [button(c.name, "ask_about", cluster=c.id) for c in cross])]
    if "grouping" in concepts and "cluster" not in concepts[:1]:
        groupings = sorted(kb.groupings.values(), key=lambda g: (g.cross_cutting, g.name))
        lines = [t("The {count} groupings and their clusters:", count=len(groupings))]
        lines += ["- %s: %s" % (g.name, join_names([c.name for c in kb.clusters_in_grouping(g.id)]))
                  for g in groupings]
        _options(state, [("grouping", g.id) for g in groupings])
        return [text_message("\n".join(lines), grouping_buttons(kb))]
    if "sub_cluster" in concepts:
        lines = [t("All {count} sub-clusters, by cluster:", count=len(kb.sub_clusters))]
        lines += ["- %s: %s" % (c.name, join_names([s.name for s in kb.sub_clusters_of(c.id)]))
                  for c in kb.sorted_items("cluster")]
        return [text_message("\n".join(lines), grouping_buttons(kb))]
    clusters = kb.sorted_items("cluster")
    cross = [c.name for c in clusters if c.cross_cutting]
    text = t("All {count} career clusters: {clusters}. {cross_count} are cross-cutting ({cross_cutting}).",
             count=len(clusters), clusters=join_names([c.name for c in clusters]), cross_count=len(cross),
             cross_cutting=join_names(cross))
    return [text_message(text, grouping_buttons(kb))]
