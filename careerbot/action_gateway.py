"""Spreads Rasa's custom-action calls over the action servers and hides a crashed one.

Rasa takes one action endpoint URL, and when that call fails it drops the action's events
and answers the student with nothing. This small relay is that URL: it sends each call to
the next action server in turn and, when one refuses or dies mid-call, sends the same call to
another, waiting up to `wait` seconds for one to come back (the supervisor restarts a crashed
server within seconds). Re-sending is safe because action servers are stateless: an action
reads the tracker it is given and returns events; only Rasa applies them.

`python -m careerbot.action_gateway --port 5055 --server http://127.0.0.1:5056 [--server ...]`
In Kubernetes or compose a Service does the spreading and this relay is not used.
"""
import argparse
import asyncio
import logging
import time
from typing import List

import aiohttp
from aiohttp import web

log = logging.getLogger("careerbot.action_gateway")

SERVERS = web.AppKey("servers", list)
SETTINGS = web.AppKey("settings", dict)
HTTP = web.AppKey("http", aiohttp.ClientSession)
TURN = web.AppKey("turn", list)   # [the next server to try first], round robin


async def relay(request: web.Request) -> web.Response:
    app = request.app
    body = await request.read()
    servers: List[str] = app[SERVERS]
    deadline = time.monotonic() + app[SETTINGS]["wait"]
    timeout = aiohttp.ClientTimeout(total=app[SETTINGS]["call_timeout"])
    headers = {"Content-Type": request.headers.get("Content-Type", "application/json")}
    failures = 0
    while True:
        turn = app[TURN]
        first, turn[0] = turn[0] % len(servers), turn[0] + 1
        for server in servers[first:] + servers[:first]:
            try:
                async with app[HTTP].request(request.method, server + request.path_qs, data=body or None,
                                             headers=headers, timeout=timeout) as response:
                    payload = await response.read()
                    if failures:
                        log.info("action call answered by %s after %d failed attempt(s)", server, failures)
                    return web.Response(body=payload, status=response.status,
                                        content_type=response.content_type or "application/json")
            except asyncio.TimeoutError:
                log.warning("action server %s did not answer within %.0f s", server, timeout.total)
                return web.json_response({"error": "action server timed out"}, status=504)
            except aiohttp.ClientError as exc:   # refused, reset, died mid-call: try the next one
                if not failures:
                    log.warning("action server %s failed (%s); trying the others for up to %.0f s",
                                server, type(exc).__name__, app[SETTINGS]["wait"])
                failures += 1
        if time.monotonic() >= deadline:
            return web.json_response({"error": "no action server is answering"}, status=503)
        await asyncio.sleep(0.25)


def create_app(servers: List[str], wait: float = 20.0, call_timeout: float = 60.0) -> web.Application:
    app = web.Application(client_max_size=8 * 1024 * 1024)   # a tracker can be large
    app[SERVERS] = [s.rstrip("/") for s in servers]
    app[SETTINGS] = {"wait": wait, "call_timeout": call_timeout}
    app[TURN] = [0]

    async def http_client(app: web.Application):
        app[HTTP] = aiohttp.ClientSession()
        yield
        await app[HTTP].close()

    app.cleanup_ctx.append(http_client)
    app.router.add_route("*", "/{tail:.*}", relay)
    return app


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--server", action="append", required=True, help="an action server's base URL")
    parser.add_argument("--wait", type=float, default=20.0,
                        help="seconds to keep trying while no action server answers")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    web.run_app(create_app(args.server, args.wait), host=args.host, port=args.port, access_log=None,
                print=None)


if __name__ == "__main__":
    main()
