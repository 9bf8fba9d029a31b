"""Details that identify a student: names they give, student ID numbers, dates of birth.

Names are found by how students introduce themselves, not by a list of names: "my name is ...",
"call me ...", "i go by ...", "me llamo ...", "mi nombre es ...", and "I'm / soy" followed by a
word that is not an everyday English or Spanish word ("I'm Jenny Smith", "im jayden" are names;
"I'm bored", "im really into art", "soy de Texas" are not). A name is one or two words.
"""
from __future__ import annotations

import re
from typing import Match

from careerbot.kb.model import strip_accents
from careerbot.text import ALL_STOP_WORDS, frequent_words

NAME_MASK = "[name removed]"
ID_MASK = "[ID removed]"
BIRTH_DATE_MASK = "[birth date removed]"

_NAME_WORD = r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'\-]*"
# Lead-ins after which the next one or two words are the name, whatever they are.
_NAMED_RE = re.compile(
    r"(?i)\b(?:my name is|my names|my name's|name's|names|i go by|call me|they call me|people call me|"
    r"me llamo|mi nombre es|me dicen|llamame)\s+(" + _NAME_WORD + r")(?:\s+(" + _NAME_WORD + r"))?")
# "I'm X", "soy X": only when X is not an everyday word.
_I_AM_RE = re.compile(r"(?i)\b(?:i'm|im|i am|i m|this is|soy|yo soy)\s+(" + _NAME_WORD + r")(?:\s+(" + _NAME_WORD
                      + r"))?")
# Words that end a name rather than continue it ("my name is jenny and i like art").
_NOT_NAME = set("""and or but i im i'm a an the in from at to of my y o pero de del en con soy tengo me
like love want wanna need have am is was so just really also too on it if not no el la lol lmao haha jaja btw
nonbinary trans bi gay queer latina latino latinx latine hispanic chicana chicano dyslexic autistic adhd
bilingual undocumented homeschooled neurodivergent""".split())   # and how students describe themselves
VERY_COMMON = -11.0   # log probability: "smith" (-12.8) can be a surname, "today" (-9.6) cannot

# Student ID numbers: a number of 4-12 digits (maybe with a letter prefix) after an ID word.
_ID_RE = re.compile(
    r"(?i)(\b(?:student|school|lunch|pupil|estudiante|alumno|alumna)?\s*(?:id|i\.d\.|number|num|no\.?|#|"
    r"numero|n[uú]mero|matr[ií]cula)\s*(?:number|num|no\.?|#|de estudiante|es|is|:)?\s*(?:is|es|:|#)?\s*)"
    r"([A-Za-z]{0,2}\d{4,12})\b")
# Dates of birth: any full numeric date, and a date after a birth word.
_MONTHS = (r"(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|"
           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
           r"septiembre|setiembre|octubre|noviembre|diciembre)\b)")
_NUMERIC_DATE_RE = re.compile(r"(?<![\d/\-.])\d{1,2}[/\-.]\d{1,2}[/\-.](?:19|20)?\d{2}(?![\d/\-.])")
_BIRTH_DATE_RE = re.compile(
    r"(?i)(\b(?:born(?: on| in)?|birthday(?: is)?|bday(?: is)?|b-day(?: is)?|dob|date of birth|birth date|"
    r"naci(?: el)?|nací(?: el)?|cumpleaños(?: es)?|cumpleanos(?: es)?|fecha de nacimiento)\s*:?\s*)"
    r"((?:" + _MONTHS + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?)"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?" + _MONTHS + r"(?:,?\s+(?:de(?:l)?\s+)?(?:19|20)\d{2})?)"
    r"|(?:\d{1,2}[/\-.]\d{1,2}(?:[/\-.](?:19|20)?\d{2})?))")


def _frequency(word: str) -> float:
    return frequent_words().get(strip_accents(word.lower()), -100.0)


def _could_be_a_name(word: str, strict: bool) -> bool:
    """A word typed where a name would go: any but a function word after "my name is"; after "I'm"
    only a word that is not everyday ("jayden", "Ximena"), or a capitalised, less common one."""
    capitalised = word[0].isupper() and not word.isupper()
    if word.lower() in _NOT_NAME or (not capitalised and word.lower() in ALL_STOP_WORDS):
        return False
    if not strict:
        return True
    return _frequency(word) == -100.0 or (capitalised and _frequency(word) < VERY_COMMON)


def _name_words(match: Match, always: bool) -> int:
    """How many of the (up to two) words after the lead-in are the name (0 when none are)."""
    first, second = match.group(1), match.group(2)
    if not _could_be_a_name(first, strict=not always):
        return 0
    if (second and _could_be_a_name(second, strict=True)) or (second and always and \
            second.lower() not in _NOT_NAME and _frequency(second) < VERY_COMMON):
        return 2
    return 1


def _mask_name(match: Match, always: bool) -> str:
    words = _name_words(match, always)
    if not words:
        return match.group(0)
    start = match.start(1) - match.start(0)
    end = (match.end(2) if words == 2 else match.end(1)) - match.start(0)
    whole = match.group(0)
    return whole[:start] + NAME_MASK + whole[end:]


def mask_identity(text: str) -> str:
    """Names a student gives, student ID numbers and dates of birth, replaced by fixed placeholders."""
    text = _BIRTH_DATE_RE.sub(lambda m: m.group(1) + BIRTH_DATE_MASK, text)
    text = _NUMERIC_DATE_RE.sub(BIRTH_DATE_MASK, text)
    text = _ID_RE.sub(lambda m: m.group(1) + ID_MASK, text)
    text = _NAMED_RE.sub(lambda m: _mask_name(m, always=True), text)
    return _I_AM_RE.sub(lambda m: _mask_name(m, always=False), text)
