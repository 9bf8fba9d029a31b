"""The framework itself and what became of the 16 original clusters."""
import re

from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.topics import pick_topic
from careerbot.conversation.describe import describe_crosswalk
from careerbot.conversation.turns import button, join_names, text_message
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


def handle_ask_crosswalk(kb, state, turn):
    old = turn.first("old_cluster")
    if old:
        return describe_crosswalk(kb, state, old.value)
    cluster = turn.first("cluster")
    if cluster:
        entries = kb.crosswalk_for_cluster(cluster.value)
        if entries:
            return describe_crosswalk(kb, state, entries[0].id)
    names = [e.old_name for e in kb.sorted_items("old_cluster")]
    return [text_message("The 2002 framework had %d clusters: %s. In 2024 they became %d clusters. "
                         "Which old one are you wondering about?" % (len(names), join_names(names),
                                                                      len(kb.clusters)),
                         grouping_buttons(kb)[:3])]
