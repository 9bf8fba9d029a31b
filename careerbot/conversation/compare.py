"""Two things side by side: two jobs, two clusters, internship vs apprenticeship, and so on."""
import re
from typing import List, Optional, Tuple

from careerbot import grades
from careerbot.conversation.context import grouping_buttons, set_focus
from careerbot.conversation.jobs import education_and_pay
from careerbot.conversation.turns import Message, Turn, button, join_names, text_message
from careerbot.conversation.understand import Subject, understand
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

# The sentence of a description that says what its workers do, in English or Spanish.
DOING = re.compile(r"(People|Workers|They|Los trabajadores|Las trabajadoras|Las personas|Quienes)\b")


def first_sentence(text: str, count: int = 1) -> str:
    return " ".join(re.split(r"(?<=[.!?])\s+", text.strip())[:count])


def one_line(kb: KnowledgeBase, subject: Subject) -> str:
    """A subject in one line, with what matters for telling it apart."""
    kind, item_id = subject
    item = kb.get(kind, item_id)
    name = kb.display_name(item)
    if kind == "occupation":
        return "%s: %s" % (name, education_and_pay(item))
    if kind == "work_based_learning":
        grades = " " + t("Usually grades {grades}.", grades=item.typical_grades) if item.typical_grades else ""
        return "%s: %s%s" % (name, first_sentence(item.description), grades)
    if kind == "credential":
        return t("{name} (from {issuer}): {description}", name=name, issuer=item.issuer,
                 description=first_sentence(item.description))
    if kind == "grouping":
        return "%s: %s" % (name, item.purpose)
    if kind == "old_cluster":
        return "%s (2002): %s" % (name, first_sentence(item.what_changed))
    if kind in ("cluster", "sub_cluster"):
        parts = re.split(r"(?<=[.!?])\s+", item.description.strip())
        doing = next((p for p in parts[1:] if DOING.match(p)), parts[1] if len(parts) > 1 else "")
        jobs = kb.occupations_of(item_id) if kind == "sub_cluster" else [
            o for s in kb.sub_clusters_of(item_id) for o in kb.occupations_of(s.id)[:1]]
        examples = " " + t("Jobs like {jobs}.", jobs=join_names([o.title for o in jobs[:2]])) if jobs else ""
        return "%s: %s %s%s" % (name, parts[0], doing, examples)
    return "%s: %s" % (name, first_sentence(item.description))


def describe_several(kb: KnowledgeBase, state: ExplorationState, subjects: List[Subject]) -> List[Message]:
    """A line on each of two to four things ("what's a CNA and what's a medical assistant")."""
    shown = subjects[:4]
    state.offered = [list(s) for s in shown]
    state.alternatives = [list(s) for s in shown]
    set_focus(state, *shown[-1])
    return [text_message("\n".join(one_line(kb, s) for s in shown),
                         [button(kb.name_of(*s), "ask_about", **{s[0]: s[1]}) for s in shown])]


def where(kb: KnowledgeBase, subject: Subject) -> str:
    """The cluster a subject sits in, for "both are in..." lines."""
    return next((s[1] for s in kb.lineage(*subject) if s[0] == "cluster"), "")


WHICH = re.compile(r"(?i)\b(?:which|better|best|cual|cuál|mejor)\b")
GRADES = re.compile(r"(\d+)\s*-\s*(\d+)")


def grade_span(kb: KnowledgeBase, subject: Subject) -> Optional[Tuple[int, int]]:
    item = kb.get(*subject)
    found = GRADES.search(getattr(item, "typical_grades", None) or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def grade_fit(kb: KnowledgeBase, pair: List[Subject], grade: Optional[int]) -> str:
    """"Which is better for an 8th grader?": the one that fits that grade, first."""
    spans = [grade_span(kb, s) for s in pair]
    if grade is None or None in spans:
        return ""
    named = [(kb.name_of(*s), span) for s, span in zip(pair, spans, strict=True) if span]
    fits = [name for name, (first, last) in named if first <= grade <= last]
    if len(fits) == 2:
        return t("Both fit grade {grade}.", grade=grade)
    if not fits:
        return t("Neither usually starts before grade {start}.", start=min(first for _, (first, _) in named))
    other, (start, _) = next((name, span) for name, span in named if name not in fits)
    return t("In grade {grade}, {fit} fits; {other} usually starts in grade {start}.", grade=grade, fit=fits[0],
             other=other, start=start)


def handle_ask_compare(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    subjects = list(understand(kb, state, turn).subjects)
    focus = (state.focus[0], state.focus[1]) if state.focus and kb.get(*state.focus) is not None else None
    if len(subjects) == 1 and focus and focus != subjects[0]:
        subjects.insert(0, focus)
    if len(subjects) < 2:
        return [text_message(t("What two things should I compare? For example \"nurse vs doctor\" or "
                               "\"internship or apprenticeship\"."), grouping_buttons(kb)[:3])]
    pair = subjects[:2]
    lines = [one_line(kb, s) for s in pair]
    fit = grade_fit(kb, pair, grades.parse_grade(turn.text) or (state.grade if WHICH.search(turn.text) else None))
    if fit:
        lines.insert(0, fit)
    clusters = [where(kb, s) for s in pair]
    if all(clusters) and pair[0][0] != "cluster" and pair[1][0] != "cluster":
        if clusters[0] == clusters[1]:
            lines.append(t("Both are in the {cluster} cluster.", cluster=kb.clusters[clusters[0]].name))
        else:
            lines.append(t("They are in different clusters: {first} and {second}.",
                           first=kb.clusters[clusters[0]].name, second=kb.clusters[clusters[1]].name))
    state.alternatives = [list(s) for s in pair]
    state.offered = [list(s) for s in pair]
    set_focus(state, *pair[-1])
    buttons = [button(t("More about {name}", name=kb.name_of(*s)), "ask_about", **{s[0]: s[1]}) for s in pair]
    return [text_message("\n".join(lines), buttons)]
