"""Staying with the student after a crisis reply or a check-in question (careerbot/conversation/support.py)."""
import pytest

from careerbot.conversation.turns import Turn
from tests.test_conversation import Chat

pytestmark = pytest.mark.heavy   # the real term finder reads "i'm okay", "no", "si"


@pytest.fixture
def chat(kb, finder):
    return Chat(kb, finder)


def flagged(chat, category, text="..."):
    return chat.say("safety", text, safety_category=category)


def test_after_a_crisis_reply_unclear_messages_get_a_follow_up_not_careers(chat):
    flagged(chat, "self_harm")
    assert "988" in chat.text and chat.state.support["mode"] == "crisis"
    chat.say("nlu_fallback", "idk")
    assert "988" in chat.text and "safe right now" in chat.text
    assert not any(b["payload"].startswith("/ask_about") for b in chat.buttons)
    chat.say("out_of_scope", "whatever")
    assert "safe right now" in chat.text and chat.state.support


@pytest.mark.parametrize("intent, text", [("request_quiz", "idk"), ("something_else", "whatever"),
                                          ("share_interest", "i guess"), ("deny", "nah")])
def test_after_a_crisis_reply_a_vague_answer_read_as_a_career_intent_gets_the_follow_up(chat, intent, text):
    # the intent model reads "idk" as "I don't know what I like"; nothing in it asks about careers
    flagged(chat, "self_harm")
    chat.say(intent, text)
    assert "safe right now" in chat.text and chat.state.support


def test_yes_to_are_you_safe_ends_the_support(chat):
    flagged(chat, "abuse")
    chat.say("nlu_fallback", "i dont know")
    assert "1-800-422-4453" in chat.text          # the follow-up repeats the category's resource
    chat.say("affirm", "yeah")
    assert chat.state.support is None and "glad" in chat.text.lower()


def test_no_to_are_you_safe_gets_the_crisis_reply_again(chat):
    flagged(chat, "self_harm")
    chat.say("nlu_fallback", "hmm")
    chat.say("deny", "no")
    assert "911" in chat.text and chat.state.support["mode"] == "crisis"


def test_saying_im_okay_ends_the_support_at_once(chat):
    flagged(chat, "self_harm")
    chat.say("nlu_fallback", "i'm okay now, i feel better")
    assert chat.state.support is None and "988" in chat.text


def test_a_career_question_goes_back_to_careers_with_988_repeated(chat):
    flagged(chat, "self_harm")
    chat.say("ask_about", "what do nurses do")
    assert chat.state.support is None
    assert "988" in chat.messages[0]["text"] and "nurse" in chat.text.lower()


@pytest.mark.parametrize("text, job", [("i told a teacher before and nothing happened", "teacher"),
                                       ("my coach already knows", "coach"),
                                       ("ya hablé con la consejera y no hizo nada", "consejera")])
def test_a_job_named_as_someone_the_student_told_is_no_career_question(chat, text, job):
    flagged(chat, "self_harm")
    chat.say("ask_crosswalk", text, occupation=job)   # the knowledge base's name for the job, as the finder marks it
    assert chat.state.support and "safe right now" in chat.text
    chat.say("ask_about", "what does a " + job + " do", occupation=job)
    assert chat.state.support is None


@pytest.mark.parametrize("text", ["que pasa si llamo? mandan a la policia a mi casa?",
                                  "if i call 988 do they send the police"])
def test_a_question_about_the_help_is_no_career_question(chat, text):
    flagged(chat, "self_harm")
    chat.say("ask_about", text, occupation="police")
    assert chat.state.support and "safe right now" in chat.text


def test_the_back_to_careers_button(chat):
    flagged(chat, "violence")
    chat.click("Back to careers")
    assert chat.state.support is None and "988" in chat.messages[0]["text"]


def test_only_the_start_over_button_leaves_the_support(chat):
    flagged(chat, "self_harm")
    chat.say("start_over", "it started again this week")   # read as "start over", asks nothing of the kind
    assert chat.state.support and "safe right now" in chat.text
    chat.say("start_over", "can we start over")            # typed: the follow-up's buttons are one tap away
    assert chat.state.support
    chat.say("start_over", "/start_over")
    assert chat.state.support is None and "start fresh" in chat.text


def test_typed_help_is_a_cry_for_help_not_the_button(chat):
    flagged(chat, "self_harm")
    chat.say("nlu_fallback", "idk")
    chat.say("help", "help")
    assert chat.state.support and "not alone" in chat.text


def test_an_interest_word_is_no_career_question_in_support(chat):
    flagged(chat, "self_harm")
    chat.say("nlu_fallback", "idk")
    chat.say("share_interest", "i feel really weird")   # "feel" matches the interest "feelings"
    assert chat.state.support


def test_check_in_yes_gets_the_crisis_reply(chat):
    flagged(chat, "checkin")
    assert "hurting yourself" in chat.text and chat.state.support["mode"] == "checkin"
    chat.say("affirm", "kind of")
    assert "988" in chat.text and "not alone" in chat.text and chat.state.support["mode"] == "crisis"


@pytest.mark.parametrize("intent, text", [("deny", "no"), ("deny", "no im fine just stressed"),
                                          ("nlu_fallback", "nah i'm good"), ("affirm", "estoy bien")])
def test_check_in_no_or_fine_is_acknowledged(chat, intent, text):
    flagged(chat, "checkin")
    chat.say(intent, text)
    assert chat.state.support is None and "glad" in chat.text.lower() + "me alegra"


@pytest.mark.parametrize("intent, text", [("ask_pay", "nah im good, what do electricians make"),
                                          ("ask_pay", "no lol. how much do nurses make")])
def test_check_in_no_with_a_question_gets_a_line_then_the_answer(chat, intent, text):
    flagged(chat, "checkin")
    chat.say(intent, text)
    assert chat.state.support is None and chat.messages[0]["text"].startswith("I'm glad you're okay")
    assert "988" in chat.messages[0]["text"] and "median pay" in chat.messages[1]["text"]


def test_okay_with_a_question_after_a_crisis_reply_gets_988_then_the_answer(chat):
    flagged(chat, "self_harm")
    chat.say("ask_pay", "im ok now, what do electricians make")
    assert chat.state.support is None and "988" in chat.messages[0]["text"]
    assert not chat.messages[0]["text"].startswith("I'm glad you're okay") and "Electricians" in chat.text


def test_check_in_buttons(chat):
    flagged(chat, "checkin")
    chat.click("No, I'm okay")
    assert chat.state.support is None


def test_denial_gets_an_acknowledgement_and_no_support_mode(chat):
    flagged(chat, "negated")
    assert "988" in chat.text and chat.state.support is None


def test_a_denial_with_a_question_gets_a_line_then_the_answer(chat):
    chat.say("ask_pay", "im not depressed lol, what do software developers make", input_flag="denied")
    assert chat.messages[0]["text"].startswith("I'm glad you're okay") and "988" in chat.messages[0]["text"]
    assert "Software" in chat.messages[1]["text"] and chat.state.support is None


def test_in_support_mode_a_denial_with_a_question_gets_no_cheerful_line(chat):
    flagged(chat, "self_harm")
    chat.say("ask_pay", "im not going to hurt myself, what do nurses make", input_flag="denied")
    assert not any(m["text"].startswith("I'm glad you're okay") for m in chat.messages)


def test_support_replies_follow_the_conversation_language(chat):
    chat.say("safety", "ya no quiero vivir", safety_category="self_harm")
    chat.state.lang, chat.state.lang_chosen = "es", True
    chat.say("nlu_fallback", "no se")
    assert "Sigo aquí contigo" in chat.text and "AYUDA" in chat.text
    chat.messages = None


def test_turn_helper_builds_language_choice():
    assert Turn("set_language", language_choice="es").language_choice == "es"
