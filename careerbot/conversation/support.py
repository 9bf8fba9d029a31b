"""Replies to messages the safety screen flagged: the fixed safety reply, with the school's counselor."""
from typing import List, Optional

from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.kb.model import KnowledgeBase
from careerbot.safety import reply_for
from careerbot.state import ExplorationState

DEFAULT_CATEGORY = "self_harm"   # an unknown category gets the most protective reply


def counselor_line(kb: KnowledgeBase) -> Optional[str]:
    """"School Counseling Office, 555-0100, https://..." from the district file, if there is one."""
    district = kb.district()
    if not district:
        return None
    contact = district.counselor_contact
    return ", ".join(v for v in (contact.get("office"), contact.get("phone"), contact.get("url")) if v) or None


def handle_safety(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    mention = turn.first("safety_category")
    category = mention.value if mention else DEFAULT_CATEGORY
    try:
        reply = reply_for(category, counselor_line(kb))
    except ValueError:
        reply = reply_for(DEFAULT_CATEGORY, counselor_line(kb))
    return [text_message(reply, [button("I'm ready to keep exploring", "help")])]
