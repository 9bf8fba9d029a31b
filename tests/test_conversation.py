"""Conversation core against the fixture knowledge base, with mentions found by the real term finder."""
import json

import pytest

from careerbot.conversation import Mention, Turn, choice_from_text, dual_enrollment_topic, respond
from careerbot.state import ExplorationState
from tests.fakes.chat import ChatBase

pytestmark = pytest.mark.heavy   # spaCy or Rasa


class Chat(ChatBase):
    """Plays turns with mentions found by the real term finder, plus the entities a button sends."""

    def __init__(self, kb, finder):
        super().__init__(kb)
        self.finder = finder

    def say(self, intent, text="", **entities):
        typed = not text.startswith("/")   # a button's payload skips the NLU pipeline, term finder included
        mentions = [Mention(m.label, m.value, m.text) for m in self.finder.find(text)] if typed else []
        mentions += [Mention(k, v, v) for k, v in entities.items()]
        choice = entities.pop("quiz_choice", None)
        return self.play(Turn(intent, text, mentions, int(choice) if choice is not None else None))


@pytest.fixture
def chat(kb, finder):
    return Chat(kb, finder)


def test_greeting_is_honest_and_asks_about_interests(chat):
    chat.say("greet", "hey")
    assert "computer program" in chat.text and "like" in chat.text
    assert any(b["title"] == "Building & Moving" for b in chat.buttons)


def test_interest_names_grouping_cluster_and_why(chat):
    chat.say("share_interest", "I like taking care of amimals")
    assert "Cultivating Resources" in chat.text and "Agriculture" in chat.text
    assert 'mentioned "taking care of amimals"' in chat.text
    titles = [b["title"] for b in chat.buttons]
    assert "Agriculture" in titles and "Something else" in titles
    assert "What grade are you in?" in chat.text


def test_interests_add_up_across_the_conversation(chat):
    chat.say("share_interest", "i like coding")
    chat.say("share_interest", "and video games")
    assert chat.state.interests == ["coding", "video games"]
    assert chat.text.index("Digital Technology") < chat.text.index("Career clusters") + 200


def test_occupation_leads_to_its_cluster(chat):
    chat.say("share_interest", "I want to be a nurse")
    assert "- Healthcare & Human Services: Registered Nurses, in Physical Health" in chat.text


def test_interdisciplinary_industry_plus_cross_cutting(chat):
    chat.say("share_interest", "start my own contracting business")
    assert "Construction" in chat.text and "Management & Entrepreneurship" in chat.text
    chat.click("Tell me more")   # the tip on combining them waits behind the button
    assert "cross-cutting" in chat.text and "Construction" in chat.text


def test_cluster_to_sub_clusters_to_careers_with_education(chat):
    chat.say("ask_about", "tell me about construction")
    assert "Skilled Trades" in chat.text
    chat.click("Skilled Trades")
    assert "Electricians" in chat.text and "apprenticeship" in chat.text
    assert "$61,590 a year (2023)" in chat.text


def test_follow_ups_refer_to_the_topic_in_context(chat):
    chat.say("ask_about", "construction")
    chat.say("ask_courses", "what classes for that?")
    assert "Construction Trades" in chat.text and "Grade 9: Fundamentals of Construction" in chat.text
    assert "Test High School" in chat.text  # the local layer
    chat.say("ask_credentials", "and certifications?")
    assert "OSHA 10-Hour Construction" in chat.text and "NCCER" in chat.text


def test_switching_topic(chat):
    chat.say("ask_about", "construction")
    chat.say("share_interest", "actually I'd rather work with computers")
    chat.say("ask_courses", "what classes would I take")
    assert "Programming & Software Development" in chat.text


def test_middle_school_grade_leads_with_exploration(chat):
    chat.say("inform_grade", "im in 7th grade")
    assert chat.state.grade == 7 and "Middle school" in chat.text
    chat.say("ask_about", "construction")
    chat.say("ask_courses", "what classes")
    assert "middle school" in chat.text and "Grade 9" not in chat.text   # exploring now comes first
    chat.click("Tell me more")
    assert "Grade 9" in chat.text   # then the high school courses
    chat.say("ask_credentials", "certifications?")
    assert "high school" in chat.text


def test_dual_enrollment_general_and_for_a_pathway(chat):
    chat.say("ask_dual_enrollment", "is dual enrollment the same as AP?")
    assert "AP credit depends on an exam score" in chat.text
    chat.say("ask_dual_enrollment", "does it cost money")
    assert "depends on your state" in chat.text
    chat.say("ask_dual_enrollment", "can I do it in 6th grade")
    assert "usually starts in high school" in chat.text
    chat.say("ask_about", "nursing")
    chat.say("ask_dual_enrollment", "can I get college credit for that?")
    assert "Medical Terminology" in chat.text and "Test Community College" in chat.text
    assert chat.state.dual_enrollment == ["general", "nursing-patient-care"]


def test_dual_enrollment_topic_routing(kb):
    assert dual_enrollment_topic(kb, "how much does it cost", None) == "cost"
    assert dual_enrollment_topic(kb, "what is it", 7) == "middle-school"
    assert dual_enrollment_topic(kb, "tell me", None) is None


def test_credential_questions(chat):
    chat.say("ask_credentials", "how old do you have to be for a drone license")
    assert "Minimum age: 16" in chat.text and "https://www.faa.gov" in chat.text
    chat.say("ask_credentials", "what certifications can I earn for healthcare")
    assert "Certified Nursing Assistant" in chat.text


def test_work_based_learning(chat):
    chat.say("ask_work_based_learning", "what is job shadowing")
    assert "Follow a worker" in chat.text
    chat.say("ask_about", "healthcare")
    chat.say("ask_work_based_learning", "internships?")
    assert "Help at a clinic" in chat.text and "Test Hospital" in chat.text


def test_framework_counts_come_from_data(chat, kb):
    chat.say("ask_framework", "how many clusters are there")
    assert "%d career clusters" % len(kb.clusters) in chat.text
    chat.say("ask_framework", "what are the cross-cutting clusters")
    assert "Digital Technology" in chat.text and "Management & Entrepreneurship" in chat.text


def test_crosswalk(chat):
    chat.say("ask_crosswalk", "what happened to Information Technology?")
    assert "renamed Digital Technology" in chat.text
    chat.say("ask_crosswalk", "where did STEM go?")
    assert "spread across" in chat.text


def test_quiz_ends_in_ranked_clusters(chat):
    chat.say("request_quiz", "idk")
    assert "Question 1 of 3" in chat.text
    chat.click("Build a treehouse")
    chat.click("Shop class")
    chat.say("quiz_answer", "the first one")
    assert "Based on your quiz answers" in chat.text and "Construction" in chat.text
    assert chat.state.quiz is None


def test_something_else_shows_new_clusters(chat):
    chat.say("share_interest", "I like animals and coding and building things and nursing")
    shown = list(chat.state.shown_clusters)
    chat.click("Something else")
    assert not set(chat.state.offered and [c for _, c in chat.state.offered]) & set(shown)


def test_summary_is_one_short_line_and_a_handout_card(chat):
    chat.say("share_interest", "I like building things")
    chat.say("ask_about", "construction")
    chat.say("ask_courses", "classes?")
    chat.say("ask_credentials", "certs?")
    chat.say("ask_summary", "summarize what we talked about")
    texts = [m["text"] for m in chat.messages if m.get("text")]
    assert len(texts) == 1 and len(texts[0]) < 250, texts
    assert "Construction" in texts[0] and "Test Counseling Office" in texts[0]
    assert chat.buttons, "the summary keeps the usual next-step buttons"
    custom = next(m["custom"] for m in chat.messages if "custom" in m)
    assert custom["type"] == "handout" and custom["text"] == texts[0]
    handout = custom["handout"]
    sections = {s["id"]: s for s in handout["sections"]}
    assert {"choices", "jobs", "pathways", "credentials", "next_steps", "counselor"} <= set(sections)
    assert "Fundamentals of Construction" in json.dumps(sections["pathways"])


def test_housekeeping(chat):
    chat.say("bot_challenge", "are you a real person?")
    assert "computer program" in chat.text and "not a person" in chat.text
    chat.say("share_interest", "I like coding")
    chat.say("start_over", "start over")
    assert chat.state.signals == [] and "start fresh" in chat.text


def test_a_message_only_read_as_start_over_asks_first_and_keeps_everything(chat):
    chat.say("inform_grade", "im in 9th grade").say("share_interest", "I like animals and science")
    kept = list(chat.state.signals)
    chat.say("start_over", "you can email me at [email removed]")
    assert "start over?" in chat.text and chat.titles == ["Yes, start over", "No, keep going"]
    assert chat.state.signals == kept and chat.state.grade == 9
    chat.click("Yes, start over")
    assert "start fresh" in chat.text and chat.state.signals == [] and chat.state.grade is None


def test_out_of_scope_and_unreadable_messages(chat):
    chat.say("out_of_scope", "who won the game last night")
    assert "careers" in chat.text
    chat.say("nlu_fallback", "asdf qwer")
    assert "say it another way" in chat.text and any(b["title"] == "Caring for Communities" for b in chat.buttons)


def test_personal_details_get_a_note_and_nothing_is_lost(chat):
    chat.say("share_interest", "I like coding")
    chat.say("nlu_fallback", "you can email me at [email removed]", input_flag="personal")
    assert "don't need to share personal details" in chat.text and "didn't catch" not in chat.text
    assert any(b["title"] == "Caring for Communities" for b in chat.buttons)
    assert chat.state.interests == ["coding"]
    chat.say("ask_pay", "[name removed] here, what do software developers make", input_flag="personal")
    assert chat.messages[0]["text"].startswith("You don't need to share") and "Software" in chat.messages[1]["text"]


def test_unknown_interest_asks_for_more(chat):
    chat.say("share_interest", "I like zorbling")
    assert "Tell me a bit more" in chat.text


def test_echoed_words_are_escaped(chat):
    chat.say("share_interest", "I like <b>coding</b>")
    assert "<b>" not in chat.text


def test_truncated_message_gets_a_note(kb):
    messages = respond(kb, ExplorationState(), Turn("greet", "hi", truncated=True))
    assert "only read the first part" in messages[0]["text"]


def test_every_reply_ends_with_a_next_step(chat):
    for intent, text in [("greet", "hi"), ("share_interest", "coding"), ("ask_about", "construction"),
                         ("ask_courses", "classes"), ("ask_credentials", "certs"),
                         ("ask_dual_enrollment", "what is it"),
                         ("ask_framework", "what's a grouping"), ("help", "help")]:
        chat.say(intent, text)
        assert chat.buttons, intent


@pytest.mark.parametrize("text, count, expected", [("the first one", 3, 0), ("option 2", 3, 1), ("b", 3, 1),
                                                   ("the last one", 4, 3), ("number 9", 3, None)])
def test_choice_from_text(text, count, expected):
    assert choice_from_text(text, count) == expected


def test_general_dual_enrollment_question_stays_general_with_a_topic_in_focus(chat):
    chat.say("ask_about", "nursing")
    chat.say("ask_dual_enrollment", "does it cost money")
    assert "depends on your state" in chat.text and "Medical Terminology" not in chat.text
    chat.say("ask_dual_enrollment", "ok but can i get college credit for this")
    assert "Medical Terminology" in chat.text


def test_off_topic_label_is_rescued_only_by_whole_career_terms(chat):
    chat.say("out_of_scope", "whats a good career for someone who likes coding")
    assert "Digital Technology" in chat.text
    chat.say("out_of_scope", "who won the game last night")
    assert "I can't help with that one" in chat.text


def test_specific_topic_beats_the_generic_one(kb):
    from careerbot.conversation import pick_topic
    topics = kb.dual_enrollment_topics.values()
    assert pick_topic(topics, "how does dual enrollment work and is it free", generic=("what-is",)).id == "cost"
    assert pick_topic(topics, "how does it work", generic=("what-is",)).id == "what-is"


def test_class_questions_pick_the_pathway_matching_the_students_words(kb):
    from careerbot.conversation import best_pathway
    pathways = [kb.pathways["programming-software-development"], kb.pathways["nursing-patient-care"]]
    turn = Turn("ask_courses", "what do nurses study", [Mention("occupation", "x", "nurses")])
    assert best_pathway(kb, pathways, ExplorationState(), turn).id == "nursing-patient-care"
    assert best_pathway(kb, pathways, ExplorationState(), Turn("ask_courses", "classes")).id == \
        "programming-software-development"


def test_job_words_from_titles(chat):
    chat.say("share_interest", "i want to be a developer")
    assert "Digital Technology" in chat.text


def test_grade_and_career_in_one_message(chat):
    chat.say("inform_grade", "im in 8th grade what can i do now to get ready for nursing")
    assert chat.state.grade == 8 and "Nursing & Patient Care" in chat.text
    assert "In middle school" in chat.text and "Dual enrollment" not in chat.text


def test_single_words_dont_add_clusters_when_whole_phrases_matched(kb):
    from careerbot.matching import rank_clusters, top_matches
    signals = [["interest", "coding", "coding"], ["interest", "~plumbing", "plumbing"]]
    assert [m.cluster_id for m in top_matches(rank_clusters(kb, signals))] == ["digital-technology"]


def test_question_words_dont_override_the_topic_in_focus(chat):
    chat.say("ask_about", "construction")
    chat.say("ask_courses", "what classes would i need for that")
    assert "Construction Trades" in chat.text


def test_likes_listed_under_a_where_intent_are_still_interests(chat):
    # the model sometimes reads a list of likes as "where does X belong"; nothing in it asks where
    chat.say("ask_parent", "coding plus taking care of animals")
    assert "Digital Technology" in chat.text and "Agriculture" in chat.text
    assert "is part of" not in chat.text


def test_what_a_cluster_splits_into(chat):
    chat.say("ask_about", "agriculture splits into what")
    assert chat.state.topic == "ask_members"


def test_a_framework_question_asked_for_an_activity_is_still_about_the_framework(chat):
    # "for our job shadowing day, which clusters ..." names an activity in passing; the question is the clusters
    chat.say("ask_work_based_learning", "for our job shadowing day, which clusters fall under caring for communities?")
    assert chat.state.topic == "ask_members"
    assert "Healthcare & Human Services" in chat.text


def test_a_follow_up_after_an_interjection_keeps_the_question(chat):
    # "wait and a programmer?" reads like "wait, is this a bot?" to the intent model; its shape says follow-up
    chat.say("ask_pay", "how much do nurses make")
    chat.say("bot_challenge", "wait and a programmer?")
    assert chat.state.topic == "ask_pay"
    assert "Software" in chat.text or "programmer" in chat.text.lower()


def test_same_cluster_question_answers_for_the_level_asked(chat):
    chat.say("ask_parent", "are nurses and pharmacists in the same cluster")
    assert chat.text.startswith("Yes, they are both in Healthcare & Human Services.")
    chat.say("ask_framework", "same sub cluster too?")
    assert chat.text.startswith("Yes, they are both in Physical Health.")
    chat.say("ask_parent", "are nurses and programmers in the same cluster")
    assert chat.text.startswith("No, not the same one.")


def test_which_of_two_fits_a_grade(chat):
    chat.say("ask_work_based_learning", "what's job shadowing and what's an internship")
    chat.say("ask_compare", "which of those is better for an 8th grader")
    assert chat.text.startswith("In grade 8, Job shadowing fits; Internship usually starts in grade 11.")


def test_likes_the_intent_model_is_unsure_about_are_interests(kb, finder):
    text = "coding plus taking care of animals"
    mentions = [Mention(m.label, m.value, m.text, m.start, m.end) for m in finder.find(text)]
    unsure = respond(kb, ExplorationState(), Turn("ask_pay", text, mentions, intent_confidence=0.5))
    assert "Digital Technology" in unsure[0]["text"] and "Agriculture" in unsure[0]["text"]
    sure = Turn("ask_pay", text, mentions, intent_confidence=0.95)
    respond(kb, ExplorationState(), sure)
    assert sure.understood.question == "ask_pay"


@pytest.mark.parametrize("text", ["did they get rid of some of the clusters?", "which clusters got merged"])
def test_change_verbs_ask_what_changed(chat, text):
    chat.say("ask_list", text)
    assert chat.state.topic == "ask_crosswalk"


def test_a_typed_copy_of_a_long_quiz_option_answers_the_quiz(chat):
    chat.say("request_quiz", "quiz me")
    chat.say("share_interest", "volunteer at a clinic or a hospital near home")
    assert chat.state.quiz["step"] == 1


def test_a_greeting_with_an_interest_is_an_interest(chat):
    chat.say("greet", "hey! i like coding")
    assert "Digital Technology" in chat.text


@pytest.mark.parametrize("intent, text", [("ask_pay", "taking care of animals interests me"),
                                          ("ask_education", "coding is my thing")])
def test_saying_you_like_something_is_an_interest_not_a_topic_question(chat, intent, text):
    chat.say(intent, text)
    assert chat.state.topic == "share_interest"


def test_a_liked_thing_with_a_question_is_still_the_question(chat):
    chat.say("ask_pay", "i like nursing, how much do nurses make")
    assert chat.state.topic == "ask_pay"


def test_what_to_do_in_middle_school_keeps_the_grade_band(chat):
    chat.say("share_interest", "what can i do in middle school if i want to be a nurse someday")
    assert chat.state.topic == "ask_get_ready" and chat.text.startswith("In middle school")


def test_what_is_inside_it_means_the_one_being_discussed_not_every_one(chat):
    chat.say("share_interest", "i like coding")          # a sub-cluster of Digital Technology in focus
    chat.say("ask_members", "what sub-clusters does it have?")
    assert chat.state.topic == "ask_members" and chat.text.startswith("Digital Technology has")
    chat.say("ask_list", "list all the sub clusters")
    assert chat.state.topic == "ask_list"


def test_a_list_question_read_as_a_comparison_with_nothing_to_compare_is_a_list(chat):
    chat.say("ask_compare", "which ones are the cross cutting clusters")
    assert chat.state.topic == "ask_list" and "Digital Technology" in chat.text
