"""The language of a message and of the conversation (careerbot/language.py,
careerbot/conversation/language.py)."""
import pytest

from careerbot.conversation.language import conversation_language, language_named, resolve_language_request
from careerbot.conversation.turns import Turn
from careerbot.language import detect_language
from careerbot.state import ExplorationState


@pytest.mark.parametrize("text, lang", [("hola", "es"), ("gracias", "es"), ("la primera", "es"),
                                        ("me gustan los animales", "es"), ("hi", "en"), ("thanks", "en"),
                                        ("i like animals", "en"), ("que clases tomo pa ser nurse", "es")])
def test_short_and_long_messages(text, lang):
    assert detect_language(text)[0] == lang


def test_no_letters_no_language():
    assert detect_language("123 !!") == (None, 0.0)


def turn(text, lang, confidence=0.99, **extra):
    return Turn("share_interest", text, language=lang, language_confidence=confidence, **extra)


def test_the_first_message_sets_the_language_and_a_clear_one_switches_it():
    state = ExplorationState()
    assert conversation_language(state, turn("hola", "es", 0.9)) == "es"
    assert conversation_language(state, turn("ok", "en", 0.66)) == "es"          # short: keeps it
    assert conversation_language(state, turn("what about nursing jobs", "en")) == "en"


def test_an_unsure_first_message_starts_in_english():
    assert conversation_language(ExplorationState(), turn("ag", "es", 0.75)) == "en"


def test_an_explicit_choice_sticks_until_the_student_changes_it():
    state = ExplorationState()
    assert conversation_language(state, turn("en español", "es", language_choice="es")) == "es"
    assert conversation_language(state, turn("what about nursing jobs", "en")) == "es"
    assert conversation_language(state, turn("english please", "en", language_choice="en")) == "en"


def test_the_page_setting_counts_only_when_it_changes():
    state = ExplorationState()
    assert conversation_language(state, turn("hi there friend", "en", page_language="es")) == "es"
    assert conversation_language(state, turn("english please", "en", language_choice="en",
                                             page_language="es")) == "en"
    assert conversation_language(state, turn("what about nurses", "en", page_language="es")) == "en"
    assert conversation_language(state, turn("hola amigos que tal", "es", page_language="en")) == "en"


@pytest.mark.parametrize("text, lang", [("en español por favor", "es"), ("english please", "en"),
                                        ("no hablo ingles", "es"), ("i dont speak spanish", "en"),
                                        ("can you speak spanish", "es"), ("cambia el idioma", None)])
def test_the_language_a_request_names(text, lang):
    assert language_named(Turn("set_language", text)) == lang


def test_a_request_naming_no_language_switches_to_the_other_one():
    state = ExplorationState(lang="en")
    request = Turn("set_language", "cambia el idioma")
    resolve_language_request(state, request)
    assert request.language_choice == "es"


@pytest.mark.parametrize("text", ["cosmetologist vs esthetician", "veterinarian or paramedic?", "esthetician"])
def test_job_names_alone_are_never_surely_spanish(text):
    # py3langid reads Latin-looking job titles as Spanish; with no Spanish word or letter it must not be sure
    lang, confidence = detect_language(text)
    assert lang == "en" or confidence < 0.9


def test_a_spanish_word_or_letter_is_evidence():
    assert detect_language("cosmetologa o esteticista, cual gana mas")[1] >= 0.9
    assert detect_language("cuentame del cluster Construction")[1] >= 0.9
