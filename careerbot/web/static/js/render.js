// Messages in the log. Bot and user text always go through textContent, never parsed as HTML;
// links are made only for http(s), mailto and tel addresses.
import { t } from "./i18n.js";

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

export function speaker(label) {
  return el("span", "visually-hidden", label + ": ");
}

export function bubble(from, text) {
  const div = el("div", "msg msg-" + from);
  div.appendChild(speaker(from === "user" ? t("you") : t("appName")));
  const p = el("p");
  if (from === "bot") appendLinkified(p, text); else p.textContent = text;
  div.appendChild(p);
  return div;
}

export function validButtons(msg) {
  return Array.isArray(msg.buttons)
    ? msg.buttons.filter((b) => b && typeof b.title === "string" && typeof b.payload === "string") : [];
}

// The newest answer's buttons: real <button>s.
export function liveChoices(buttons, onPick) {
  const group = el("div", "choices");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", t("choices"));
  buttons.forEach((b, index) => {
    const button = el("button", "choice", b.title);
    button.type = "button";
    button.addEventListener("click", (event) => onPick(index, event));
    group.appendChild(button);
  });
  return group;
}

// Earlier buttons: plain text, no Tab stop, nothing to tap by mistake; the one picked is marked.
export function spentChoices(buttons, chosen) {
  const list = el("ul", "choices spent");
  list.setAttribute("aria-label", t("earlierChoices"));
  buttons.forEach((b, index) => {
    const item = el("li", "choice-spent" + (index === chosen ? " chosen" : ""), b.title);
    if (index === chosen) item.appendChild(el("span", "visually-hidden", " (" + t("yourChoice") + ")"));
    list.appendChild(item);
  });
  return list;
}

// The compact card for "what did we talk about": one line, Print and Copy.
export function handoutCard(text, actions) {
  const card = el("div", "msg msg-bot handout-card");
  card.appendChild(speaker(t("appName")));
  card.appendChild(el("h3", null, t("handoutCard")));
  const p = el("p");
  appendLinkified(p, text || "");
  card.appendChild(p);
  if (actions) card.appendChild(actions);
  return card;
}
