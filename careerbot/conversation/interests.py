"""From what a student likes to ranked groupings and clusters; asking about a named thing."""
from careerbot.conversation.brevity import ANSWER, EXTRA, WORDS_SHOWN, fit_reply, more_button, words
from careerbot.conversation.compare import describe_several
from careerbot.conversation.context import (
    ask_grade_message,
    asks_about_schooling_for_focus,
    grouping_buttons,
    handle_nlu_fallback,
    quiz_button,
    remember_interests,
)
from careerbot.conversation.describe import describe, describe_credential, describe_occupation
from careerbot.conversation.turns import Mention, button, join_names, quoted, text_message
from careerbot.conversation.understand import understand
from careerbot.i18n import t
from careerbot.matching import interdisciplinary_pair, rank_clusters, rank_groupings, top_matches


def handle_share_interest(kb, state, turn):
    found = understand(kb, state, turn)
    named = next((Mention(k, v, kb.name_of(k, v)) for k, v in found.named
                  if k in ("cluster", "sub_cluster", "occupation", "grouping")), None)
    before = len(state.signals)
    added = remember_interests(state, turn)
    if turn.first("credential") and not added:
        return describe_credential(kb, state, turn.first("credential").value, turn.text)
    if not state.signals:
        return [text_message(t("Tell me a bit more! What's a school subject, hobby or job you like? "
                               "Or pick an area, or take a quick quiz."),
                             [quiz_button()] + grouping_buttons(kb))]
    hobby_words = turn.first("interest", "occupation")
    several_clusters = len({m.cluster_id for m in top_matches(rank_clusters(kb, state.signals[before:]), 3)
                            if m.strong}) >= 2
    if named is not None and named.label != "occupation" and hobby_words is None and not several_clusters \
            and kb.get(named.label, named.value) is not None:
        return describe(kb, state, named.label, named.value, turn)
    if not added and named is None:
        return [text_message(t("I'm not sure which careers fit that yet. Can you say it another way, "
                               "like a hobby, a school subject or a job?"),
                             [quiz_button()] + grouping_buttons(kb))]
    return suggest_clusters(kb, state, latest=state.signals[before:])


def leading_clusters(kb, latest) -> list:
    """The clusters this message points to, in the order the student named them ("cooking and
    computers": Hospitality, then Digital Technology), with every cross-cutting side they mention."""
    order = []
    for signal in latest:
        for match in top_matches(rank_clusters(kb, [signal]), 1):
            if match.strong and match.cluster_id not in order:
                order.append(match.cluster_id)
    ranked = [m.cluster_id for m in top_matches(rank_clusters(kb, latest), 2)]
    order = order or ranked
    crossing = [c for c in order if kb.clusters[c].cross_cutting]
    industry = [c for c in order if not kb.clusters[c].cross_cutting]
    return (industry[:2] + crossing + industry[2:])[:3] if industry else order[:3]


def suggest_clusters(kb, state, after_quiz: bool = False, latest=()):
    """Ranks clusters on everything said so far, led by what was just said (so students can switch)."""
    matches = rank_clusters(kb, state.signals)
    leading = leading_clusters(kb, latest) if latest else []
    matches = sorted(matches, key=lambda m: (m.cluster_id not in leading,
                                             leading.index(m.cluster_id) if m.cluster_id in leading else 0))
    top = top_matches(matches) if not leading else (
        [m for m in matches if m.cluster_id in leading] +
        [m for m in top_matches(matches) if m.cluster_id not in leading])[:3]
    if not top:
        return handle_nlu_fallback(kb, state, None)
    groupings = [g for g, _ in rank_groupings(kb, top)][:2]
    for grouping_id in groupings:
        state.discuss("grouping", grouping_id)
    for match in top:
        state.discuss("cluster", match.cluster_id)
        if match.cluster_id not in state.shown_clusters:
            state.shown_clusters.append(match.cluster_id)
    named_jobs = [value for label, value, _ in latest if label == "occupation" and value in kb.occupations]
    if named_jobs and kb.occupations[named_jobs[-1]].cluster == top[0].cluster_id:
        state.focus = ["occupation", named_jobs[-1]]        # "how much do they make?" means this job
    elif top[0].sub_clusters:
        state.focus = ["sub_cluster", top[0].sub_clusters[0]]
        state.discuss("sub_cluster", top[0].sub_clusters[0])
    else:
        state.focus = ["cluster", top[0].cluster_id]
    reasons = [r for r in top[0].reasons if any(r == text for _, _, text in latest)][-3:] or top[0].reasons[-3:]
    lines = [suggestion_opening(kb, groupings, quoted(reasons), after_quiz), t("Career clusters to look at:")]
    jobs = {kb.occupations[j].cluster: kb.occupations[j] for j in named_jobs}
    for match in top:
        cluster = kb.clusters[match.cluster_id]
        subs = [kb.sub_clusters[s].name for s in match.sub_clusters[:2]]
        job = jobs.get(match.cluster_id)
        if job is not None:   # "i want to be a cop": the job itself, where it sits
            lines.append(t("- {cluster}: {job}, in {sub_cluster}", cluster=cluster.name,
                           sub_cluster=kb.sub_clusters[job.sub_cluster].name, job=kb.display_name(job)))
        else:
            lines.append(t("- {cluster} ({sub_clusters})", cluster=cluster.name, sub_clusters=join_names(subs))
                         if subs else "- " + cluster.name)
    industry, crossing = interdisciplinary_pair(kb, matches)
    tip = t("Tip: {cross_cutting} is a cross-cutting cluster, so you can combine it with {industry}, like running "
            "your own business or doing tech in that industry.", cross_cutting=kb.clusters[crossing].name,
            industry=kb.clusters[industry].name) if industry else ""
    state.offered = [["cluster", m.cluster_id] for m in top]
    state.alternatives = [["sub_cluster", m.sub_clusters[0]] if len(m.sub_clusters) == 1 else ["cluster", m.cluster_id]
                          for m in top]
    buttons = [button(kb.clusters[m.cluster_id].name, "ask_about", cluster=m.cluster_id) for m in top]
    buttons.append(button(t("Something else"), "something_else"))
    text, more = fit_reply(kb, state, [("\n".join(lines), ANSWER, ""), (tip, EXTRA, "\n")],
                           limit=WORDS_SHOWN - (0 if state.grade is not None else words(ask_grade_message()["text"])))
    messages = [text_message(text, buttons + ([more_button()] if more else []))]
    if state.grade is None:
        messages.append(ask_grade_message())
    return messages


def suggestion_opening(kb, groupings, reasons: str, after_quiz: bool) -> str:
    """"Because you mentioned "animals", the Cultivating Resources grouping could fit you."."""
    names = join_names([kb.groupings[g].name for g in groupings])
    if after_quiz:
        return t("Based on your quiz answers, the {groupings} groupings could fit you.", groupings=names) \
            if len(groupings) > 1 else t("Based on your quiz answers, the {groupings} grouping could fit you.",
                                         groupings=names)
    return t("Because you mentioned {reasons}, the {groupings} groupings could fit you.", reasons=reasons,
             groupings=names) if len(groupings) > 1 else \
        t("Because you mentioned {reasons}, the {groupings} grouping could fit you.", reasons=reasons,
          groupings=names)


def handle_something_else(kb, state, turn):
    matches = rank_clusters(kb, state.signals)
    fresh = [m for m in matches if m.cluster_id not in state.shown_clusters][:3]
    if not fresh:
        return [text_message(t("Here are all the groupings. Pick one that sounds fun, or tell me more about "
                               "what you like."), grouping_buttons(kb) + [quiz_button()])]
    state.shown_clusters.extend(m.cluster_id for m in fresh)
    state.offered = [["cluster", m.cluster_id] for m in fresh]
    buttons = [button(kb.clusters[m.cluster_id].name, "ask_about", cluster=m.cluster_id) for m in fresh]
    return [text_message(t("Here are some other clusters that could fit: {clusters}.", clusters=join_names(
        [kb.clusters[m.cluster_id].name for m in fresh])), buttons + grouping_buttons(kb)[:2])]


def handle_ask_about(kb, state, turn):
    if asks_about_schooling_for_focus(kb, state, turn):
        return describe_occupation(kb, state, state.focus[1])
    subjects = understand(kb, state, turn).subjects
    if len(subjects) >= 2:
        return describe_several(kb, state, subjects)
    if subjects:
        return describe(kb, state, subjects[0][0], subjects[0][1], turn)
    if turn.first("interest"):
        return handle_share_interest(kb, state, turn)
    if state.focus and kb.get(*state.focus) is not None:
        return describe(kb, state, state.focus[0], state.focus[1], turn)
    return [text_message(t("Which career area would you like to know about?"), grouping_buttons(kb))]
