"""What a student means by an answer to the bot's two safety questions: the check-in ("Are you
thinking about hurting yourself?") and the follow-up ("Are you safe right now?").

The words come from the lexicon's cues (careerbot/lexicon/<lang>.yml: yes, hedge, no, okay, not_okay,
unsure), where a longer phrase wins over the shorter ones inside it ("not okay" is not "okay", "no sé"
is not "no"). The rules lean to safety, as a counselor would: to the check-in a half answer
("kinda", "sometimes", "no... well sometimes") is a yes; to "are you safe?" it is no answer, and the
bot asks again.
"""
import re
from typing import Optional, Set

from careerbot.conversation.turns import Turn

AT_RISK, FINE, UNSURE = "at_risk", "fine", "unsure"   # what the answer means (None: not an answer)
HURTING, SAFE, NOTHING = "hurting", "safe", "nothing"   # the question the bot asked last
# "no, estoy bien" is "no" and "i'm fine"; the term finder reads without punctuation ("no estoy bien": not fine)
_NO_THEN_STOP = re.compile(r"^\W*(?:no+|nah+|nope|nel)\s*[,.!;:]", re.IGNORECASE)


def _cues(turn: Turn) -> Set[str]:
    cues = turn.values("cue")
    if "not_okay" in cues and _NO_THEN_STOP.match(turn.text) and all(
            m.text.lower().startswith("no ") for m in turn.mentions if m.label == "cue" and m.value == "not_okay"):
        cues = (cues - {"not_okay"}) | {"no", "okay"}
    return cues


def meaning(turn: Turn, asked: str) -> Optional[str]:
    """AT_RISK, FINE, UNSURE or None for an answer to the question `asked` (HURTING, SAFE, or NOTHING
    right after a crisis reply, when only "i'm okay now" counts)."""
    cues = _cues(turn)
    flagged = turn.first("safety_category")
    denied = flagged is not None and flagged.value == "negated"   # "i'm not going to hurt myself"
    okay = ("okay" in cues or denied) and "not_okay" not in cues
    yes = "yes" in cues or (turn.intent == "affirm" and not cues)
    no = "no" in cues or (turn.intent == "deny" and not cues)
    hedge = "hedge" in cues
    if asked == HURTING:
        if "not_okay" in cues or (yes and not okay):
            return AT_RISK
        if okay:
            return FINE
        if hedge:
            return AT_RISK
        if no:
            return FINE
    elif asked == SAFE:
        if "not_okay" in cues or (no and not okay and not yes and not hedge):
            return AT_RISK
        if okay or (yes and not no and not hedge):
            return FINE
    elif okay:
        return FINE
    return UNSURE if cues & {"unsure", "hedge", "yes", "no"} else None
