"""The exploration summary counselors see: structured (for the web page) and as text."""
from typing import Dict, List

from careerbot.kb.kinds import BY_NAME, REMEMBERED
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

DUAL_ENROLLMENT_TITLE = "Dual enrollment"


def _named(kb: KnowledgeBase, kind: str, ids: List[str]) -> List[Dict[str, str]]:
    return [{"id": item_id, "name": kb.name_of(kind, item_id)} for item_id in ids if kb.get(kind, item_id) is not None]


def build_summary(kb: KnowledgeBase, state: ExplorationState) -> Dict:
    summary: Dict = {"grade": state.grade, "interests": list(state.interests)}
    for kind in REMEMBERED:
        summary[BY_NAME[kind].plural] = _named(kb, kind, state.discussed.get(kind, []))
    summary["dual_enrollment"] = _named(kb, "pathway", [p for p in state.dual_enrollment if p != "general"])
    return summary


def summary_text(summary: Dict) -> str:
    lines = ["Here's what we explored:"]
    if summary.get("grade"):
        lines.append("Grade: %s" % summary["grade"])
    if summary.get("interests"):
        lines.append("Interests: " + ", ".join(summary["interests"]))
    sections = [(BY_NAME[kind].plural, BY_NAME[kind].title) for kind in REMEMBERED]
    for field_name, title in sections + [("dual_enrollment", DUAL_ENROLLMENT_TITLE)]:
        names = [item["name"] for item in summary.get(field_name, [])]
        if names:
            lines.append("%s: %s" % (title, ", ".join(names)))
    if len(lines) == 1:
        return "We haven't explored anything yet. Tell me what you like doing and we'll start!"
    return "\n".join(lines)
