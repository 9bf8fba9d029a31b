// Career Explorer chat page: student (/), advising (/advising) and the embedded frame (/frame).
// Messages go out one at a time from a queue, so nothing the student sends is dropped; only the
// newest answer's buttons are live; the handout is kept current for Print and Copy.
// Language: ?lang= (the embed's data-lang) or the language toggle is the student's choice, sent with
// every message as `lang`; without one the page follows the conversation's language (each reply's
// `lang`) but sends none, so the bot keeps following what the student writes.
import { applyStrings, formatNumber, isLanguage, label, language, requestedLanguage, setLanguage, t, tIn }
  from "./i18n.js";
import { applyBrand } from "./brand.js";
import { bubble, el, handoutCard, liveChoices, spentChoices, validButtons } from "./render.js";
import { handoutActions, renderHandout, showHandoutLanguage } from "./handout.js";
import { failure, getJSON, postJSON } from "./net.js";
import { initFrame } from "./frame.js";
import { fresh, loadState, mergeHandout, saveState } from "./store.js";

const page = document.body.dataset.page;
const params = new URLSearchParams(window.location.search);
const mode = page === "advising" || (page === "frame" && params.get("mode") === "advising") ? "advising" : "student";
const greeting = (params.get("greeting") || "").trim().slice(0, 500);
const STORE_KEY = "careerbot:" + mode;
const save = () => saveState(STORE_KEY, state);
const MAX_CHARS = 4000;

const $ = (id) => document.getElementById(id);
const log = $("log"), input = $("message-input"), typing = $("typing"), counter = $("char-count");
const errorBox = $("error"), errorText = $("error-text"), retryButton = $("retry"), countdown = $("error-countdown");

let state = fresh();
let inFlight = false, paused = false, generation = 0, timer = null;
let shownError = null; // {key, vars, canRetry}: re-said when the page's language changes
let tickCountdown = null;

// ---- the log --------------------------------------------------------------------------

function setStatus(index, status) {
  const item = state.items[index];
  if (!item) return;
  if (status) item.status = status; else delete item.status;
  const node = log.querySelector('.msg-user[data-item="' + index + '"]');
  if (!node) return;
  node.classList.toggle("queued", status === "queued");
  node.classList.toggle("not-sent", status === "notSent");
  const old = node.querySelector(".msg-status");
  if (old) old.remove();
  if (status) node.appendChild(label(el("span", "msg-status"), status));
}

function renderItem(item, index) {
  let first = null;
  const add = (node) => { log.appendChild(node); first = first || node; };
  if (item.from === "user") {
    const node = bubble("user", item.text, item.lang);
    node.dataset.item = index;
    add(node);
    if (item.status) setStatus(index, item.status);
    return first;
  }
  const msg = item.msg || {};
  const lang = isLanguage(item.lang) ? item.lang : null;
  const custom = msg.custom && typeof msg.custom === "object" ? msg.custom : null;
  if (custom && custom.type === "handout") {
    log.querySelectorAll(".handout-card .handout-actions").forEach((old) => old.remove());
    add(handoutCard(custom.text, actions(), lang));
  } else if (custom && typeof custom.text === "string" && custom.text) {
    add(bubble("bot", custom.text, lang));
  }
  if (typeof msg.text === "string" && msg.text) add(bubble("bot", msg.text, lang));
  const buttons = validButtons(msg);
  if (buttons.length) {
    const group = item.spent ? spentChoices(buttons, item.chosen, lang)
      : liveChoices(buttons, (i, e) => pick(index, i, e), lang);
    group.dataset.item = index;
    add(group);
  }
  return first;
}

// Earlier buttons become plain text: no stale answers, no pile of Tab stops.
function retireChoices() {
  log.querySelectorAll(".choices:not(.spent)").forEach((group) => {
    const index = Number(group.dataset.item);
    const item = state.items[index];
    item.spent = true;
    const spent = spentChoices(validButtons(item.msg), item.chosen, isLanguage(item.lang) ? item.lang : null);
    spent.dataset.item = index;
    group.replaceWith(spent);
  });
}

function pick(index, choice, event) {
  const item = state.items[index];
  if (!item || item.spent) return;
  const button = validButtons(item.msg)[choice];
  item.chosen = choice;
  send(button.payload, button.title);
  // The button is gone now: keyboard users go on typing, touch users get no keyboard popping up.
  if (event && event.detail === 0) input.focus(); else log.focus({ preventScroll: true });
}

// The start of a new answer, not its end.
function scrollToStart(node) {
  if (!node) return;
  if (getComputedStyle(log).overflowY === "visible") node.scrollIntoView({ block: "start" });
  else log.scrollTop = Math.max(0, Math.min(node.offsetTop - 8, log.scrollHeight - log.clientHeight));
}

function scrollToEnd(node) {
  if (getComputedStyle(log).overflowY === "visible") node.scrollIntoView({ block: "end" });
  else log.scrollTop = log.scrollHeight;
}

// ---- the handout ----------------------------------------------------------------------

function updateHandout(handout) {
  state.handout = handout && typeof handout === "object" ? handout : null;
  renderHandout($("handout-view"), state.handout, 1); // the page's h1 is not printed
  const panel = $("summary-body");
  if (panel) renderHandout(panel, state.handout, 3);
}

// The handout's language: the one picked in its selector, else the conversation's.
function handoutLang() {
  for (const lang of [state.handoutLang, state.convLang, language()]) if (isLanguage(lang)) return lang;
  return "en";
}

function handoutUrl() {
  return "/api/handout?conversation_id=" + encodeURIComponent(state.id) + "&lang=" + encodeURIComponent(handoutLang());
}

// A handout that came with a reply is shown if it is in the handout's language; else that one is fetched.
function takeHandout(handout) {
  if (!handout || typeof handout !== "object") return;
  if ((handout.lang || "en") === handoutLang()) updateHandout(handout);
  else refreshHandout();
}

function chooseHandoutLang(lang) {
  if (!isLanguage(lang)) return;
  state.handoutLang = lang;
  showHandoutLanguage(lang);
  save();
  if (state.id) refreshHandout();
}

function actions() {
  return handoutActions({ onPrint: printHandout, getHandout: () => state.handout, getLang: handoutLang,
    onLang: chooseHandoutLang });
}

function refreshHandout() {
  if (!state.id) return Promise.resolve();
  const gen = generation;
  return getJSON(handoutUrl()).then((r) => {
    // (a slower answer in a language no longer wanted is dropped)
    if (gen === generation && r.ok && r.data && (!isLanguage(r.data.lang) || r.data.lang === handoutLang())) {
      updateHandout(r.data);
      save();
    }
  }).catch(() => { /* print what we have */ });
}

function printHandout() {
  refreshHandout().then(() => window.print());
}

// ---- sending --------------------------------------------------------------------------

function updateTyping() {
  const busy = inFlight || (state.queue.length > 0 && !paused);
  typing.classList.toggle("active", busy);
  typing.textContent = "";
  if (!busy) return;
  typing.appendChild(el("span", null, t("typing", { name: t("appName") })));
  const dots = el("span", "dots");
  dots.setAttribute("aria-hidden", "true");
  for (let i = 0; i < 3; i++) dots.appendChild(el("span"));
  typing.appendChild(dots);
  const waiting = state.queue.length - (inFlight ? 1 : 0);
  if (waiting > 0) {
    typing.appendChild(el("span", "waiting",
      waiting === 1 ? t("waitingOne") : t("waitingMany", { count: formatNumber(waiting) })));
  }
}

// Shows the string `key` (numbers in `vars` are formatted) as the error.
function showError(key, vars, canRetry) {
  shownError = { key, vars, canRetry };
  const filled = {};
  Object.keys(vars || {}).forEach((name) => { filled[name] = formatNumber(vars[name]); });
  errorText.textContent = t(key, filled);
  retryButton.hidden = !canRetry;
  countdown.hidden = true;
  errorBox.hidden = false;
}

function hideError() {
  shownError = null;
  errorBox.hidden = true;
  errorText.textContent = "";
}

// Sends `text`; `shown` is the student's bubble (null keeps it hidden, as for /greet), in `shownLang`
// when known.
function send(text, shown, shownLang) {
  let item = null;
  if (shown !== null) {
    state.items.push(Object.assign({ from: "user", text: shown, status: "queued" }, shownLang ? { lang: shownLang } : {}));
    item = state.items.length - 1;
    renderItem(state.items[item], item);
  }
  retireChoices();
  state.queue.push({ text, item });
  save();
  if (item !== null) scrollToEnd(log.lastElementChild);
  pump();
}

function ensureSession() {
  if (state.id) return Promise.resolve(state.id);
  return postJSON("/api/session").then((r) => {
    if (!r.ok || !r.data || !r.data.conversation_id) throw failure(r, "unreachable");
    return r.data.conversation_id;
  });
}

function deliver(job, renewed) {
  const gen = generation;
  return ensureSession().then((id) => {
    if (gen !== generation) return null;
    if (state.id !== id) { state.id = id; save(); }
    const body = { conversation_id: id, message: job.text, mode };
    if (state.langChosen) body.lang = language(); // only a choice is sent: the bot reads a new one as such
    return postJSON("/api/chat", body);
  }).then((r) => {
    if (!r || gen !== generation) return null;
    if (r.status === 403 && !renewed) {
      state.id = null; // the server no longer knows this id (its secret changed): get a new one once
      return deliver(job, true);
    }
    if (!r.ok) throw failure(r, "unreachable");
    const messages = r.data && Array.isArray(r.data.messages) ? r.data.messages : [];
    if (!messages.length) throw failure(null, "noAnswer");
    return r.data;
  });
}

function pump() {
  if (inFlight || paused || !state.queue.length) { updateTyping(); return; }
  const job = state.queue[0], gen = generation;
  inFlight = true;
  setStatus(job.item, null);
  updateTyping();
  deliver(job, false).then((data) => {
    if (!data || gen !== generation) return;
    inFlight = false;
    state.queue.shift();
    const replyLang = isLanguage(data.lang) ? data.lang : null;
    if (replyLang) state.convLang = replyLang;
    // Without a choice of the student's, the page speaks the conversation's language.
    if (replyLang && !state.langChosen && replyLang !== language()) switchLanguage(replyLang);
    if (!state.handoutLang) showHandoutLanguage(handoutLang());
    const card = data.messages.find((m) => m && m.custom && m.custom.type === "handout");
    takeHandout(data.summary || (card && card.custom.handout));
    retireChoices();
    let first = null;
    mergeHandout(data.messages).forEach((msg) => {
      state.items.push({ from: "bot", msg, lang: replyLang || language() });
      const node = renderItem(state.items[state.items.length - 1], state.items.length - 1);
      first = first || node;
    });
    save();
    scrollToStart(first);
    pump();
  }).catch((err) => {
    if (gen !== generation) return;
    inFlight = false;
    if (err.status === 429) {
      waitThenSend(err.retryAfter || 5);
    } else if (err.status === 413) {
      state.queue.shift();
      setStatus(job.item, "notSent");
      save();
      showError("tooLong", { max: MAX_CHARS }, false);
      pump();
    } else {
      paused = true;
      showError(err.key || "unreachable", null, true);
    }
    updateTyping();
  });
}

// Rate-limited: say so once, count down, then send by itself (no Retry that would fail again).
function waitThenSend(seconds) {
  paused = true;
  let left = Math.max(1, Math.ceil(seconds));
  showError("rateLimited", null, false);
  countdown.hidden = false;
  const tick = () => { countdown.textContent = left === 1 ? t("countdownOne") : t("countdown", { seconds: left }); };
  tickCountdown = tick;
  tick();
  clearInterval(timer);
  timer = setInterval(() => {
    left -= 1;
    if (left > 0) return tick();
    clearInterval(timer);
    timer = null;
    tickCountdown = null;
    paused = false;
    hideError();
    pump();
  }, 1000);
}

function retry() {
  hideError();
  paused = false;
  pump();
  input.focus();
}

// ---- composer -------------------------------------------------------------------------

function updateCounter() {
  const n = input.value.length;
  counter.hidden = n <= MAX_CHARS * 0.9;
  counter.textContent = t("charCount", { count: formatNumber(n), max: formatNumber(MAX_CHARS) });
  counter.classList.toggle("over", n > MAX_CHARS);
  if (n > MAX_CHARS) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
}

function submit(e) {
  e.preventDefault();
  const text = input.value.trim();
  if (!text) { input.focus(); return; }
  if (text.length > MAX_CHARS) { // kept in the box to be shortened, never cut silently
    showError("tooLong", { max: MAX_CHARS }, false);
    return;
  }
  if (!errorBox.hidden && retryButton.hidden && !paused) hideError();
  send(text, text);
  input.value = "";
  updateCounter();
}

// ---- start over -----------------------------------------------------------------------

function askStartOver(open) {
  $("confirm-start-over").hidden = !open;
  $("start-over").hidden = open;
  (open ? $("confirm-no") : $("start-over")).focus();
}

function startOver() {
  try { sessionStorage.removeItem(STORE_KEY); } catch (e) { /* ignore */ }
  const { lang, langChosen } = state; // the student's language choice outlives the conversation
  state = Object.assign(fresh(), { lang, langChosen });
  generation += 1;
  inFlight = paused = false;
  clearInterval(timer);
  tickCountdown = null;
  hideError();
  log.textContent = "";
  updateHandout(null);
  input.value = "";
  updateCounter();
  $("confirm-start-over").hidden = true;
  $("start-over").hidden = false;
  begin();
  input.focus();
}

// ---- language -------------------------------------------------------------------------

// The toggle offers the other language, named in that language ("Español" / "English").
function updateToggle() {
  const toggle = $("lang-toggle");
  if (!toggle) return;
  const other = language() === "es" ? "en" : "es";
  toggle.lang = other;
  toggle.textContent = tIn(other, "langName");
  toggle.dataset.lang = other;
}

// Re-labels the page at once in `lang` (nothing is sent).
function switchLanguage(lang) {
  setLanguage(lang);
  state.lang = language();
  applyStrings(document);
  if (page === "advising") document.title = t("advisingTitle");
  updateToggle();
  updateTyping();
  updateCounter();
  if (shownError && !errorBox.hidden) {
    const { key, vars, canRetry } = shownError;
    showError(key, vars, canRetry);
    if (tickCountdown) { countdown.hidden = false; tickCountdown(); }
  }
  if (!state.handoutLang) showHandoutLanguage(handoutLang());
  save();
}

// The toggle: the student's explicit choice. The bot is told with the set_language payload (the
// student's bubble shows the toggle's label) and every later message carries the language.
function chooseLanguage(lang) {
  if (!isLanguage(lang)) return;
  state.langChosen = true;
  switchLanguage(lang);
  send('/set_language{"language":"' + lang + '"}', tIn(lang, "langName"), lang);
}

// The page's language at start: a choice saved in this tab, else ?lang= (also a choice), else the
// language the page last followed, else English.
function startLanguage(saved) {
  const asked = requestedLanguage();
  if (saved && saved.langChosen && isLanguage(saved.lang)) return { lang: saved.lang, chosen: true };
  if (asked) return { lang: asked, chosen: true };
  if (saved && isLanguage(saved.lang)) return { lang: saved.lang, chosen: false };
  return { lang: "en", chosen: false };
}

// ---- lifecycle ------------------------------------------------------------------------

function begin() {
  if (greeting) {
    state.items.push({ from: "bot", msg: { text: greeting }, lang: language() });
    renderItem(state.items[0], 0);
  }
  send("/greet", null); // the bot's own greeting brings the starter buttons
}

function restore() {
  state.items.forEach(renderItem);
  updateHandout(state.handout);
  log.scrollTop = log.scrollHeight;
  if (state.queue.length) {
    paused = true;
    showError("unanswered", null, true);
  }
  refreshHandout();
}

function init() {
  const saved = loadState(STORE_KEY);
  const start = startLanguage(saved);
  setLanguage(start.lang);
  state.lang = start.lang;
  state.langChosen = start.chosen;
  applyStrings(document);
  if (page === "advising") document.title = t("advisingTitle");
  updateToggle();
  applyBrand(params.get("color"));
  const school = (params.get("school") || "").trim().slice(0, 80);
  if (school) {
    $("school-name").textContent = school;
    $("school-name").hidden = false;
  }
  $("composer").addEventListener("submit", submit);
  input.addEventListener("input", updateCounter);
  retryButton.addEventListener("click", retry);
  $("start-over").addEventListener("click", () => askStartOver(true));
  $("confirm-no").addEventListener("click", () => askStartOver(false));
  $("confirm-yes").addEventListener("click", startOver);
  document.querySelector(".skip-link").addEventListener("click", (e) => { e.preventDefault(); input.focus(); });
  const panelActions = $("summary-actions");
  if (panelActions) panelActions.appendChild(actions());
  const toggle = $("lang-toggle");
  if (toggle) toggle.addEventListener("click", () => chooseLanguage(toggle.dataset.lang));
  window.addEventListener("beforeprint", () => updateHandout(state.handout));
  const escape = () => {
    if ($("confirm-start-over").hidden) return false;
    askStartOver(false);
    return true;
  };
  if (page === "frame") initFrame({ input, mode, onEscape: escape });
  else document.addEventListener("keydown", (e) => { if (e.key === "Escape") escape(); });
  if (saved && (saved.items.length || saved.queue.length)) {
    state = Object.assign(saved, { lang: start.lang, langChosen: start.chosen });
    showHandoutLanguage(handoutLang());
    restore();
  } else {
    begin();
  }
}

init();
