"""A stand-in for the bot's careerbot channel (webhook and handout), for the web server's unit
tests and for developing the pages without Rasa. The browser tests never use it: they target
the real stack.

Run by hand:  .venv/bin/python tests/fakes/fake_rasa.py --port 5099
Special messages: "__empty__" answers with no messages, "__fail__" answers HTTP 500.
Handout senders: "fail" answers HTTP 500, "junk" answers something that is not a handout.
"""
import argparse

from aiohttp import web

RECEIVED = web.AppKey("received", list)
SUMMARIES = web.AppKey("summaries", dict)

CONSTRUCTION = {"id": "construction", "name": "Construction"}
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
    sections = [{"id": "choices", "title": "What I chose", "blocks": [{"type": "list", "items": items}]}] if items else []
    return {"lang": lang, "title": "My career exploration plan", "facts": [], "grade": summary["grade"],
            "sections": sections, "notes": "Notes", "privacy": "No student name or identity is collected.",
            "interests": summary["interests"]}


def _answer(message: str, summary: dict) -> list:
    lower = message.lower()
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
    summary = request.app[SUMMARIES].setdefault(body.get("sender"), _empty_summary())
    messages = [] if message == "__empty__" else _answer(message, summary)
    lang = (body.get("metadata") or {}).get("lang", "en")
    return web.json_response({"messages": messages, "summary": handout_of(summary, lang)})


async def handout(request: web.Request) -> web.Response:
    sender, lang = request.query.get("sender"), request.query.get("lang", "en")
    request.app[RECEIVED].append({"handout": sender, "lang": lang})
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
