// Career Explorer chat page: student (/), advising (/advising) and the embedded frame (/frame).
// Messages go out one at a time from a queue, so nothing the student sends is dropped; only the
// newest answer's buttons are live; the handout is kept current for Print and Copy.
import { applyStrings, formatNumber, LANG, t } from "./i18n.js";
import { applyBrand } from "./brand.js";
import { bubble, el, handoutCard, liveChoices, spentChoices, validButtons } from "./render.js";
import { handoutActions, renderHandout } from "./handout.js";
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
  if (status) node.appendChild(el("span", "msg-status", t(status)));
}

function renderItem(item, index) {
  let first = null;
  const add = (node) => { log.appendChild(node); first = first || node; };
  if (item.from === "user") {
    const node = bubble("user", item.text);
    node.dataset.item = index;
    add(node);
    if (item.status) setStatus(index, item.status);
    return first;
  }
  const msg = item.msg || {};
  const custom = msg.custom && typeof msg.custom === "object" ? msg.custom : null;
  if (custom && custom.type === "handout") {
    log.querySelectorAll(".handout-card .handout-actions").forEach((old) => old.remove());
    add(handoutCard(custom.text, handoutActions(printHandout, () => state.handout)));
  } else if (custom && typeof custom.text === "string" && custom.text) {
    add(bubble("bot", custom.text));
  }
  if (typeof msg.text === "string" && msg.text) add(bubble("bot", msg.text));
  const buttons = validButtons(msg);
  if (buttons.length) {
    const group = item.spent ? spentChoices(buttons, item.chosen) : liveChoices(buttons, (i, e) => pick(index, i, e));
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
    const spent = spentChoices(validButtons(item.msg), item.chosen);
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

function handoutUrl() {
  return "/api/handout?conversation_id=" + encodeURIComponent(state.id) + "&lang=" + encodeURIComponent(LANG);
}

function refreshHandout() {
  if (!state.id) return Promise.resolve();
  const gen = generation;
  return getJSON(handoutUrl()).then((r) => {
    if (gen === generation && r.ok && r.data) { updateHandout(r.data); save(); }
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

function showError(message, canRetry) {
  errorText.textContent = message;
  retryButton.hidden = !canRetry;
  countdown.hidden = true;
  errorBox.hidden = false;
}

function hideError() {
  errorBox.hidden = true;
  errorText.textContent = "";
}

// Sends `text`; `shown` is the student's bubble (null keeps it hidden, as for /greet).
function send(text, shown) {
  let item = null;
  if (shown !== null) {
    state.items.push({ from: "user", text: shown, status: "queued" });
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
    return postJSON("/api/chat", { conversation_id: id, message: job.text, mode, lang: LANG });
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
    const card = data.messages.find((m) => m && m.custom && m.custom.type === "handout");
    updateHandout(data.summary || (card && card.custom.handout) || state.handout);
    retireChoices();
    let first = null;
    mergeHandout(data.messages).forEach((msg) => {
      state.items.push({ from: "bot", msg });
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
      showError(t("tooLong", { max: formatNumber(MAX_CHARS) }), false);
      pump();
    } else {
      paused = true;
      showError(t(err.key || "unreachable"), true);
    }
    updateTyping();
  });
}

// Rate-limited: say so once, count down, then send by itself (no Retry that would fail again).
function waitThenSend(seconds) {
  paused = true;
  let left = Math.max(1, Math.ceil(seconds));
  showError(t("rateLimited"), false);
  countdown.hidden = false;
  const tick = () => { countdown.textContent = left === 1 ? t("countdownOne") : t("countdown", { seconds: left }); };
  tick();
  clearInterval(timer);
  timer = setInterval(() => {
    left -= 1;
    if (left > 0) return tick();
    clearInterval(timer);
    timer = null;
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
    showError(t("tooLong", { max: formatNumber(MAX_CHARS) }), false);
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
  state = fresh();
  generation += 1;
  inFlight = paused = false;
  clearInterval(timer);
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

// ---- lifecycle ------------------------------------------------------------------------

function begin() {
  if (greeting) {
    state.items.push({ from: "bot", msg: { text: greeting } });
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
    showError(t("unanswered"), true);
  }
  refreshHandout();
}

function init() {
  applyStrings(document);
  if (page === "advising") document.title = t("advisingTitle");
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
  const actions = $("summary-actions");
  if (actions) actions.appendChild(handoutActions(printHandout, () => state.handout));
  window.addEventListener("beforeprint", () => updateHandout(state.handout));
  const escape = () => {
    if ($("confirm-start-over").hidden) return false;
    askStartOver(false);
    return true;
  };
  if (page === "frame") initFrame({ input, mode, onEscape: escape });
  else document.addEventListener("keydown", (e) => { if (e.key === "Escape") escape(); });
  const saved = loadState(STORE_KEY);
  if (saved && (saved.items.length || saved.queue.length)) {
    state = saved;
    restore();
  } else {
    begin();
  }
}

init();
