"""Runs tests/live/conversations.yml and conversations_es.yml against the running bot (say / click,
expect / forbid)."""
import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.live
CONVERSATIONS = [conversation for name in ("conversations.yml", "conversations_es.yml")
                 for conversation in yaml.safe_load((Path(__file__).parent / name).read_text(encoding="utf-8"))]


def normalize(text):
    return re.sub(r"\s+", " ", text.replace("\u2019", "'").replace("&", " and ")).strip().lower()


@pytest.mark.parametrize("conversation", CONVERSATIONS, ids=[c["name"] for c in CONVERSATIONS])
def test_conversation(chat, conversation):
    for number, turn in enumerate(conversation["turns"], 1):
        chat.click(turn["click"]) if "click" in turn else chat.say(turn["say"])
        reply = normalize(chat.text)
        for group in turn.get("expect") or []:
            options = group if isinstance(group, list) else [group]
            assert any(normalize(o) in reply for o in options), "turn %d: none of %s in %r" % (number, options, reply)
        for word in turn.get("forbid") or []:
            assert normalize(word) not in reply, "turn %d: %r should not appear in %r" % (number, word, reply)
