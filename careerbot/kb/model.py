"""The knowledge base as one in-memory model, with deterministic, sorted lookups."""
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple


def strip_accents(text: str) -> str:
    """"matemáticas" -> "matematicas", "diseño" -> "diseno": students often type without accents."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key for names and aliases ('&' reads as 'and')."""
    text = strip_accents(text.lower()).replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^a-z0-9+#']+", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class Grouping:
    id: str
    name: str
    purpose: str
    cross_cutting: bool
    sources: Tuple[str, ...]
    aliases: Tuple[str, ...] = ()
    interest_keywords: Tuple[str, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class Wage:
    amount: float
    per: str
    year: int
    source: str


@dataclass(frozen=True)
class Occupation:
    id: str
    title: str
    education: str
    sub_cluster: str
    cluster: str
    aliases: Tuple[str, ...] = ()
    soc: Optional[str] = None
    median_wage: Optional[Wage] = None
    description: Optional[str] = None
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class SubCluster:
    id: str
    name: str
    cluster: str
    description: str
    interest_keywords: Tuple[str, ...]
    occupations: Tuple[Occupation, ...]
    sources: Tuple[str, ...]
    code: Optional[str] = None
    aliases: Tuple[str, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class Cluster:
    id: str
    code: str
    name: str
    grouping: str
    cross_cutting: bool
    description: str
    interest_keywords: Tuple[str, ...]
    riasec: Tuple[str, ...]
    sources: Tuple[str, ...]
    sub_clusters: Tuple[str, ...]
    aliases: Tuple[str, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class StateCourse:
    state: str
    name: str
    source: str


@dataclass(frozen=True)
class Course:
    grade: int
    name: str
    state_examples: Tuple[StateCourse, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class WorkBasedItem:
    type: str
    description: str
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class DualEnrollmentCourse:
    course: str
    credits: Optional[float] = None
    note: Optional[str] = None
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class Pathway:
    id: str
    name: str
    cluster: str
    sub_clusters: Tuple[str, ...]
    description: str
    courses: Tuple[Course, ...]
    middle_school: Tuple[str, ...]
    work_based_learning: Tuple[WorkBasedItem, ...]
    dual_enrollment: Tuple[DualEnrollmentCourse, ...]
    credentials: Tuple[str, ...]
    sources: Tuple[str, ...]
    aliases: Tuple[str, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class Credential:
    id: str
    name: str
    issuer: str
    clusters: Tuple[str, ...]
    description: str
    preparation: str
    url: str
    sources: Tuple[str, ...]
    aliases: Tuple[str, ...] = ()
    sub_clusters: Tuple[str, ...] = ()
    min_age: Optional[int] = None
    min_grade: Optional[int] = None
    cost: Optional[str] = None
    cost_checked: Optional[int] = None
    min_age_checked: Optional[int] = None
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class Topic:
    """A question-and-answer entry (dual enrollment topics, framework concepts)."""
    id: str
    title: str
    answer: str
    keywords: Tuple[str, ...]
    sources: Tuple[str, ...]
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class WorkBasedLearning:
    id: str
    name: str
    description: str
    sources: Tuple[str, ...]
    aliases: Tuple[str, ...] = ()
    typical_grades: Optional[str] = None
    notes: Optional[str] = None
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class CrosswalkEntry:
    id: str
    old_name: str
    new_clusters: Tuple[str, ...]
    what_changed: str
    basis: str
    sources: Tuple[str, ...]
    aliases: Tuple[str, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class QuizOption:
    label: str
    clusters: Tuple[str, ...]
    riasec: Tuple[str, ...] = ()
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class QuizQuestion:
    id: str
    question: str
    options: Tuple[QuizOption, ...]
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class ReadinessBand:
    """What a student can do now to get ready, for one school level (grades first_grade-last_grade)."""
    id: str
    title: str
    first_grade: int
    last_grade: int
    steps: Tuple[str, ...]
    sources: Tuple[str, ...]
    es: Dict[str, Any] = field(default_factory=dict, hash=False, compare=False)   # Spanish text


@dataclass(frozen=True)
class Framework:
    name: str
    steward: str
    released: str
    replaces: str
    concepts: Tuple[Topic, ...]
    quiz: Tuple[QuizQuestion, ...]
    sources: Tuple[str, ...] = ()


@dataclass(frozen=True)
class District:
    id: str
    name: str
    counselor_contact: Dict[str, str]
    example: bool = False
    pathways_offered: Tuple[Dict, ...] = ()
    dual_enrollment_partners: Tuple[Dict, ...] = ()
    employers: Tuple[Dict, ...] = ()


@dataclass
class KnowledgeBase:
    groupings: Dict[str, Grouping] = field(default_factory=dict)
    clusters: Dict[str, Cluster] = field(default_factory=dict)
    sub_clusters: Dict[str, SubCluster] = field(default_factory=dict)
    occupations: Dict[str, Occupation] = field(default_factory=dict)
    pathways: Dict[str, Pathway] = field(default_factory=dict)
    credentials: Dict[str, Credential] = field(default_factory=dict)
    work_based_learning: Dict[str, WorkBasedLearning] = field(default_factory=dict)
    dual_enrollment_topics: Dict[str, Topic] = field(default_factory=dict)
    dual_enrollment_other_names: Tuple[str, ...] = ()
    dual_enrollment_es: Dict[str, Any] = field(default_factory=dict)
    crosswalk: Dict[str, CrosswalkEntry] = field(default_factory=dict)
    framework: Optional[Framework] = None
    districts: Dict[str, District] = field(default_factory=dict)
    getting_ready: Dict[str, ReadinessBand] = field(default_factory=dict)
    version: str = ""

    # -- names -------------------------------------------------------------
    def table(self, kind: str) -> Dict[str, Any]:
        """The items of one kind by id (kinds are listed in careerbot.kb.kinds)."""
        from careerbot.kb.kinds import BY_NAME  # kinds.py imports this module
        return getattr(self, BY_NAME[kind].plural)

    @staticmethod
    def display_name(item) -> str:
        for attribute in ("name", "title", "old_name"):
            value = getattr(item, attribute, None)
            if value:
                return value
        return item.id

    @staticmethod
    def names_of(item) -> List[str]:
        """Every name an item answers to: its name or title plus aliases."""
        names = [KnowledgeBase.display_name(item)]
        names.extend(getattr(item, "aliases", ()) or ())
        return names

    def get(self, kind: str, item_id: str):
        return self.table(kind).get(item_id)

    def name_of(self, kind: str, item_id: str) -> str:
        item = self.get(kind, item_id)
        return self.display_name(item) if item else item_id

    # -- structure ---------------------------------------------------------
    def sorted_items(self, kind: str, ids: Optional[Iterable[str]] = None) -> List:
        table = self.table(kind)
        chosen = table.values() if ids is None else [table[i] for i in ids if i in table]
        return sorted(chosen, key=lambda item: (fold(self.display_name(item)), item.id))

    def clusters_in_grouping(self, grouping_id: str) -> List[Cluster]:
        return self.sorted_items("cluster", [c.id for c in self.clusters.values() if c.grouping == grouping_id])

    def grouping_of(self, cluster_id: str) -> Optional[Grouping]:
        cluster = self.clusters.get(cluster_id)
        return self.groupings.get(cluster.grouping) if cluster else None

    def sub_clusters_of(self, cluster_id: str) -> List[SubCluster]:
        return self.sorted_items("sub_cluster", [s.id for s in self.sub_clusters.values() if s.cluster == cluster_id])

    def occupations_of(self, sub_cluster_id: str) -> List[Occupation]:
        return self.sorted_items("occupation", [o.id for o in self.occupations.values()
                                                if o.sub_cluster == sub_cluster_id])

    def pathways_for_cluster(self, cluster_id: str) -> List[Pathway]:
        return self.sorted_items("pathway", [p.id for p in self.pathways.values() if p.cluster == cluster_id])

    def pathways_for_sub_cluster(self, sub_cluster_id: str) -> List[Pathway]:
        return self.sorted_items("pathway", [p.id for p in self.pathways.values()
                                             if sub_cluster_id in p.sub_clusters])

    def credentials_for_pathway(self, pathway_id: str) -> List[Credential]:
        pathway = self.pathways.get(pathway_id)
        return self.sorted_items("credential", pathway.credentials) if pathway else []

    def pathways_for_credential(self, credential_id: str) -> List[Pathway]:
        return self.sorted_items("pathway", [p.id for p in self.pathways.values() if credential_id in p.credentials])

    def credentials_for_cluster(self, cluster_id: str) -> List[Credential]:
        return self.sorted_items("credential", [c.id for c in self.credentials.values() if cluster_id in c.clusters])

    def credentials_for_sub_cluster(self, sub_cluster_id: str) -> List[Credential]:
        direct = [c.id for c in self.credentials.values() if sub_cluster_id in c.sub_clusters]
        via_pathways = [cid for p in self.pathways_for_sub_cluster(sub_cluster_id) for cid in p.credentials]
        return self.sorted_items("credential", sorted(set(direct + via_pathways)))

    def crosswalk_for_cluster(self, cluster_id: str) -> List[CrosswalkEntry]:
        return self.sorted_items("old_cluster", [e.id for e in self.crosswalk.values() if cluster_id in e.new_clusters])

    def parent_of(self, kind: str, item_id: str) -> Optional[Tuple[str, str]]:
        """What a thing belongs to: a job's sub-cluster, a sub-cluster's cluster, a cluster's grouping,
        a pathway's or credential's (first) cluster, an original cluster's first new cluster."""
        item = self.get(kind, item_id)
        if item is None:
            return None
        parent = {"occupation": ("sub_cluster", getattr(item, "sub_cluster", None)),
                  "sub_cluster": ("cluster", getattr(item, "cluster", None)),
                  "cluster": ("grouping", getattr(item, "grouping", None)),
                  "pathway": ("cluster", getattr(item, "cluster", None)),
                  "credential": ("cluster", (getattr(item, "clusters", None) or (None,))[0])}.get(kind)
        if parent and parent[1]:
            return parent[0], str(parent[1])
        return None

    def lineage(self, kind: str, item_id: str) -> List[Tuple[str, str]]:
        """The thing and everything above it, nearest first: a job, its sub-cluster, cluster, grouping."""
        chain = [(kind, item_id)]
        while True:
            parent = self.parent_of(*chain[-1])
            if parent is None or parent in chain:
                return chain
            chain.append(parent)

    def children_of(self, kind: str, item_id: str) -> List[Tuple[str, str]]:
        """What is inside a thing, sorted by name: a grouping's clusters, a cluster's sub-clusters,
        a sub-cluster's jobs, an original cluster's new clusters."""
        if kind == "grouping":
            return [("cluster", c.id) for c in self.clusters_in_grouping(item_id)]
        if kind == "cluster":
            return [("sub_cluster", s.id) for s in self.sub_clusters_of(item_id)]
        if kind == "sub_cluster":
            return [("occupation", o.id) for o in self.occupations_of(item_id)]
        if kind == "old_cluster" and item_id in self.crosswalk:
            return [("cluster", c) for c in self.crosswalk[item_id].new_clusters if c in self.clusters]
        return []

    def related(self, a: Tuple[str, str], b: Tuple[str, str]) -> bool:
        """One is the other, or inside it ("Teaching & Training" and "Education")."""
        return a in self.lineage(*b) or b in self.lineage(*a)

    def readiness_for(self, grade: int) -> Optional[ReadinessBand]:
        return next((b for b in self.sorted_items("readiness_band") if b.first_grade <= grade <= b.last_grade), None)

    def district(self) -> Optional[District]:
        """The local district layer in use: a real district wins over the shipped example."""
        real = [d for d in self.districts.values() if not d.example]
        chosen = real or list(self.districts.values())
        return sorted(chosen, key=lambda d: d.id)[0] if chosen else None

    def stats(self) -> Dict[str, int]:
        from careerbot.kb.kinds import KINDS
        counts = {kind.plural: len(self.table(kind.name)) for kind in KINDS if kind.name != "district"}
        counts["dual_enrollment_courses"] = sum(len(p.dual_enrollment) for p in self.pathways.values())
        return counts
