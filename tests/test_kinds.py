"""The registry of kinds (careerbot/kb/kinds.py) agrees with the model and is what the rest derives from."""
import dataclasses

from careerbot.kb import kinds
from careerbot.kb.model import KnowledgeBase
from careerbot.kb.schema import FILE_KINDS
from careerbot.state import ExplorationState


def test_every_kind_has_its_table_and_dataclass(kb):
    tables = {f.name for f in dataclasses.fields(KnowledgeBase)}
    for kind in kinds.KINDS:
        assert kind.plural in tables, kind.name
        assert dataclasses.is_dataclass(kind.model)
        assert all(isinstance(item, kind.model) for item in kb.table(kind.name).values())


def test_parents_are_kinds_and_form_a_hierarchy():
    for kind in kinds.KINDS:
        assert kind.parent is None or kind.parent in kinds.BY_NAME
    assert kinds.ancestors("occupation") == ("sub_cluster", "cluster", "grouping")


def test_list_files_are_named_by_the_plural():
    listed = {k for k, schema in FILE_KINDS.items() if schema.get("type") == "array"}
    assert listed <= {kind.plural for kind in kinds.KINDS}


def test_state_remembers_exactly_the_remembered_kinds():
    assert set(ExplorationState().discussed) == set(kinds.REMEMBERED)
