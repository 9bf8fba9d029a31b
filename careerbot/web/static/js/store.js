// What the page keeps in sessionStorage, and how a reply is shaped before it is kept.
import { validButtons } from "./render.js";

// items: the log ({from: "user", text, status?, lang?} | {from: "bot", msg, lang?, chosen?, spent?});
// queue: [{text, item}] messages not yet answered, oldest first (item: index of its bubble).
// lang: the page's language; langChosen: the student (or the page's address) chose it, so it is sent
// with every message; convLang: the conversation's language, as the bot last said; handoutLang: the
// language picked for the handout (null: the conversation's).
export const fresh = () => ({ v: 2, id: null, items: [], handout: null, queue: [], lang: null, langChosen: false,
  convLang: null, handoutLang: null });

const text = (value) => (typeof value === "string" ? value : null);

export function saveState(key, state) {
  try { sessionStorage.setItem(key, JSON.stringify(state)); } catch (e) { /* full or blocked */ }
}

// The saved state, or null; a page saved by the previous version (with `pending`) still loads.
export function loadState(key) {
  try {
    const saved = JSON.parse(sessionStorage.getItem(key) || "null");
    if (!saved || !Array.isArray(saved.items)) return null;
    const queue = Array.isArray(saved.queue) ? saved.queue
      : saved.pending && saved.pending.text ? [{ text: saved.pending.text, item: null }] : [];
    return { v: 2, id: saved.id || null, items: saved.items, handout: saved.handout || null, queue,
      lang: text(saved.lang), langChosen: saved.langChosen === true, convLang: text(saved.convLang),
      handoutLang: text(saved.handoutLang) };
  } catch (e) {
    return null;
  }
}

// A handout card replaces the line of text that came with it (other channels show that line).
export function mergeHandout(messages) {
  const card = messages.find((m) => m && m.custom && m.custom.type === "handout");
  if (!card) return messages;
  const slim = { custom: { type: "handout", text: card.custom.text } };
  const out = [];
  let placed = false;
  messages.forEach((m) => {
    if (m === card) return;
    if (!placed && typeof m.text === "string" && m.text === card.custom.text) {
      placed = true;
      out.push(slim);
      const rest = Object.assign({}, m);
      delete rest.text;
      if (validButtons(rest).length) out.push(rest);
    } else {
      out.push(m);
    }
  });
  if (!placed) out.unshift(slim);
  return out;
}
