"""The framework itself and what became of the 16 original clusters."""
import re
from typing import Dict, List, Tuple

from careerbot.conversation.brevity import ALL_AT_ONCE, MOST_WORDS, more_button
from careerbot.conversation.compare import describe_several
from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.describe import describe_crosswalk
from careerbot.conversation.topics import pick_topic
from careerbot.conversation.turns import button, join_names, text_message
from careerbot.conversation.understand import understand
from careerbot.i18n import DEFAULT, current_language, t
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.kb.required import (
    FRAMEWORK_CLUSTER,
    FRAMEWORK_COUNTS,
    FRAMEWORK_CROSS_CUTTING,
    FRAMEWORK_WHAT_IS,
)

HOW_MANY = re.compile(r"\b(?:how many|cuantos|cuantas)\b")


def framework_counts(kb: KnowledgeBase) -> str:
    cross = [c.name for c in kb.sorted_items("cluster") if c.cross_cutting]
    purpose = [g for g in kb.groupings.values() if not g.cross_cutting]
    counts = dict(clusters=len(kb.clusters), cross_count=len(cross), cross=join_names(cross),
                  sub_clusters=len(kb.sub_clusters), groupings=len(purpose))
    if not kb.framework:
        return t("The framework has {clusters} career clusters ({cross_count} of them cross-cutting: {cross}) "
                 "and {sub_clusters} sub-clusters, organized into {groupings} purpose-driven groupings plus a "
                 "cross-cutting ring.", **counts)
    return t("The {framework} has {clusters} career clusters ({cross_count} of them cross-cutting: {cross}) "
             "and {sub_clusters} sub-clusters, organized into {groupings} purpose-driven groupings plus a "
             "cross-cutting ring.", framework=kb.framework.name, **counts)


def handle_ask_framework(kb, state, turn):
    """The concept asked about first; the counts join it when asked for or when the reply stays short,
    else they wait behind "Tell me more" (with when the framework came out)."""
    folded = " %s " % fold(turn.text)
    concept = pick_topic(kb.framework.concepts, turn.text, generic=(FRAMEWORK_WHAT_IS, FRAMEWORK_CLUSTER)) \
        if kb.framework else None
    if concept is None and kb.framework:
        concept = next((c for c in kb.framework.concepts if c.id in (FRAMEWORK_WHAT_IS, FRAMEWORK_COUNTS)), None)
    text = concept.answer if concept else ""
    more = []
    if concept is None or concept.id in (FRAMEWORK_COUNTS, FRAMEWORK_WHAT_IS) or HOW_MANY.search(folded):
        counts = framework_counts(kb)
        if not text or concept is None or concept.id == FRAMEWORK_COUNTS:
            text = counts
        elif len(text.split()) + len(counts.split()) <= ALL_AT_ONCE:
            text += "\n" + counts
        else:
            more.append(counts)
    if concept is not None and concept.id == FRAMEWORK_CROSS_CUTTING:
        cross = [c for c in kb.sorted_items("cluster") if c.cross_cutting]
        buttons = [button(c.name, "ask_about", cluster=c.id) for c in cross]
        if not all(c.name in text for c in cross):   # the answer usually names them already
            text += "\n" + t("They are {names}.", names=join_names([c.name for c in cross]))
        return _with_more(state, text, more, buttons)
    if kb.framework and concept is not None and concept.id == FRAMEWORK_WHAT_IS and _in_this_language(kb.framework):
        released = t("{steward} released it in {released}. It replaces {replaces}", steward=kb.framework.steward,
                     released=kb.framework.released,
                     replaces=kb.framework.replaces[0].lower() + kb.framework.replaces[1:])
        if more:
            more[-1] += " " + released
        elif len(text.split()) + len(released.split()) <= ALL_AT_ONCE:
            text += " " + released
        else:
            more.append(released)
    return _with_more(state, text, more, grouping_buttons(kb))


def _in_this_language(item) -> bool:
    """Whether the item's own text reads in the conversation's language (the framework record has no
    Spanish yet, and its translated "what is it" answer already says who released it, when, and what
    it replaced)."""
    lang = current_language()
    return lang == DEFAULT or bool(getattr(item, lang, None))


def _with_more(state, text, more, buttons):
    if more:
        state.more = "\n".join(more)
        buttons = [more_button()] + buttons
    return [text_message(text, buttons)]


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

    short = [t("The {old_count} clusters of 2002 became {new_count} in 2024.", old_count=len(kb.crosswalk),
               new_count=len(kb.clusters))]
    details = []
    if found["merged"]:
        merges = [t("{olds} into {new}", olds=join_names([o.old_name for o in olds]), new=name(c))
                  for c, olds in found["merged"]]
        short.append(t("Some merged: {merges}.", merges="; ".join(merges)))
        details += [t("- {olds} became {new}.", olds=join_names([o.old_name for o in olds]), new=name(c))
                    for c, olds in found["merged"]]
    if found["spread"]:
        entry = max(found["spread"], key=lambda e: len(e.new_clusters))
        short.append(t("{old} was spread across {count} clusters.", old=entry.old_name, count=len(entry.new_clusters)))
        details += [t("- {old} was spread into {news}.", old=e.old_name,
                      news=join_names([name(c) for c in e.new_clusters])) for e in found["spread"]]
    if found["renamed"]:
        example = found["renamed"][0]
        short.append(t("The rest were renamed, like {old}, now {new}.", old=example.old_name,
                       new=name(example.new_clusters[0])))
        details += [t("- {old} is now {new}.", old=e.old_name, new=name(e.new_clusters[0])) for e in found["renamed"]]
    cross = [c.name for c in kb.sorted_items("cluster") if c.cross_cutting]
    details.append(t("{names} are now cross-cutting: their skills are used in every industry.",
                     names=join_names(cross)))
    waiting: List[str] = []
    while len(short) > 1 and len(" ".join(short).split()) > MOST_WORDS:   # the last summary sentences wait too
        waiting.insert(0, short.pop())
    return " ".join(short), "\n".join(waiting + details)


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
            text = t("{cluster} came from the original {old}.", cluster=kb.name_of(*current), old=entries[0].old_name) \
                if len(entries) == 1 else t("{cluster} came from the original {olds}.", cluster=kb.name_of(*current),
                                            olds=join_names([e.old_name for e in entries]))
            return [text_message(text + " " + entries[0].what_changed,
                                 [button(e.old_name, "ask_crosswalk", old_cluster=e.id) for e in entries[:4]])]
    short, state.more = what_changed(kb)
    return [text_message(short, [more_button()] +
                         [button(e.old_name, "ask_crosswalk", old_cluster=e.id) for e in changes(kb)["spread"]])]
