"""Shared fixtures: the small fixture knowledge base and a term finder built from it.

Tests marked `heavy` import spaCy or Rasa (and with them TensorFlow); `make check` leaves them
out and fails if any other test pulls those libraries in.
"""
import sys
from pathlib import Path

import pytest

from careerbot.kb import load_knowledge

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"
HEAVY_LIBRARIES = ("spacy", "rasa", "tensorflow")


@pytest.fixture(scope="session")
def kb():
    return load_knowledge(FIXTURE).knowledge


@pytest.fixture(scope="session")
def finder(kb):
    from careerbot.nlp import TermFinder  # spaCy: only for the tests that need it
    return TermFinder(kb)


HEAVY_MARK = "pytestmark = pytest.mark.heavy"


def _fast_run(config) -> bool:
    return "not heavy" in (config.getoption("markexpr") or "")


def pytest_ignore_collect(collection_path, config):
    """In a fast run, heavy test modules are not even imported (importing them loads spaCy)."""
    if _fast_run(config) and collection_path.suffix == ".py" and collection_path.name.startswith("test_"):
        return HEAVY_MARK in collection_path.read_text(encoding="utf-8")
    return None


def pytest_sessionfinish(session, exitstatus):
    if not _fast_run(session.config):
        return
    loaded = [name for name in HEAVY_LIBRARIES if name in sys.modules]
    if loaded:
        session.exitstatus = 1
        sys.stderr.write("\nThe fast tests imported %s; mark the test that needs it `heavy`.\n" % ", ".join(loaded))
