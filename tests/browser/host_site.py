"""A school site on another origin that embeds the chat with the one-line tag (test fixture).

Its own strict CSP allows no inline script or style; `hostile=True` adds fixtures/hostile.css,
a stylesheet full of rules that leak into careless widgets.
"""
import html
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HOSTILE_CSS = (Path(__file__).resolve().parent / "fixtures" / "hostile.css").read_text()
GREETING = "Hi from Lincoln High! What do you like doing?"
HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lincoln High School</title>{css}</head>
<body><header><p><a href="#news">Skip to news</a></p></header>
<main><h1>Lincoln High School</h1>
<p id="news"><a href="#calendar">School calendar</a></p>
<div><p>Counseling office hours are Monday to Friday.</p></div></main>
<footer><p><a href="#top">Back to top</a></p></footer>
<script src="{bot}/embed.js" data-school="Lincoln High" data-color="{color}"
  {greeting} data-mode="{mode}"{lang}></script>
</body></html>
"""


class HostSite:
    def __init__(self, web_url: str):
        self.web_url = web_url
        self.pages = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                if path == "/hostile.css":
                    body, kind = HOSTILE_CSS, "text/css"
                elif path in site.pages:
                    body, kind = site.pages[path], "text/html; charset=utf-8"
                else:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header(
                    "Content-Security-Policy",
                    f"default-src 'self'; script-src 'self' {web_url}; frame-src {web_url}; "
                    "style-src 'self'; img-src 'self'",
                )
                self.end_headers()
                self.wfile.write(body.encode())

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path, color="#ffcc00", mode="student", greeting=GREETING, hostile=False, lang=None) -> str:
        css = '\n<link rel="stylesheet" href="/hostile.css">' if hostile else ""
        attr = f'data-greeting="{html.escape(greeting, quote=True)}"' if greeting else ""
        lang_attr = f' data-lang="{html.escape(lang, quote=True)}"' if lang else ""
        self.pages[path] = HOST_PAGE.format(bot=self.web_url, color=color, mode=mode, greeting=attr, css=css,
                                            lang=lang_attr)
        return f"http://127.0.0.1:{self.server.server_address[1]}{path}"

    def close(self):
        self.server.shutdown()
        self.server.server_close()
