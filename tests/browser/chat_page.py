"""Helpers for driving the chat page (a Playwright Page, or the Frame of the embed)."""
import json
import re
from pathlib import Path

REPLY_TIMEOUT = 30_000
AXE_RESULTS = Path(__file__).resolve().parent.parent.parent / "results" / "axe"

# Waits until the bot has added something after `before` bot items, or an error shows.
_REPLIED = """([before]) => {
  const log = document.getElementById('log');
  const error = document.getElementById('error');
  const busy = document.querySelector('#typing.active');
  return (!busy && log.querySelectorAll('.msg-bot').length > before) || !error.hidden;
}"""


def bot_count(page) -> int:
    return page.locator("#log .msg-bot").count()


def wait_for_reply(page, before: int, what: str = "") -> None:
    page.wait_for_function(_REPLIED, arg=[before], timeout=REPLY_TIMEOUT)
    error = page.locator("#error")
    assert error.is_hidden(), f"the page showed an error after {what!r}: {error.inner_text()}"


def wait_for_greeting(page) -> None:
    wait_for_reply(page, 0, "opening the page")


def say(page, text: str) -> None:
    """Types a message and presses Enter, then waits for the bot's answer."""
    before = bot_count(page)
    page.locator("#message-input").fill(text)
    page.locator("#message-input").press("Enter")
    wait_for_reply(page, before, text)


def click_choice(page, pattern: str) -> str:
    """Clicks the newest bot button whose title matches `pattern`; returns its title."""
    buttons = page.locator("#log .choices button").filter(has_text=re.compile(pattern, re.I))
    assert buttons.count() > 0, f"no bot button matching {pattern!r}; log: {log_text(page)}"
    button = buttons.last
    title = button.inner_text().strip()
    before = bot_count(page)
    button.click()
    wait_for_reply(page, before, title)
    return title


def choose_or_say(page, pattern: str, fallback: str) -> str:
    """Clicks a matching button if the bot offered one, else types `fallback`."""
    if page.locator("#log .choices button").filter(has_text=re.compile(pattern, re.I)).count():
        return click_choice(page, pattern)
    say(page, fallback)
    return fallback


def log_text(page) -> str:
    return page.locator("#log").inner_text()


def bot_text_since(page, before: int) -> str:
    return "\n".join(page.locator("#log .msg-bot").all_inner_texts()[before:])


def assert_mentions_any(text: str, words, what: str) -> None:
    lower = text.lower()
    assert any(w.lower() in lower for w in words), (
        f"{what}: expected one of {words} in the bot's answer, got:\n{text}"
    )


def stored(page, mode: str = "student"):
    raw = page.evaluate("(k) => sessionStorage.getItem(k)", f"careerbot:{mode}")
    return json.loads(raw) if raw else None


def no_horizontal_scroll(page) -> bool:
    return page.evaluate(
        "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def run_axe(page, axe_path: Path, name: str, out_dir: Path = AXE_RESULTS):
    """Runs axe-core (WCAG 2.0/2.1/2.2 A and AA + best practices) on a page or frame; returns
    every violation, whatever its impact (the pages keep zero)."""
    if not page.evaluate("() => typeof axe !== 'undefined'"):
        page.add_script_tag(path=str(axe_path))
    result = page.evaluate("""async () => {
      const r = await axe.run(document, {runOnly: {type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}});
      const slim = v => ({id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary}))});
      return {violations: r.violations.map(slim), passes: r.passes.length,
              incomplete: r.incomplete.map(v => v.id)};
    }""")
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / f"{name}.json").write_text(json.dumps(result, indent=2))
    return result["violations"]


def assert_axe_clean(page, axe_path: Path, name: str) -> None:
    problems = run_axe(page, axe_path, name)
    assert problems == [], f"axe at {name}:\n" + json.dumps(problems, indent=2)


# Contrast of an element's text against the first opaque background behind it (WCAG formula).
_CONTRAST = """(el) => {
  const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return {rgb: m.slice(0, 3), a: m.length > 3 ? m[3] : 1}; };
  const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  let bg = null, node = el;
  while (node && node.nodeType === 1) {
    const c = parse(getComputedStyle(node).backgroundColor);
    if (c.a > 0.99) { bg = c.rgb; break; }
    node = node.parentElement || (node.getRootNode() && node.getRootNode().host) || null;
  }
  bg = bg || [255, 255, 255];
  const fg = parse(getComputedStyle(el).color).rgb;
  const a = lum(fg), b = lum(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


def contrast(locator) -> float:
    return locator.evaluate(_CONTRAST)


def tabbable_count(page) -> int:
    """How many stops Tab makes on the page (visible, enabled, not tabindex=-1)."""
    return page.evaluate("""() => [...document.querySelectorAll(
        'a[href], button, input, textarea, select, [tabindex]')].filter(e =>
        !e.disabled && e.tabIndex >= 0 && e.getClientRects().length &&
        getComputedStyle(e).visibility !== 'hidden').length""")
