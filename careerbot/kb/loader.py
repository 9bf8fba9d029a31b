"""Reads every YAML file under knowledge/, validates it and builds one KnowledgeBase."""
import dataclasses
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple, Type, TypeVar, cast

from careerbot.kb import model as m
from careerbot.kb.freshness import freshness_errors
from careerbot.kb.kinds import KINDS
from careerbot.kb.required import REQUIRED_IDS
from careerbot.kb.schema import FILE_KINDS, LANGUAGES
from careerbot.kb.validate import KBError, content_errors, schema_errors, translation_warnings
from careerbot.kb.yaml_lines import YamlProblem, line_for, load_with_lines
from careerbot.paths import KNOWLEDGE_DIR, display_path

T = TypeVar("T")


@dataclass
class LoadResult:
    knowledge: Optional[m.KnowledgeBase]
    errors: List[KBError] = field(default_factory=list)
    warnings: List[KBError] = field(default_factory=list)   # missing translations

    @property
    def ok(self) -> bool:
        return not self.errors


def knowledge_files(directory: Path) -> List[Path]:
    return sorted(p for p in Path(directory).rglob("*") if p.suffix in (".yml", ".yaml") and p.is_file())


def build(model: Type[T], data: dict, **given: Any) -> T:
    """A model object from validated file data: each dataclass field is taken from `given`, else
    from the data (lists become tuples), else left at its default. So a new optional field
    needs only the schema and the dataclass."""
    values = {}
    for item in dataclasses.fields(cast(Any, model)):
        if item.name in given:
            values[item.name] = given[item.name]
        elif item.name in data:
            value = data[item.name]
            values[item.name] = tuple(value) if isinstance(value, list) else value
    return model(**values)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class _Builder:
    """Turns validated file data into model objects, remembering where each id and reference sits."""

    def __init__(self):
        self.kb = m.KnowledgeBase()
        self.errors: List[KBError] = []
        self.defined: Dict[Tuple[str, str], str] = {}
        self.references: List[Tuple[str, int, str, str, str]] = []  # file, line, where, kind, id
        self.names: List[Tuple[str, int, str, str, str]] = []        # file, line, kind, id, name
        self.required_lists: Dict[str, Tuple[str, int, Tuple[str, ...]]] = {}  # kind -> file, line, ids there
        self.warnings: List[KBError] = []

    def define(self, kind, item, file, lines, path):
        key = (kind, item.id)
        here = "%s:%d" % (file, line_for(lines, path))
        if key in self.defined:
            self.errors.append(KBError(file, line_for(lines, path), "the %s id '%s' is already used at %s; "
                                       "ids must be unique" % (kind.replace("_", "-"), item.id, self.defined[key])))
            return
        self.defined[key] = here
        self.kb.table(kind)[item.id] = item
        for name in m.KnowledgeBase.names_of(item):
            self.names.append((file, line_for(lines, path), kind, item.id, name))

    def refer(self, file, lines, path, kind, item_id, where):
        self.references.append((file, line_for(lines, path), where, kind, item_id))

    def add(self, kind: str, data: dict, file: str, lines: Dict):
        getattr(self, "_add_" + kind)(data[kind], file, lines)

    def _add_groupings(self, items, file, lines):
        for i, g in enumerate(items):
            self.define("grouping", build(m.Grouping, g), file, lines, ("groupings", i))

    def _add_cluster(self, c, file, lines):
        base = ("cluster",)
        self.refer(file, lines, base + ("grouping",), "grouping", c["grouping"], "cluster '%s'" % c["id"])
        sub_ids = []
        for i, s in enumerate(c["sub_clusters"]):
            path = base + ("sub_clusters", i)
            occupations = []
            for j, o in enumerate(s["occupations"]):
                wage = o.get("median_wage")
                occupation = build(m.Occupation, o, id="%s--%s" % (s["id"], _slug(o["title"])), sub_cluster=s["id"],
                                   cluster=c["id"], median_wage=build(m.Wage, wage) if wage else None)
                occupations.append(occupation)
                self.define("occupation", occupation, file, lines, path + ("occupations", j))
            sub = build(m.SubCluster, s, cluster=c["id"], occupations=tuple(occupations))
            self.define("sub_cluster", sub, file, lines, path)
            sub_ids.append(s["id"])
        cluster = build(m.Cluster, c, sub_clusters=tuple(sub_ids))
        self.define("cluster", cluster, file, lines, base)

    def _add_pathways(self, items, file, lines):
        for i, p in enumerate(items):
            path = ("pathways", i)
            where = "pathway '%s'" % p["id"]
            self.refer(file, lines, path + ("cluster",), "cluster", p["cluster"], where)
            for j, sid in enumerate(p["sub_clusters"]):
                self.refer(file, lines, path + ("sub_clusters", j), "sub_cluster", sid, where)
            for j, cid in enumerate(p["credentials"]):
                self.refer(file, lines, path + ("credentials", j), "credential", cid, where)
            for j, w in enumerate(p["work_based_learning"]):
                self.refer(file, lines, path + ("work_based_learning", j, "type"), "work_based_learning",
                           w["type"], where)
            pathway = build(
                m.Pathway, p,
                courses=tuple(sorted((build(m.Course, x, state_examples=tuple(
                    build(m.StateCourse, e) for e in x.get("state_examples") or ())) for x in p["courses"]),
                    key=lambda x: x.grade)),
                work_based_learning=tuple(build(m.WorkBasedItem, w) for w in p["work_based_learning"]),
                dual_enrollment=tuple(build(m.DualEnrollmentCourse, d) for d in p["dual_enrollment"]))
            self.define("pathway", pathway, file, lines, path)

    def _add_credentials(self, items, file, lines):
        for i, c in enumerate(items):
            path = ("credentials", i)
            where = "credential '%s'" % c["id"]
            for j, cid in enumerate(c["clusters"]):
                self.refer(file, lines, path + ("clusters", j), "cluster", cid, where)
            for j, sid in enumerate(c.get("sub_clusters") or ()):
                self.refer(file, lines, path + ("sub_clusters", j), "sub_cluster", sid, where)
            credential = build(m.Credential, c)
            self.define("credential", credential, file, lines, path)

    def _add_dual_enrollment(self, data, file, lines):
        self.kb.dual_enrollment_other_names = tuple(data["other_names"])
        self.kb.dual_enrollment_es = dict(data.get("es") or {})
        self.required_lists["dual_enrollment_topic"] = (file, line_for(lines, ("dual_enrollment", "topics")),
                                                        tuple(t["id"] for t in data["topics"]))
        for i, t in enumerate(data["topics"]):
            topic = build(m.Topic, t)
            self.define("dual_enrollment_topic", topic, file, lines, ("dual_enrollment", "topics", i))

    def _add_work_based_learning(self, items, file, lines):
        for i, w in enumerate(items):
            item = build(m.WorkBasedLearning, w)
            self.define("work_based_learning", item, file, lines, ("work_based_learning", i))

    def _add_crosswalk(self, items, file, lines):
        for i, e in enumerate(items):
            path = ("crosswalk", i)
            for j, cid in enumerate(e["new_clusters"]):
                self.refer(file, lines, path + ("new_clusters", j), "cluster", cid, "crosswalk '%s'" % e["id"])
            entry = build(m.CrosswalkEntry, e)
            self.define("old_cluster", entry, file, lines, path)

    def _add_framework(self, f, file, lines):
        if self.kb.framework is not None:
            self.errors.append(KBError(file, 1, "a second framework file was found; keep only one"))
            return
        concepts = [build(m.Topic, t) for t in f["concepts"]]
        self.required_lists["framework_concept"] = (file, line_for(lines, ("framework", "concepts")),
                                                    tuple(c.id for c in concepts))
        questions = []
        for i, q in enumerate(f["quiz"]):
            for j, option in enumerate(q["options"]):
                for k, cid in enumerate(option["clusters"]):
                    self.refer(file, lines, ("framework", "quiz", i, "options", j, "clusters", k), "cluster", cid,
                               "quiz question '%s'" % q["id"])
            questions.append(build(m.QuizQuestion, q, options=tuple(build(m.QuizOption, o) for o in q["options"])))
        self.kb.framework = build(m.Framework, f, concepts=tuple(concepts), quiz=tuple(questions))

    def _add_getting_ready(self, items, file, lines):
        for i, band in enumerate(items):
            self.define("readiness_band", build(m.ReadinessBand, band), file, lines, ("getting_ready", i))

    def _add_district(self, d, file, lines):
        where = "district '%s'" % d["id"]
        for i, offer in enumerate(d.get("pathways_offered") or ()):
            self.refer(file, lines, ("district", "pathways_offered", i, "pathway"), "pathway", offer["pathway"], where)
        for i, partner in enumerate(d.get("dual_enrollment_partners") or ()):
            for j, pid in enumerate(partner.get("pathways") or ()):
                self.refer(file, lines, ("district", "dual_enrollment_partners", i, "pathways", j), "pathway", pid,
                           where)
        for i, employer in enumerate(d.get("employers") or ()):
            for j, wid in enumerate(employer.get("offers") or ()):
                self.refer(file, lines, ("district", "employers", i, "offers", j), "work_based_learning", wid, where)
            for j, cid in enumerate(employer.get("clusters") or ()):
                self.refer(file, lines, ("district", "employers", i, "clusters", j), "cluster", cid, where)
        district = build(m.District, d)
        self.define("district", district, file, lines, ("district",))

    def declare_ids(self, kind: str, data: dict):
        """Records the ids a file declares even when the file itself has errors, so that its
        mistakes don't cascade into "does not exist" errors in every file that refers to it."""
        body = data.get(kind)
        entity_kind = {k.plural: k.name for k in KINDS}.get(kind)
        entries = body if isinstance(body, list) else []
        if kind == "cluster" and isinstance(body, dict):
            entity_kind, entries = "cluster", [body]
            subs = body.get("sub_clusters")
            for sub in subs if isinstance(subs, list) else []:
                if isinstance(sub, dict) and isinstance(sub.get("id"), str):
                    self.defined.setdefault(("sub_cluster", sub["id"]), "(a file with errors)")
        for entry in entries:
            if entity_kind and isinstance(entry, dict) and isinstance(entry.get("id"), str):
                self.defined.setdefault((entity_kind, entry["id"]), "(a file with errors)")

    def check_references(self):
        for file, line, where, kind, item_id in self.references:
            if (kind, item_id) not in self.defined:
                self.errors.append(KBError(file, line, "%s refers to the %s '%s', which does not exist (check the "
                                                       "spelling, or add it first)"
                                           % (where, kind.replace("_", " "), item_id)))

    def check_required(self, directory: Path):
        """Entries the bot's code looks up by id (careerbot/kb/required.py) must exist."""
        for kind, wanted in REQUIRED_IDS.items():
            file, line, present = self.required_lists.get(kind, (display_path(directory), 1, ()))
            for item_id in wanted:
                if item_id not in present:
                    self.errors.append(KBError(file, line, "the %s '%s' is missing, and the bot's answers use it; "
                                                           "restore it (you may change its text, not its id)"
                                               % (kind.replace("_", " "), item_id)))

    def check_names(self):
        """Two different things of one kind may not share a name: the bot couldn't tell them apart."""
        seen: Dict[Tuple[str, str], Tuple[str, int, str]] = {}
        for file, line, kind, item_id, name in self.names:
            key = (kind, m.fold(name))
            if key in seen and seen[key][2] != item_id and kind != "occupation":
                other_file, other_line, other_id = seen[key]
                self.errors.append(KBError(file, line, "the name or alias '%s' of %s '%s' is also used by '%s' at "
                                                       "%s:%d; each name must point to one thing"
                                           % (name, kind.replace("_", " "), item_id, other_id, other_file,
                                              other_line)))
            seen.setdefault(key, (file, line, item_id))


def load_knowledge(directory: Path = KNOWLEDGE_DIR) -> LoadResult:
    builder = _Builder()
    digest = hashlib.sha256()
    files = knowledge_files(directory)
    unreadable = False
    if not files:
        return LoadResult(None, [KBError(display_path(directory), 1, "no knowledge files (*.yml) were found here")])
    for path in files:
        file = display_path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            builder.errors.append(KBError(file, 1, "the file is not saved as UTF-8 text; save it again as UTF-8"))
            continue
        digest.update(file.encode() + b"\0" + text.encode() + b"\0")
        try:
            data, lines, problems = load_with_lines(text)
        except YamlProblem as problem:
            builder.errors.append(KBError(file, problem.line, problem.message))
            unreadable = True
            continue
        file_errors = [KBError(file, p.line, p.message) for p in problems]
        kinds = [k for k in (data or {}) if k in FILE_KINDS] if isinstance(data, dict) else []
        if not isinstance(data, dict) or len(kinds) != 1 or len(data) != 1:
            found = ", ".join(sorted(data)) if isinstance(data, dict) else "no fields"
            file_errors.append(KBError(file, 1, "the file must start with exactly one of these fields: %s (found: %s)"
                                       % (", ".join(sorted(FILE_KINDS)), found)))
            builder.errors.extend(file_errors)
            continue
        kind = kinds[0]
        file_errors += schema_errors(kind, data, lines, file) + content_errors(data, lines, file)
        for lang in LANGUAGES:
            builder.warnings.extend(translation_warnings(kind, data, lines, file, lang))
        file_errors += freshness_errors(kind, data, lines, file)
        if file_errors:
            builder.errors.extend(file_errors)
            builder.declare_ids(kind, data)
            continue
        builder.add(kind, data, file, lines)
    if not unreadable:  # references are checked once every file can be read
        builder.check_references()
        builder.check_names()
        builder.check_required(directory)
    errors = sorted(set(builder.errors))
    kb = builder.kb
    kb.version = digest.hexdigest()[:16]
    return LoadResult(None if errors else kb, errors, sorted(set(builder.warnings)))
