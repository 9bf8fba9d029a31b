"""Replica routing in the web front: consistent hashing, failover, one message at a time per
conversation, socket.io stickiness. Against small fake replicas, no Rasa."""
import asyncio
import socket

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from careerbot.web.server import create_app, new_conversation_id
from careerbot.web.upstream import Replicas

SECRET = b"test-secret"
NAME = web.AppKey("name", str)
SEEN = web.AppKey("seen", list)
STATS = web.AppKey("stats", dict)


def fake_replica(name: str, delay: float = 0.0) -> web.Application:
    app = web.Application()
    app[NAME], app[SEEN], app[STATS] = name, [], {"now": 0, "max": 0}

    async def webhook(request):
        body = await request.json()
        app[SEEN].append(body["message"])
        if body["message"] == "__die__":   # the replica dies mid-turn
            request.transport.close()
            await asyncio.sleep(1)
        stats = app[STATS]
        stats["now"] += 1
        stats["max"] = max(stats["max"], stats["now"])
        await asyncio.sleep(delay)
        stats["now"] -= 1
        return web.json_response({"messages": [{"text": "from " + name}], "summary": {"grade": 10}})

    async def health(request):
        return web.json_response({"status": "ok"})

    async def socketio(request):
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str("0" + name)
        async for message in ws:
            await ws.send_str(name + ":" + message.data)
        return ws

    app.router.add_post("/webhooks/careerbot/webhook", webhook)
    app.router.add_get("/webhooks/careerbot/", health)
    app.router.add_get("/socket.io/", socketio)
    return app


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def replicas():
    servers = [TestServer(fake_replica("a")), TestServer(fake_replica("b", delay=0.05))]
    for server in servers:
        await server.start_server()
    yield servers
    for server in servers:
        await server.close()


@pytest.fixture
async def front(replicas):
    clients = []

    async def make(urls):
        client = TestClient(TestServer(create_app(",".join(urls), secret=SECRET)))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


def url(server) -> str:
    return str(server.make_url("")).rstrip("/")


async def say(client, cid, message):
    return await client.post("/api/chat", json={"conversation_id": cid, "message": message})


def key_for(urls, wanted):
    """A conversation id whose preferred replica is `wanted`."""
    router = Replicas(urls)
    while True:
        cid = new_conversation_id(SECRET)
        if router.order(cid)[0] == wanted:
            return cid


def test_each_key_has_a_stable_replica_and_keys_spread():
    urls = ["http://r1", "http://r2", "http://r3"]
    router = Replicas(urls)
    keys = ["conversation-%d" % i for i in range(3000)]
    first = {k: router.order(k)[0] for k in keys}
    assert first == {k: Replicas(list(reversed(urls))).order(k)[0] for k in keys}   # any web front agrees
    counts = [list(first.values()).count(u) for u in urls]
    assert min(counts) > 800
    # Losing r3 moves only r3's conversations.
    smaller = Replicas(urls[:2])
    moved = [k for k in keys if first[k] != "http://r3" and smaller.order(k)[0] != first[k]]
    assert moved == []


def test_a_replica_that_refused_goes_last_for_a_while():
    now = [0.0]
    router = Replicas(["http://r1", "http://r2"], clock=lambda: now[0])
    cid = next(k for k in ("k%d" % i for i in range(100)) if router.order(k)[0] == "http://r1")
    router.mark_down("http://r1")
    assert router.order(cid) == ["http://r2", "http://r1"]
    now[0] += 10
    assert router.order(cid)[0] == "http://r1"


async def test_a_conversation_stays_on_its_replica(front, replicas):
    urls = [url(s) for s in replicas]
    client = await front(urls)
    cid = key_for(urls, urls[1])
    for _ in range(3):
        body = await (await say(client, cid, "hi")).json()
        assert body["messages"] == [{"text": "from b"}]
    assert replicas[0].app[SEEN] == []


async def test_a_down_replica_fails_over_without_an_error(front, replicas):
    dead = "http://127.0.0.1:%d" % free_port()
    urls = [dead, url(replicas[0])]
    client = await front(urls)
    cid = key_for(urls, dead)
    for _ in range(2):
        resp = await say(client, cid, "hi")
        assert resp.status == 200
        assert (await resp.json())["messages"] == [{"text": "from a"}]
    health = await (await client.get("/healthz")).json()
    assert health == {"status": "ok", "rasa": "degraded", "replicas": {"1": "unreachable", "2": "ok"}}


async def test_a_replica_dying_mid_turn_is_not_resent_and_gets_a_friendly_502(front, replicas):
    urls = [url(s) for s in replicas]
    client = await front(urls)
    cid = key_for(urls, urls[0])
    resp = await say(client, cid, "__die__")
    assert resp.status == 502
    assert resp.content_type == "application/json"
    assert "try again" in (await resp.json())["message"]
    assert replicas[1].app[SEEN] == []          # not sent twice
    resp = await say(client, cid, "hi again")   # the next message goes elsewhere for now
    assert (await resp.json())["messages"] == [{"text": "from b"}]


async def test_messages_of_one_conversation_go_one_at_a_time(front, replicas):
    urls = [url(replicas[1])]                    # the slow replica
    client = await front(urls)
    cid = new_conversation_id(SECRET)
    other = new_conversation_id(SECRET)
    results = await asyncio.gather(*[say(client, cid, "m%d" % i) for i in range(4)])
    assert [r.status for r in results] == [200] * 4
    assert replicas[1].app[STATS]["max"] == 1
    await asyncio.gather(say(client, cid, "x"), say(client, other, "y"))
    assert replicas[1].app[STATS]["max"] == 2    # different conversations do run together


async def ws_first_packet(client, query):
    async with client.ws_connect("/socket.io/?" + query) as ws:
        first = (await ws.receive(timeout=5)).data
        await ws.send_str("42hello")
        return first, (await ws.receive(timeout=5)).data


async def test_socketio_sticks_to_the_conversations_replica_and_fails_over(front, replicas):
    urls = [url(s) for s in replicas]
    client = await front(urls)
    cid = key_for(urls, urls[1])
    for _ in range(2):
        assert await ws_first_packet(client, "EIO=4&transport=websocket&conversation=" + cid) == ("0b", "b:42hello")
    dead = "http://127.0.0.1:%d" % free_port()
    client = await front([dead, urls[0]])
    cid = key_for([dead, urls[0]], dead)
    assert await ws_first_packet(client, "EIO=4&transport=websocket&conversation=" + cid) == ("0a", "a:42hello")


async def test_socketio_refuses_polling_forged_ids_and_other_sites(front, replicas):
    client = await front([url(replicas[0])])
    assert (await client.get("/socket.io/?EIO=4&transport=polling")).status == 400
    with pytest.raises(aiohttp.WSServerHandshakeError) as forged:
        await client.ws_connect("/socket.io/?EIO=4&transport=websocket&conversation=abc.def")
    assert forged.value.status == 403
    with pytest.raises(aiohttp.WSServerHandshakeError) as cross_site:
        await client.ws_connect("/socket.io/?EIO=4&transport=websocket", origin="https://evil.example")
    assert cross_site.value.status == 403
    first, _ = await ws_first_packet(client, "EIO=4&transport=websocket")   # no id: keyed by client address
    assert first == "0a"
