"""The learned safety layer: its fast scorer computes exactly what the scikit-learn models compute, and its training
data is drawn stably and apart from every test set."""
import random
import re
from pathlib import Path

import numpy as np
import pytest
import yaml

from careerbot.safety.classifier import (
    CONCERN,
    MIXES,
    NEGATIVE,
    Example,
    SafetyModel,
    _pipeline,
    combined,
    load_corpus,
    mixed_messages,
    model_text,
    trained_model,
)
from careerbot.safety.scorer import FastScorer


@pytest.fixture(scope="module")
def small_model_and_texts():
    examples = load_corpus()
    rng = random.Random(5)
    sample = rng.sample(examples, 800)
    labels = {e.label for e in sample}
    assert len(labels) > 2
    # fitted without the thousands of two-part messages train() adds: the arithmetic is the same, in seconds
    model = SafetyModel.fit([model_text(e.text) for e in sample], [e.label for e in sample])
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
    prepared = [model_text(t) for t in texts]
    linear = model.pipeline.predict_proba(prepared)
    network = model.network.predict_proba(model.pipeline.steps[0][1].transform(prepared).astype(np.float32))
    got = np.array([model._scorer(text) for text in prepared])
    assert np.allclose(got, combined(linear, network), rtol=0, atol=1e-5)   # the network's weights are float32
    found = [model._scorer.features(text) for text in prepared]
    assert np.allclose([model._scorer.linear(*f) for f in found], linear, rtol=0, atol=1e-9)
    assert np.allclose([model._scorer.network(*f) for f in found], network, rtol=0, atol=1e-5)
    assert not np.allclose(linear, network, rtol=0, atol=1e-3), "two readers, not one twice"
    by_label = model.probabilities(texts[:3])
    assert [sorted(row) for row in by_label] == [sorted(model.labels)] * 3


def test_without_the_fast_scorer_scikit_learn_gives_the_same_probabilities(small_model_and_texts):
    model, texts = small_model_and_texts
    fast = model.probabilities(texts[:40])
    slow = SafetyModel(model.pipeline, model.labels, model.network)
    slow._scorer = None
    for a, b in zip(fast, slow.probabilities(texts[:40]), strict=True):
        assert a.keys() == b.keys() and all(abs(a[k] - b[k]) < 1e-5 for k in a)


def test_the_trained_model_is_kept_by_digest_and_trained_once(tmp_path, monkeypatch, small_model_and_texts):
    import careerbot.safety.classifier as classifier

    model, texts = small_model_and_texts
    trainings = []
    monkeypatch.setattr(classifier, "load_corpus", lambda: [])
    monkeypatch.setattr(classifier.SafetyModel, "train", classmethod(lambda _, examples: trainings.append(1) or model))
    (tmp_path / "safety-model-0000.pickle").write_bytes(b"an older digest's model")
    first = trained_model(tmp_path)
    again = trained_model(tmp_path)
    assert trainings == [1] and first is model
    assert [p.name for p in tmp_path.iterdir()] == ["safety-model-%s.pickle" % classifier.corpus_digest()]
    assert again.probabilities(texts[:5]) == model.probabilities(texts[:5])


def test_a_pipeline_the_scorer_does_not_know_falls_back_to_scikit_learn(small_model_and_texts):
    _, texts = small_model_and_texts
    changed = _pipeline()
    changed.steps[0][1].transformer_list[0][1].sublinear_tf = False
    assert not FastScorer.supports(changed.fit([model_text(t) for t in texts[:200]] * 2, ["a", "b", "c", "d"] * 100))


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


def test_one_training_line_less_changes_only_the_mixes_it_was_in():
    """Mixes are drawn from hashes of the texts, so removing a line leaves every other mix alone (drawn by position,
    one line less reshuffled them all and moved held-out figures by several messages)."""
    examples = [Example("ordinary message <%d>" % n, NEGATIVE) for n in range(300)]
    examples += [Example("crisis message <%d>" % n, "self_harm") for n in range(100)]
    examples += [Example("worrying message <%d>" % n, CONCERN) for n in range(40)]
    before = {(m.text, m.label) for m in mixed_messages(examples)}
    for removed in (examples[7], examples[350]):
        after = {(m.text, m.label) for m in mixed_messages([e for e in examples if e is not removed])}
        changed = before ^ after
        assert all(removed.text in text for text, _ in before - after)
        # each mix the removed line was in is replaced by at most one other
        assert len(after - before) <= len(before - after)
        assert changed and len(changed) < len(before) / 20


def test_mixes_are_the_configured_number_and_keep_the_worrying_label():
    examples = [Example("ordinary %d" % n, NEGATIVE) for n in range(200)]
    examples += [Example("crisis %d" % n, "abuse") for n in range(50)]
    examples += [Example("worry %d" % n, CONCERN) for n in range(9)]
    mixes = mixed_messages(examples)
    by_label = {label: sum(m.label == label for m in mixes) for label in ("abuse", CONCERN, NEGATIVE)}
    assert by_label == {"abuse": MIXES["crisis"], CONCERN: MIXES["concern"], NEGATIVE: MIXES["negative"]}
    assert all(("crisis" in m.text) for m in mixes if m.label == "abuse")
