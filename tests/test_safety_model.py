"""The learned safety layer's fast scorer computes exactly what the scikit-learn pipeline computes."""
import random
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from careerbot.safety.classifier import SafetyModel, _LinearScorer, _pipeline, load_corpus, model_text


@pytest.fixture(scope="module")
def small_model_and_texts():
    examples = load_corpus()
    rng = random.Random(5)
    sample = rng.sample(examples, 800)
    labels = {e.label for e in sample}
    assert len(labels) > 2
    model = SafetyModel.train(sample)
    held = [e.text for e in rng.sample(examples, 300)]
    odd = ["", "   ", "???", "🙂🙂", "k", "ME GUSTA LA MÚSICA!!!", "i want to kms", "a" * 400,
           "que es la inscripción doble"]
    return model, held + odd


def test_the_pipeline_built_for_training_is_one_the_scorer_supports():
    pipeline = _pipeline()
    assert [type(v).__name__ for _, v in pipeline.steps[0][1].transformer_list] == ["TfidfVectorizer"] * 3


def test_scorer_matches_the_pipeline(small_model_and_texts):
    model, texts = small_model_and_texts
    assert model._scorer is not None, "the fast scorer should be in use for the pipeline we train"
    expected = model.pipeline.predict_proba([model_text(t) for t in texts])
    got = np.array([model._scorer(model_text(t)) for t in texts])
    assert np.allclose(got, expected, rtol=0, atol=1e-9)
    by_label = model.probabilities(texts[:3])
    assert [sorted(row) for row in by_label] == [sorted(model.labels)] * 3


def test_a_pipeline_the_scorer_does_not_know_falls_back_to_scikit_learn(small_model_and_texts):
    _, texts = small_model_and_texts
    changed = _pipeline()
    changed.steps[0][1].transformer_list[0][1].sublinear_tf = False
    assert not _LinearScorer.supports(changed.fit([model_text(t) for t in texts[:200]] * 2, ["a", "b", "c", "d"] * 100))


def _words(text) -> str:
    return " ".join(re.findall(r"\w+", str(text).lower()))


def test_no_held_out_or_development_message_is_trained_on():
    """The safety sets in tests/ measure the layers; a message of theirs in data/safety would flatter them.
    Independent writers do land on the same stock phrases ("ya no quiero vivir"), so any such line is
    dropped from the corpus."""
    tests_dir = Path(__file__).resolve().parent
    measured = set()
    for path in sorted(tests_dir.glob("heldout/safety*.yml")) + sorted(tests_dir.glob("safety_dev*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for key in ("crisis", "negatives", "checkin", "negated"):
            measured |= {_words(item["text"] if isinstance(item, dict) else item) for item in data.get(key) or []}
    trained = [e.text for e in load_corpus() if e.source == "corpus"]
    assert len(measured) > 5000 and len(trained) > 20000
    assert sorted(text for text in trained if _words(text) in measured) == []
