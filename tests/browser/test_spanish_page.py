"""The pages in Spanish, in a real browser, against the web front and the fake bot
(tests/browser/fake_stack.py; no trained bot needed, so CAREERBOT_WEB_URL is not used):
?lang=es, the language toggle, following the conversation's language, the handout's own language,
and the embed's data-lang. axe-core finds nothing at each step."""
import re

import pytest
from chat_page import assert_axe_clean, bot_count, say, wait_for_greeting, wait_for_reply
from fake_stack import FakeStack
from host_site import HostSite
from playwright.sync_api import expect

pytestmark = pytest.mark.browser
DEVICES = pytest.mark.parametrize("phone", [False, True], ids=["laptop", "phone"])
SET_SPANISH = '/set_language{"language":"es"}'


@pytest.fixture(scope="module")
def stack():
    with FakeStack() as running:
        yield running


def html_lang(page) -> str:
    return page.evaluate("document.documentElement.lang")


def sent_by(stack, page, mode="student"):
    """What this page's conversation sent to the bot, oldest first."""
    cid = page.evaluate("(k) => JSON.parse(sessionStorage.getItem(k)).id", f"careerbot:{mode}")
    return [body for body in stack.sent() if body["sender"] == cid]


def assert_spanish_labels(page):
    expect(page.get_by_role("button", name="Enviar")).to_be_visible()
    expect(page.get_by_label("Tu mensaje")).to_have_attribute("placeholder", "Escribe un mensaje")
    expect(page.get_by_role("button", name="Empezar de nuevo")).to_be_visible()
    expect(page.locator("#log")).to_have_attribute("aria-labelledby", "chat-heading")
    expect(page.locator("#chat-heading")).to_have_text("Conversación")


@DEVICES
@pytest.mark.parametrize("name,path", [("student", "/"), ("advising", "/advising")])
def test_page_in_spanish_from_the_address_passes_axe(new_page, stack, axe_path, phone, name, path):
    page = new_page(phone=phone, bypass_csp=True)   # axe is injected as an inline script
    page.goto(stack.url + path + "?lang=es")
    wait_for_greeting(page)
    assert html_lang(page) == "es"
    assert_spanish_labels(page)
    expect(page).to_have_title(re.compile("Explorador de carreras"))
    bot = page.locator("#log .msg-bot").first
    expect(bot).to_have_attribute("lang", "es")
    expect(bot).to_contain_text("¿Qué te gusta hacer?")
    toggle = page.locator("#lang-toggle")
    expect(toggle).to_have_text("English")
    expect(toggle).to_have_attribute("lang", "en")
    prefix = f"es-{name}-{'phone' if phone else 'laptop'}"
    assert_axe_clean(page, axe_path, prefix + "-1-greeting")
    # ?lang= is a choice: every message carries it.
    say(page, "me gusta construir cosas")
    assert [body["metadata"].get("lang") for body in sent_by(stack, page, name)] == ["es", "es"]
    expect(page.locator("#log .choices button").first).to_have_attribute("lang", "es")
    assert_axe_clean(page, axe_path, prefix + "-2-reply")
    if name == "advising":
        panel = page.locator("#summary-panel")
        expect(panel.get_by_role("heading", name="Hoja del plan de carreras")).to_be_visible()
        expect(panel.locator("article.handout")).to_have_attribute("lang", "es")
        expect(panel).to_contain_text("Mi plan para explorar carreras")
        expect(panel.get_by_label("Idioma de la hoja")).to_have_value("es")
        expect(panel.get_by_role("button", name="Imprimir / Guardar como PDF")).to_be_visible()


def test_toggle_relabels_the_page_and_sends_the_language_payload(new_page, stack, axe_path):
    page = new_page(bypass_csp=True)
    page.goto(stack.url + "/")
    wait_for_greeting(page)
    assert html_lang(page) == "en"
    first = sent_by(stack, page)
    assert first[0]["message"] == "/greet" and "lang" not in first[0]["metadata"], "no choice made yet"
    toggle = page.locator("#lang-toggle")
    expect(toggle).to_have_text("Español")
    expect(toggle).to_have_attribute("lang", "es")

    # By keyboard: Tab from the skip link reaches the toggle, Enter chooses Spanish.
    page.locator(".skip-link").focus()
    page.keyboard.press("Tab")
    expect(toggle).to_be_focused()
    before = bot_count(page)
    page.keyboard.press("Enter")
    assert html_lang(page) == "es"          # re-labelled at once, before the bot answers
    assert_spanish_labels(page)
    user = page.locator("#log .msg-user").last
    expect(user).to_contain_text("Español")
    expect(user).to_have_attribute("lang", "es")
    assert "set_language" not in page.locator("#log").inner_text()
    wait_for_reply(page, before, "the language toggle")
    assert sent_by(stack, page)[-1]["message"] == SET_SPANISH
    assert sent_by(stack, page)[-1]["metadata"]["lang"] == "es"
    reply = page.locator("#log .msg-bot").last
    expect(reply).to_have_attribute("lang", "es")
    expect(reply).to_contain_text("Podemos hablar en español")
    expect(page.locator("#log .msg-bot").first).to_have_attribute("lang", "en")   # the greeting stays English
    expect(toggle).to_have_text("English")
    expect(toggle).to_have_attribute("lang", "en")
    assert_axe_clean(page, axe_path, "es-toggle-1-spanish")

    # The choice sticks: later messages carry it, and a reload keeps it.
    say(page, "hi")
    assert sent_by(stack, page)[-1]["metadata"]["lang"] == "es"
    page.reload()
    expect(page.locator("#log .msg-user").first).to_be_visible()
    assert html_lang(page) == "es"
    expect(page.locator("#log .msg-user").first).to_have_attribute("lang", "es")
    expect(page.locator("#log .msg-user").first.locator(".visually-hidden")).to_have_text("Tú: ")

    # And back to English.
    before = bot_count(page)
    toggle.click()
    assert html_lang(page) == "en"
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    wait_for_reply(page, before, "the language toggle, back")
    assert sent_by(stack, page)[-1]["message"] == '/set_language{"language":"en"}'
    expect(page.locator("#log .msg-bot").last).to_have_attribute("lang", "en")
    assert_axe_clean(page, axe_path, "es-toggle-2-english")


def test_page_follows_a_spanish_reply_without_sending_a_choice(new_page, stack, axe_path):
    page = new_page(bypass_csp=True)
    page.goto(stack.url + "/")
    wait_for_greeting(page)
    page.locator("#message-input").fill("x" * 3700)   # the character count, to see it re-labelled
    expect(page.locator("#char-count")).to_have_text("3,700 of 4,000 characters")
    page.locator("#message-input").fill("")
    say(page, "hola, me gusta construir cosas")
    assert html_lang(page) == "es"
    assert_spanish_labels(page)
    reply = page.locator("#log .msg-bot").last
    expect(reply).to_have_attribute("lang", "es")
    expect(reply.locator(".visually-hidden")).to_have_text("Explorador de carreras: ")
    expect(page.locator("#log .msg-bot").first).to_have_attribute("lang", "en")
    expect(page.locator("#log .choices").last).to_have_attribute("aria-label", "Opciones")
    expect(page.locator("#log .choices.spent").first).to_have_attribute("aria-label", "Opciones que te di antes")
    expect(page.locator("#lang-toggle")).to_have_text("English")
    assert_axe_clean(page, axe_path, "es-follow-1-spanish-reply")
    page.locator("#message-input").fill("y" * 3700)
    expect(page.locator("#char-count")).to_have_text("3,700 de 4,000 caracteres")
    page.locator("#message-input").fill("")
    # Following is not choosing: nothing the page sends names a language.
    say(page, "quiero saber más")
    assert all("lang" not in body["metadata"] for body in sent_by(stack, page))
    # The conversation going back to English takes the page with it.
    say(page, "I like building things")
    assert html_lang(page) == "en"
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    expect(page.locator("#log .msg-bot").last).to_have_attribute("lang", "en")


@DEVICES
def test_handout_prints_in_spanish_while_the_chat_is_english(new_page, stack, axe_path, phone, screenshots):
    page = new_page(phone=phone, bypass_csp=True)
    page.goto(stack.url + "/advising")
    wait_for_greeting(page)
    say(page, "I like building things")
    panel = page.locator("#summary-panel")
    expect(panel).to_contain_text("My career exploration plan")
    selector = panel.get_by_label("Handout language")
    expect(selector).to_have_value("en")       # the conversation's language
    selector.select_option("es")
    expect(panel.locator("article.handout")).to_have_attribute("lang", "es")
    expect(panel).to_contain_text("Mi plan para explorar carreras")
    assert stack.handout_requests()[-1]["lang"] == "es"
    assert html_lang(page) == "en"             # the chat stays English
    expect(page.get_by_role("button", name="Send")).to_be_visible()
    assert all("lang" not in body["metadata"] for body in sent_by(stack, page, "advising"))
    assert_axe_clean(page, axe_path, f"es-handout-{'phone' if phone else 'laptop'}-1-selected")

    # A new answer keeps the Spanish handout (the English one that came with it is not shown).
    say(page, "any certifications for that?")
    expect(panel.locator("article.handout")).to_have_attribute("lang", "es")
    expect(selector).to_have_value("es")

    # The summary card in the chat offers the same choice, already on Spanish.
    say(page, "summarize what we talked about")
    card = page.locator("#log .handout-card").last
    expect(card.get_by_label("Handout language")).to_have_value("es")

    # Printing fetches the Spanish handout and prints only it.
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed++; }; }")
    before = len(stack.handout_requests())
    panel.get_by_role("button", name="Print / Save as PDF").click()
    page.wait_for_function("() => window.__printed === 1")
    assert stack.handout_requests()[before:] == [{"handout": sent_by(stack, page, "advising")[0]["sender"],
                                                  "lang": "es"}]
    page.emulate_media(media="print")
    view = page.locator("#handout-view")
    expect(view).to_be_visible()
    expect(view.locator("article.handout")).to_have_attribute("lang", "es")
    expect(view.get_by_role("heading", name="Mi plan para explorar carreras")).to_be_visible()
    expect(page.locator(".chat")).to_be_hidden()
    assert_axe_clean(page, axe_path, f"es-handout-{'phone' if phone else 'laptop'}-2-print")
    if not phone:
        page.screenshot(path=str(screenshots / "handout-print-es.png"), full_page=True)
    page.emulate_media(media="screen")

    # Back to English for the handout.
    selector.select_option("en")
    expect(panel.locator("article.handout")).to_have_attribute("lang", "en")
    expect(panel).to_contain_text("My career exploration plan")


def test_embed_with_data_lang_es(new_page, stack, axe_path):
    site = HostSite(stack.url)
    try:
        page = new_page(bypass_csp=True)
        page.goto(site.add("/es.html", lang="es", greeting=""))
        launcher = page.locator("[data-careerbot=launcher]")
        expect(launcher).to_have_text("Explora carreras")
        expect(page.locator("careerbot-embed")).to_have_attribute("lang", "es")
        launcher.click()
        expect(page.locator("[data-careerbot=panel]")).to_have_attribute(
            "aria-label", "Chat de Explorador de carreras (Lincoln High)")
        frame = None
        for _ in range(100):
            frame = page.frame(url=re.compile(r"/frame\?"))
            if frame:
                break
            page.wait_for_timeout(100)
        assert frame is not None and "lang=es" in frame.url
        expect(frame.locator("#log .msg-bot").first).to_have_attribute("lang", "es", timeout=30_000)
        assert frame.evaluate("document.documentElement.lang") == "es"
        expect(frame.get_by_role("button", name="Cerrar el chat")).to_be_visible()
        assert_axe_clean(frame, axe_path, "es-embed-frame")

        english = new_page()
        english.goto(site.add("/en.html", greeting=""))   # no data-lang: no choice is passed on
        english.locator("[data-careerbot=launcher]").click()
        for _ in range(100):
            frame = english.frame(url=re.compile(r"/frame\?"))
            if frame:
                break
            english.wait_for_timeout(100)
        assert frame is not None and "lang=" not in frame.url
        expect(frame.locator("#log .msg-bot").first).to_have_attribute("lang", "en", timeout=30_000)
    finally:
        site.close()
