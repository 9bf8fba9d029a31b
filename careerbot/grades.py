"""Reads a student's grade (6-12) from what they type."""
import re
from typing import Optional

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
    return None


def is_middle_school(grade: Optional[int]) -> bool:
    return grade is not None and grade <= 8


def mentions_middle_school(text: str) -> bool:
    return bool(MIDDLE.search(text.lower()))
