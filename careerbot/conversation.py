"""What the bot says for each kind of student message, answered from the knowledge base only.

Each handler takes the knowledge base, the student's exploration state and the current turn,
updates the state, and returns Rasa-style messages ({"text", "buttons", "custom"}). Replies
are short (students read on phones) and end with a next step as buttons.
"""
import json
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from careerbot import grades
from careerbot.input_guard import escape_text
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.matching import interdisciplinary_pair, rank_clusters, rank_groupings, top_matches
from careerbot.state import ExplorationState
from careerbot.summary import build_summary, summary_text

Message = Dict


@dataclass(frozen=True)
class Mention:
    label: str
    value: str
    text: str


@dataclass
class Turn:
    intent: str
    text: str = ""
    mentions: List[Mention] = field(default_factory=list)
    quiz_choice: Optional[int] = None
    truncated: bool = False

    def first(self, *labels: str) -> Optional[Mention]:
        for label in labels:
            for mention in self.mentions:
                if mention.label == label:
                    return mention
        return None

    def all(self, label: str) -> List[Mention]:
        return [m for m in self.mentions if m.label == label]


# ---------------------------------------------------------------------------- helpers

def button(title: str, intent: str, **entities: str) -> Dict[str, str]:
    payload = "/" + intent + (json.dumps(entities, separators=(",", ":"), sort_keys=True) if entities else "")
    return {"title": title, "payload": payload}


def text_message(text: str, buttons: Sequence[Dict] = ()) -> Message:
    message: Message = {"text": text}
    if buttons:
        message["buttons"] = list(buttons)
    return message


def join_names(names: Sequence[str]) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def quoted(words: Sequence[str]) -> str:
    return join_names(['"%s"' % escape_text(w) for w in words])


def next_step_buttons(kb: KnowledgeBase, state: ExplorationState) -> List[Dict]:
    """The usual follow-ups for whatever is in focus."""
    if not state.focus:
        return grouping_buttons(kb) + [button("Take a quick quiz", "request_quiz")]
    buttons = [button("What classes?", "ask_courses"), button("Certifications", "ask_credentials")]
    if not grades.is_middle_school(state.grade):
        buttons.append(button("College credit", "ask_dual_enrollment"))
    buttons.append(button("Internships & more", "ask_work_based_learning"))
    return buttons


def grouping_buttons(kb: KnowledgeBase) -> List[Dict]:
    ordered = sorted(kb.groupings.values(), key=lambda g: (g.cross_cutting, fold(g.name)))
    return [button(g.name, "ask_about", grouping=g.id) for g in ordered]


def focus_cluster(kb: KnowledgeBase, state: ExplorationState) -> Optional[str]:
    """The cluster behind whatever is in focus."""
    if not state.focus:
        return None
    kind, item_id = state.focus
    item = kb.get(kind, item_id)
    if item is None:
        return None
    if kind == "cluster":
        return item_id
    if kind in ("sub_cluster", "occupation", "pathway"):
        return item.cluster
    if kind == "credential":
        return item.clusters[0]
    return None


def set_focus(state: ExplorationState, kind: str, item_id: str) -> None:
    state.focus = [kind, item_id]
    section = {"grouping": "groupings", "cluster": "clusters", "sub_cluster": "sub_clusters",
               "pathway": "pathways", "credential": "credentials",
               "work_based_learning": "work_based_learning"}.get(kind)
    if section:
        state.discuss(section, item_id)


def resolve_target(kb: KnowledgeBase, state: ExplorationState, turn: Turn,
                   kinds: Sequence[str]) -> Optional[Tuple[str, str]]:
    """What the student is asking about: something named now, else what's in focus."""
    for kind in kinds:
        mention = turn.first(kind)
        if mention and kb.get(kind, mention.value) is not None:
            return kind, mention.value
    if state.focus and state.focus[0] in kinds and kb.get(*state.focus) is not None:
        return state.focus[0], state.focus[1]
    cluster = focus_cluster(kb, state)
    if cluster and "cluster" in kinds:
        return "cluster", cluster
    return None


def remember_interests(state: ExplorationState, turn: Turn) -> bool:
    added = False
    for mention in turn.mentions:
        if mention.label in ("interest", "occupation", "cluster", "sub_cluster", "grouping", "pathway"):
            added = state.add_signal(mention.label, mention.value, mention.text) or added
    return added


def grade_note(state: ExplorationState) -> str:
    if grades.is_middle_school(state.grade):
        return ("In middle school, this is a great time to explore: clubs, exploration classes and "
                "summer camps. Courses, college credit and most certifications come in high school.")
    return ""


# ---------------------------------------------------------------------------- describing things

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
        state.discuss("groupings", grouping.id)
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
    amount = ("$%s" % format(int(round(wage.amount)), ",")) if wage.per == "year" else "$%.2f" % wage.amount
    return " Median pay: %s a%s (%d)." % (amount, "n hour" if wage.per == "hour" else " year", wage.year)


def careers_lines(kb: KnowledgeBase, sub_cluster_id: str, limit: int = 4) -> List[str]:
    return ["- %s: %s.%s" % (o.title, o.education.rstrip("."), wage_text(o))
            for o in kb.occupations_of(sub_cluster_id)[:limit]]


def describe_sub_cluster(kb: KnowledgeBase, state: ExplorationState, sub_cluster_id: str) -> List[Message]:
    sub = kb.sub_clusters[sub_cluster_id]
    cluster = kb.clusters[sub.cluster]
    set_focus(state, "sub_cluster", sub_cluster_id)
    state.discuss("clusters", cluster.id)
    text = "%s (part of %s): %s\nExample careers and the education they usually need:\n%s" % (
        sub.name, cluster.name, sub.description, "\n".join(careers_lines(kb, sub_cluster_id)))
    return [text_message(text, next_step_buttons(kb, state))]


def describe_occupation(kb: KnowledgeBase, state: ExplorationState, occupation_id: str) -> List[Message]:
    occupation = kb.occupations[occupation_id]
    sub = kb.sub_clusters[occupation.sub_cluster]
    cluster = kb.clusters[occupation.cluster]
    state.discuss("sub_clusters", sub.id)
    state.focus = ["occupation", occupation_id]
    state.discuss("clusters", cluster.id)
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
        lines.append("Minimum age: %d." % credential.min_age)
    elif credential.min_grade:
        lines.append("Usually open from grade %d." % credential.min_grade)
    elif asked_age:
        lines.append("The issuer doesn't list one minimum age for this; rules can differ by state, "
                     "so ask your school counselor.")
    lines.append("How to prepare: %s" % credential.preparation)
    if credential.cost:
        lines.append("Cost: %s" % credential.cost)
    pathways = kb.pathways_for_credential(credential_id)
    if pathways:
        lines.append("Pathways that lead to it: %s." % join_names([p.name for p in pathways]))
    lines.append("More info: %s" % credential.url)
    buttons = [button("Other certifications", "ask_credentials", cluster=credential.clusters[0]),
               button(kb.clusters[credential.clusters[0]].name, "ask_about", cluster=credential.clusters[0])]
    return [text_message("\n".join(lines), buttons)]


def describe_pathway_courses(kb: KnowledgeBase, state: ExplorationState, pathway_id: str) -> List[Message]:
    pathway = kb.pathways[pathway_id]
    set_focus(state, "pathway", pathway_id)
    state.discuss("clusters", pathway.cluster)
    middle = "Things to try in middle school: %s." % join_names(pathway.middle_school)
    courses = "\n".join("- Grade %d: %s" % (c.grade, c.name) for c in pathway.courses)
    high = "Typical high school courses (your school's list may differ):\n%s" % courses
    if grades.is_middle_school(state.grade):
        text = "%s: %s\n%s\nLater, in high school, the pathway usually goes like this:\n%s" % (
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


# ---------------------------------------------------------------------------- intent handlers

def handle_greet(kb, state, turn):
    text = ("Hi! I'm a computer program that helps students explore careers. "
            "What do you like doing, or what do you care about? You can type things like "
            "\"I like animals\" or \"coding is my thing\", pick an area below, or take a quick quiz.")
    return [text_message(text, [button("Take a quick quiz", "request_quiz")] + grouping_buttons(kb))]


def handle_help(kb, state, turn):
    text = ("I can help you find careers that fit you. Tell me what you like or care about, and I'll show "
            "matching career clusters. Then ask about careers, classes, college credit (dual enrollment), "
            "certifications or internships. Say \"start over\" anytime, or \"summary\" for a recap.")
    return [text_message(text, [button("Take a quick quiz", "request_quiz")] + grouping_buttons(kb))]


def handle_bot_challenge(kb, state, turn):
    return [text_message("I'm not a person. I'm a computer program that helps students explore careers, "
                         "using information your school keeps up to date. For personal advice, talk with "
                         "your school counselor.", next_step_buttons(kb, state))]


def handle_goodbye(kb, state, turn):
    return [text_message("Bye for now! Come back anytime to keep exploring. Your school counselor can "
                         "help you plan next steps too.")]


def handle_thank(kb, state, turn):
    return [text_message("You're welcome! Want to keep exploring?", next_step_buttons(kb, state))]


def handle_restart(kb, state, turn):
    state.__init__()
    return [text_message("Okay, let's start fresh.")] + handle_greet(kb, state, turn)


def handle_out_of_scope(kb, state, turn):
    return [text_message("I can't help with that one. I'm here to help you explore careers! "
                         "What do you like doing, or which area sounds interesting?",
                         [button("Take a quick quiz", "request_quiz")] + grouping_buttons(kb))]


def handle_empty_input(kb, state, turn):
    flag = turn.first("input_flag") if turn else None
    if flag and flag.value == "emoji":
        text = "I like emoji too! Can you tell me in words what you like doing? Or pick an area:"
    else:
        text = "Looks like that message was empty. What do you like doing, or what do you care about?"
    return [text_message(text, grouping_buttons(kb) + [button("Take a quick quiz", "request_quiz")])]


def handle_fallback(kb, state, turn):
    return [text_message("Sorry, I didn't catch that. Could you say it another way? "
                         "Or pick an area to explore:",
                         grouping_buttons(kb) + [button("Take a quick quiz", "request_quiz")])]


def handle_share_interest(kb, state, turn):
    named = turn.first("cluster", "sub_cluster", "occupation", "grouping")
    before = len(state.signals)
    added = remember_interests(state, turn)
    if turn.first("credential") and not added:
        return describe_credential(kb, state, turn.first("credential").value, turn.text)
    if not state.signals:
        return [text_message("Tell me a bit more! What's a school subject, hobby or job you like? "
                             "Or pick an area, or take a quick quiz.",
                             [button("Take a quick quiz", "request_quiz")] + grouping_buttons(kb))]
    hobby_words = turn.first("interest", "occupation")
    if named is not None and named.label != "occupation" and hobby_words is None \
            and kb.get(named.label, named.value) is not None:
        return describe(kb, state, named.label, named.value, turn)
    if not added and named is None:
        return [text_message("I'm not sure which careers fit that yet. Can you say it another way, "
                             "like a hobby, a school subject or a job?",
                             [button("Take a quick quiz", "request_quiz")] + grouping_buttons(kb))]
    return suggest_clusters(kb, state, latest=state.signals[before:])


def suggest_clusters(kb, state, after_quiz: bool = False, latest=()):
    """Ranks clusters on everything said so far, led by what was just said (so students can switch)."""
    matches = rank_clusters(kb, state.signals)
    leading = [m.cluster_id for m in top_matches(rank_clusters(kb, latest), 2)] if latest else []
    matches = sorted(matches, key=lambda m: (m.cluster_id not in leading,
                                             leading.index(m.cluster_id) if m.cluster_id in leading else 0))
    top = top_matches(matches) if not leading else (
        [m for m in matches if m.cluster_id in leading] +
        [m for m in top_matches(matches) if m.cluster_id not in leading])[:3]
    if not top:
        return handle_fallback(kb, state, None)
    groupings = [g for g, _ in rank_groupings(kb, top)][:2]
    for grouping_id in groupings:
        state.discuss("groupings", grouping_id)
    for match in top:
        state.discuss("clusters", match.cluster_id)
        if match.cluster_id not in state.shown_clusters:
            state.shown_clusters.append(match.cluster_id)
    named_jobs = [value for label, value, _ in latest if label == "occupation" and value in kb.occupations]
    if named_jobs and kb.occupations[named_jobs[-1]].cluster == top[0].cluster_id:
        state.focus = ["occupation", named_jobs[-1]]        # "how much do they make?" means this job
    elif top[0].sub_clusters:
        state.focus = ["sub_cluster", top[0].sub_clusters[0]]
        state.discuss("sub_clusters", top[0].sub_clusters[0])
    else:
        state.focus = ["cluster", top[0].cluster_id]
    reasons = [r for r in top[0].reasons if any(r == text for _, _, text in latest)][-3:] or top[0].reasons[-3:]
    opening = "Based on your quiz answers" if after_quiz else "Because you mentioned %s" % quoted(reasons)
    grouping_names = join_names([kb.groupings[g].name for g in groupings])
    lines = ["%s, the %s grouping%s could fit you." % (opening, grouping_names, "s" if len(groupings) > 1 else ""),
             "Career clusters to look at:"]
    for match in top:
        cluster = kb.clusters[match.cluster_id]
        subs = [kb.sub_clusters[s].name for s in match.sub_clusters[:2]]
        lines.append("- %s%s" % (cluster.name, " (%s)" % join_names(subs) if subs else ""))
    industry, crossing = interdisciplinary_pair(kb, matches)
    if industry:
        lines.append("Tip: %s is a cross-cutting cluster, so you can combine it with %s, like running "
                     "your own business or doing tech in that industry." % (
                         kb.clusters[crossing].name, kb.clusters[industry].name))
    state.offered = [["cluster", m.cluster_id] for m in top]
    buttons = [button(kb.clusters[m.cluster_id].name, "ask_about", cluster=m.cluster_id) for m in top]
    buttons.append(button("Something else", "something_else"))
    messages = [text_message("\n".join(lines), buttons)]
    if state.grade is None:
        messages.append(ask_grade_message())
    return messages


def ask_grade_message() -> Message:
    return text_message("What grade are you in? It helps me show the right next steps.",
                        [button("%dth" % g if g > 8 else "%dth grade" % g, "inform_grade", grade=str(g))
                         for g in range(6, 13)])


def handle_something_else(kb, state, turn):
    matches = rank_clusters(kb, state.signals)
    fresh = [m for m in matches if m.cluster_id not in state.shown_clusters][:3]
    if not fresh:
        return [text_message("Here are all the groupings. Pick one that sounds fun, or tell me more about "
                             "what you like.", grouping_buttons(kb) + [button("Take a quick quiz",
                                                                             "request_quiz")])]
    state.shown_clusters.extend(m.cluster_id for m in fresh)
    state.offered = [["cluster", m.cluster_id] for m in fresh]
    buttons = [button(kb.clusters[m.cluster_id].name, "ask_about", cluster=m.cluster_id) for m in fresh]
    return [text_message("Here are some other clusters that could fit: %s." % join_names(
        [kb.clusters[m.cluster_id].name for m in fresh]), buttons + grouping_buttons(kb)[:2])]


SCHOOLING_QUESTION = re.compile(
    r"\b(what|how much|which|whats)\b.{0,12}\b(education|school(ing)?|degree|college|training)\b(?!\s+(cluster|grouping))")


def asks_about_schooling_for_focus(kb, state, turn) -> bool:
    """"what's the education?" right after a job is about that job, not the Education cluster."""
    return bool(state.focus and state.focus[0] == "occupation" and kb.get(*state.focus) is not None
                and SCHOOLING_QUESTION.search(turn.text.lower())
                and not turn.first("occupation", "sub_cluster", "credential"))


ABOUT_ORDER = ("credential", "occupation", "sub_cluster", "cluster", "grouping", "pathway", "old_cluster",
               "work_based_learning")


def handle_ask_about(kb, state, turn):
    if asks_about_schooling_for_focus(kb, state, turn):
        return describe_occupation(kb, state, state.focus[1])
    for kind in ABOUT_ORDER:
        mention = turn.first(kind)
        if mention is None or kb.get(kind, mention.value) is None:
            continue
        return describe(kb, state, kind, mention.value, turn)
    if turn.first("interest"):
        return handle_share_interest(kb, state, turn)
    if state.focus and kb.get(*state.focus) is not None:
        return describe(kb, state, state.focus[0], state.focus[1], turn)
    return [text_message("Which career area would you like to know about?", grouping_buttons(kb))]


def describe(kb, state, kind, item_id, turn):
    """Describes any knowledge-base item the student named or chose."""
    if kind == "credential":
        return describe_credential(kb, state, item_id, turn.text)
    return DESCRIBERS[kind](kb, state, item_id)


def handle_ask_careers(kb, state, turn):
    occupation = turn.first("occupation")
    if occupation:
        return describe_occupation(kb, state, occupation.value)
    if asks_about_schooling_for_focus(kb, state, turn) or (
            state.focus and state.focus[0] == "occupation" and not turn.mentions):
        return describe_occupation(kb, state, state.focus[1])
    target = resolve_target(kb, state, turn, ("sub_cluster", "cluster", "grouping"))
    if target is None and state.signals:
        top = top_matches(rank_clusters(kb, state.signals), 1)
        target = ("cluster", top[0].cluster_id) if top else None
    if target is None:
        return [text_message("Careers in which area? Pick one, or tell me what you like.", grouping_buttons(kb))]
    kind, item_id = target
    if kind == "sub_cluster":
        return describe_sub_cluster(kb, state, item_id)
    if kind == "grouping":
        return describe_grouping(kb, state, item_id)
    cluster = kb.clusters[item_id]
    set_focus(state, "cluster", item_id)
    lines = ["Some careers in %s:" % cluster.name]
    for sub in kb.sub_clusters_of(item_id):
        examples = [o.title for o in kb.occupations_of(sub.id)[:2]]
        lines.append("- %s: %s" % (sub.name, join_names(examples)))
    state.offered = [["sub_cluster", s.id] for s in kb.sub_clusters_of(item_id)]
    buttons = [button(s.name, "ask_about", sub_cluster=s.id) for s in kb.sub_clusters_of(item_id)]
    return [text_message("\n".join(lines) + "\nPick one to see the education each career needs.", buttons)]


def pathways_for_target(kb, kind, item_id):
    if kind == "pathway":
        return [kb.pathways[item_id]]
    if kind == "sub_cluster":
        found = kb.pathways_for_sub_cluster(item_id)
        return found or kb.pathways_for_cluster(kb.sub_clusters[item_id].cluster)
    if kind == "occupation":
        return pathways_for_target(kb, "sub_cluster", kb.occupations[item_id].sub_cluster)
    if kind == "credential":
        return kb.pathways_for_credential(item_id)
    if kind == "cluster":
        return kb.pathways_for_cluster(item_id)
    return []


def _stems(text: str) -> set:
    """Four-letter word stems, so "nurses" meets "Nursing" and "welder" meets "Welding"."""
    return {word[:4] for word in fold(text).split() if len(word) >= 4}


def best_pathway(kb, pathways, state, turn):
    """The pathway sharing most words with what the student said; ties keep the sorted order."""
    hints = set()
    for text in [m.text for m in turn.mentions] + list(state.interests[-3:]):
        hints |= _stems(text)
    if state.focus and kb.get(*state.focus) is not None:
        hints |= _stems(kb.name_of(*state.focus))
    scored = [(-len(hints & _stems(p.name + " " + p.description)), index, p) for index, p in enumerate(pathways)]
    return min(scored)[2]


def target_from_interests(kb, turn) -> Optional[Tuple[str, str]]:
    """"classes for nursing": the best sub-cluster (or cluster) for interest words in this message."""
    signals = [[m.label, m.value, m.text] for m in turn.mentions
               if m.label == "interest" and not m.value.startswith("~")]
    top = top_matches(rank_clusters(kb, signals), 1)
    if not top:
        return None
    return ("sub_cluster", top[0].sub_clusters[0]) if top[0].sub_clusters else ("cluster", top[0].cluster_id)


def handle_ask_courses(kb, state, turn):
    grade = grades.parse_grade(turn.text)
    if grade:
        state.grade = grade
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster", "credential"))
    if not turn.first("pathway", "occupation", "sub_cluster", "cluster", "credential"):
        target = target_from_interests(kb, turn) or target
    if target is None:
        return [text_message("Classes for which career area? Tell me what you like, or pick one.",
                             grouping_buttons(kb))]
    pathways = pathways_for_target(kb, *target)
    if not pathways:
        name = kb.name_of(*target)
        return [text_message("I don't have a course plan for %s yet. Your school counselor can help you "
                             "pick classes." % name, next_step_buttons(kb, state))]
    return describe_pathway_courses(kb, state, best_pathway(kb, pathways, state, turn).id)


def pick_topic(topics, text: str, generic: Sequence[str] = ()):
    """The topic whose keywords best match a question.

    A specific topic (cost, AP, transfer...) beats a generic one ("what is dual enrollment"),
    because questions name the general subject and then ask about one side of it. Within a
    class, the longest matching keyword wins; ties go to the topic id order.
    """
    folded = " %s " % fold(text)
    best, best_rank = None, None
    for topic in sorted(topics, key=lambda t: t.id):
        lengths = [len(fold(k)) for k in topic.keywords if fold(k) and " %s " % fold(k) in folded]
        if lengths:
            rank = (topic.id not in generic, max(lengths))
            if best_rank is None or rank > best_rank:
                best, best_rank = topic, rank
    return best


def dual_enrollment_topic(kb: KnowledgeBase, text: str, grade: Optional[int]) -> Optional[str]:
    folded = " %s " % fold(text)
    if grades.is_middle_school(grade) or grades.mentions_middle_school(text) or \
            re.search(r"\b(6th|7th|8th|sixth|seventh|eighth)\b", folded):
        if "middle-school" in kb.dual_enrollment_topics:
            return "middle-school"
    topic = pick_topic(kb.dual_enrollment_topics.values(), text, generic=("what-is",))
    return topic.id if topic else None


def handle_ask_dual_enrollment(kb, state, turn):
    grade = grades.parse_grade(turn.text)
    chosen = turn.first("de_topic")
    if chosen and chosen.value in kb.dual_enrollment_topics:
        return dual_enrollment_answer(kb, state, chosen.value)
    topic = dual_enrollment_topic(kb, turn.text, state.grade if grade is None else grade)
    refers_back = bool(re.search(r"\b(that|this|it|these|those|there)\b", turn.text.lower()))
    named = turn.first("pathway", "occupation", "sub_cluster", "cluster")
    # A pathway's own college courses when the student names one, or points back at the one in
    # focus without asking a specific general question (cost, AP, transfer...).
    wants_pathway = topic != "middle-school" and (named is not None or (refers_back and topic in (None, "what-is")))
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster")) \
        if wants_pathway else None
    if target:
        with_courses = [p for p in pathways_for_target(kb, *target) if p.dual_enrollment]
        if with_courses:
            return pathway_dual_enrollment(kb, state, best_pathway(kb, with_courses, state, turn))
    return dual_enrollment_answer(kb, state, topic or "what-is")


def dual_enrollment_answer(kb, state, topic):
    if topic not in kb.dual_enrollment_topics:
        topic = sorted(kb.dual_enrollment_topics)[0]
    state.discuss("dual_enrollment", "general")
    answer = kb.dual_enrollment_topics[topic]
    text = answer.answer
    if topic == "what-is" and kb.dual_enrollment_other_names:
        text += " Other names for it: %s." % join_names(kb.dual_enrollment_other_names)
    buttons = [button(t.title, "ask_dual_enrollment", de_topic=t.id)
               for t in sorted(kb.dual_enrollment_topics.values(), key=lambda t: t.id) if t.id != topic][:4]
    return [text_message(text + "\nYour school counselor can tell you the exact rules where you live.", buttons)]


def pathway_dual_enrollment(kb, state, pathway):
    state.discuss("dual_enrollment", pathway.id)
    set_focus(state, "pathway", pathway.id)
    lines = ["Yes! Students in %s often take college courses like:" % pathway.name]
    for course in pathway.dual_enrollment:
        extra = " (%g credits)" % course.credits if course.credits else ""
        lines.append("- %s%s%s" % (course.course, extra, ". " + course.note if course.note else ""))
    district = kb.district()
    if district:
        partners = [p["name"] for p in district.dual_enrollment_partners if pathway.id in p.get("pathways", [])]
        if partners:
            lines.append("Partner college%s in %s%s: %s." % (
                "s" if len(partners) > 1 else "", district.name, " (sample data)" if district.example else "",
                join_names(partners)))
    if grades.is_middle_school(state.grade):
        lines.append("Dual enrollment starts in high school, usually in 10th-12th grade.")
    lines.append("The grade goes on a college transcript, so it counts toward your college GPA.")
    return [text_message("\n".join(lines), [button("Is it the same as AP?", "ask_dual_enrollment", de_topic="vs-ap"),
                                            button("Does it cost money?", "ask_dual_enrollment", de_topic="cost"),
                                            button("Certifications", "ask_credentials")])]


def handle_ask_credentials(kb, state, turn):
    credential = turn.first("credential")
    if credential:
        return describe_credential(kb, state, credential.value, turn.text)
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster"))
    if target is None:
        return [text_message("Certifications for which area? Pick one, or tell me what you like.",
                             grouping_buttons(kb))]
    kind, item_id = target
    if kind == "pathway":
        found = kb.credentials_for_pathway(item_id)
    elif kind in ("sub_cluster", "occupation"):
        sub = item_id if kind == "sub_cluster" else kb.occupations[item_id].sub_cluster
        found = kb.credentials_for_sub_cluster(sub) or kb.credentials_for_cluster(kb.sub_clusters[sub].cluster)
    else:
        found = kb.credentials_for_cluster(item_id)
    name = kb.name_of(kind, item_id)
    if not found:
        return [text_message("I don't have certifications listed for %s yet. Your counselor can help." % name,
                             next_step_buttons(kb, state))]
    home = kb.sub_clusters[item_id].cluster if kind == "sub_cluster" else (
        kb.occupations[item_id].cluster if kind == "occupation" else (
            kb.pathways[item_id].cluster if kind == "pathway" else item_id))
    # Credentials whose main cluster this is come first; the rest keep their sorted order.
    found = sorted(found, key=lambda c: c.clusters[0] != home)[:6]
    for item in found:
        state.discuss("credentials", item.id)
    lines = ["Certifications students can earn for %s:" % name]
    for item in found:
        age = " Age %d+." % item.min_age if item.min_age else ""
        lines.append("- %s, from %s.%s" % (item.name, item.issuer.rstrip("."), age))
    note = grade_note(state)
    if note:
        lines.append(note)
    buttons = [button(item.name, "ask_about", credential=item.id) for item in found[:4]]
    buttons.append(button("What classes?", "ask_courses"))
    return [text_message("\n".join(lines), buttons)]


def describe_work_based(kb, state, wbl_id):
    item = kb.work_based_learning[wbl_id]
    state.discuss("work_based_learning", wbl_id)
    text = "%s: %s" % (item.name, item.description)
    if item.typical_grades:
        text += " Typical grades: %s." % item.typical_grades
    if item.notes:
        text += " " + item.notes
    return [text_message(text, next_step_buttons(kb, state))]


def handle_ask_work_based_learning(kb, state, turn):
    named = turn.first("work_based_learning")
    target = resolve_target(kb, state, turn, ("pathway", "occupation", "sub_cluster", "cluster"))
    if named and not target:
        return describe_work_based(kb, state, named.value)
    if target is None:
        lines = ["Ways to learn on the job while you're in school:"]
        for item in kb.sorted_items("work_based_learning"):
            lines.append("- %s: %s" % (item.name, item.description))
        return [text_message("\n".join(lines), grouping_buttons(kb)[:3])]
    pathways = pathways_for_target(kb, *target)
    lines = []
    if named:
        lines.extend(describe_work_based(kb, state, named.value)[0]["text"].split("\n"))
    if pathways:
        pathway = pathways[0]
        set_focus(state, "pathway", pathway.id)
        lines.append("In %s, students often do:" % pathway.name)
        for item in pathway.work_based_learning:
            state.discuss("work_based_learning", item.type)
            lines.append("- %s: %s" % (kb.name_of("work_based_learning", item.type), item.description))
        cluster_id = pathway.cluster
    else:
        cluster_id = focus_cluster(kb, state) or (target[1] if target[0] == "cluster" else None)
    district = kb.district()
    if district and cluster_id:
        employers = sorted(e["name"] for e in district.employers if cluster_id in e.get("clusters", []))
        if employers:
            lines.append("Local employers that host students%s: %s." % (
                " (sample data)" if district.example else "", join_names(employers)))
    if grades.is_middle_school(state.grade):
        lines.append("In middle school, job shadowing and career days are the usual start; internships and "
                     "apprenticeships come in high school.")
    if not lines:
        return handle_ask_work_based_learning(kb, state, Turn("ask_work_based_learning"))
    return [text_message("\n".join(lines), next_step_buttons(kb, state))]


def framework_counts(kb: KnowledgeBase) -> str:
    cross = [c.name for c in kb.sorted_items("cluster") if c.cross_cutting]
    purpose = [g for g in kb.groupings.values() if not g.cross_cutting]
    return ("The %s has %d career clusters (%d of them cross-cutting: %s) and %d sub-clusters, organized "
            "into %d purpose-driven groupings plus a cross-cutting ring." % (
                kb.framework.name if kb.framework else "framework", len(kb.clusters), len(cross),
                join_names(cross), len(kb.sub_clusters), len(purpose)))


def handle_ask_framework(kb, state, turn):
    folded = " %s " % fold(turn.text)
    concept = pick_topic(kb.framework.concepts, turn.text, generic=("what-is-framework", "cluster")) \
        if kb.framework else None
    if concept is None and kb.framework:
        concept = next((c for c in kb.framework.concepts if c.id in ("what-is-framework", "counts")), None)
    text = concept.answer if concept else ""
    if concept is None or concept.id in ("counts", "what-is-framework") or re.search(r"\bhow many\b", folded):
        text = (text + "\n" if text and concept and concept.id != "counts" else "") + framework_counts(kb)
    if concept is not None and concept.id == "cross-cutting":
        cross = [c for c in kb.sorted_items("cluster") if c.cross_cutting]
        return [text_message(text + "\nThey are %s." % join_names([c.name for c in cross]),
                             [button(c.name, "ask_about", cluster=c.id) for c in cross])]
    if kb.framework and concept is not None and concept.id in ("what-is-framework",):
        text += " %s released it in %s. It replaces %s" % (kb.framework.steward, kb.framework.released,
                                                            kb.framework.replaces[0].lower() +
                                                            kb.framework.replaces[1:])
    return [text_message(text, grouping_buttons(kb))]


def describe_crosswalk(kb, state, entry_id):
    entry = kb.crosswalk[entry_id]
    new = [kb.clusters[c] for c in entry.new_clusters if c in kb.clusters]
    text = "%s was one of the 16 original clusters. %s Today, look at %s." % (
        entry.old_name, entry.what_changed, join_names([c.name for c in new]))
    state.offered = [["cluster", c.id] for c in new]
    return [text_message(text, [button(c.name, "ask_about", cluster=c.id) for c in new[:4]])]


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


def handle_inform_grade(kb, state, turn):
    mention = turn.first("grade")
    grade = int(mention.value) if mention and mention.value.isdigit() else grades.parse_grade(turn.text)
    if grade is None:
        if grades.mentions_middle_school(turn.text):
            grade = 7
        else:
            return [ask_grade_message()]
    if not 6 <= grade <= 12:
        return [text_message("I'm built for students in grades 6 to 12. Which grade are you in?",
                             ask_grade_message()["buttons"])]
    state.grade = grade
    if grades.is_middle_school(grade):
        text = ("Got it, grade %d! Middle school is the time to explore: try clubs, exploration classes and "
                "job shadowing. Dual enrollment and most certifications come in high school." % grade)
    else:
        text = ("Got it, grade %d! I'll show you classes, college credit (dual enrollment), certifications "
                "and internships." % grade)
    if turn.first("occupation", "sub_cluster", "cluster", "pathway", "interest"):   # "8th grade, ready for nursing?"
        return [text_message(text)] + handle_ask_courses(kb, state, turn)
    return [text_message(text, next_step_buttons(kb, state))]


def handle_ask_summary(kb, state, turn):
    summary = build_summary(kb, state)
    text = summary_text(summary)
    district = kb.district()
    if district and any(summary[k] for k in ("clusters", "pathways")):
        text += "\nShare this with your school counselor (%s) to plan next steps." % (
            district.counselor_contact.get("office"))
    return [{"text": text, "custom": {"type": "exploration_summary", "summary": summary, "text": text}},
            text_message("What next?", next_step_buttons(kb, state))]


# ---------------------------------------------------------------------------- quiz

def quiz_question(kb, state) -> List[Message]:
    questions = kb.framework.quiz
    step = state.quiz["step"]
    question = questions[step]
    buttons = [button(option.label, "quiz_answer", quiz_choice=str(i)) for i, option in enumerate(question.options)]
    return [text_message("Question %d of %d: %s" % (step + 1, len(questions), question.question), buttons)]


def handle_request_quiz(kb, state, turn):
    if not kb.framework or not kb.framework.quiz:
        return handle_help(kb, state, turn)
    state.quiz = {"step": 0, "answers": []}
    intro = text_message("Let's find out what you might like! Pick the answer that fits you best. "
                         "There are no wrong answers.")
    return [intro] + quiz_question(kb, state)


ORDINALS = {"first": 0, "1": 0, "one": 0, "a": 0, "second": 1, "2": 1, "two": 1, "b": 1, "third": 2, "3": 2,
            "three": 2, "c": 2, "fourth": 3, "4": 3, "four": 3, "d": 3, "fifth": 4, "5": 4, "five": 4, "e": 4}


def choice_from_text(text: str, count: int) -> Optional[int]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    if "last" in words and count:
        return count - 1
    for word in words:
        if word in ORDINALS and (word not in ("a", "one") or len(words) <= 3):
            return ORDINALS[word] if ORDINALS[word] < count else None
    return None


def handle_quiz_answer(kb, state, turn):
    if not state.quiz or not kb.framework:
        if state.offered:
            index = turn.quiz_choice if turn.quiz_choice is not None else choice_from_text(turn.text,
                                                                                          len(state.offered))
            if index is not None and index < len(state.offered):
                kind, item_id = state.offered[index]
                if kb.get(kind, item_id) is not None:
                    return describe(kb, state, kind, item_id, turn)
        return handle_fallback(kb, state, turn)
    question = kb.framework.quiz[state.quiz["step"]]
    index = turn.quiz_choice if turn.quiz_choice is not None else choice_from_text(turn.text,
                                                                                  len(question.options))
    if index is None or not 0 <= index < len(question.options):
        return [text_message("Pick one of the buttons, or type its number.")] + quiz_question(kb, state)
    state.quiz["answers"].append(index)
    for cluster_id in question.options[index].clusters:
        state.add_signal("cluster", cluster_id, "quiz: " + question.options[index].label)
    state.quiz["step"] += 1
    if state.quiz["step"] < len(kb.framework.quiz):
        return quiz_question(kb, state)
    state.quiz = None
    return suggest_clusters(kb, state, after_quiz=True)


DESCRIBERS: Dict[str, Callable] = {
    "occupation": describe_occupation, "sub_cluster": describe_sub_cluster, "cluster": describe_cluster,
    "grouping": describe_grouping, "pathway": describe_pathway_courses, "old_cluster": describe_crosswalk,
    "work_based_learning": describe_work_based,
}

HANDLERS: Dict[str, Callable] = {
    "greet": handle_greet, "help": handle_help, "bot_challenge": handle_bot_challenge, "goodbye": handle_goodbye,
    "thank": handle_thank, "start_over": handle_restart, "out_of_scope": handle_out_of_scope,
    "nlu_fallback": handle_fallback, "empty_input": handle_empty_input, "share_interest": handle_share_interest, "something_else": handle_something_else,
    "ask_about": handle_ask_about, "ask_careers": handle_ask_careers, "ask_courses": handle_ask_courses,
    "ask_dual_enrollment": handle_ask_dual_enrollment, "ask_credentials": handle_ask_credentials,
    "ask_work_based_learning": handle_ask_work_based_learning, "ask_framework": handle_ask_framework,
    "ask_crosswalk": handle_ask_crosswalk, "inform_grade": handle_inform_grade, "ask_summary": handle_ask_summary,
    "request_quiz": handle_request_quiz, "quiz_answer": handle_quiz_answer,
}


def respond(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """The reply to one turn. Unknown intents get the fallback; a truncated message gets a note."""
    grade = turn.first("grade")
    if grade and grade.value.isdigit() and 6 <= int(grade.value) <= 12 and turn.intent != "inform_grade":
        state.grade = int(grade.value)
    if turn.intent == "affirm":
        messages = handle_affirm(kb, state, turn)
    elif turn.intent == "deny":
        messages = [text_message("No problem! What else would you like to explore?", next_step_buttons(kb, state))]
    else:
        messages = HANDLERS.get(rescued_intent(turn), handle_fallback)(kb, state, turn)
    if turn.truncated:
        messages.insert(0, text_message("That was a long message, so I only read the first part."))
    return messages


def rescued_intent(turn: Turn) -> str:
    """A message classified as off-topic or unclear that clearly names careers is answered as such.

    Only whole knowledge-base terms count (a job, a cluster, a full interest phrase), not single
    words taken out of longer phrases, so "who won the game" stays out of scope.
    """
    if turn.intent not in ("out_of_scope", "nlu_fallback"):
        return turn.intent
    if turn.first("credential", "occupation", "sub_cluster", "cluster", "grouping", "old_cluster"):
        return "ask_about"
    if any(m.label == "interest" and not m.value.startswith("~") for m in turn.mentions):
        return "share_interest"
    return turn.intent


def handle_affirm(kb, state, turn):
    if state.quiz:
        return quiz_question(kb, state)
    if state.focus and kb.get(*state.focus) is not None:
        return describe(kb, state, state.focus[0], state.focus[1], turn)
    return handle_help(kb, state, turn)
