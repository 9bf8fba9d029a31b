"""The framework itself and what became of the 16 original clusters."""
import re
from typing import Dict, List, Tuple

from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.topics import pick_topic
from careerbot.conversation.compare import describe_several
from careerbot.conversation.describe import describe_crosswalk
from careerbot.conversation.turns import button, join_names, text_message
from careerbot.conversation.understand import understand
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.kb.required import (
    FRAMEWORK_CLUSTER,
    FRAMEWORK_COUNTS,
    FRAMEWORK_CROSS_CUTTING,
    FRAMEWORK_WHAT_IS,
)


def framework_counts(kb: KnowledgeBase) -> str:
    cross = [c.name for c in kb.sorted_items("cluster") if c.cross_cutting]
    purpose = [g for g in kb.groupings.values() if not g.cross_cutting]
    return ("The %s has %d career clusters (%d of them cross-cutting: %s) and %d sub-clusters, organized "
            "into %d purpose-driven groupings plus a cross-cutting ring." % (
                kb.framework.name if kb.framework else "framework", len(kb.clusters), len(cross),
                join_names(cross), len(kb.sub_clusters), len(purpose)))


def handle_ask_framework(kb, state, turn):
    folded = " %s " % fold(turn.text)
    concept = pick_topic(kb.framework.concepts, turn.text, generic=(FRAMEWORK_WHAT_IS, FRAMEWORK_CLUSTER)) \
        if kb.framework else None
    if concept is None and kb.framework:
        concept = next((c for c in kb.framework.concepts if c.id in (FRAMEWORK_WHAT_IS, FRAMEWORK_COUNTS)), None)
    text = concept.answer if concept else ""
    if concept is None or concept.id in (FRAMEWORK_COUNTS, FRAMEWORK_WHAT_IS) or re.search(r"\bhow many\b", folded):
        text = (text + "\n" if text and concept and concept.id != FRAMEWORK_COUNTS else "") + framework_counts(kb)
    if concept is not None and concept.id == FRAMEWORK_CROSS_CUTTING:
        cross = [c for c in kb.sorted_items("cluster") if c.cross_cutting]
        return [text_message(text + "\nThey are %s." % join_names([c.name for c in cross]),
                             [button(c.name, "ask_about", cluster=c.id) for c in cross])]
    if kb.framework and concept is not None and concept.id == FRAMEWORK_WHAT_IS:
        text += " %s released it in %s. It replaces %s" % (kb.framework.steward, kb.framework.released,
                                                            kb.framework.replaces[0].lower() +
                                                            kb.framework.replaces[1:])
    return [text_message(text, grouping_buttons(kb))]


def changes(kb: KnowledgeBase) -> Dict[str, List]:
    """How the original clusters became today's, read from the crosswalk: merged (several old into
    one new), spread out (one old into several new) and renamed (one into one)."""
    sources: Dict[str, List] = {}
    for entry in kb.sorted_items("old_cluster"):
        for cluster_id in entry.new_clusters:
            sources.setdefault(cluster_id, []).append(entry)
    whole = {c: [o for o in olds if len(o.new_clusters) == 1] for c, olds in sources.items()}
    merged = {c: olds for c, olds in whole.items() if len(olds) > 1}
    spread = [e for e in kb.sorted_items("old_cluster") if len(e.new_clusters) > 1]
    renamed = [e for e in kb.sorted_items("old_cluster")
               if len(e.new_clusters) == 1 and e.new_clusters[0] not in merged]
    return {"merged": sorted(merged.items()), "spread": spread, "renamed": renamed}


def what_changed(kb: KnowledgeBase) -> Tuple[str, str]:
    """(the short answer, the details for "Tell me more")."""
    found = changes(kb)

    def name(cluster_id: str) -> str:
        return kb.clusters[cluster_id].name

    short = ["The %d clusters of 2002 became %d in 2024." % (len(kb.crosswalk), len(kb.clusters))]
    details = []
    if found["merged"]:
        short.append("Some merged: %s." % "; ".join("%s into %s" % (join_names([o.old_name for o in olds]), name(c))
                                                    for c, olds in found["merged"]))
        details += ["- %s became %s." % (join_names([o.old_name for o in olds]), name(c)) for c, olds in found["merged"]]
    if found["spread"]:
        entry = max(found["spread"], key=lambda e: len(e.new_clusters))
        short.append("%s was spread across %d clusters." % (entry.old_name, len(entry.new_clusters)))
        details += ["- %s was spread into %s." % (e.old_name, join_names([name(c) for c in e.new_clusters]))
                    for e in found["spread"]]
    if found["renamed"]:
        example = found["renamed"][0]
        short.append("The rest were renamed, like %s, now %s." % (example.old_name, name(example.new_clusters[0])))
        details += ["- %s is now %s." % (e.old_name, name(e.new_clusters[0])) for e in found["renamed"]]
    cross = [c.name for c in kb.sorted_items("cluster") if c.cross_cutting]
    details.append("%s are now cross-cutting: their skills are used in every industry." % join_names(cross))
    return " ".join(short), "\n".join(details)


def handle_ask_crosswalk(kb, state, turn):
    subjects = understand(kb, state, turn).subjects
    old = [s for s in subjects if s[0] == "old_cluster"]
    if len(old) >= 2:
        return describe_several(kb, state, old)
    if old:
        return describe_crosswalk(kb, state, old[0][1])
    current = next((s for s in subjects if s[0] == "cluster"), None)
    if current:
        entries = kb.crosswalk_for_cluster(current[1])
        if entries:
            text = "%s came from the original %s." % (kb.name_of(*current), join_names([e.old_name for e in entries]))
            return [text_message(text + " " + entries[0].what_changed,
                                 [button(e.old_name, "ask_crosswalk", old_cluster=e.id) for e in entries[:4]])]
    short, state.more = what_changed(kb)
    return [text_message(short, [button("Tell me more", "ask_about")] +
                         [button(e.old_name, "ask_crosswalk", old_cluster=e.id) for e in changes(kb)["spread"]])]
