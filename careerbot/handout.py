"""The handout a student or counselor prints or copies: what was explored, in plain words.

build_handout(kb, state, today, lang) -> a JSON-ready dict, in `lang` (English or Spanish) whatever
the chat's language: every word of its own is a `t()` text (Spanish in careerbot/i18n/es/handout.po),
and the knowledge base's text comes from its localized view. Framework names (groupings, clusters,
sub-clusters) stay in English, with their Spanish gloss in brackets on first use in the handout.
Pure: no I/O, no clock. The web page renders it generically (sections of blocks).
No student name or identity is collected, so the handout has none.

Block types: {"type": "list", "label"?, "items": [str]}, {"type": "steps", "items": [str]},
{"type": "table", "caption", "columns": [str], "rows": [[str]]}, {"type": "text", "label"?, "text"},
{"type": "contact", "items": [{"label", "value", "href"?}]}.
"""
from datetime import date
from typing import Any, Dict, Iterator, List, Optional, Tuple

from careerbot.handout_plan import (
    chosen_items,
    credentials_for,
    credentials_section,
    dual_courses,
    dual_section,
    is_middle,
    jobs_section,
    make_section,
    pathways_section,
    unique,
    wbl_for,
    wbl_section,
)
from careerbot.i18n import LANGUAGES, current_language, join_names, speaking, t
from careerbot.kb.localize import LocalizedKnowledgeBase, localized
from careerbot.kb.model import KnowledgeBase, Pathway
from careerbot.state import ExplorationState

MAX_PATHWAYS, MAX_CHOSEN = 2, 8


def language(lang: Optional[str]) -> str:
    """`lang` if the handout can be printed in it, else English."""
    return lang if lang in LANGUAGES else LANGUAGES[0]


# --- wording (t() texts: said at build time, in the handout's language) ------------------

def _chosen_item(kind: str, name: str) -> str:
    """One thing the student asked about or picked, with what kind of thing it is."""
    if kind == "grouping":
        return t("{name} (group of clusters)", name=name)
    if kind == "cluster":
        return t("{name} (career cluster)", name=name)
    if kind == "sub_cluster":
        return t("{name} (sub-cluster)", name=name)
    if kind == "occupation":
        return t("{name} (job)", name=name)
    if kind == "pathway":
        return t("{name} (pathway)", name=name)
    if kind == "credential":
        return t("{name} (credential)", name=name)
    return t("{name} (work-based learning)", name=name)


def _month(month: int) -> str:
    return (t("January"), t("February"), t("March"), t("April"), t("May"), t("June"), t("July"),
            t("August"), t("September"), t("October"), t("November"), t("December"))[month - 1]


def _contact(kb: KnowledgeBase) -> Dict[str, str]:
    """The district's counselor contact, with staff's translation of its fields (`es: {office}`)
    in place when the handout is in that language."""
    district = kb.district()
    contact = dict(district.counselor_contact) if district else {}
    translated = contact.pop(current_language(), None)
    for other in LANGUAGES:
        contact.pop(other, None)
    if isinstance(translated, dict):
        contact.update({k: v for k, v in translated.items() if v})
    return contact


# --- what the student chose and what was suggested ---------------------------------------

def chosen_pathways(kb: KnowledgeBase, state: ExplorationState) -> List[Pathway]:
    """Pathways the student picked, else discussed, else the best one for what they picked."""
    picked = [kb.pathways[i] for k, i in reversed(chosen_items(kb, state)) if k == "pathway"]
    if picked:
        return unique(picked)[:MAX_PATHWAYS]
    discussed = [kb.pathways[i] for i in reversed(state.discussed["pathway"]) if i in kb.pathways]
    if discussed:
        return unique(discussed)[:MAX_PATHWAYS]
    district = kb.district()
    offered = {entry.get("pathway") for entry in (district.pathways_offered if district else ())}
    for kind, item_id in reversed(chosen_items(kb, state)):
        if kind == "occupation":
            candidates = kb.pathways_for_sub_cluster(kb.occupations[item_id].sub_cluster)
        elif kind == "sub_cluster":
            candidates = kb.pathways_for_sub_cluster(item_id)
        elif kind == "cluster":
            candidates = kb.pathways_for_cluster(item_id)
        elif kind == "credential":
            candidates = kb.pathways_for_credential(item_id)
        else:
            continue
        if candidates:  # a pathway the district offers comes first
            return [sorted(candidates, key=lambda p: p.id not in offered)[0]]
    return []


def _choices_section(kb, state) -> Optional[Dict]:
    names = [_chosen_item(kind, kb.name_of(kind, item_id)) for kind, item_id in chosen_items(kb, state)[-MAX_CHOSEN:]]
    return make_section("choices", t("What I chose"), [
        {"type": "list", "label": t("I asked about or picked"), "items": names},
        {"type": "list", "label": t("In my own words"), "items": list(state.interests)},
    ])


def _suggested_section(kb, state) -> Optional[Dict]:
    picked = {item_id for kind, item_id in state.chosen if kind == "cluster"}
    names = [kb.name_of("cluster", c) for c in state.shown_clusters if c in kb.clusters and c not in picked]
    return make_section("suggested", t("What the career guide suggested"), [
        {"type": "list", "label": t("Career clusters"), "items": names},
        {"type": "list", "label": t("From my quiz answers"), "items": list(state.quiz_answers)},
    ])


# --- next steps and the counselor ---------------------------------------------------------

def _area(kb, state, pathways) -> Optional[str]:
    if pathways:
        return kb.name_of("cluster", pathways[0].cluster)
    for kind, item_id in reversed(chosen_items(kb, state)):
        if kind in ("cluster", "sub_cluster", "occupation"):
            return kb.name_of(kind, item_id)
    return None


def next_steps(kb, state, pathways, credentials, wbl) -> List[str]:
    """Three concrete steps from the handout's own content, fitted to the student's grade."""
    steps: List[str] = []
    p = pathways[0] if pathways else None
    area = _area(kb, state, pathways)
    courses = sorted(p.courses, key=lambda c: c.grade) if p else []
    if is_middle(state.grade):
        if p and p.middle_school:
            steps.append(t("Try this in middle school: {option}.", option=p.middle_school[0].rstrip(".")))
        elif area:
            steps.append(t("Join a club or exploration class about {area}.", area=area))
        if area:
            steps.append(t("Go to a career fair, workplace tour or guest speaker about {area}.", area=area))
        if p and courses:
            steps.append(t("Plan to take {course} in 9th grade ({pathway} pathway).",
                           course=courses[0].name, pathway=p.name))
    else:
        later = [c for c in courses if state.grade is None or c.grade > state.grade]
        if p and later:
            steps.append(t("Sign up for {course} in grade {grade} ({pathway} pathway).",
                           course=later[0].name, grade=later[0].grade, pathway=p.name))
        if credentials:
            steps.append(t("Ask your counselor how to earn {credential}.", credential=credentials[0].name))
        dual = dual_courses(kb, state, pathways)
        if dual and (state.grade or 0) >= 10:
            steps.append(t("Ask about earning college credit for {course} through dual enrollment.",
                           course=dual[0][1].course))
        if wbl:
            steps.append(t("Try {name}: {description}", name=wbl[0][0].lower(), description=wbl[0][1]))
    steps = steps[:2] + steps[-1:] if len(steps) > 3 else steps  # keep the hands-on step
    suggested = [kb.name_of("cluster", c) for c in state.shown_clusters if c in kb.clusters][:3]
    fillers = [t("Read about these career clusters: {names}.", names=join_names(suggested))] \
        if suggested and not p else []
    if not area and not suggested:
        fillers += [t("Tell the career guide what you like doing, or take the quick quiz."),
                    t("Pick a group of career clusters and read about the careers in it.")]
    fillers.append(t("Talk with your school counselor about what you found."))
    for filler in fillers:
        if len(steps) < 3 and filler not in steps:
            steps.append(filler)
    return steps[:3]


def _contact_label(key: str) -> str:
    return {"office": t("Office"), "phone": t("Phone"), "email": t("Email"), "url": t("Website")}[key]


def _counselor_section(kb) -> Optional[Dict]:
    contact = _contact(kb)
    items = []
    for key, prefix in (("office", None), ("phone", "tel:"), ("email", "mailto:"), ("url", "")):
        value = contact.get(key)
        if value:
            item = {"label": _contact_label(key), "value": str(value)}
            if prefix is not None:
                item["href"] = prefix + "".join(str(value).split()) if prefix else str(value)
            items.append(item)
    return make_section("counselor", t("My school counselor"), [{"type": "contact", "items": items}])


# --- first-use glosses of framework names --------------------------------------------------

# The sections whose texts the handout writes around framework names; elsewhere a name is part of
# staff's own text or of another name ("U.S. Environmental Protection Agency"), left as it is.
GLOSSED_SECTIONS = ("choices", "suggested", "next_steps")


def _named_texts(handout: Dict) -> Iterator[Tuple[Any, Any]]:
    """(container, key) of every text in the sections that name framework items, in reading order."""
    for section in handout["sections"]:
        if section["id"] not in GLOSSED_SECTIONS:
            continue
        for block in section["blocks"]:
            for key in ("label", "text"):
                if isinstance(block.get(key), str):
                    yield block, key
            items = block.get("items") or []
            for index, item in enumerate(items):
                if isinstance(item, str):
                    yield items, index


def _add_glosses(handout: Dict, kb: KnowledgeBase) -> None:
    """A Spanish handout glosses each framework name where the handout first shows it."""
    if not isinstance(kb, LocalizedKnowledgeBase) or not kb.glossary:
        return
    from careerbot.conversation.glossing import add_glosses  # the chat's own rule (imported late: no cycle)

    places = list(_named_texts(handout))
    texts = [{"text": container[key]} for container, key in places]
    add_glosses(texts, kb.glossary, ExplorationState())   # a fresh state: the handout stands alone
    for (container, key), text in zip(places, texts, strict=True):
        container[key] = text["text"]


# --- the handout ---------------------------------------------------------------------------

def format_date(today: date, lang: Optional[str] = None) -> str:
    """"March 7, 2025" / "7 de marzo de 2025" (in the current language unless `lang` is given)."""
    with speaking(language(lang) if lang else current_language()):
        return t("{month} {day}, {year}", month=_month(today.month), day=today.day, year=today.year)


def build_handout(kb: KnowledgeBase, state: ExplorationState, today: date, lang: Optional[str] = None) -> Dict:
    """The handout in `lang` (default: the language being spoken), from `kb`'s view in that
    language. Pass the knowledge base itself; a localized view is used as it is."""
    lang = language(lang if lang is not None else current_language())
    with speaking(lang):
        return _build(localized(kb, lang), state, today, lang)


def _build(kb: KnowledgeBase, state: ExplorationState, today: date, lang: str) -> Dict:
    pathways = chosen_pathways(kb, state)
    credentials = credentials_for(kb, state, pathways)
    wbl = wbl_for(kb, state, pathways)
    sections = [
        _choices_section(kb, state), _suggested_section(kb, state),
        jobs_section(kb, state, pathways), pathways_section(kb, state, pathways),
        credentials_section(credentials, state.grade), dual_section(kb, state, pathways),
        wbl_section(wbl),
    ]
    explored = [section for section in sections if section]
    steps = make_section("next_steps", t("Three next steps"),
                     [{"type": "steps", "items": next_steps(kb, state, pathways, credentials, wbl)}])
    district = kb.district()
    handout = {
        "lang": lang,
        "title": t("My career exploration plan"),
        "school": district.name if district else None,
        "sample_data": t("Sample district data: the school's own details go here.")
        if district and district.example else None,
        "date": today.isoformat(),
        "facts": [
            {"label": t("School"), "value": district.name if district else ""},
            {"label": t("Date"), "value": format_date(today)},
            {"label": t("Grade"), "value": str(state.grade) if state.grade else ""},
        ],
        "grade": state.grade,
        "interests": list(state.interests),   # the student's own words, for the page and the fault test
        "empty": not explored,
        "empty_text": t("We haven't explored anything yet.") if not explored else None,
        "sections": explored + [x for x in (steps, _counselor_section(kb)) if x],
        "notes": t("Notes"),
        "privacy": t("No student name or identity is collected."),
        "reply": _reply(kb, state),
    }
    _add_glosses(handout, kb)
    return handout


def reply_text(kb: KnowledgeBase, state: ExplorationState, lang: Optional[str] = None) -> str:
    """The one short chat line that goes with the handout card (default: in the language being
    spoken; the chat glosses its names itself)."""
    lang = language(lang if lang is not None else current_language())
    with speaking(lang):
        return _reply(localized(kb, lang), state)


def _with_cluster(kb: KnowledgeBase, subject, listed) -> str:
    """"Culinary Arts (Hospitality, Events & Tourism)": where a chosen class or job sits, unless listed."""
    cluster = next((c for c in kb.lineage(*subject)[1:] if c[0] == "cluster"), None)
    if cluster is None or cluster in listed:
        return kb.name_of(*subject)
    return "%s (%s)" % (kb.name_of(*subject), kb.name_of(*cluster))


def _reply(kb: KnowledgeBase, state: ExplorationState) -> str:
    chosen = [(kind, item_id) for kind, item_id in reversed(chosen_items(kb, state)) if kind != "grouping"][:3]
    names = [_with_cluster(kb, subject, chosen) for subject in chosen]
    if not names:
        names = [kb.name_of("cluster", c) for c in state.shown_clusters if c in kb.clusters][:3]
    if not names:
        return t("We haven't explored anything yet. Tell me what you like doing and we'll start!")
    office = _contact(kb).get("office")
    if office:
        return t("Here's what we explored: {names}. Print it or save it as a PDF to share with your "
                 "school counselor ({office}).", names=join_names(names), office=office)
    return t("Here's what we explored: {names}. Print it or save it as a PDF to share with your "
             "school counselor.", names=join_names(names))
