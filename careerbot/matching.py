"""Turns what a student said they like into ranked groupings and clusters, with reasons."""
from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

from careerbot.kb.localize import in_all_languages
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.text import keyword_words, light_lemma

# How strongly each kind of mention points at a cluster. A named job or cluster says more
# than a hobby word, and a hobby word listed under a sub-cluster is more specific.
WEIGHTS = {"cluster": 4.0, "sub_cluster": 3.0, "occupation": 3.0, "pathway": 3.0, "credential": 2.0,
           "grouping": 1.0, "interest": 2.0}
WORD_WEIGHT = 0.5   # one word out of a longer keyword phrase
SAME_WORDS_BONUS = 0.1   # another job in the same cluster answering to the same words ("engineer")
_INDEX_CACHE: Dict = {}   # the keyword index of the newest knowledge-base version


@dataclass
class ClusterMatch:
    cluster_id: str
    score: float
    reasons: List[str] = field(default_factory=list)     # the student's words that led here
    sub_clusters: List[str] = field(default_factory=list)
    strong: bool = False   # backed by a whole term, not only by single words out of longer keywords


def _keyword_index(kb: KnowledgeBase) -> Dict[str, List[Tuple[str, str]]]:
    """folded keyword -> [(kind, id)] of clusters, sub-clusters and groupings listing it.

    Single words of multi-word keywords are indexed too, as "~word" (see nlp.keyword_words).
    """
    if _INDEX_CACHE.get("version") == kb.version and kb.version:
        return _INDEX_CACHE["index"]
    index: Dict[str, List[Tuple[str, str]]] = {}
    for kind, table in (("grouping", kb.groupings), ("cluster", kb.clusters), ("sub_cluster", kb.sub_clusters)):
        for item in table.values():
            for keyword in in_all_languages(item, "interest_keywords"):
                index.setdefault(fold(keyword), []).append((kind, item.id))
                for word in keyword_words(keyword):
                    targets = index.setdefault("~" + light_lemma(word), [])
                    if (kind, item.id) not in targets:
                        targets.append((kind, item.id))
    _INDEX_CACHE.update(version=kb.version, index=index)
    return index


def rank_clusters(kb: KnowledgeBase, signals: Sequence[Sequence[str]]) -> List[ClusterMatch]:
    index = _keyword_index(kb)
    matches: Dict[str, ClusterMatch] = {}
    credited = set()   # (words, cluster): one phrase counts once per cluster, however many jobs share it

    def credit(cluster_id, weight, reason, sub_cluster_id=None):
        if cluster_id not in kb.clusters:
            return
        match = matches.setdefault(cluster_id, ClusterMatch(cluster_id, 0.0))
        if sub_cluster_id and sub_cluster_id not in match.sub_clusters:
            match.sub_clusters.append(sub_cluster_id)
        if (reason, cluster_id) in credited:
            match.score += SAME_WORDS_BONUS
            return
        credited.add((reason, cluster_id))
        match.strong = match.strong or weight > WORD_WEIGHT
        match.score += weight
        if reason not in match.reasons:
            match.reasons.append(reason)

    for label, value, text in signals:
        weight = WEIGHTS.get(label, 1.0)
        if label == "interest" and value.startswith("~"):
            weight = WORD_WEIGHT
        if label == "interest":
            targets = index.get(value, [])
            for kind, item_id in targets:
                if kind == "cluster":
                    credit(item_id, weight, text)
                elif kind == "sub_cluster":
                    credit(kb.sub_clusters[item_id].cluster, weight, text, item_id)
                else:
                    for cluster in kb.clusters_in_grouping(item_id):
                        credit(cluster.id, WEIGHTS["grouping"], text)
        elif label == "cluster":
            credit(value, weight, text)
        elif label == "sub_cluster" and value in kb.sub_clusters:
            credit(kb.sub_clusters[value].cluster, weight, text, value)
        elif label == "occupation" and value in kb.occupations:
            occupation = kb.occupations[value]
            credit(occupation.cluster, weight, text, occupation.sub_cluster)
        elif label == "pathway" and value in kb.pathways:
            pathway = kb.pathways[value]
            credit(pathway.cluster, weight, text, pathway.sub_clusters[0] if pathway.sub_clusters else None)
        elif label == "credential" and value in kb.credentials:
            for cluster_id in kb.credentials[value].clusters:
                credit(cluster_id, weight, text)
        elif label == "grouping":
            for cluster in kb.clusters_in_grouping(value):
                credit(cluster.id, weight, text)
    return sorted(matches.values(), key=lambda m: (-m.score, fold(kb.clusters[m.cluster_id].name)))


def rank_groupings(kb: KnowledgeBase, clusters: Sequence[ClusterMatch]) -> List[Tuple[str, float]]:
    totals: Dict[str, float] = {}
    for match in clusters:
        grouping = kb.clusters[match.cluster_id].grouping
        totals[grouping] = totals.get(grouping, 0.0) + match.score
    return sorted(totals.items(), key=lambda item: (-item[1], fold(kb.groupings[item[0]].name)))


def top_matches(matches: Sequence[ClusterMatch], limit: int = 3) -> List[ClusterMatch]:
    """The strongest matches, dropping weak tails (under a third of the best score)."""
    if not matches:
        return []
    if any(m.strong for m in matches):
        matches = [m for m in matches if m.strong]
    best = matches[0].score
    return [m for m in matches if m.score >= best / 3][:limit]


def interdisciplinary_pair(kb: KnowledgeBase, matches: Sequence[ClusterMatch]) -> Tuple[str, str]:
    """(industry cluster, cross-cutting cluster) when the top matches combine the two, else ("", "")."""
    top = top_matches(matches, 4)
    industry = [m.cluster_id for m in top if not kb.clusters[m.cluster_id].cross_cutting]
    crossing = [m.cluster_id for m in top if kb.clusters[m.cluster_id].cross_cutting]
    if industry and crossing:
        return industry[0], crossing[0]
    return "", ""
