"""The learned layer's probabilities for one message, computed directly from the fitted models' arrays.

scikit-learn's own calls build sparse matrices, check their inputs, run the feature union through joblib
and multiply by transposed (non-contiguous) copies of the weights: about 2 ms a message for the linear
model alone, on every turn. The same arithmetic is done here once per message:
- features: each vectorizer's n-grams are counted, weighted (1 + log tf) * idf and L2-normalised, as
  TfidfVectorizer does with sublinear_tf;
- the linear model: the dot product with its coefficients plus the intercept, through a softmax, as
  multinomial LogisticRegression does;
- the network: a ReLU hidden layer over the same features, then a softmax, as MLPClassifier does.
tests/test_safety_model.py checks both against scikit-learn on the corpus.
"""
from __future__ import annotations

from typing import Dict, List, Tuple

import numpy as np


def combined(linear: np.ndarray, network: np.ndarray) -> np.ndarray:
    """The layer's probabilities: the mean of its two readers' (measured against weights 0.3 and 0.7)."""
    return (linear + network) / 2


def _softmax(scores: np.ndarray) -> np.ndarray:
    scores = np.exp(scores - scores.max())
    return scores / scores.sum()


class FastScorer:
    def __init__(self, pipeline, network=None):
        union, regression = pipeline.steps[0][1], pipeline.steps[-1][1]
        self.vectorizers = []
        offset = 0
        for _, vectorizer in union.transformer_list:
            self.vectorizers.append((vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_, offset))
            offset += len(vectorizer.vocabulary_)
        self.weights = np.ascontiguousarray(regression.coef_.T)   # one row per feature
        self.intercept = regression.intercept_
        self.layers = None
        if network is not None:
            (hidden, output), (hidden_bias, output_bias) = network.coefs_, network.intercepts_
            self.layers = (np.ascontiguousarray(hidden), hidden_bias, output, output_bias)

    @staticmethod
    def supports(pipeline, network=None) -> bool:
        """Whether the models are the ones classifier.py trains, so this scorer computes what they do."""
        if len(pipeline.steps) != 2 or not hasattr(pipeline.steps[0][1], "transformer_list"):
            return False
        regression = pipeline.steps[1][1]
        vectorizers = [v for _, v in pipeline.steps[0][1].transformer_list]
        readers_ok = network is None or (
            network.n_layers_ == 3 and network.activation == "relu" and network.out_activation_ == "softmax"
            and list(network.classes_) == list(regression.classes_))
        return (len(regression.classes_) > 2 and getattr(regression, "multi_class", "auto") in ("auto", "multinomial")
                and all(type(v).__name__ == "TfidfVectorizer" and v.sublinear_tf and v.norm == "l2" and v.use_idf
                        and v.dtype == np.float64 for v in vectorizers) and readers_ok)

    def features(self, text: str) -> Tuple[np.ndarray, np.ndarray]:
        """(feature indices, tf-idf values) of the message, the union's row without its zeros."""
        indices: List[np.ndarray] = []
        values: List[np.ndarray] = []
        for analyze, vocabulary, idf, offset in self.vectorizers:
            counts: Dict[int, int] = {}
            for gram in analyze(text):
                index = vocabulary.get(gram)
                if index is not None:
                    counts[index] = counts.get(index, 0) + 1
            if not counts:
                continue
            found = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
            weighted = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float64, count=len(counts)))) * idf[found]
            indices.append(found + offset)
            values.append(weighted / np.sqrt(weighted @ weighted))
        if not indices:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        return np.concatenate(indices), np.concatenate(values)

    def linear(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        return _softmax(self.intercept + values @ self.weights[indices])

    def network(self, indices: np.ndarray, values: np.ndarray) -> np.ndarray:
        assert self.layers is not None
        hidden, hidden_bias, output, output_bias = self.layers
        activation = np.maximum(values @ hidden[indices] + hidden_bias, 0.0)
        return _softmax(activation @ output + output_bias)

    def __call__(self, text: str) -> np.ndarray:
        indices, values = self.features(text)
        linear = self.linear(indices, values)
        if self.layers is None:
            return linear
        return combined(linear, self.network(indices, values))
