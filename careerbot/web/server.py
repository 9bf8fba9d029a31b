"""The public web front: serves the chat pages and relays chat to the bot's careerbot webhook.

This is the only process students' browsers talk to. Rasa's HTTP API and the action server
stay on loopback; only one fixed upstream path is ever called.
"""
import argparse
import base64
import hashlib
import hmac
import logging
import os
import secrets
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Callable, Deque, Dict, Optional

import aiohttp
from aiohttp import web

from careerbot import settings
from careerbot.paths import VAR_DIR
from careerbot.web.upstream import Replicas, Unavailable

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
SECRET_FILE = VAR_DIR / "web-secret"
UPSTREAM_PATH = "/webhooks/careerbot/webhook"
HANDOUT_PATH = "/webhooks/careerbot/handout"
LANGUAGES = ("en", "es")  # languages the page may ask for; others are not passed on
DEFAULT_RASA_URL = "http://127.0.0.1:5005"
MODES = ("student", "advising")

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors {ancestors}"
)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
# Pages that school sites may put in an iframe or a script tag.
EMBEDDABLE = ("/frame", "/embed.js")

FRIENDLY = {
    "bad_request": "Sorry, that message could not be read. Please try again.",
    "forbidden": "This conversation has expired. Please start over.",
    "too_large": "That message is too long. Please keep it under {limit} characters.",
    "rate_limited": "You're sending messages very quickly. Please wait {wait} seconds and try again.",
    "upstream": "The career guide isn't answering right now. Please try again in a moment.",
}

SECRET_KEY = web.AppKey("secret", bytes)
SETTINGS_KEY = web.AppKey("settings", dict)
HTTP_KEY = web.AppKey("http", aiohttp.ClientSession)
REPLICAS_KEY = web.AppKey("replicas", Replicas)


# --- conversation ids -------------------------------------------------------------------

def load_secret(path: Path = SECRET_FILE) -> bytes:
    """CAREERBOT_WEB_SECRET, else the stored secret, else a new one stored for next time."""
    env = settings.get("WEB_SECRET")
    if env:
        return env.encode()
    if path.exists():
        return path.read_text().strip().encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as tmp:
        tmp.write(secrets.token_urlsafe(32))
    os.chmod(tmp.name, 0o600)
    try:
        os.link(tmp.name, path)  # atomic: if two servers start together, one secret wins
    except FileExistsError:
        pass
    finally:
        os.unlink(tmp.name)
    return path.read_text().strip().encode()


def _signature(secret: bytes, token: str) -> str:
    digest = hmac.new(secret, token.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest[:18]).decode()


def new_conversation_id(secret: bytes) -> str:
    token = secrets.token_urlsafe(18)
    return f"{token}.{_signature(secret, token)}"


def is_valid_conversation_id(secret: bytes, value: object) -> bool:
    if not isinstance(value, str) or len(value) > 100 or value.count(".") != 1:
        return False
    token, signature = value.split(".")
    return bool(token) and hmac.compare_digest(signature, _signature(secret, token))


# --- rate limits ------------------------------------------------------------------------

class RateLimiter:
    """Sliding-window limit of `limit` hits per `window` seconds for each key, in memory.

    Kept over `limits` (what aiohttp-ratelimiter wraps), measured on this machine with 200,000
    hits over 5,000 keys at 30 a minute: ours 3.9 us a hit, 7.8 MB peak; limits' moving window
    (the same exact semantics) 22 us and 23 MB, 28 us with the reset time we need for
    Retry-After; its sliding-window counter 16 us but approximate. aiohttp-ratelimiter also keys
    only by a request function per route and runs a storage timer thread. No dependency needed.
    """

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._hits: Dict[str, Deque[float]] = {}
        self._calls = 0

    def hit(self, key: str) -> float:
        """Records a hit; returns 0 if allowed, else the seconds until one is allowed."""
        now = self.clock()
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.window:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.window - now
        hits.append(now)
        self._calls += 1
        if self._calls % 1000 == 0:
            self._prune(now)
        return 0.0

    def _prune(self, now: float) -> None:
        stale = [k for k, h in self._hits.items() if not h or h[-1] <= now - self.window]
        for key in stale:
            del self._hits[key]


# --- responses --------------------------------------------------------------------------

CONV_LIMIT_KEY = web.AppKey("conversation_limiter", RateLimiter)
CLIENT_LIMIT_KEY = web.AppKey("client_limiter", RateLimiter)
HANDOUT_LIMIT_KEY = web.AppKey("handout_limiter", RateLimiter)


def _error(status: int, code: str, retry_after: Optional[float] = None, **fmt) -> web.Response:
    headers = {}
    if retry_after is not None:
        headers["Retry-After"] = str(max(1, int(retry_after + 0.999)))
        fmt.setdefault("wait", headers["Retry-After"])
    body = {"error": code, "message": FRIENDLY[code].format(**fmt)}
    return web.json_response(body, status=status, headers=headers)


async def _security_headers(request: web.Request, response: web.StreamResponse) -> None:
    embeddable = request.path in EMBEDDABLE
    headers = response.headers
    headers["Server"] = "careerbot"  # no framework or version banner
    headers["Content-Security-Policy"] = CSP.format(ancestors="*" if embeddable else "'none'")
    headers["X-Content-Type-Options"] = "nosniff"
    headers["Referrer-Policy"] = "no-referrer"
    headers["Permissions-Policy"] = PERMISSIONS_POLICY
    if not embeddable:
        headers["X-Frame-Options"] = "DENY"
        headers["Cross-Origin-Opener-Policy"] = "same-origin"
        headers["Cross-Origin-Resource-Policy"] = "same-origin"
    if request.path.startswith("/api/"):
        headers["Cache-Control"] = "no-store"
    elif "Cache-Control" not in headers:
        headers["Cache-Control"] = "no-cache"


def _client_key(request: web.Request) -> str:
    if request.app[SETTINGS_KEY]["trust_forwarded_for"]:
        forwarded = request.headers.get("X-Forwarded-For", "")
        if forwarded:
            return forwarded.split(",")[-1].strip()  # the address our own proxy saw
    return request.remote or "unknown"


def _page(name: str):
    path = STATIC_DIR / name

    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(path)

    return handler


# --- handlers ---------------------------------------------------------------------------

async def healthz(request: web.Request) -> web.Response:
    """The web server is up; `rasa` says whether the bot answers on its webhook channel."""
    health = await request.app[REPLICAS_KEY].health(request.app[HTTP_KEY], "/webhooks/careerbot/")
    return web.json_response({"status": "ok", **health})


async def create_session(request: web.Request) -> web.Response:
    wait = request.app[CLIENT_LIMIT_KEY].hit(_client_key(request))
    if wait:
        return _error(429, "rate_limited", retry_after=wait)
    return web.json_response({"conversation_id": new_conversation_id(request.app[SECRET_KEY])})


async def chat(request: web.Request) -> web.Response:
    app = request.app
    settings = app[SETTINGS_KEY]
    wait = app[CLIENT_LIMIT_KEY].hit(_client_key(request))
    if wait:
        return _error(429, "rate_limited", retry_after=wait)
    # Requiring JSON also means a cross-site form or no-cors fetch can't post here.
    if request.content_type != "application/json":
        return _error(415, "bad_request")
    try:
        body = await request.json()
    except web.HTTPRequestEntityTooLarge:
        return _error(413, "too_large", limit=settings["max_message_chars"])
    except ValueError:
        return _error(400, "bad_request")
    if not isinstance(body, dict):
        return _error(400, "bad_request")

    conversation_id = body.get("conversation_id")
    if not isinstance(conversation_id, str) or not is_valid_conversation_id(app[SECRET_KEY], conversation_id):
        return _error(403, "forbidden")
    wait = app[CONV_LIMIT_KEY].hit(conversation_id)
    if wait:
        return _error(429, "rate_limited", retry_after=wait)

    message = body.get("message")
    if not isinstance(message, str) or not message.strip():
        return _error(400, "bad_request")
    if len(message) > settings["max_message_chars"]:
        return _error(413, "too_large", limit=settings["max_message_chars"])
    mode = body.get("mode") if body.get("mode") in MODES else "student"
    metadata = {"mode": mode}
    lang = _language(body.get("lang"))
    if lang:  # only a language the page was told to use: the bot reads a new one as the student's choice
        metadata["lang"] = lang

    upstream = {"sender": conversation_id, "message": message, "metadata": metadata}
    try:  # to this conversation's replica, or another if that one is down (careerbot/web/upstream.py)
        data = await app[REPLICAS_KEY].post(app[HTTP_KEY], conversation_id, UPSTREAM_PATH, upstream,
                                            settings["upstream_timeout"])
    except Unavailable:
        return _error(502, "upstream")
    return web.json_response(_clean_reply(data))


async def socketio(request: web.Request) -> web.StreamResponse:
    """socket.io for other clients, websocket transport only, kept on one replica per
    conversation (the `conversation` parameter, a signed id from /api/session) or client."""
    app = request.app
    wait = app[CLIENT_LIMIT_KEY].hit(_client_key(request))
    if wait:
        return _error(429, "rate_limited", retry_after=wait)
    origin = request.headers.get("Origin")
    if origin and origin.split("://", 1)[-1] != request.host:
        return _error(403, "forbidden")
    if request.query.get("transport") != "websocket" or request.headers.get("Upgrade", "").lower() != "websocket":
        return _error(400, "bad_request")
    key = request.query.get("conversation")
    if key is not None and not is_valid_conversation_id(app[SECRET_KEY], key):
        return _error(403, "forbidden")
    try:
        return await app[REPLICAS_KEY].proxy_websocket(request, app[HTTP_KEY], key or "client:" + _client_key(request))
    except Unavailable:
        return _error(502, "upstream")


def _language(value: object) -> Optional[str]:
    """A language the bot speaks, or None."""
    return value if isinstance(value, str) and value in LANGUAGES else None


def _clean_reply(data: object) -> dict:
    """Passes on only the message fields the page renders (and the conversation's language), so
    nothing else leaks through."""
    if isinstance(data, list):  # tolerate the plain REST channel's shape
        data = {"messages": data}
    if not isinstance(data, dict):
        data = {}
    messages = []
    for msg in data.get("messages") or []:
        if not isinstance(msg, dict):
            continue
        out = {}
        if isinstance(msg.get("text"), str):
            out["text"] = msg["text"]
        buttons = [
            {"title": b["title"], "payload": b["payload"]}
            for b in msg.get("buttons") or []
            if isinstance(b, dict) and isinstance(b.get("title"), str)
            and isinstance(b.get("payload"), str)
        ]
        if buttons:
            out["buttons"] = buttons
        if isinstance(msg.get("custom"), dict):
            out["custom"] = msg["custom"]
        if out:
            messages.append(out)
    summary = data.get("summary")
    reply: Dict[str, object] = {"messages": messages, "summary": summary if isinstance(summary, dict) else None}
    lang = _language(data.get("lang"))
    if lang:
        reply["lang"] = lang
    return reply


# --- handout and favicon ----------------------------------------------------------------

async def handout(request: web.Request) -> web.Response:
    """GET /api/handout?conversation_id=...&lang=...: the printable handout, in that language (without
    a known one, in the conversation's)."""
    app = request.app
    wait = app[CLIENT_LIMIT_KEY].hit(_client_key(request))
    if wait:
        return _error(429, "rate_limited", retry_after=wait)
    conversation_id = request.query.get("conversation_id")
    if not isinstance(conversation_id, str) or not is_valid_conversation_id(app[SECRET_KEY], conversation_id):
        return _error(403, "forbidden")
    wait = app[HANDOUT_LIMIT_KEY].hit(conversation_id)
    if wait:
        return _error(429, "rate_limited", retry_after=wait)
    query = {"sender": str(conversation_id)}
    lang = _language(request.query.get("lang"))
    if lang:   # else the bot uses the conversation's language
        query["lang"] = lang
    try:   # from the conversation's own replica, like its messages
        data = await app[REPLICAS_KEY].get(app[HTTP_KEY], conversation_id, HANDOUT_PATH, query,
                                           app[SETTINGS_KEY]["upstream_timeout"])
    except Unavailable:
        return _error(502, "upstream")
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        return _error(502, "upstream")
    return web.json_response(data)


async def favicon(request: web.Request) -> web.FileResponse:
    return web.FileResponse(STATIC_DIR / "favicon.ico", headers={
        "Content-Type": "image/x-icon", "Cache-Control": "public, max-age=86400"})


# --- app --------------------------------------------------------------------------------

def create_app(
    rasa_url: str = DEFAULT_RASA_URL,
    *,
    secret: Optional[bytes] = None,
    conversation_limit: int = 30,
    client_limit: int = 300,
    window_seconds: float = 60.0,
    max_message_chars: int = 4000,
    upstream_timeout: float = 30.0,
    trust_forwarded_for: bool = False,
    clock: Callable[[], float] = time.monotonic,
) -> web.Application:
    # 4000 characters can take ~48 KB as JSON-escaped surrogate pairs; refuse anything larger.
    app = web.Application(client_max_size=64 * 1024)
    app[SECRET_KEY] = secret if secret is not None else load_secret()
    app[REPLICAS_KEY] = Replicas(rasa_url.split(","))   # comma-separated Rasa replicas
    app[SETTINGS_KEY] = {
        "max_message_chars": max_message_chars,
        "upstream_timeout": upstream_timeout,
        "trust_forwarded_for": trust_forwarded_for,
    }
    app[CONV_LIMIT_KEY] = RateLimiter(conversation_limit, window_seconds, clock)
    app[CLIENT_LIMIT_KEY] = RateLimiter(client_limit, window_seconds, clock)
    app[HANDOUT_LIMIT_KEY] = RateLimiter(conversation_limit, window_seconds, clock)

    async def http_client(app: web.Application):
        # A new connection each turn: a refused one then surely never reached Rasa (safe to send
        # to another replica), where a pooled one from a replica that just died would not be.
        app[HTTP_KEY] = aiohttp.ClientSession(connector=aiohttp.TCPConnector(force_close=True))
        yield
        await app[HTTP_KEY].close()

    app.cleanup_ctx.append(http_client)
    app.on_response_prepare.append(_security_headers)  # type: ignore[arg-type]  # aiohttp's Signal typing
    app.router.add_get("/", _page("index.html"))
    app.router.add_get("/advising", _page("advising.html"))
    app.router.add_get("/frame", _page("frame.html"))
    app.router.add_get("/embed.js", _page("embed.js"))
    app.router.add_get("/healthz", healthz)
    app.router.add_post("/api/session", create_session)
    app.router.add_post("/api/chat", chat)
    app.router.add_get("/socket.io/", socketio)
    app.router.add_get("/api/handout", handout)
    app.router.add_get("/favicon.ico", favicon)
    app.router.add_static("/static/", STATIC_DIR, show_index=False, follow_symlinks=False)
    return app


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="Career Explorer web front (chat pages + relay)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument(
        "--rasa-url", default=settings.get("RASA_URL") or "http://127.0.0.1:%s" % settings.get("RASA_PORT"),
        help="where the bot listens; comma-separate several replicas (env CAREERBOT_RASA_URL)",
    )
    parser.add_argument(
        "--trust-x-forwarded-for", action="store_true",
        help="rate-limit by the last X-Forwarded-For address (only behind your own proxy)",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(args.rasa_url, trust_forwarded_for=args.trust_x_forwarded_for,
                     client_limit=settings.get_int("CLIENT_RATE_LIMIT", 1))
    # No access log: it would record student IP addresses for every message.
    web.run_app(app, host=args.host, port=args.port, access_log=None)
