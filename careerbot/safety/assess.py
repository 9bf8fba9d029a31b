"""One decision per message from the two layers: the deterministic screen and the learned model.

Recall comes first. The screen's disclosures always count; the model adds what no pattern wrote
down. Between "crisis" and "none" there is a check-in: a warm, direct question, for messages that
worry but are unclear, and for jokes about dying ("i want to die lol"). A message that says the
student is *not* in crisis ("i'm not suicidal, just stressed") gets a supportive acknowledgement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Optional

from careerbot.safety.classifier import crisis_and_concern
from careerbot.safety.engine import CRISIS_CATEGORIES
from careerbot.safety.normalize import prepare
from careerbot.safety.screen import is_career_framed, screen

CRISIS, CHECK_IN, NEGATED, SUPPORT, NONE = "crisis", "checkin", "negated", "support", "none"

# "lol", "jk", "jaja", 💀: a joke about dying still gets the check-in question, not the crisis reply.
JOKE = re.compile(r"(?:\b(?:lol|lmao|lmfao|rofl|jk|jaja\w*|jeje\w*|haha\w*|xd|just kidding|kidding|bromeando|"
                  r"es broma|no es cierto)\b|\U0001f480|\U0001f602|\U0001f923)")
# Statements that the student is *not* at risk; what they negate is blanked before re-screening.
NEGATION = re.compile(
    r"\b(?:im|i am|i m) not (?:suicidal|going to (?:hurt|kill) my ?self|thinking (?:about|of) (?:suicide|"
    r"killing my ?self|hurting my ?self)|depressed or anything|in (?:any )?danger)\b"
    r"|\bi (?:dont|do not|would never|wont|will not) (?:want to|wanna|ever )?(?:die|kill my ?self|hurt my ?self|"
    r"harm my ?self)\b"
    r"|\bnot (?:like )?(?:suicidal|in a bad place)\b"
    r"|\bno (?:quiero|voy a|pienso) (?:hacerme dano|matarme|suicidarme|morirme|lastimarme)\b"
    r"|\bno estoy pensando en (?:suicidarme|matarme|hacerme dano)\b")
# Screen rules mild enough that a joke marker turns them into a check-in.
MILD_RULES = frozenset({"self_harm.kms", "self_harm.want_to_die", "self_harm.es_want_to_die", "self_harm.unalive"})


@dataclass(frozen=True)
class Thresholds:
    crisis: float = 0.80            # the model alone gives the crisis reply at or above this
    check_in: float = 0.45          # crisis + concern probability at or above this: ask
    career: float = 0.95            # the same two bars for a career question about crisis work
    career_check_in: float = 0.80


@dataclass(frozen=True)
class Assessment:
    level: str                      # crisis, checkin, negated, support (bullying, harassment) or none
    category: Optional[str] = None  # the reply to give: a crisis category, "checkin", "negated", ...
    source: str = ""                # which rule or layer decided, for logs (never message text)


def assess(text: str, probabilities: Optional[Dict[str, float]] = None,
           thresholds: Thresholds = Thresholds()) -> Assessment:
    prepared = prepare(text or "")
    negated = bool(NEGATION.search(prepared))
    rest = NEGATION.sub(" ", prepared) if negated else prepared
    found = screen(rest)
    joking = bool(JOKE.search(prepared))
    category, crisis_p, concern_p = crisis_and_concern(probabilities or {})
    if found.category in CRISIS_CATEGORIES:
        if joking and found.rule in MILD_RULES and crisis_p < thresholds.crisis:
            return Assessment(CHECK_IN, "checkin", "screen:%s+joke" % found.rule)
        return Assessment(CRISIS, found.category, "screen:%s" % found.rule)
    if negated:
        return Assessment(NEGATED, "negated", "negation")
    if found.category:
        return Assessment(SUPPORT, found.category, "screen:%s" % found.rule)
    if not probabilities:
        return Assessment(NONE)
    career = is_career_framed(rest)
    if crisis_p >= (thresholds.career if career else thresholds.crisis) and not joking:
        return Assessment(CRISIS, category, "model")
    if crisis_p + concern_p >= (thresholds.career_check_in if career else thresholds.check_in):
        return Assessment(CHECK_IN, "checkin", "model")
    return Assessment(NONE)
