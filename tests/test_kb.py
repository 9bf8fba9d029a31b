"""Knowledge base: validation errors (one broken fixture per class), lookups, live edits, CLI."""
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from careerbot.cli import main as cli_main
from careerbot.kb import fold, load_knowledge
from careerbot.kb.live import KnowledgeUnavailable, LiveKnowledge

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"
ERROR_LINE = re.compile(r"^[^:]+\.yml:\d+: .+")


@pytest.fixture
def kb_dir(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, "fixture changed: %r not found in %s" % (old, path.name)
    path.write_text(text.replace(old, new, 1))


def errors_for(directory):
    result = load_knowledge(directory)
    assert not result.ok and result.knowledge is None
    rendered = [str(e) for e in result.errors]
    for line in rendered:
        assert ERROR_LINE.match(line), line
    return rendered


def line_of(path: Path, needle: str) -> int:
    for number, line in enumerate(path.read_text().splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_fixture_is_valid():
    result = load_knowledge(FIXTURE)
    assert result.ok, result.errors


def test_yaml_syntax_error_names_file_and_line(kb_dir):
    path = kb_dir / "work_based_learning.yml"
    edit(path, "    name: Internship\n", "    name Internship\n")
    errors = errors_for(kb_dir)
    assert len(errors) == 1
    assert errors[0].startswith("work_based_learning.yml:") or "work_based_learning.yml:" in errors[0]
    assert "YAML syntax error" in errors[0]


def test_unknown_key_is_reported_at_its_line(kb_dir):
    path = kb_dir / "credentials.yml"
    edit(path, "    issuer: NCCER\n", "    issuer: NCCER\n    colour: red\n")
    errors = errors_for(kb_dir)
    expected = "credentials.yml:%d:" % line_of(path, "colour: red")
    assert any(expected in e and "unknown field 'colour'" in e and "'nccer-core'" in e for e in errors), errors


def test_missing_required_field(kb_dir):
    edit(kb_dir / "credentials.yml", "    issuer: CompTIA\n", "")
    errors = errors_for(kb_dir)
    assert any("'comptia-a-plus' is missing the required field 'issuer'" in e for e in errors), errors


def test_duplicate_id(kb_dir):
    path = kb_dir / "pathways.yml"
    edit(path, "  - id: programming-software-development", "  - id: construction-trades")
    errors = errors_for(kb_dir)
    assert any("pathway id 'construction-trades' is already used" in e for e in errors), errors


def test_duplicate_key_in_one_entry(kb_dir):
    edit(kb_dir / "credentials.yml", "    issuer: NCCER\n", "    issuer: NCCER\n    issuer: Someone else\n")
    assert any("'issuer' appears twice" in e for e in errors_for(kb_dir))


def test_dangling_reference(kb_dir):
    path = kb_dir / "pathways.yml"
    edit(path, "credentials: [cna]", "credentials: [cna, servsafe-manager]")
    errors = errors_for(kb_dir)
    assert any("pathways.yml:%d:" % line_of(path, "servsafe-manager") in e and
               "credential 'servsafe-manager', which does not exist" in e for e in errors), errors


def test_malformed_link(kb_dir):
    edit(kb_dir / "credentials.yml", "    url: https://www.nccer.org/\n", "    url: www.nccer.org\n")
    assert any("is not a working web link" in e for e in errors_for(kb_dir))


@pytest.mark.parametrize("bad_text, expected", [
    ("Shows <b>skills</b>.", "contains HTML"),
    ("Click javascript:alert(1) now.", "contains HTML"),
    ("Uses {name} braces.", "contains a '{' or '}'"),
    ("Smile :} ok", "contains a '{' or '}'"),
])
def test_raw_html_and_braces_in_text(kb_dir, bad_text, expected):
    edit(kb_dir / "credentials.yml", "    description: Shows you can set up and fix computers.",
         '    description: "%s"' % bad_text)
    assert any(expected in e for e in errors_for(kb_dir))


def test_wrong_type_and_bad_id(kb_dir):
    edit(kb_dir / "credentials.yml", "    min_age: 16", "    min_age: sixteen")
    edit(kb_dir / "credentials.yml", "  - id: cna\n", "  - id: CNA Cert\n")
    errors = errors_for(kb_dir)
    assert any("should be a whole number" in e for e in errors), errors
    assert any("must be an id" in e for e in errors), errors


def test_shared_alias_between_two_items(kb_dir):
    edit(kb_dir / "credentials.yml", "    aliases: [nccer]", "    aliases: [nccer, osha 10]")
    assert any("'osha 10'" in e and "each name must point to one thing" in e for e in errors_for(kb_dir))


def test_file_with_unknown_top_level(kb_dir):
    (kb_dir / "extra.yml").write_text("colleges:\n  - name: X\n")
    assert any("extra.yml:1:" in e and "must start with exactly one of" in e for e in errors_for(kb_dir))


# ---------------------------------------------------------------------------- lookups

@pytest.fixture(scope="module")
def kb():
    return load_knowledge(FIXTURE).knowledge


def test_items_answer_to_their_name_and_aliases(kb):
    assert "health science" in kb.names_of(kb.clusters["healthcare-human-services"])
    assert "drone license" in [fold(n) for n in kb.names_of(kb.credentials["faa-part-107"])]
    assert kb.name_of("grouping", "building-moving") == "Building & Moving"
    assert kb.name_of("cluster", "no-such-thing") == "no-such-thing"


def test_structure_lookups_are_sorted(kb):
    assert [c.id for c in kb.clusters_in_grouping("connecting-supporting-success")] == [
        "digital-technology", "management-entrepreneurship"]
    assert kb.grouping_of("construction").id == "building-moving"
    assert [s.id for s in kb.sub_clusters_of("digital-technology")] == ["software-solutions",
                                                                          "unmanned-vehicle-technology"]
    assert [c.id for c in kb.credentials_for_pathway("construction-trades")] == ["nccer-core",
                                                                                   "osha-10-construction"]
    assert [p.id for p in kb.pathways_for_credential("cna")] == ["nursing-patient-care"]
    assert [c.id for c in kb.credentials_for_cluster("digital-technology")] == ["comptia-a-plus", "faa-part-107"]
    titles = [o.title for o in kb.occupations_of("skilled-trades")]
    assert titles == sorted(titles)


def test_results_are_deterministic(kb):
    first = [c.id for c in kb.sorted_items("credential")]
    assert all([c.id for c in kb.sorted_items("credential")] == first for _ in range(5))


def test_district_prefers_real_over_example(kb):
    assert kb.district().id == "test-district"


def test_stats(kb):
    assert kb.stats() == {"credentials": 5, "occupations": 21, "sub_clusters": 7, "clusters": 5, "groupings": 4,
                          "pathways": 3, "crosswalk": 3, "work_based_learning": 3, "dual_enrollment_topics": 4,
                          "getting_ready": 2, "dual_enrollment_courses": 2}


# ---------------------------------------------------------------------------- live edits

def test_good_edit_becomes_visible(kb_dir):
    live = LiveKnowledge(kb_dir, interval=0.05)
    assert live.get().credentials["nccer-core"].issuer == "NCCER"
    edit(kb_dir / "credentials.yml", "    issuer: NCCER\n", "    issuer: NCCER Foundation\n")
    assert live.reload_if_changed()
    assert live.get().credentials["nccer-core"].issuer == "NCCER Foundation"


def test_bad_edit_keeps_old_knowledge_serving(kb_dir, caplog):
    live = LiveKnowledge(kb_dir, interval=0.05)
    before = live.get()
    edit(kb_dir / "credentials.yml", "    issuer: NCCER\n", "    issuer NCCER\n")
    assert not live.reload_if_changed()
    assert live.get() is before
    assert live.last_errors and "credentials.yml:" in str(live.last_errors[0])
    assert "credentials.yml:" in caplog.text and "keeps serving the last valid version" in caplog.text
    edit(kb_dir / "credentials.yml", "    issuer NCCER\n", "    issuer: NCCER again\n")
    assert live.reload_if_changed()
    assert live.get().credentials["nccer-core"].issuer == "NCCER again"


def test_watcher_thread_picks_up_edits_within_seconds(kb_dir):
    live = LiveKnowledge(kb_dir, interval=0.1).start_watching()
    try:
        edit(kb_dir / "credentials.yml", "    issuer: CompTIA\n", "    issuer: CompTIA Inc\n")
        deadline = time.time() + 5
        while time.time() < deadline and live.get().credentials["comptia-a-plus"].issuer != "CompTIA Inc":
            time.sleep(0.05)
        assert live.get().credentials["comptia-a-plus"].issuer == "CompTIA Inc"
    finally:
        live.stop()


def test_invalid_knowledge_at_start_is_refused(kb_dir):
    edit(kb_dir / "credentials.yml", "    issuer: NCCER\n", "    issuer NCCER\n")
    with pytest.raises(KnowledgeUnavailable) as raised:
        LiveKnowledge(kb_dir)
    assert "credentials.yml:" in str(raised.value)


# ---------------------------------------------------------------------------- CLI

def test_cli_stats_json(capsys):
    assert cli_main(["kb", "stats", "--json", "--dir", str(FIXTURE)]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert set(stats) >= {"groupings", "clusters", "sub_clusters", "occupations", "pathways", "credentials",
                          "crosswalk", "work_based_learning", "dual_enrollment_topics", "dual_enrollment_courses"}
    assert set(stats) >= {"sources", "wage_years", "wages_without_source", "generic_sources"}


def test_cli_check_fails_with_errors(kb_dir, capsys):
    edit(kb_dir / "credentials.yml", "    issuer: NCCER\n", "    issuer NCCER\n")
    assert cli_main(["kb", "check", "--dir", str(kb_dir)]) == 1
    assert "credentials.yml:" in capsys.readouterr().err


def test_real_knowledge_base_meets_the_framework(capsys):
    assert cli_main(["kb", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["groupings"] == 6 and stats["clusters"] == 14 and stats["sub_clusters"] == 72
    assert stats["crosswalk"] == 16
    assert stats["occupations"] >= 216 and stats["pathways"] >= 14 and stats["credentials"] >= 60
