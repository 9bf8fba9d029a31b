"""The socket.io channel answers too, and the safety screen applies there as on REST.

Speaks Engine.IO v4 over a websocket with the `websockets` package Rasa installs (the
python-socketio client's websocket transport needs a newer aiohttp than Rasa pins).
"""
import asyncio
import concurrent.futures
import json
import os

import pytest
import websockets

pytestmark = pytest.mark.live
URL = os.environ.get("CAREERBOT_REST_URL", "http://127.0.0.1:5005").replace("http", "ws", 1)


async def exchange(messages):
    answers = []
    async with websockets.connect(URL + "/socket.io/?EIO=4&transport=websocket") as socket:
        assert (await socket.recv()).startswith("0")          # Engine.IO open
        await socket.send("40")                              # Socket.IO connect
        assert (await socket.recv()).startswith("40")
        for message in messages:
            await socket.send("42" + json.dumps(["user_uttered", {"message": message}]))
            texts = []
            while True:
                try:
                    packet = await asyncio.wait_for(socket.recv(), timeout=2 if texts else 20)
                except asyncio.TimeoutError:
                    break
                if packet == "2":                            # ping
                    await socket.send("3")
                elif packet.startswith("42"):
                    event, data = json.loads(packet[2:])[:2]
                    if event == "bot_uttered":
                        texts.append(str(data.get("text") or ""))
            answers.append(" ".join(texts))
    return answers


def test_socketio_conversation_and_safety():
    # Its own thread and event loop: the browser tests' Playwright loop may be running in this one.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        crisis, career = pool.submit(asyncio.run, exchange(["/kms", "i want to be a nurse"])).result(timeout=90)
    assert "988" in crisis
    assert "Healthcare & Human Services" in career
