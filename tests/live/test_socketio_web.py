"""socket.io through the web front (the one public entry): websocket transport, kept on the
conversation's replica. Same raw Engine.IO approach as test_socketio.py."""
import asyncio
import concurrent.futures
import json
import os
import urllib.request

import pytest
import websockets

pytestmark = pytest.mark.live
WEB_URL = os.environ.get("CAREERBOT_WEB_URL", "http://127.0.0.1:8080")


def conversation_id():
    request = urllib.request.Request(WEB_URL + "/api/session", data=b"{}", headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.loads(response.read())["conversation_id"]


async def exchange(url, message):
    async with websockets.connect(url) as socket:
        assert (await socket.recv()).startswith("0")
        await socket.send("40")
        assert (await socket.recv()).startswith("40")
        await socket.send("42" + json.dumps(["user_uttered", {"message": message}]))
        texts = []
        while True:
            try:
                packet = await asyncio.wait_for(socket.recv(), timeout=2 if texts else 20)
            except asyncio.TimeoutError:
                return " ".join(texts)
            if packet == "2":
                await socket.send("3")
            elif packet.startswith("42"):
                event, data = json.loads(packet[2:])[:2]
                if event == "bot_uttered":
                    texts.append(str(data.get("text") or ""))


def test_socketio_through_the_web_front():
    base = WEB_URL.replace("http", "ws", 1) + "/socket.io/?EIO=4&transport=websocket"
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        keyed = pool.submit(asyncio.run, exchange(base + "&conversation=" + conversation_id(),
                                                  "i want to be a nurse")).result(timeout=90)
        by_address = pool.submit(asyncio.run, exchange(base, "/kms")).result(timeout=90)
    assert "Healthcare & Human Services" in keyed
    assert "988" in by_address
