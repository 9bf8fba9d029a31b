"""Insults aimed at the bot, strong profanity and slurs: a boundary reply."""
from __future__ import annotations

import codecs
import re

from careerbot.safety.engine import RuleSet

rules = RuleSet("harassment")

# Slurs are stored ROT13-encoded so the words never appear as-is in the source tree (a school
# project); they are decoded once at import. They are matched, never echoed.
_SLURS = [codecs.decode(w, "rot13") for w in (
    "avttre avttn snttbg snt ergneq genaal puvax fcvp xvxr jrgonpx qlxr tbbx ornare pbba "
    "gbjryurnq enturnq"
).split()]
_SLUR_RE = r"\b(?:" + "|".join(re.escape(w) for w in _SLURS) + r")(?:s|z|es|ed|ing|y)?\b"

_YOU = (
    r"(?:you|u|ya|ur|youre|your|you are|you r|u r|u are|ur a|youre a|your a|you re|you so|u so|this bot|the bot|"
    r"this chatbot|this chat bot|this app|this thing|this ai|stupid bot|bot|chatbot)"
)
# "you are ..." without "your"/"ur", which also mean "your" ("what's your worst subject").
_YOU_ARE = (
    r"(?:you|u|youre|you are|you r|u r|u are|you re|this bot is|the bot is|this app is|this thing is|"
    r"this chatbot is|bot is|chatbot is)"
)
_INSULT_STRONG = (
    r"(?:stupid|dumb|dumbass|idiot|idiotic|moron|moronic|useless|trash|garbage|worthless|pathetic|retard|retarded|"
    r"loser|annoying|bitch|asshole|jerk|clown|dumbo|brainless|shit|shitty|dogshit|braindead|brain dead)"
)
_INSULT_WEAK = r"(?:lame|ugly|crap|crappy|a joke|the worst|hopeless|slow|terrible|awful|dense|suck|sucks)"
_FILLER = (
    r"(?:(?:are|r|is|so|really|such|a|an|the|very|fucking|freaking|literally|just|completely|totally|actually|"
    r"mad|hella|super) )*"
)
rules.add("insult_bot",
      r"\b" + _YOU + r" " + _FILLER + _INSULT_STRONG + r"\b",
      r"\b" + _YOU_ARE + r" " + _FILLER + _INSULT_WEAK + r"\b",
      r"\b(?:stupid|dumb|useless|trash|garbage|idiot|shit|shitty|crappy|crap|worthless|lame|dumbass|pathetic|worst) "
      r"(?:bot|chatbot|app|ai|robot|program|computer)\b",
      r"\b(?:i )?hate (?:you|u|this bot|this app|talking to you|this stupid)\b",
      r"\b(?:bot|chatbot|robot) (?:sucks|is (?:so )?(?:stupid|dumb|useless|trash|garbage))\b")
rules.add("profanity",
      r"\b(?:f+u+c+k+\w*|fck\w*|fuk|fukin|fuking|fuked|fuker|fukr|fuq|fuqin|phuck\w*|fk|fking|fkin|fcking|"
      r"f\*+(?:c?k)?\w*|motherf\w*|mf|mofo|stfu|gtfo|wtf|cunt\w*|bitch\w*|asshole\w*|bastard\w*|dickhead\w*|"
      r"dick|cock|cocks|cocksucker\w*|pussy|pussies|slut\w*|whore\w*|twat\w*|wanker\w*|jackass|dumbass|bullshit|"
      r"piece of shit|eat shit|shithead)(?!\w)",
      r"\bf\*+",
      r"\b(?:f u|f you|screw you|screw u|shut up|stfu|go to hell|piss off|suck my|kiss my ass|"
      r"kys|kill yourself|kill urself|kill ur self|go die|die bot|drop dead|eat shit|go away loser)\b")
rules.add("slur", _SLUR_RE)
