"""Which Rasa replica serves a conversation, and failing over when it is down.

Each conversation goes to one replica, chosen by rendezvous (highest-random-weight) hashing of
its id: every web front picks the same replica without sharing state, and adding or losing a
replica moves only the conversations that were on it. Rasa Open Source's Redis lock store can
let two replicas serve one conversation at once (RasaHQ/rasa#9213), so keeping a conversation
on one replica, and one message at a time per conversation here, is what keeps its tracker
consistent. When the replica refuses the connection (down or restarting), the message is
sent to the next replica in the conversation's order: the turn never reached Rasa, and the
tracker is in the shared PostgreSQL store, so the conversation continues there with its
context. A replica that fails mid-turn may have processed the message, so that message is
not re-sent; the student gets a friendly "please try again" instead.
"""
import asyncio
import hashlib
import logging
import time
from typing import Callable, Dict, List, Optional

import aiohttp
from aiohttp import web

log = logging.getLogger(__name__)

DOWN_SECONDS = 5.0          # a replica that refused is skipped this long, then tried again
WS_MAX_MESSAGE = 64 * 1024


class Unavailable(Exception):
    """No replica answered this message; the student should try again."""


class Replicas:
    def __init__(self, urls: List[str], clock: Callable[[], float] = time.monotonic):
        self.urls = [u.strip().rstrip("/") for u in urls if u.strip()]
        if not self.urls:
            raise ValueError("at least one Rasa URL is needed")
        self.clock = clock
        self._down_until: Dict[str, float] = {}
        self._locks: Dict[str, list] = {}

    # --- routing ----------------------------------------------------------------------------

    def order(self, key: str) -> List[str]:
        """Replicas in this key's preference order; ones that just refused go last."""
        ranked = sorted(self.urls, key=lambda url: hashlib.sha256((url + "\0" + key).encode()).digest(),
                        reverse=True)
        now = self.clock()
        return [u for u in ranked if self._down_until.get(u, 0) <= now] + \
               [u for u in ranked if self._down_until.get(u, 0) > now]

    def mark_down(self, url: str) -> None:
        if self._down_until.get(url, 0) <= self.clock():
            log.warning("Rasa replica %d is not answering; its conversations go to the others.",
                        self.urls.index(url) + 1)
        self._down_until[url] = self.clock() + DOWN_SECONDS

    # --- one chat turn ----------------------------------------------------------------------

    async def post(self, http: aiohttp.ClientSession, key: str, path: str, body: dict, timeout: float) -> object:
        """Sends one message of conversation `key`; returns the replica's JSON answer.
        Messages of one conversation go one at a time, so two replicas never hold it at once."""
        entry = self._locks.setdefault(key, [asyncio.Lock(), 0])   # [lock, messages using it]
        entry[1] += 1
        try:
            async with entry[0]:
                return await self._post(http, key, path, body, timeout)
        finally:
            entry[1] -= 1
            if not entry[1]:
                del self._locks[key]

    async def get(self, http: aiohttp.ClientSession, key: str, path: str, params: Dict[str, str],
                  timeout: float) -> object:
        """A read for conversation `key` (its handout), from its replica or, if that one is down, another."""
        return await self._send(http, key, timeout, lambda url, t: http.get(url + path, params=params, timeout=t))

    async def _post(self, http, key, path, body, timeout) -> object:
        return await self._send(http, key, timeout, lambda url, t: http.post(url + path, json=body, timeout=t))

    async def _send(self, http, key, timeout, request) -> object:
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        for url in self.order(key)[:2]:   # the conversation's replica, and one retry elsewhere
            try:
                async with request(url, client_timeout) as resp:
                    if resp.status != 200:
                        log.warning("bot webhook answered HTTP %s", resp.status)
                        raise Unavailable()
                    return await resp.json(content_type=None)
            except aiohttp.ClientConnectorError as exc:    # refused: the turn never reached Rasa
                log.warning("bot webhook refused the connection: %r", exc)
                self.mark_down(url)
                continue
            except (aiohttp.ServerDisconnectedError, aiohttp.ClientOSError) as exc:  # died mid-turn
                log.warning("bot webhook failed mid-turn: %r", exc)
                self.mark_down(url)
                raise Unavailable() from exc
            except (asyncio.TimeoutError, aiohttp.ClientError, ValueError) as exc:
                log.warning("bot webhook failed: %r", exc)
                raise Unavailable() from exc
        raise Unavailable()

    # --- health -----------------------------------------------------------------------------

    async def health(self, http: aiohttp.ClientSession, path: str) -> Dict[str, object]:
        """{"rasa": "ok" | "unreachable" | "http NNN" | "degraded"}, plus one entry a replica when
        there are several (numbered, so internal addresses stay private)."""
        async def check(url: str) -> str:
            try:
                async with http.get(url + path, timeout=aiohttp.ClientTimeout(total=3)) as r:
                    return "ok" if r.status == 200 else f"http {r.status}"
            except Exception as exc:  # refused, timed out: either way the bot isn't answering
                log.debug("health check of %s failed: %r", url, exc)
                return "unreachable"

        states = await asyncio.gather(*(check(url) for url in self.urls))
        if len(states) == 1:
            return {"rasa": states[0]}
        overall = "ok" if all(s == "ok" for s in states) else \
            "unreachable" if not any(s == "ok" for s in states) else "degraded"
        return {"rasa": overall, "replicas": {str(i + 1): s for i, s in enumerate(states)}}

    # --- socket.io --------------------------------------------------------------------------

    async def proxy_websocket(self, request: web.Request, http: aiohttp.ClientSession, key: str,
                              path: str = "/socket.io/") -> web.StreamResponse:
        """Relays one Engine.IO websocket to the key's replica (or the next one if it refuses).
        A replica dying mid-connection closes the student's socket; the client reconnects and
        lands on the next replica."""
        query = {k: v for k, v in request.query.items() if k in ("EIO", "transport")}
        upstream: Optional[aiohttp.ClientWebSocketResponse] = None
        for url in self.order(key)[:2]:
            try:
                upstream = await http.ws_connect(url + path, params=query, max_msg_size=WS_MAX_MESSAGE,
                                                 timeout=10, autoping=False)
                break
            except aiohttp.ClientConnectorError:
                self.mark_down(url)
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                log.warning("socket.io upstream failed: %r", exc)
                break
        if upstream is None:
            raise Unavailable()
        client = web.WebSocketResponse(max_msg_size=WS_MAX_MESSAGE, autoping=False)
        await client.prepare(request)
        try:
            await _pump_both_ways(client, upstream)
        finally:
            await upstream.close()
            await client.close()
        return client


async def _pump(source, sink) -> None:
    async for message in source:
        if message.type == aiohttp.WSMsgType.TEXT:
            await sink.send_str(message.data)
        elif message.type == aiohttp.WSMsgType.BINARY:
            await sink.send_bytes(message.data)
        elif message.type in (aiohttp.WSMsgType.PING,):
            await sink.ping(message.data)
        elif message.type in (aiohttp.WSMsgType.PONG,):
            await sink.pong(message.data)
        else:
            break


async def _pump_both_ways(client, upstream) -> None:
    tasks = [asyncio.ensure_future(_pump(client, upstream)), asyncio.ensure_future(_pump(upstream, client))]
    try:
        await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
