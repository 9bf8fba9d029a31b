"""Content quality of the real knowledge base: one wage year, every wage with its own BLS page,
dated costs and ages, generic course names with sourced state examples, freshness in kb stats.
Also the new validation rules (file:line errors) and the bot wording that depends on them."""
import json
import re
import shutil
from pathlib import Path

import pytest

from careerbot.cli import main as cli_main
from careerbot.conversation import Mention, Turn, respond
from careerbot.kb import fold, load_knowledge
from careerbot.kb.freshness import BLS_WAGE_PAGE, is_generic, report, source_kind
from careerbot.paths import KNOWLEDGE_DIR
from careerbot.state import ExplorationState

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"
WAGE_YEAR = 2024          # BLS OEWS May 2024, published in the OOH in 2025; see knowledge/README.md
ERROR_LINE = re.compile(r"^[^:]+\.yml:\d+: .+")


@pytest.fixture(scope="module")
def real():
    result = load_knowledge(KNOWLEDGE_DIR)
    assert result.ok, "\n".join(str(e) for e in result.errors)
    return result.knowledge


def wages(kb):
    return [(o, o.median_wage) for o in kb.occupations.values() if o.median_wage]


# ------------------------------------------------------------------ wages

def test_every_wage_is_from_one_year(real):
    years = {w.year for _, w in wages(real)}
    assert years == {WAGE_YEAR}, "wage years differ: %s" % sorted(years)


def test_every_wage_cites_its_own_bls_page(real):
    for occupation, wage in wages(real):
        assert wage.source and BLS_WAGE_PAGE.match(wage.source), (occupation.id, wage.source)
        assert not is_generic(wage.source), occupation.id


def test_wages_are_plausible_medians(real):
    for occupation, wage in wages(real):
        if wage.per == "year":
            assert 20000 <= wage.amount <= 250000 and wage.amount == int(wage.amount), occupation.id
        else:
            assert 10 <= wage.amount <= 120, occupation.id


# ------------------------------------------------------------------ dated costs and ages

def test_costs_and_minimum_ages_carry_the_year_checked(real):
    for credential in real.credentials.values():
        if credential.cost:
            assert credential.cost_checked and 2020 <= credential.cost_checked <= 2100, credential.id
        if credential.min_age:
            assert credential.min_age_checked and 2020 <= credential.min_age_checked <= 2100, credential.id


def test_cost_without_year_fails_kb_check_with_file_and_line(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, target)
    path = target / "credentials.yml"
    path.write_text(path.read_text().replace("    cost_checked: 2025\n", "", 1))
    result = load_knowledge(target)
    assert not result.ok
    line = next(n for n, text in enumerate(path.read_text().splitlines(), 1) if text.startswith("    cost:"))
    messages = [str(e) for e in result.errors]
    assert all(ERROR_LINE.match(m) for m in messages), messages
    assert any("credentials.yml:%d:" % line in m and "cost_checked" in m for m in messages), messages


def test_wage_source_must_be_a_bls_page(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, target)
    path = target / "clusters" / "construction.yml"
    text = path.read_text()
    assert "https://www.bls.gov/ooh/construction-and-extraction/electricians.htm" in text
    path.write_text(text.replace("https://www.bls.gov/ooh/construction-and-extraction/electricians.htm",
                                 "https://www.example.com/electrician-pay", 1))
    messages = [str(e) for e in load_knowledge(target).errors]
    assert any("construction.yml:" in m and "must cite the BLS page" in m for m in messages), messages


# ------------------------------------------------------------------ courses

TEXAS_STYLE = re.compile(r"^(Practicum in|Principles of (Agriculture|Arts|Business|Health|Law|Education|"
                         r"Hospitality|Information|Manufacturing|Applied|Distribution|Architecture))")


def test_course_names_are_generic_with_sourced_state_examples(real):
    with_examples = 0
    for pathway in real.pathways.values():
        for course in pathway.courses:
            assert not TEXAS_STYLE.match(course.name), (pathway.id, course.name)
            for example in course.state_examples:
                assert re.match(r"^[A-Z]{2}$", example.state) and example.name, (pathway.id, course.name)
                assert not is_generic(example.source), (pathway.id, example.source)
            with_examples += bool(course.state_examples)
    assert with_examples >= 100


def test_state_example_needs_a_two_letter_state(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, target)
    path = target / "pathways.yml"
    path.write_text(path.read_text().replace(
        "      - {grade: 9, name: Fundamentals of Construction}",
        "      - {grade: 9, name: Fundamentals of Construction, state_examples: "
        "[{state: Texas, name: Principles of Construction, source: 'https://tea.texas.gov/x'}]}", 1))
    messages = [str(e) for e in load_knowledge(target).errors]
    assert any("pathways.yml:" in m and "not in the expected form" in m for m in messages), messages


def ask_courses(kb, pathway_id):
    turn = Turn("ask_courses", "what classes", [Mention("pathway", pathway_id, pathway_id)])
    return "\n".join(m.get("text") or "" for m in respond(kb, ExplorationState(), turn))


def test_bot_says_courses_like(tmp_path):
    kb = load_knowledge(FIXTURE).knowledge
    text = ask_courses(kb, "nursing-patient-care")
    assert "courses like these" in text and "Grade 9: Health Science Education" in text


def test_district_courses_win_over_national_names(tmp_path):
    target = tmp_path / "knowledge"
    shutil.copytree(FIXTURE, target)
    path = target / "district.yml"
    path.write_text(path.read_text().replace(
        "    - {pathway: construction-trades, schools: [Test High School]}",
        "    - pathway: construction-trades\n      schools: [Test High School]\n      courses:\n"
        "        - {grade: 10, name: Test Carpentry 1}\n        - {grade: 9, name: Test Building Basics}", 1))
    result = load_knowledge(target)
    assert result.ok, result.errors
    text = ask_courses(result.knowledge, "construction-trades")
    assert "Grade 9: Test Building Basics" in text and "Grade 10: Test Carpentry 1" in text
    assert text.index("Test Building Basics") < text.index("Test Carpentry 1")
    assert "Fundamentals of Construction" not in text and "Test District" in text


# ------------------------------------------------------------------ sources, codes, stats

def test_sources_are_not_law_mirrors_or_journals(real):
    banned = ("lawstack.com", "justia.com", "getpocketlaw.com", "pmworldjournal.com")
    for label, sources in _all_sources(real):
        for url in sources:
            assert not any(b in url for b in banned), (label, url)
    assert any("ecfr.gov" in u for u in real.credentials["cna"].sources)


def _all_sources(kb):
    for kind in ("grouping", "cluster", "sub_cluster", "pathway", "credential", "work_based_learning",
                 "old_cluster", "dual_enrollment_topic"):
        for item in kb.table(kind).values():
            yield "%s:%s" % (kind, item.id), item.sources


def test_sub_cluster_codes_follow_their_cluster(real):
    for sub in real.sub_clusters.values():
        if sub.code:
            assert sub.code[:4] == real.clusters[sub.cluster].code[:4] and sub.code[4:] != "00", sub.id
    assert real.sub_clusters["accounting"].code == "030101"


def test_uncertain_sub_cluster_names_keep_the_other_spelling(real):
    uncrewed = [fold(n) for n in real.names_of(real.sub_clusters["unmanned-vehicle-technology"])]
    data_science = [fold(n) for n in real.names_of(real.sub_clusters["data-science-ai"])]
    assert fold("Uncrewed Vehicle Technology") in uncrewed
    assert fold("Data Science & Artificial Intelligence") in data_science


def test_stats_show_freshness_at_a_glance(capsys):
    assert cli_main(["kb", "stats", "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["wage_years"] == {str(WAGE_YEAR): stats["wages"]} and stats["wages"] > 0
    assert stats["wages_without_source"] == []
    assert stats["sources"]["bls-ooh"] > 0 and stats["sources"]["advance-cte"] > 0
    assert isinstance(stats["generic_sources"], list)
    assert not [x for x in stats["generic_sources"] if x.startswith(("sub_cluster:", "cluster:", "grouping:"))]


def test_source_kinds():
    assert source_kind("https://www.bls.gov/ooh/healthcare/registered-nurses.htm") == "bls-ooh"
    assert source_kind("https://www.bls.gov/oes/2024/may/oes291141.htm") == "bls-oews"
    assert source_kind("https://careertech.org/resource/guidebook-career-clusters") == "advance-cte"
    assert source_kind("https://www.ecfr.gov/current/title-42/section-483.152") == "ecfr"
    assert is_generic("https://www.nhanow.com/") and not is_generic("https://www.nhanow.com/certifications/x")
    kb = load_knowledge(FIXTURE).knowledge
    assert set(report(kb)) >= {"sources", "wage_years", "generic_sources", "wages_without_source"}


# ------------------------------------------------------------------ bot wording

def test_credential_reply_says_when_cost_and_age_were_checked():
    kb = load_knowledge(FIXTURE).knowledge
    from careerbot.conversation.describe import describe_credential
    text = describe_credential(kb, ExplorationState(), "faa-part-107")[0]["text"]
    assert "Minimum age: 16 (checked 2025)." in text and "Cost: About $175 for the test (checked 2025)." in text


def test_about_answer_gives_onet_attribution():
    kb = load_knowledge(FIXTURE).knowledge
    text = respond(kb, ExplorationState(), Turn("bot_challenge", "where does your information come from", []))
    text = "\n".join(m.get("text") or "" for m in text)
    assert "O*NET" in text and "CC BY 4.0" in text and "USDOL/ETA" in text


def test_readme_has_sources_and_licences_note():
    readme = (Path(__file__).parent.parent / "README.md").read_text()
    assert "O*NET" in readme and "CC BY 4.0" in readme
    guide = (KNOWLEDGE_DIR / "README.md").read_text()
    assert "state_examples" in guide and "cost_checked" in guide and "May 2025" in guide
