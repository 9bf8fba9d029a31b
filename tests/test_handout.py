"""The printable handout (careerbot.handout) against the fixture knowledge base."""
import json
from datetime import date

import pytest

from careerbot.handout import build_handout, chosen_pathways, format_date, reply_text
from careerbot.state import ExplorationState

TODAY = date(2025, 3, 7)


KINDS_OF_LISTS = {"pathways": "pathway", "credentials": "credential", "occupations": "occupation",
                  "work_based_learning": "work_based_learning", "clusters": "cluster", "sub_clusters": "sub_cluster"}


def state_of(**fields):
    """An ExplorationState, with lists of discussed things given by their plural names."""
    state = ExplorationState(**{k: v for k, v in fields.items() if k not in KINDS_OF_LISTS})
    for plural, kind in KINDS_OF_LISTS.items():
        state.discussed[kind] = list(fields.get(plural, []))
    return state


def handout_of(kb, **state):
    return build_handout(kb, state_of(**state), TODAY)


def sections(handout):
    return {s["id"]: s for s in handout["sections"]}


def block_items(section, label=None):
    for block in section["blocks"]:
        if label is None or block.get("label", "").startswith(label):
            return block.get("items") or block.get("rows") or [block.get("text")]
    return []


def everything(handout) -> str:
    return json.dumps(handout)


def test_header_has_title_school_date_and_grade_but_no_identity(kb):
    handout = handout_of(kb, grade=10)
    assert handout["title"] == "My career exploration plan"
    facts = {f["label"]: f["value"] for f in handout["facts"]}
    assert facts == {"School": "Test District", "Date": "March 7, 2025", "Grade": "10"}
    assert handout["date"] == "2025-03-07"
    assert handout["sample_data"], "the shipped district file is sample data and says so"
    assert "No student name" in handout["privacy"]
    assert handout["notes"] == "Notes"
    json.dumps(handout)  # JSON-ready for the channel and the page


def test_nothing_explored_has_no_empty_sections_but_three_steps_and_the_counselor(kb):
    handout = handout_of(kb)
    assert handout["empty"] is True and handout["empty_text"]
    assert [s["id"] for s in handout["sections"]] == ["next_steps", "counselor"]
    steps = block_items(sections(handout)["next_steps"])
    assert len(steps) == 3 and any("quiz" in step for step in steps)
    assert "Nothing yet" not in everything(handout)
    assert {f["label"]: f["value"] for f in handout["facts"]}["Grade"] == ""


def test_chosen_and_suggested_are_kept_apart_and_quiz_answers_are_not_interests(kb):
    handout = handout_of(kb, interests=["building things"], quiz_answers=["Build a treehouse"],
                         shown_clusters=["construction", "digital-technology"],
                         clusters=["construction", "digital-technology"], chosen=[["cluster", "construction"]])
    parts = sections(handout)
    assert block_items(parts["choices"], "I asked about") == ["Construction (career cluster)"]
    assert block_items(parts["choices"], "In my own words") == ["building things"]
    assert block_items(parts["suggested"], "Career clusters") == ["Digital Technology"]
    assert block_items(parts["suggested"], "From my quiz") == ["Build a treehouse"]
    assert "treehouse" not in json.dumps(parts["choices"])
    assert "quiz:" not in everything(handout)


def test_pathway_is_the_chosen_one_else_discussed_else_best_for_the_chosen_cluster(kb):
    picked = state_of(pathways=["construction-trades", "nursing-patient-care"],
                      chosen=[["pathway", "nursing-patient-care"]])
    assert [p.id for p in chosen_pathways(kb, picked)] == ["nursing-patient-care"]
    discussed = state_of(pathways=["programming-software-development"])
    assert [p.id for p in chosen_pathways(kb, discussed)] == ["programming-software-development"]
    by_cluster = ExplorationState(chosen=[["cluster", "construction"]])
    assert [p.id for p in chosen_pathways(kb, by_cluster)] == ["construction-trades"]
    by_job = ExplorationState(chosen=[["occupation", "physical-health--registered-nurses"]])
    assert [p.id for p in chosen_pathways(kb, by_job)] == ["nursing-patient-care"]
    assert chosen_pathways(kb, ExplorationState(shown_clusters=["construction"])) == []


def test_course_plan_lists_grades_9_to_12_and_middle_school_options_only_for_grades_6_to_8(kb):
    high = sections(handout_of(kb, grade=11, chosen=[["pathway", "construction-trades"]]))["pathways"]
    table = high["blocks"][0]
    assert table["type"] == "table" and table["caption"].startswith("Construction Trades")
    assert table["rows"] == [["9", "Fundamentals of Construction"],
                             ["10", "Residential and Commercial Construction I"],
                             ["11", "Residential and Commercial Construction II"],
                             ["12", "Construction Practicum"]]
    assert "Offered at: Test High School" in json.dumps(high)
    assert "SkillsUSA" not in json.dumps(high)
    middle = sections(handout_of(kb, grade=7, chosen=[["pathway", "construction-trades"]]))
    assert block_items(middle["pathways"], "In grades 6-8") == ["Exploring technology wheel",
                                                                "SkillsUSA middle school chapter"]
    assert middle["credentials"]["blocks"][0]["label"].startswith("Later, in high school")


def test_jobs_have_education_and_pay_from_chosen_jobs_else_the_chosen_sub_cluster(kb):
    chosen = sections(handout_of(kb, chosen=[["occupation", "skilled-trades--electricians"]]))["jobs"]
    table = chosen["blocks"][0]
    assert table["columns"] == ["Job", "Typical education", "Median pay (U.S.)"]
    assert table["rows"][0] == ["Electricians", "High school diploma plus an apprenticeship", "$61,590 a year (2023)"]
    by_sub = sections(handout_of(kb, chosen=[["sub_cluster", "physical-health"]]))["jobs"]
    titles = [row[0] for row in by_sub["blocks"][0]["rows"]]
    assert titles and set(titles) <= {"Registered Nurses", "Pharmacists", "Nursing Assistants"}
    assert "not listed" in json.dumps(by_sub)  # no pay in the fixture: said, not left blank


def test_credentials_and_work_based_learning_come_from_the_pathway(kb):
    parts = sections(handout_of(kb, grade=11, chosen=[["pathway", "construction-trades"]]))
    creds = block_items(parts["credentials"])
    assert creds[0].startswith("OSHA") and any("NCCER" in c for c in creds)
    wbl = block_items(parts["work_based_learning"])
    assert wbl and wbl[0].lower().startswith("job shadowing: spend a day with an electrician")


def test_dual_enrollment_follows_the_grade(kb):
    nursing = [["pathway", "nursing-patient-care"]]
    senior = sections(handout_of(kb, grade=12, chosen=nursing))["dual_enrollment"]
    text = json.dumps(senior)
    assert "Medical Terminology (Nursing & Patient Care), 3 credits" in text
    assert "Test Community College" in text and "cost depends" in text
    assert "dual_enrollment" not in sections(handout_of(kb, grade=7, chosen=nursing))
    asked = sections(handout_of(kb, grade=7, chosen=nursing, dual_enrollment=["general"]))["dual_enrollment"]
    assert "usually starts in high school" in json.dumps(asked)
    assert "Medical Terminology" not in json.dumps(asked)
    assert "Dual enrollment basics" not in json.dumps(asked)


@pytest.mark.parametrize("grade,expected", [
    (7, ["Try this in middle school: Exploring technology wheel.", "career fair", "in 9th grade"]),
    (10, ["Residential and Commercial Construction II in grade 11", "OSHA", "job shadowing"]),
    (None, ["Fundamentals of Construction in grade 9", "OSHA", "job shadowing"]),
])
def test_three_next_steps_fit_the_grade(kb, grade, expected):
    handout = handout_of(kb, grade=grade, chosen=[["pathway", "construction-trades"]])
    steps = block_items(sections(handout)["next_steps"])
    assert len(steps) == 3
    for step, words in zip(steps, expected, strict=True):
        assert words in step, steps


def test_counselor_contact_has_links(kb):
    items = sections(handout_of(kb))["counselor"]["blocks"][0]["items"]
    assert items[0] == {"label": "Office", "value": "Test Counseling Office"}
    assert items[1]["href"] == "https://www.example.org/counseling"


def test_no_section_is_ever_empty_and_sub_clusters_never_say_nothing_yet(kb):
    handout = handout_of(kb, grade=9, chosen=[["pathway", "construction-trades"]], pathways=["construction-trades"])
    for section in handout["sections"]:
        assert section["blocks"], section["id"]
        for block in section["blocks"]:
            assert block.get("items") or block.get("rows") or block.get("text"), (section["id"], block)
    assert "Nothing yet" not in everything(handout)


def test_reply_is_one_short_line_naming_the_choices(kb):
    state = ExplorationState(chosen=[["grouping", "building-moving"], ["cluster", "construction"]])
    text = reply_text(kb, state)
    assert text.startswith("Here's what we explored: Construction.") and "Test Counseling Office" in text
    assert "Building" not in text  # a grouping is a way in, not a choice worth naming
    assert reply_text(kb, ExplorationState()).startswith("We haven't explored anything yet")


def test_unknown_language_falls_back_to_english(kb):
    handout = build_handout(kb, ExplorationState(), TODAY, lang="xx")
    assert handout["lang"] == "en" and handout["title"] == "My career exploration plan"
    assert format_date(date(2024, 12, 25)) == "December 25, 2024"
    assert format_date(date(2024, 12, 25), "xx") == "December 25, 2024"


def test_reply_says_where_a_chosen_class_plan_sits(kb):
    text = reply_text(kb, ExplorationState(chosen=[["pathway", "nursing-patient-care"]]))
    assert "(Healthcare & Human Services)" in text
    listed = reply_text(kb, ExplorationState(chosen=[["cluster", "construction"], ["pathway", "construction-trades"]]))
    assert "(Construction)" not in listed   # its cluster is named on its own already


def test_handout_carries_the_grade_and_the_students_own_words(kb):
    # scripts/simulated_students.py checks these after a crash: nothing the student said is lost
    handout = build_handout(kb, ExplorationState(grade=10, interests=["cars", "drawing"]), date(2026, 11, 30))
    assert handout["grade"] == 10 and handout["interests"] == ["cars", "drawing"]
