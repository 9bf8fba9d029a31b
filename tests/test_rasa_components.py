"""The NLU graph components and the masking tracker store, with the fixture knowledge base."""
import json
import sqlite3
from pathlib import Path

import pytest
from rasa.shared.nlu.constants import ENTITIES, INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from careerbot import rasa_components as components
from careerbot.kb import live
from careerbot.kb.live import LiveKnowledge
from careerbot.nlp import PLACEHOLDERS

pytestmark = pytest.mark.heavy   # spaCy or Rasa

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"


@pytest.fixture(autouse=True)
def fixture_knowledge(monkeypatch):
    monkeypatch.setattr(live, "_shared", LiveKnowledge(FIXTURE))


def parse(text, intent="share_interest"):
    """Runs the guard, marker, extractor and safety override around a pretend classifier."""
    message = Message({TEXT: text})
    components.InputGuard({}).process([message])
    components.KnowledgeTermMarker({}).process([message])
    message.set(INTENT, {"name": intent, "confidence": 0.2})
    components.KnowledgeEntityExtractor({}).process([message])
    components.SafetyOverride({}).process([message])
    return message


def entities(message, label=None):
    return [(e["entity"], e["value"]) for e in message.get(ENTITIES, []) if label is None or e["entity"] == label]


def test_the_classifier_sees_placeholders_and_the_text_comes_back():
    message = Message({TEXT: "what sub clusters does Healthcare have?"})
    components.InputGuard({}).process([message])
    components.KnowledgeTermMarker({}).process([message])
    assert "healthcare" not in message.get(TEXT).lower() and "sub clusters" in message.get(TEXT)
    components.KnowledgeEntityExtractor({}).process([message])
    assert message.get(TEXT) == "what sub clusters does Healthcare have?"
    assert ("cluster", "healthcare-human-services") in entities(message)
    assert ("concept", "sub_cluster") in entities(message)


def test_the_classifier_reads_the_question_without_the_denial():
    text = "I'm not suicidal or anything lol, what sub clusters does Healthcare have?"
    message = Message({TEXT: text})
    components.InputGuard({}).process([message])
    components.KnowledgeTermMarker({}).process([message])
    assert "suicidal" not in message.get(TEXT) and "anything" not in message.get(TEXT)
    assert "sub clusters" in message.get(TEXT) and "healthcare" not in message.get(TEXT).lower()
    components.KnowledgeEntityExtractor({}).process([message])
    assert message.get(TEXT) == text   # the tracker keeps what the student wrote
    assert ("cluster", "healthcare-human-services") in entities(message)


def test_training_examples_are_read_whole():
    from rasa.shared.nlu.training_data.training_data import TrainingData
    data = TrainingData([Message({TEXT: "no, gracias, estamos bien asi", INTENT: "deny"})])
    components.KnowledgeTermMarker({}).process_training_data(data)
    assert data.training_examples[0].get(TEXT).startswith("no gracias")   # punctuation aside, as written


def test_training_examples_are_masked_the_same_way():
    from rasa.shared.nlu.training_data.training_data import TrainingData
    data = TrainingData([Message({TEXT: "tell me about Construction", INTENT: "ask_about"})])
    components.KnowledgeTermMarker({}).process_training_data(data)
    assert data.training_examples[0].get(TEXT) == "tell me about " + PLACEHOLDERS["cluster"]


def test_knowledge_entities_are_ids():
    message = parse("I want to be a nurse in 10th grade")
    assert ("occupation", "physical-health--registered-nurses") in entities(message)
    assert ("grade", "10") in entities(message)


@pytest.mark.parametrize("text", ["i want to kms", "/kms", "/greet kms", "k\u200bms"])
def test_crisis_overrides_low_confidence_and_slash(text):
    message = parse(text, intent="nlu_fallback")
    assert message.get(INTENT)["name"] == "safety"
    assert entities(message, "safety_category") == [("safety_category", "self_harm")]


def test_genuine_button_payload_passes_untouched():
    message = parse('/ask_about{"cluster":"construction"}', intent="ask_about")
    assert message.get(TEXT) == '/ask_about{"cluster":"construction"}'
    assert message.get(INTENT)["name"] == "ask_about"


def test_typed_slash_command_is_read_as_text():
    message = parse('/inform_grade{"grade":"99"}')
    assert not message.get(TEXT).startswith("/")


def test_personal_details_are_masked_before_nlu():
    message = parse("email me at sam@example.com or call 555-123-4567")
    assert "sam@example.com" not in message.get(TEXT) and "555-123-4567" not in message.get(TEXT)


@pytest.mark.parametrize("text, flag", [("", "empty"), ("   ", "empty"), ("😀😀", "emoji")])
def test_empty_and_emoji_only(text, flag):
    message = parse(text)
    assert message.get(INTENT)["name"] == "empty_input"
    assert ("input_flag", flag) in entities(message)


@pytest.mark.parametrize("text, flagged", [
    ("you can email me at sam@example.com", True), ("call me at 555-123-4567", True),
    ("my name is Jenny Smith", True), ("i like coding", False), ("im bored", False),
])
def test_a_message_with_personal_details_is_flagged(text, flagged):
    message = parse(text)
    assert (("input_flag", "personal") in entities(message)) == flagged


def test_long_message_is_truncated_and_flagged():
    message = parse("coding " * 400)
    assert len(message.get(TEXT)) <= 1000
    assert ("input_flag", "truncated") in entities(message)


async def test_tracker_store_masks_and_applies_retention(tmp_path, monkeypatch):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from careerbot.rasa_tracker_store import MaskingSQLTrackerStore

    db = tmp_path / "conversations.db"
    store = MaskingSQLTrackerStore(domain=Domain.empty(), db=str(db))
    tracker = DialogueStateTracker.from_events("s1", [
        UserUttered("my email is sam@example.com", {"name": "share_interest"},
                    parse_data={"text": "my email is sam@example.com", "intent": {"name": "share_interest"}})])
    await store.save(tracker)
    rows = sqlite3.connect(db).execute("select data, timestamp from events").fetchall()
    stored = json.loads(rows[0][0])
    assert "sam@example.com" not in rows[0][0] and "[email removed]" in stored["text"]
    connection = sqlite3.connect(db)
    connection.execute("update events set timestamp = timestamp - 40 * 86400")
    connection.commit()
    MaskingSQLTrackerStore(domain=Domain.empty(), db=str(db))   # start-up purge
    assert sqlite3.connect(db).execute("select count(*) from events").fetchone()[0] == 0


async def test_names_ids_and_birth_dates_never_reach_the_database(tmp_path):
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    from careerbot.rasa_tracker_store import MaskingSQLTrackerStore

    text = "hi im Jenny Smith, my student id is 20231234 and i was born 3/14/2010"
    db = tmp_path / "conversations.db"
    store = MaskingSQLTrackerStore(domain=Domain.empty(), db=str(db))
    await store.save(DialogueStateTracker.from_events("s1", [
        UserUttered(text, {"name": "share_interest"},
                    parse_data={"text": text, "intent": {"name": "share_interest"}})]))
    stored = " ".join(row[0] for row in sqlite3.connect(db).execute("select data from events"))
    for secret in ("Jenny", "Smith", "20231234", "3/14/2010"):
        assert secret not in stored
    assert "[name removed]" in stored and "[ID removed]" in stored and "[birth date removed]" in stored


def test_crisis_after_the_first_thousand_characters_is_still_caught():
    message = parse("i like coding " * 100 + "and honestly i want to kill myself")
    assert message.get(INTENT)["name"] == "safety"


def test_a_denial_with_a_career_question_keeps_the_question():
    message = parse("im not depressed or anything lol, what do psychologists make", intent="ask_pay")
    assert message.get(INTENT)["name"] == "ask_pay"
    assert ("input_flag", "denied") in entities(message) and not entities(message, "safety_category")


@pytest.mark.parametrize("intent", ["nlu_fallback", "out_of_scope", "deny"])
def test_a_denial_with_nothing_else_gets_the_acknowledgement(intent):
    message = parse("im not suicidal, just stressed", intent=intent)
    assert message.get(INTENT)["name"] == "safety"
    assert entities(message, "safety_category") == [("safety_category", "negated")]
