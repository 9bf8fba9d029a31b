"""Faster drop-in replacements for Rasa 3.6 internals that cost time on every turn.

`apply()` installs them. careerbot/rasa_channel.py calls it once, when the Rasa server loads
careerbot's channel, so every `rasa run` of this project (the stack, the scaled stack, the
Docker images) serves with them. tests/test_rasa_patches.py runs each one side by side with
the Rasa code it replaces.

Exact replacements: they return what Rasa's code returns and only skip work.

* `action_response_validator`: RemoteAction._validate_action_result calls
  `jsonschema.validate()`, which checks the schema itself against the JSON Schema meta-schema
  on every custom-action call (tens of ms for Rasa's event schema). Here the validator is built,
  and the schema checked, once. Responses are validated the way `jsonschema.validate()` does it
  (`best_match` of the errors), and the error message is Rasa's.
* `event_type_table`: Event.resolve_by_type walks every Event subclass for every event it
  deserialises, and the tracker store deserialises every event of the conversation on every
  turn. Here the type is looked up in a table of the same subclasses, taken in the same order.
  The table is rebuilt when a new Event subclass is defined.
* `sql_event_data`: SQLTrackerStore._retrieve loads each event row as an ORM object (all
  columns) only to read its `data` column, then parses the rows one by one. Here the same
  query selects just that column, and the rows (each one JSON object, as Rasa writes them) are
  parsed in one call, as one JSON array; if that does not give one value per row, they are
  parsed one by one as Rasa does.
* `recent_rule_states` (careerbot/rasa_rule_states.py): RulePolicy builds the states of only the
  last turns its longest rule can look at, replaying only the events added since its last
  prediction on the same tracker.
* `frozen_model_heap`: a loaded model is some 800,000 Python objects (TensorFlow, the graph), and
  every full garbage collection walks them all. A long conversation allocates enough per turn
  (its tracker, read back from the store) to set off full collections every few turns: about
  20 ms a turn, on average, at turn 150. Here Agent.load_model ends with `gc.freeze()`, which
  moves what the model loaded out of the collector's generations, and starts with
  `gc.unfreeze()`, so a model being replaced can be collected. Nothing else changes: the
  collector only skips objects that were alive (and reachable, just after a collection) when
  the model finished loading.

* `sparse_batches` (careerbot/rasa_training_patches.py): DIET's training batches built with one
  concatenation per array instead of three arrays per example. careerbot/rasa_components.py
  applies it on import, so `rasa train` uses it too.
* `parallel_training` (careerbot/rasa_training_patches.py): `rasa train` runs graph nodes that do not
  depend on each other side by side, two at a time: the safety model trains while DIET does.
* `no_autotune_stall` (careerbot/rasa_training_patches.py): tf.data's autotuning is off for the
  dataset of DIET's batches; waiting for its thread stalled training for up to a minute at the end.

Opt-in, per endpoints.yml:

* `careerbot_events: current_turn` under `action_endpoint`: the tracker sent to the action
  server carries only the events of the turn being answered (from the latest user message on),
  not the whole conversation. It still carries the slots, latest message, active loop and latest
  action. careerbot's actions read nothing else: the latest message, the `exploration` slot, and
  the latest user event's metadata. The payload then stops growing with the conversation
  (about 800 KB at turn 150 otherwise). An action that needs the history must read it from a
  slot, or this line must go.
"""
import gc
import itertools
import json
import logging
import weakref
from typing import Any, Dict, List, Optional, Tuple

import jsonschema
import rasa.model_training
from jsonschema.exceptions import best_match
from keras.engine.data_adapter import GeneratorDataAdapter
from rasa.core.actions.action import RemoteAction
from rasa.core.agent import Agent
from rasa.core.policies.rule_policy import RulePolicy
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity
from rasa.shared.utils.common import all_subclasses
from rasa.utils.tensorflow.data_generator import RasaDataGenerator

from careerbot.rasa_rule_states import rule_feature_key, rule_predict_action_probabilities, rule_prediction_states
from careerbot.rasa_training_patches import ThreadedTrainingRunner, dataset_without_autotuning, scipy_matrix_to_values

logger = logging.getLogger(__name__)

# The endpoints.yml key (under action_endpoint) and value that send only the current turn's events.
EVENTS_KEY, CURRENT_TURN = "careerbot_events", "current_turn"

# (owner, attribute) -> what the class itself held before (None: it inherited it), to put back.
_ORIGINALS: Dict[Tuple[type, str], Any] = {}
# (owner, attribute) -> Rasa's implementation, callable (a plain function for methods).
_RASA: Dict[Tuple[type, str], Any] = {}


def rasas_code(owner: type, name: str) -> Any:
    """Rasa's own implementation of a patched attribute."""
    return _RASA[(owner, name)]


# --- action_response_validator -------------------------------------------------------------------

_action_response_validator: Optional[Any] = None


def action_response_validator() -> Any:
    """The validator for action-server responses, built (and its schema checked) once."""
    global _action_response_validator
    if _action_response_validator is None:
        schema = RemoteAction.action_response_format_spec()
        cls = jsonschema.validators.validator_for(schema)
        cls.check_schema(schema)
        _action_response_validator = cls(schema)
    return _action_response_validator


def validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    """RemoteAction._validate_action_result with the validator built once."""
    error = best_match(action_response_validator().iter_errors(result))
    if error is not None:
        error.message += (
            f". Failed to validate Action server response from API, "
            f"make sure your response from the Action endpoint is valid. "
            f"For more information about the format visit "
            f"{DOCS_BASE_URL}/custom-actions"
        )
        raise error
    return True


# --- event_type_table ----------------------------------------------------------------------------

_event_types: Optional[Dict[str, "weakref.ref[type]"]] = None


def _event_subclass_defined(cls: type, **kwargs: Any) -> None:
    """Event.__init_subclass__ while the patch is on: a new event class invalidates the table."""
    global _event_types
    _event_types = None
    super(Event, cls).__init_subclass__(**kwargs)


def _event_type_table() -> Dict[str, "weakref.ref[type]"]:
    global _event_types
    if _event_types is None:
        table: Dict[str, weakref.ref[type]] = {}
        for cls in all_subclasses(Event):   # Rasa's order: the first class with a type name wins
            table.setdefault(cls.type_name, weakref.ref(cls))
        _event_types = table
    return _event_types


def resolve_event_type(type_name: str, default: Optional[type] = None) -> Optional[type]:
    """Event.resolve_by_type from the table; anything the table doesn't hold goes to Rasa's code."""
    ref = _event_type_table().get(type_name)
    cls = ref() if ref is not None else None
    if cls is not None and getattr(cls, "type_name", None) == type_name:
        return cls
    return rasas_code(Event, "resolve_by_type")(type_name, default)


# --- sql_event_data ------------------------------------------------------------------------------

_tracker_store_logger = logging.getLogger(SQLTrackerStore.__module__)


def _json_rows(rows: List[str]) -> List[Any]:
    """`[json.loads(row) for row in rows]` in one call of the parser (a third of the time for 900 rows)."""
    try:
        values = json.loads("[" + ",".join(rows) + "]")
        if isinstance(values, list) and len(values) == len(rows):
            return values
    except ValueError:
        pass
    return [json.loads(row) for row in rows]   # Rasa's way, and its error for a broken row


async def sql_retrieve(self: SQLTrackerStore, sender_id: str,
                       fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
    """SQLTrackerStore._retrieve, reading only the `data` column of the same rows."""
    with self.session_scope() as session:
        query = self._event_query(session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions)
        serialised_events = query.with_entities(self.SQLEvent.data).all()
        events = _json_rows([event.data for event in serialised_events])
        if self.domain and len(events) > 0:
            _tracker_store_logger.debug(f"Recreating tracker from sender id '{sender_id}'")
            return DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        _tracker_store_logger.debug(
            f"Can't retrieve tracker matching "
            f"sender id '{sender_id}' from SQL storage. "
            f"Returning `None` instead."
        )
        return None


# --- careerbot_events: current_turn (opt-in) -----------------------------------------------------

def current_turn_events(tracker: DialogueStateTracker) -> List[Event]:
    """The events from the latest user message on (all events if there is none)."""
    events = tracker.events
    for back, event in enumerate(reversed(events)):
        if isinstance(event, UserUttered):
            return list(itertools.islice(events, len(events) - 1 - back, None))
    return list(events)


class _CurrentTurnTracker:
    """The tracker, with `current_state(ALL)` listing only the current turn's events."""

    def __init__(self, tracker: DialogueStateTracker):
        self._tracker = tracker

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tracker, name)

    def current_state(self, event_verbosity: EventVerbosity = EventVerbosity.NONE) -> Dict[str, Any]:
        if event_verbosity != EventVerbosity.ALL:
            return self._tracker.current_state(event_verbosity)
        state = self._tracker.current_state(EventVerbosity.NONE)
        state["events"] = [event.as_dict() for event in current_turn_events(self._tracker)]
        return state


def sends_current_turn_only(action: RemoteAction) -> bool:
    endpoint = action.action_endpoint
    return endpoint is not None and endpoint.kwargs.get(EVENTS_KEY) == CURRENT_TURN


def action_call_format(self: RemoteAction, tracker: DialogueStateTracker, domain: Any) -> Dict[str, Any]:
    """RemoteAction._action_call_format; with `careerbot_events: current_turn`, the current turn's events."""
    if sends_current_turn_only(self):
        tracker = _CurrentTurnTracker(tracker)
    return rasas_code(RemoteAction, "_action_call_format")(self, tracker, domain)


# --- frozen_model_heap ---------------------------------------------------------------------------

def load_model(self: Agent, model_path: Any, fingerprint: Optional[str] = None) -> None:
    """Agent.load_model, then what it loaded is kept out of the garbage collector's passes."""
    gc.unfreeze()   # a model loaded before, and now being replaced, can be collected again
    rasas_code(Agent, "load_model")(self, model_path, fingerprint)
    gc.collect()
    gc.freeze()


# --- applying ------------------------------------------------------------------------------------

PATCHES: Dict[str, List[Tuple[type, str, Any]]] = {
    "action_response_validator": [(RemoteAction, "_validate_action_result", validate_action_result)],
    "event_type_table": [(Event, "resolve_by_type", staticmethod(resolve_event_type)),
                         (Event, "__init_subclass__", classmethod(_event_subclass_defined))],
    "sql_event_data": [(SQLTrackerStore, "_retrieve", sql_retrieve)],
    "recent_rule_states": [(RulePolicy, "predict_action_probabilities", rule_predict_action_probabilities),
                           (RulePolicy, "_prediction_states", rule_prediction_states),
                           (RulePolicy, "_create_feature_key", rule_feature_key)],
    "frozen_model_heap": [(Agent, "load_model", load_model)],
    "current_turn_events": [(RemoteAction, "_action_call_format", action_call_format)],
    "sparse_batches": [(RasaDataGenerator, "_scipy_matrix_to_values", staticmethod(scipy_matrix_to_values))],
    "parallel_training": [(rasa.model_training, "DaskGraphRunner", ThreadedTrainingRunner)],
    "no_autotune_stall": [(GeneratorDataAdapter, "get_dataset", dataset_without_autotuning)],
}
_applied: List[str] = []


def apply(names: Optional[List[str]] = None) -> None:
    """Installs the patches (all, or those named); one already installed is left as it is."""
    for name in PATCHES if names is None else names:
        if name in _applied:
            continue
        for owner, attribute, replacement in PATCHES[name]:
            _ORIGINALS[(owner, attribute)] = owner.__dict__.get(attribute)
            _RASA[(owner, attribute)] = getattr(owner, attribute)
            setattr(owner, attribute, replacement)
        _applied.append(name)
    action_response_validator()   # built now, when the server starts, not on the first student's turn
    _event_type_table()
    logger.debug("Rasa patches applied: %s", ", ".join(_applied))


def remove() -> None:
    """Puts Rasa's own code back (for tests and side-by-side measurements)."""
    global _event_types
    for (owner, attribute), original in _ORIGINALS.items():
        if original is None:
            delattr(owner, attribute)
        else:
            setattr(owner, attribute, original)
    _ORIGINALS.clear()
    _RASA.clear()
    _applied.clear()
    _event_types = None


def applied() -> List[str]:
    """The names of the patches in place."""
    return list(_applied)
