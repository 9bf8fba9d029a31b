"""The exploration summary counselors see: structured (for the web page) and as text."""
from typing import Dict, List

from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

SECTIONS = [("groupings", "grouping", "Groupings"), ("clusters", "cluster", "Career clusters"),
            ("sub_clusters", "sub_cluster", "Sub-clusters"), ("pathways", "pathway", "Pathways (courses)"),
            ("dual_enrollment", "pathway", "Dual enrollment"), ("credentials", "credential", "Credentials"),
            ("work_based_learning", "work_based_learning", "Work-based learning")]


def _named(kb: KnowledgeBase, kind: str, ids: List[str]) -> List[Dict[str, str]]:
    named = []
    for item_id in ids:
        if kind == "pathway" and item_id == "general":
            named.append({"id": "general", "name": "Dual enrollment basics"})
        elif kb.get(kind, item_id) is not None:
            named.append({"id": item_id, "name": kb.name_of(kind, item_id)})
    return named


def build_summary(kb: KnowledgeBase, state: ExplorationState) -> Dict:
    summary = {"grade": state.grade, "interests": list(state.interests)}
    for field_name, kind, _ in SECTIONS:
        summary[field_name] = _named(kb, kind, getattr(state, field_name))
    return summary


def summary_text(summary: Dict) -> str:
    lines = ["Here's what we explored:"]
    if summary.get("grade"):
        lines.append("Grade: %s" % summary["grade"])
    if summary.get("interests"):
        lines.append("Interests: " + ", ".join(summary["interests"]))
    for field_name, _, title in SECTIONS:
        names = [item["name"] for item in summary.get(field_name, [])]
        if names:
            lines.append("%s: %s" % (title, ", ".join(names)))
    if len(lines) == 1:
        return "We haven't explored anything yet. Tell me what you like doing and we'll start!"
    return "\n".join(lines)
