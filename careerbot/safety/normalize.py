"""The canonical form the safety screen reads: hidden, disguised and stretched letters undone.

normalize() undoes the usual ways of hiding words (zero-width characters, fullwidth letters,
Cyrillic lookalikes, leetspeak, spaced or dotted letters, stretched letters). INVISIBLE_RE is
shared with careerbot.input_guard, which strips the same characters from every message.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["INVISIBLE_RE", "REPEAT_RE", "SPACE_RE", "normalize", "prepare"]

# Zero-width, bidi controls, soft hyphen, word joiner and friends, BOM, and Unicode "tag"
# characters (used to smuggle invisible text).
INVISIBLE_RE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u2069\u3164\ufeff\uffa0\U000e0000-\U000e007f]"
)

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u2035": "'",
    "\u02bc": "'", "\u00b4": "'", "`": "'", "\uff07": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u3003": '"',
    "\u00ab": '"', "\u00bb": '"', "\uff02": '"',
})

# A few emoji that stand for means of harm.
_EMOJI_WORDS = {
    "\U0001f52b": " gun ",     # pistol
    "\U0001f52a": " knife ",   # kitchen knife
    "\U0001f5e1": " knife ",   # dagger
    "\U0001f48a": " pills ",   # pill
    "\U0001faa2": " rope ",    # knot
}
_EMOJI_RE = re.compile("|".join(re.escape(e) for e in _EMOJI_WORDS))

# Cyrillic and Greek letters that look like Latin ones (lowercase forms).
_CONFUSABLES = {
    "а": "a", "е": "e", "ё": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "к": "k",
    "м": "m", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "һ": "h", "ԛ": "q", "ԝ": "w",
    "α": "a", "ο": "o", "ι": "i", "κ": "k", "ν": "v", "ρ": "p", "τ": "t", "υ": "u", "ε": "e",
    "χ": "x", "ɡ": "g", "ı": "i",
}
_CONFUSABLE_TABLE = str.maketrans(_CONFUSABLES)
_UNICODE_WORD_RE = re.compile(r"\w+")

_LEET_DIGITS = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"})
_LEET_TOKEN_RE = re.compile(r"[a-z0-9@$!|]+")
# Numbers with a unit or ordinal suffix are not leetspeak: 10th, 3rd, 12yo, 5km, 4ever.
_NUMBER_WITH_SUFFIX_RE = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|yo|y|yr|yrs|k|m|km|kms|mi|min|mins|hr|hrs|h|lb|lbs|kg|g|ft|in|"
    r"cm|mm|x|d|p|gb|mb|tb|ever|u|life|real|eva|ish)"
)
_LEET_SYMBOL_RE = re.compile(r"[@$!|](?=[a-z])|(?<=[a-z])[@$!|](?=[a-z])")
_LEET_SYMBOLS = {"@": "a", "$": "s", "!": "i", "|": "i"}

_APOSTROPHE_IN_WORD_RE = re.compile(r"(?<=[a-z])'(?=[a-z])")
# "k.m.s", "k-i-l-l", "s*u*i*c*i*d*e": single letters joined by punctuation (2+ letters).
_PUNCT_SPACED_RE = re.compile(r"\b[a-z](?:[.\-_*~+/\\\u00b7\u2022,:]+[a-z]\b)+")
# "k i l l": single letters separated by spaces (3+ letters, so "i m" stays).
_SPACE_SPACED_RE = re.compile(r"\b[a-z](?: [a-z]\b){2,}")
_WORD_JOINER_RE = re.compile(r"(?<=\w)[-_](?=\w)")
# "od'd", "ODed", "od'ing": without the apostrophe "od'd" would read as "odd".
_OD_INFLECTED_RE = re.compile(r"\bo\.?d\.?(?:'d|'ed|ed)\b|\bo\.?d\.?'?ing\b")
REPEAT_RE = re.compile(r"([a-z])\1{2,}")
SPACE_RE = re.compile(r"\s+")


def _confusables(match: re.Match[str]) -> str:
    token = match.group(0)
    if not any(ch in _CONFUSABLES for ch in token):
        return token
    if any("a" <= ch <= "z" for ch in token) or all(ch in _CONFUSABLES or ch.isdigit() for ch in token):
        return token.translate(_CONFUSABLE_TABLE)
    return token


def _deleet(match: re.Match[str]) -> str:
    token = match.group(0)
    if not any("a" <= ch <= "z" for ch in token):
        return token           # plain numbers, prices: 2024, $15
    if _NUMBER_WITH_SUFFIX_RE.fullmatch(token):
        return token
    token = token.translate(_LEET_DIGITS)
    return _LEET_SYMBOL_RE.sub(lambda m: _LEET_SYMBOLS[m.group(0)], token)


def _join_letters(match: re.Match[str]) -> str:
    return re.sub(r"[^a-z]", "", match.group(0))


def _base(text: str) -> str:
    """normalize() without shortening stretched letters and collapsing whitespace."""
    t = INVISIBLE_RE.sub("", str(text))
    t = t.translate(_QUOTES)
    # Strip accents from Latin letters ("kíll" -> "kill"); leave other scripts alone.
    t = unicodedata.normalize("NFKD", t)
    t = re.sub(r"(?<=[A-Za-z])[\u0300-\u036f]+", "", t)
    t = unicodedata.normalize("NFKC", t)
    t = INVISIBLE_RE.sub("", t).translate(_QUOTES).lower()
    t = _UNICODE_WORD_RE.sub(_confusables, t)
    t = _LEET_TOKEN_RE.sub(_deleet, t)
    t = _PUNCT_SPACED_RE.sub(_join_letters, t)
    return _SPACE_SPACED_RE.sub(_join_letters, t)


def normalize(text: str) -> str:
    """Canonical form of a message: no zero-width or bidi characters, NFKC, lowercase, Cyrillic
    and Greek lookalikes and leetspeak inside words mapped to letters ("k1ll" -> "kill"), curly
    quotes folded ("don’t" -> "don't"), letters split by dots or spaces joined ("k.m.s" -> "kms",
    "k i l l" -> "kill"), runs of 3+ letters cut to two ("sooooo" -> "soo"), whitespace collapsed."""
    if not text:
        return ""
    t = REPEAT_RE.sub(r"\1\1", _base(text))
    return SPACE_RE.sub(" ", t).strip()


def prepare(text: str) -> str:
    """What the rules run on: normalize()'s steps (stretched letters still long, see _variants),
    plus harm emoji as words, apostrophes inside words dropped ("i'm" -> "im", "don't" -> "dont"),
    and hyphens/underscores between words turned into spaces ("self-harm" -> "self harm")."""
    t = _EMOJI_RE.sub(lambda m: _EMOJI_WORDS[m.group(0)], _base(text))
    t = _OD_INFLECTED_RE.sub(lambda m: "overdosing" if m.group(0).endswith("ing") else "overdosed", t)
    t = _APOSTROPHE_IN_WORD_RE.sub("", t)
    return _WORD_JOINER_RE.sub(" ", t)

