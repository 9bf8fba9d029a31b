"""Answers to the bot's two safety questions (careerbot/conversation/safety_answers.py), read through
the real term finder and the lexicon's words. The held-out answers are scored by
scripts/eval_checkin_answers.py; these are the rules' own cases."""
import pytest

from careerbot.conversation.safety_answers import AT_RISK, FINE, HURTING, NOTHING, SAFE, UNSURE, meaning
from careerbot.conversation.turns import Turn
from careerbot.mention import Mention

pytestmark = pytest.mark.heavy   # the real term finder


def read(finder, text, asked, intent="nlu_fallback", flagged=None):
    mentions = list(finder.find(text)) + ([Mention("safety_category", flagged, "")] if flagged else [])
    return meaning(Turn(intent, text, mentions), asked)


@pytest.mark.parametrize("text", ["yeah", "kinda", "sometimes", "no... well sometimes", "i guess", "lowkey yeah",
                                  "ive thought about it", "im not ok", "not really okay", "a veces", "la neta si",
                                  "no estoy bien", "si", "yes but i wont do anything", "maybe idk",
                                  "never. i'm not that brave", "no, no tengo el valor"])
def test_to_are_you_thinking_about_hurting_yourself_these_are_a_yes(finder, text):
    assert read(finder, text, HURTING) == AT_RISK


@pytest.mark.parametrize("text", ["no", "nah im good", "nope just stressed about tests", "no lol im fine",
                                  "hell no", "not at all", "nel", "para nada, solo estoy cansada", "no, estoy bien",
                                  "nah, what jobs use math"])
def test_to_are_you_thinking_about_hurting_yourself_these_are_a_no(finder, text):
    assert read(finder, text, HURTING) == FINE


def test_a_denial_the_screen_found_is_a_no(finder):
    assert read(finder, "i would never hurt myself", HURTING, flagged="negated") == FINE


@pytest.mark.parametrize("text", ["idk", "i dont know", "no sé", "why do you ask", "whatever"])
def test_no_answer_either_way_is_unsure(finder, text):
    assert read(finder, text, HURTING) == UNSURE


@pytest.mark.parametrize("text, meant", [("yes", FINE), ("yeah im safe", FINE), ("im ok now", FINE),
                                         ("estoy a salvo", FINE), ("no", AT_RISK), ("not really", AT_RISK),
                                         ("i dont feel safe", AT_RISK), ("no estoy a salvo", AT_RISK),
                                         ("kind of", UNSURE), ("i guess", UNSURE), ("idk", UNSURE),
                                         ("no estoy segura", UNSURE)])
def test_to_are_you_safe_right_now(finder, text, meant):
    assert read(finder, text, SAFE) == meant


@pytest.mark.parametrize("text, intent, meant", [("/affirm", "affirm", FINE), ("/deny", "deny", AT_RISK)])
def test_the_buttons_answer_are_you_safe(finder, text, intent, meant):
    assert read(finder, text, SAFE, intent=intent) == meant


def test_right_after_a_crisis_reply_only_okay_is_an_answer(finder):
    assert read(finder, "im okay now", NOTHING) == FINE
    assert read(finder, "yeah", NOTHING) != FINE and read(finder, "hmm", NOTHING) is None


@pytest.mark.parametrize("text, asked, meant", [
    ("yeah but im not gonna do anything stupid", HURTING, AT_RISK), ("sí pero no voy a hacer nada", HURTING, AT_RISK),
    ("nope just lonely sometimes", HURTING, AT_RISK), ("noooo i meant bored", HURTING, FINE),
    ("sí, ya no tengo las pastillas", SAFE, FINE), ("no, someone is outside", SAFE, AT_RISK),
    ("not rn", SAFE, AT_RISK), ("help", SAFE, AT_RISK), ("ayúdame", HURTING, AT_RISK),
    ("¿qué pasa si digo que no?", SAFE, None), ("i dont think so", SAFE, AT_RISK),
    ("i think so? idk", SAFE, UNSURE), ("no estoy segura aquí", SAFE, AT_RISK), ("no me siento seguro", SAFE, AT_RISK),
    ("sí, estoy segura", SAFE, FINE), ("no estoy seguro", SAFE, UNSURE), ("no estoy seguro", HURTING, AT_RISK)])
def test_the_first_answer_word_leads_and_but_keeps_a_yes(finder, text, asked, meant):
    assert read(finder, text, asked) == meant


def test_every_language_lists_the_answer_cues_the_rules_read():
    from careerbot import lexicon
    for lang in lexicon.LANGUAGES:
        assert set(lexicon.ANSWER_CUES) <= set(lexicon.lexicon(lang)["cues"]), lang


def test_no_answer_word_hides_a_knowledge_base_term(monkeypatch):
    # The term finder keeps the longest match, so an answer phrase containing a knowledge-base term ("no estoy
    # seguro": "seguro") would take it out of the intent classifier's placeholders, and change its training
    # examples: two such examples cost 1.5 points of held-out intent F1. A finder without the answer words
    # shows what each phrase would otherwise be read as.
    from careerbot import lexicon
    from careerbot.kb import load_knowledge
    from careerbot.nlp import PLACEHOLDERS, TermFinder
    from careerbot.paths import KNOWLEDGE_DIR
    everything = lexicon.lexicon_terms
    monkeypatch.setattr(lexicon, "lexicon_terms", lambda: [(label, text, value) for label, text, value in everything()
                                                           if not (label == "cue" and value in lexicon.ANSWER_CUES)])
    without_answers = TermFinder(load_knowledge(KNOWLEDGE_DIR).knowledge)   # the real knowledge base
    phrases = sorted({phrase for lang in lexicon.LANGUAGES for cue in lexicon.ANSWER_CUES
                      for phrase in lexicon.lexicon(lang)["cues"].get(cue, [])})
    hiding = [phrase for phrase in phrases
              if any(p in without_answers.find_and_mask(phrase)[1] for p in PLACEHOLDERS.values())]
    assert phrases and not hiding


# Classes a review found (each once): a negated or pretended "okay", "okay" beside a half answer, "no, no ...",
# taking it back right after a crisis reply, "yeah no", "just" before a time, fillers before "si".
@pytest.mark.parametrize("text, asked, meant", [
    ("no im not okay", HURTING, AT_RISK), ("im not doing well", HURTING, AT_RISK),
    ("no estoy tranquila", HURTING, AT_RISK), ("no, no estoy bien", HURTING, AT_RISK),
    ("no. no me siento bien", SAFE, AT_RISK), ("im fine but i think about it every day", HURTING, AT_RISK),
    ("estoy bien pero lo pienso todo el tiempo", HURTING, AT_RISK), ("yes im fine", HURTING, AT_RISK),
    ("i was joking... kind of", HURTING, AT_RISK), ("all good i guess", HURTING, AT_RISK),
    ("yeah, im not gonna do anything", HURTING, AT_RISK), ("not really, just at night", HURTING, AT_RISK),
    ("no solo a veces", HURTING, AT_RISK), ("no but i have before", HURTING, AT_RISK), ("ps si", HURTING, AT_RISK),
    ("mmm si", HURTING, AT_RISK), ("la neta no sé", HURTING, UNSURE), ("nah idk", HURTING, UNSURE),
    ("never mind", HURTING, UNSURE), ("never thought about it", HURTING, FINE), ("jk", HURTING, FINE),
    ("i dont think im safe", SAFE, AT_RISK), ("i pretend im fine", SAFE, AT_RISK), ("nunca estoy bien", SAFE, AT_RISK),
    ("i feel unsafe", SAFE, AT_RISK), ("idk if im safe", SAFE, UNSURE), ("no sé si estoy bien", SAFE, UNSURE),
    ("yeah no", SAFE, UNSURE), ("yes and no", SAFE, UNSURE), ("sí pero no por mucho tiempo", SAFE, UNSURE),
    ("im ok i guess", SAFE, UNSURE), ("im safe for now", SAFE, UNSURE), ("no worries im safe", SAFE, FINE),
    ("jk", SAFE, None), ("jk", NOTHING, None), ("era broma", NOTHING, None),
    ("im okay but i still have the pills", NOTHING, None), ("im okay now", NOTHING, FINE),
    ("no, tengo miedo", SAFE, AT_RISK), ("im not, dont worry", HURTING, FINE),
    ("no, can you help me find trade schools", HURTING, FINE), ("someone help me", SAFE, AT_RISK),
    ("i have a plan", SAFE, AT_RISK), ("todo el tiempo", SAFE, AT_RISK), ("no aguanto más", HURTING, None),
    ("no quiero vivir", HURTING, None), ("im good... not", HURTING, AT_RISK), ("estoy bien 🙃", NOTHING, None),
    ("im good 4 now", HURTING, AT_RISK), ("no mucho", HURTING, AT_RISK), ("hoy no", SAFE, AT_RISK),
    ("im not scared anymore, im safe", SAFE, FINE), ("ya no tengo miedo, estoy bien", SAFE, FINE),
    ("no necesito ayuda, estoy bien", HURTING, FINE), ("no estoy mal", SAFE, FINE)])
def test_classes_of_answers(finder, text, asked, meant):
    assert read(finder, text, asked) == meant


# Right after a crisis reply (the after-crisis held-out answers showed these classes).
@pytest.mark.parametrize("text, meant", [
    ("yes im safe now", FINE), ("lol no i meant the video game, im fine", FINE), ("sí, gracias, ya estoy bien", FINE),
    ("no no, hablaba del juego, estoy bien", FINE), ("yeah im good but i still want to", None),
    ("will i get in trouble if i call", None), ("cuando esté bien te digo", None), ("ok", None), ("thanks", None)])
def test_right_after_a_crisis_reply_a_yes_or_no_beside_okay_clears_it_up(finder, text, meant):
    assert read(finder, text, NOTHING) == meant


def test_a_worry_beside_a_plain_okay_asks_again_then_counts(finder):
    text = "im good now, i went for a walk and calmed down"
    assert read(finder, text, NOTHING) == FINE
    assert read(finder, text, NOTHING, flagged="checkin") is None   # the follow-up asks "are you safe right now?"
    assert read(finder, text, SAFE, flagged="checkin") == AT_RISK   # contradicting the answer to that question
    assert read(finder, "hmm", NOTHING, flagged="checkin") == AT_RISK


@pytest.mark.parametrize("text, meant", [
    ("im fine 988 is useless", AT_RISK), ("ok but that wont help", AT_RISK),
    ("estoy bien, eso no sirve de nada", AT_RISK),
    ("calling doesnt even work", AT_RISK), ("im fine just leave me alone", AT_RISK),
    ("ya déjame en paz", AT_RISK), ("thanks, it helped a lot, im okay now", FINE),
    ("im okay, i texted them and they were nice", FINE)])
def test_turning_the_help_down_is_not_okay(finder, text, meant):
    assert read(finder, text, NOTHING) == meant
