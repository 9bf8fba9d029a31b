"""Browser tests: Playwright for Python driving Debian's Chromium against the running stack.

CAREERBOT_WEB_URL  the web front (default http://127.0.0.1:8080)
CAREERBOT_CHROMIUM the browser (default: `chromium` on PATH; scripts/ensure-browser-deps.sh)
They fail, never skip, when the stack, Chromium or axe-core is missing.
"""
import json
import os
import shutil
import urllib.request
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "results" / "screenshots"
AXE_RESULTS = ROOT / "results" / "axe"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"viewport": {"width": 1280, "height": 800}}
PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 2,
         "is_mobile": True, "has_touch": True}


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "browser: drives Chromium against the running stack (CAREERBOT_WEB_URL)"
    )


@pytest.fixture(scope="session")
def web_url() -> str:
    url = os.environ.get("CAREERBOT_WEB_URL", "http://127.0.0.1:8080").rstrip("/")
    try:
        with urllib.request.urlopen(url + "/healthz", timeout=5) as resp:
            health = json.load(resp)
    except Exception as exc:
        pytest.fail(
            f"The web front is not reachable at {url}/healthz ({exc}).\n"
            "Start the stack first (make run), or point CAREERBOT_WEB_URL at it.",
            pytrace=False,
        )
    if health.get("rasa") != "ok":
        pytest.fail(
            f"The web front at {url} is up but the bot behind it is not answering: {health}.\n"
            "Start Rasa (make run) and wait until it has loaded its model.",
            pytrace=False,
        )
    return url


@pytest.fixture(scope="session")
def browser():
    path = os.environ.get("CAREERBOT_CHROMIUM") or shutil.which("chromium")
    if not path or not os.access(path, os.X_OK):
        pytest.fail(
            "Chromium was not found. Run scripts/ensure-browser-deps.sh, "
            "or set CAREERBOT_CHROMIUM=/path/to/chromium.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    """new_page(phone=False, **context_options) -> a page in a fresh context (fresh storage)."""
    contexts = []

    def make(phone: bool = False, **options):
        settings = dict(PHONE if phone else DESKTOP)
        settings.update(options)
        context = browser.new_context(**settings)
        context.set_default_timeout(30_000)
        contexts.append(context)
        page = context.new_page()
        page.dialogs = []
        page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
        page.console_errors = []
        page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
        return page

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(scope="session")
def axe_path() -> Path:
    if not AXE_JS.exists():
        pytest.fail(
            f"axe-core is missing ({AXE_JS}). Run scripts/ensure-browser-deps.sh "
            "(npm ci --prefix tests/browser).",
            pytrace=False,
        )
    return AXE_JS


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture
def host_site(web_url):
    """host_site(path, color=, mode=, greeting=, hostile=) -> URL of a school page embedding the chat."""
    from host_site import HostSite

    site = HostSite(web_url)
    yield site.add
    site.close()
