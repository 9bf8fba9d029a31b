"""A conversation played through respond() the way the Rasa action plays it: what the tests read of
the replies (text, buttons) and a button click. Test modules say how a turn's mentions are found."""
import json

import pytest

from careerbot.conversation import respond
from careerbot.kb.loader import load_knowledge
from careerbot.kb.localize import localized
from careerbot.state import ExplorationState


class ChatBase:
    def __init__(self, kb, lang=None, grade=None):
        self.kb, self.lang, self.state = kb, lang, ExplorationState(grade=grade)
        self.messages = []

    def play(self, turn, round_trip=True):
        self.messages = respond(self.kb, self.state, turn)
        if round_trip:   # as the slot stores it between turns
            self.state = type(self.state).from_slot(json.loads(json.dumps(self.state.to_slot())))
        return self

    def click(self, title):
        button = next(b for b in self.buttons if title.lower() in b["title"].lower())
        intent, _, body = button["payload"][1:].partition("{")
        # The message is the payload, as the channel sends it; Rasa reads its intent and entities.
        return self.say(intent, button["payload"], **(json.loads("{" + body) if body else {}))

    @property
    def text(self):
        return "\n".join(m.get("text") or "" for m in self.messages)

    @property
    def buttons(self):
        return [b for m in self.messages for b in m.get("buttons", [])]

    @property
    def titles(self):
        return [b["title"] for b in self.buttons]

    @property
    def payloads(self):
        return [b["payload"] for b in self.buttons]

    @property
    def words(self):
        return len(self.text.split())


@pytest.fixture(scope="module", name="kb")
def national_kb():
    """The real knowledge base (the modules that import this use it instead of the small fixture)."""
    return load_knowledge().knowledge


@pytest.fixture(scope="module", name="es")
def national_kb_in_spanish(kb):
    return localized(kb, "es")
