"""The socket.io channel answers too, and the safety screen applies there as on REST."""
import asyncio
import os

import pytest
import socketio

pytestmark = pytest.mark.live
URL = os.environ.get("CAREERBOT_REST_URL", "http://127.0.0.1:5005")


async def exchange(messages):
    client = socketio.AsyncClient()
    replies = asyncio.Queue()
    client.on("bot_uttered", lambda data: replies.put_nowait(data))
    # Long-polling: this python-engineio's websocket client needs a newer aiohttp than Rasa pins.
    await client.connect(URL, transports=["polling"], socketio_path="/socket.io")
    try:
        answers = []
        for message in messages:
            await client.emit("user_uttered", {"message": message})
            first = await asyncio.wait_for(replies.get(), timeout=20)
            await asyncio.sleep(0.5)   # the rest of this turn's messages
            batch = [first]
            while not replies.empty():
                batch.append(replies.get_nowait())
            answers.append(" ".join(str(b.get("text") or "") for b in batch))
        return answers
    finally:
        await client.disconnect()


async def test_socketio_conversation_and_safety():
    crisis, career = await exchange(["/kms", "i want to be a nurse"])
    assert "988" in crisis
    assert "Healthcare & Human Services" in career
