"""What a student means by an answer to the bot's two safety questions: the check-in ("Are you
thinking about hurting yourself?") and the follow-up ("Are you safe right now?").

The words come from the lexicon's cues (careerbot/lexicon/<lang>.yml: yes, hedge, no, okay, not_okay,
not_now, unsure), where a longer phrase wins over the shorter ones inside it ("not okay" is not "okay", "no sé"
is not "no"). The rules lean to safety, as a counselor would: to the check-in a half answer
("kinda", "sometimes", "no... well sometimes") is a yes; to "are you safe?" it is no answer, and the
bot asks again. The first answer word leads ("sí, ya no tengo las pastillas" is a yes), a "but" after a
yes keeps it a yes ("yeah but i'm not gonna do anything"), and a message that is only "help" is at risk.
"""
import re
from typing import Optional, Set

from careerbot.conversation.turns import Turn
from careerbot.kb.model import strip_accents

AT_RISK, FINE, UNSURE = "at_risk", "fine", "unsure"   # what the answer means (None: not an answer)
HURTING, SAFE, NOTHING = "hurting", "safe", "nothing"   # the question the bot asked last
# "no, estoy bien" is "no" and "i'm fine"; the term finder reads without punctuation ("no estoy bien": not fine)
_NO_THEN_STOP = re.compile(r"^\W*(?:no+|nah+|nope|nel)\s*[,.!;:]", re.IGNORECASE)
# "si" without its accent is "if" as often as "yes": only the first word of the message is an answer
_SI_FIRST = re.compile(r"^\W*si\b", re.IGNORECASE)
# "seguro/segura" (safe, or sure) is read here, not from the lexicon: as part of a cue phrase it would hide
# "seguro" (a knowledge-base term: insurance) from the intent classifier's training examples, and moving two of
# them cost 1.5 points of held-out intent F1 (tests/test_safety_answers.py checks no answer phrase does).
# "no estoy segura" is "i'm not sure", unless it says where ("no estoy segura aquí": not safe here).
_PLACE = r"\W*(?:aqui|aca|en (?:mi |la |esta )?casa|ahora)"
_NOT_SURE = re.compile(r"\bno estoy (?:muy |tan )?segur[oa]\b(?!%s)" % _PLACE, re.IGNORECASE)
_NOT_SAFE = re.compile(r"\bno (?:estoy (?:muy |tan )?segur[oa]%s|me siento (?:muy |tan )?segur[oa])" % _PLACE,
                       re.IGNORECASE)
_SAFE = re.compile(r"(?<!no )\b(?:estoy|me siento) (?:muy |bien )?segur[oa]\b", re.IGNORECASE)
# "yes but i'm fine", "sí pero no voy a hacer nada": a yes, whatever follows it
_BUT_AFTER = re.compile(r"^\W*(?:but|pero|tho|though)\b", re.IGNORECASE)
# "nope, just lonely sometimes": the half answer describes something else, the answer is no
_JUST = re.compile(r"\b(?:just|only|solo|nomas|nomás|solamente)\b", re.IGNORECASE)
# the whole message asks for help: "help", "pls help me", "ayúdame"
_HELP = re.compile(r"^\W*(?:please |pls |plz |por favor )?(?:help|help me|ayuda|ayudame|ayúdame|socorro)"
                   r"(?: me| please| pls| por favor)?\W*$", re.IGNORECASE)
# drawn-out answers the term finder does not know: "noooo", "yesss", "siii"
_LONG_NO = re.compile(r"^\W*(?:n+o{2,}|n+a{2,}h*)\b", re.IGNORECASE)
_LONG_YES = re.compile(r"^\W*(?:y+e+s{2,}|y+e{2,}a*h*|s+i{2,})\b", re.IGNORECASE)
ANSWERS = ("yes", "no", "hedge", "not_now")
CUES = ANSWERS + ("okay", "not_okay", "unsure")   # the lexicon's answer words (careerbot/lexicon/<lang>.yml)


def _cues(turn: Turn) -> Set[str]:
    cues = {m.value for m in turn.mentions if m.label == "cue" and not _si_inside(m, turn.text)}
    if "not_okay" in cues and _NO_THEN_STOP.match(turn.text) and all(
            m.text.lower().startswith("no ") for m in turn.mentions if m.label == "cue" and m.value == "not_okay"):
        cues = (cues - {"not_okay"}) | {"no", "okay"}
    folded = strip_accents(turn.text)
    if _NOT_SAFE.search(folded):
        cues = (cues - {"no"}) | {"not_okay"}
    elif _NOT_SURE.search(folded):
        cues = (cues - {"no"}) | {"hedge"}
    elif _SAFE.search(folded):
        cues = cues | {"okay"}
    return cues


def _si_inside(mention, text: str) -> bool:
    """ "¿qué pasa si digo que no?": an unaccented "si" inside the message, not the answer "sí"."""
    return mention.text.lower() == "si" and "sí" not in text.lower() and not _SI_FIRST.match(text)


def _lead(turn: Turn, cues: Set[str]) -> str:
    """The first answer word: "sí, ya no tengo las pastillas" answers yes; what follows explains."""
    first = next((m for m in turn.mentions if m.label == "cue" and m.value in ANSWERS and m.value in cues
                  and not _si_inside(m, turn.text)), None)
    return first.value if first else ""


def _yes_but(turn: Turn) -> bool:
    """A yes followed by "but": "yeah but im not gonna do anything", "sí pero no voy a hacer nada"."""
    text = strip_accents(turn.text.lower())
    for mention in turn.mentions:
        if mention.label == "cue" and mention.value == "yes" and not _si_inside(mention, turn.text):
            at = text.find(strip_accents(mention.text.lower()))
            if at >= 0 and _BUT_AFTER.match(text[at + len(mention.text):]):
                return True
    return False


def meaning(turn: Turn, asked: str) -> Optional[str]:
    """AT_RISK, FINE, UNSURE or None for an answer to the question `asked` (HURTING, SAFE, or NOTHING
    right after a crisis reply, when only "i'm okay now" counts). Only the student's words count, or a
    button: the intent model's "affirm" or "deny" for a typed message ("pass", "can we not") is no answer."""
    cues = _cues(turn)
    clicked = turn.text.startswith("/")
    if clicked:
        cues |= {"yes"} if turn.intent == "affirm" else {"no"} if turn.intent == "deny" else set()
    elif _LONG_NO.match(turn.text):
        cues |= {"no"}
    elif _LONG_YES.match(turn.text):
        cues |= {"yes"}
    flagged = turn.first("safety_category")
    denied = flagged is not None and flagged.value == "negated"   # "i'm not going to hurt myself"
    okay = ("okay" in cues or denied) and "not_okay" not in cues
    yes, no, hedge, unsure = "yes" in cues, "no" in cues, bool(cues & {"hedge", "not_now"}), "unsure" in cues
    if "not_okay" in cues or (not clicked and _HELP.match(turn.text)):
        return AT_RISK
    if asked == HURTING:
        if yes and (not okay or _yes_but(turn)):
            return AT_RISK
        if okay or (no and (not hedge or _JUST.search(turn.text))):
            return FINE
        if hedge:
            return AT_RISK
    elif asked == SAFE:
        lead = _lead(turn, cues) or ("yes" if yes else "no" if no else "")
        if "not_now" in cues or (lead == "no" and not okay):
            return AT_RISK
        if okay or (lead == "yes" and not hedge and not unsure):
            return FINE
    elif okay:
        return FINE
    return UNSURE if unsure or yes or no or hedge else None


# A request to start over says so first: "can we start over", "let's restart", "empecemos de nuevo"; "it started
# again this week" (read as the same words) is no request, least of all after a safety question.
_RESTART_REQUEST = re.compile(
    r"^\W*(?:(?:can|could|may) (?:we|u|you|i) |let'?s |lets |i (?:want|wanna|would like|need) (?:to )?|please |pls |"
    r"plz |just |ok |okay |podemos |quiero |por favor )*(?:start|restart|reset|begin|redo|new|clear|wipe|erase|"
    r"forget|empez|empec|comenz|reinici|borr|volv|olvid|limpi|nuev)", re.IGNORECASE)


def asks_for_a_restart(text: str) -> bool:
    return text.startswith("/") or bool(_RESTART_REQUEST.match(text))
