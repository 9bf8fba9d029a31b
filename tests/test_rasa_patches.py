"""careerbot.rasa_patches: each patch is in place once Rasa loads the channels, and gives what the
Rasa code it replaces gives (each test runs both, side by side)."""
import asyncio
import copy
import gc
import json
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.agent import Agent
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.tracker_store import SQLTrackerStore
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (
    ActionExecuted,
    ActiveLoop,
    BotUttered,
    Event,
    SessionStarted,
    SlotSet,
    UserUtteranceReverted,
    UserUttered,
)
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.shared.importers.importer import TrainingDataImporter
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig
from rasa_sdk.executor import ActionExecutor

from careerbot import rasa_patches, rasa_rule_states
from careerbot.kb import live
from careerbot.kb.live import LiveKnowledge

pytestmark = pytest.mark.heavy   # Rasa

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_KNOWLEDGE = Path(__file__).parent / "fixtures" / "knowledge"


@pytest.fixture
def patches():
    """The patches applied for the test, and the state before put back after it."""
    before = rasa_patches.applied()
    rasa_patches.remove()
    rasa_patches.apply()
    yield rasa_patches
    rasa_patches.remove()
    if before:
        rasa_patches.apply(before)


def with_rasa(call):
    """`call()` with Rasa's own code in place of every patch, then the patches back."""
    applied = rasa_patches.applied()
    rasa_patches.remove()
    try:
        return call()
    finally:
        rasa_patches.apply(applied)


def outcome(call):
    try:
        return ("ok", call())
    except jsonschema.ValidationError as error:
        return ("invalid", error.message, list(error.path), error.validator, list(error.schema_path))


# --- applied at server start --------------------------------------------------------------------------

def test_loading_the_channels_like_rasa_run_applies_every_patch():
    """`rasa run` imports the channels named in credentials.yml; careerbot's channel applies the patches."""
    script = textwrap.dedent("""
        import json
        from rasa.core.run import create_http_input_channels
        from careerbot import rasa_patches
        assert rasa_patches.applied() == []
        create_http_input_channels(None, "credentials.yml")
        import rasa.core.actions.action as action_module
        active = action_module.RemoteAction._validate_action_result is rasa_patches.validate_action_result
        print(json.dumps({"applied": rasa_patches.applied(), "validator": active}))
    """)
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"applied": list(rasa_patches.PATCHES), "validator": True}


def test_apply_is_idempotent_and_remove_puts_rasas_code_back(patches):
    assert RemoteAction._validate_action_result is rasa_patches.validate_action_result
    patches.apply()
    assert patches.applied() == list(rasa_patches.PATCHES)
    patches.remove()
    assert RemoteAction._validate_action_result is not rasa_patches.validate_action_result
    assert "resolve_by_type" in Event.__dict__ and "__init_subclass__" not in Event.__dict__
    assert "_prediction_states" not in RulePolicy.__dict__


# --- action_response_validator -------------------------------------------------------------------------

VALID_RESPONSES = [
    {},
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "timestamp": None, "name": "exploration", "value": {"grade": 8, "interests": []}}],
     "responses": [{"text": "Hi!", "buttons": [{"title": "Yes", "payload": "/affirm"}], "custom": {"kind": "card"},
                    "template": None, "response": None, "image": None, "attachment": None, "elements": []}]},
    {"events": [{"event": "user", "text": "hi", "parse_data": {"intent": {"name": "greet", "confidence": 0.9},
                                                               "entities": [{"entity": "x", "value": 1, "start": 0}]}},
                {"event": "action", "name": "action_listen", "policy": None, "confidence": 1.0},
                {"event": "bot", "text": "hello", "metadata": {"a": 1}},
                {"event": "session_started"}, {"event": "followup", "name": "action_greet"},
                {"event": "reset_slots"}, {"event": "restart"}, {"event": "rewind"}, {"event": "undo"},
                {"event": "active_loop", "name": None}, {"event": "entities", "entities": []}]},
    {"events": [{"event": "slot", "name": "x", "value": None, "extra": "fields are allowed"}], "other": 1},
]
INVALID_RESPONSES = [
    None, [], "events", 3,
    {"events": {}},
    {"events": [{}]},
    {"events": [{"event": "slot"}]},
    {"events": [{"event": "slot", "name": 3, "value": 1}]},
    {"events": [{"event": "no such event"}]},
    {"events": [{"event": "slot", "name": "x", "value": 1, "timestamp": "today"}]},
    {"events": [{"event": "bot", "metadata": []}]},
    {"events": [{"event": "user", "parse_data": {"entities": [{"entity": "x"}]}}]},
    {"events": [{"event": "user", "parse_data": {"intent": {"name": 5}}}]},
    {"events": [{"event": "action", "name": 5}]},
    {"events": [{"event": "entities"}]},
    {"events": [{"event": 7}]},
    {"responses": {}},
    {"responses": ["Hi!"]},
    {"responses": [{"text": "fine"}, None]},
]


@pytest.mark.parametrize("response", VALID_RESPONSES + INVALID_RESPONSES)
def test_action_responses_are_rejected_exactly_when_rasa_rejects_them(patches, response):
    action = RemoteAction("action_greet", EndpointConfig("http://localhost:5055/webhook"))
    ours = outcome(lambda: action._validate_action_result(copy.deepcopy(response)))
    rasas = with_rasa(lambda: outcome(lambda: action._validate_action_result(copy.deepcopy(response))))
    assert ours == rasas
    assert ours[0] == ("ok" if response in VALID_RESPONSES else "invalid")


def test_the_schema_is_checked_once_not_per_call(patches, monkeypatch):
    checks = []
    validator_class = type(rasa_patches.action_response_validator())
    monkeypatch.setattr(validator_class, "check_schema", classmethod(lambda cls, schema: checks.append(schema)))
    monkeypatch.setattr(jsonschema, "validate", lambda *a, **k: checks.append(a))
    action = RemoteAction("action_greet", EndpointConfig("http://localhost:5055/webhook"))
    for response in VALID_RESPONSES:
        assert action._validate_action_result(copy.deepcopy(response)) is True
    assert checks == []
    with_rasa(lambda: action._validate_action_result({}))
    assert len(checks) == 1   # Rasa's own code checks the schema on every call


def test_a_turn_validates_the_action_servers_answer_with_the_patch(patches, monkeypatch):
    """RemoteAction.run, the way the processor calls it, with the action server's answer stubbed."""
    checks = []
    monkeypatch.setattr(type(rasa_patches.action_response_validator()), "check_schema",
                        classmethod(lambda cls, schema: checks.append(schema)))
    monkeypatch.setattr(jsonschema, "validate", lambda *a, **k: checks.append(a))
    answers = [{"events": [{"event": "slot", "name": "exploration", "value": {}}], "responses": [{"text": "Hi!"}]},
               {"events": [{"event": "slot"}], "responses": []}]
    endpoint = EndpointConfig("http://localhost:5055/webhook")

    async def request(**kwargs):
        return copy.deepcopy(answers.pop(0))
    monkeypatch.setattr(endpoint, "request", request)
    domain = Domain.from_yaml("version: '3.1'\nslots:\n  exploration:\n    type: any\n"
                              "    mappings: [{type: custom}]\n")
    tracker = DialogueStateTracker("t", domain.slots)
    action = RemoteAction("action_greet", endpoint)
    nlg = TemplatedNaturalLanguageGenerator(domain.responses)
    events = asyncio.run(action.run(CollectingOutputChannel(), nlg, tracker, domain))
    assert [e.type_name for e in events] == ["bot", "slot"]
    with pytest.raises(jsonschema.ValidationError, match="Failed to validate Action server response"):
        asyncio.run(action.run(CollectingOutputChannel(), nlg, tracker, domain))
    assert checks == []


# --- event_type_table ----------------------------------------------------------------------------------

def test_every_event_type_resolves_as_rasa_resolves_it(patches):
    names = sorted({cls.type_name for cls in all_subclasses(Event)}) + ["topic"]
    for name in names:
        assert Event.resolve_by_type(name) is with_rasa(lambda name=name: Event.resolve_by_type(name))
    assert Event.resolve_by_type("no such", default=BotUttered) is BotUttered
    with pytest.raises(ValueError, match="Unknown event name 'no such'"):
        Event.resolve_by_type("no such")


def test_an_event_class_defined_later_is_found(patches):
    assert Event.resolve_by_type("bot") is BotUttered

    class CareerbotTestEvent(BotUttered):
        type_name = "careerbot_test_event"

    class ShadowedBot(BotUttered):   # the same type name as BotUttered: Rasa keeps the first it finds
        type_name = "bot"

    assert Event.resolve_by_type("careerbot_test_event") is CareerbotTestEvent
    assert Event.resolve_by_type("bot") is with_rasa(lambda: Event.resolve_by_type("bot"))
    assert Event.from_parameters({"event": "careerbot_test_event", "text": "x"}).text == "x"
    del ShadowedBot


# --- sql_event_data ------------------------------------------------------------------------------------

def conversation_events(turns: int, seed: int = 0):
    rng = random.Random(seed)
    events = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    for turn in range(turns):
        intent = rng.choice(["greet", "share_interest", "ask_courses", "nlu_fallback", "thank"])
        events += [UserUttered("message %d é ✓" % turn, {"name": intent, "confidence": rng.random()},
                               [{"entity": "grade", "value": str(turn % 12), "start": 0, "end": 1,
                                 "confidence_entity": 0.5}],
                               {"intent_ranking": [{"name": intent, "confidence": 0.5}], "text": "m"},
                               input_channel="rest", metadata={"lang": "es", "n": turn}),
                   ActionExecuted("action_" + intent, policy="RulePolicy", confidence=1.0),
                   SlotSet("exploration", {"grade": turn, "interests": ["x"] * (turn % 3), "more": None}),
                   BotUttered("reply %d" % turn, {"buttons": [{"title": "a", "payload": "/b"}], "custom": None}),
                   ActionExecuted("action_listen")]
    return events


def test_sql_retrieval_gives_the_tracker_rasa_gives(patches, tmp_path):
    domain = Domain.from_yaml("version: '3.1'\nslots:\n  exploration:\n    type: any\n"
                              "    mappings: [{type: custom}]\n")
    store = SQLTrackerStore(domain, dialect="sqlite", db=str(tmp_path / "events.db"))
    tracker = DialogueStateTracker.from_events("student", conversation_events(40), domain.slots)
    asyncio.run(store.save(tracker))
    ours = asyncio.run(store.retrieve("student"))
    rasas = with_rasa(lambda: asyncio.run(store.retrieve("student")))
    assert ours.current_state(EventVerbosity.ALL) == rasas.current_state(EventVerbosity.ALL)
    assert list(ours.events) == list(rasas.events) and len(ours.events) > 150
    assert asyncio.run(store.retrieve("nobody")) is None
    assert asyncio.run(store.retrieve_full_tracker("student")).current_state(EventVerbosity.ALL) == \
        with_rasa(lambda: asyncio.run(store.retrieve_full_tracker("student"))).current_state(EventVerbosity.ALL)


def test_rows_that_do_not_join_into_one_array_are_parsed_one_by_one():
    assert rasa_patches._json_rows(['{"a": 1}', '{"b": [2, "x"]}']) == [{"a": 1}, {"b": [2, "x"]}]
    assert rasa_patches._json_rows([]) == []
    for rows in (['{"a": 1}', "not json"], ["1, 2", "3"]):   # Rasa's error, from the row that is broken
        with pytest.raises(json.JSONDecodeError) as ours:
            rasa_patches._json_rows(rows)
        with pytest.raises(json.JSONDecodeError) as rasas:
            [json.loads(row) for row in rows]
        assert str(ours.value) == str(rasas.value)


# --- recent_rule_states --------------------------------------------------------------------------------

def train_rule_policy(domain_path, data_paths, tmp_path, **config):
    tmp_path.mkdir(exist_ok=True)
    importer = TrainingDataImporter.load_from_dict(domain_path=str(domain_path),
                                                   training_data_paths=[str(p) for p in data_paths])
    domain = importer.get_domain()
    trackers = TrainingDataGenerator(importer.get_stories(), domain, augmentation_factor=0).generate()
    policy = RulePolicy.create({**RulePolicy.get_default_config(), **config}, LocalModelStorage(tmp_path),
                               Resource("rules"), ExecutionContext(GraphSchema({}), "test"))
    with_rasa(lambda: policy.train(trackers, domain))
    return policy, domain


def predict_both(policy, tracker, domain):
    ours = policy.predict_action_probabilities(tracker, domain)
    rasas = with_rasa(lambda: policy.predict_action_probabilities(tracker, domain))
    assert ours == rasas
    assert ours.hide_rule_turn == rasas.hide_rule_turn and ours.events == rasas.events
    return ours


def talk(policy, domain, turns, rng, intents, entities=(), slot_values=None):
    """A conversation of random user turns; the bot does what the policy predicts (both ways)."""
    tracker = DialogueStateTracker.from_events("student", [ActionExecuted("action_listen")], domain.slots)
    names = domain.action_names_or_texts
    for _ in range(turns):
        intent = rng.choice(intents)
        found = [{"entity": e, "value": "x"} for e in entities if rng.random() < 0.3]
        tracker.update(UserUttered("text", {"name": intent, "confidence": 0.9}, found))
        for _ in range(3):   # at most three actions, then the student speaks again
            prediction = predict_both(policy, tracker, domain)
            action = names[prediction.max_confidence_index]
            tracker.update(ActionExecuted(action, policy="RulePolicy", confidence=prediction.max_confidence,
                                          hide_rule_turn=prediction.hide_rule_turn))
            if action == "action_listen":
                break
            for slot, values in (slot_values or {}).items():
                if rng.random() < 0.3:
                    tracker.update(SlotSet(slot, rng.choice(values)))
    return tracker


def test_rule_predictions_on_the_projects_rules_are_rasas(patches, tmp_path):
    policy, domain = train_rule_policy(ROOT / "domain.yml", [ROOT / "data" / "rules"], tmp_path,
                                       core_fallback_threshold=0.3, core_fallback_action_name="action_nlu_fallback",
                                       enable_fallback_prediction=True)
    intents = list(domain.intents) + ["nlu_fallback", "not_in_the_domain"]
    tracker = talk(policy, domain, 60, random.Random(15), intents, entities=domain.entities)
    assert len(tracker.events) > 150
    full = tracker.past_states(domain)
    for turns in (1, 2, 5, len(full), len(full) + 3):
        assert rasa_rule_states.recent_states(tracker, domain, turns) == full[-turns:]


def test_rule_states_replayed_event_by_event_are_rasas(patches, tmp_path):
    """The same tracker, asked after every new event (as a conversation's turns do), with a new
    session, a rewind and a form along the way."""
    policy, domain = train_rule_policy(ROOT / "domain.yml", [ROOT / "data" / "rules"], tmp_path,
                                       core_fallback_threshold=0.3, core_fallback_action_name="action_nlu_fallback",
                                       enable_fallback_prediction=True)
    source = talk(policy, domain, 25, random.Random(3), list(domain.intents), entities=domain.entities)
    events = list(source.events)
    events[40:40] = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    events[70:70] = [UserUtteranceReverted()]
    events[90:90] = [ActiveLoop("some_form"), ActiveLoop(None)]
    tracker = DialogueStateTracker("student", domain.slots)
    for number, event in enumerate(events):
        tracker.update(event)
        if number % 3 == 0 or 38 <= number <= 100 or number > len(events) - 5:
            full = tracker.past_states(domain)
            for turns in (1, 4):
                assert rasa_rule_states.recent_states(tracker, domain, turns) == full[-turns:], (number, turns)


MULTI_TURN_DOMAIN = """
version: "3.1"
intents: [greet, ask, affirm, deny, inform, stop, chitchat]
entities: [topic]
slots:
  mood:
    type: categorical
    values: [happy, sad]
    influence_conversation: true
    mappings: [{type: custom}]
  topic:
    type: text
    influence_conversation: true
    mappings: [{type: from_entity, entity: topic}]
forms:
  survey_form:
    required_slots: [topic]
actions: [action_welcome, action_hi, action_answer, action_more, action_sad, action_submit, action_chat]
"""
MULTI_TURN_RULES = """
version: "3.1"
rules:
- rule: welcome at the start
  conversation_start: true
  steps: [{intent: greet}, {action: action_welcome}]
- rule: hi later
  steps: [{intent: greet}, {action: action_hi}]
- rule: a longer answer
  steps: [{intent: ask}, {action: action_answer}, {action: action_more}, {action: action_answer}]
- rule: a follow-up after the answer
  steps: [{action: action_more}, {action: action_answer}, {action: action_listen}, {intent: affirm},
          {action: action_more}]
- rule: when sad
  condition: [{slot_was_set: [{mood: sad}]}]
  steps: [{intent: deny}, {action: action_sad}]
- rule: start the survey
  steps: [{intent: inform}, {action: survey_form}, {active_loop: survey_form}]
- rule: submit the survey
  condition: [{active_loop: survey_form}]
  steps: [{action: survey_form}, {active_loop: null}, {slot_was_set: [{requested_slot: null}]},
          {action: action_submit}]
- rule: chitchat inside the survey
  condition: [{active_loop: survey_form}]
  steps: [{intent: chitchat}, {action: action_chat}, {action: survey_form}, {active_loop: survey_form}]
- rule: stop the survey
  condition: [{active_loop: survey_form}]
  steps: [{intent: stop}, {action: action_deactivate_loop}, {active_loop: null}, {action: action_hi}]
"""


def test_rule_predictions_with_long_rules_slots_and_forms_are_rasas(patches, tmp_path):
    (tmp_path / "domain.yml").write_text(MULTI_TURN_DOMAIN)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "rules.yml").write_text(MULTI_TURN_RULES)
    policy, domain = train_rule_policy(tmp_path / "domain.yml", [tmp_path / "data"], tmp_path / "model")
    assert rasa_rule_states.longest_rule(policy) >= 4
    rng = random.Random(7)
    for _ in range(4):
        talk(policy, domain, 40, rng, list(domain.intents) + ["nlu_fallback"], entities=["topic"],
             slot_values={"mood": ["happy", "sad", None], "topic": ["x", None]})
    tracker = DialogueStateTracker.from_events("student", [ActionExecuted("action_listen")], domain.slots)
    script = [UserUttered("hi", {"name": "greet"}), ActionExecuted("action_welcome"), ActionExecuted("action_listen"),
              UserUttered("?", {"name": "ask"}), ActionExecuted("action_answer"), ActionExecuted("action_more"),
              ActionExecuted("action_answer"), ActionExecuted("action_listen"), UserUttered("y", {"name": "affirm"})]
    for event in script:
        tracker.update(event)
        predict_both(policy, tracker, domain)
    for event in [ActionExecuted("action_more"), ActionExecuted("action_listen"),
                  UserUttered("t", {"name": "inform"}), ActionExecuted("survey_form"), ActiveLoop("survey_form"),
                  ActionExecuted("action_listen"), UserUttered("t", {"name": "chitchat"}),
                  UserUtteranceReverted(), UserUttered("t", {"name": "stop"})]:
        tracker.update(event)
        predict_both(policy, tracker, domain)


def test_rasas_code_runs_when_rule_states_are_logged(patches, tmp_path, caplog, monkeypatch):
    (tmp_path / "domain.yml").write_text(MULTI_TURN_DOMAIN)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "rules.yml").write_text(MULTI_TURN_RULES)
    policy, domain = train_rule_policy(tmp_path / "domain.yml", [tmp_path / "data"], tmp_path / "model")
    tracker = DialogueStateTracker.from_events(
        "student", [ActionExecuted("action_listen"), UserUttered("hi", {"name": "greet"})], domain.slots)
    calls = []
    recent_states = rasa_rule_states.recent_states
    monkeypatch.setattr(rasa_rule_states, "recent_states", lambda *a, **k: calls.append(1) or recent_states(*a, **k))
    policy.predict_action_probabilities(tracker, domain)
    assert calls
    calls.clear()
    with caplog.at_level("DEBUG", logger=RulePolicy.__module__):
        policy.predict_action_probabilities(tracker, domain)
    assert not calls


# --- frozen_model_heap ---------------------------------------------------------------------------------

def test_what_a_model_load_leaves_is_frozen_and_a_new_load_unfreezes_it_first(patches, monkeypatch):
    seen = []

    def rasas_load_model(agent, model_path, fingerprint=None):
        seen.append((model_path, fingerprint, gc.get_freeze_count()))
    monkeypatch.setitem(rasa_patches._RASA, (Agent, "load_model"), rasas_load_model)
    try:
        gc.freeze()   # as if a model had been loaded before
        Agent.load_model(Agent(), "models/one.tar.gz")
        assert seen == [("models/one.tar.gz", None, 0)] and gc.get_freeze_count() > 0
        Agent.load_model(Agent(), "models/two.tar.gz", "print")
        assert seen[1] == ("models/two.tar.gz", "print", 0) and gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


# --- careerbot_events: current_turn --------------------------------------------------------------------

def test_only_the_current_turns_events_are_sent_and_nothing_else_changes(patches):
    domain = Domain.load(ROOT / "domain.yml")
    tracker = DialogueStateTracker.from_events("student", conversation_events(12), domain.slots)
    tracker.update(UserUttered("what now", {"name": "help", "confidence": 1.0}, metadata={"lang": "en"}))
    tracker.update(ActionExecuted("action_help"))
    trimmed_endpoint = EndpointConfig("http://localhost:5055/webhook", careerbot_events="current_turn")
    plain_endpoint = EndpointConfig("http://localhost:5055/webhook")
    trimmed = RemoteAction("action_help", trimmed_endpoint)._action_call_format(tracker, domain)
    full = with_rasa(lambda: RemoteAction("action_help", trimmed_endpoint)._action_call_format(tracker, domain))
    assert RemoteAction("action_help", plain_endpoint)._action_call_format(tracker, domain) == full
    assert [e["event"] for e in trimmed["tracker"]["events"]] == ["user", "action"]
    assert trimmed["tracker"]["events"] == full["tracker"]["events"][-2:]
    del trimmed["tracker"]["events"], full["tracker"]["events"]
    assert trimmed == full
    no_user = DialogueStateTracker.from_events("s", [ActionExecuted("action_listen")], domain.slots)
    assert rasa_patches.current_turn_events(no_user) == list(no_user.events)


def test_the_actions_answer_the_same_with_only_the_current_turns_events(patches, monkeypatch):
    """Every action, run by the action server's executor on a long conversation, sent both ways."""
    monkeypatch.setattr(live, "_shared", LiveKnowledge(FIXTURE_KNOWLEDGE))
    domain = Domain.load(ROOT / "domain.yml")
    executor = ActionExecutor()
    executor.register_package("actions")
    custom = sorted(name for name in domain.user_actions if name in executor.actions)
    trimmed_endpoint = EndpointConfig("http://localhost:5055/webhook", careerbot_events="current_turn")
    rng = random.Random(3)
    texts = ["hi", "i like cars", "what classes", "que es esto", "tell me more", "compare them", "thanks", ""]
    tracker = DialogueStateTracker.from_events("student", [ActionExecuted("action_listen")], domain.slots)
    for turn in range(40):
        name = rng.choice(custom)
        intent = name[len("action_"):]
        lang = rng.choice([None, "en", "es"])
        tracker.update(UserUttered(rng.choice(texts), {"name": intent, "confidence": 0.9}, [],
                                   metadata={"lang": lang} if lang else {}))
        action = RemoteAction(name, trimmed_endpoint)
        trimmed = action._action_call_format(tracker, domain)
        full = with_rasa(lambda action=action: action._action_call_format(tracker, domain))
        assert len(trimmed["tracker"]["events"]) < len(full["tracker"]["events"]) or turn == 0
        answer = asyncio.run(executor.run(json.loads(json.dumps(trimmed))))
        assert answer == asyncio.run(executor.run(json.loads(json.dumps(full))))
        tracker.update(ActionExecuted(name))
        for event in answer["events"]:
            tracker.update(Event.from_parameters(event))
        tracker.update(ActionExecuted("action_listen"))
