"""One decision per message from the two layers: the deterministic screen and the learned model.

Recall comes first. The screen's disclosures always count; the model adds what no pattern wrote
down. A bare topic word the screen knows ("suicide", "abuse", "overdose") is weighed by the model:
in a book report or a question about crisis work it is no alarm, said with distress it is. Between
"crisis" and "none" there is a check-in: a warm, direct question, for messages that worry but are
unclear, and for jokes about dying ("i want to die lol"). A message that says the student is *not*
in crisis ("i'm not suicidal, just stressed") gets a supportive acknowledgement.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, Optional

from careerbot.safety.classifier import NEGATIVE, crisis_and_concern
from careerbot.safety.engine import CRISIS_CATEGORIES, PRIORITY
from careerbot.safety.negation import without_denials
from careerbot.safety.normalize import prepare
from careerbot.safety.screen import RULES, is_career_throughout, screen

CRISIS, CHECK_IN, NEGATED, SUPPORT, NONE = "crisis", "checkin", "negated", "support", "none"

# "lol", "jk", "jaja", 💀: a joke about dying still gets the check-in question, not the crisis reply.
JOKE = re.compile(r"(?:\b(?:lol|lmao|lmfao|rofl|jk|jaja\w*|jeje\w*|haha\w*|xd|just kidding|kidding|bromeando|"
                  r"es broma|no es cierto)\b|\U0001f480|\U0001f602|\U0001f923)")
# Screen rules mild enough that a joke marker turns them into a check-in.
SHORT_WORDS = 3
MILD_RULES = frozenset({"self_harm.kms", "self_harm.want_to_die", "self_harm.es_want_to_die", "self_harm.unalive"})
# Screen rules that fire on a topic word or on someone else ("they killed themselves" in a novel): the
# model weighs them; first-person disclosure rules are never overruled.
WEIGHED_RULES = frozenset(rule.name for rule in RULES if rule.topic) | {"self_harm.third_person"}
ASK_RULES = frozenset(rule.name for rule in RULES if rule.ask)


@dataclass(frozen=True)
class Thresholds:
    crisis: float = 0.80            # the model alone gives the crisis reply at or above this
    check_in: float = 0.45          # crisis + concern probability at or above this: ask
    career: float = 0.95            # the same two bars for a career question about crisis work
    career_check_in: float = 0.80
    topic: float = 0.30             # a screen topic word gives the crisis reply when the model's crisis
                                    # probability reaches this (a check-in from half of it)
    short: float = 0.70             # the lowest bar for a message of SHORT_WORDS words or fewer ("no",
                                    # "idk", "goodbye for now"): too little for the model to go on
    spread: float = 0.65            # everything but "negative" at or above this asks too: the model sure it
                                    # is some worry, split on which

    def as_config(self) -> Dict[str, float]:
        """The SafetyOverride settings in config.yml: crisis_threshold, check_in_threshold, ..."""
        return {name + "_threshold": value for name, value in self.__dict__.items()}

    @classmethod
    def from_config(cls, config: Dict) -> Thresholds:
        defaults = cls().as_config()
        return cls(**{key[:-len("_threshold")]: float(config.get(key, value)) for key, value in defaults.items()})


@dataclass(frozen=True)
class Assessment:
    level: str                      # crisis, checkin, negated, support (bullying, harassment) or none
    category: Optional[str] = None  # the reply to give: a crisis category, "checkin", "negated", ...
    source: str = ""                # which rule or layer decided, for logs (never message text)


@dataclass(frozen=True)
class Reading:
    """What the screen and the word patterns find in a message; no thresholds involved."""
    screened: Optional[str]         # the screen's category of what is left after denials
    rule: Optional[str]
    denied: bool                    # the message says the student is not at risk
    joking: bool
    career: bool                    # about careers or schoolwork, every clause of it
    short: bool                     # SHORT_WORDS words or fewer


def read(text: str) -> Reading:
    prepared = prepare(text or "")
    rest, denied = without_denials(prepared)
    found = screen(rest)
    return Reading(found.category, found.rule, denied, bool(JOKE.search(prepared)), is_career_throughout(rest),
                   len(prepared.split()) <= SHORT_WORDS)


def assess(text: str, probabilities: Optional[Dict[str, float]] = None,
           thresholds: Thresholds = Thresholds()) -> Assessment:
    """The decision for one message. `probabilities` are the model's for the same message
    (careerbot.safety.classifier: it reads the message with denials blanked too); without them the
    screen alone decides, as strictly as before the model existed."""
    return decide(read(text), probabilities, thresholds)


def decide(reading: Reading, probabilities: Optional[Dict[str, float]], thresholds: Thresholds) -> Assessment:
    category, crisis_p, concern_p = crisis_and_concern(probabilities or {})
    if reading.screened in CRISIS_CATEGORIES:
        if probabilities and reading.rule in WEIGHED_RULES:
            weighed = _weigh_topic(reading.screened, category, crisis_p, concern_p, thresholds)
            if weighed:
                return weighed
        elif reading.joking and reading.rule in MILD_RULES and crisis_p < thresholds.crisis:
            return Assessment(CHECK_IN, "checkin", "screen:%s+joke" % reading.rule)
        elif reading.rule in ASK_RULES and crisis_p < thresholds.crisis:
            return Assessment(CHECK_IN, "checkin", "screen:%s" % reading.rule)
        elif crisis_p >= thresholds.crisis and PRIORITY.index(category) < PRIORITY.index(reading.screened):
            # The screen saw one side and the model, sure, a more serious one: "i havent eaten in days, mom
            # hasnt been home since friday" is neglect (Childhelp) before it is an eating problem.
            return Assessment(CRISIS, category, "screen:%s+model" % reading.rule)
        else:
            return Assessment(CRISIS, reading.screened, "screen:%s" % reading.rule)
    elif reading.screened:
        # Bullying can come with a weapon or a threat back ("they said they'll jump me and one has a knife",
        # "if he shoves me again im bringing my dads gun"): a sure model makes it the crisis reply.
        if crisis_p >= thresholds.crisis and not reading.career and not reading.joking:
            return Assessment(CRISIS, category, "screen:%s+model" % reading.rule)
        return Assessment(SUPPORT, reading.screened, "screen:%s" % reading.rule)
    if not probabilities:
        return Assessment(NEGATED, "negated", "denial") if reading.denied else Assessment(NONE)
    floor = thresholds.short if reading.short else 0.0
    if crisis_p >= max(floor, thresholds.career if reading.career else thresholds.crisis) and not reading.joking:
        return Assessment(CRISIS, category, "model")
    if crisis_p + concern_p >= max(floor, thresholds.career_check_in if reading.career else thresholds.check_in):
        return Assessment(CHECK_IN, "checkin", "model")
    # "my girlfriend makes me share my location and throws stuff at me": sexual abuse 0.28, abuse 0.18, violence
    # 0.17 ... no category reaches the bar, but together they leave "negative" little.
    if not reading.career and 1.0 - probabilities.get(NEGATIVE, 0.0) >= max(floor, thresholds.spread):
        return Assessment(CHECK_IN, "checkin", "model:spread")
    if reading.denied:
        return Assessment(NEGATED, "negated", "denial")
    return Assessment(NONE)


def _weigh_topic(screened: str, modelled: str, crisis_p: float, concern_p: float,
                 thresholds: Thresholds) -> Optional[Assessment]:
    """A topic word the screen found, weighed by the model: None when the model sees no worry."""
    if crisis_p >= thresholds.topic:
        return Assessment(CRISIS, screened if modelled in (screened, "") else modelled, "screen+model")
    if crisis_p + concern_p >= thresholds.topic / 2:
        return Assessment(CHECK_IN, "checkin", "screen+model")
    return None
