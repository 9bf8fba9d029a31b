"""The web front in front of the fake bot (tests/fakes/fake_rasa.py), both in a background thread of
the test process: for browser tests of the page's own behaviour, which need no trained bot.

    with FakeStack() as stack:
        page.goto(stack.url + "/?lang=es")
        stack.sent()        # every message the page's server passed on to the bot, oldest first
"""
import asyncio
import threading

from aiohttp import web

from careerbot.web.server import create_app
from tests.fakes import fake_rasa


class FakeStack:
    def __init__(self):
        self.url = ""
        self.bot = fake_rasa.create_app()
        self._loop = asyncio.new_event_loop()
        self._runners = []
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def __enter__(self) -> "FakeStack":
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=30)
        return self

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _serve(self, app: web.Application) -> str:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runners.append(runner)
        port = runner.addresses[0][1]
        return f"http://127.0.0.1:{port}"

    async def _start(self) -> None:
        rasa_url = await self._serve(self.bot)
        self.url = await self._serve(create_app(rasa_url, secret=b"browser-test-secret"))

    async def _stop(self) -> None:
        for runner in reversed(self._runners):
            await runner.cleanup()

    def sent(self):
        """The webhook bodies the bot received ({"sender", "message", "metadata"}), oldest first."""
        return [dict(body) for body in list(self.bot[fake_rasa.RECEIVED]) if "message" in body]

    def handout_requests(self):
        """The handout requests the bot received ({"handout": sender, "lang"}), oldest first."""
        return [dict(body) for body in list(self.bot[fake_rasa.RECEIVED]) if "handout" in body]
