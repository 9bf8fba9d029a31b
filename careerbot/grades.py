"""Reads a student's grade (6-12) from what they type, in English or Spanish."""
import re
from typing import Optional

from careerbot.kb.model import strip_accents

WORDS = {"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
         "freshman": 9, "freshmen": 9, "sophomore": 10, "junior": 11, "senior": 12, "6th": 6, "7th": 7,
         "8th": 8, "9th": 9, "10th": 10, "11th": 11, "12th": 12}
NUMBER_FORMS = [
    re.compile(r"\b(?:grade|gr|yr|year)\s*(6|7|8|9|10|11|12)\b"),
    re.compile(r"\b(6|7|8|9|10|11|12)(?:st|nd|rd|th)?\s*(?:grade|grader|gr)\b"),
    re.compile(r"\b(6|7|8|9|10|11|12)(?:th)\b"),
]
MIDDLE = re.compile(r"\bmiddle\s*school(?:ers?)?\b|\bjunior high\b|\b(?:6|7|8)th\b|\b(?:sixth|seventh|eighth)\b")
HIGH = re.compile(r"\bhigh\s*school(?:er)?\b")

# Spanish, read without accents ("décimo" = "decimo") and with "º"/"°" as "o" ("10º" = "10o").
# Ordinals by number: "9no", "10mo", "8vo", "6to", "11vo", "11avo", "10o" (never a bare number:
# "tengo 12 años" is an age). "primero" and "segundo" alone are "first" and "second", not grades.
ES_SUFFIX = r"\.?(?:o|no|vo|mo|to|avo)"
ES_NUMBER = r"(6|7|8|9|10|11|12)"
ES_WORDS = [   # longest first: "décimo primero" before "décimo"
    (r"decimo\s*primero?|undecimo|onceavo|onceno", 11),
    (r"decimo\s*segundo|duodecimo|doceavo", 12),
    (r"sexto", 6), (r"septimo|setimo", 7), (r"octavo", 8), (r"noveno", 9), (r"decimo", 10),
]
ES_CARDINALS = {"seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12}
ES_NUMBER_FORMS = [
    re.compile(r"\bgrado\s*%s\b" % ES_NUMBER),                               # "grado 10"
    re.compile(r"\b%s(?:%s)?\s*grado\b" % (ES_NUMBER, ES_SUFFIX)),           # "10 grado", "10mo grado"
    re.compile(r"\b%s%s(?!\w)" % (ES_NUMBER, ES_SUFFIX)),                  # "9no", "10mo", "10º"
    re.compile(r"\bgrado\s+(%s)\b" % "|".join(ES_CARDINALS)),               # "grado once" (Colombia)
]
ES_MIDDLE = re.compile(r"\bsecundaria\b|\bescuela\s+intermedia\b|\bescuela\s+media\b(?!\s+superior)"
                       r"|\b(?:6|7|8)%s(?!\w)|\b(?:sexto|septimo|setimo|octavo)\b" % ES_SUFFIX)
ES_HIGH = re.compile(r"\bprepa\b|\bpreparatoria\b")


def _spanish_form(text: str) -> str:
    """Lower case, no accents, ordinal signs as letters: "10.º Grado" -> "10.o grado"."""
    return strip_accents(text.lower().replace("°", "o").replace("º", "o").replace("ª", "a"))


def parse_grade(text: str) -> Optional[int]:
    lowered = text.lower()
    for pattern in NUMBER_FORMS:
        match = pattern.search(lowered)
        if match:
            return int(match.group(1))
    for word, grade in WORDS.items():
        if re.search(r"\b%s\b" % re.escape(word), lowered):
            if word == "senior" and "senior citizen" in lowered:
                continue
            return grade
    return _parse_spanish_grade(text)


def _parse_spanish_grade(text: str) -> Optional[int]:
    spanish = _spanish_form(text)
    for pattern in ES_NUMBER_FORMS:
        match = pattern.search(spanish)
        if match:
            value = match.group(1)
            return ES_CARDINALS[value] if value in ES_CARDINALS else int(value)
    for word, grade in ES_WORDS:
        if re.search(r"\b(?:%s)\b" % word, spanish):
            return grade
    return None


def is_middle_school(grade: Optional[int]) -> bool:
    return grade is not None and grade <= 8


def mentions_middle_school(text: str) -> bool:
    """"middle school", "7th", "en la secundaria" (middle school in Mexico), "séptimo"..."""
    return bool(MIDDLE.search(text.lower()) or ES_MIDDLE.search(_spanish_form(text)))


def mentions_high_school(text: str) -> bool:
    """"high school", "en la prepa", "la preparatoria"."""
    return bool(HIGH.search(text.lower()) or ES_HIGH.search(_spanish_form(text)))
