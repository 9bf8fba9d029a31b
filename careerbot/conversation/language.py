"""Which language to answer in: the student's explicit choice wins and sticks (a language button,
"en español por favor", the page's language setting when it changes); otherwise a clear message in
the other language switches the conversation, and short or mixed ones keep it."""
import re
from typing import List, Optional

from careerbot.conversation.context import grouping_buttons
from careerbot.conversation.turns import Message, Turn, button, text_message
from careerbot.i18n import t
from careerbot.kb.model import KnowledgeBase, fold
from careerbot.state import ExplorationState

LANGUAGES = ("en", "es")
SWITCH_CONFIDENCE = 0.9   # py3langid probability a message must reach to switch languages by itself
SWITCH_WORDS = 3          # ...and this many words ("ok", "nurse" switch nothing)


def conversation_language(state: ExplorationState, turn: Turn) -> str:
    """Updates and returns the conversation's language for this turn."""
    chosen = turn.language_choice
    if chosen not in LANGUAGES and turn.page_language in LANGUAGES and turn.page_language != state.page_lang:
        chosen = turn.page_language   # set by the page (data-lang, its language toggle): counts when it changes
    if turn.page_language in LANGUAGES:
        state.page_lang = turn.page_language
    if chosen in LANGUAGES:
        state.lang, state.lang_chosen = chosen, True
    elif not state.lang_chosen and turn.language in LANGUAGES:
        sure = turn.language_confidence >= SWITCH_CONFIDENCE
        if state.lang is None:   # the first message: English (the page's language) unless it is surely Spanish
            state.lang = turn.language if sure else "en"
        elif sure and len(turn.text.split()) >= SWITCH_WORDS:
            state.lang = turn.language
    return state.lang or "en"


NAMES = {"es": ("espanol", "spanish", "castellano", "espanish", "spanglish"), "en": ("ingles", "english", "inglish")}
NOT = re.compile(r"\b(?:no|not|don'?t|dont|cant|can'?t|ni)\b(?:\s+\w+){0,3}\s*$")


def language_named(turn: Turn) -> Optional[str]:
    """The language a set_language message asks for ("en español por favor", "english please",
    "no hablo ingles" -> Spanish), or None when it names none."""
    text = fold(turn.text)
    for word in text.split():
        for lang, names in NAMES.items():
            if word in names:
                before = text[:text.index(word)]
                if NOT.search(before):
                    return other_language(lang)
                return lang
    return None


def other_language(lang: Optional[str]) -> str:
    return "en" if lang == "es" else "es"


def resolve_language_request(state: ExplorationState, turn: Turn) -> None:
    """A set_language message is an explicit choice: the language it names, or else the other one."""
    if turn.intent == "set_language" and turn.language_choice not in LANGUAGES:
        turn.language_choice = language_named(turn) or other_language(state.lang)


def handle_set_language(kb: KnowledgeBase, state: ExplorationState, turn: Turn) -> List[Message]:
    """Said in the language just chosen (respond() switches before calling this)."""
    text = t("Sure, we can talk in English. What do you like doing? You can also pick an area below "
             "or take a quick quiz.")
    buttons = [button(t("Take a quick quiz"), "request_quiz")] + grouping_buttons(kb)
    return [text_message(text, buttons)]
