"""The one-line embed on school pages served from another origin (issue items 6-9 included)."""
import re

import pytest
from chat_page import assert_axe_clean, assert_mentions_any, contrast, say
from host_site import GREETING
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

LAUNCHER = "[data-careerbot=launcher]"
PANEL = "[data-careerbot=panel]"
# The focused element, looking inside the embed's shadow root; an iframe means "inside the chat".
DEEP_FOCUS = """() => { let e = document.activeElement;
  while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
  return e ? (e.dataset.careerbot || e.tagName) : null; }"""


def chat_frame(page):
    """The chat's Frame, once the iframe has navigated to the bot's /frame page."""
    for _ in range(100):
        frame = page.frame(url=re.compile(r"/frame\?"))
        if frame is not None:
            frame.wait_for_load_state()
            return frame
        page.wait_for_timeout(100)
    raise AssertionError("the chat iframe never loaded the bot's /frame page")


def open_chat(page):
    page.locator(LAUNCHER).click()
    frame = chat_frame(page)
    expect(frame.locator("#log .msg-bot").first).to_be_visible(timeout=30_000)
    return frame


def tab_to_launcher(page):
    expect(page.locator(LAUNCHER)).to_be_visible()
    visited = []
    for _ in range(10):
        page.keyboard.press("Tab")
        active = page.evaluate(DEEP_FOCUS)
        if active == "launcher":
            return page.locator(LAUNCHER)
        visited.append(active)
    raise AssertionError(f"the launcher could not be reached with Tab; focus went to {visited}")


def test_embed_with_keyboard_on_a_plain_host_page(new_page, host_site, screenshots):
    page = new_page()
    page.goto(host_site("/school.html"))
    launcher = tab_to_launcher(page)
    assert launcher.evaluate("e => e.tagName") == "BUTTON"
    expect(launcher).to_have_attribute("aria-expanded", "false")
    assert launcher.evaluate("e => getComputedStyle(e).outlineStyle") == "solid", "no focus ring"
    # #ffcc00 is light, so the launcher text is near-black, not white.
    assert contrast(launcher) >= 4.5
    assert page.locator("iframe").get_attribute("src") is None, "no conversation before opening"

    page.keyboard.press("Enter")
    panel = page.locator(PANEL)
    expect(panel).to_be_visible()
    expect(panel).to_have_attribute("role", "dialog")
    frame = chat_frame(page)
    expect(frame.locator("#log .msg-bot").first).to_have_text(re.compile(re.escape(GREETING)))
    expect(frame.locator("#message-input")).to_be_focused()
    expect(frame.locator("#school-name")).to_have_text("Lincoln High")
    assert page.evaluate("document.querySelector('careerbot-embed').shadowRoot"
                         ".querySelector('iframe').contentDocument") is None, "the host can't read the chat"

    page.keyboard.type("I like building things")
    page.keyboard.press("Enter")
    expect(frame.locator("#log .msg-user p")).to_have_text("I like building things")
    expect(frame.locator("#log .msg-bot").nth(2)).to_be_visible(timeout=30_000)
    expect(frame.locator("#error")).to_be_hidden()
    assert_mentions_any(frame.locator("#log").inner_text(), ["Construction", "build", "cluster"], "embed reply")
    page.screenshot(path=str(screenshots / "desktop-embed.png"))

    page.keyboard.press("Escape")
    expect(panel).to_be_hidden()
    expect(launcher).to_be_focused()
    expect(launcher).to_have_attribute("aria-expanded", "false")
    assert not [e for e in page.console_errors if "Content Security Policy" in e], page.console_errors
    assert page.dialogs == []


def test_6_phone_embed_keeps_start_over_away_from_close(new_page, host_site):
    page = new_page(phone=True)
    page.goto(host_site("/phone.html", color="#0b5394"))
    frame = open_chat(page)
    close = frame.get_by_role("button", name="Close chat").bounding_box()
    start_over = frame.get_by_role("button", name="Start over").bounding_box()
    assert abs(start_over["y"] - close["y"]) > 300, (close, start_over)


def test_7_host_css_does_not_leak_into_the_embed(new_page, host_site, screenshots):
    page = new_page()
    page.goto(host_site("/hostile.html", color="#0b5394", hostile=True))
    launcher = page.locator(LAUNCHER)
    assert launcher.evaluate("e => getComputedStyle(e).textTransform") == "none"
    assert launcher.evaluate("e => getComputedStyle(e).letterSpacing") in ("normal", "0px")
    assert contrast(launcher) >= 4.5
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(11, 83, 148)"
    box = launcher.bounding_box()
    assert box["x"] + box["width"] <= 1280 and box["y"] + box["height"] <= 800
    frame = open_chat(page)
    panel = page.locator(PANEL).bounding_box()
    launcher_box = launcher.bounding_box() if launcher.is_visible() else None
    if launcher_box:  # a visible launcher must not sit on the panel
        assert (launcher_box["y"] >= panel["y"] + panel["height"] or launcher_box["x"] >= panel["x"] + panel["width"]
                or launcher_box["x"] + launcher_box["width"] <= panel["x"]), (launcher_box, panel)
    iframe = page.locator(PANEL + " iframe")
    assert iframe.evaluate("e => getComputedStyle(e).borderTopStyle") == "none"
    assert abs(iframe.bounding_box()["width"] - panel["width"]) <= 4, "host padding leaked into the panel"
    say(frame, "I like building things")
    page.screenshot(path=str(screenshots / "embed-hostile-host.png"))


def test_8_embed_is_modal_traps_tab_and_fills_a_phone(new_page, host_site, screenshots):
    page = new_page(phone=True)
    page.goto(host_site("/modal.html", color="#0b5394", hostile=True))
    frame = open_chat(page)
    panel = page.locator(PANEL)
    expect(panel).to_have_attribute("aria-modal", "true")
    box = panel.bounding_box()
    assert (box["x"], box["y"], box["width"], box["height"]) == (0, 0, 375, 812), box
    iframe = page.locator(PANEL + " iframe").bounding_box()
    assert iframe["y"] - box["y"] <= 1, "the embed adds a header of its own above the chat's"
    header = frame.locator(".site-header").bounding_box()
    assert header["height"] <= 64, f"the chat's header takes {header['height']}px"
    say(frame, "I like building things")
    seen = set()
    for _ in range(30):
        page.keyboard.press("Tab")
        seen.add(page.evaluate(DEEP_FOCUS))
    assert seen <= {"IFRAME", "focus-start", "focus-end"}, f"Tab left the dialog: {seen}"
    for _ in range(30):
        page.keyboard.press("Shift+Tab")
        seen.add(page.evaluate(DEEP_FOCUS))
    assert seen <= {"IFRAME", "focus-start", "focus-end"}, f"Shift+Tab left the dialog: {seen}"
    page.screenshot(path=str(screenshots / "phone-embed.png"))
    frame.get_by_role("button", name="Close chat").click()
    expect(panel).to_be_hidden()
    expect(page.locator(LAUNCHER)).to_be_focused()


def test_9_greeting_keeps_the_starter_buttons(new_page, host_site):
    page = new_page()
    page.goto(host_site("/greeting.html"))
    frame = open_chat(page)
    expect(frame.locator("#log .msg-bot").first).to_have_text(re.compile(re.escape(GREETING)))
    expect(frame.locator("#log .choices button").first).to_be_visible(timeout=30_000)
    assert frame.locator("#log .choices button").count() >= 3


@pytest.mark.parametrize("color", ["#ffffff", "#787878", "#ffcc00", "#777", "#0b5394"])
def test_9_any_school_colour_keeps_text_readable(new_page, host_site, color):
    page = new_page()
    page.goto(host_site("/colour.html", color=color))
    assert contrast(page.locator(LAUNCHER)) >= 4.5
    frame = open_chat(page)
    say(frame, "I like building things")
    for selector in (".site-header h1", "#school-name", "#send", "#log .msg-user p"):
        ratio = contrast(frame.locator(selector).first)
        assert ratio >= 4.5, f"{selector} on {color}: {ratio:.2f}:1"


def test_embed_in_advising_mode_shows_the_handout(new_page, host_site):
    page = new_page()
    page.goto(host_site("/advising.html", mode="advising", greeting=""))
    frame = open_chat(page)
    say(frame, "I like building things")
    toggle = frame.locator("#summary-toggle")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(frame.locator("#summary-panel")).to_be_visible()
    expect(frame.locator("#summary-panel")).to_contain_text("My career exploration plan")
    expect(frame.locator("#log")).to_be_hidden()


@pytest.mark.parametrize("phone", [False, True], ids=["laptop", "phone"])
def test_axe_on_a_hostile_host_page_with_the_panel_open(new_page, host_site, axe_path, phone):
    page = new_page(phone=phone, bypass_csp=True)
    page.goto(host_site("/axe.html", hostile=True))
    name = "embed-hostile-" + ("phone" if phone else "laptop")
    assert_axe_clean(page, axe_path, name + "-closed")
    frame = open_chat(page)
    say(frame, "I like building things")
    assert_axe_clean(page, axe_path, name + "-open")
    assert_axe_clean(frame, axe_path, name + "-frame")
