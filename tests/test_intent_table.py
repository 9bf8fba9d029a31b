"""The intent table (careerbot.conversation.respond.HANDLERS) is the single source: the domain,
the rules, the training data and the action classes must all agree with it."""
import inspect
from pathlib import Path

import yaml

import actions.actions as actions_module
from careerbot.conversation.respond import FALLBACK_INTENT, HANDLERS, action_name

ROOT = Path(__file__).resolve().parent.parent
# Set by the safety screen, or only by buttons (typed quiz answers are picks: choose_option), never learned.
NOT_LEARNED = {"safety", "empty_input", "quiz_answer"}


def _yaml(path):
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def domain():
    return _yaml(ROOT / "domain.yml")


def rules():
    found = []
    for path in sorted((ROOT / "data" / "rules").glob("*.yml")):
        found.extend(_yaml(path).get("rules") or [])
    return found


LANGUAGES = ("en", "es")   # data/nlu/<lang>/<topic>.yml


def nlu_intents(lang):
    intents = set()
    for path in sorted((ROOT / "data" / "nlu" / lang).glob("*.yml")):
        intents.update(block["intent"] for block in _yaml(path).get("nlu") or [] if "intent" in block)
    return intents


def test_domain_lists_every_intent_and_its_action():
    assert set(domain()["intents"]) == set(HANDLERS) - {FALLBACK_INTENT}
    assert sorted(domain()["actions"]) == sorted(action_name(i) for i in HANDLERS)


def test_each_intent_has_exactly_one_rule_to_its_own_action():
    pairs = []
    for rule in rules():
        steps = rule["steps"]
        assert len(steps) == 2 and "intent" in steps[0] and "action" in steps[1], rule["rule"]
        pairs.append((steps[0]["intent"], steps[1]["action"]))
    assert sorted(p[0] for p in pairs) == sorted(HANDLERS)
    assert all(act == action_name(intent) for intent, act in pairs)


def test_training_data_in_each_language_covers_the_learned_intents_only():
    assert sorted(p.name for p in (ROOT / "data" / "nlu").iterdir()) == sorted(LANGUAGES)
    for lang in LANGUAGES:
        assert nlu_intents(lang) == set(HANDLERS) - NOT_LEARNED - {FALLBACK_INTENT}, lang


def test_one_action_class_per_intent():
    classes = [c for _, c in inspect.getmembers(actions_module, inspect.isclass)
               if issubclass(c, actions_module.AbstractIntentAction) and c is not actions_module.AbstractIntentAction]
    assert sorted(c.intent for c in classes) == sorted(HANDLERS)
    for cls in classes:
        assert cls.__name__ == "Action" + "".join(p.capitalize() for p in cls.intent.split("_"))


def test_handlers_are_named_after_their_intent():
    for intent, handler in HANDLERS.items():
        assert handler.__name__ == "handle_" + intent


def test_fallback_action_is_the_fallback_intents_action():
    config = _yaml(ROOT / "config.yml")
    rule_policy = next(p for p in config["policies"] if p["name"] == "RulePolicy")
    assert rule_policy["core_fallback_action_name"] == action_name(FALLBACK_INTENT)


def test_domain_lists_every_entity_the_pipeline_sets():
    from careerbot import lexicon
    from careerbot.kb import kinds
    expected = set(kinds.NAMED) | {"interest", "grade", "quiz_choice", "de_topic", "safety_category", "input_flag",
                                   "language"}
    assert set(domain()["entities"]) == expected | set(lexicon.LABELS)
