// Career Explorer embed for school sites. One tag:
//   <script src="https://BOT-HOST/embed.js" data-school="Lincoln High" data-color="#0b5394"
//           data-greeting="Hi! Ask me about careers." data-mode="student" async></script>
// Attributes (all optional): data-school, data-color (#rgb or #rrggbb), data-greeting,
// data-mode ("student" or "advising"), data-label (launcher text, default "Explore careers").
// It adds a launcher <button> and a panel whose chat lives in an iframe on the bot's own
// origin, so the host page cannot read the conversation. Styles are set through element.style
// only, so a host page's Content-Security-Policy needs no 'unsafe-inline' for it.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.__careerbotEmbed) return;
  window.__careerbotEmbed = true;

  var origin = new URL(script.src).origin;
  var data = script.dataset;
  var color = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(data.color || "") ? data.color : "#0b5394";
  if (color.length === 4) color = "#" + color[1] + color[1] + color[2] + color[2] + color[3] + color[3];
  var mode = data.mode === "advising" ? "advising" : "student";
  var school = (data.school || "").slice(0, 80);
  var label = (data.label || "Explore careers").slice(0, 40);

  function luminance(hex) {
    var n = parseInt(hex.slice(1), 16);
    var rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }
  // White or near-black, whichever contrasts more with the school colour (same rule as chat.js).
  var l = luminance(color);
  var onColor = 1.05 / (l + 0.05) >= (l + 0.05) / (luminance("#111111") + 0.05) ? "#ffffff" : "#111111";

  function style(el, props) {
    Object.keys(props).forEach(function (k) { el.style.setProperty(k, props[k]); });
    return el;
  }

  // Focus rings set by script, since host-page CSS may remove the browser's own.
  function focusRing(el) {
    var shadow = el.style.getPropertyValue("box-shadow");
    el.addEventListener("focus", function () {
      style(el, { outline: "3px solid #111111", "outline-offset": "2px",
                  "box-shadow": "0 0 0 2px #ffffff" + (shadow ? ", " + shadow : "") });
    });
    el.addEventListener("blur", function () {
      style(el, { outline: "none", "box-shadow": shadow || "none" });
    });
  }

  var panelId = "careerbot-panel-" + Math.random().toString(36).slice(2);
  var launcher = style(document.createElement("button"), {
    position: "fixed", right: "1rem", bottom: "1rem", "z-index": "2147483000",
    "min-height": "48px", padding: "0.6rem 1.1rem", margin: "0",
    font: "600 1rem/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    color: onColor, background: color, border: "2px solid " + onColor, "border-radius": "1.5rem",
    cursor: "pointer", "box-shadow": "0 2px 8px rgba(0,0,0,0.3)"
  });
  launcher.type = "button";
  launcher.textContent = label;
  launcher.setAttribute("aria-expanded", "false");
  launcher.setAttribute("aria-controls", panelId);
  launcher.setAttribute("data-careerbot", "launcher");
  focusRing(launcher);

  var panel = style(document.createElement("div"), {
    position: "fixed", right: "1rem", bottom: "4.5rem", "z-index": "2147483000",
    width: "min(26rem, calc(100vw - 2rem))", height: "min(40rem, calc(100vh - 6rem))",
    display: "none", "flex-direction": "column", background: "#ffffff",
    border: "2px solid #5f6368", "border-radius": "0.75rem", overflow: "hidden",
    "box-shadow": "0 4px 24px rgba(0,0,0,0.35)"
  });
  panel.id = panelId;
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", (school ? school + " " : "") + "Career Explorer chat");
  panel.setAttribute("data-careerbot", "panel");

  var bar = style(document.createElement("div"), {
    display: "flex", "justify-content": "flex-end", padding: "0.25rem 0.5rem 0", background: color
  });
  var close = style(document.createElement("button"), {
    "min-height": "44px", padding: "0.3rem 0.9rem", margin: "0",
    font: "1rem/1.3 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    color: onColor, background: "transparent", border: "2px solid " + onColor,
    "border-radius": "0.4rem", cursor: "pointer"
  });
  close.type = "button";
  close.textContent = "Close chat";
  focusRing(close);
  bar.appendChild(close);

  var frame = style(document.createElement("iframe"), {
    flex: "1", width: "100%", border: "0", display: "block"
  });
  frame.title = "Career Explorer chat";
  frame.setAttribute("allow", "clipboard-write");
  panel.appendChild(bar);
  panel.appendChild(frame);

  function frameSrc() {
    var q = new URLSearchParams({ mode: mode, color: color });
    if (school) q.set("school", school);
    if (data.greeting) q.set("greeting", data.greeting.slice(0, 500));
    return origin + "/frame?" + q.toString();
  }

  function focusChat() {
    frame.focus();
    frame.contentWindow.postMessage("careerbot:focus", origin);
  }

  function open() {
    panel.style.setProperty("display", "flex");
    launcher.setAttribute("aria-expanded", "true");
    if (!frame.src) {
      // Loaded on first open, so a page view alone starts no conversation.
      frame.addEventListener("load", focusChat, { once: true });
      frame.src = frameSrc();
    } else {
      focusChat();
    }
  }

  function hide() {
    panel.style.setProperty("display", "none");
    launcher.setAttribute("aria-expanded", "false");
    launcher.focus();
  }

  launcher.addEventListener("click", function () {
    if (launcher.getAttribute("aria-expanded") === "true") hide(); else open();
  });
  close.addEventListener("click", hide);
  panel.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(); });
  window.addEventListener("message", function (e) {
    if (e.origin === origin && e.source === frame.contentWindow && e.data === "careerbot:close") hide();
  });

  function mount() {
    document.body.appendChild(launcher);
    document.body.appendChild(panel);
  }
  if (document.body) mount(); else document.addEventListener("DOMContentLoaded", mount);
})();
