"""The one-line embed on a plain school page served from another origin."""
import html
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from chat_page import AXE_RESULTS, assert_mentions_any, run_axe, say
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GREETING = "Hi from Lincoln High! What do you like doing?"
HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lincoln High School</title></head>
<body><main><h1>Lincoln High School</h1>
<p><a href="#news">School news</a></p>
<p>Counseling office hours are Monday to Friday.</p></main>
<script src="{bot}/embed.js" data-school="Lincoln High" data-color="{color}"
  data-greeting="{greeting}" data-mode="{mode}"></script>
</body></html>
"""


@pytest.fixture
def host_site(web_url):
    """A school site on another origin, with its own strict CSP (no inline script or style)."""
    pages = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path.split("?")[0])
            if body is None:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header(
                "Content-Security-Policy",
                f"default-src 'self'; script-src 'self' {web_url}; frame-src {web_url}; "
                "style-src 'self'; img-src 'self'",
            )
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def add(path, color="#ffcc00", mode="student", greeting=GREETING):
        pages[path] = HOST_PAGE.format(bot=web_url, color=color, mode=mode,
                                       greeting=html.escape(greeting, quote=True))
        return f"http://127.0.0.1:{server.server_address[1]}{path}"

    yield add
    server.shutdown()
    server.server_close()


def chat_frame(page):
    """The chat's Frame, once the iframe has navigated to the bot's /frame page."""
    for _ in range(100):
        frame = page.frame(url=re.compile(r"/frame\?"))
        if frame is not None:
            frame.wait_for_load_state()
            return frame
        page.wait_for_timeout(100)
    raise AssertionError("the chat iframe never loaded the bot's /frame page")


def tab_to_launcher(page):
    expect(page.locator("[data-careerbot=launcher]")).to_be_visible()
    visited = []
    for _ in range(10):
        page.keyboard.press("Tab")
        active = page.evaluate("() => { const e = document.activeElement;"
                               " return e.dataset.careerbot || e.tagName; }")
        if active == "launcher":
            return page.locator("[data-careerbot=launcher]")
        visited.append(active)
    raise AssertionError(f"the launcher could not be reached with Tab; focus went to {visited}")


def test_embed_with_keyboard_on_a_plain_host_page(new_page, host_site, web_url, screenshots):
    page = new_page()
    page.goto(host_site("/school.html"))
    launcher = tab_to_launcher(page)
    assert launcher.evaluate("e => e.tagName") == "BUTTON"
    expect(launcher).to_have_attribute("aria-expanded", "false")
    outline = launcher.evaluate("e => getComputedStyle(e).outlineStyle")
    assert outline == "solid", "the focused launcher shows no focus ring"
    # #ffcc00 is light, so the launcher text is near-black, not white.
    assert launcher.evaluate("e => getComputedStyle(e).color") == "rgb(17, 17, 17)"
    expect(page.locator("iframe")).to_have_count(1)
    assert page.locator("iframe").get_attribute("src") is None, "no conversation before opening"

    page.keyboard.press("Enter")
    expect(launcher).to_have_attribute("aria-expanded", "true")
    panel = page.locator("[data-careerbot=panel]")
    expect(panel).to_be_visible()
    expect(panel).to_have_attribute("role", "dialog")
    frame = chat_frame(page)
    expect(frame.locator("#log .msg-bot").first).to_have_text(re.compile(re.escape(GREETING)))
    expect(frame.locator("#message-input")).to_be_focused()
    expect(frame.locator("#school-name")).to_have_text("Lincoln High")

    # The host page cannot reach into the chat.
    assert page.evaluate("document.querySelector('iframe').contentDocument") is None

    page.keyboard.type("I like building things")
    page.keyboard.press("Enter")
    expect(frame.locator("#log .msg-user p")).to_have_text("I like building things")
    expect(frame.locator("#log .msg-bot").nth(1)).to_be_visible(timeout=30_000)  # greeting + at least one reply
    expect(frame.locator("#error")).to_be_hidden()
    assert_mentions_any(frame.locator("#log").inner_text(),
                        ["Construction", "build", "cluster", "career"], "embed reply")
    page.screenshot(path=str(screenshots / "desktop-embed.png"))

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
    assert page.dialogs == []


def test_embed_on_a_phone(new_page, host_site, screenshots):
    page = new_page(phone=True)
    page.goto(host_site("/phone.html", color="#0b5394"))
    page.locator("[data-careerbot=launcher]").click()
    frame = chat_frame(page)
    expect(frame.locator("#log .msg-bot").first).to_be_visible()
    say(frame, "I like building things")
    box = page.locator("[data-careerbot=panel]").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    page.screenshot(path=str(screenshots / "phone-embed.png"))


def test_embed_in_advising_mode_shows_the_summary(new_page, host_site):
    page = new_page()
    page.goto(host_site("/advising.html", mode="advising", greeting=""))
    page.locator("[data-careerbot=launcher]").click()
    frame = chat_frame(page)
    expect(frame.locator("#log .msg-bot").first).to_be_visible(timeout=30_000)
    say(frame, "I like building things")
    toggle = frame.locator("#summary-toggle")
    expect(toggle).to_have_text("Summary")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(frame.locator("#summary-panel")).to_be_visible()
    expect(frame.locator("#log")).to_be_hidden()


def test_axe_on_the_host_page_with_the_panel_open(new_page, host_site, axe_path):
    page = new_page(bypass_csp=True)
    page.goto(host_site("/axe.html"))
    page.locator("[data-careerbot=launcher]").click()
    expect(chat_frame(page).locator("#log .msg-bot").first).to_be_visible()
    problems = run_axe(page, axe_path, "embed-host", AXE_RESULTS)
    assert problems == [], problems
