// Career Explorer chat page: student (/), advising (/advising) and the embedded frame (/frame).
// Plain DOM only. Bot and user text always go through textContent, never parsed as HTML.
(function () {
  "use strict";

  var page = document.body.getAttribute("data-page");
  var params = new URLSearchParams(window.location.search);
  var mode = page === "advising" || (page === "frame" && params.get("mode") === "advising")
    ? "advising" : "student";
  var greeting = (params.get("greeting") || "").trim().slice(0, 500);
  var STORE_KEY = "careerbot:" + mode;
  var BOT_NAME = "Career Explorer";
  var MAX_CHARS = 4000;

  var $ = function (id) { return document.getElementById(id); };
  var log = $("log"), input = $("message-input"), typing = $("typing");
  var errorBox = $("error"), errorText = $("error-text"), retryButton = $("retry");
  var summaryPanel = $("summary-panel"), summaryBody = $("summary-body");

  // id: conversation id; items: rendered history; pending: a message not yet answered.
  var state = { id: null, items: [], summary: null, pending: null };
  var busy = false;
  var generation = 0; // bumped by "Start over" so late answers to the old conversation are dropped

  // ---- colours ------------------------------------------------------------------------

  function luminance(hex) {
    var n = parseInt(hex.slice(1), 16);
    var rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(function (c) {
      c /= 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
  }

  function contrast(a, b) {
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  function normalHex(value) {
    if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value || "")) return null;
    if (value.length === 4) value = "#" + value[1] + value[1] + value[2] + value[2] + value[3] + value[3];
    return value.toLowerCase();
  }

  // White or near-black text, whichever reads better on the school's colour.
  function textColourOn(hex) {
    var l = luminance(hex);
    var white = contrast(l, 1), dark = contrast(l, luminance("#111111"));
    if (white >= dark) return "#ffffff";
    return dark >= 4.5 ? "#111111" : "#000000";
  }

  function applyBrand() {
    var brand = normalHex(params.get("color"));
    if (!brand) return;
    var root = document.documentElement.style;
    root.setProperty("--brand", brand);
    root.setProperty("--on-brand", textColourOn(brand));
  }

  // ---- rendering ----------------------------------------------------------------------

  var LINK = /(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:\+?[0-9()\-. ]*[0-9])/gi;

  function safeHref(raw) {
    try {
      var url = new URL(raw);
      return ["http:", "https:", "mailto:", "tel:"].indexOf(url.protocol) >= 0 ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  // Appends text to el, turning http(s), mailto and tel addresses into links.
  function appendLinkified(el, text) {
    var last = 0, match;
    LINK.lastIndex = 0;
    while ((match = LINK.exec(text)) !== null) {
      var raw = match[0].replace(/[.,;:!?)\]]+$/, "");
      var href = safeHref(raw);
      if (!href) continue;
      el.appendChild(document.createTextNode(text.slice(last, match.index)));
      var a = document.createElement("a");
      a.href = href;
      a.textContent = raw.replace(/^(mailto|tel):/i, "");
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      el.appendChild(a);
      last = match.index + raw.length;
      LINK.lastIndex = last;
    }
    el.appendChild(document.createTextNode(text.slice(last)));
  }

  function speaker(label) {
    var span = document.createElement("span");
    span.className = "visually-hidden";
    span.textContent = label + ": ";
    return span;
  }

  function bubble(from, text) {
    var div = document.createElement("div");
    div.className = "msg msg-" + from;
    div.appendChild(speaker(from === "user" ? "You" : BOT_NAME));
    var p = document.createElement("p");
    if (from === "bot") appendLinkified(p, text); else p.textContent = text;
    div.appendChild(p);
    return div;
  }

  function renderChoices(buttons) {
    var group = document.createElement("div");
    group.className = "choices";
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Choices");
    buttons.forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "choice";
      button.textContent = b.title;
      button.addEventListener("click", function () { send(b.payload, b.title); });
      group.appendChild(button);
    });
    return group;
  }

  var SECTIONS = [
    ["interests", "Interests"], ["groupings", "Cluster groupings"], ["clusters", "Career clusters"],
    ["sub_clusters", "Sub-clusters"], ["pathways", "Pathways"], ["dual_enrollment", "Dual enrollment"],
    ["credentials", "Credentials"], ["work_based_learning", "Work-based learning"]
  ];

  function itemName(item) {
    if (typeof item === "string") return item;
    if (item && typeof item === "object") return String(item.name || item.title || item.id || "");
    return "";
  }

  function sectionItems(summary, key) {
    var list = summary && Array.isArray(summary[key]) ? summary[key] : [];
    return list.map(itemName).filter(function (s) { return s; });
  }

  function gradeText(summary) {
    return summary && summary.grade !== null && summary.grade !== undefined && summary.grade !== ""
      ? String(summary.grade) : "";
  }

  // Headings + lists for a summary. `onlyFilled` leaves out empty sections (chat card).
  function renderSummary(container, summary, headingLevel, onlyFilled) {
    var grade = gradeText(summary);
    var rows = [["Grade", grade ? [grade] : []]].concat(SECTIONS.map(function (s) {
      return [s[1], sectionItems(summary, s[0])];
    }));
    rows.forEach(function (row) {
      if (onlyFilled && !row[1].length) return;
      var section = document.createElement("div");
      section.className = "summary-section";
      var h = document.createElement("h" + headingLevel);
      h.textContent = row[0];
      section.appendChild(h);
      if (!row[1].length) {
        var none = document.createElement("p");
        none.className = "none-yet";
        none.textContent = "Nothing yet";
        section.appendChild(none);
      } else {
        var ul = document.createElement("ul");
        row[1].forEach(function (name) {
          var li = document.createElement("li");
          li.textContent = name;
          ul.appendChild(li);
        });
        section.appendChild(ul);
      }
      container.appendChild(section);
    });
  }

  function summaryCard(custom) {
    var card = document.createElement("div");
    card.className = "msg msg-bot summary-card";
    card.appendChild(speaker(BOT_NAME));
    var h = document.createElement("h3");
    h.textContent = "Your exploration summary";
    card.appendChild(h);
    if (typeof custom.text === "string" && custom.text) {
      var p = document.createElement("p");
      appendLinkified(p, custom.text);
      card.appendChild(p);
    }
    var body = document.createElement("div");
    renderSummary(body, custom.summary || {}, 4, true);
    if (!body.childNodes.length) {
      var empty = document.createElement("p");
      empty.textContent = "We haven't explored anything yet.";
      body.appendChild(empty);
    }
    card.appendChild(body);
    return card;
  }

  // Returns the first element added, so the log can scroll to it.
  function renderItem(item) {
    var first = null;
    function add(el) { log.appendChild(el); if (!first) first = el; }
    if (item.from === "user") {
      add(bubble("user", item.text));
      return first;
    }
    var msg = item.msg || {};
    var custom = msg.custom && typeof msg.custom === "object" ? msg.custom : null;
    if (custom && custom.type === "exploration_summary") {
      add(summaryCard(custom));
      if (custom.summary && typeof custom.summary === "object") updateSummary(custom.summary);
    } else if (custom && typeof custom.text === "string" && custom.text) {
      add(bubble("bot", custom.text));
    }
    if (typeof msg.text === "string" && msg.text) add(bubble("bot", msg.text));
    var buttons = Array.isArray(msg.buttons) ? msg.buttons.filter(function (b) {
      return b && typeof b.title === "string" && typeof b.payload === "string";
    }) : [];
    if (buttons.length) add(renderChoices(buttons));
    return first;
  }

  // Shows the start of a new answer rather than its end. On short windows (zoomed in) the
  // log doesn't scroll by itself; the page does.
  function scrollTo(el) {
    if (!el) return;
    if (getComputedStyle(log).overflowY === "visible") {
      el.scrollIntoView({ block: "start" });
    } else {
      log.scrollTop = Math.max(0, Math.min(el.offsetTop - 8, log.scrollHeight - log.clientHeight));
    }
  }

  function addItem(item) {
    state.items.push(item);
    var el = renderItem(item);
    save();
    return el;
  }

  // ---- summary panel (advising) -------------------------------------------------------

  function updateSummary(summary) {
    state.summary = summary;
    if (!summaryBody) return;
    summaryBody.textContent = "";
    renderSummary(summaryBody, summary || {}, 3, false);
  }

  function summaryAsText() {
    var s = state.summary || {};
    var lines = ["Career exploration summary", "Date: " + new Date().toLocaleDateString(), ""];
    var grade = gradeText(s);
    lines.push("Grade: " + (grade || "not given"));
    SECTIONS.forEach(function (sec) {
      var items = sectionItems(s, sec[0]);
      lines.push(sec[1] + ": " + (items.length ? items.join("; ") : "none yet"));
    });
    return lines.join("\n");
  }

  function copySummary() {
    var status = $("copy-status");
    var text = summaryAsText();
    function done(ok) {
      status.textContent = ok ? "Summary copied." : "Copy didn't work. Select the summary and copy it by hand.";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallbackCopy(text)); });
    } else {
      done(fallbackCopy(text));
    }
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.className = "offscreen";
    area.setAttribute("aria-hidden", "true");
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  // ---- storage ------------------------------------------------------------------------

  function save() {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify(state));
    } catch (e) { /* storage full or blocked: the chat still works for this page view */ }
  }

  function load() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      if (saved && Array.isArray(saved.items)) {
        state = { id: saved.id || null, items: saved.items, summary: saved.summary || null,
                  pending: saved.pending || null };
        return true;
      }
    } catch (e) { /* unreadable: start fresh */ }
    return false;
  }

  // ---- talking to the server ----------------------------------------------------------

  function postJSON(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body || {}),
      credentials: "same-origin"
    }).then(function (res) {
      return res.json().catch(function () { return null; }).then(function (data) {
        return { status: res.status, ok: res.ok, data: data };
      });
    });
  }

  function ensureSession() {
    if (state.id) return Promise.resolve(state.id);
    var gen = generation;
    return postJSON("/api/session").then(function (r) {
      if (!r.ok || !r.data || !r.data.conversation_id) throw failure(r);
      if (gen === generation) {
        state.id = r.data.conversation_id;
        save();
      }
      return r.data.conversation_id;
    });
  }

  function failure(r) {
    var err = new Error((r.data && r.data.message) ||
      "The career guide isn't answering right now. Please try again.");
    err.status = r.status;
    err.friendly = true;
    return err;
  }

  function setBusy(on) {
    busy = on;
    typing.textContent = "";
    typing.classList.toggle("active", on);
    if (on) {
      var label = document.createElement("span");
      label.textContent = BOT_NAME + " is typing";
      typing.appendChild(label);
      var dots = document.createElement("span");
      dots.className = "dots";
      dots.setAttribute("aria-hidden", "true");
      for (var i = 0; i < 3; i++) dots.appendChild(document.createElement("span"));
      typing.appendChild(dots);
    }
  }

  function showError(message, canRetry) {
    errorText.textContent = message;
    retryButton.hidden = !canRetry;
    errorBox.hidden = false;
  }

  function hideError() {
    errorBox.hidden = true;
    errorText.textContent = "";
  }

  // Sends `text` to the bot; `shown` is the user's bubble (null keeps it hidden, as for /greet).
  function send(text, shown) {
    if (busy) return false;
    hideError();
    if (shown !== null) addItem({ from: "user", text: shown });
    state.pending = { text: text };
    save();
    deliver(false);
    return true;
  }

  function deliver(renewedSession) {
    var pending = state.pending, gen = generation;
    if (!pending) return;
    setBusy(true);
    ensureSession().then(function (id) {
      return postJSON("/api/chat", { conversation_id: id, message: pending.text, mode: mode });
    }).then(function (r) {
      if (gen !== generation) return;
      if (r.status === 403 && !renewedSession) {
        // The server no longer knows this id (e.g. its secret changed): get a new one once.
        state.id = null;
        setBusy(false);
        deliver(true);
        return;
      }
      if (!r.ok) throw failure(r);
      var messages = r.data && Array.isArray(r.data.messages) ? r.data.messages : [];
      if (!messages.length) {
        var silent = new Error("The career guide didn't answer. Please try again.");
        silent.friendly = true;
        throw silent;
      }
      state.pending = null;
      var first = null;
      messages.forEach(function (m) {
        var el = addItem({ from: "bot", msg: m });
        first = first || el;
      });
      if (r.data.summary && typeof r.data.summary === "object") updateSummary(r.data.summary);
      save();
      setBusy(false);
      scrollTo(first);
    }).catch(function (err) {
      if (gen !== generation) return;
      setBusy(false);
      var tooLong = err && err.status === 413;
      if (tooLong) { state.pending = null; save(); }
      showError(err && err.friendly ? err.message :
        "We couldn't reach the career guide. Check your connection and try again.", !tooLong);
    });
  }

  // ---- conversation lifecycle ---------------------------------------------------------

  function begin() {
    if (greeting) {
      addItem({ from: "bot", msg: { text: greeting } });
    } else {
      send("/greet", null);
    }
  }

  function startOver() {
    try { sessionStorage.removeItem(STORE_KEY); } catch (e) { /* ignore */ }
    state = { id: null, items: [], summary: null, pending: null };
    generation += 1;
    setBusy(false);
    hideError();
    log.textContent = "";
    updateSummary(null);
    input.value = "";
    begin();
    input.focus();
  }

  function restore() {
    state.items.forEach(renderItem);
    if (state.summary) updateSummary(state.summary);
    log.scrollTop = log.scrollHeight;
    if (state.pending) showError("Your last message wasn't answered.", true);
  }

  // ---- wiring -------------------------------------------------------------------------

  function init() {
    applyBrand();
    var school = (params.get("school") || "").trim().slice(0, 80);
    if (school) {
      $("school-name").textContent = school;
      $("school-name").hidden = false;
    }

    $("composer").addEventListener("submit", function (e) {
      e.preventDefault();
      var text = input.value.trim();
      if (!text) { input.focus(); return; }
      if (text.length > MAX_CHARS) {
        showError("That message is too long. Please keep it under " + MAX_CHARS + " characters.", false);
        return;
      }
      if (send(text, text)) input.value = "";
    });
    retryButton.addEventListener("click", function () { hideError(); deliver(false); input.focus(); });
    $("start-over").addEventListener("click", startOver);
    document.querySelector(".skip-link").addEventListener("click", function (e) {
      e.preventDefault();
      input.focus();
    });

    if (summaryPanel) {
      if (mode === "advising") {
        summaryPanel.hidden = false;
        updateSummary(null);
      }
      $("print-summary").addEventListener("click", function () { window.print(); });
      $("copy-summary").addEventListener("click", copySummary);
      window.addEventListener("beforeprint", function () {
        $("print-date").textContent = "Printed " + new Date().toLocaleString();
      });
    }
    var toggle = $("summary-toggle");
    if (toggle && mode === "advising") {
      toggle.hidden = false;
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        toggle.textContent = open ? "Back to chat" : "Summary";
        document.body.classList.toggle("show-summary", open);
      });
    }

    if (page === "frame") {
      // Messages from the host page's embed.js: only "focus"; we tell it about Escape.
      window.addEventListener("message", function (e) {
        if (e.source === window.parent && e.data === "careerbot:focus") input.focus();
      });
      document.addEventListener("keydown", function (e) {
        if (e.key === "Escape" && window.parent !== window) window.parent.postMessage("careerbot:close", "*");
      });
    }

    if (load() && (state.items.length || state.pending)) restore(); else begin();
  }

  init();
})();
