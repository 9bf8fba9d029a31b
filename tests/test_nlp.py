"""Knowledge-base term finding, payload checks and grade parsing."""
from pathlib import Path

import pytest

from careerbot import lexicon
from careerbot.grades import parse_grade
from careerbot.kb import load_knowledge
from careerbot.nlp import SpellingCorrector, TermFinder, knowledge_terms, light_lemma
from careerbot.payloads import as_typed_text, is_button_payload
from careerbot.text import lemma

pytestmark = pytest.mark.heavy   # spaCy or Rasa

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"


def found(finder, text):
    return [(m.label, m.value) for m in finder.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("i want to be a nurse", [("occupation", "physical-health--registered-nurses"), ("interest", "nursing")]),
    ("NURSES", [("occupation", "physical-health--registered-nurses"), ("interest", "nursing")]),
    ("I wanna be a pharmasist", [("occupation", "physical-health--pharmacists")]),
    ("tell me about the building & moving grouping", [("grouping", "building-moving")]),
    ("any certs for a drone licence?", [("credential", "faa-part-107")]),
    ("computr coding", [("interest", "computers"), ("interest", "coding")]),
    ("IT jobs", [("old_cluster", "information-technology")]),
    ("what classes for it", []),
])
def test_finds_terms_with_case_plurals_and_typos(finder, text, expected):
    whole_terms = [(label, value) for label, value in found(finder, text)
                   if not value.startswith("~") and label not in lexicon.LABELS]
    assert whole_terms == expected


def test_single_words_of_keyword_phrases_are_found_too(finder):
    assert ("interest", "~coding") in found(finder, "computr coding")


def test_one_span_can_carry_two_labels(finder):
    assert found(finder, "what happened to Information Technology?") == [
        ("cue", "change"), ("cluster", "digital-technology"), ("old_cluster", "information-technology")]


def test_punctuation_does_not_break_names(finder):
    assert ("grouping", "building-moving") in found(finder, "building, & moving!")


def test_longest_match_wins(finder):
    assert [f for f in found(finder, "i like taking care of animals") if f[0] != "cue"] == [
        ("interest", "taking care of animals")]


def test_terms_are_generated_from_the_knowledge_base(kb):
    terms = set(knowledge_terms(kb))
    assert ("credential", "drone license", "faa-part-107") in terms
    assert ("interest", "be my own boss", "be my own boss") in terms
    assert ("sub_cluster", "small business", "entrepreneurship-small-business") in terms  # a name part


def test_finder_follows_knowledge_edits():
    kb = load_knowledge(FIXTURE).knowledge   # its own copy: this test edits it
    kb.credentials["cna"] = kb.credentials["cna"].__class__(**{**kb.credentials["cna"].__dict__,
                                                              "aliases": ("nurse aide card",)})
    kb.version = "edited"
    assert ("credential", "cna") in found(TermFinder(kb), "how do i get a nurse aide card")


def test_light_lemma_and_spelling():
    assert light_lemma("technologies") == "technology" and light_lemma("nurses") == "nurse"
    assert light_lemma("business") == "business"
    frequencies = {"hearing": -10.2, "healing": -11.1, "enviroment": -14.4, "environment": -10.2}
    corrector = SpellingCorrector(["computers", "electrician", "healing", "environment"], ["hello"], frequencies)
    assert corrector.correct("computrs") == "computers"
    assert corrector.correct("electricain") == "electrician"
    assert corrector.correct("hello") == "hello" and corrector.correct("zebra") == "zebra"
    assert corrector.correct("hearing") == "hearing"          # a frequent word, not a typo
    assert corrector.correct("enviroment") == "environment"   # a frequent typo of a far more frequent word


def test_button_payloads_are_checked_against_the_knowledge_base(kb):
    assert is_button_payload('/ask_about{"cluster":"construction"}', kb)
    assert is_button_payload("/request_quiz", kb)
    assert is_button_payload('/quiz_answer{"quiz_choice":"2"}', kb)
    assert not is_button_payload('/ask_about{"cluster":"../../etc"}', kb)
    assert not is_button_payload('/safety{"safety_category":"none"}', kb)
    assert not is_button_payload("/kms", kb)
    assert not is_button_payload('/ask_about{"cluster":"construction", "x":1, "y":2}', kb)
    assert as_typed_text("/kms") == "kms"


@pytest.mark.parametrize("text, grade", [("im in 8th grade", 8), ("freshman", 9), ("grade 11", 11),
                                         ("a junior", 11), ("10th", 10), ("I'm 15", None), ("senior year", 12),
                                         ("sixth grade", 6), ("5th grade", None)])
def test_parse_grade(text, grade):
    assert parse_grade(text) == grade


def test_job_title_heads():
    from careerbot.text import job_title_heads
    assert job_title_heads("Kindergarten and Elementary School Teachers") == ["teachers"]
    assert job_title_heads("Welders, Cutters, Solderers, and Brazers") == ["welders", "cutters", "solderers", "brazers"]
    assert job_title_heads("Pharmacy Technicians") == []


def test_a_letter_grade_is_not_an_abbreviation(finder):
    # "CS" (computer science) must not turn into "C", or "a C in a class" names a career cluster
    assert not [m for m in finder.find("what if i get a C in a dual credit class") if m.label == "cluster"]
    assert lemma("cs") == "cs" and lemma("nurses") == "nurse"


def test_technicians_are_techs():
    from careerbot.text import tech_short_forms
    assert tech_short_forms("Wind Turbine Service Technicians") == ["wind turbine service tech", "wind turbine tech"]
    assert tech_short_forms("Veterinary Technologists and Technicians") == ["veterinary tech"]
    assert tech_short_forms("Registered Nurses") == []
