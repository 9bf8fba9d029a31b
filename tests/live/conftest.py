import json
import os
import urllib.error
import urllib.request
import uuid

import pytest

REST_URL = os.environ.get("CAREERBOT_REST_URL", "http://127.0.0.1:5005")


class LiveChat:
    """One conversation with the running bot over Rasa's REST channel."""

    def __init__(self):
        self.sender = "live-" + uuid.uuid4().hex

    def say(self, message):
        body = json.dumps({"sender": self.sender, "message": message}).encode()
        request = urllib.request.Request(REST_URL + "/webhooks/rest/webhook", data=body,
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                assert response.status == 200
                self.messages = json.loads(response.read() or b"[]")
        except urllib.error.URLError as error:
            pytest.fail("The bot is not reachable at %s (%s); `make test` starts it." % (REST_URL, error))
        return self

    @property
    def text(self):
        parts = []
        for message in self.messages:
            parts.append(message.get("text") or "")
            parts.extend(b.get("title", "") for b in message.get("buttons") or [])
        return "\n".join(parts)

    def click(self, title):
        for message in self.messages:
            for button in message.get("buttons") or []:
                if title.lower() in button["title"].lower():
                    return self.say(button["payload"])
        pytest.fail("no button %r in %r" % (title, self.text))


@pytest.fixture
def chat():
    return LiveChat()
