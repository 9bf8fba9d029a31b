// The chat inside the embed's iframe (/frame): Close, focus moves asked for by embed.js (which
// keeps Tab inside its dialog), Escape, and the advising Handout toggle.
import { t } from "./i18n.js";

const FOCUSABLE = 'a[href], button, input, textarea, [tabindex]:not([tabindex="-1"])';

function focusables() {
  return [...document.querySelectorAll(FOCUSABLE)].filter((e) =>
    !e.disabled && e.getClientRects().length && getComputedStyle(e).visibility !== "hidden");
}

export function initFrame({ input, mode, onEscape }) {
  const embedded = window.parent !== window;
  const close = document.getElementById("close-chat");
  const tell = (what) => window.parent.postMessage("careerbot:" + what, "*");
  if (embedded) {
    close.hidden = false;
    close.addEventListener("click", () => tell("close"));
  }
  window.addEventListener("message", (e) => {
    if (e.source !== window.parent) return;
    const list = focusables();
    if (e.data === "careerbot:focus") input.focus();
    else if (e.data === "careerbot:focus-first" && list.length) list[0].focus();
    else if (e.data === "careerbot:focus-last" && list.length) list[list.length - 1].focus();
  });
  document.addEventListener("keydown", (e) => {
    if (e.key !== "Escape") return;
    if (onEscape()) return; // something inside (the start-over question) took the Escape
    if (embedded) tell("close");
  });

  const toggle = document.getElementById("summary-toggle");
  if (toggle && mode === "advising") {
    toggle.hidden = false;
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      toggle.dataset.i18n = open ? "backToChat" : "handoutToggle"; // applyStrings() keeps it in the page's language
      toggle.textContent = t(toggle.dataset.i18n);
      document.body.classList.toggle("show-summary", open);
    });
  }
}
