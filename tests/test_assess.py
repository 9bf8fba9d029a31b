"""The decision from the screen and the learned layer (careerbot/safety/assess.py), with the model's
probabilities given by hand so each rule is tested on its own."""
import re
from pathlib import Path

import pytest
import yaml

from careerbot.safety.assess import CHECK_IN, CRISIS, NEGATED, NONE, SUPPORT, Assessment, Thresholds, assess, read
from careerbot.safety.negation import question_part, without_denials
from careerbot.safety.normalize import prepare

CALM = {"negative": 0.97, "concern": 0.01, "self_harm": 0.01, "abuse": 0.01}
WORRIED = {"negative": 0.40, "concern": 0.35, "self_harm": 0.20, "abuse": 0.05}
ALARMED = {"negative": 0.05, "concern": 0.05, "self_harm": 0.85, "abuse": 0.05}


def test_a_screen_disclosure_is_a_crisis_whatever_the_model_says():
    assert assess("i want to kill myself", CALM).level == CRISIS
    assert assess("my dad hits me", CALM).category == "abuse"


def test_a_sure_model_names_a_more_serious_category_than_the_screen_saw():
    text = "i havent eaten in two days and mom hasnt been home since friday"
    assert assess(text, CALM).category == "eating"
    neglect = {"negative": 0.01, "eating": 0.02, "abuse": 0.97}
    assert assess(text, neglect) == Assessment(CRISIS, "abuse", "screen:eating.restricting+model")
    assert assess("my dad hits me", {"negative": 0.01, "eating": 0.99}).category == "abuse"   # never a lesser one


def test_without_the_model_the_screen_decides_alone():
    assert assess("i want to kill myself").level == CRISIS
    assert assess("what do nurses do").level == NONE


def test_the_model_catches_what_no_pattern_wrote_down():
    assert assess("i gave my stuff away, it's easier this way", ALARMED).level == CRISIS
    assert assess("what's even the point anymore", WORRIED).level == CHECK_IN
    assert assess("what do nurses do", CALM).level == NONE


def test_a_question_that_may_hide_a_situation_asks_unless_the_model_is_sure():
    rule = "screen:abuse.way_out_question"
    assert assess("how do you get emancipated fast", CALM) == Assessment(CHECK_IN, "checkin", rule)
    sure = {"negative": 0.05, "concern": 0.05, "abuse": 0.90}
    assert assess("how do you get emancipated fast", sure) == Assessment(CRISIS, "abuse", rule)
    assert assess("what does emancipation mean, its for civics", CALM).level == NONE


def test_a_disclosure_comes_before_a_topic_word_of_the_same_message():
    # "rape kit" alone is a topic the model weighs; asked for oneself it is a disclosure.
    assert read("does a rape kit still work if i showered").rule == "sexual_abuse.evidence_for_me"
    assert assess("does a rape kit still work if i showered", CALM).level == CRISIS


def test_career_talk_around_something_else_gets_the_ordinary_bars():
    assert assess("what jobs are good for artsy people", WORRIED).level == NONE
    text = "nobody at home even talks to me anymore. anyway what jobs are good for artsy people"
    assert not read(text).career and read("what jobs are good for artsy people? which classes should i take").career
    assert assess(text, WORRIED).level == CHECK_IN


def test_the_model_split_between_categories_still_asks():
    split = {"negative": 0.30, "concern": 0.05, "sexual_abuse": 0.25, "abuse": 0.20, "violence": 0.20}
    text = "she makes me share my location all day and gets in my face when i see friends"
    assert assess(text, split) == Assessment(CHECK_IN, "checkin", "model:spread")
    assert assess(text, {**split, "negative": 0.40, "violence": 0.10}).level == NONE


def test_a_topic_word_is_weighed_by_the_model():
    book = "my book report is about a character who died by suicide"
    assert assess(book, CALM).level == NONE
    assert assess(book, ALARMED).level == CRISIS
    assert assess("suicide", WORRIED).level in (CRISIS, CHECK_IN)


def test_a_joke_about_dying_gets_the_check_in():
    assert assess("i want to die lol", CALM).level == CHECK_IN
    assert assess("i want to die lol", ALARMED).level == CRISIS   # the model is sure: a joke marker isn't enough


@pytest.mark.parametrize("text", [
    "im not suicidal, just stressed about choosing a career",
    "i'm not gonna hurt myself, i just need to vent",
    "nobody is hurting me, i just want a work permit",
    "no me quiero morir ni nada, solo estoy estresada",
    "i used to self harm but i've been clean for 2 years",
])
def test_denials_get_an_acknowledgement(text):
    assert assess(text, CALM).level == NEGATED


def test_a_denial_with_worry_left_over_still_gets_asked():
    assert assess("i'm not suicidal but i can't keep going like this", WORRIED).level == CHECK_IN


@pytest.mark.parametrize("text", ["nobody would care if i died", "i cant stop thinking about suicide",
                                  "i don't want to live anymore"])
def test_what_is_not_a_denial_stays_as_written(text):
    assert not without_denials(prepare(text))[1]


def test_figurative_phrases_are_blanked_for_both_layers():
    assert without_denials(prepare("that outfit is to die for"))[0] == "that outfit is"
    assert "die" in without_denials(prepare("i want to die for what i did"))[0]


def test_short_messages_need_a_surer_model():
    assert assess("goodbye for now", WORRIED).level == NONE
    assert assess("honestly i dont know what to do about anything anymore", WORRIED).level == CHECK_IN


def test_bullying_is_support_not_crisis():
    assert assess("kids at school keep pushing me around", CALM).level == SUPPORT


def test_bullying_with_a_weapon_the_model_is_sure_of_is_a_crisis():
    threat = {"negative": 0.02, "concern": 0.02, "violence": 0.96}
    text = "if they push me one more time im bringing my dads gun"
    assert assess(text, CALM).level == SUPPORT
    assert assess(text, threat) == Assessment(CRISIS, "violence", "screen:bullying.disclosure+model")
    assert assess(text + " lol", threat).level == SUPPORT


def test_thresholds_round_trip_through_config():
    thresholds = Thresholds(crisis=0.6, check_in=0.4, topic=0.2)
    assert Thresholds.from_config(thresholds.as_config()) == thresholds
    assert Thresholds.from_config({"crisis_threshold": 0.7}).crisis == 0.7


SPEC = yaml.safe_load((Path(__file__).parent / "safety_denials.yml").read_text(encoding="utf-8"))
# A second spec, written later and apart from the patterns; its misses were read to generalise them.
SPEC_B = yaml.safe_load((Path(__file__).parent / "safety_denials_b.yml").read_text(encoding="utf-8"))
# The most denials each spec may leave unrecognised (bare answers apart), and the most look-alikes it may
# read as denials with nothing left for the screen (measured 2026-11-30: A 4 and 4, B 15 and 11).
SPEC_LIMITS = [(SPEC, 8, 6), (SPEC_B, 18, 13)]
# Bare answers ("no", "nah i'm good", "no, estoy bien") are understood as answers to the check-in question
# (careerbot/support.py), where the bot has asked; on their own they deny nothing.
BARE_ANSWER = re.compile(r"^(?:no|nah|nope|nop|nel|not really|lol no|q\? no|para nada|not at all)\b"
                         r"|\b(?:im|i m) (?:good|fine|ok)")


@pytest.mark.parametrize("spec, max_missed, max_denied", SPEC_LIMITS)
def test_denials_written_apart_from_the_patterns_are_recognised(spec, max_missed, max_denied):
    missed = [item["text"] for item in spec["denials"]
              if not read(item["text"]).denied and not BARE_ANSWER.search(prepare(item["text"]))]
    assert len(missed) <= max_missed, missed


@pytest.mark.parametrize("spec, max_missed, max_denied", SPEC_LIMITS)
def test_look_alikes_keep_what_they_disclose(spec, max_missed, max_denied):
    """A crisis message with a negation in it is never emptied: either it is no denial, or the screen still
    finds the crisis in what is left, or enough is left for the model to read."""
    emptied = []
    for item in spec["not_denials"]:
        reading = read(item["text"])
        rest = without_denials(prepare(item["text"]))[0]
        if reading.denied and reading.screened is None and len(rest.split()) < 4:
            emptied.append(item["text"])
    assert not emptied
    denied_without_screen = [i["text"] for i in spec["not_denials"]
                             if read(i["text"]).denied and read(i["text"]).screened is None]
    assert len(denied_without_screen) <= max_denied, denied_without_screen   # the model reads these


@pytest.mark.parametrize("text, question", [
    ("im not suicidal lol what do electricians make", "lol what do electricians make"),
    ("i dont cut or anything i just want to know what nurses take", "i just want to know what nurses take"),
    ("no estoy deprimida ni nada, cuánto gana una enfermera", ", cuanto gana una enfermera"),
    ("nadie me pega en mi casa. q trabajos hay en salud", ". q trabajos hay en salud"),
])
def test_the_intent_is_read_from_what_the_denial_leaves(text, question):
    assert question_part(text) == question


@pytest.mark.parametrize("text, question", [
    ("nah im good, what jobs are in nursing", "what jobs are in nursing"),
    ("no lol. what do welders make", "what do welders make"),
    ("no, estoy bien. cuanto gana un enfermero", "cuanto gana un enfermero"),
    ("no, no me gusta la biologia", "no me gusta la biologia"),
])
def test_the_intent_is_read_from_what_follows_an_answer_to_the_check_in(text, question):
    assert question_part(text) == question


@pytest.mark.parametrize("text", ["no me gusta la biologia", "no i want to be a nurse", "nah im good", "no thanks bye",
                                  "im good at math and like drawing", "nah im good with my hands"])
def test_a_no_that_belongs_to_the_sentence_stays(text):
    assert question_part(text) == text


@pytest.mark.parametrize("text", ["what do electricians make", "im not suicidal", "no me corto, lo prometo",
                                  "i never thought id want to die, what do nurses make"])
def test_a_message_without_a_denial_or_with_nothing_else_is_read_whole(text):
    assert question_part(text) == text
