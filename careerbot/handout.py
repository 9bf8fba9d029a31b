"""The handout a student or counselor prints or copies: what was explored, in plain words.

build_handout(kb, state, today, lang) -> a JSON-ready dict. Pure: no I/O, no clock. The web page
renders it generically (sections of blocks), so every word of it comes from STRINGS here, one
table per language (English for now; another language is another table with the same keys).
No student name or identity is collected, so the handout has none.

Block types: {"type": "list", "label"?, "items": [str]}, {"type": "steps", "items": [str]},
{"type": "table", "caption", "columns": [str], "rows": [[str]]}, {"type": "text", "label"?, "text"},
{"type": "contact", "items": [{"label", "value", "href"?}]}.
"""
from datetime import date
from typing import Dict, List, Optional, Sequence

from careerbot.kb.model import KnowledgeBase, Pathway
from careerbot.state import ExplorationState

MAX_JOBS, MAX_PATHWAYS, MAX_CREDENTIALS, MAX_WBL, MAX_CHOSEN = 5, 2, 4, 3, 8
CHOSEN_KINDS = ("grouping", "cluster", "sub_cluster", "occupation", "pathway", "credential",
                "work_based_learning")

STRINGS: Dict[str, Dict[str, object]] = {
    "en": {
        "title": "My career exploration plan",
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"],
        "date": "{month} {day}, {year}",
        "label_school": "School", "label_date": "Date", "label_grade": "Grade",
        "sample_data": "Sample district data: the school's own details go here.",
        "privacy": "No student name or identity is collected.",
        "notes": "Notes",
        "empty": "We haven't explored anything yet.",
        "reply": "Here's what we explored: {names}. Print it or save it as a PDF to share with your "
                 "school counselor{office}.",
        "reply_empty": "We haven't explored anything yet. Tell me what you like doing and we'll start!",
        "and": "and",
        "sec_choices": "What I chose", "chosen": "I asked about or picked", "interests": "In my own words",
        "kinds": {"grouping": "group of clusters", "cluster": "career cluster", "sub_cluster": "sub-cluster",
                  "occupation": "job", "pathway": "pathway", "credential": "credential",
                  "work_based_learning": "work-based learning"},
        "sec_suggested": "What the career guide suggested", "suggested": "Career clusters",
        "quiz": "From my quiz answers",
        "sec_jobs": "Jobs to look into", "col_job": "Job", "col_education": "Typical education",
        "col_pay": "Median pay (U.S.)", "pay_year": "${amount} a year ({year})",
        "pay_hour": "${amount} an hour ({year})", "pay_none": "not listed",
        "jobs_caption": "Pay is the national median from the U.S. Bureau of Labor Statistics.",
        "sec_pathways": "Course plan", "pathway_caption": "{name} pathway, grades 9-12",
        "col_grade": "Grade", "col_course": "Course", "offered_at": "Offered at: {schools}",
        "middle_school": "In grades 6-8 ({name})",
        "sec_credentials": "Credentials I could earn", "credential": "{name} ({issuer})",
        "from_grade": "from grade {grade}", "from_age": "from age {age}",
        "later": "Later, in high school or after",
        "sec_dual": "College credit in high school (dual enrollment)",
        "dual_courses": "College courses in my pathway", "dual_course": "{course} ({pathway})",
        "credits": "{credits} credits", "dual_partners": "Partner colleges",
        "sec_wbl": "Work-based learning", "wbl_item": "{name}: {description}",
        "sec_steps": "Three next steps",
        "step_course": "Sign up for {course} in grade {grade} ({pathway} pathway).",
        "step_course_ms": "Plan to take {course} in 9th grade ({pathway} pathway).",
        "step_credential": "Ask your counselor how to earn {credential}.",
        "step_dual": "Ask about earning college credit for {course} through dual enrollment.",
        "step_wbl": "Try {name}: {description}",
        "step_ms_option": "Try this in middle school: {option}.",
        "step_club": "Join a club or exploration class about {area}.",
        "step_explore": "Go to a career fair, workplace tour or guest speaker about {area}.",
        "step_start": "Tell the career guide what you like doing, or take the quick quiz.",
        "step_read": "Read about these career clusters: {names}.",
        "step_browse": "Pick a group of career clusters and read about the careers in it.",
        "step_counselor": "Talk with your school counselor about what you found.",
        "sec_counselor": "My school counselor", "office": "Office", "phone": "Phone",
        "email": "Email", "website": "Website",
    },
}
# Dual-enrollment topics (knowledge/national/dual_enrollment.yml ids) that apply at each grade.
DUAL_TOPICS = {"middle": ("middle-school",), "early": ("eligibility", "how-to-start"),
               "late": ("eligibility", "cost"), "unknown": ("eligibility", "what-is")}


def strings(lang: str) -> Dict[str, object]:
    return STRINGS.get(lang) or STRINGS["en"]


def language(lang: Optional[str]) -> str:
    return lang if lang in STRINGS else "en"


def _join(names: Sequence[str], s) -> str:
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " %s " % s["and"] + names[-1]


def _unique(items: List) -> List:
    seen, out = set(), []
    for item in items:
        key = getattr(item, "id", item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _is_middle(grade: Optional[int]) -> bool:
    return grade is not None and grade <= 8


def _section(section_id: str, title: str, blocks: List[Dict]) -> Optional[Dict]:
    blocks = [b for b in blocks if b.get("items") or b.get("rows") or b.get("text")]
    return {"id": section_id, "title": title, "blocks": blocks} if blocks else None


# --- what the student chose and what was suggested ---------------------------------------

def _chosen(kb: KnowledgeBase, state: ExplorationState) -> List[List[str]]:
    return [[kind, item_id] for kind, item_id in state.chosen
            if kind in CHOSEN_KINDS and kb.get(kind, item_id) is not None]


def chosen_pathways(kb: KnowledgeBase, state: ExplorationState) -> List[Pathway]:
    """Pathways the student picked, else discussed, else the best one for what they picked."""
    picked = [kb.pathways[i] for k, i in reversed(_chosen(kb, state)) if k == "pathway"]
    if picked:
        return _unique(picked)[:MAX_PATHWAYS]
    discussed = [kb.pathways[i] for i in reversed(state.discussed["pathway"]) if i in kb.pathways]
    if discussed:
        return _unique(discussed)[:MAX_PATHWAYS]
    district = kb.district()
    offered = {entry.get("pathway") for entry in (district.pathways_offered if district else ())}
    for kind, item_id in reversed(_chosen(kb, state)):
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


def _choices_section(kb, state, s) -> Optional[Dict]:
    names = ["%s (%s)" % (kb.name_of(kind, item_id), s["kinds"][kind])
             for kind, item_id in _chosen(kb, state)[-MAX_CHOSEN:]]
    return _section("choices", s["sec_choices"], [
        {"type": "list", "label": s["chosen"], "items": names},
        {"type": "list", "label": s["interests"], "items": list(state.interests)},
    ])


def _suggested_section(kb, state, s) -> Optional[Dict]:
    picked = {item_id for kind, item_id in state.chosen if kind == "cluster"}
    names = [kb.name_of("cluster", c) for c in state.shown_clusters if c in kb.clusters and c not in picked]
    return _section("suggested", s["sec_suggested"], [
        {"type": "list", "label": s["suggested"], "items": names},
        {"type": "list", "label": s["quiz"], "items": list(state.quiz_answers)},
    ])


# --- jobs, courses, credentials, college credit, work-based learning ---------------------

def _jobs(kb, state, pathways) -> List:
    chosen = [kb.occupations[i] for k, i in reversed(_chosen(kb, state)) if k == "occupation"]
    discussed = [kb.occupations[i] for i in state.discussed["occupation"] if i in kb.occupations]
    jobs = _unique(chosen + discussed)
    if not jobs:
        subs = [i for k, i in reversed(_chosen(kb, state)) if k == "sub_cluster"]
        subs += [sub for p in pathways for sub in p.sub_clusters[:1]]
        jobs = _unique([o for sub in subs for o in kb.occupations_of(sub)[:3]])
    return jobs[:MAX_JOBS]


def _pay(wage, s) -> str:
    if wage is None:
        return s["pay_none"]
    if wage.per == "hour":
        return s["pay_hour"].format(amount="{:,.2f}".format(wage.amount), year=wage.year)
    return s["pay_year"].format(amount="{:,.0f}".format(wage.amount), year=wage.year)


def _jobs_section(kb, state, pathways, s) -> Optional[Dict]:
    rows = [[job.title, job.education, _pay(job.median_wage, s)] for job in _jobs(kb, state, pathways)]
    return _section("jobs", s["sec_jobs"], [
        {"type": "table", "caption": s["jobs_caption"], "rows": rows,
         "columns": [s["col_job"], s["col_education"], s["col_pay"]]}])


def _pathways_section(kb, state, pathways, s) -> Optional[Dict]:
    district = kb.district()
    offered = {e.get("pathway"): e.get("schools") or [] for e in (district.pathways_offered if district else ())}
    blocks = []
    for p in pathways:
        blocks.append({"type": "table", "caption": s["pathway_caption"].format(name=p.name),
                       "columns": [s["col_grade"], s["col_course"]],
                       "rows": [[str(c.grade), c.name] for c in sorted(p.courses, key=lambda c: c.grade)]})
        if offered.get(p.id):
            blocks.append({"type": "text", "text": s["offered_at"].format(schools=_join(offered[p.id], s))})
        if state.grade is None or _is_middle(state.grade):
            blocks.append({"type": "list", "label": s["middle_school"].format(name=p.name),
                           "items": list(p.middle_school)})
    return _section("pathways", s["sec_pathways"], blocks)


def _credentials(kb, state, pathways) -> List:
    """Picked first, then the chosen pathways' own (in the order staff list them, discussed ones
    first), then any others discussed."""
    picked = [kb.credentials[i] for k, i in reversed(_chosen(kb, state)) if k == "credential"]
    own = [kb.credentials[i] for p in pathways for i in p.credentials if i in kb.credentials]
    own.sort(key=lambda c: c.id not in state.discussed["credential"])  # stable: keeps the staff order
    discussed = [kb.credentials[i] for i in state.discussed["credential"] if i in kb.credentials]
    return _unique(picked + own + discussed)[:MAX_CREDENTIALS]


def _credentials_section(credentials, grade, s) -> Optional[Dict]:
    items = []
    for c in credentials:
        text = s["credential"].format(name=c.name, issuer=c.issuer.split(" (")[0])
        if c.min_grade:
            text += ", " + s["from_grade"].format(grade=c.min_grade)
        elif c.min_age:
            text += ", " + s["from_age"].format(age=c.min_age)
        items.append(text)
    block = {"type": "list", "items": items}
    if _is_middle(grade):
        block["label"] = s["later"]
    return _section("credentials", s["sec_credentials"], [block])


def _dual_topics(kb, grade: Optional[int]):
    if grade is None:
        key = "unknown"
    else:
        key = "middle" if grade <= 8 else ("early" if grade <= 10 else "late")
    return [kb.dual_enrollment_topics[t] for t in DUAL_TOPICS[key] if t in kb.dual_enrollment_topics]


def _dual_courses(kb, state, pathways) -> List[List]:
    ids = [p.id for p in pathways] + [i for i in state.dual_enrollment if i in kb.pathways]
    return [[kb.pathways[i], course] for i in _unique(ids) for course in kb.pathways[i].dual_enrollment]


def _dual_section(kb, state, pathways, s) -> Optional[Dict]:
    courses = [] if _is_middle(state.grade) else _dual_courses(kb, state, pathways)
    if not state.dual_enrollment and not courses:
        return None
    items = []
    for pathway, course in courses[:4]:
        text = s["dual_course"].format(course=course.course, pathway=pathway.name)
        if course.credits:
            text += ", " + s["credits"].format(credits="%g" % course.credits)
        items.append(text)
    district = kb.district()
    served = {p.id for p, _ in courses} | set(state.dual_enrollment)
    partners = ["%s: %s" % (d.get("name"), d.get("url")) if d.get("url") else str(d.get("name"))
                for d in (district.dual_enrollment_partners if district else ())
                if set(d.get("pathways") or ()) & served]
    blocks = [{"type": "text", "label": t.title, "text": t.answer} for t in _dual_topics(kb, state.grade)]
    blocks += [{"type": "list", "label": s["dual_courses"], "items": items},
               {"type": "list", "label": s["dual_partners"], "items": partners}]
    return _section("dual_enrollment", s["sec_dual"], blocks)


def _grades_of(entry) -> Optional[range]:
    try:
        low, high = str(entry.typical_grades).split("-")
        return range(int(low), int(high) + 1)
    except (AttributeError, ValueError):
        return None


def _wbl(kb, state, pathways) -> List[List[str]]:
    """[name, description] pairs: the pathway's own examples, then kinds discussed."""
    items = [[w.type, w.description] for p in pathways for w in p.work_based_learning]
    items += [[i, kb.work_based_learning[i].description] for i in state.discussed["work_based_learning"]
              if i in kb.work_based_learning]
    out, seen = [], set()
    for kind, description in items:
        entry = kb.work_based_learning.get(kind)
        fits = _grades_of(entry) if entry else None
        if kind in seen or (state.grade is not None and fits is not None and state.grade not in fits):
            continue
        seen.add(kind)
        out.append([entry.name if entry else kind.replace("-", " "), description])
    return out[:MAX_WBL]


def _wbl_section(wbl, s) -> Optional[Dict]:
    items = [s["wbl_item"].format(name=name, description=description) for name, description in wbl]
    return _section("work_based_learning", s["sec_wbl"], [{"type": "list", "items": items}])


# --- next steps and the counselor ---------------------------------------------------------

def _area(kb, state, pathways) -> Optional[str]:
    if pathways:
        return kb.name_of("cluster", pathways[0].cluster)
    for kind, item_id in reversed(_chosen(kb, state)):
        if kind in ("cluster", "sub_cluster", "occupation"):
            return kb.name_of(kind, item_id)
    return None


def next_steps(kb, state, pathways, credentials, wbl, s) -> List[str]:
    """Three concrete steps from the handout's own content, fitted to the student's grade."""
    steps: List[str] = []
    p = pathways[0] if pathways else None
    area = _area(kb, state, pathways)
    courses = sorted(p.courses, key=lambda c: c.grade) if p else []
    if _is_middle(state.grade):
        if p and p.middle_school:
            steps.append(s["step_ms_option"].format(option=p.middle_school[0].rstrip(".")))
        elif area:
            steps.append(s["step_club"].format(area=area))
        if area:
            steps.append(s["step_explore"].format(area=area))
        if courses:
            steps.append(s["step_course_ms"].format(course=courses[0].name, pathway=p.name))
    else:
        later = [c for c in courses if state.grade is None or c.grade > state.grade]
        if later:
            steps.append(s["step_course"].format(course=later[0].name, grade=later[0].grade, pathway=p.name))
        if credentials:
            steps.append(s["step_credential"].format(credential=credentials[0].name))
        dual = _dual_courses(kb, state, pathways)
        if dual and (state.grade or 0) >= 10:
            steps.append(s["step_dual"].format(course=dual[0][1].course))
        if wbl:
            steps.append(s["step_wbl"].format(name=wbl[0][0].lower(), description=wbl[0][1]))
    steps = steps[:2] + steps[-1:] if len(steps) > 3 else steps  # keep the hands-on step
    suggested = [kb.name_of("cluster", c) for c in state.shown_clusters if c in kb.clusters][:3]
    fillers = [s["step_read"].format(names=_join(suggested, s))] if suggested and not p else []
    if not area and not suggested:
        fillers += [s["step_start"], s["step_browse"]]
    fillers.append(s["step_counselor"])
    for filler in fillers:
        if len(steps) < 3 and filler not in steps:
            steps.append(filler)
    return steps[:3]


def _counselor_section(kb, s) -> Optional[Dict]:
    district = kb.district()
    contact = district.counselor_contact if district else {}
    items = []
    for key, label, prefix in (("office", "office", None), ("phone", "phone", "tel:"),
                               ("email", "email", "mailto:"), ("url", "website", "")):
        value = contact.get(key)
        if value:
            item = {"label": s[label], "value": str(value)}
            if prefix is not None:
                item["href"] = prefix + "".join(str(value).split()) if prefix else str(value)
            items.append(item)
    return _section("counselor", s["sec_counselor"], [{"type": "contact", "items": items}])


# --- the handout ---------------------------------------------------------------------------

def format_date(today: date, lang: str = "en") -> str:
    s = strings(lang)
    return s["date"].format(month=s["months"][today.month - 1], day=today.day, year=today.year)


def build_handout(kb: KnowledgeBase, state: ExplorationState, today: date, lang: str = "en") -> Dict:
    lang = language(lang)
    s = strings(lang)
    pathways = chosen_pathways(kb, state)
    credentials = _credentials(kb, state, pathways)
    wbl = _wbl(kb, state, pathways)
    explored = [
        _choices_section(kb, state, s), _suggested_section(kb, state, s),
        _jobs_section(kb, state, pathways, s), _pathways_section(kb, state, pathways, s),
        _credentials_section(credentials, state.grade, s), _dual_section(kb, state, pathways, s),
        _wbl_section(wbl, s),
    ]
    explored = [section for section in explored if section]
    steps = _section("next_steps", s["sec_steps"],
                     [{"type": "steps", "items": next_steps(kb, state, pathways, credentials, wbl, s)}])
    district = kb.district()
    return {
        "lang": lang,
        "title": s["title"],
        "school": district.name if district else None,
        "sample_data": s["sample_data"] if district and district.example else None,
        "date": today.isoformat(),
        "facts": [
            {"label": s["label_school"], "value": district.name if district else ""},
            {"label": s["label_date"], "value": format_date(today, lang)},
            {"label": s["label_grade"], "value": str(state.grade) if state.grade else ""},
        ],
        "grade": state.grade,
        "empty": not explored,
        "empty_text": s["empty"] if not explored else None,
        "sections": explored + [x for x in (steps, _counselor_section(kb, s)) if x],
        "notes": s["notes"],
        "privacy": s["privacy"],
        "reply": reply_text(kb, state, lang),
    }


def reply_text(kb: KnowledgeBase, state: ExplorationState, lang: str = "en") -> str:
    """The one short chat line that goes with the handout card."""
    s = strings(language(lang))
    names = [kb.name_of(kind, item_id) for kind, item_id in reversed(_chosen(kb, state))
             if kind != "grouping"][:3]
    if not names:
        names = [kb.name_of("cluster", c) for c in state.shown_clusters if c in kb.clusters][:3]
    if not names:
        return s["reply_empty"]
    district = kb.district()
    office = district.counselor_contact.get("office") if district else None
    return s["reply"].format(names=_join(names, s), office=" (%s)" % office if office else "")
