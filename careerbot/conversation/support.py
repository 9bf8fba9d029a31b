"""Replies to messages the safety layers flagged, and staying with the student afterwards.

After a crisis reply the conversation stays in support (state.support) until the student says they
are okay or asks to go back to careers: other messages get a short follow-up that repeats the
resource and asks whether they are safe. After the check-in question ("Are you thinking about
hurting yourself?") a yes gets the crisis reply, a no or "I'm fine" an acknowledgement, and a career
question goes back to careers with 988 repeated. The replies themselves are fixed
(careerbot/safety/replies.yml), in the conversation's language.
"""
import re
from dataclasses import dataclass, field
from typing import List, Optional

from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.safety_answers import AT_RISK, FINE, HURTING, NOTHING, SAFE, meaning
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.i18n import current_language, t
from careerbot.kb import kinds
from careerbot.kb.model import KnowledgeBase, strip_accents
from careerbot.mention import Mention
from careerbot.safety import CRISIS_CATEGORIES, reply_for
from careerbot.state import ExplorationState

DEFAULT_CATEGORY = "self_harm"   # an unknown category gets the most protective reply
CRISIS, CHECK_IN = "crisis", "checkin"
# Questions that mean "let's get back to careers" while the conversation is in support; a message
# saying the student is not in crisis that asks one of them gets its answer (careerbot/rasa_components.py).
CAREER_QUESTIONS = {"help", "share_interest", "request_quiz", "something_else", "quiz_answer",
                    "choose_option", "ask_about", "ask_members", "ask_parent", "ask_list", "ask_compare", "ask_pay",
                    "ask_education", "ask_get_ready", "ask_careers", "ask_courses", "ask_dual_enrollment",
                    "ask_credentials", "ask_work_based_learning", "ask_framework", "ask_crosswalk", "ask_summary",
                    "inform_grade"}

# What makes a message a career question: a knowledge-base name, a career concept ("jobs", "dual
# enrollment") or a dual-enrollment topic. Not an interest keyword: "i feel unsafe" matches "feelings".
CAREER_LABELS = set(kinds.NAMED) | {"concept", "de_topic"}


# "seguro/segura" names the insurance sub-cluster, but after a safety question it means safe or sure
NOT_CAREER_WORDS = re.compile(r"^segur[oa]s?$", re.IGNORECASE)


# A job named as a person in the student's life, not as a career: "i told a teacher before", "my coach knows",
# "ya hablé con la consejera". The words just before the name say so.
_A_PERSON = re.compile(r"(?:\b(?:my|mi|mis|our|his|her|their|su|sus|nuestr[oa]s?)"
                       r"|\b(?:told|tell|telling|talked to|talk to|talking to|asked|ask|went to|go to|called|call|"
                       r"texted|text|trust|le dije a|le conte a|les dije a|hable con|hablar con|fui con|confio en)"
                       r"(?: (?:a|an|the|one|some|this|that|un|una|el|la|al|a la|los|las|mi))?"
                       r"(?: (?:school|new|old|other|escuela|nuev[oa]))?)\s+$")


# Talking about the help itself: "que pasa si llamo? mandan a la policia?", "do they call my parents if i text"
_ABOUT_THE_HELP = re.compile(r"\b(?:988|741741|911|hotline|crisis line|the line|la linea|if i (?:call|text)|"
                             r"when i (?:call|text)|si (?:llamo|marco|escribo|les escribo|mando mensaje)|do they|"
                             r"will they|would they|mandan|vienen|van a venir|se enteran|find out)\b")


def _about_careers(turn: Turn) -> bool:
    """Whether the message names something about careers. Its length alone says nothing: "i'm hiding in
    the bathroom" or "more often than i'd like" after a safety question are no career questions, nor is
    a job named as someone the student told ("i told a teacher before and nothing happened"), nor a question
    about the help itself ("que pasa si llamo? mandan a la policia?")."""
    text = strip_accents(turn.text.lower())
    if _ABOUT_THE_HELP.search(text):
        return False
    return any(m.label in CAREER_LABELS and not m.value.startswith("~") and not NOT_CAREER_WORDS.match(m.text)
               and not _A_PERSON.search(text[:_where(m, text)]) for m in turn.mentions)


def _where(mention: Mention, text: str) -> int:
    """Where the mention starts in the lowercased, accent-free message (its offset, if the words are there)."""
    words = strip_accents(mention.text.lower())
    return mention.start if text[mention.start:mention.start + len(words)] == words else max(0, text.find(words))


@dataclass
class SupportTurn:
    messages: List[Message] = field(default_factory=list)
    done: bool = True   # False: the messages go before the answer to the student's career question


def counselor_line(kb: KnowledgeBase) -> Optional[str]:
    """"School Counseling Office, 555-0100, https://..." from the district file, if there is one."""
    district = kb.district()
    if not district:
        return None
    contact = district.counselor_contact
    return ", ".join(v for v in (contact.get("office"), contact.get("phone"), contact.get("url")) if v) or None


def _reply(kb: KnowledgeBase, category: str, resource_for: Optional[str] = None) -> str:
    try:
        return reply_for(category, counselor_line(kb), current_language(), resource_for)
    except ValueError:
        return reply_for(DEFAULT_CATEGORY, counselor_line(kb), current_language())


def denial_note(kb: KnowledgeBase) -> str:
    """The line before the answer when a student says they're not in crisis and asks something."""
    return _reply(kb, "negated_note")


def _support_buttons() -> List[dict]:
    return [button(t("I'm okay now"), "affirm"), button(t("Back to careers"), "help")]


def _crisis(kb: KnowledgeBase, state: ExplorationState, category: str) -> List[Message]:
    state.support = {"mode": CRISIS, "category": category, "asked": False}
    return [text_message(_reply(kb, category), _support_buttons())]


def handle_safety(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    mention = turn.first("safety_category")
    category = mention.value if mention else DEFAULT_CATEGORY
    if category in CRISIS_CATEGORIES or category not in ("checkin", "negated", "bullying", "harassment"):
        return _crisis(kb, state, category if category in CRISIS_CATEGORIES else DEFAULT_CATEGORY)
    if category == "checkin":
        state.support = {"mode": CHECK_IN, "category": DEFAULT_CATEGORY, "asked": True}
        return [text_message(_reply(kb, "checkin"),
                             [button(t("Yes, I am"), "affirm"), button(t("No, I'm okay"), "deny")])]
    if category == "negated":
        return [text_message(_reply(kb, "negated"), grouping_buttons(kb))]
    return [text_message(_reply(kb, category), [button(t("Back to careers"), "help")])]


def continue_support(kb: KnowledgeBase, state: ExplorationState, turn: Turn, question: str) -> SupportTurn:
    """The turn after a crisis reply or a check-in question (state.support is set)."""
    support = state.support or {}
    asked = HURTING if support.get("mode") == CHECK_IN else SAFE if support.get("asked") else NOTHING
    named = _about_careers(turn)
    meant = meaning(turn, asked, about_careers=named)
    category = support.get("category") or DEFAULT_CATEGORY
    if meant == AT_RISK:   # "kinda" to "are you thinking about hurting yourself?", "no" to "are you safe?"
        return SupportTurn(_crisis(kb, state, category))
    asks = question in CAREER_QUESTIONS and named
    if meant == FINE:
        state.support = None
        if asks:   # "nah i'm good, what jobs are in nursing?": a line with 988, then the answer
            line = denial_note(kb) if asked == HURTING else _reply(kb, "back_to_careers")
            return SupportTurn([text_message(line)], done=False)
        return SupportTurn([text_message(_reply(kb, "okay"), grouping_buttons(kb))])
    # What always goes back to careers: the buttons ("Back to careers", "Start over"). Typed, "help" is a cry for
    # help and "start over" may be "it started again": the follow-up's buttons are one tap away.
    explicit = turn.text.startswith("/") and question in ("help", "start_over")
    if explicit or asks:
        state.support = None
        return SupportTurn([text_message(_reply(kb, "back_to_careers"))], done=False)
    state.support = {"mode": CRISIS, "category": category, "asked": True}
    return SupportTurn([text_message(_reply(kb, "followup", resource_for=category), _support_buttons())])
