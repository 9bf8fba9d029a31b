"""Personal-detail masking and retention (careerbot.privacy)."""
import sqlite3

import pytest

from careerbot.privacy import (
    ADDRESS_MASK,
    BIRTH_DATE_MASK,
    EMAIL_MASK,
    ID_MASK,
    NAME_MASK,
    PHONE_MASK,
    contains_pii,
    mask_pii,
    purge_old_events,
    purge_old_events_sql,
)
from careerbot.safety import screen

DAY = 86400.0
NOW = 1_750_000_000.0


# --- masking ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, secret, mask", [
    ("email me at sam.lee+college@gmail.com ok", "sam.lee+college@gmail.com", EMAIL_MASK),
    ("my email is SAM_99@school.k12.ca.us", "SAM_99@school.k12.ca.us", EMAIL_MASK),
    ("its sam at gmail dot com", "gmail dot com", EMAIL_MASK),
    ("sam(at)gmail(dot)com", "gmail", EMAIL_MASK),
    ("call (555) 123-4567 after school", "123-4567", PHONE_MASK),
    ("555.123.4567", "555.123.4567", PHONE_MASK),
    ("+1 555 123 4567", "555 123 4567", PHONE_MASK),
    ("my cell 5551234567", "5551234567", PHONE_MASK),
    ("555-123-4567", "555-123-4567", PHONE_MASK),
    ("(555)123-4567", "123-4567", PHONE_MASK),
    ("1-800-555-0199", "555-0199", PHONE_MASK),
    ("text me at 555-0100", "555-0100", PHONE_MASK),
    ("I live at 123 Main St", "123 Main St", ADDRESS_MASK),
    ("4500 N. Oak Avenue Apt 2", "Oak Avenue", ADDRESS_MASK),
    ("12 Elm Road", "Elm Road", ADDRESS_MASK),
    ("we moved to 77 sunset blvd last year", "sunset blvd", ADDRESS_MASK),
    ("9 Maple Way", "Maple Way", ADDRESS_MASK),
    ("55 W 5th Ave", "5th Ave", ADDRESS_MASK),
    ("1600 Pennsylvania Avenue NW, Washington, DC 20500", "20500", ADDRESS_MASK),
    ("12 oak drive apt 4b", "oak drive", ADDRESS_MASK),
    ("PO Box 123", "Box 123", ADDRESS_MASK),
])
def test_masks_personal_details(text, secret, mask):
    masked = mask_pii(text)
    assert mask in masked
    assert secret not in masked
    assert contains_pii(text)


@pytest.mark.parametrize("text", [
    "I'm in 10th grade",
    "2024",
    "I'm 15",
    "class of 2027",
    "room 204",
    "CompTIA 220-1201",
    "A+ needs 220-1101 and 220-1102",
    "ServSafe $15",
    "it costs $1,200 a year",
    "I scored 1450 on the SAT",
    "salary is 55000 to 65000 a year",
    "the 2023-2024 school year",
    "my gpa is 3.85",
    "room 204 at 8:30",
    "I ran 5 miles down the road",
    "I got 100 on my road test",
    "I work 20 hours a week at the drive thru",
    "I have 2 dogs way too many",
    "top 10 street food careers",
    "I want to be a dr",
    "call 911",
    "text HOME to 741741",
    "call or text 988",
    "1 in 5 teens",
    "",
])
def test_leaves_grades_years_ages_and_codes_alone(text):
    assert mask_pii(text) == text
    assert not contains_pii(text)


def test_masks_several_details_and_keeps_the_rest():
    text = "I'm 16, in 11th grade. Email sam@example.com or call 555-123-4567. I live at 12 Elm Road."
    assert mask_pii(text) == ("I'm 16, in 11th grade. Email [email removed] or call [phone removed]. "
                              "I live at [address removed].")


def test_masking_keeps_crisis_cues_for_the_screen():
    masked = mask_pii("I live at 12 Elm Road and my dad hits me, call me at 555-123-4567")
    assert "Elm" not in masked and "4567" not in masked
    assert screen(masked).category == "abuse"


def test_mask_is_idempotent():
    once = mask_pii("sam@example.com 555-123-4567 12 Elm Road")
    assert mask_pii(once) == once


# --- retention --------------------------------------------------------------------------------------

EVENTS_SCHEMA = """
CREATE TABLE events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    sender_id VARCHAR(255) NOT NULL,
    type_name VARCHAR(255) NOT NULL,
    timestamp FLOAT,
    intent_name VARCHAR(255),
    action_name VARCHAR(255),
    data TEXT,
    model_id VARCHAR(255)
)
"""


def make_db(path, ages_in_days):
    conn = sqlite3.connect(str(path))
    with conn:
        conn.execute(EVENTS_SCHEMA)
        conn.execute("CREATE TABLE other (x INTEGER)")
        conn.execute("INSERT INTO other VALUES (1)")
        for i, age in enumerate(ages_in_days):
            conn.execute(
                "INSERT INTO events (sender_id, type_name, timestamp, intent_name, action_name, data) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                ("s%d" % i, "user", NOW - age * DAY, "greet", None, '{"text": "hi"}'))
    conn.close()


def remaining_ages(path):
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute("SELECT timestamp FROM events ORDER BY timestamp").fetchall()
        return sorted(round((NOW - ts) / DAY, 3) for (ts,) in rows)
    finally:
        conn.close()


def test_purge_deletes_old_rows_and_keeps_new_ones(tmp_path):
    db = tmp_path / "tracker.db"
    make_db(db, [0, 1, 29.9, 30.5, 45, 400])
    assert purge_old_events(str(db), 30, now=NOW) == 3
    assert remaining_ages(db) == [0, 1, 29.9]
    conn = sqlite3.connect(str(db))
    assert conn.execute("SELECT COUNT(*) FROM other").fetchone() == (1,)
    conn.close()
    assert purge_old_events(str(db), 30, now=NOW) == 0


def test_purge_boundary_is_strictly_older(tmp_path):
    db = tmp_path / "tracker.db"
    make_db(db, [30, 30.001])
    assert purge_old_events(str(db), 30, now=NOW) == 1
    assert remaining_ages(db) == [30]


def test_purge_with_zero_days_deletes_everything_before_now(tmp_path):
    db = tmp_path / "tracker.db"
    make_db(db, [0.001, 2])
    assert purge_old_events(str(db), 0, now=NOW) == 2


def test_purge_uses_the_clock_when_now_is_not_given(tmp_path):
    import time
    db = tmp_path / "tracker.db"
    conn = sqlite3.connect(str(db))
    with conn:
        conn.execute(EVENTS_SCHEMA)
        conn.execute("INSERT INTO events (sender_id, type_name, timestamp) VALUES ('a', 'user', ?)",
                     (time.time() - 10 * DAY,))
        conn.execute("INSERT INTO events (sender_id, type_name, timestamp) VALUES ('b', 'user', ?)",
                     (time.time(),))
    conn.close()
    assert purge_old_events(str(db), 7) == 1


def test_purge_missing_file_returns_zero_and_creates_nothing(tmp_path):
    db = tmp_path / "nope" / "tracker.db"
    assert purge_old_events(str(db), 30, now=NOW) == 0
    assert not db.exists()
    assert purge_old_events(str(tmp_path / "missing.db"), 30) == 0
    assert not (tmp_path / "missing.db").exists()


def test_purge_without_events_table_returns_zero(tmp_path):
    db = tmp_path / "empty.db"
    conn = sqlite3.connect(str(db))
    with conn:
        conn.execute("CREATE TABLE something_else (timestamp FLOAT)")
        conn.execute("INSERT INTO something_else VALUES (1.0)")
    conn.close()
    assert purge_old_events(str(db), 30, now=NOW) == 0
    conn = sqlite3.connect(str(db))
    assert conn.execute("SELECT COUNT(*) FROM something_else").fetchone() == (1,)
    conn.close()


def test_purge_rejects_negative_days(tmp_path):
    with pytest.raises(ValueError):
        purge_old_events(str(tmp_path / "x.db"), -1)


def test_purge_accepts_a_path_object(tmp_path):
    db = tmp_path / "tracker.db"
    make_db(db, [100])
    assert purge_old_events(db, 30, now=NOW) == 1


def test_sql_purge_works_through_sqlalchemy_like_the_sqlite_one(tmp_path):
    db = tmp_path / "tracker.db"
    make_db(db, [0, 1, 29.9, 30.5, 45, 400])
    assert purge_old_events_sql("sqlite:///%s" % db, 30, now=NOW) == 3
    assert remaining_ages(db) == [0, 1, 29.9]


def test_sql_purge_without_events_table_returns_zero(tmp_path):
    assert purge_old_events_sql("sqlite:///%s" % (tmp_path / "empty.db"), 30, now=NOW) == 0


# --- names, student IDs, dates of birth -----------------------------------------------------------

@pytest.mark.parametrize("text, secret, mask", [
    ("my name is jenny smith and i like art", "jenny", NAME_MASK),
    ("my name is jenny smith and i like art", "smith", NAME_MASK),
    ("I'm Jenny Smith", "Jenny", NAME_MASK),
    ("hi im Carlos Ramirez from texas", "Ramirez", NAME_MASK),
    ("im jayden, 14, and i like cars", "jayden", NAME_MASK),
    ("call me Alex", "Alex", NAME_MASK),
    ("i go by sam", "sam", NAME_MASK),
    ("my names tyler lol", "tyler", NAME_MASK),
    ("my name is Will Turner", "Turner", NAME_MASK),
    ("me llamo Ximena Lopez y me gusta dibujar", "Ximena", NAME_MASK),
    ("mi nombre es juan perez", "perez", NAME_MASK),
    ("my student id is 20231234", "20231234", ID_MASK),
    ("student ID: S1234567", "1234567", ID_MASK),
    ("id# 445566", "445566", ID_MASK),
    ("my lunch number is 55123", "55123", ID_MASK),
    ("mi matricula es 1234567", "1234567", ID_MASK),
    ("born on 3/14/2010", "3/14", BIRTH_DATE_MASK),
    ("my birthday is march 14, 2010", "march 14", BIRTH_DATE_MASK),
    ("dob 03-14-2010", "03-14", BIRTH_DATE_MASK),
    ("naci el 14 de marzo de 2010", "marzo", BIRTH_DATE_MASK),
    ("i was born 2/3/11", "2/3/11", BIRTH_DATE_MASK),
])
def test_masks_names_ids_and_birth_dates(text, secret, mask):
    masked = mask_pii(text)
    assert mask in masked and secret not in masked


@pytest.mark.parametrize("text", [
    "I'm bored", "im really into art", "I'm so confused", "Im Bored Today", "I'm Going To be a nurse",
    "I'm a junior", "i'm interested in nursing", "im not sure", "I'm 15", "I'm in 10th grade",
    "soy de Texas", "soy bueno en mate", "im a freshman at Lincoln high", "I'm Hispanic", "i'm nonbinary",
    "my name is on the list", "this is my first time", "im gonna be a vet", "call me when it's ready",
])
def test_ordinary_words_after_im_or_soy_are_not_names(text):
    assert mask_pii(text) == text

