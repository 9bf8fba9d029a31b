"""Safety for student messages (no Rasa imports): the crisis screen and its fixed replies.

normalize      the canonical text the screen reads
segment        words typed without spaces split again, one more spelling for the screen
vocabulary     word classes and phrase patterns the rules are built from
rules/         one module of rules per category
screen         screen(text): the deterministic first layer
replies        the fixed replies, written in code (staff cannot edit them)
"""
from careerbot.safety.engine import CATEGORIES, CRISIS_CATEGORIES, PRIORITY, ScreenResult
from careerbot.safety.normalize import normalize
from careerbot.safety.replies import reply_for
from careerbot.safety.screen import RULE_NAMES, screen

__all__ = ["CATEGORIES", "CRISIS_CATEGORIES", "PRIORITY", "RULE_NAMES", "ScreenResult", "normalize", "reply_for",
           "screen"]
