"""Which `/intent{...}` messages are the bot's own buttons, and which are typed text.

Rasa treats any message starting with '/' as a ready-made intent with entities, skipping
NLU. Only payloads that our buttons could have produced are let through: a known intent
and entities whose values exist in the knowledge base. Anything else is read as text.
"""
import json
import re

from careerbot.kb import kinds
from careerbot.kb.model import KnowledgeBase

PAYLOAD = re.compile(r"^/([a-z_]+)(\{.*\})?$", re.DOTALL)

BUTTON_INTENTS = {"greet", "set_language", "affirm", "deny", "help", "start_over", "request_quiz", "quiz_answer",
                  "something_else", "ask_about", "ask_careers", "ask_courses", "ask_dual_enrollment", "ask_credentials",
                  "ask_work_based_learning", "ask_framework", "ask_crosswalk", "inform_grade", "ask_summary"}
KB_ENTITIES = set(kinds.NAMED)


def _valid_entity(kb: KnowledgeBase, name: str, value) -> bool:
    if not isinstance(value, str):
        return False
    if name in KB_ENTITIES:
        return kb.get(name, value) is not None
    if name == "de_topic":
        return value in kb.dual_enrollment_topics
    if name == "language":
        return value in ("en", "es")
    if name == "quiz_choice":
        return value.isdigit() and len(value) <= 2
    if name == "grade":
        return value.isdigit() and 6 <= int(value) <= 12
    return False


def is_button_payload(text: str, kb: KnowledgeBase) -> bool:
    match = PAYLOAD.match(text.strip())
    if not match or match.group(1) not in BUTTON_INTENTS:
        return False
    if not match.group(2):
        return True
    try:
        entities = json.loads(match.group(2))
    except ValueError:
        return False
    return isinstance(entities, dict) and len(entities) <= 2 and all(
        _valid_entity(kb, name, value) for name, value in entities.items())


def as_typed_text(text: str) -> str:
    """A typed '/something' is read as the words after the slash."""
    return text.lstrip().lstrip("/").strip()

