"""Every custom action, run the way the action server runs it, against the fixture knowledge base."""
from pathlib import Path

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.actions as actions_module
from careerbot.conversation.respond import HANDLERS, action_name
from careerbot.kb import live
from careerbot.kb.live import LiveKnowledge

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"

ACTIONS = {action_name(intent): intent for intent in HANDLERS}


@pytest.fixture(autouse=True)
def fixture_knowledge(monkeypatch):
    monkeypatch.setattr(live, "_shared", LiveKnowledge(FIXTURE))


def action(name):
    for value in vars(actions_module).values():
        if isinstance(value, type) and issubclass(value, actions_module.AbstractIntentAction) and \
                value is not actions_module.AbstractIntentAction and value().name() == name:
            return value()
    raise KeyError(name)


def tracker(intent, text="", entities=(), exploration=None):
    latest = {"intent": {"name": intent, "confidence": 0.9}, "text": text, "entities": list(entities)}
    return Tracker("test-user", {"exploration": exploration}, latest, [], False, None, None, "action_listen")


async def run(name, intent, text="", entities=(), exploration=None):
    dispatcher = CollectingDispatcher()
    events = await action(name).run(dispatcher, tracker(intent, text, entities, exploration), {})
    return dispatcher.messages, events


def text_of(messages):
    return "\n".join(m.get("text") or "" for m in messages)


def entity(label, value, text=None):
    found = {"entity": label, "value": value, "start": 0, "end": 0}
    if text:
        found["text"] = text
    return found


@pytest.mark.parametrize("name", sorted(ACTIONS))
async def test_each_action_replies_and_saves_state(name):
    messages, events = await run(name, ACTIONS[name], "hello")
    assert messages and all(m.get("text") for m in messages)
    assert events[0]["event"] == "slot" and events[0]["name"] == "exploration"
    assert isinstance(events[0]["value"], dict)


async def test_share_interest_uses_extracted_entities():
    messages, events = await run("action_share_interest", "share_interest", "I like drones",
                                 [entity("interest", "drones", "drones")])
    assert "Digital Technology" in text_of(messages)
    assert events[0]["value"]["interests"] == ["drones"]


async def test_button_payload_entities_without_text_are_named_from_the_knowledge_base():
    messages, events = await run("action_ask_about", "ask_about", "/ask_about", [entity("cluster", "construction")])
    assert "Skilled Trades" in text_of(messages)
    assert events[0]["value"]["focus"] == ["cluster", "construction"]


async def test_context_carries_over_between_actions():
    _, events = await run("action_ask_about", "ask_about", "construction",
                          [entity("cluster", "construction", "construction")])
    messages, _ = await run("action_ask_courses", "ask_courses", "what classes for that?",
                            exploration=events[0]["value"])
    assert "Construction Trades" in text_of(messages)


async def test_quiz_answer_button_choice():
    _, events = await run("action_request_quiz", "request_quiz", "quiz me")
    messages, events = await run("action_quiz_answer", "quiz_answer", "/quiz_answer",
                                 [entity("quiz_choice", "1")], events[0]["value"])
    assert "Question 2 of 3" in text_of(messages)
    assert events[0]["value"]["quiz"]["answers"] == [1]


async def test_summary_sends_custom_payload():
    _, events = await run("action_ask_about", "ask_about", "construction",
                          [entity("cluster", "construction", "construction")])
    messages, _ = await run("action_ask_summary", "ask_summary", "recap", exploration=events[0]["value"])
    custom = next(m["custom"] for m in messages if m.get("custom"))
    assert custom["type"] == "handout"
    assert "Construction (career cluster)" in custom["handout"]["sections"][0]["blocks"][0]["items"]


async def test_truncated_flag_adds_a_note():
    messages, _ = await run("action_greet", "greet", "hi", [entity("input_flag", "truncated")])
    assert "only read the first part" in messages[0]["text"]


async def test_unclear_input_for_emoji():
    messages, _ = await run("action_empty_input", "empty_input", "", [entity("input_flag", "emoji")])
    assert "in words" in text_of(messages)


@pytest.mark.parametrize("category, must_have", [("self_harm", "988"), ("abuse", "1-800-422-4453"),
                                                 ("sexual_abuse", "1-800-422-4453"), ("violence", "911")])
async def test_safety_response(category, must_have):
    messages, _ = await run("action_safety", "safety", "...", [entity("safety_category", category)])
    assert must_have in text_of(messages)
    assert "Construction" not in text_of(messages)
    # no career buttons: "I'm okay now" and "Back to careers" only (support continues until one)
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/affirm", "/help"]


async def test_bullying_response_names_the_counselor():
    messages, _ = await run("action_safety", "safety", "...", [entity("safety_category", "bullying")])
    assert "Test Counseling Office" in text_of(messages)


async def test_an_internal_error_becomes_a_friendly_reply(monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(actions_module, "respond", broken)
    messages, events = await run("action_ask_about", "ask_about", "construction")
    assert "something went wrong" in text_of(messages) and "boom" not in text_of(messages)
    assert events[0]["name"] == "exploration"
