"""Contact details a student might type: email addresses, US phone numbers, street addresses.
They deliberately leave grades, ages, years, room numbers, prices and exam codes alone ("I'm in
10th grade", "class of 2027", "CompTIA 220-1201", "ServSafe $15")."""
from __future__ import annotations

import re

EMAIL_MASK = "[email removed]"
PHONE_MASK = "[phone removed]"
ADDRESS_MASK = "[address removed]"

# --- email -------------------------------------------------------------------------------------
_EMAIL_RE = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])"
)
# "sam at gmail dot com", "sam(at)gmail(dot)com", "sam at gmail.com"
_EMAIL_SPOKEN_RE = re.compile(
    r"(?i)\b[\w.+-]+\s*(?:\(at\)|\[at\]|\{at\}|\sat\s)\s*"
    r"(?:[\w-]+\s*(?:\(dot\)|\[dot\]|\{dot\}|\sdot\s)\s*"
    r"|(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail|proton|live|msn|me)\s*\.\s*)"
    r"(?:com|org|net|edu|gov|us|io|co|me)\b"
)

# --- US phone numbers ----------------------------------------------------------------------------
_SEP = r"[\s.\-\u2010-\u2015]*"
_PHONE_RE = re.compile(
    r"(?<![\w/.\-$])"                      # not inside a longer number, code or price
    r"(?:\+\s*1" + _SEP + r"|1" + _SEP + r"(?=\(?\d{3}\)?" + _SEP + r"\d{3}" + _SEP + r"\d{4}(?!\d)))?"
    r"(?:\(\s*\d{3}\s*\)|\d{3})" + _SEP +
    r"\d{3}" + _SEP +
    r"\d{4}"
    r"(?![\w\-]|\.\d)"
)
# Seven-digit local numbers only with a phone word in front ("call me at 555-0100").
_LOCAL_PHONE_RE = re.compile(
    r"(?i)(\b(?:call|text|phone|cell|number|num|reach me|contact me|digits)\b[^\d\n]{0,20}?)"
    r"(?<![\w\-])\d{3}[\s.\-]\d{4}(?![\w\-]|\.\d)"
)

# --- street addresses -------------------------------------------------------------------------------
_NUM = r"\d{1,6}(?:-?[A-Za-z])?"
_DIR = r"(?:[NSEWnsew]\.?|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|NE|NW|SE|SW|ne|nw|se|sw)"
# Words that never start a street name; they stop "5 miles down the road" from matching.
_STOP = (
    r"(?!(?:the|a|an|of|in|on|at|to|and|or|but|so|my|your|his|her|our|their|its|down|up|for|from|with|by|is|"
    r"are|was|were|be|i|im|me|we|you|he|she|they|it|grade|grades|year|years|yr|yrs|old|class|classes|room|"
    r"mile|miles|block|blocks|minute|minutes|min|mins|hour|hours|hr|hrs|time|times|day|days|week|weeks|month|"
    r"months|kid|kids|people|point|points|goal|goals|percent|dollars|bucks|more|less|other|different|"
    r"new|old|big|small|cars|lanes?|ways?|steps|feet|ft|laps|streets|roads|avenues)\b)"
)
_WORD = _STOP + r"(?:[A-Za-z][A-Za-z'.\-]+|\d{1,3}(?:st|nd|rd|th))"
_CAP_WORD = _STOP + r"(?:[A-Z][A-Za-z'.\-]*|\d{1,3}(?:st|nd|rd|th))"
# Suffixes that are rarely ordinary words right after "<number> <name>": any case.
_SUFFIX = (
    r"(?i:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|terrace|ter|circle|cir|"
    r"parkway|pkwy|highway|hwy|expressway|expy|freeway|fwy|trl|sq|pl|aly|cres|plz)"
)
# Suffixes that are also everyday words: only with a capitalised street name ("12 Maple Way").
_CAP_SUFFIX = (
    r"(?:Way|Place|Row|Square|Loop|Point|Trail|Walk|Path|Run|Crossing|Cove|Ridge|Hill|Heights|Pike|Alley|"
    r"Crescent|Close|Commons|Green|Grove|Park|View|Vista|Glen|Hollow|Landing|Pass|Bend|Creek|Plaza)"
)
_UNIT = (
    r"(?:,?\s*(?i:apt|apartment|unit|suite|ste|fl|floor|rm|no)\.?\s*#?\s*[A-Za-z0-9\-]{1,6}\b"
    r"|,?\s*#\s*[A-Za-z0-9\-]{1,6}\b)?"
)
_CITY_STATE_ZIP = r"(?:\.?,?\s*[A-Z][A-Za-z .]{1,30}?,?\s+[A-Z]{2}\.?\s+\d{5}(?:-\d{4})?\b)?"
_ADDRESS_RE = re.compile(
    r"(?<![\w$.\-])" + _NUM + r"\s+(?:" + _DIR + r"\s+)?"
    r"(?:"
    r"(?:" + _WORD + r"\s+){1,4}?" + _SUFFIX + r"\b"
    r"|(?:" + _CAP_WORD + r"\s+){1,4}?" + _CAP_SUFFIX + r"\b"
    r")(?:\s+(?:NE|NW|SE|SW|N|S|E|W)\b)?" + _UNIT + _CITY_STATE_ZIP
)
_PO_BOX_RE = re.compile(r"(?i)\bp\.?\s?o\.?\s*box\s+\d{1,6}\b")


def mask_contacts(text: str) -> str:
    """Replace emails, US phone numbers and street addresses with fixed placeholders."""
    text = _EMAIL_RE.sub(EMAIL_MASK, text)
    text = _EMAIL_SPOKEN_RE.sub(EMAIL_MASK, text)
    text = _PHONE_RE.sub(PHONE_MASK, text)
    text = _LOCAL_PHONE_RE.sub(lambda m: m.group(1) + PHONE_MASK, text)
    text = _ADDRESS_RE.sub(ADDRESS_MASK, text)
    return _PO_BOX_RE.sub(ADDRESS_MASK, text)
