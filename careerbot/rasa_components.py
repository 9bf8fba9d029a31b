"""Rasa NLU graph components: thin wrappers over careerbot's input guard, term finder and safety screen.

Pipeline order matters (config.yml):
  InputGuard (first)        cleans text, masks personal details, neutralises typed "/commands"
  KnowledgeTermMarker       finds knowledge-base and lexicon terms; replaces each named thing by
                            its kind's placeholder, in training data and in messages alike, so
                            intents are learned from how a question is asked, not from names
  ... tokenizer, featurizers, DIET, FallbackClassifier ...
  KnowledgeEntityExtractor  the terms as entities (knowledge-base ids), and the text restored
  SafetyOverride (last)     the deterministic crisis screen; it overrides any intent,
                            including a low-confidence fallback
Rasa's RegexMessageHandler runs after the whole pipeline, so only genuine button payloads
(checked by InputGuard) can still set an intent directly.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from careerbot import grades
from careerbot.input_guard import clean_user_text
from careerbot.kb.live import shared_knowledge
from careerbot.nlp import TermFinderCache, training_inputs_digest
from careerbot.payloads import as_typed_text, is_button_payload
from careerbot.privacy import mask_pii
from careerbot.safety import screen

logger = logging.getLogger(__name__)

FLAGS = "careerbot_flags"   # message attribute carrying InputGuard's findings to SafetyOverride
TERMS = "careerbot_terms"   # the terms KnowledgeTermMarker found, for KnowledgeEntityExtractor
UNMASKED = "careerbot_unmasked_text"   # the text before terms were replaced by placeholders
SCREEN_TEXT = "careerbot_screen_text"   # the whole message, before truncation, for the safety screen
SCREEN_LIMIT = 20000
SAFETY_INTENT = "safety"
UNCLEAR_INTENT = "empty_input"


class _Stateless(GraphComponent):
    """Common plumbing for components that need no training."""

    def __init__(self, config: Dict[str, Any]) -> None:
        self.config = config

    @classmethod
    def create(cls, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> GraphComponent:
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class InputGuard(_Stateless):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            raw = message.get(TEXT) or ""
            flags = []
            if raw.lstrip().startswith("/"):
                if is_button_payload(raw, shared_knowledge().get()):
                    message.set(FLAGS, ["button"], add_to_output=False)
                    continue
                raw = as_typed_text(raw)
            message.set(SCREEN_TEXT, raw[:SCREEN_LIMIT], add_to_output=False)
            cleaned = clean_user_text(raw)
            if cleaned.truncated:
                flags.append("truncated")
            if cleaned.empty:
                flags.append("empty")
            elif cleaned.emoji_only:
                flags.append("emoji")
            message.set(TEXT, mask_pii(cleaned.text))
            message.set(FLAGS, flags, add_to_output=False)
        return messages


# Registered as a featurizer so that Rasa also runs it over the training data, before tokenizing.
@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class KnowledgeTermMarker(_Stateless):
    """Knowledge-base terms via careerbot's spaCy pipeline; rebuilt when the knowledge base changes."""

    finders = TermFinderCache()

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        cls.finders.for_knowledge(shared_knowledge().get())   # build at model load, not on a student's message
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self.process([m for m in training_data.training_examples if m.get(TEXT)])
        return training_data

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Rasa caches what this component made of the training data by its config alone; the
        code and the lexicon that shape the placeholders must count too, or a change is missed."""
        return training_inputs_digest()

    def process(self, messages: List[Message]) -> List[Message]:
        finder = self.finders.for_knowledge(shared_knowledge().get())
        for message in messages:
            if "button" in (message.get(FLAGS) or []):
                continue
            text = message.get(TEXT) or ""
            terms, masked = finder.find_and_mask(text)
            message.set(TERMS, terms, add_to_output=False)
            message.set(UNMASKED, text, add_to_output=False)
            message.set(TEXT, masked)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False)
class KnowledgeEntityExtractor(_Stateless, EntityExtractorMixin):
    """The terms KnowledgeTermMarker found, as entities with knowledge-base ids; the text restored."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if "button" in (message.get(FLAGS) or []):
                continue
            text = message.get(UNMASKED) or message.get(TEXT) or ""
            message.set(TEXT, text)
            entities = [{"entity": m.label, "value": m.value, "start": m.start, "end": m.end,
                         "confidence_entity": 1.0, "text": m.text} for m in message.get(TERMS) or []]
            grade = grades.parse_grade(text)
            if grade is not None:
                entities.append({"entity": "grade", "value": str(grade), "start": 0, "end": 0,
                                 "confidence_entity": 1.0})
            entities = self.add_extractor_name(entities)
            message.set(ENTITIES, message.get(ENTITIES, []) + entities, add_to_output=True)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyOverride(_Stateless):
    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            flags = message.get(FLAGS) or []
            if "button" in flags:
                continue
            result = screen(message.get(SCREEN_TEXT) or message.get(TEXT) or "")
            if result.category:
                logger.info("Safety screen matched (rule %s).", result.rule)
                self._override(message, SAFETY_INTENT, {"entity": "safety_category", "value": result.category})
            elif "empty" in flags or "emoji" in flags:
                self._override(message, UNCLEAR_INTENT, {"entity": "input_flag", "value": flags[-1]})
            if "truncated" in flags:
                message.set(ENTITIES, message.get(ENTITIES, []) + [
                    {"entity": "input_flag", "value": "truncated", "start": 0, "end": 0,
                     "extractor": type(self).__name__}], add_to_output=True)
        return messages

    @staticmethod
    def _override(message: Message, intent: str, entity: Optional[Dict]) -> None:
        message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 1.0}], add_to_output=True)
        if entity:
            entity = dict(entity, start=0, end=0, extractor="SafetyOverride")
            message.set(ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True)
