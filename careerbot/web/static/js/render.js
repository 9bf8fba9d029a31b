// Messages in the log. Bot and user text always go through textContent, never parsed as HTML;
// links are made only for http(s), mailto and tel addresses. A bot message carries the lang of the
// reply it came in (screen readers switch voice); the page's own words in and around it carry the
// page's language and are re-labelled when that changes (i18n.js label()).
import { label, labelAttr } from "./i18n.js";

const LINK = /(https?:\/\/[^\s<>"]+|mailto:[^\s<>"]+|tel:\+?[0-9()\-. ]*[0-9])/gi;

export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

export function safeHref(raw) {
  try {
    const url = new URL(raw);
    return ["http:", "https:", "mailto:", "tel:"].includes(url.protocol) ? url.href : null;
  } catch (e) {
    return null;
  }
}

export function link(href, text) {
  const a = el("a", null, text);
  a.href = href;
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}

// Appends text to node, turning http(s), mailto and tel addresses into links.
export function appendLinkified(node, text) {
  let last = 0, match;
  LINK.lastIndex = 0;
  while ((match = LINK.exec(text)) !== null) {
    const raw = match[0].replace(/[.,;:!?)\]]+$/, "");
    const href = safeHref(raw);
    if (!href) continue;
    node.appendChild(document.createTextNode(text.slice(last, match.index)));
    node.appendChild(link(href, raw.replace(/^(mailto|tel):/i, "")));
    last = match.index + raw.length;
    LINK.lastIndex = last;
  }
  node.appendChild(document.createTextNode(text.slice(last)));
}

// "You: " / "Career Explorer: " before a message, for screen readers.
export function speaker(key) {
  const span = el("span", "visually-hidden");
  span.dataset.i18nAfter = ": ";
  return label(span, key);
}

// A message; `lang` is the language its text is in (the reply's), when known.
export function bubble(from, text, lang) {
  const div = el("div", "msg msg-" + from);
  if (lang) div.lang = lang;
  div.appendChild(speaker(from === "user" ? "you" : "appName"));
  const p = el("p");
  if (from === "bot") appendLinkified(p, text); else p.textContent = text;
  div.appendChild(p);
  return div;
}

export function validButtons(msg) {
  return Array.isArray(msg.buttons)
    ? msg.buttons.filter((b) => b && typeof b.title === "string" && typeof b.payload === "string") : [];
}

// The newest answer's buttons: real <button>s, in the reply's language.
export function liveChoices(buttons, onPick, lang) {
  const group = el("div", "choices");
  group.setAttribute("role", "group");
  labelAttr(group, "aria-label", "choices");
  buttons.forEach((b, index) => {
    const button = el("button", "choice", b.title);
    button.type = "button";
    if (lang) button.lang = lang;
    button.addEventListener("click", (event) => onPick(index, event));
    group.appendChild(button);
  });
  return group;
}

// Earlier buttons: plain text, no Tab stop, nothing to tap by mistake; the one picked is marked.
export function spentChoices(buttons, chosen, lang) {
  const list = el("ul", "choices spent");
  labelAttr(list, "aria-label", "earlierChoices");
  buttons.forEach((b, index) => {
    const item = el("li", "choice-spent" + (index === chosen ? " chosen" : ""), b.title);
    if (lang) item.lang = lang;
    if (index === chosen) {
      const mark = el("span", "visually-hidden");
      mark.dataset.i18nBefore = " (";
      mark.dataset.i18nAfter = ")";
      item.appendChild(label(mark, "yourChoice"));
    }
    list.appendChild(item);
  });
  return list;
}

// The compact card for "what did we talk about": one line, Print and Copy.
export function handoutCard(text, actions, lang) {
  const card = el("div", "msg msg-bot handout-card");
  if (lang) card.lang = lang;
  card.appendChild(speaker("appName"));
  card.appendChild(label(el("h3"), "handoutCard"));
  const p = el("p");
  appendLinkified(p, text || "");
  card.appendChild(p);
  if (actions) card.appendChild(actions);
  return card;
}
