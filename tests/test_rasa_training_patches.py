"""Faster training: DIET's batches (exactly Rasa's arrays), independent graph nodes side by side, and
tf.data without autotuning."""
import threading
import time

import numpy as np
import pytest
import scipy.sparse
from rasa.utils.tensorflow.data_generator import RasaDataGenerator
from rasa.utils.tensorflow.model_data import FeatureArray

from careerbot import rasa_patches
from careerbot.rasa_training_patches import ThreadedTrainingRunner, dataset_without_autotuning, scipy_matrix_to_values

pytestmark = pytest.mark.heavy   # Rasa


def batch(seed, fmt, examples=40, features=300):
    rng = np.random.default_rng(seed)
    matrices = []
    for i in range(examples):
        rows = 0 if i == 3 else int(rng.integers(1, 12))   # one example with no rows at all
        density = 0.0 if i == 5 else 0.02                    # and one with rows but no values
        matrices.append(scipy.sparse.random(max(rows, 1) if rows else 0, features, density=density,
                                            format=fmt, random_state=int(rng.integers(1 << 30))))
    return FeatureArray(np.array(matrices + [None])[:-1], number_of_dimensions=3)


def rasas(array):
    original = rasa_patches._RASA.get((RasaDataGenerator, "_scipy_matrix_to_values"),
                                      RasaDataGenerator._scipy_matrix_to_values)
    return original(array)


@pytest.mark.parametrize("fmt", ["coo", "csr"])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_same_arrays_as_rasa(fmt, seed):
    array = batch(seed, fmt)
    expected, got = rasas(array), scipy_matrix_to_values(array)
    for e, g in zip(expected, got, strict=True):
        assert e.dtype == g.dtype and e.shape == g.shape
        assert np.array_equal(e, g)


def test_applied_when_the_components_are_imported():
    import careerbot.rasa_components  # noqa: F401 (importing is what applies it)
    assert "sparse_batches" in rasa_patches.applied()
    assert RasaDataGenerator._scipy_matrix_to_values is scipy_matrix_to_values


def test_training_uses_the_threaded_runner_and_no_autotuning():
    import rasa.model_training
    from keras.engine.data_adapter import GeneratorDataAdapter

    import careerbot.rasa_components  # noqa: F401

    assert {"parallel_training", "no_autotune_stall"} <= set(rasa_patches.applied())
    assert rasa.model_training.DaskGraphRunner is ThreadedTrainingRunner
    assert GeneratorDataAdapter.get_dataset is dataset_without_autotuning


def test_the_batches_dataset_has_autotuning_off_and_the_same_batches():
    from keras.engine.data_adapter import KerasSequenceAdapter
    from tensorflow import keras

    class Batches(keras.utils.Sequence):
        def __len__(self):
            return 3

        def __getitem__(self, index):
            return np.full((2, 2), index, dtype=np.float32), np.full((2,), index, dtype=np.float32)

    adapter = KerasSequenceAdapter(Batches())
    dataset = dataset_without_autotuning(adapter)
    assert dataset.options().autotune.enabled is False
    assert adapter._dataset.options().autotune.enabled is not False   # Keras's own, untouched
    got = [x.numpy().tolist() for x, _ in dataset]
    assert got == [x.numpy().tolist() for x, _ in adapter._dataset] == [[[i, i], [i, i]] for i in range(3)]


def _graph():
    from rasa.engine.graph import GraphComponent, GraphSchema, SchemaNode

    class Node(GraphComponent):
        """Records when it ran, and on which thread."""

        def __init__(self, config):
            self.name, self.pause = config["name"], config["pause"]

        @classmethod
        def create(cls, config, model_storage, resource, execution_context):
            return cls(config)

        def run(self, **inputs):
            started = time.perf_counter()
            time.sleep(self.pause)
            CALLS.append((self.name, started, time.perf_counter(), threading.get_ident()))
            return sum(inputs.values()) + 1

    def node(needs, name, pause, target=False):
        return SchemaNode(needs=needs, uses=Node, constructor_name="create", fn="run",
                          config={"name": name, "pause": pause}, eager=False, is_target=target)
    return GraphSchema({"a": node({}, "a", 0.0), "slow": node({"x": "a"}, "slow", 0.6),
                        "other": node({"x": "a"}, "other", 0.6),
                        "end": node({"x": "slow", "y": "other"}, "end", 0.0, True)})


CALLS: list = []


def test_threaded_runner_gives_rasas_results_and_overlaps_independent_nodes(monkeypatch, tmp_path):
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.runner.dask import DaskGraphRunner
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "1000")
    schema, storage = _graph(), LocalModelStorage(tmp_path)
    CALLS.clear()
    expected = DaskGraphRunner(schema, storage, ExecutionContext(schema)).run()
    CALLS.clear()
    got = ThreadedTrainingRunner(schema, storage, ExecutionContext(schema)).run()
    assert got == expected == {"end": 5}
    spans = {name: (start, end) for name, start, end, _ in CALLS}
    assert spans["slow"][0] < spans["other"][1] and spans["other"][0] < spans["slow"][1]   # side by side
    assert spans["end"][0] >= max(spans["slow"][1], spans["other"][1])                    # after what it needs


def test_threaded_runner_runs_one_node_at_a_time_when_rasas_cache_is_off(monkeypatch, tmp_path):
    from rasa.engine.graph import ExecutionContext
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "0")
    schema = _graph()
    CALLS.clear()
    assert ThreadedTrainingRunner(schema, LocalModelStorage(tmp_path), ExecutionContext(schema)).run() == {"end": 5}
    assert len({thread for *_, thread in CALLS}) == 1


def test_threaded_runner_runs_node_hooks_one_at_a_time(monkeypatch, tmp_path):
    """Rasa's training cache works in the hooks; two threads in them at once once broke a training."""
    from rasa.engine.graph import ExecutionContext, GraphNodeHook
    from rasa.engine.storage.local_model_storage import LocalModelStorage

    inside, most = [0], [0]

    class Slow(GraphNodeHook):
        def _enter(self):
            inside[0] += 1
            most[0] = max(most[0], inside[0])
            time.sleep(0.05)
            inside[0] -= 1

        def on_before_node(self, *args, **kwargs):
            self._enter()
            return {}

        def on_after_node(self, *args, **kwargs):
            self._enter()

    monkeypatch.setenv("RASA_MAX_CACHE_SIZE", "1000")
    schema = _graph()
    CALLS.clear()
    runner = ThreadedTrainingRunner(schema, LocalModelStorage(tmp_path), ExecutionContext(schema), [Slow()])
    assert runner.run() == {"end": 5}
    spans = {name: (start, end) for name, start, end, _ in CALLS}
    assert spans["slow"][0] < spans["other"][1] and spans["other"][0] < spans["slow"][1]   # nodes still overlap
    assert most[0] == 1
