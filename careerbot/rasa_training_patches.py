"""Faster training for Rasa 3.6, applied when Rasa imports careerbot's components to train (or load)
the model (careerbot/rasa_components.py; careerbot/rasa_patches.py lists them).

`sparse_batches`: a drop-in replacement for the code that turns sparse features into batches while
DIET trains. `parallel_training` and `no_autotune_stall`: below.

RasaDataGenerator._scipy_matrix_to_values builds every batch's sparse tensor one example at a time
(three small numpy arrays per example, per feature, per batch, per epoch): about 30 s of a 150 s
DIET training here. This does the same with one concatenation per array. It returns the same
arrays, in the same order and types; tests/test_rasa_training_patches.py compares them with Rasa's.
"""
import os
import threading
from typing import Any, Dict, List, Optional

import dask.threaded
import numpy as np
import scipy.sparse
import tensorflow as tf
from keras.engine.data_adapter import GeneratorDataAdapter
from rasa.engine.caching import CACHE_SIZE_ENV, DEFAULT_CACHE_SIZE_MB
from rasa.engine.exceptions import GraphRunError
from rasa.engine.graph import GraphNodeHook
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.utils.tensorflow.data_generator import RasaDataGenerator
from rasa.utils.tensorflow.model_data import FeatureArray

# Training nodes run side by side, at most this many at once (the machines have 2 cores).
TRAINING_THREADS = 2


def scipy_matrix_to_values(array_of_sparse: FeatureArray) -> List[np.ndarray]:
    """RasaDataGenerator._scipy_matrix_to_values: (indices, values, shape) of a batch's sparse features."""
    if array_of_sparse.number_of_dimensions == 4:
        return RasaDataGenerator._4d_scipy_matrix_to_values(array_of_sparse)
    matrices = array_of_sparse
    if not isinstance(matrices[0], scipy.sparse.coo_matrix):   # Rasa checks the first one too
        matrices = [x.tocoo() for x in matrices]
    max_seq_len = max(x.shape[0] for x in matrices)
    entries = [len(x.row) for x in matrices]
    example = np.repeat(np.arange(len(matrices), dtype=np.int64), entries)
    rows = np.concatenate([x.row for x in matrices]).astype(np.int64)
    columns = np.concatenate([x.col for x in matrices]).astype(np.int64)
    indices = np.stack([example, rows, columns], axis=1)
    data = np.concatenate([x.data for x in matrices]).astype(np.float32)
    shape = np.array((len(matrices), max_seq_len, matrices[0].shape[-1]), dtype=np.int64)
    return [indices, data, shape]


class ThreadedTrainingRunner(DaskGraphRunner):
    """`parallel_training`: Rasa's graph runner for training, with nodes that do not depend on each other
    run side by side (Rasa's own runs them one at a time). DIET's TensorFlow keeps about one core busy;
    the safety model (careerbot's SafetyModelComponent) trains on the other meanwhile instead of after
    it. Each node still runs after everything it needs, so the trained model is the same.
    Rasa.model_training builds its GraphTrainer with this class; serving a model is untouched.

    The hooks around each node (Rasa's training cache: fingerprints before, copying the output into the
    cache after) run one at a time: the cache's bookkeeping is not made for two threads (a fresh clone's
    training failed once while one thread measured the cache folder as another wrote its database)."""

    def __init__(self, graph_schema: Any, model_storage: Any, execution_context: Any,
                 hooks: Optional[List[GraphNodeHook]] = None) -> None:
        lock = threading.Lock()
        super().__init__(graph_schema, model_storage, execution_context,
                         [_OneAtATime(hook, lock) for hook in hooks or []])

    def run(self, inputs: Optional[Dict[str, Any]] = None, targets: Optional[List[str]] = None) -> Dict[str, Any]:
        if _training_cache_disabled():
            return super().run(inputs, targets)
        run_targets = targets if targets else self._graph_schema.target_names
        run_graph = self._build_dask_graph(self._graph_schema.minimal_graph_schema(run_targets))
        if inputs:
            self._add_inputs_to_graph(inputs, run_graph)
        try:
            return dict(dask.threaded.get(run_graph, run_targets, num_workers=TRAINING_THREADS))
        except RuntimeError as error:
            raise GraphRunError("Error running runner.") from error


class _OneAtATime(GraphNodeHook):
    """A node hook that runs while it holds a lock shared with the other nodes' hooks."""

    def __init__(self, hook: GraphNodeHook, lock: threading.Lock) -> None:
        self.hook, self.lock = hook, lock

    def on_before_node(self, *args: Any, **kwargs: Any) -> Dict:
        with self.lock:
            return self.hook.on_before_node(*args, **kwargs)

    def on_after_node(self, *args: Any, **kwargs: Any) -> None:
        with self.lock:
            self.hook.on_after_node(*args, **kwargs)


def _training_cache_disabled() -> bool:
    """RASA_MAX_CACHE_SIZE=0: Rasa then keeps its cache index in an in-memory SQLite database, which each
    thread would see empty; training runs one node at a time, as in Rasa."""
    return float(os.environ.get(CACHE_SIZE_ENV, DEFAULT_CACHE_SIZE_MB)) == 0


def dataset_without_autotuning(adapter: GeneratorDataAdapter) -> tf.data.Dataset:
    """`no_autotune_stall`: Keras's dataset of DIET's batches, with tf.data's autotuning off.

    Keras feeds Rasa's batch generator through tf.data, whose iterator starts an autotuning thread
    (Model::OptimizeLoop) that sleeps between rounds, for up to a minute as training goes on. When
    training ends, destroying the iterator waits for that thread to wake up: full trainings here
    stalled 45-60 s after the last epoch in 5 of 9 runs (gdb: ~RootDataset::Iterator waiting,
    OptimizeLoop in wait_until_system_clock, every thread idle). Nothing in this dataset is tunable
    (a generator and a prefetch of one batch), so the batches, their order and the losses are the same."""
    options = tf.data.Options()
    options.autotune.enabled = False
    return adapter._dataset.with_options(options)
