"""Student privacy helpers: mask personal details in text, and delete old conversation events.

Rasa Open Source 3.6 stores every user message verbatim and has no retention control (see
/work/shared/reference/safety-privacy-security.md, sections 0.8 and 2.4), so both jobs are ours.

mask_pii() masks what a student might type about themselves: email addresses, US phone numbers
and street addresses. It deliberately leaves grades, ages, years, room numbers, prices and
exam codes alone ("I'm in 10th grade", "class of 2027", "CompTIA 220-1201", "ServSafe $15").
Names are not masked (there is no reliable way without a large model); the chat window asks
students not to share them.
"""
from __future__ import annotations

import os
import re
import sqlite3
import time
from pathlib import Path
from typing import Any, Optional

__all__ = ["mask_pii", "contains_pii", "purge_old_events", "purge_old_events_sql",
           "EMAIL_MASK", "PHONE_MASK", "ADDRESS_MASK"]

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


def mask_pii(text: str) -> str:
    """Replace emails, US phone numbers and street addresses with fixed placeholders."""
    if not text:
        return text
    text = _EMAIL_RE.sub(EMAIL_MASK, text)
    text = _EMAIL_SPOKEN_RE.sub(EMAIL_MASK, text)
    text = _PHONE_RE.sub(PHONE_MASK, text)
    text = _LOCAL_PHONE_RE.sub(lambda m: m.group(1) + PHONE_MASK, text)
    text = _ADDRESS_RE.sub(ADDRESS_MASK, text)
    text = _PO_BOX_RE.sub(ADDRESS_MASK, text)
    return text


def contains_pii(text: str) -> bool:
    """True when mask_pii() would change the text."""
    return bool(text) and mask_pii(text) != text


# --- retention ----------------------------------------------------------------------------------

def purge_old_events(db_path: str, days: int, now: Optional[float] = None) -> int:
    """Delete rows of the Rasa SQLTrackerStore `events` table (SQLite) whose `timestamp`
    (epoch seconds) is older than `now - days * 86400`. Returns the number of rows deleted.

    A missing database file or a database without an `events` table returns 0. The file is
    never created. Everything happens in one transaction.
    """
    if days is None or days < 0:
        raise ValueError("days must be zero or more, got %r" % (days,))
    path = Path(os.fspath(db_path))
    if not path.is_file():
        return 0
    cutoff = (time.time() if now is None else float(now)) - float(days) * 86400.0
    # mode=rw: open an existing database only, never create one.
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=rw", uri=True, timeout=30)
    try:
        with conn:  # one transaction: commit on success, roll back on error
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'events'"
            ).fetchone()
            if not has_table:
                return 0
            cursor = conn.execute("DELETE FROM events WHERE timestamp < ?", (cutoff,))
            return max(cursor.rowcount, 0)
    finally:
        conn.close()


def purge_old_events_sql(engine_or_url: Any, days: int, now: Optional[float] = None) -> int:
    """The same purge through SQLAlchemy, for any database the tracker store uses (PostgreSQL
    when scaled out, SQLite by default): an Engine or a database URL. A database without an
    `events` table returns 0."""
    if days is None or days < 0:
        raise ValueError("days must be zero or more, got %r" % (days,))
    import sqlalchemy as sa

    engine = sa.create_engine(engine_or_url) if isinstance(engine_or_url, str) else engine_or_url
    cutoff = (time.time() if now is None else float(now)) - float(days) * 86400.0
    try:
        with engine.begin() as conn:
            if not sa.inspect(conn).has_table("events"):
                return 0
            result = conn.execute(sa.text("DELETE FROM events WHERE timestamp < :cutoff"), {"cutoff": cutoff})
            return max(result.rowcount or 0, 0)
    finally:
        if isinstance(engine_or_url, str):
            engine.dispose()
