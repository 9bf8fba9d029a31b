"""The web front's server: sessions, relay, limits and headers, against a fake bot webhook."""
import json
import re
import socket
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from careerbot.web import server
from careerbot.web.server import create_app, is_valid_conversation_id, new_conversation_id
from tests.fakes import fake_rasa

SECRET = b"test-secret"


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


@pytest.fixture
async def upstream():
    srv = TestServer(fake_rasa.create_app())
    await srv.start_server()
    yield srv
    await srv.close()


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
async def make_client(upstream, clock):
    clients = []

    async def make(rasa_url=None, **options):
        options.setdefault("secret", SECRET)
        url = rasa_url or str(upstream.make_url("")).rstrip("/")
        client = TestClient(TestServer(create_app(url, clock=clock, **options)))
        await client.start_server()
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.close()


async def new_session(client) -> str:
    resp = await client.post("/api/session")
    assert resp.status == 200
    return (await resp.json())["conversation_id"]


async def say(client, conversation_id, message, mode="student"):
    return await client.post(
        "/api/chat", json={"conversation_id": conversation_id, "message": message, "mode": mode}
    )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def test_session_ids_are_signed_and_unguessable(make_client):
    client = await make_client()
    first, second = await new_session(client), await new_session(client)
    assert first != second
    assert is_valid_conversation_id(SECRET, first)
    assert not is_valid_conversation_id(b"another-secret", first)
    token, _signature = first.split(".")
    assert len(token) >= 24


@pytest.mark.parametrize("forged", [
    "abc", "abc.def", "", None, 12, new_conversation_id(b"wrong-secret"), "a" * 500,
])
async def test_forged_or_missing_ids_are_refused(make_client, upstream, forged):
    client = await make_client()
    resp = await say(client, forged, "hello")
    assert resp.status == 403
    body = await resp.json()
    assert "start over" in body["message"].lower()
    assert upstream.app[fake_rasa.RECEIVED] == []


async def test_relays_message_and_metadata_to_the_careerbot_webhook(make_client, upstream):
    client = await make_client()
    cid = await new_session(client)
    resp = await say(client, cid, "I like building things", mode="advising")
    assert resp.status == 200
    body = await resp.json()
    assert body["messages"][0]["buttons"][0]["title"] == "Construction"
    assert body["summary"]["interests"] == ["building things"]
    assert upstream.app[fake_rasa.RECEIVED] == [
        {"sender": cid, "message": "I like building things", "metadata": {"mode": "advising"}}
    ]


async def test_unknown_mode_is_sent_as_student(make_client, upstream):
    client = await make_client()
    cid = await new_session(client)
    await say(client, cid, "hi", mode="admin")
    assert upstream.app[fake_rasa.RECEIVED][-1]["metadata"] == {"mode": "student"}


async def test_language_is_passed_on_only_when_the_page_sent_a_known_one(make_client, upstream):
    """The bot reads a new `lang` as the student's choice, so a missing or unknown one is not sent
    (not even as "en")."""
    client = await make_client()
    cid = await new_session(client)
    for lang, sent in (("es", {"mode": "student", "lang": "es"}), ("en", {"mode": "student", "lang": "en"}),
                       ("xx", {"mode": "student"}), (["en"], {"mode": "student"}), (None, {"mode": "student"})):
        await client.post("/api/chat", json={"conversation_id": cid, "message": "hi", "lang": lang})
        assert upstream.app[fake_rasa.RECEIVED][-1]["metadata"] == sent, lang
    await say(client, cid, "hi")   # no lang key at all
    assert upstream.app[fake_rasa.RECEIVED][-1]["metadata"] == {"mode": "student"}


async def test_reply_carries_the_conversations_language(make_client):
    client = await make_client()
    cid = await new_session(client)
    body = await (await say(client, cid, "I like building things")).json()
    assert body["lang"] == "en"
    body = await (await say(client, cid, "hola, me gusta construir cosas")).json()
    assert body["lang"] == "es" and body["messages"][0]["text"].startswith("Construir cosas")
    assert body["summary"]["lang"] == "es"
    body = await (await client.post("/api/chat", json={
        "conversation_id": cid, "message": '/set_language{"language":"en"}', "lang": "en"})).json()
    assert body["lang"] == "en" and body["messages"][0]["text"].startswith("Sure")


@pytest.mark.parametrize("lang,kept", [("es", "es"), ("en", "en"), ("fr", None), (["es"], None), (None, None)])
def test_reply_cleaning_keeps_only_a_known_language(lang, kept):
    cleaned = server._clean_reply({"messages": [{"text": "hi", "extra": 1}], "summary": {}, "lang": lang,
                                   "tracker": {"secret": True}})
    assert cleaned.get("lang") == kept
    assert set(cleaned) == ({"messages", "summary", "lang"} if kept else {"messages", "summary"})
    assert cleaned["messages"] == [{"text": "hi"}]


async def test_custom_handout_message_is_passed_through(make_client):
    client = await make_client()
    cid = await new_session(client)
    body = await (await say(client, cid, "summarize what we talked about")).json()
    assert body["messages"][1]["custom"]["type"] == "handout"
    assert body["summary"]["title"] == "My career exploration plan"


async def test_handout_is_relayed_for_a_signed_id_in_a_known_language(make_client, upstream):
    client = await make_client()
    cid = await new_session(client)
    await say(client, cid, "I like building things")
    resp = await client.get("/api/handout", params={"conversation_id": cid, "lang": "es"})
    assert resp.status == 200
    assert resp.headers["Cache-Control"] == "no-store"
    body = await resp.json()
    assert body["lang"] == "es" and "building things" in json.dumps(body["sections"])
    assert upstream.app[fake_rasa.RECEIVED][-1] == {"handout": cid, "lang": "es"}
    # An unknown language is not passed on: the bot then uses the conversation's language.
    resp = await client.get("/api/handout", params={"conversation_id": cid, "lang": "../etc"})
    assert upstream.app[fake_rasa.RECEIVED][-1] == {"handout": cid, "lang": None}
    assert (await resp.json())["lang"] == "en"
    await say(client, cid, "hola")
    resp = await client.get("/api/handout", params={"conversation_id": cid})
    assert (await resp.json())["lang"] == "es"


@pytest.mark.parametrize("forged", ["", "abc.def", new_conversation_id(b"wrong-secret")])
async def test_handout_needs_a_signed_id(make_client, upstream, forged):
    client = await make_client()
    resp = await client.get("/api/handout", params={"conversation_id": forged})
    assert resp.status == 403
    assert upstream.app[fake_rasa.RECEIVED] == []


async def test_handout_is_rate_limited_per_conversation(make_client, clock):
    client = await make_client(conversation_limit=2, window_seconds=60)
    cid = await new_session(client)
    for _ in range(2):
        assert (await client.get("/api/handout", params={"conversation_id": cid})).status == 200
    resp = await client.get("/api/handout", params={"conversation_id": cid})
    assert resp.status == 429 and "Retry-After" in resp.headers
    assert (await say(client, cid, "hi")).status == 200, "printing does not use up the chat's allowance"
    clock.now += 61
    assert (await client.get("/api/handout", params={"conversation_id": cid})).status == 200


async def test_handout_upstream_failures_give_502(make_client, monkeypatch):
    client = await make_client()
    for sender in ("fail", "junk"):
        monkeypatch.setattr(server, "is_valid_conversation_id", lambda secret, value: True)
        resp = await client.get("/api/handout", params={"conversation_id": sender})
        assert resp.status == 502
        assert "try again" in (await resp.json())["message"]


async def test_favicon_is_served(make_client):
    client = await make_client()
    resp = await client.get("/favicon.ico")
    assert resp.status == 200 and resp.headers["Content-Type"] == "image/x-icon"
    assert (await resp.read())[:4] == b"\x00\x00\x01\x00"


async def test_empty_answer_is_relayed_as_empty_list(make_client):
    client = await make_client()
    cid = await new_session(client)
    resp = await say(client, cid, "__empty__")
    assert resp.status == 200
    assert (await resp.json())["messages"] == []


async def test_message_over_4000_characters_is_refused_with_413(make_client, upstream):
    client = await make_client()
    cid = await new_session(client)
    assert (await say(client, cid, "x" * 4000)).status == 200
    resp = await say(client, cid, "x" * 4001)
    assert resp.status == 413
    assert "too long" in (await resp.json())["message"]
    # A body far over the cap is refused before it is parsed.
    resp = await say(client, cid, "x" * 200_000)
    assert resp.status == 413
    assert len(upstream.app[fake_rasa.RECEIVED]) == 1


async def test_empty_or_non_json_messages_are_refused(make_client):
    client = await make_client()
    cid = await new_session(client)
    assert (await say(client, cid, "   ")).status == 400
    resp = await client.post("/api/chat", data="conversation_id=x&message=hi",
                             headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert resp.status == 415
    resp = await client.post("/api/chat", data="{not json",
                             headers={"Content-Type": "application/json"})
    assert resp.status == 400


async def test_rate_limit_per_conversation(make_client, clock):
    client = await make_client(conversation_limit=3, window_seconds=60)
    cid = await new_session(client)
    for _ in range(3):
        assert (await say(client, cid, "hi")).status == 200
    resp = await say(client, cid, "hi")
    assert resp.status == 429
    assert int(resp.headers["Retry-After"]) == 60
    assert "wait" in (await resp.json())["message"]
    other = await new_session(client)
    assert (await say(client, other, "hi")).status == 200
    clock.now += 61
    assert (await say(client, cid, "hi")).status == 200


async def test_rate_limit_per_client_covers_sessions_and_chat(make_client, clock):
    client = await make_client(client_limit=4, window_seconds=60)
    cids = [await new_session(client), await new_session(client)]
    for cid in cids:
        assert (await say(client, cid, "hi")).status == 200
    resp = await client.post("/api/session")
    assert resp.status == 429
    assert "Retry-After" in resp.headers
    assert (await say(client, cids[0], "hi")).status == 429
    clock.now += 60
    assert (await say(client, cids[0], "hi")).status == 200


async def test_upstream_down_gives_502_with_friendly_text(make_client):
    client = await make_client(rasa_url=f"http://127.0.0.1:{free_port()}")
    cid = await new_session(client)
    resp = await say(client, cid, "hi")
    assert resp.status == 502
    body = await resp.json()
    assert "try again" in body["message"]
    assert "Connect" not in body["message"] and "127.0.0.1" not in body["message"]
    health = await (await client.get("/healthz")).json()
    assert health == {"status": "ok", "rasa": "unreachable"}


async def test_upstream_error_status_gives_502(make_client):
    client = await make_client()
    cid = await new_session(client)
    assert (await say(client, cid, "__fail__")).status == 502


async def test_healthz_reports_the_bot(make_client):
    client = await make_client()
    assert await (await client.get("/healthz")).json() == {"status": "ok", "rasa": "ok"}


@pytest.mark.parametrize("path", ["/", "/advising", "/frame", "/embed.js", "/healthz", "/favicon.ico",
                                  "/static/js/chat.js", "/static/chat.css", "/static/handout.css", "/nope"])
async def test_security_headers_on_every_response(make_client, path):
    client = await make_client()
    resp = await client.get(path)
    assert resp.status == (404 if path == "/nope" else 200)
    csp = resp.headers["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp and "'unsafe-eval'" not in csp
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'",
                      "object-src 'none'", "base-uri 'none'"):
        assert directive in csp
    embeddable = path in ("/frame", "/embed.js")
    assert ("frame-ancestors *" if embeddable else "frame-ancestors 'none'") in csp
    assert resp.headers["X-Content-Type-Options"] == "nosniff"
    assert resp.headers["Referrer-Policy"] == "no-referrer"
    assert "camera=()" in resp.headers["Permissions-Policy"]


async def test_api_errors_carry_headers_and_no_store(make_client):
    client = await make_client()
    resp = await say(client, "forged.id", "hi")
    assert resp.headers["Cache-Control"] == "no-store"
    assert "frame-ancestors 'none'" in resp.headers["Content-Security-Policy"]


@pytest.mark.parametrize("method,path", [
    ("GET", "/model"), ("PUT", "/model"), ("GET", "/status"),
    ("GET", "/conversations/x/tracker"), ("POST", "/conversations/x/tracker/events"),
    ("POST", "/webhooks/rest/webhook"), ("POST", "/webhooks/careerbot/webhook"),
    ("GET", "/webhooks/careerbot/"), ("GET", "/webhooks/careerbot/handout?sender=x"),
    ("POST", "/model/parse"), ("POST", "/webhook"),
    ("GET", "/static/../server.py"), ("GET", "/static/"),
])
async def test_rasa_and_action_server_paths_are_not_exposed(make_client, upstream, method, path):
    client = await make_client()
    resp = await client.request(method, path)
    assert resp.status in (404, 403)
    assert upstream.app[fake_rasa.RECEIVED] == []


def test_secret_is_generated_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("CAREERBOT_WEB_SECRET", raising=False)
    path = tmp_path / "var" / "web-secret"
    first = server.load_secret(path)
    assert len(first) >= 32
    assert server.load_secret(path) == first
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    monkeypatch.setenv("CAREERBOT_WEB_SECRET", "from-env")
    assert server.load_secret(path) == b"from-env"


def test_secret_file_default_location_is_git_ignored_var():
    assert server.SECRET_FILE.parent.name == "var"
    assert server.SECRET_FILE.parent.parent == Path(__file__).resolve().parent.parent


def test_static_files_use_no_html_sinks_or_inline_code():
    """Bot and user text must never reach an HTML parser; pages must work under the CSP."""
    static = Path(server.STATIC_DIR)
    assert len(list(static.rglob("*.js"))) >= 7
    for js in static.rglob("*.js"):
        code = js.read_text()
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                     "new Function", 'setAttribute("style"', "setAttribute('style'"):
            assert sink not in code, f"{js.name} uses {sink}"
    for page in static.glob("*.html"):
        markup = page.read_text()
        assert "<style" not in markup and " style=" not in markup, page.name
        assert not re.search(r"\son[a-z]+\s*=", markup), f"inline event handler in {page.name}"
        for tag in markup.split("<script")[1:]:
            assert re.search(r'\bsrc="/static/', tag.split(">", 1)[0]), f"inline script in {page.name}"
            assert tag.split(">", 1)[1].startswith("</script>"), f"inline script in {page.name}"


def _js_object_keys(source: str, name: str):
    block = source[source.index(name + ": {"):]
    block = block[:block.index("\n  },")]
    return re.findall(r"^    (\w+):", block, re.M)


def _js_string(source: str, lang: str, key: str) -> str:
    block = source[source.index("  %s: {" % lang):]
    return re.search(r'^    %s: "([^"]*)",' % key, block, re.M).group(1)


def test_every_language_table_has_the_same_keys_and_pages_use_only_known_keys():
    static = Path(server.STATIC_DIR)
    i18n = (static / "js" / "i18n.js").read_text()
    languages = re.findall(r"^  (\w+): \{", i18n, re.M)
    assert languages[0] == "en" and "es" in languages
    assert set(languages) == set(server.LANGUAGES), "the page speaks the languages the server passes on"
    english = _js_object_keys(i18n, "en")
    for lang in languages:
        assert _js_object_keys(i18n, lang) == english, lang
        assert _js_string(i18n, lang, "lang") == lang
    spanish = {key: _js_string(i18n, "es", key) for key in english}
    assert [key for key in english if key != "dir" and
            spanish[key] == _js_string(i18n, "en", key)] == [], "untranslated Spanish strings"
    for key in english:   # the same {placeholders} in every language
        assert re.findall(r"\{(\w+)\}", spanish[key]) == re.findall(r"\{(\w+)\}", _js_string(i18n, "en", key)), key
    used = set()
    for page in static.glob("*.html"):
        used |= set(re.findall(r'data-i18n="(\w+)"', page.read_text()))
        used |= set(re.findall(r':(\w+)"', " ".join(re.findall(r'data-i18n-attr="[^"]+"', page.read_text()))))
    for js in (static / "js").glob("*.js"):
        code = js.read_text()
        used |= set(re.findall(r'\bt\("(\w+)"', code))
        used |= set(re.findall(r'\btIn\(\w+, "(\w+)"', code))
        used |= set(re.findall(r'\blabel\((?:\w+|el\([^()]*\)), "(\w+)"\)', code))
        used |= set(re.findall(r'\blabelAttr\(\w+, "[\w-]+", "(\w+)"\)', code))
        used |= set(re.findall(r'\bspeaker\("(\w+)"\)', code))
        used |= set(re.findall(r'\bdataset\.i18n = "(\w+)"', code))
    assert {"handoutLanguage", "langName", "yourChoice", "choices", "print"} <= used
    assert used and used <= set(english), used - set(english)
    # The embed's few words match the page's table, in every language.
    embed = (static / "embed.js").read_text()
    for lang in languages:
        assert '"%s"' % _js_string(i18n, lang, "dialogLabel") in embed, lang
        assert re.search(r"\b%s: \{ launcher: " % lang, embed), lang


def test_pages_offer_a_language_toggle_labelled_in_the_other_language():
    static = Path(server.STATIC_DIR)
    for name in ("index.html", "advising.html", "frame.html"):
        markup = (static / name).read_text()
        assert re.search(r'<button type="button"[^>]* id="lang-toggle" lang="es" data-lang="es">Español</button>',
                         markup), name
