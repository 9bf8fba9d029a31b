"""The plan part of the handout (careerbot/handout.py): jobs to look into, the course plan, credentials,
college credit in high school and work-based learning, each a section of blocks, in the language
being spoken (`t()` texts: Spanish in careerbot/i18n/es/handout_plan.po). Pure, like the handout.
"""
from typing import Dict, List, Optional

from careerbot.i18n import join_names, t
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

MAX_JOBS, MAX_CREDENTIALS, MAX_WBL = 5, 4, 3
CHOSEN_KINDS = ("grouping", "cluster", "sub_cluster", "occupation", "pathway", "credential",
                "work_based_learning")
# Dual-enrollment topics (knowledge/national/dual_enrollment.yml ids) that apply at each grade.
DUAL_TOPICS = {"middle": ("middle-school",), "early": ("eligibility", "how-to-start"),
               "late": ("eligibility", "cost"), "unknown": ("eligibility", "what-is")}


def unique(items: List) -> List:
    seen, out = set(), []
    for item in items:
        key = getattr(item, "id", item)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def is_middle(grade: Optional[int]) -> bool:
    return grade is not None and grade <= 8


def make_section(section_id: str, title: str, blocks: List[Dict]) -> Optional[Dict]:
    blocks = [b for b in blocks if b.get("items") or b.get("rows") or b.get("text")]
    return {"id": section_id, "title": title, "blocks": blocks} if blocks else None


def chosen_items(kb: KnowledgeBase, state: ExplorationState) -> List[List[str]]:
    return [[kind, item_id] for kind, item_id in state.chosen
            if kind in CHOSEN_KINDS and kb.get(kind, item_id) is not None]


# --- jobs, courses, credentials, college credit, work-based learning ---------------------

def _jobs(kb, state, pathways) -> List:
    chosen = [kb.occupations[i] for k, i in reversed(chosen_items(kb, state)) if k == "occupation"]
    discussed = [kb.occupations[i] for i in state.discussed["occupation"] if i in kb.occupations]
    jobs = unique(chosen + discussed)
    if not jobs:
        subs = [i for k, i in reversed(chosen_items(kb, state)) if k == "sub_cluster"]
        subs += [sub for p in pathways for sub in p.sub_clusters[:1]]
        jobs = unique([o for sub in subs for o in kb.occupations_of(sub)[:3]])
    return jobs[:MAX_JOBS]


def _pay(wage) -> str:
    if wage is None:
        return t("not listed")
    if wage.per == "hour":
        return t("${amount} an hour ({year})", amount=f"{wage.amount:,.2f}", year=wage.year)
    return t("${amount} a year ({year})", amount=f"{wage.amount:,.0f}", year=wage.year)


def jobs_section(kb, state, pathways) -> Optional[Dict]:
    rows = [[job.title, job.education, _pay(job.median_wage)] for job in _jobs(kb, state, pathways)]
    return make_section("jobs", t("Jobs to look into"), [
        {"type": "table", "caption": t("Pay is the national median from the U.S. Bureau of Labor Statistics."),
         "rows": rows, "columns": [t("Job"), t("Typical education"), t("Median pay (U.S.)")]}])


def pathways_section(kb, state, pathways) -> Optional[Dict]:
    district = kb.district()
    offered = {e.get("pathway"): e.get("schools") or [] for e in (district.pathways_offered if district else ())}
    blocks: List[Dict] = []
    for p in pathways:
        blocks.append({"type": "table", "caption": t("{name} pathway, grades 9-12", name=p.name),
                       "columns": [t("Grade"), t("Course")],
                       "rows": [[str(c.grade), c.name] for c in sorted(p.courses, key=lambda c: c.grade)]})
        if offered.get(p.id):
            blocks.append({"type": "text", "text": t("Offered at: {schools}", schools=join_names(offered[p.id]))})
        if state.grade is None or is_middle(state.grade):
            blocks.append({"type": "list", "label": t("In grades 6-8 ({name})", name=p.name),
                           "items": list(p.middle_school)})
    return make_section("pathways", t("Course plan"), blocks)


def credentials_for(kb, state, pathways) -> List:
    """Picked first, then the chosen pathways' own (in the order staff list them, discussed ones
    first), then any others discussed."""
    picked = [kb.credentials[i] for k, i in reversed(chosen_items(kb, state)) if k == "credential"]
    own = [kb.credentials[i] for p in pathways for i in p.credentials if i in kb.credentials]
    own.sort(key=lambda c: c.id not in state.discussed["credential"])  # stable: keeps the staff order
    discussed = [kb.credentials[i] for i in state.discussed["credential"] if i in kb.credentials]
    return unique(picked + own + discussed)[:MAX_CREDENTIALS]


def _credential_item(credential) -> str:
    name, issuer = credential.name, credential.issuer.split(" (")[0]
    if credential.min_grade:
        return t("{name} ({issuer}), from grade {grade}", name=name, issuer=issuer, grade=credential.min_grade)
    if credential.min_age:
        return t("{name} ({issuer}), from age {age}", name=name, issuer=issuer, age=credential.min_age)
    return t("{name} ({issuer})", name=name, issuer=issuer)


def credentials_section(credentials, grade) -> Optional[Dict]:
    block: Dict = {"type": "list", "items": [_credential_item(c) for c in credentials]}
    if is_middle(grade):
        block["label"] = t("Later, in high school or after")
    return make_section("credentials", t("Credentials I could earn"), [block])


def _dual_topics(kb, grade: Optional[int]):
    if grade is None:
        key = "unknown"
    else:
        key = "middle" if grade <= 8 else ("early" if grade <= 10 else "late")
    return [kb.dual_enrollment_topics[topic] for topic in DUAL_TOPICS[key] if topic in kb.dual_enrollment_topics]


def dual_courses(kb, state, pathways) -> List[List]:
    ids = [p.id for p in pathways] + [i for i in state.dual_enrollment if i in kb.pathways]
    return [[kb.pathways[i], course] for i in unique(ids) for course in kb.pathways[i].dual_enrollment]


def _dual_course_item(pathway, course) -> str:
    if not course.credits:
        return t("{course} ({pathway})", course=course.course, pathway=pathway.name)
    if course.credits == 1:
        return t("{course} ({pathway}), 1 credit", course=course.course, pathway=pathway.name)
    return t("{course} ({pathway}), {credits} credits", course=course.course, pathway=pathway.name,
             credits="%g" % course.credits)


def dual_section(kb, state, pathways) -> Optional[Dict]:
    courses = [] if is_middle(state.grade) else dual_courses(kb, state, pathways)
    if not state.dual_enrollment and not courses:
        return None
    items = [_dual_course_item(pathway, course) for pathway, course in courses[:4]]
    district = kb.district()
    served = {p.id for p, _ in courses} | set(state.dual_enrollment)
    partners = ["%s: %s" % (d.get("name"), d.get("url")) if d.get("url") else str(d.get("name"))
                for d in (district.dual_enrollment_partners if district else ())
                if set(d.get("pathways") or ()) & served]
    blocks = [{"type": "text", "label": topic.title, "text": topic.answer} for topic in _dual_topics(kb, state.grade)]
    blocks += [{"type": "list", "label": t("College courses in my pathway"), "items": items},
               {"type": "list", "label": t("Partner colleges"), "items": partners}]
    return make_section("dual_enrollment", t("College credit in high school (dual enrollment)"), blocks)


def _grades_of(entry) -> Optional[range]:
    try:
        low, high = str(entry.typical_grades).split("-")
        return range(int(low), int(high) + 1)
    except (AttributeError, ValueError):
        return None


def wbl_for(kb, state, pathways) -> List[List[str]]:
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


def wbl_section(wbl) -> Optional[Dict]:
    items = ["%s: %s" % (name, description) for name, description in wbl]
    return make_section("work_based_learning", t("Work-based learning"), [{"type": "list", "items": items}])
