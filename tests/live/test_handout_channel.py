"""The careerbot channel against the running bot: the handout with every answer, and on its own."""
import json
import os
import urllib.error
import urllib.parse
import urllib.request
import uuid

import pytest

pytestmark = pytest.mark.live
CHANNEL = os.environ.get("CAREERBOT_REST_URL", "http://127.0.0.1:5005") + "/webhooks/careerbot"


def post(sender, message, lang="en"):
    body = json.dumps({"sender": sender, "message": message, "metadata": {"mode": "advising", "lang": lang}})
    request = urllib.request.Request(CHANNEL + "/webhook", data=body.encode(),
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.load(response)


def get_handout(**params):
    with urllib.request.urlopen(CHANNEL + "/handout?" + urllib.parse.urlencode(params), timeout=30) as response:
        return json.load(response)


def test_every_answer_carries_the_handout_and_it_can_be_fetched_for_printing():
    sender = "live-handout-" + uuid.uuid4().hex
    reply = post(sender, "I like building things")
    assert reply["messages"] and reply["summary"]["title"] == "My career exploration plan"
    post(sender, "tell me about construction")
    reply = post(sender, "what did we talk about")
    texts = [m["text"] for m in reply["messages"] if m.get("text")]
    cards = [m["custom"] for m in reply["messages"] if m.get("custom")]
    assert len(texts) == 1 and len(cards) == 1 and cards[0]["type"] == "handout"
    assert cards[0]["text"] == texts[0]
    handout = get_handout(sender=sender, lang="en")
    assert handout["lang"] == "en" and handout["sections"] == reply["summary"]["sections"]
    assert "Construction" in json.dumps(handout["sections"])
    spanish = get_handout(sender=sender, lang="es")   # a parent may read it in Spanish
    assert spanish["lang"] == "es" and spanish["title"] != handout["title"]
    assert "Construction" in json.dumps(spanish["sections"], ensure_ascii=False)
    assert get_handout(sender=sender, lang="fr")["lang"] == "en"   # unknown languages print in English
    unknown = get_handout(sender="live-nobody-" + uuid.uuid4().hex)
    assert unknown["empty"] is True


def test_handout_needs_a_sender():
    with pytest.raises(urllib.error.HTTPError) as error:
        get_handout()
    assert error.value.code == 400
