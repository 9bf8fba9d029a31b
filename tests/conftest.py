"""Shared fixtures: the small fixture knowledge base and a term finder built from it."""
from pathlib import Path

import pytest

from careerbot.kb import load_knowledge
from careerbot.nlp import TermFinder

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"


@pytest.fixture(scope="session")
def kb():
    return load_knowledge(FIXTURE).knowledge


@pytest.fixture(scope="session")
def finder(kb):
    return TermFinder(kb)
