"""Which language to answer in: the student's explicit choice wins and sticks; otherwise a clear
message in the other language switches the conversation, and short or mixed ones keep it."""
from typing import Optional

from careerbot.conversation.turns import Turn
from careerbot.state import ExplorationState

LANGUAGES = ("en", "es")
SWITCH_CONFIDENCE = 0.9   # py3langid probability a message must reach to switch languages by itself
SWITCH_WORDS = 3          # ...and this many words ("ok", "nurse" switch nothing)


def conversation_language(state: ExplorationState, turn: Turn) -> str:
    """Updates and returns the conversation's language for this turn."""
    chosen = turn.language_choice
    if chosen in LANGUAGES:
        state.lang, state.lang_chosen = chosen, True
    elif not state.lang_chosen and turn.language in LANGUAGES:
        clear = turn.language_confidence >= SWITCH_CONFIDENCE and len(turn.text.split()) >= SWITCH_WORDS
        if state.lang is None or clear:
            state.lang = turn.language
    return state.lang or "en"


def language_named(turn: Turn) -> Optional[str]:
    """The language a set_language message asks for ("en español por favor", "english please")."""
    text = turn.text.lower()
    if any(word in text for word in ("espa", "spanish", "castellano")):
        return "es"
    if any(word in text for word in ("ingl", "english")):
        return "en"
    return None
