"""What a message says the student is *not* doing or feeling ("i'm not suicidal, just stressed",
"nobody is hurting me", "no me voy a hacer daño"), and figurative phrases ("to die for"): blanked
before the screen and the learned layer read the rest, so they answer what is left.

Only first-person statements count, and the denied thing must be a crisis word within four words
of the denial. "Nobody would care if i died" and "i can't stop thinking about suicide" are not
denials, so they stay as written.
"""
from __future__ import annotations

import re
from typing import Tuple

from careerbot.safety.vocabulary import FIGURATIVE, MYSELF

_DENIAL = (
    r"\b(?:(?:im|i am|i m) not|(?:im|i am|i m) never|i (?:dont|do not|didnt|did not|wont|will not|would never|"
    r"wouldnt|would not|never|have never|havent|have not|aint)|not (?:trying|going|planning|gonna|about)|"
    r"(?:nobody|no one|noone) (?:is|has|ever|has ever|was)?|nothing (?:is|bad is)|"
    r"no (?:quiero|voy a|pienso|estoy|tengo|me voy a|me quiero|planeo)|yo no|nadie me|nunca (?:me|he|voy)|"
    r"no era en serio(?: lo de)?)"
)
# Words that make a "not" part of something else: "can't stop thinking about it", "not sure i want to live".
_NOT_A_DENIAL = r"(?! (?:stop|help|wait|handle|take|deal|keep|go on|sure|see|find|get|care|want to live|wanna live))"
_DENIED = (
    r"(?:suicid\w*|kill(?:ing)? " + MYSELF + r"|hurt(?:ing)? (?:" + MYSELF + r"|me|anyone|anybody|someone|people)|"
    r"harm(?:ing)? " + MYSELF + r"|self ?harm\w*|unaliv\w*(?: " + MYSELF + r")?|(?:to )?die|dying|depressed|"
    r"abus\w*|in (?:any )?danger|in (?:a )?crisis|those (?:kinds of )?thoughts|do anything (?:to " + MYSELF
    + r"|stupid)|(?:being )?serious|matarme|suicidarme|morirme|morir|hacerme dano|lastimarme|deprimid[oa]|"
    r"en peligro|pensamientos (?:de|feos|malos)|(?:me )?(?:hace|hacen|pega|pegan|lastima|lastiman) dano|"
    r"me (?:pega|pegan|lastima|lastiman|hace|hacen)|en serio)"
)
DENIAL_RE = re.compile(_DENIAL + _NOT_A_DENIAL + r"(?: \w+){0,4}? " + _DENIED + r"\b")
# A student telling of self-harm in the past, now well ("i used to cut but i've been clean for 2 years").
RECOVERY_RE = re.compile(r"\b(?:used to|back in|last year i|years ago i|solia|antes me)\b.{0,80}\b(?:clean|recovered|"
                         r"in recovery|doing (?:really |a lot )?(?:well|good|better)|better now|ya estoy bien|"
                         r"ya no lo hago)\b")
FIGURATIVE_RE = re.compile(FIGURATIVE)


def without_denials(prepared: str) -> Tuple[str, bool]:
    """The prepared text with denied crisis words and figurative phrases blanked, and whether
    anything was denied."""
    denied = bool(DENIAL_RE.search(prepared) or RECOVERY_RE.search(prepared))
    text = DENIAL_RE.sub(" ", prepared)
    text = RECOVERY_RE.sub(" ", text)
    return " ".join(FIGURATIVE_RE.sub(" ", text).split()), denied
