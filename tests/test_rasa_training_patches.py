"""DIET's training batches: the faster conversion gives exactly Rasa's arrays."""
import numpy as np
import pytest
import scipy.sparse
from rasa.utils.tensorflow.data_generator import RasaDataGenerator
from rasa.utils.tensorflow.model_data import FeatureArray

from careerbot import rasa_patches
from careerbot.rasa_training_patches import scipy_matrix_to_values

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
