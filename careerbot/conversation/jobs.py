"""Pay and education: for a job named or in focus, or for the jobs of an area in focus."""
from typing import Dict, List, Optional

from careerbot.conversation.brevity import WORDS_SHOWN, fit_lines, more_button
from careerbot.conversation.context import grouping_buttons, next_step_buttons, set_focus
from careerbot.conversation.describe import wage_text
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.conversation.understand import understand
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase, Occupation
from careerbot.matching import rank_clusters, top_matches
from careerbot.state import ExplorationState

AREA_JOBS = 4
def _jobs_asked_about(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Occupation]:
    """The jobs named or referred to; else the job in focus; else a few jobs of the area in focus."""
    found = understand(kb, state, turn)
    named = [kb.occupations[s[1]] for s in found.subjects if s[0] == "occupation"]
    if named:
        return named[:3]
    area = found.first("sub_cluster", "cluster")
    if area is None and state.focus and kb.get(*state.focus) is not None:
        if state.focus[0] == "occupation":
            return [kb.occupations[state.focus[1]]]
        area = (state.focus[0], state.focus[1]) if state.focus[0] in ("sub_cluster", "cluster") else None
    if area is None:
        interests = [[m.label, m.value, m.text] for m in turn.mentions if m.label == "interest"]
        top = top_matches(rank_clusters(kb, interests), 1)
        if top:
            area = ("sub_cluster", top[0].sub_clusters[0]) if top[0].sub_clusters else ("cluster", top[0].cluster_id)
    if area is None:
        return []
    if area[0] == "sub_cluster":
        return kb.occupations_of(area[1])[:AREA_JOBS]
    return [o for s in kb.sub_clusters_of(area[1]) for o in kb.occupations_of(s.id)[:1]][:AREA_JOBS]


def _ask_which(kb: KnowledgeBase) -> List[Message]:
    return [text_message(t("Which job do you mean? Tell me its name, like \"nurse\" or \"electrician\"."),
                         grouping_buttons(kb))]


def _focus_one(state: ExplorationState, jobs: List[Occupation]) -> None:
    if len(jobs) == 1:
        set_focus(state, "occupation", jobs[0].id)


def _job_buttons(kb: KnowledgeBase, state: ExplorationState, jobs: List[Occupation], other: Dict[str, str]) -> List:
    """One job: the other question about it (`other`) and the usual next steps; several: each job."""
    if len(jobs) == 1:
        return [other] + next_step_buttons(kb, state)[:3]
    state.offered = [["occupation", o.id] for o in jobs]
    return [button(o.title, "ask_about", occupation=o.id) for o in jobs]


def handle_ask_pay(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    jobs = _jobs_asked_about(kb, state, turn)
    if not jobs:
        return _ask_which(kb)
    _focus_one(state, jobs)
    shown, rest = fit_lines([pay_line(job) for job in jobs],
                            WORDS_SHOWN - len(median_note().split()), keep=1)
    buttons = _job_buttons(kb, state, jobs, button(t("What education?"), "ask_education"))
    if rest:
        state.more = "\n".join(rest)
        buttons = [more_button()] + buttons
    return [text_message("\n".join(shown + [median_note()]), buttons)]


def pay_line(job: Occupation) -> str:
    """"Electricians: median pay $61,590 a year (2023).", or where to look when there is no checked figure."""
    wage = job.median_wage
    if not wage:
        return t("{job}: I don't have a checked pay figure for {jobs} yet; the Bureau of Labor Statistics' "
                 "Occupational Outlook Handbook has it.", job=job.title, jobs=job.title.lower())
    if wage.per == "hour":
        return t("{job}: median pay {amount} an hour ({year}).", job=job.title, amount="$%.2f" % wage.amount,
                 year=wage.year)
    return t("{job}: median pay {amount} a year ({year}).", job=job.title,
             amount="$%s" % format(round(wage.amount), ","), year=wage.year)


def median_note() -> str:
    return t("Half of workers earn more than the median and half earn less; pay also depends on where you live.")


def handle_ask_education(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    jobs = _jobs_asked_about(kb, state, turn)
    if not jobs:
        return _ask_which(kb)
    _focus_one(state, jobs)
    shown, rest = fit_lines(["%s: %s" % (job.title, job.education.rstrip(".") + ".") for job in jobs])
    buttons = _job_buttons(kb, state, jobs, button(t("How much do they make?"), "ask_pay"))
    if rest:
        state.more = "\n".join(rest)
        buttons = [more_button()] + buttons
    return [text_message("\n".join(shown), buttons)]


def education_and_pay(job: Occupation) -> str:
    return "%s.%s" % (job.education.rstrip("."), wage_text(job))


def job_summary(job: Optional[Occupation]) -> str:
    return "%s: %s" % (job.title, education_and_pay(job)) if job else ""
