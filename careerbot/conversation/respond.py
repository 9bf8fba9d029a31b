"""One turn in, the reply out. HANDLERS is the single table of intents: the domain, the rules
and the actions are checked against it (tests/test_intent_table.py), and each intent's Rasa
action is `action_<intent>`."""
from typing import Callable, Dict, List

from careerbot.conversation.choose import handle_choose_option
from careerbot.conversation.compare import handle_ask_compare
from careerbot.conversation.context import grouping_buttons, handle_nlu_fallback, next_step_buttons, quiz_button
from careerbot.conversation.dual_enrollment import dual_enrollment_topic, handle_ask_dual_enrollment
from careerbot.conversation.framework import handle_ask_crosswalk, handle_ask_framework
from careerbot.conversation.get_ready import handle_ask_get_ready
from careerbot.conversation.glossing import add_glosses
from careerbot.conversation.housekeeping import (
    handle_ask_summary,
    handle_bot_challenge,
    handle_empty_input,
    handle_goodbye,
    handle_greet,
    handle_help,
    handle_inform_grade,
    handle_out_of_scope,
    handle_start_over,
    handle_thank,
)
from careerbot.conversation.interests import handle_ask_about, handle_share_interest, handle_something_else
from careerbot.conversation.jobs import handle_ask_education, handle_ask_pay
from careerbot.conversation.language import conversation_language, handle_set_language, resolve_language_request
from careerbot.conversation.pathways import (
    handle_ask_careers,
    handle_ask_courses,
    handle_ask_credentials,
    handle_ask_work_based_learning,
)
from careerbot.conversation.quiz import handle_quiz_answer, handle_request_quiz
from careerbot.conversation.structure import handle_ask_list, handle_ask_members, handle_ask_parent
from careerbot.conversation.support import continue_support, denial_note, handle_safety
from careerbot.conversation.turns import Message, Turn, text_message
from careerbot.conversation.understand import understand
from careerbot.conversation.yes_no import handle_affirm, handle_deny
from careerbot.i18n import speaking, t
from careerbot.kb.localize import LocalizedKnowledgeBase, localized
from careerbot.kb.model import KnowledgeBase
from careerbot.kb.required import DE_WHAT_IS
from careerbot.state import ExplorationState

Handler = Callable[[KnowledgeBase, ExplorationState, Turn], List[Message]]
FALLBACK_INTENT = "nlu_fallback"   # Rasa's FallbackClassifier sets it; it has no training examples
# Topics a short follow-up continues ("ok and who pays for it?" after dual enrollment).
FOLLOW_UP_TOPICS = {"ask_dual_enrollment", "ask_work_based_learning", "ask_credentials", "ask_courses"}
# Questions that, with nothing named, may be such a follow-up.
FOLLOW_UPS = {FALLBACK_INTENT, "choose_option", "ask_pay", "ask_education", "ask_about", "out_of_scope"}

# intent -> handler; the handler is named handle_<intent>
HANDLERS: Dict[str, Handler] = {
    "greet": handle_greet,
    "goodbye": handle_goodbye,
    "thank": handle_thank,
    "affirm": handle_affirm,
    "deny": handle_deny,
    "bot_challenge": handle_bot_challenge,
    "help": handle_help,
    "start_over": handle_start_over,
    "out_of_scope": handle_out_of_scope,
    "share_interest": handle_share_interest,
    "request_quiz": handle_request_quiz,
    "something_else": handle_something_else,
    "quiz_answer": handle_quiz_answer,
    "choose_option": handle_choose_option,
    "ask_about": handle_ask_about,
    "ask_members": handle_ask_members,
    "ask_parent": handle_ask_parent,
    "ask_list": handle_ask_list,
    "ask_compare": handle_ask_compare,
    "ask_pay": handle_ask_pay,
    "ask_education": handle_ask_education,
    "ask_get_ready": handle_ask_get_ready,
    "ask_careers": handle_ask_careers,
    "ask_courses": handle_ask_courses,
    "ask_dual_enrollment": handle_ask_dual_enrollment,
    "ask_credentials": handle_ask_credentials,
    "ask_work_based_learning": handle_ask_work_based_learning,
    "ask_framework": handle_ask_framework,
    "ask_crosswalk": handle_ask_crosswalk,
    "inform_grade": handle_inform_grade,
    "set_language": handle_set_language,
    "ask_summary": handle_ask_summary,
    "safety": handle_safety,          # set by the safety screen (careerbot.rasa_components.SafetyOverride)
    "empty_input": handle_empty_input,  # set by the safety screen for empty or emoji-only messages
    FALLBACK_INTENT: handle_nlu_fallback,
}


def action_name(intent: str) -> str:
    return "action_" + intent


def respond(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """The reply to one turn, in the conversation's language, from that language's view of the
    knowledge base and reply templates."""
    resolve_language_request(state, turn)
    lang = conversation_language(state, turn)
    view = localized(kb, lang)
    with speaking(lang):
        messages = _respond(view, state, turn)
        if isinstance(view, LocalizedKnowledgeBase):
            add_glosses(messages, view.glossary, state, view.other_names)
            if _shows_any(messages, view.untranslated):
                messages.append(text_message(t("Part of this isn't in Spanish yet, so it's in English.")))
    return messages


def _shows_any(messages: List[Message], texts) -> bool:
    return bool(texts) and any(text in str(m.get("text", "")) for m in messages for text in texts)


def _personal_note() -> str:
    return t("You don't need to share personal details like your name, email or phone number here, "
             "and I don't keep them.")


def _respond(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """Unknown intents get the fallback; a truncated message gets a note."""
    grade = turn.first("grade")
    if grade and grade.value.isdigit() and 6 <= int(grade.value) <= 12 and turn.intent != "inform_grade":
        state.grade = int(grade.value)
    more, state.more = state.more, None
    found = understand(kb, state, turn)
    question = found.question
    prefix: List[Message] = []
    flagged = turn.first("safety_category")
    answering = question == "safety" and flagged is not None and flagged.value in ("checkin", "negated")
    supporting = bool(state.support)   # the support flow's own words come first, not a cheerful line
    if supporting and (question != "safety" or answering):
        # an unclear answer to a safety question ("no", "idk") or "i'm not going to hurt myself" is an
        # answer, not a new worry or a new denial
        support = continue_support(kb, state, turn, question)
        if support.done:
            return support.messages
        prefix = support.messages
    if more and question in ("ask_about", "affirm") and not found.subjects:
        return [text_message(more, next_step_buttons(kb, state))]
    if question in FOLLOW_UPS and not found.subjects and state.topic in FOLLOW_UP_TOPICS:
        question = state.topic
    elif state.topic == "ask_dual_enrollment" and not found.named and dual_enrollment_topic(
            kb, turn.text, None) not in (None, DE_WHAT_IS):
        question = state.topic    # "do those credits carry over?" right after dual enrollment
    if "personal" in turn.values("input_flag") and question != "safety":
        if question in ("nlu_fallback", "out_of_scope"):   # the message was only the personal details
            return prefix + [text_message(_personal_note() + " " + t("What do you like doing, or which area sounds "
                                                                     "interesting?"),
                                          grouping_buttons(kb) + [quiz_button()])]
        prefix = prefix + [text_message(_personal_note())]
    if "denied" in turn.values("input_flag") and question != "safety" and not supporting:
        prefix = prefix + [text_message(denial_note(kb))]   # "i'm not suicidal, just asking about nurses"
    messages = prefix + HANDLERS.get(question, handle_nlu_fallback)(kb, state, turn)
    state.topic = question   # after the handler, which may look at the previous topic
    if turn.truncated:
        messages.insert(0, text_message(t("That was a long message, so I only read the first part.")))
    return messages
