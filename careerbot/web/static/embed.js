// Career Explorer embed for school sites. One tag:
//   <script src="https://BOT-HOST/embed.js" data-school="Lincoln High" data-color="#0b5394"
//           data-greeting="Hi! Ask me about careers." data-mode="student" async></script>
// Attributes (all optional): data-school, data-color (#rgb or #rrggbb), data-greeting,
// data-mode ("student" or "advising"), data-label (launcher text), data-lang ("en" or "es": the chat's
// language, as the student's choice; without it the chat follows the language the student writes in).
// It adds one <careerbot-embed> element whose shadow root holds a launcher button and a modal
// dialog; the chat itself lives in an iframe on the bot's own origin, so the host page cannot
// read the conversation. The shadow root keeps the host page's CSS out (and ours in); its
// styles are a constructed stylesheet, so a host Content-Security-Policy needs no
// 'unsafe-inline'. On phones the dialog fills the screen. Tab stays inside the dialog.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__careerbotEmbed || !Element.prototype.attachShadow) return;
  window.__careerbotEmbed = true;

  // The embed's own strings; dialogLabel has the same words as static/js/i18n.js (checked by a test).
  var STRINGS = {
    en: { launcher: "Explore careers", dialogLabel: "Career Explorer chat" },
    es: { launcher: "Explora carreras", dialogLabel: "Chat de Explorador de carreras" }
  };
  var origin = new URL(script.src).origin;
  var data = script.dataset;
  var chosen = Object.prototype.hasOwnProperty.call(STRINGS, data.lang || "") ? data.lang : null;
  var lang = chosen || "en";
  var mode = data.mode === "advising" ? "advising" : "student";
  var school = (data.school || "").trim().slice(0, 80);
  var label = (data.label || STRINGS[lang].launcher).slice(0, 40);
  var dialogLabel = !school ? STRINGS[lang].dialogLabel
    : lang === "es" ? STRINGS.es.dialogLabel + " (" + school + ")" : school + " " + STRINGS.en.dialogLabel;

  // The school colour, guarded as in static/js/brand.js: text on it keeps 4.5:1.
  function channels(hex) {
    var n = parseInt(hex.slice(1), 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  function luminance(hex) {
    var c = channels(hex).map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function darker(hex, amount) {
    return "#" + channels(hex).map(function (c) {
      var h = Math.round(c * (1 - amount)).toString(16);
      return h.length < 2 ? "0" + h : h;
    }).join("");
  }
  function bestText(hex) {
    return ["#ffffff", "#111111", "#000000"].reduce(function (best, text) {
      return contrast(hex, text) > contrast(hex, best) ? text : best;
    });
  }
  var color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.color || "") ? data.color.toLowerCase() : "#0b5394";
  if (color.length === 4) color = "#" + color[1] + color[1] + color[2] + color[2] + color[3] + color[3];
  var requested = color;
  for (var i = 0; i < 40 && contrast(color, bestText(color)) < 4.5; i++) color = darker(color, 0.04);
  var onColor = bestText(color);
  var edge = color;
  for (var j = 0; j < 60 && contrast(edge, "#ffffff") < 3; j++) edge = darker(edge, 0.04);

  var CSS = [
    ":host { all: initial !important; }",
    "*, *::before, *::after { box-sizing: border-box; }",
    "[hidden] { display: none !important; }",
    ".launcher { position: fixed; right: 1em; bottom: 1em; z-index: 2147483000; min-height: 48px;",
    "  margin: 0; padding: 0.6em 1.1em; font: 600 1em/1.3 system-ui, -apple-system, 'Segoe UI', Roboto,",
    "  Arial, sans-serif; text-transform: none; letter-spacing: normal; color: " + onColor + ";",
    "  background: " + color + "; border: 2px solid " + edge + "; border-radius: 1.5em; cursor: pointer;",
    "  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.3); }",
    ".launcher:focus { outline: none; }",
    ".launcher:focus-visible { outline: 3px solid #111111; outline-offset: 2px;",
    "  box-shadow: 0 0 0 2px #ffffff, 0 2px 8px rgba(0, 0, 0, 0.3); }",
    ".backdrop { position: fixed; inset: 0; z-index: 2147482999; background: rgba(0, 0, 0, 0.4); }",
    ".panel { position: fixed; right: 1em; bottom: 1em; z-index: 2147483000; display: flex;",
    "  flex-direction: column; width: min(26em, calc(100vw - 2em)); height: min(42em, calc(100vh - 2em));",
    "  margin: 0; padding: 0; background: #ffffff; border: 2px solid #5f6368; border-radius: 0.75em;",
    "  overflow: hidden; box-shadow: 0 4px 24px rgba(0, 0, 0, 0.35); }",
    "iframe { display: block; flex: 1; width: 100%; height: 100%; margin: 0; padding: 0; border: 0; }",
    ".guard { position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0; outline: none;",
    "  pointer-events: none; }",
    "@media (max-width: 40em), (max-height: 30em) {",
    "  .panel { inset: 0; width: 100%; height: 100%; border: 0; border-radius: 0; } }",
  ].join("\n");

  var host = document.createElement("careerbot-embed");
  host.style.setProperty("all", "initial", "important");
  host.setAttribute("role", "region");
  host.setAttribute("aria-label", dialogLabel);
  host.setAttribute("lang", lang);   // the launcher and labels may differ from the school page's language
  var root = host.attachShadow({ mode: "open" });
  if (root.adoptedStyleSheets !== undefined && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else { // older browsers: works where the host's CSP allows it
    var style = document.createElement("style");
    style.textContent = CSS;
    root.appendChild(style);
  }

  function make(tag, className, attrs) {
    var el = document.createElement(tag);
    el.className = className;
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }

  var panelId = "careerbot-panel";
  var launcher = make("button", "launcher", { type: "button", "aria-expanded": "false",
    "aria-controls": panelId, "aria-haspopup": "dialog", "data-careerbot": "launcher" });
  launcher.textContent = label;
  var backdrop = make("div", "backdrop", { hidden: "" });
  var panel = make("div", "panel", { id: panelId, role: "dialog", "aria-modal": "true",
    "aria-label": dialogLabel, "data-careerbot": "panel", hidden: "" });
  // Tab past the chat's last control lands on a guard, which sends focus back into the chat.
  var startGuard = make("span", "guard", { tabindex: "0", "data-careerbot": "focus-start" });
  var endGuard = make("span", "guard", { tabindex: "0", "data-careerbot": "focus-end" });
  var frame = make("iframe", "", { title: dialogLabel, allow: "clipboard-write" });
  panel.appendChild(startGuard);
  panel.appendChild(frame);
  panel.appendChild(endGuard);
  root.appendChild(launcher);
  root.appendChild(backdrop);
  root.appendChild(panel);

  function frameSrc() {
    var q = new URLSearchParams({ mode: mode, color: requested });
    if (chosen) q.set("lang", chosen);   // a choice: the chat sends it to the bot with every message
    if (school) q.set("school", school);
    if (data.greeting) q.set("greeting", data.greeting.slice(0, 500));
    return origin + "/frame?" + q.toString();
  }

  function focusChat(where) {
    frame.focus();
    if (frame.contentWindow) frame.contentWindow.postMessage("careerbot:" + where, origin);
  }

  function open() {
    panel.hidden = false;
    backdrop.hidden = false;
    launcher.hidden = true;
    launcher.setAttribute("aria-expanded", "true");
    if (!frame.src) {
      // Loaded on first open, so a page view alone starts no conversation.
      frame.addEventListener("load", function () { focusChat("focus"); }, { once: true });
      frame.src = frameSrc();
    } else {
      focusChat("focus");
    }
  }

  function hide() {
    panel.hidden = true;
    backdrop.hidden = true;
    launcher.hidden = false;
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", open);
  backdrop.addEventListener("click", hide);
  startGuard.addEventListener("focus", function () { focusChat("focus-last"); });
  endGuard.addEventListener("focus", function () { focusChat("focus-first"); });
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  window.addEventListener("message", function (e) {
    if (e.origin === origin && e.source === frame.contentWindow && e.data === "careerbot:close") hide();
  });

  function mount() { document.body.appendChild(host); }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
