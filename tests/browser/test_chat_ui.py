"""The student and advising pages in a real browser, against the running stack."""
import json
import re

import pytest
from chat_page import (
    assert_mentions_any,
    bot_count,
    bot_text_since,
    choose_or_say,
    log_text,
    no_horizontal_scroll,
    say,
    stored,
    wait_for_greeting,
    wait_for_reply,
)
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

CLUSTER_WORDS = ["Construction", "carpent", "electric", "plumb", "architect", "build"]
COURSE_WORDS = ["Principles of Construction", "Construction Technology", "course", "class",
                "grade 9", "9th"]
CREDENTIAL_WORDS = ["OSHA", "NCCER", "EPA", "HBI", "certif", "credential"]


def assert_buttons_are_real(page):
    """Every control the bot offered is a real <button type=button>, nothing fake."""
    kinds = page.evaluate("""() => [...document.querySelectorAll('#log .choices:not(.spent) > *')]
      .map(e => e.tagName + ':' + e.getAttribute('type'))""")
    assert kinds and set(kinds) == {"BUTTON:button"}, kinds
    assert page.locator("#log [role=button], #log [onclick]").count() == 0


def guided_conversation(page):
    """greeting -> interests -> a cluster -> classes -> certifications -> summary."""
    wait_for_greeting(page)
    assert page.locator("#log .msg-user").count() == 0, "the hidden /greet must not show"

    say(page, "I like building things")
    assert page.locator("#log .choices button").count() > 0, "the bot offered no buttons"
    assert_buttons_are_real(page)

    before = bot_count(page)
    title = choose_or_say(page, r"construct", "Tell me about construction")
    last_user = page.locator("#log .msg-user").last.inner_text()
    assert title in last_user and "{" not in last_user, "the user bubble must show the title"
    assert_mentions_any(bot_text_since(page, before), CLUSTER_WORDS, "cluster")

    before = bot_count(page)
    say(page, "what classes would I take?")
    assert_mentions_any(bot_text_since(page, before), COURSE_WORDS, "classes")

    before = bot_count(page)
    say(page, "any certifications for that?")
    assert_mentions_any(bot_text_since(page, before), CREDENTIAL_WORDS, "certifications")

    choose_or_say(page, r"summar", "summarize what we talked about")
    card = page.locator("#log .handout-card").last
    expect(card).to_be_visible()
    expect(card.locator("h3")).to_have_text("Your career plan")
    assert_mentions_any(card.inner_text(), CLUSTER_WORDS, "handout card")


def test_guided_conversation_by_clicking_and_typing(new_page, web_url, screenshots):
    page = new_page()
    page.goto(web_url + "/")
    expect(page).to_have_title(re.compile("Career Explorer"))
    guided_conversation(page)
    assert page.dialogs == []
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
    saved = stored(page)
    assert saved["id"] and len(saved["items"]) >= 10
    page.screenshot(path=str(screenshots / "desktop-student.png"))

    # The conversation survives a reload in the same tab.
    count = page.locator("#log .msg").count()
    page.reload()
    expect(page.locator("#log .msg")).to_have_count(count)


def test_phone_layout(new_page, web_url, screenshots):
    page = new_page(phone=True)
    page.goto(web_url + "/")
    wait_for_greeting(page)
    say(page, "I like building things")
    choose_or_say(page, r"construct", "Tell me about construction")
    assert no_horizontal_scroll(page)
    box = page.locator("#message-input").bounding_box()
    assert box and box["y"] + box["height"] <= 812, "the message box must be on screen"
    page.screenshot(path=str(screenshots / "phone-student.png"))


@pytest.mark.parametrize("path", ["/", "/advising"])
@pytest.mark.parametrize("width,height", [(640, 400), (320, 640)])
def test_reflow_at_200_and_400_percent_zoom(new_page, web_url, path, width, height):
    # 1280px at 200% zoom is 640 CSS px; 1280px at 400% is 320 (WCAG 1.4.10).
    page = new_page(viewport={"width": width, "height": height})
    page.goto(web_url + path)
    wait_for_greeting(page)
    say(page, "I like building things")
    assert no_horizontal_scroll(page), f"horizontal scroll on {path} at {width}px"
    page.locator("#message-input").focus()
    expect(page.locator("#message-input")).to_be_in_viewport()


XSS = ["<img src=x onerror=alert(1)>", "<script>alert(1)</script>", "javascript:alert(1)"]


def assert_log_inert(page, selector="#log"):
    found = page.evaluate("""(selector) => {
      const log = document.querySelector(selector);
      const bad = [...log.querySelectorAll('img, script, iframe, svg, object, embed, style')]
        .map(e => e.tagName);
      for (const el of log.querySelectorAll('*'))
        for (const a of el.attributes) if (/^on/i.test(a.name)) bad.push(el.tagName + '@' + a.name);
      for (const a of log.querySelectorAll('a[href]'))
        if (!/^(https?|mailto|tel):/i.test(a.href)) bad.push('a@' + a.href);
      return bad;
    }""", selector)
    assert found == []


def test_xss_attempts_are_shown_as_text(new_page, web_url):
    # CSP is bypassed here so the test proves the rendering itself is inert.
    page = new_page(bypass_csp=True)
    page.goto(web_url + "/")
    wait_for_greeting(page)
    for attack in XSS:
        say(page, attack)
        expect(page.locator("#log .msg-user").last.locator("p")).to_have_text(attack)
    assert_log_inert(page)
    page.wait_for_timeout(300)
    assert page.dialogs == []
    assert page.evaluate("() => window.__pwned === undefined")


HOSTILE_HANDOUT = {
    "lang": "en", "title": "<img src=x onerror=alert(3)>", "facts": [{"label": "<b>School</b>", "value": ""}],
    "sections": [{"id": "x", "title": "<script>alert(4)</script>", "blocks": [
        {"type": "list", "label": "<svg onload=alert(5)>", "items": ["<iframe src=javascript:alert(6)>"]},
        {"type": "table", "caption": "c", "columns": ["<u>a</u>"], "rows": [["<img src=x onerror=alert(7)>"]]},
        {"type": "contact", "items": [{"label": "Site", "value": "click", "href": "javascript:alert(8)"}]},
    ]}],
    "notes": "Notes", "privacy": "No student name or identity is collected.",
}


def test_hostile_bot_text_is_rendered_inert(new_page, web_url):
    """Bot text comes partly from staff-edited YAML: render it as text, links allow-listed."""
    page = new_page(bypass_csp=True)
    page.goto(web_url + "/advising")
    wait_for_greeting(page)
    hostile = {
        "v": 2, "id": stored(page, "advising")["id"], "queue": [], "handout": HOSTILE_HANDOUT,
        "items": [
            {"from": "bot", "msg": {"text": "<img src=x onerror=alert(1)> and <b>bold</b>"}},
            {"from": "bot", "msg": {"text": "javascript:alert(1) data:text/html,x vbscript:x"}},
            {"from": "bot", "msg": {"text": "See https://www.bls.gov/ooh/. Call tel:+1-555-0100 "
                                            "or mailto:counselor@example.org"}},
            {"from": "bot", "msg": {"text": "Pick:", "buttons": [
                {"title": "<script>alert(1)</script>", "payload": "/greet"}]}},
            {"from": "bot", "msg": {"custom": {"type": "handout", "text": "<svg onload=alert(1)>"}}},
        ],
    }
    page.route("**/api/handout*", lambda route: route.fulfill(status=502, body="{}"))
    page.evaluate("(s) => sessionStorage.setItem('careerbot:advising', s)", json.dumps(hostile))
    page.reload()
    expect(page.locator("#log .handout-card")).to_be_visible()
    assert_log_inert(page, "#log")
    assert_log_inert(page, "#summary-panel")
    assert_log_inert(page, "#handout-view")
    text = log_text(page)
    for literal in ("<img src=x onerror=alert(1)>", "<b>bold</b>", "javascript:alert(1)",
                    "<script>alert(1)</script>", "<svg onload=alert(1)>"):
        assert literal in text
    panel = page.locator("#summary-panel").inner_text()
    for literal in ("<img src=x onerror=alert(3)>", "<script>alert(4)</script>", "<svg onload=alert(5)>",
                    "<iframe src=javascript:alert(6)>", "<img src=x onerror=alert(7)>"):
        assert literal in panel
    links = page.locator("#log a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert hrefs == ["https://www.bls.gov/ooh/", "tel:+1-555-0100", "mailto:counselor@example.org"]
    for i in range(links.count()):
        assert links.nth(i).get_attribute("rel") == "noopener noreferrer"
        assert links.nth(i).get_attribute("target") == "_blank"
    page.wait_for_timeout(300)
    assert page.dialogs == []


def test_start_over_clears_the_conversation(new_page, web_url):
    page = new_page()
    page.goto(web_url + "/")
    wait_for_greeting(page)
    say(page, "I like building things")
    old = stored(page)
    assert any(i.get("text") == "I like building things" for i in old["items"])

    page.get_by_role("button", name="Start over").click()
    page.get_by_role("button", name="Yes, start over").click()
    expect(page.locator("#log .msg-user")).to_have_count(0)
    wait_for_greeting(page)
    new = stored(page)
    assert new["id"] and new["id"] != old["id"]
    assert not [i for i in new["items"] if i["from"] == "user"]
    expect(page.locator("#message-input")).to_be_focused()


def test_no_answer_shows_error_with_retry(new_page, web_url):
    page = new_page()
    page.goto(web_url + "/")
    wait_for_greeting(page)
    page.route("**/api/chat", lambda route: route.abort())
    page.locator("#message-input").fill("I like building things")
    page.locator("#message-input").press("Enter")
    error = page.locator("#error")
    expect(error).to_be_visible()
    expect(error).to_have_attribute("role", "alert")
    page.unroute("**/api/chat")

    page.route("**/api/chat", lambda route: route.fulfill(
        status=200, content_type="application/json", body='{"messages": [], "summary": null}'))
    page.get_by_role("button", name="Retry").click()
    expect(error).to_be_visible()
    expect(page.locator("#error-text")).to_contain_text("didn't answer")
    page.unroute("**/api/chat")

    before = bot_count(page)
    page.get_by_role("button", name="Retry").click()
    wait_for_reply(page, before, "retry")
    expect(page.locator("#log .msg-user")).to_have_count(1)


def test_keyboard_only_with_visible_focus(new_page, web_url):
    page = new_page()
    page.goto(web_url + "/")
    wait_for_greeting(page)
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page.locator("#message-input")).to_be_focused()
    page.keyboard.type("I like building things")
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_for_reply(page, before, "typed with the keyboard")

    # Tab from the top through every control: each shows a focus outline.
    page.locator(".skip-link").focus()
    seen = []
    for _ in range(25):
        page.keyboard.press("Tab")
        info = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
          return {tag: e.tagName, text: (e.innerText || e.id || '').slice(0, 30),
                  outline: s.outlineStyle, width: parseFloat(s.outlineWidth)}; }""")
        if info["tag"] == "BODY":
            break
        seen.append(info)
        assert info["outline"] != "none" and info["width"] >= 2, info
    tags = {s["tag"] for s in seen}
    assert {"BUTTON", "INPUT"} <= tags

    # A bot button works from the keyboard.
    choice = page.locator("#log .choices button").last
    choice.focus()
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_for_reply(page, before, "a button pressed with Enter")


def test_log_is_a_polite_live_region_and_controls_are_labelled(new_page, web_url):
    page = new_page()
    page.goto(web_url + "/")
    wait_for_greeting(page)
    log = page.locator("#log")
    expect(log).to_have_attribute("role", "log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(page.get_by_label("Your message")).to_be_visible()
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    assert page.evaluate("document.documentElement.lang") == "en"
    assert page.locator("h1:visible").count() == 1


def test_reduced_motion_stops_the_typing_animation(new_page, web_url):
    page = new_page(reduced_motion="reduce")
    page.goto(web_url + "/")
    wait_for_greeting(page)
    name = page.evaluate("""() => {
      const t = document.getElementById('typing'); t.classList.add('active');
      const d = document.createElement('span'); d.className = 'dots';
      const s = document.createElement('span'); d.appendChild(s); t.appendChild(d);
      return getComputedStyle(s).animationName; }""")
    assert name == "none"


def test_advising_handout_updates_prints_and_copies(new_page, web_url, screenshots):
    page = new_page()
    page.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=web_url)
    page.goto(web_url + "/advising")
    wait_for_greeting(page)
    panel = page.locator("#summary-panel")
    expect(panel).to_be_visible()
    expect(panel.get_by_role("heading", name="Career plan handout")).to_be_visible()
    expect(panel).to_contain_text("My career exploration plan")
    empty = panel.inner_text()
    assert "Nothing yet" not in empty

    say(page, "I like building things")
    choose_or_say(page, r"construct", "Tell me about construction")
    say(page, "what classes would I take?")
    say(page, "any certifications for that?")
    say(page, "I'm in 10th grade")
    text = panel.inner_text()
    assert text != empty, "the handout did not change"
    for words in ("Jobs to look into", "Course plan", "Credentials I could earn", "Three next steps",
                  "My school counselor", "Grade", "Date"):
        assert words in text, words
    expect(panel.locator(".handout-facts")).to_contain_text("10")
    page.screenshot(path=str(screenshots / "desktop-advising.png"))

    panel.get_by_role("button", name="Copy").click()
    expect(panel.locator(".copy-status")).to_have_text("Copied.")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("My career exploration plan\nSchool: ")
    assert "THREE NEXT STEPS\n1. " in copied and "Nothing yet" not in copied

    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }")
    panel.get_by_role("button", name="Print / Save as PDF").click()
    page.wait_for_function("() => window.__printed === 1")

    page.emulate_media(media="print")
    expect(page.locator(".chat")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(panel).to_be_hidden()
    view = page.locator("#handout-view")
    expect(view).to_be_visible()
    expect(view.get_by_role("heading", name="My career exploration plan")).to_be_visible()
    assert "Updates as the conversation goes" not in view.inner_text()
    pdf = page.pdf(path=str(screenshots / "handout.pdf"), format="Letter", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1, "the handout should fit one page"
    page.set_viewport_size({"width": 816, "height": 1056})  # Letter at 96 dpi
    page.screenshot(path=str(screenshots / "handout-print.png"), full_page=True)
    page.emulate_media(media="screen")

    phone = new_page(phone=True)
    phone.goto(web_url + "/advising")
    wait_for_greeting(phone)
    say(phone, "I like building things")
    assert no_horizontal_scroll(phone)
    phone.screenshot(path=str(screenshots / "phone-advising.png"), full_page=True)
