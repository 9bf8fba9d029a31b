"""Custom actions. Each one is a thin adapter: tracker -> careerbot.conversation -> dispatcher."""
import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from careerbot.conversation import Mention, Turn, respond, text_message
from careerbot.kb import kinds
from careerbot.kb.live import shared_knowledge
from careerbot.kb.model import KnowledgeBase
from careerbot.safety import reply_for
from careerbot.state import ExplorationState

logger = logging.getLogger(__name__)
EXPLORATION_SLOT = "exploration"
KIND_ENTITIES = set(kinds.NAMED) | {"interest"}


def turn_from_tracker(tracker: Tracker, kb: KnowledgeBase) -> Turn:
    latest = tracker.latest_message or {}
    intent = (latest.get("intent") or {}).get("name") or "nlu_fallback"
    mentions, quiz_choice, truncated = [], None, False
    for entity in latest.get("entities") or []:
        label, value = entity.get("entity"), entity.get("value")
        if not isinstance(value, str):
            continue
        if label == "quiz_choice" and value.isdigit():
            quiz_choice = int(value)
        elif label == "input_flag" and value == "truncated":
            truncated = True
        elif label in KIND_ENTITIES or label in ("grade", "de_topic", "safety_category", "input_flag"):
            text = entity.get("text")
            if not text:
                text = kb.name_of(label, value) if label in kinds.NAMED else value
            mentions.append(Mention(label, value, text))
    return Turn(intent=intent, text=latest.get("text") or "", mentions=mentions, quiz_choice=quiz_choice,
                truncated=truncated)


def send(dispatcher: CollectingDispatcher, messages: List[Dict]) -> None:
    for message in messages:
        dispatcher.utter_message(text=message.get("text"), buttons=message.get("buttons") or [],
                                 json_message=message.get("custom"))


class CareerAction:
    """Answers the latest message through careerbot.conversation.respond (mixed into each Action below)."""

    action_name = ""
    intent = None   # when set, the turn is handled as this intent whatever NLU said

    def name(self) -> Text:
        return self.action_name

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        state = ExplorationState.from_slot(tracker.get_slot(EXPLORATION_SLOT))
        try:
            kb = shared_knowledge().get()
            turn = turn_from_tracker(tracker, kb)
            if self.intent:
                turn.intent = self.intent
            messages = respond(kb, state, turn)
        except Exception:  # a student never sees a stack trace
            logger.exception("Action %s failed.", self.name())
            messages = [text_message("Sorry, something went wrong on my side. Could you try that again, "
                                     "or ask me something else?")]
        send(dispatcher, messages)
        return [SlotSet(EXPLORATION_SLOT, state.to_slot())]


ACTIONS = {
    "action_greet": "greet", "action_help": "help", "action_bot_challenge": "bot_challenge",
    "action_goodbye": "goodbye", "action_thank": "thank", "action_affirm": "affirm", "action_deny": "deny",
    "action_start_over": "start_over", "action_out_of_scope": "out_of_scope", "action_fallback": "nlu_fallback",
    "action_share_interest": "share_interest", "action_something_else": "something_else",
    "action_ask_about": "ask_about", "action_ask_careers": "ask_careers", "action_ask_courses": "ask_courses",
    "action_dual_enrollment": "ask_dual_enrollment", "action_credentials": "ask_credentials",
    "action_work_based_learning": "ask_work_based_learning", "action_framework": "ask_framework",
    "action_crosswalk": "ask_crosswalk", "action_set_grade": "inform_grade", "action_summary": "ask_summary",
    "action_start_quiz": "request_quiz", "action_quiz_answer": "quiz_answer", "action_unclear_input": "empty_input",
}

for _name, _intent in ACTIONS.items():
    globals()["Action_" + _name] = type("Action_" + _name, (CareerAction, Action),
                                        {"action_name": _name, "intent": _intent, "__module__": __name__})


class ActionSafetyResponse(Action):
    """The fixed safety reply (written in code, not in the staff-editable knowledge base)."""

    def name(self) -> Text:
        return "action_safety_response"

    async def run(self, dispatcher, tracker, domain):
        category = next((e.get("value") for e in (tracker.latest_message or {}).get("entities") or []
                         if e.get("entity") == "safety_category"), "self_harm")
        counselor = None
        try:
            district = shared_knowledge().get().district()
            if district:
                contact = district.counselor_contact
                counselor = ", ".join(v for v in (contact.get("office"), contact.get("phone"), contact.get("url"))
                                      if v)
        except Exception:
            logger.exception("Could not read the counselor contact.")
        dispatcher.utter_message(text=reply_for(category, counselor),
                                 buttons=[{"title": "I'm ready to keep exploring", "payload": "/help"}])
        return []
