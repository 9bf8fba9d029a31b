"""RulePolicy predictions from the last turns only (the `recent_rule_states` patch of
careerbot/rasa_patches.py, which lists and applies it).

To predict, RulePolicy builds the dialogue state of every turn of the conversation, twice after a
user message, though a rule only looks at as many turns as the longest rule has. Here only those
last turns are built, once per prediction, and the events are replayed from where the previous
prediction on the same tracker stopped. A state depends only on the conversation up to its own
turn, so they are the same states. Where Rasa uses all the states for something else (the
intent-based prediction's source when no rule matched), all are built. With DEBUG logging on,
Rasa's own code runs, because it logs every state. Training calls RulePolicy's inner methods, not
`predict_action_probabilities`, and is untouched.
"""
import contextvars
import copy
import functools
import itertools
import logging
import weakref
from collections import deque
from typing import Any, Callable, Deque, Dict, List, Optional, Tuple

from rasa.core.featurizers.tracker_featurizers import MaxHistoryTrackerFeaturizer
from rasa.core.policies.policy import SupportedData
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.shared.core.events import (
    ActionExecuted,
    ActionReverted,
    ActiveLoop,
    Event,
    Restarted,
    SessionStarted,
    UserUtteranceReverted,
)
from rasa.shared.core.trackers import DialogueStateTracker


def _rasas(name: str) -> Callable:
    """Rasa's own RulePolicy method, as careerbot.rasa_patches.apply() found it."""
    from careerbot.rasa_patches import rasas_code  # imported here: rasa_patches imports this module
    return rasas_code(RulePolicy, name)


_rule_policy_logger = logging.getLogger(RulePolicy.__module__)
# Inside RulePolicy.predict_action_probabilities (inference; training calls `_predict` directly):
# the states already built for this prediction, by (turns, omit_unset_slots).
_predicting: "contextvars.ContextVar[Optional[Dict[Tuple[int, bool], List[Dict]]]]" = contextvars.ContextVar(
    "careerbot_rule_prediction", default=None)


class _RecentStates(list):
    """The last states of a conversation, with a way to build all of them when needed."""

    def __init__(self, states: List[Dict], all_states: Callable[[], List[Dict]], from_text: bool):
        super().__init__(states)
        self.all_states, self.from_text = all_states, from_text


class _RecentHistory:
    """A tracker whose `past_states` are only the states of its last `turns` turns."""

    def __init__(self, tracker: DialogueStateTracker, turns: int, built: Dict[Tuple[int, bool], List[Dict]]):
        self._tracker, self._turns, self._built = tracker, turns, built

    def __getattr__(self, name: str) -> Any:
        return getattr(self._tracker, name)

    def past_states(self, domain: Any, omit_unset_slots: bool = False, ignore_rule_only_turns: bool = False,
                    rule_only_data: Optional[Dict[str, Any]] = None) -> List[Dict]:
        if ignore_rule_only_turns:   # states then depend on earlier turns (not so for RulePolicy)
            return self._tracker.past_states(domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        key = (self._turns, omit_unset_slots)
        if key not in self._built:
            self._built[key] = recent_states(self._tracker, domain, self._turns, omit_unset_slots)
        return copy.deepcopy(self._built[key])   # the featurizer edits the states it is given


class _Replay:
    """How far recent_states has replayed one tracker's events, to go on from there next time.

    The tracker store hands the same tracker object to every turn of a conversation, and a turn
    only appends events, so each prediction replays just the events added since the last one,
    not the whole conversation. Anything that is not a plain append (a rewind, a loop, another
    domain) is replayed from the start, as Rasa does.
    """

    def __init__(self, tracker: DialogueStateTracker, domain: Any, turns: int, omit_unset_slots: bool):
        self.domain, self.turns, self.omit_unset_slots = domain, turns, omit_unset_slots
        self.prior = tracker.init_copy()
        self.before_actions: Deque[Dict] = deque(maxlen=turns - 1)   # states before the latest actions
        self.replayed = 0          # events of tracker.events replayed
        self.last_event: Optional[Event] = None

    def fits(self, tracker: DialogueStateTracker, domain: Any, turns: int, omit_unset_slots: bool) -> bool:
        return (self.domain is domain and self.turns == turns and self.omit_unset_slots == omit_unset_slots
                and len(tracker.events) >= self.replayed
                and (self.replayed == 0 or tracker.events[self.replayed - 1] is self.last_event))

    def advance(self, tracker: DialogueStateTracker) -> bool:
        """Replays the new events; False when one of them is not a plain append."""
        for event in itertools.islice(tracker.events, self.replayed, None):
            if isinstance(event, _REWINDS) or (isinstance(event, ActiveLoop) and event.name):
                return False
            if isinstance(event, (Restarted, SessionStarted)):   # applied events start again here
                self.prior = tracker.init_copy()
                self.before_actions.clear()
            else:
                if isinstance(event, ActionExecuted) and self.turns > 1:
                    self.before_actions.append(self._state())
                self.prior.update(event)
            self.replayed += 1
            self.last_event = event
        return True

    def _state(self) -> Dict:
        return self.domain._clean_state(self.domain.get_active_state(self.prior,
                                                                      omit_unset_slots=self.omit_unset_slots))

    def states(self) -> List[Dict]:
        return [copy.deepcopy(state) for state in self.before_actions] + [self._state()]


_REWINDS = (ActionReverted, UserUtteranceReverted)
_REPLAYS = "_careerbot_rule_replays"   # on a tracker: its _Replay for each (turns, omit_unset_slots)


def recent_states(tracker: DialogueStateTracker, domain: Any, turns: int, omit_unset_slots: bool = False) -> List[Dict]:
    """`tracker.past_states(domain, omit_unset_slots)[-turns:]` without building the others.

    Domain.states_for_tracker_history builds one state per prior tracker (the tracker before
    each action, then the current one), each from that prior tracker alone when rule-only
    turns are kept.
    """
    replays: Dict[Tuple[int, bool], _Replay] = tracker.__dict__.setdefault(_REPLAYS, {})
    replay = replays.pop((turns, omit_unset_slots), None)
    if replay is None or not replay.fits(tracker, domain, turns, omit_unset_slots):
        replay = _Replay(tracker, domain, turns, omit_unset_slots)
    if replay.advance(tracker):
        replays[(turns, omit_unset_slots)] = replay
        return replay.states()
    return _replayed_states(tracker, domain, turns, omit_unset_slots)


def _replayed_states(tracker: DialogueStateTracker, domain: Any, turns: int, omit_unset_slots: bool) -> List[Dict]:
    """recent_states from all the applied events (rewinds and loops included)."""
    applied = tracker.applied_events()
    first = sum(1 for event in applied if isinstance(event, ActionExecuted)) + 1 - turns
    states: List[Dict] = []
    prior = tracker.init_copy()
    index = 0
    for event in applied:
        if isinstance(event, ActionExecuted):
            if index >= first:
                states.append(domain._clean_state(domain.get_active_state(prior, omit_unset_slots=omit_unset_slots)))
            index += 1
        prior.update(event)
    if index >= first:
        states.append(domain._clean_state(domain.get_active_state(prior, omit_unset_slots=omit_unset_slots)))
    return states


_longest_rules: "weakref.WeakKeyDictionary[RulePolicy, Tuple[Tuple, int]]" = weakref.WeakKeyDictionary()


def longest_rule(policy: RulePolicy) -> int:
    """The number of turns of the longest rule (or loop unhappy-path condition) the policy knows."""
    tables = [policy.lookup.get(table, {}) for table in (RULES, RULES_FOR_LOOP_UNHAPPY_PATH)]
    version = tuple((id(table), len(table)) for table in tables)
    known = _longest_rules.get(policy)
    if known is None or known[0] != version:
        longest = max((len(policy._rule_key_to_state(key)) for table in tables for key in table), default=0)
        known = _longest_rules[policy] = (version, longest)
    return known[1]


def _recent_states_give_rasas_answer(policy: RulePolicy) -> bool:
    """The featurizer slices nothing and post-processes state by state; no DEBUG log of the states."""
    featurizer = policy.featurizer
    return (isinstance(featurizer, MaxHistoryTrackerFeaturizer)
            and type(featurizer).prediction_states is MaxHistoryTrackerFeaturizer.prediction_states
            and not featurizer.max_history
            and policy.supported_data() != SupportedData.ML_DATA
            and not _rule_policy_logger.isEnabledFor(logging.DEBUG))


def rule_predict_action_probabilities(self: RulePolicy, tracker: DialogueStateTracker, domain: Any,
                                      rule_only_data: Optional[Dict[str, Any]] = None, **kwargs: Any) -> Any:
    """RulePolicy.predict_action_probabilities, marked as a prediction (see rule_prediction_states)."""
    token = _predicting.set({})
    try:
        return _rasas("predict_action_probabilities")(self, tracker, domain, rule_only_data, **kwargs)
    finally:
        _predicting.reset(token)


def rule_prediction_states(self: RulePolicy, tracker: DialogueStateTracker, domain: Any,
                           use_text_for_last_user_input: bool = False,
                           rule_only_data: Optional[Dict[str, Any]] = None) -> List[Dict]:
    """RulePolicy._prediction_states; in a prediction, only the turns the longest rule can look at."""
    all_states = functools.partial(_rasas("_prediction_states"), self, tracker, domain,
                                   use_text_for_last_user_input, rule_only_data)
    built = _predicting.get()
    if built is None or not _recent_states_give_rasas_answer(self):
        return all_states()
    states = self.featurizer.prediction_states(
        [_RecentHistory(tracker, max(1, longest_rule(self)), built)], domain,
        use_text_for_last_user_input=use_text_for_last_user_input,
        ignore_rule_only_turns=False, rule_only_data=rule_only_data, ignore_action_unlikely_intent=False)[0]
    return _RecentStates(states, all_states, use_text_for_last_user_input)


def rule_feature_key(self: RulePolicy, states: List[Dict]) -> Optional[str]:
    """RulePolicy._create_feature_key, of all the conversation's states where it matters.

    Rasa makes this key when no rule matched, as the prediction's source; the source decides
    `hide_rule_turn` of the intent-based prediction. The text-based source is only used when a
    rule matched (and then it is that rule's key), so there the recent states do.
    """
    if isinstance(states, _RecentStates) and not states.from_text:
        states = states.all_states()
    return _rasas("_create_feature_key")(self, states)
