"""Describing any knowledge-base item: groupings, clusters, sub-clusters, jobs, credentials, pathways."""
import re
from typing import Callable, Dict, List, Optional

from careerbot import grades
from careerbot.conversation.brevity import ANSWER, CUT_ONLY, EXTRA, LATER, Part, fit_reply, more_button
from careerbot.conversation.context import classes_button, credentials_button, next_step_buttons, set_focus
from careerbot.conversation.topics import answer_sentences, asks_in_particular, sentences
from careerbot.conversation.turns import Message, button, join_names, text_message
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.payloads import PAYLOAD
from careerbot.state import ExplorationState

# What a question about a credential asks for, in English or Spanish (folded: no accents, lower case).
ASKS_AGE = re.compile(r"\b(old|age|grade|edad|anos|grado)\b")
ASKS_COST = re.compile(r"\b(cost|costs|price|fee|fees|pay|money|free|how much|cuesta|cuestan|costo|precio|"
                       r"pagar|pago|gratis|dinero|cuanto)\b")
ASKS_PREPARATION = re.compile(r"\b(prepare|study|test|exam|pass|get|earn|how do i|how can i|how to|preparo|"
                              r"preparar|prepararme|estudiar|examen|prueba|sacar|obtener|conseguir|como (?:la|lo|"
                              r"puedo|hago|saco|obtengo|consigo|me preparo))\b")
ASKS_PATHWAYS = re.compile(r"\b(pathways?|class|classes|course|courses|programa|programas|clase|clases|"
                           r"curso|cursos)\b")


def _first_and_rest(text: str):
    """A text's first sentence and the rest."""
    parts = sentences(text)
    return (parts[0] if parts else ""), " ".join(parts[1:])


def _with_more(text: str, more: bool, buttons: List[Dict]) -> List[Message]:
    return [text_message(text, ([more_button()] if more else []) + buttons)]


def describe_grouping(kb: KnowledgeBase, state: ExplorationState, grouping_id: str) -> List[Message]:
    grouping = kb.groupings[grouping_id]
    set_focus(state, "grouping", grouping_id)
    clusters = kb.clusters_in_grouping(grouping_id)
    names = join_names([c.name for c in clusters])
    members = (t("Its cross-cutting clusters are {clusters}.", clusters=names) if grouping.cross_cutting
               else t("Its clusters are {clusters}.", clusters=names))
    text = "%s: %s\n%s" % (grouping.name, grouping.purpose, members)
    state.offered = [["cluster", c.id] for c in clusters]
    buttons = [button(c.name, "ask_about", cluster=c.id) for c in clusters]
    return [text_message(text + "\n" + t("Which one do you want to look at?"), buttons)]


def describe_cluster(kb: KnowledgeBase, state: ExplorationState, cluster_id: str) -> List[Message]:
    """What the cluster is (its first sentence), where it sits and its sub-clusters; the rest of its
    description waits behind "Tell me more" when the reply would be long."""
    cluster = kb.clusters[cluster_id]
    set_focus(state, "cluster", cluster_id)
    grouping = kb.grouping_of(cluster_id)
    if grouping:
        state.discuss("grouping", grouping.id)
    subs = kb.sub_clusters_of(cluster_id)
    opening, rest = _first_and_rest(cluster.description)
    if cluster.cross_cutting:
        place = t("It's a cross-cutting cluster: its skills are used in every industry.")
    elif grouping:
        place = t("It's part of the {grouping} grouping.", grouping=grouping.name)
    else:
        place = ""
    parts: List[Part] = [
        ("%s: %s" % (cluster.name, opening), ANSWER, ""), (rest, EXTRA, " "), (place, ANSWER, "\n"),
        (t("Its sub-clusters are {sub_clusters}. Pick one to see careers.",
           sub_clusters=join_names([s.name for s in subs])), ANSWER, "\n")]
    text, more = fit_reply(kb, state, parts)
    state.offered = [["sub_cluster", s.id] for s in subs]
    buttons = [button(s.name, "ask_about", sub_cluster=s.id) for s in subs]
    buttons += [classes_button(), credentials_button()]
    return _with_more(text, more, buttons)


def wage_text(occupation) -> str:
    """" Median pay: $62,340 a year (2024)." (with its leading space), or "" without a checked figure."""
    wage = occupation.median_wage
    if not wage:
        return ""
    if wage.per == "year":
        return " " + t("Median pay: {amount} a year ({year}).",
                       amount="$%s" % format(round(wage.amount), ","), year=wage.year)
    return " " + t("Median pay: {amount} an hour ({year}).", amount="$%.2f" % wage.amount, year=wage.year)


def careers_lines(kb: KnowledgeBase, sub_cluster_id: str, limit: int = 4) -> List[str]:
    return ["- %s: %s.%s" % (o.title, o.education.rstrip("."), wage_text(o))
            for o in kb.occupations_of(sub_cluster_id)[:limit]]


def describe_sub_cluster(kb: KnowledgeBase, state: ExplorationState, sub_cluster_id: str) -> List[Message]:
    """What the sub-cluster is and example careers with their education and pay. When that is long,
    the reply names the careers, and the rest of the description and each career's education and
    pay wait behind "Tell me more"."""
    sub = kb.sub_clusters[sub_cluster_id]
    cluster = kb.clusters[sub.cluster]
    set_focus(state, "sub_cluster", sub_cluster_id)
    state.discuss("cluster", cluster.id)
    opening, rest = _first_and_rest(sub.description)
    head = t("{sub_cluster} (part of {cluster}): {description}", sub_cluster=sub.name, cluster=cluster.name,
             description=opening)
    careers = t("Example careers and the education they usually need:") + "\n" + \
        "\n".join(careers_lines(kb, sub_cluster_id))
    jobs = kb.occupations_of(sub_cluster_id)[:4]
    titles = t("Example careers: {careers}.", careers=join_names([o.title for o in jobs]))
    text, more = fit_reply(kb, state, [(head, ANSWER, ""), (rest, EXTRA, " "), (titles, CUT_ONLY, "\n"),
                                       (careers, LATER, "\n")])
    return _with_more(text, more, next_step_buttons(kb, state))


def describe_occupation(kb: KnowledgeBase, state: ExplorationState, occupation_id: str) -> List[Message]:
    occupation = kb.occupations[occupation_id]
    sub = kb.sub_clusters[occupation.sub_cluster]
    cluster = kb.clusters[occupation.cluster]
    state.discuss("sub_cluster", sub.id)
    set_focus(state, "occupation", occupation_id)
    state.discuss("cluster", cluster.id)
    where = t("{job} are part of {sub_cluster}, in the {cluster} cluster.", job=occupation.title,
              sub_cluster=sub.name, cluster=cluster.name)
    education = t("Typical education: {education}.", education=occupation.education.rstrip(".")) + \
        wage_text(occupation)
    text, more = fit_reply(kb, state, [(where, ANSWER, ""), (occupation.description or "", EXTRA, " "),
                                       (education, ANSWER, "\n")])
    return _with_more(text, more, next_step_buttons(kb, state))


def describe_credential(kb: KnowledgeBase, state: ExplorationState, credential_id: str,
                        text_asked: str = "") -> List[Message]:
    """What the credential is, with the part the student asked about (age, cost, how to prepare,
    pathways); what does not fit waits behind "Tell me more"."""
    credential = kb.credentials[credential_id]
    set_focus(state, "credential", credential_id)
    asked = fold(text_asked)
    asked_age = bool(ASKS_AGE.search(asked))

    def role(pattern) -> str:
        return ANSWER if pattern.search(asked) else EXTRA

    parts: List[Part] = [(t("{name} (from {issuer}): {description}", name=credential.name,
                            issuer=credential.issuer, description=credential.description), ANSWER, "")]
    if credential.min_age:
        age = (t("Minimum age: {age} (checked {year}).", age=credential.min_age, year=credential.min_age_checked)
               if credential.min_age_checked else t("Minimum age: {age}.", age=credential.min_age))
        parts.append((age, role(ASKS_AGE), "\n"))
    elif credential.min_grade:
        parts.append((t("Usually open from grade {grade}.", grade=credential.min_grade), role(ASKS_AGE), "\n"))
    elif asked_age:
        parts.append((t("The issuer doesn't list one minimum age for this; rules can differ by state, "
                        "so ask your school counselor."), ANSWER, "\n"))
    parts.append((t("How to prepare: {preparation}", preparation=credential.preparation),
                  role(ASKS_PREPARATION), "\n"))
    if credential.cost:
        cost = credential.cost.rstrip(".")
        parts.append((t("Cost: {cost} (checked {year}).", cost=cost, year=credential.cost_checked)
                      if credential.cost_checked else t("Cost: {cost}.", cost=cost),
                      role(ASKS_COST), "\n"))
    pathways = kb.pathways_for_credential(credential_id)
    if pathways:
        parts.append((t("Pathways that lead to it: {pathways}.", pathways=join_names([p.name for p in pathways])),
                      role(ASKS_PATHWAYS), "\n"))
    parts.append((t("More info: {url}", url=credential.url), EXTRA, "\n"))
    text, more = fit_reply(kb, state, parts)
    buttons = [button(t("Other certifications"), "ask_credentials", cluster=credential.clusters[0]),
               button(kb.clusters[credential.clusters[0]].name, "ask_about", cluster=credential.clusters[0])]
    return _with_more(text, more, buttons)


def district_courses(kb: KnowledgeBase, pathway_id: str):
    """(district, courses) when the local district file lists its own courses for this pathway."""
    district = kb.district()
    for offer in (district.pathways_offered if district else ()):
        if offer.get("pathway") == pathway_id and offer.get("courses"):
            return district, sorted(offer["courses"], key=lambda c: c["grade"])
    return None, []


def course_line(grade: int, name: str) -> str:
    return t("- Grade {grade}: {course}", grade=grade, course=name)


def describe_pathway_courses(kb: KnowledgeBase, state: ExplorationState, pathway_id: str,
                             about: bool = False) -> List[Message]:
    """A pathway's courses and where the district offers it (for a middle schooler: what to try now,
    then the high school courses), with what the pathway is when that fits or was asked (`about`);
    what does not fit waits behind "Tell me more"."""
    pathway = kb.pathways[pathway_id]
    set_focus(state, "pathway", pathway_id)
    state.discuss("cluster", pathway.cluster)
    middle = t("Things to try in middle school: {activities}.", activities=join_names(pathway.middle_school))
    district, own = district_courses(kb, pathway_id)
    if own:   # a district's own catalogue wins over the generic national names
        courses = "\n".join(course_line(c["grade"], c["name"]) for c in own)
        high = (t("High school courses in {district} (sample data):", district=district.name) if district.example
                else t("High school courses in {district}:", district=district.name)) + "\n" + courses
    else:
        courses = "\n".join(course_line(c.grade, c.name) for c in pathway.courses)
        high = t("High schools usually offer courses like these (names differ by state and school):") + \
            "\n" + courses
    opening, rest = _first_and_rest(pathway.description)
    parts: List[Part] = [(pathway.name + ":", ANSWER, ""), (opening, ANSWER if about else EXTRA, " "),
                         (rest, LATER, " ")]
    if grades.is_middle_school(state.grade):
        later = t("Later, in high school, it usually takes courses like these:") + "\n" + courses
        parts += [(middle, ANSWER, "\n"), (later, EXTRA, "\n")]
    else:
        parts += [(high, ANSWER, "\n"), (middle, EXTRA, "\n")]
    parts.append((local_offer(kb, pathway_id), ANSWER, "\n"))   # where the student can take it
    text, more = fit_reply(kb, state, parts)
    others = [p for p in kb.pathways_for_cluster(pathway.cluster) if p.id != pathway_id][:3]
    buttons = [button(p.name, "ask_courses", pathway=p.id) for p in others]
    buttons += next_step_buttons(kb, state)[1:]
    return _with_more(text, more, buttons)


def describe_pathway(kb: KnowledgeBase, state: ExplorationState, pathway_id: str) -> List[Message]:
    """"What is the nursing pathway?": what it is, then its courses."""
    return describe_pathway_courses(kb, state, pathway_id, about=True)


def local_offer(kb: KnowledgeBase, pathway_id: str) -> str:
    district = kb.district()
    if not district:
        return ""
    schools = [s for offer in district.pathways_offered if offer.get("pathway") == pathway_id
               for s in offer.get("schools", [])]
    if not schools:
        return ""
    if district.example:
        return t("In {district} (sample data), it's offered at {schools}.", district=district.name,
                 schools=join_names(sorted(schools)))
    return t("In {district}, it's offered at {schools}.", district=district.name, schools=join_names(sorted(schools)))


def describe_work_based(kb, state, wbl_id, question: Optional[str] = None):
    """The answer to the question asked about it first (is it paid, how old, how to find one),
    then what it is; the rest behind "Tell me more". Without a question (another reply quoting
    it) the whole text."""
    item = kb.work_based_learning[wbl_id]
    state.discuss("work_based_learning", wbl_id)
    grades_text = t("Typical grades: {grades}.", grades=item.typical_grades) if item.typical_grades else ""
    head = "%s: %s" % (item.name, item.description)
    parts: List[Part] = [(head, ANSWER, ""), (grades_text, EXTRA, " "), (item.notes or "", EXTRA, " ")]
    whole = " ".join(text for text, _, _ in parts if text)
    names = " ".join(KnowledgeBase.names_of(item))
    searched = " ".join(text for text in (item.description, grades_text, item.notes or "") if text)
    asked = "" if question is None or PAYLOAD.match(question.strip()) else question   # a button's payload asks nothing
    answer = answer_sentences(searched, asked, keep=1, ignore=names) if asked else None
    if answer:
        opening = sentences(item.description)[0]
        text = "%s: %s" % (item.name, opening if answer == opening else opening + " " + answer)
        state.more = whole
        return _with_more(text, True, next_step_buttons(kb, state)[:3])
    if question is None or asks_in_particular(asked, names):
        # Quoted by another reply, or a question no sentence matched: all of it (the answer may be there).
        return [text_message(whole, next_step_buttons(kb, state))]
    text, more = fit_reply(kb, state, parts)
    return _with_more(text, more, next_step_buttons(kb, state))


def describe_crosswalk(kb, state, entry_id):
    """What became of one of the 2002 clusters: the change in a sentence and where to look today;
    the examples wait behind "Tell me more" when the reply would be long."""
    entry = kb.crosswalk[entry_id]
    new = [kb.clusters[c] for c in entry.new_clusters if c in kb.clusters]
    changed, examples = _first_and_rest(entry.what_changed)
    text, more = fit_reply(kb, state, [
        (t("{old_cluster} was one of the 16 original clusters.", old_cluster=entry.old_name), ANSWER, ""),
        (changed, ANSWER, " "), (examples, EXTRA, " "),
        (t("Today, look at {clusters}.", clusters=join_names([c.name for c in new])), ANSWER, " ")])
    state.offered = [["cluster", c.id] for c in new]
    return _with_more(text, more, [button(c.name, "ask_about", cluster=c.id) for c in new[:4]])


DESCRIBERS: Dict[str, Callable] = {
    "occupation": describe_occupation, "sub_cluster": describe_sub_cluster, "cluster": describe_cluster,
    "grouping": describe_grouping, "pathway": describe_pathway, "old_cluster": describe_crosswalk,
}


def describe(kb, state, kind, item_id, turn):
    """Describes any knowledge-base item the student named or chose."""
    if kind == "credential":
        return describe_credential(kb, state, item_id, turn.text)
    if kind == "work_based_learning":
        return describe_work_based(kb, state, item_id, turn.text)
    return DESCRIBERS[kind](kb, state, item_id)
