"""What a student means by an answer to the bot's two safety questions: the check-in ("Are you
thinking about hurting yourself?", HURTING) and the follow-up ("Are you safe right now?", SAFE).

The words are the lexicon's answer cues (careerbot/lexicon/<lang>.yml, lexicon.ANSWER_CUES), where a
longer phrase wins over the shorter ones inside it ("no sé" is not "no"), plus a few patterns read here
(a negated "okay", "i pretend i'm fine", "seguro"). Each answer becomes signals, and one table decides,
leaning to safety as a counselor would:

| signal                                            | HURTING  | SAFE     |
|---------------------------------------------------|----------|----------|
| not okay, fear, "help", "988 is useless", a worry the layers found | at risk | at risk |
| thinking about it, a plan ("all the time")        | at risk  | at risk  |
| yes ("yeah", "sí")                                | at risk  | fine, unless a no, a half answer or "but" comes too |
| not now ("not rn", "hoy no")                      | at risk  | at risk  |
| half answer ("kinda", "no but", "ok 🙃", "4 now")  | at risk, unless the message names a career topic | unsure |
| unsure ("idk", "never mind")                      | unsure   | unsure   |
| okay, no, a denial the screen found               | fine     | okay: fine; no: at risk; both: unsure |
| taking it back ("jk", "era broma")                | fine     | nothing  |

A "yes" or "no" counts only among the first words or in a short message: "no quiero vivir" and "no aguanto
más" are no answers (the safety layers read them). Right after a crisis reply (NOTHING asked yet) only a
plain "i'm okay", alone or beside a yes or no ("yes im safe now", "lol no i meant the game, im fine"), is fine.
There, a worry the safety layers found beside a plain okay makes it a half answer (the bot asks whether
they are safe). An "okay" after "if" or "when" is a condition, no answer ("will i get in trouble if i call").
"""
import re
from dataclasses import dataclass
from typing import List, Optional, Set

from careerbot.conversation.turns import Turn
from careerbot.kb.model import strip_accents
from careerbot.mention import Mention

AT_RISK, FINE, UNSURE = "at_risk", "fine", "unsure"   # what the answer means (None: not an answer)
HURTING, SAFE, NOTHING = "hurting", "safe", "nothing"   # the question the bot asked last

_OKAY = r"(?:ok|okay|fine|good|great|alright|all right|safe|well|better|bien|mejor|tranquil[oa]|tranqui|a salvo)"
_ME = r"(?:i'?m|im|i am|i was|i be|i feel|i'?m feeling|estoy|este|me siento)"
# "im not okay", "not doing well", "i dont feel safe", "no estoy bien", "nunca me siento bien" (but "no im fine"
# and "no, estoy bien" answer no; "never been better" is fine)
_NOT_OKAY = re.compile(r"\b(?:not|nunca|dont feel|don't feel|do not feel|aint|ain't|"
                       r"no(?=\s+(?:estoy|me siento|ando)))\s+"
                       r"(?:(?:really|very|that|so|even|feeling|doing|any|too|all|quite|estoy|me siento|ando)\s+){0,2}"
                       + _OKAY + r"\b")
# "i pretend im fine", "everyone thinks im okay", "i wish i was okay", "i dont think im safe"
_SEEMING_OKAY = re.compile(r"\b(?:wish|pretend|act like|acting like|thinks|supposed to be|should be|seem|dont think|"
                           r"don't think|do not think|no creo que)\s+(?:that\s+|que\s+)?" + _ME + r"\s+(?:\w+\s+)?"
                           + _OKAY + r"\b")
# "idk if im safe", "not sure if im okay", "no sé si estoy bien"
_MAYBE_OKAY = re.compile(r"\b(?:idk|i dont know|i don't know|dunno|not sure|unsure|no se|no lo se)\s+(?:if|whether|si)"
                         r"\s+" + _ME + r"\s+(?:\w+\s+)?" + _OKAY + r"\b")
# "no, estoy bien" is "no" and "i'm fine" (the term finder reads without punctuation: "no estoy bien")
_NO_THEN_STOP = re.compile(r"^\W*(?:no+|nah+|nope|nel)\s*[,.!;:]+\s*(?!\s|no\b|not\b|nunca\b|never\b)")
# "seguro/segura" (safe, or sure) is read here: inside a cue phrase it would hide "seguro" (a knowledge-base
# term, insurance) from the intent classifier's examples; moving two of them cost 1.5 points of held-out F1
# (tests/test_safety_answers.py checks no answer phrase hides a term). "no estoy segura" is "i'm not sure",
# unless it says where ("no estoy segura aquí": not safe here).
_PLACE = r"\W*(?:aqui|aca|en (?:mi |la |esta )?casa|ahora)"
_NOT_SURE = re.compile(r"\bno estoy (?:muy |tan )?segur[oa]\b(?!%s)" % _PLACE)
_NOT_SAFE = re.compile(r"\bno (?:estoy (?:muy |tan )?segur[oa]%s|me siento (?:muy |tan )?segur[oa])" % _PLACE)
_SAFE = re.compile(r"(?<!no )\b(?:estoy|me siento) (?:muy |bien )?segur[oa]\b")
# "si" without its accent is "if" as often as "yes": an answer only first, or after a filler ("ps si")
_SI_FIRST = re.compile(r"^\W*(?:(?:ps|pos|pues|ok|okay|este|bueno|mm+|eh+|ah+|la neta|la verdad|creo que)\W+)*si\b")
# "sí, ya no tengo las pastillas": the answer comes first, the rest explains ("yeah no" is no answer)
_YES_THEN_STOP = re.compile(r"^\W*(?:yes+|yeah|yea|yep|yup|ye|si|simon|sip|claro(?: que si)?)\s*[,.!;:]+")
_BUT_AFTER = re.compile(r"^\W*(?:but|pero|tho|though|aunque)\b")   # "yeah but...", "no but i have before"
# a cry for help ("help", "someone help me", "necesito ayuda"), not "can you help me find trade schools"
_HELP = re.compile(r"^\W*(?:please |pls |plz |por favor )?(?:help|help me|i need help|need help|someone help(?: me)?|"
                   r"ayuda|ayudame|necesito ayuda|socorro)(?: please| pls| now| ahora| por favor)?\W*$"
                   r"|(?<!no )(?<!dont )(?<!don't )\b(?:i need help|someone help me|necesito ayuda)\b"
                   r"(?!\s+(?:with|to|finding|choosing|picking|deciding|con|para|en))")
_THINK_LAST = re.compile(r"\bi (?:think|guess)\W*$")   # "im safe i think"
# "im good... not", "estoy bien 🙃": an okay taken back, or said with a sad or upside-down face
_OKAY_NOT = re.compile(r"\b(?:ok|okay|fine|good|great|bien)\W+(?:not|not really|nah|no|jk)\W*$")
_SAD_FACE = re.compile("[\U0001f643\U0001f62d\U0001f614\U0001f61e\U0001f622\U0001f972\U0001f625\U0001f613]")
# a knife, pill, rope, gun, drop of blood, coffin or headstone
_MEANS_EMOJI = re.compile("[\U0001f52a\U0001f48a\U0001faa2\U0001fa78\u26b0\U0001faa6\U0001f52b]")
# "no, a bit tired", "no, algo estresada": the half-answer word measures a feeling, it is no answer
_FEELING_AFTER = re.compile(r"^\W*(?:tired|stressed|sad|bored|anxious|nervous|worried|sleepy|sick|cansad[oa]|"
                            r"estresad[oa]|aburrid[oa]|triste|nervios[oa]|preocupad[oa]|enferm[oa])\b")
# "not scared anymore", "ya no tengo miedo", "no estoy en peligro": fear words denied
_FEAR_DENIED = re.compile(r"(?:\bnot|n't|\bnt|\bno|\bnunca|\bnever|\bdont feel|\bdon't feel)\s+(?:\w+\s+)?$")
_CONDITION_BEFORE = re.compile(r"\b(?:if|when|whether|until|unless|once|si|cuando|hasta que)\s+$")
# turning the help down: "im fine 988 is useless", "that wont help", "no me va a ayudar", "no sirve de nada"
_REJECTS_HELP = re.compile(
    r"\b(?:988|741741|hotlines?|crisis lines?|that number|those numbers|the number|calling|texting|therapy|"
    r"therapists?|counselors?|talking|it|that|they|them|this)\b(?:\s+\w+)?\s+(?:(?:is|are|s|was|were|feels)\s+"
    r"(?:so\s+|kinda\s+|just\s+)?(?:useless|pointless|worthless|a joke|stupid|dumb|trash|garbage)|"
    r"(?:wont|won't|will not|doesnt|doesn't|didnt|didn't|dont|don't|never|cant|can't|aint|ain't)\s+"
    r"(?:even\s+|really\s+)?(?:help|helps|helped|work|works|worked|do anything|fix anything|change anything|care|"
    r"understand|answer))\b"
    r"|\bno (?:me )?(?:sirve|sirven|ayuda|ayudan|va a (?:ayudar|servir)|van a (?:ayudar|servir)|funciona)\b"
    r"|\b(?:es|son) (?:una )?(?:basura|inutil(?:es)?|una perdida de tiempo)\b"
    # or pushing the bot away: "im fine just leave me alone", "estoy bien, ya dejame en paz"
    r"|\b(?:leave me alone|stop asking|drop it|go away|shut up|i dont want to talk about it|i don't want to talk "
    r"about it|dont wanna talk about it|don't wanna talk about it|dejame en paz|dejame sol[oa]|dejenme en paz|"
    r"ya callate|no quiero hablar de eso|no quiero hablar|deja de preguntar)\b")
# "no" that negates what follows is no answer: "no quiero vivir", "no aguanto más", "no one would notice"
_NEGATING_NO = re.compile(r"no\s+(?:me|te|se|le|lo|la|les|nos|quiero|puedo|aguanto|soporto|tengo|tiene|vale|sirvo|hay|"
                          r"voy|creo que|veo|siento|duermo|como|hago|pienso|encuentro|one|body|point|reason|hope|"
                          r"future|more|longer|matter|use)\b")
# an answer word counts where answers are: among the first words, or in a short message ("he said no" is no answer)
ANSWER_WINDOW = 3
SHORT_ANSWER = 4
# Wanting to but lacking the nerve is no "no": "never. i'm not that brave", "no tengo el valor".
_LACKS_NERVE = re.compile(
    r"\b(?:not (?:that brave|brave enough|strong enough to)|too (?:scared|chicken|much of a coward|afraid) to (?:do it|"
    r"go through|actually)|(?:dont|do not) have the (?:guts|courage|balls|nerve)|(?:im|i am) (?:a|too much of a) "
    r"coward|no tengo (?:el )?valor|me falta (?:el )?valor|no me atrevo|me da miedo hacerlo|soy (?:un|una) cobarde)\b")
_LONG_NO = re.compile(r"^\W*(?:n+o{2,}|n+a{2,}h*)\b")   # drawn-out answers the term finder does not know
_LONG_YES = re.compile(r"^\W*(?:y+e+s{2,}|y+e{2,}a*h*|s+i{2,})\b")


@dataclass
class Signals:
    yes: bool
    no: bool
    okay: bool
    not_okay: bool
    thinks_about: bool  # "all the time", "i have a plan": a yes to the check-in, no sign of being safe
    not_now: bool
    half: bool          # a half answer: "kinda", "sometimes", "no but...", "i'm okay but..."
    unsure: bool
    yes_but: bool       # "yeah but i won't do anything"
    yes_first: bool     # "sí, ya no tengo las pastillas": a yes, then an explanation
    retracted: bool     # "jk", "era broma": a no to the check-in, nothing to "are you safe?"
    help: bool          # "help", "necesito ayuda"


def read_signals(turn: Turn, asked: str = NOTHING) -> Signals:
    raw = turn.text.lower()
    text = strip_accents(raw)
    clicked = text.startswith("/")   # a button: its intent is the answer
    mentions = [m for m in turn.mentions if m.label == "cue" and _is_answer_word(m, raw, text)]
    cues = _cues(turn, mentions, text, clicked)
    flagged = turn.first("safety_category")
    denied = flagged is not None and flagged.value == "negated"   # "i'm not going to hurt myself"
    # A worry the safety layers found: not okay. Right after a crisis reply, beside a plain "i'm okay" ("im good
    # now, i went for a walk and calmed down"), the learned layer may be reading the story, so the okay becomes a
    # half answer and the bot asks "are you safe right now?"; the answer to that question it takes as not okay.
    checkin_flag = flagged is not None and flagged.value == "checkin"
    stated_okay = "okay" in cues and not clicked and asked == NOTHING
    worrying = (checkin_flag and not stated_okay) or bool(_MEANS_EMOJI.search(raw))
    typed_not_okay = not clicked and bool(
        _SEEMING_OKAY.search(text) or _OKAY_NOT.search(text) or _REJECTS_HELP.search(text)
        or (_NOT_OKAY.search(text) and not _NO_THEN_STOP.match(text)))
    half = "hedge" in cues or (checkin_flag and stated_okay) or bool(
        _THINK_LAST.search(text) or _SAD_FACE.search(raw)) or any(
        _followed_by_but(mentions, value, text) for value in ("no", "okay"))   # "no but i have before"
    return Signals(yes="yes" in cues, no="no" in cues, okay="okay" in cues or denied,
                   not_okay=bool(cues & {"not_okay", "afraid"}) or typed_not_okay or worrying,
                   thinks_about="thinks_about" in cues or bool(_LACKS_NERVE.search(text)), not_now="not_now" in cues,
                   half=half,
                   unsure="unsure" in cues or bool(_MAYBE_OKAY.search(text)),
                   yes_but=_followed_by_but(mentions, "yes", text), yes_first=bool(_YES_THEN_STOP.match(text)),
                   retracted="retract" in cues,
                   help=not clicked and bool(_HELP.search(text)))


def _is_answer_word(mention: Mention, raw: str, text: str) -> bool:
    """Whether a cue the term finder found answers the question here."""
    at = _at(mention, text)
    if mention.value in ("yes", "no"):   # "si" as "if", "no quiero vivir", "he said no"
        return not _si_inside(mention, raw) and _where_answers_are(mention, text)
    if mention.value == "afraid":   # "not scared anymore"
        return not _FEAR_DENIED.search(text[:max(0, at)])
    if mention.value == "okay":   # "will i get in trouble if i call", "cuando esté bien": a condition, no answer
        return at < 0 or not _CONDITION_BEFORE.search(text[:at])
    if mention.value == "hedge":   # "no, a bit tired"
        return at < 0 or not _FEELING_AFTER.match(text[at + len(mention.text):])
    return True


def _cues(turn: Turn, mentions: List[Mention], text: str, clicked: bool) -> Set[str]:
    """The answer cues, with what the term finder cannot see: a button, "noooo", punctuation, "seguro"."""
    cues = {m.value for m in mentions}
    if clicked:
        cues |= {"yes"} if turn.intent == "affirm" else {"no"} if turn.intent == "deny" else set()
    elif _LONG_NO.match(text):
        cues.add("no")
    elif _LONG_YES.match(text):
        cues.add("yes")
    if "not_okay" in cues and _NO_THEN_STOP.match(text) and all(   # "no, estoy bien", not "no, tengo miedo"
            m.text.lower().startswith("no ") for m in mentions if m.value == "not_okay"):
        cues = (cues - {"not_okay"}) | {"no", "okay"}
    if _NOT_SAFE.search(text):
        cues = (cues - {"no"}) | {"not_okay"}
    elif _NOT_SURE.search(text):
        cues = (cues - {"no"}) | {"hedge"}
    elif _SAFE.search(text):
        cues.add("okay")
    return cues


def meaning(turn: Turn, asked: str, about_careers: bool = False) -> Optional[str]:
    """AT_RISK, FINE, UNSURE or None (no answer) for the student's answer to the question `asked`:
    HURTING, SAFE, or NOTHING right after a crisis reply. `about_careers`: the message names a career
    topic, so its half-answer words ("again", "kinda") and "help" are about that, not an answer."""
    s = read_signals(turn, asked)
    half = s.half and not about_careers
    if s.not_okay or (s.help and not about_careers):
        return AT_RISK
    if s.thinks_about and asked != NOTHING:
        return AT_RISK
    if asked == HURTING:
        if s.yes or s.not_now or half:
            return AT_RISK
        if s.unsure:
            return UNSURE
        return FINE if s.okay or s.no or s.retracted else None
    if asked == SAFE:
        if s.not_now or (s.no and not (s.yes or s.okay)):
            return AT_RISK
        if s.unsure or half or s.yes_but or (s.no and not s.yes_first):
            return UNSURE
        return FINE if s.okay or s.yes else None
    # "yes im safe now", "lol no i meant the game, im fine": a yes or no beside the okay clears it up
    calm = s.okay and not (s.yes_but or s.thinks_about or s.not_now or half or s.unsure or s.retracted)
    return FINE if calm else None


def _si_inside(mention: Mention, raw: str) -> bool:
    """ "¿qué pasa si digo que no?": an unaccented "si" inside the message, not the answer "sí"."""
    return strip_accents(mention.text.lower()) == "si" and "sí" not in raw and not _SI_FIRST.match(
        strip_accents(raw))


def _at(mention: Mention, text: str) -> int:
    """Where the mention's words are in the lowercased, accent-free message (-1 if not found as typed)."""
    return text.find(strip_accents(mention.text.lower()))


def _where_answers_are(mention: Mention, text: str) -> bool:
    at = _at(mention, text)
    if at >= 0 and mention.value == "no" and _NEGATING_NO.match(text, at):
        return False
    return len(text.split()) <= SHORT_ANSWER or (at >= 0 and len(text[:at].split()) < ANSWER_WINDOW)


def _followed_by_but(mentions, value: str, text: str) -> bool:
    """Whether an answer word of this kind is followed by "but": "yeah but...", "no pero..."."""
    for mention in mentions:
        if mention.value == value:
            at = _at(mention, text)
            if at >= 0 and _BUT_AFTER.match(text[at + len(mention.text):]):
                return True
    return False
