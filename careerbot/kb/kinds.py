"""Every kind of knowledge, defined once: its name, plural, dataclass and how the bot uses it.

Adding a kind of knowledge: a dataclass in model.py, a field on KnowledgeBase named by its
plural, a schema in schema.py, one builder method in loader.py, and one line here. The NLU
entity labels, button payload checks, the state the conversation remembers, the summary and
the "which named thing wins" order are all derived from this table (tests/test_kinds.py
checks the pieces agree).
"""
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

from careerbot.kb import model as m


@dataclass(frozen=True)
class Kind:
    name: str                      # the kind's id; also the NLU entity label and button entity name
    plural: str                    # the KnowledgeBase table holding it (and the knowledge file key)
    model: type                    # its dataclass in model.py
    title: str                     # heading in summaries ("Career clusters")
    parent: Optional[str] = None   # the kind it belongs to: "which cluster is X in", "what's in X"
    named: bool = True             # students name it in messages; recognised as an entity
    remembered: bool = True        # the conversation remembers which ones were discussed


# Order matters twice: when one message names several things, the earlier kind is what the
# student is asking about ("what certifications does a welder need" is about the credential
# question, the welder is context), and entities of equal span are listed in this order.
KINDS: Tuple[Kind, ...] = (
    Kind("credential", "credentials", m.Credential, "Certifications", parent="cluster"),
    Kind("occupation", "occupations", m.Occupation, "Jobs", parent="sub_cluster"),
    Kind("sub_cluster", "sub_clusters", m.SubCluster, "Sub-clusters", parent="cluster"),
    Kind("cluster", "clusters", m.Cluster, "Career clusters", parent="grouping"),
    Kind("grouping", "groupings", m.Grouping, "Groupings"),
    Kind("pathway", "pathways", m.Pathway, "Pathways (courses)", parent="cluster"),
    Kind("old_cluster", "crosswalk", m.CrosswalkEntry, "Original (2002) clusters", remembered=False),
    Kind("work_based_learning", "work_based_learning", m.WorkBasedLearning, "Work-based learning"),
    Kind("dual_enrollment_topic", "dual_enrollment_topics", m.Topic, "Dual enrollment", named=False,
         remembered=False),
    Kind("district", "districts", m.District, "District", named=False, remembered=False),
    Kind("readiness_band", "getting_ready", m.ReadinessBand, "Getting ready", named=False, remembered=False),
)
BY_NAME: Dict[str, Kind] = {kind.name: kind for kind in KINDS}
NAMED = tuple(kind.name for kind in KINDS if kind.named)            # entity labels of knowledge terms
REMEMBERED = tuple(kind.name for kind in KINDS if kind.remembered)  # kept in the exploration state


def kind(name: str) -> Kind:
    return BY_NAME[name]


def ancestors(name: str) -> Tuple[str, ...]:
    """The kinds above this one, nearest first: occupation -> (sub_cluster, cluster, grouping)."""
    chain = []
    parent = BY_NAME[name].parent
    while parent:
        chain.append(parent)
        parent = BY_NAME[parent].parent
    return tuple(chain)
