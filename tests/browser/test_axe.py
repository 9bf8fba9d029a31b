"""axe-core at every step of a conversation, on a phone (375x812) and a laptop: zero violations.

The embed on a host page with hostile CSS is checked in test_embed.py.
"""
import pytest
from chat_page import assert_axe_clean, bot_count, choose_or_say, say, wait_for_greeting, wait_for_reply
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
DEVICES = pytest.mark.parametrize("phone", [False, True], ids=["laptop", "phone"])


@DEVICES
@pytest.mark.parametrize("name,path", [("student", "/"), ("advising", "/advising")])
def test_axe_at_every_step(new_page, web_url, axe_path, phone, name, path):
    page = new_page(phone=phone, bypass_csp=True)  # axe is injected as an inline script
    prefix = f"{name}-{'phone' if phone else 'laptop'}"

    def check(step):
        assert_axe_clean(page, axe_path, f"{prefix}-{step}")

    page.goto(web_url + path)
    wait_for_greeting(page)
    check("1-greeting")
    say(page, "I like building things")
    check("2-clusters")
    choose_or_say(page, r"construct", "Tell me about construction")
    check("3-cluster-and-spent-buttons")
    say(page, "what classes would I take?")
    check("4-classes")
    page.get_by_role("button", name="Start over").click()
    check("5-start-over-question")
    page.get_by_role("button", name="Keep chatting").click()
    say(page, "what did we talk about")
    check("6-handout-card")
    page.locator("#message-input").fill("x" * 4100)
    page.locator("#message-input").press("Enter")
    expect(page.locator("#char-count")).to_be_visible()
    check("7-too-long")
    page.locator("#message-input").fill("")
    page.route("**/api/chat", lambda route: route.abort())
    page.locator("#message-input").fill("any internships?")
    page.locator("#message-input").press("Enter")
    expect(page.locator("#error")).to_be_visible()
    check("8-error")
    page.unroute("**/api/chat")
    before = bot_count(page)
    page.get_by_role("button", name="Retry").click()
    wait_for_reply(page, before, "retry")
    check("9-after-retry")
    page.emulate_media(media="print")
    expect(page.locator("#handout-view")).to_be_visible()
    check("10-print-view")


@DEVICES
@pytest.mark.parametrize("name,query", [
    ("frame-student", "mode=student&school=Lincoln%20High&color=%23ffffff&greeting=Hi%20from%20Lincoln%20High!"),
    ("frame-advising", "mode=advising&school=Lincoln%20High&color=%23787878"),
])
def test_axe_in_the_embedded_frame(new_page, web_url, axe_path, phone, name, query):
    page = new_page(phone=phone, bypass_csp=True)
    prefix = f"{name}-{'phone' if phone else 'laptop'}"
    page.goto(web_url + "/frame?" + query)
    expect(page.locator("#log .choices button").first).to_be_visible(timeout=30_000)
    assert_axe_clean(page, axe_path, prefix + "-1-greeting")
    say(page, "I like building things")
    choose_or_say(page, r"construct", "Tell me about construction")
    assert_axe_clean(page, axe_path, prefix + "-2-cluster")
    if name == "frame-advising":
        page.get_by_role("button", name="Handout").click()
        expect(page.locator("#summary-panel")).to_be_visible()
        assert_axe_clean(page, axe_path, prefix + "-3-handout")
