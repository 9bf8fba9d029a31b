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
from pathlib import Path
from typing import Any, Dict, List, Optional

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from careerbot import grades, rasa_patches
from careerbot.conversation.support import CAREER_QUESTIONS
from careerbot.input_guard import clean_user_text
from careerbot.kb.live import shared_knowledge
from careerbot.language import detect_language
from careerbot.nlp import TermFinderCache, training_inputs_digest
from careerbot.payloads import as_typed_text, is_button_payload
from careerbot.privacy import mask_pii
from careerbot.safety import segment
from careerbot.safety.assess import NEGATED, Thresholds, assess
from careerbot.safety.classifier import SafetyModel, corpus_digest, trained_model
from careerbot.safety.negation import question_part

# Rasa imports this module to train, test or serve the model: from then on DIET builds its training
# batches the faster way, without tf.data's autotuning, and training runs independent nodes side by side
# (careerbot/rasa_training_patches.py).
rasa_patches.apply(["sparse_batches", "parallel_training", "no_autotune_stall"])

logger = logging.getLogger(__name__)

FLAGS = "careerbot_flags"   # message attribute carrying InputGuard's findings to SafetyOverride
SAFETY_SCORES = "careerbot_safety_scores"   # the learned layer's probabilities, for SafetyOverride
LANGUAGE = "careerbot_language"             # LanguageDetector's entity, added to the output last
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
            masked = mask_pii(cleaned.text)
            if masked != cleaned.text:
                flags.append("personal")   # the reply says personal details aren't needed
            message.set(TEXT, masked)
            message.set(FLAGS, flags, add_to_output=False)
        return messages


# Registered as a featurizer so that Rasa also runs it over the training data, before tokenizing.
@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class KnowledgeTermMarker(_Stateless):
    """Knowledge-base terms via careerbot's spaCy pipeline; rebuilt when the knowledge base changes. The
    intent classifier reads the message with its terms masked and without what the student denies."""

    finders = TermFinderCache()

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        cls.finders.for_knowledge(shared_knowledge().get())   # build at model load, not on a student's message
        return cls(config)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        self._mask([m for m in training_data.training_examples if m.get(TEXT)], question_only=False)
        return training_data

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """Rasa caches what this component made of the training data by its config alone; the
        code and the lexicon that shape the placeholders must count too, or a change is missed."""
        return training_inputs_digest()

    def process(self, messages: List[Message]) -> List[Message]:
        return self._mask(messages, question_only=True)

    def _mask(self, messages: List[Message], question_only: bool) -> List[Message]:
        """Students' messages are read without a denial or a check-in answer in front of their question
        ("i'm not suicidal lol, what do nurses make"). Training examples are read whole: none holds a
        denial, and trimming the few that start with "no," moved DIET's results by a point of F1."""
        finder = self.finders.for_knowledge(shared_knowledge().get())
        for message in messages:
            if "button" in (message.get(FLAGS) or []):
                continue
            text = message.get(TEXT) or ""
            terms, masked = finder.find_and_mask(text)
            question = question_part(text) if question_only else text
            if question != text:
                masked = finder.find_and_mask(question)[1]
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


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class LanguageDetector(_Stateless):
    """The language of each message (py3langid, offline) as the entity "language", with its confidence.
    The conversation decides what to answer in: a student's explicit choice wins, and a short or
    mixed message keeps the conversation's language (careerbot/conversation/language.py)."""

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            if "button" in (message.get(FLAGS) or []):
                continue
            lang, confidence = detect_language(message.get(SCREEN_TEXT) or message.get(TEXT) or "")
            if lang:
                message.set(LANGUAGE, {"entity": "language", "value": lang, "start": 0, "end": 0,
                                       "confidence_entity": round(confidence, 3),
                                       "extractor": type(self).__name__}, add_to_output=False)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=True)
class SafetyModelComponent(GraphComponent):
    """The learned layer of the safety screen, trained from data/safety at `rasa train` (no download).
    It only scores messages; SafetyOverride decides."""

    MODEL_FILE = "safety_model.pkl"

    def __init__(self, config: Dict[str, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[SafetyModel] = None) -> None:
        self.config, self._model_storage, self._resource, self.model = config, model_storage, resource, model

    @classmethod
    def create(cls, config, model_storage, resource, execution_context):
        return cls(config, model_storage, resource)

    @classmethod
    def fingerprint_addon(cls, config: Dict[str, Any]) -> Optional[str]:
        """The corpus lives outside Rasa's training data, so its changes must reach the cache key."""
        return corpus_digest()

    def train(self, training_data: TrainingData) -> Resource:
        self.model = trained_model()
        with self._model_storage.write_to(self._resource) as directory:
            self.model.save(Path(directory) / self.MODEL_FILE)
        return self._resource

    @classmethod
    def load(cls, config, model_storage, resource, execution_context, **kwargs):
        segment.word_counts()   # read at start (about a second), not on the first run-together message
        try:
            with model_storage.read_from(resource) as directory:
                return cls(config, model_storage, resource, SafetyModel.load(Path(directory) / cls.MODEL_FILE))
        except ValueError:   # nothing trained yet: the deterministic screen still runs
            logger.warning("No trained safety model; only the deterministic screen runs.")
            return cls(config, model_storage, resource)

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: List[Message]) -> List[Message]:
        scored = [m for m in messages if "button" not in (m.get(FLAGS) or [])]
        if self.model and scored:
            texts = [m.get(SCREEN_TEXT) or m.get(TEXT) or "" for m in scored]
            for message, probabilities in zip(scored, self.model.probabilities(texts), strict=True):
                message.set(SAFETY_SCORES, probabilities, add_to_output=False)
        return messages


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyOverride(_Stateless):
    """Last in the pipeline: the screen and the model decide (careerbot/safety/assess.py); a crisis,
    a check-in, a "not in crisis" or a bullying or harassment message overrides any intent."""

    @staticmethod
    def get_default_config() -> Dict[str, Any]:
        return dict(Thresholds().as_config())

    def __init__(self, config: Dict[str, Any]) -> None:
        config = {**self.get_default_config(), **config}
        super().__init__(config)
        self.thresholds = Thresholds.from_config(config)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            flags = message.get(FLAGS) or []
            if "button" in flags:
                continue
            if message.get(LANGUAGE):
                message.set(ENTITIES, message.get(ENTITIES, []) + [message.get(LANGUAGE)], add_to_output=True)
            result = assess(message.get(SCREEN_TEXT) or message.get(TEXT) or "", message.get(SAFETY_SCORES),
                            self.thresholds)
            if result.level == NEGATED and (message.get(INTENT) or {}).get("name") in CAREER_QUESTIONS:
                # "i'm not depressed lol, what do psychologists make?": the question is answered, after a
                # line saying the bot is glad they're okay (careerbot/conversation/respond.py)
                logger.info("Safety: %s (%s), with a question.", result.level, result.source)
                flags = flags + ["denied"]
            elif result.category:
                logger.info("Safety: %s (%s).", result.level, result.source)
                self._override(message, SAFETY_INTENT, {"entity": "safety_category", "value": result.category})
            elif "empty" in flags or "emoji" in flags:
                self._override(message, UNCLEAR_INTENT, {"entity": "input_flag", "value": flags[-1]})
            for flag in ("truncated", "personal", "denied"):   # noted in the reply, whatever the message asks
                if flag in flags:
                    message.set(ENTITIES, message.get(ENTITIES, []) + [
                        {"entity": "input_flag", "value": flag, "start": 0, "end": 0,
                         "extractor": type(self).__name__}], add_to_output=True)
        return messages

    @staticmethod
    def _override(message: Message, intent: str, entity: Optional[Dict]) -> None:
        message.set(INTENT, {"name": intent, "confidence": 1.0}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{"name": intent, "confidence": 1.0}], add_to_output=True)
        if entity:
            entity = dict(entity, start=0, end=0, extractor="SafetyOverride")
            message.set(ENTITIES, message.get(ENTITIES, []) + [entity], add_to_output=True)
