"""The bot's careerbot channel (careerbot/rasa_channel.py): which language it passes on to the bot,
which language it reports back, and which language the handout is built in. The routes are called
directly with a stand-in request, agent and tracker store (no Rasa server, no model)."""
import json
from pathlib import Path
from types import SimpleNamespace

import pytest

from careerbot.kb import live
from careerbot.kb.live import LiveKnowledge
from careerbot.rasa_channel import EXPLORATION_SLOT, CareerbotInput

pytestmark = pytest.mark.heavy   # imports Rasa

FIXTURE = Path(__file__).parent / "fixtures" / "knowledge"


class Tracker:
    def __init__(self, slot):
        self.slot = slot

    def get_slot(self, name):
        return self.slot if name == EXPLORATION_SLOT else None


class TrackerStore:
    def __init__(self):
        self.slots = {}

    async def retrieve(self, sender):
        return Tracker(self.slots[sender]) if sender in self.slots else None


class Bot:
    """Stands in for Rasa: records each UserMessage, answers, and sets the conversation's language
    the way the actions would (an explicit `lang` in the metadata, else what the message says)."""

    def __init__(self, store):
        self.store, self.received = store, []

    async def __call__(self, message):
        self.received.append(message)
        slot = dict(self.store.slots.get(message.sender_id) or {})
        if message.text == "__fail__":
            raise RuntimeError("the bot broke")
        lang = (message.metadata or {}).get("lang")
        if lang:
            slot["lang"] = lang
        elif message.text.startswith("hola"):
            slot["lang"] = "es"
        slot["chosen"] = [["cluster", "construction"]]
        self.store.slots[message.sender_id] = slot
        await message.output_channel.send_text_message(message.sender_id, "ok")


@pytest.fixture(autouse=True)
def fixture_knowledge(monkeypatch):
    monkeypatch.setattr(live, "_shared", LiveKnowledge(FIXTURE))


@pytest.fixture
def channel():
    store = TrackerStore()
    bot = Bot(store)
    routes = {route.uri: route.handler for route in CareerbotInput().blueprint(bot)._future_routes}
    app = SimpleNamespace(ctx=SimpleNamespace(agent=SimpleNamespace(tracker_store=store)))

    async def post(body):
        request = SimpleNamespace(json=body, args={}, app=app)
        resp = await routes["/webhook"](request)
        return resp.status, json.loads(resp.body)

    async def get_handout(**args):
        request = SimpleNamespace(json=None, args=args, app=app)
        resp = await routes["/handout"](request)
        return resp.status, json.loads(resp.body)

    return SimpleNamespace(post=post, handout=get_handout, bot=bot, store=store)


async def test_lang_reaches_the_bot_only_when_the_page_sent_a_known_one(channel):
    for sent, passed in (({"mode": "advising", "lang": "es"}, {"mode": "advising", "lang": "es"}),
                         ({"mode": "student"}, {"mode": "student"}),
                         ({"lang": "fr"}, {"mode": "student"}),
                         ({"lang": ["es"]}, {"mode": "student"}),
                         (None, {"mode": "student"})):
        status, _ = await channel.post({"sender": "s1", "message": "hi", "metadata": sent})
        assert status == 200
        assert channel.bot.received[-1].metadata == passed, sent


async def test_reply_reports_the_conversations_language_after_the_turn(channel):
    status, body = await channel.post({"sender": "s2", "message": "hi", "metadata": {"mode": "student"}})
    assert status == 200 and body["lang"] == "en" and body["messages"][0]["text"] == "ok"
    assert body["summary"]["lang"] == "en"
    # The bot switched to Spanish from what the student wrote: the reply and the handout say so.
    status, body = await channel.post({"sender": "s2", "message": "hola, me gusta construir", "metadata": {}})
    assert body["lang"] == "es"
    assert body["summary"]["lang"] == "es" and body["summary"]["title"] == "Mi plan para explorar carreras"
    assert "lang" not in channel.bot.received[-1].metadata


async def test_summary_follows_the_requested_language_over_the_conversations(channel):
    channel.store.slots["s3"] = {"lang": "es"}
    _, body = await channel.post({"sender": "s3", "message": "hola", "metadata": {}})
    assert body["lang"] == "es" and body["summary"]["lang"] == "es"
    _, body = await channel.post({"sender": "s3", "message": "hi", "metadata": {"lang": "en"}})
    assert body["lang"] == "en" and body["summary"]["lang"] == "en"


async def test_a_failing_bot_still_answers_with_the_handout_and_language(channel):
    channel.store.slots["s4"] = {"lang": "es"}
    status, body = await channel.post({"sender": "s4", "message": "__fail__"})
    assert status == 200 and body["messages"] == []
    assert body["lang"] == "es" and body["summary"]["lang"] == "es"


async def test_handout_is_in_the_asked_language_else_the_conversations(channel):
    channel.store.slots["s5"] = {"lang": "es", "chosen": [["cluster", "construction"]]}
    _, handout = await channel.handout(sender="s5")
    assert handout["lang"] == "es" and handout["facts"][1]["label"] == "Fecha"
    _, handout = await channel.handout(sender="s5", lang="en")
    assert handout["lang"] == "en" and handout["title"] == "My career exploration plan"
    _, handout = await channel.handout(sender="s5", lang="../etc")
    assert handout["lang"] == "es"
    _, handout = await channel.handout(sender="new-conversation", lang="es")
    assert handout["lang"] == "es" and handout["empty"] is True
    _, handout = await channel.handout(sender="new-conversation")
    assert handout["lang"] == "en"
    status, _ = await channel.handout()
    assert status == 400


async def test_webhook_needs_a_sender_and_a_message(channel):
    status, body = await channel.post({"message": "hi"})
    assert status == 400 and "sender" in body["error"]
    assert channel.bot.received == []
