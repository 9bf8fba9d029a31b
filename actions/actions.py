"""Custom actions: one per intent, each a thin adapter tracker -> careerbot.conversation -> dispatcher.

The intents and their handlers are listed once, in careerbot.conversation.respond.HANDLERS;
every class below answers one of them as `action_<intent>` (tests/test_intent_table.py checks
that the domain, the rules, this module and the table agree).
"""
import logging
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from careerbot import lexicon
from careerbot.conversation import Mention, Turn, respond, text_message
from careerbot.conversation.respond import action_name
from careerbot.kb import kinds
from careerbot.kb.live import shared_knowledge
from careerbot.kb.model import KnowledgeBase
from careerbot.state import ExplorationState

logger = logging.getLogger(__name__)
EXPLORATION_SLOT = "exploration"
KIND_ENTITIES = set(kinds.NAMED) | {"interest"}
OTHER_ENTITIES = ("grade", "de_topic", "safety_category", "input_flag", "language") + lexicon.LABELS


def turn_from_tracker(tracker: Tracker, kb: KnowledgeBase) -> Turn:
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name") or "nlu_fallback"
    mentions, quiz_choice, truncated = [], None, False
    language, confidence, choice = None, 0.0, None
    for entity in latest.get("entities") or []:
        label, value = entity.get("entity"), entity.get("value")
        if not isinstance(value, str):
            continue
        if label == "quiz_choice" and value.isdigit():
            quiz_choice = int(value)
        elif label == "input_flag" and value == "truncated":
            truncated = True
        elif label == "language":
            language, confidence = value, float(entity.get("confidence_entity") or 0.0)
            if entity.get("extractor") is None:   # a language button ("/set_language{...}"), not detection
                choice = value
        elif label in KIND_ENTITIES or label in OTHER_ENTITIES:
            text = entity.get("text")
            if not text:
                text = kb.name_of(label, value) if label in kinds.NAMED else value
            start, end = entity.get("start"), entity.get("end")
            mentions.append(Mention(label, value, text, start if isinstance(start, int) else 0,
                                    end if isinstance(end, int) else 0))
    return Turn(intent=intent, text=latest.get("text") or "", mentions=mentions, quiz_choice=quiz_choice,
                truncated=truncated, language=language, language_confidence=confidence,
                language_choice=choice, page_language=page_language(tracker),
                intent_confidence=float((latest.get("intent") or {}).get("confidence") or 1.0))


def page_language(tracker: Tracker) -> Optional[str]:
    """The language the student picked on the web page (sent as message metadata)."""
    for event in reversed(tracker.events or []):
        if event.get("event") == "user":
            lang = (event.get("metadata") or {}).get("lang")
            return lang if lang in ("en", "es") else None
    return None


def send(dispatcher: CollectingDispatcher, messages: List[Dict]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message.get("text"), buttons=message.get("buttons") or [],
                                 json_message=message.get("custom"))


class AbstractIntentAction(Action):
    """Answers the latest message as `intent`, whatever NLU said (rasa_sdk skips "Abstract" classes)."""

    intent = ""

    def name(self) -> str:
        return action_name(self.intent)

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[str, Any]) -> List[Dict[str, Any]]:
        state = ExplorationState.from_slot(tracker.get_slot(EXPLORATION_SLOT))
        try:
            kb = shared_knowledge().get()
            turn = turn_from_tracker(tracker, kb)
            turn.intent = self.intent
            messages = respond(kb, state, turn)
        except Exception:  # a student never sees a stack trace
            logger.exception("Action %s failed.", self.name())
            messages = [text_message("Sorry, something went wrong on my side. Could you try that again, "
                                     "or ask me something else?")]
        send(dispatcher, messages)
        return [SlotSet(EXPLORATION_SLOT, state.to_slot())]


class ActionGreet(AbstractIntentAction):
    intent = "greet"


class ActionGoodbye(AbstractIntentAction):
    intent = "goodbye"


class ActionThank(AbstractIntentAction):
    intent = "thank"


class ActionAffirm(AbstractIntentAction):
    intent = "affirm"


class ActionDeny(AbstractIntentAction):
    intent = "deny"


class ActionBotChallenge(AbstractIntentAction):
    intent = "bot_challenge"


class ActionHelp(AbstractIntentAction):
    intent = "help"


class ActionStartOver(AbstractIntentAction):
    intent = "start_over"


class ActionOutOfScope(AbstractIntentAction):
    intent = "out_of_scope"


class ActionShareInterest(AbstractIntentAction):
    intent = "share_interest"


class ActionRequestQuiz(AbstractIntentAction):
    intent = "request_quiz"


class ActionSomethingElse(AbstractIntentAction):
    intent = "something_else"


class ActionQuizAnswer(AbstractIntentAction):
    intent = "quiz_answer"


class ActionAskAbout(AbstractIntentAction):
    intent = "ask_about"


class ActionAskCareers(AbstractIntentAction):
    intent = "ask_careers"


class ActionAskCourses(AbstractIntentAction):
    intent = "ask_courses"


class ActionAskDualEnrollment(AbstractIntentAction):
    intent = "ask_dual_enrollment"


class ActionAskCredentials(AbstractIntentAction):
    intent = "ask_credentials"


class ActionAskWorkBasedLearning(AbstractIntentAction):
    intent = "ask_work_based_learning"


class ActionAskFramework(AbstractIntentAction):
    intent = "ask_framework"


class ActionAskCrosswalk(AbstractIntentAction):
    intent = "ask_crosswalk"


class ActionInformGrade(AbstractIntentAction):
    intent = "inform_grade"


class ActionSetLanguage(AbstractIntentAction):
    intent = "set_language"


class ActionAskSummary(AbstractIntentAction):
    intent = "ask_summary"


class ActionSafety(AbstractIntentAction):
    intent = "safety"


class ActionEmptyInput(AbstractIntentAction):
    intent = "empty_input"


class ActionNluFallback(AbstractIntentAction):
    intent = "nlu_fallback"


class ActionChooseOption(AbstractIntentAction):
    intent = "choose_option"


class ActionAskMembers(AbstractIntentAction):
    intent = "ask_members"


class ActionAskParent(AbstractIntentAction):
    intent = "ask_parent"


class ActionAskList(AbstractIntentAction):
    intent = "ask_list"


class ActionAskCompare(AbstractIntentAction):
    intent = "ask_compare"


class ActionAskPay(AbstractIntentAction):
    intent = "ask_pay"


class ActionAskEducation(AbstractIntentAction):
    intent = "ask_education"


class ActionAskGetReady(AbstractIntentAction):
    intent = "ask_get_ready"
