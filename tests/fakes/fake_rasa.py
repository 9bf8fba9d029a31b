"""A stand-in for the bot's careerbot channel (webhook and handout), for the web server's unit
tests, the browser tests of the page's own behaviour (tests/browser/test_spanish_page.py) and for
developing the pages without Rasa. The other browser tests target the real stack.

Run by hand:  .venv/bin/python tests/fakes/fake_rasa.py --port 5099
Special messages: "__empty__" answers with no messages, "__fail__" answers HTTP 500.
Handout senders: "fail" answers HTTP 500, "junk" answers something that is not a handout.

Languages, as the real channel and bot do them: each conversation has a language (English at first),
reported as `lang` with every answer. A `lang` in the metadata that differs from the one the page sent
before counts as the student's choice, and so does `/set_language{"language":"es"}`; otherwise a
message with a few plainly Spanish words ("hola", "me gusta"...) switches to Spanish and "I like ..."
back to English. The handout is in the request's `lang`, else the conversation's.
"""
import argparse
import re

from aiohttp import web

RECEIVED = web.AppKey("received", list)
SUMMARIES = web.AppKey("summaries", dict)
LANGS = web.AppKey("languages", dict)   # sender -> {"lang", "page", "chosen"}
LANGUAGES = ("en", "es")
SPANISH_WORDS = ("hola", "me gusta", "quiero", "español", "espanol", "¿")

CONSTRUCTION = {"id": "construction", "name": "Construction"}
SET_LANGUAGE = re.compile(r'^/set_language\{"language":\s*"(\w+)"\}$')
GREETING = {
    "text": "Hi! I'm Career Explorer. I can help you find careers that fit what you like. "
    "What do you enjoy doing?",
    "buttons": [
        {"title": "Building things", "payload": "I like building things"},
        {"title": "Helping people", "payload": "I like helping people"},
    ],
}


def _empty_summary():
    """The legacy summary fields the fake keeps per sender; sent on as a handout-shaped dict."""
    return {
        "grade": None, "interests": [], "groupings": [], "clusters": [], "sub_clusters": [],
        "pathways": [], "dual_enrollment": [], "credentials": [], "work_based_learning": [],
    }


def handout_of(summary: dict, lang: str = "en") -> dict:
    """What careerbot.handout.build_handout returns, in miniature."""
    items = summary["interests"] + [c["name"] for c in summary["clusters"]]
    spanish = lang == "es"
    title = "Lo que elegí" if spanish else "What I chose"
    sections = [{"id": "choices", "title": title, "blocks": [{"type": "list", "items": items}]}] if items else []
    return {"lang": lang, "title": "Mi plan para explorar carreras" if spanish else "My career exploration plan",
            "facts": [], "grade": summary["grade"],
            "sections": sections, "notes": "Notas" if spanish else "Notes",
            "privacy": "No se recopila el nombre ni ningún dato que identifique al estudiante." if spanish
            else "No student name or identity is collected.",
            "interests": summary["interests"]}


def conversation_language(languages: dict, sender: str, message: str, page_lang) -> str:
    """Updates and returns the conversation's language, the way the bot decides it."""
    known = languages.setdefault(sender, {"lang": "en", "page": None, "chosen": False})
    asked = SET_LANGUAGE.match(message)
    if asked and asked.group(1) in LANGUAGES:
        known.update(lang=asked.group(1), chosen=True)
    elif page_lang in LANGUAGES and page_lang != known["page"]:
        known.update(lang=page_lang, chosen=True)
    elif not known["chosen"] and not message.startswith("/"):
        lower = message.lower()
        if any(word in lower for word in SPANISH_WORDS):
            known["lang"] = "es"
        elif lower.startswith("i like") or "english" in lower:
            known["lang"] = "en"
    if page_lang in LANGUAGES:
        known["page"] = page_lang
    return known["lang"]


def _answer_es(message: str, summary: dict) -> list:
    if message == "/greet":
        return [{"text": "¡Hola! Soy Explorador de carreras. Te ayudo a encontrar carreras que van contigo. "
                 "¿Qué te gusta hacer?",
                 "buttons": [{"title": "Construir cosas", "payload": "me gusta construir cosas"},
                             {"title": "Ayudar a la gente", "payload": "me gusta ayudar a la gente"}]}]
    if SET_LANGUAGE.match(message):
        return [{"text": "¡Claro! Podemos hablar en español. ¿Qué te gusta hacer?"}]
    if "constru" in message.lower():
        summary["interests"] = sorted(set(summary["interests"]) | {"construir cosas"})
        return [{"text": "Construir cosas va con varios grupos de carreras. ¿Cuál quieres explorar?",
                 "buttons": [{"title": "Construction (construcción)",
                              "payload": '/ask_about{"cluster":"construction"}'}]}]
    return [{"text": "Dijiste: %s. Cuéntame qué te gusta hacer." % message}]


def _answer(message: str, summary: dict) -> list:
    lower = message.lower()
    if SET_LANGUAGE.match(message):
        return [{"text": "Sure, we can talk in English. What do you like doing?"}]
    if message == "/greet":
        return [GREETING]
    if message.startswith("/ask_about") and "construction" in message:
        summary["clusters"] = [CONSTRUCTION]
        summary["groupings"] = [{"id": "building-moving", "name": "Building & Moving"}]
        summary["pathways"] = [{"id": "construction-trades", "name": "Construction Trades"}]
        return [{
            "text": "Construction: design, build and repair homes, schools, roads and bridges. "
            "Read more at https://www.bls.gov/ooh/construction-and-extraction/ or ask "
            "mailto:counselor@example.org.",
            "buttons": [
                {"title": "What classes would I take?", "payload": "/ask_courses"},
                {"title": "Certifications", "payload": "/ask_credentials"},
            ],
        }]
    if "build" in lower:
        summary["interests"] = sorted(set(summary["interests"]) | {"building things"})
        return [{
            "text": "Building things fits a few career clusters. Which one do you want to explore?",
            "buttons": [
                {"title": "Construction", "payload": '/ask_about{"cluster":"construction"}'},
                {"title": "Advanced Manufacturing",
                 "payload": '/ask_about{"cluster":"advanced-manufacturing"}'},
            ],
        }]
    if "class" in lower or message == "/ask_courses":
        return [{"text": "In the Construction Trades pathway: grade 9 Principles of "
                 "Construction, grade 10 Construction Technology I, grade 11 Construction "
                 "Technology II, grade 12 Practicum in Construction Technology."}]
    if "certif" in lower or message == "/ask_credentials":
        summary["credentials"] = [{"id": "osha-10-construction", "name": "OSHA 10 Construction"},
                                  {"id": "nccer-core", "name": "NCCER Core"}]
        return [{"text": "Students in Construction often earn OSHA 10 Construction and "
                 "NCCER Core."}]
    if "summar" in lower:
        text = "Here's what we explored. Print it or save it as a PDF to share with your counselor."
        return [{"text": text}, {"custom": {"type": "handout", "text": text, "handout": handout_of(summary)}}]
    return [{"text": f"You said: {message}. Try telling me what you like doing."}]


async def webhook(request: web.Request) -> web.Response:
    body = await request.json()
    request.app[RECEIVED].append(body)
    message = body.get("message", "")
    if message == "__fail__":
        return web.json_response({"error": "boom"}, status=500)
    sender = body.get("sender")
    summary = request.app[SUMMARIES].setdefault(sender, _empty_summary())
    asked = (body.get("metadata") or {}).get("lang")
    lang = conversation_language(request.app[LANGS], sender, message, asked)
    answer = _answer_es if lang == "es" else _answer
    messages = [] if message == "__empty__" else answer(message, summary)
    handout_lang = asked if asked in LANGUAGES else lang
    return web.json_response({"messages": messages, "summary": handout_of(summary, handout_lang), "lang": lang})


async def handout(request: web.Request) -> web.Response:
    sender, lang = request.query.get("sender"), request.query.get("lang")
    request.app[RECEIVED].append({"handout": sender, "lang": lang})
    if lang not in LANGUAGES:
        lang = (request.app[LANGS].get(sender) or {}).get("lang", "en")
    if sender == "fail":
        return web.json_response({"error": "boom"}, status=500)
    if sender == "junk":
        return web.json_response(["not", "a", "handout"])
    return web.json_response(handout_of(request.app[SUMMARIES].get(sender) or _empty_summary(), lang))


async def health(request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def rasa_api(request: web.Request) -> web.Response:
    # Paths of Rasa's own HTTP API: if the web server ever relayed these, tests would see it.
    request.app[RECEIVED].append({"leaked_path": request.path})
    return web.json_response({"leaked": True})


def create_app() -> web.Application:
    app = web.Application()
    app[RECEIVED] = []
    app[SUMMARIES] = {}
    app[LANGS] = {}
    app.router.add_post("/webhooks/careerbot/webhook", webhook)
    app.router.add_get("/webhooks/careerbot/", health)
    app.router.add_get("/webhooks/careerbot/handout", handout)
    for path in ("/model", "/status", "/conversations/{id}/tracker", "/webhooks/rest/webhook"):
        app.router.add_route("*", path, rasa_api)
    return app


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=5099)
    args = parser.parse_args()
    web.run_app(create_app(), host="127.0.0.1", port=args.port)
