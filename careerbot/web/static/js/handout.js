// The handout: rendered from the dict careerbot/handout.py builds (sections of blocks, all
// wording included, in the handout's own language), as plain text for Copy, and the Print / Copy
// buttons with the handout's language selector.
import { el, link, safeHref } from "./render.js";
import { label, LANGUAGES, t, tIn } from "./i18n.js";

function blockNode(block, level) {
  const wrap = el("div", "handout-block handout-" + block.type);
  if (block.label && block.type !== "text") wrap.appendChild(el("p", "block-label", block.label));
  if (block.type === "list" || block.type === "steps") {
    const list = el(block.type === "steps" ? "ol" : "ul");
    (block.items || []).forEach((item) => list.appendChild(el("li", null, String(item))));
    wrap.appendChild(list);
  } else if (block.type === "table") {
    const table = el("table");
    if (block.caption) table.appendChild(el("caption", null, block.caption));
    const head = el("tr");
    (block.columns || []).forEach((c) => {
      const th = el("th", null, c);
      th.scope = "col";
      head.appendChild(th);
    });
    table.appendChild(el("thead")).appendChild(head);
    const body = el("tbody");
    (block.rows || []).forEach((row) => {
      const tr = el("tr");
      row.forEach((cell) => tr.appendChild(el("td", null, String(cell))));
      body.appendChild(tr);
    });
    table.appendChild(body);
    wrap.appendChild(table);
  } else if (block.type === "text") {
    const p = el("p");
    if (block.label) p.appendChild(el("strong", null, block.label + " "));
    p.appendChild(document.createTextNode(block.text || ""));
    wrap.appendChild(p);
  } else if (block.type === "contact") {
    const list = el("ul", "contact");
    (block.items || []).forEach((item) => {
      const li = el("li");
      li.appendChild(el("span", "contact-label", item.label + ": "));
      const href = item.href ? safeHref(item.href) : null;
      li.appendChild(href ? link(href, item.value) : document.createTextNode(item.value));
      list.appendChild(li);
    });
    wrap.appendChild(list);
  }
  return wrap;
}

// Renders a handout into container; `level` is the heading level of its title.
export function renderHandout(container, handout, level) {
  container.textContent = "";
  if (!handout || typeof handout !== "object" || !Array.isArray(handout.sections)) return false;
  const article = el("article", "handout");
  const lang = LANGUAGES.includes(handout.lang) ? handout.lang : "en";
  article.lang = lang;
  const head = el("header", "handout-head");
  head.appendChild(el("h" + level, "handout-title", handout.title));
  const facts = el("dl", "handout-facts");
  (handout.facts || []).forEach((fact) => {
    const row = el("div");
    row.appendChild(el("dt", null, fact.label));
    const dd = el("dd", fact.value ? null : "fill-in", fact.value || "");
    if (!fact.value) dd.appendChild(el("span", "visually-hidden", tIn(lang, "blank")));
    row.appendChild(dd);
    facts.appendChild(row);
  });
  head.appendChild(facts);
  if (handout.sample_data) head.appendChild(el("p", "handout-sample", handout.sample_data));
  article.appendChild(head);
  if (handout.empty_text) article.appendChild(el("p", "handout-empty", handout.empty_text));
  const sections = el("div", "handout-sections");
  handout.sections.forEach((section) => {
    const node = el("section", "handout-section handout-" + section.id);
    node.appendChild(el("h" + (level + 1), null, section.title));
    (section.blocks || []).forEach((block) => node.appendChild(blockNode(block, level + 1)));
    sections.appendChild(node);
  });
  article.appendChild(sections);
  const notes = el("section", "handout-section handout-notes");
  notes.appendChild(el("h" + (level + 1), null, handout.notes));
  notes.appendChild(el("div", "notes-lines"));
  article.appendChild(notes);
  article.appendChild(el("p", "handout-privacy", handout.privacy));
  container.appendChild(article);
  return true;
}

export function handoutText(handout) {
  if (!handout || !Array.isArray(handout.sections)) return "";
  const lines = [handout.title];
  (handout.facts || []).forEach((f) => lines.push(f.label + ": " + (f.value || "________")));
  if (handout.sample_data) lines.push(handout.sample_data);
  if (handout.empty_text) lines.push("", handout.empty_text);
  handout.sections.forEach((section) => {
    lines.push("", section.title.toUpperCase());
    (section.blocks || []).forEach((b) => {
      if (b.label && b.type !== "text") lines.push(b.label + ":");
      if (b.type === "list") b.items.forEach((i) => lines.push("- " + i));
      if (b.type === "steps") b.items.forEach((i, n) => lines.push(n + 1 + ". " + i));
      if (b.type === "text") lines.push((b.label ? b.label + " " : "") + b.text);
      if (b.type === "contact") b.items.forEach((i) => lines.push(i.label + ": " + i.value));
      if (b.type === "table") {
        if (b.caption) lines.push(b.caption);
        b.rows.forEach((row) => lines.push("- " + row.join(" | ")));
      }
    });
  });
  lines.push("", handout.notes + ": ________________________________", "", handout.privacy);
  return lines.join("\n");
}

function fallbackCopy(text) {
  const area = el("textarea", "offscreen");
  area.value = text;
  area.setAttribute("aria-hidden", "true");
  area.tabIndex = -1;
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
  document.body.removeChild(area);
  return ok;
}

export function copyText(text, status) {
  const done = (ok) => {
    status.lang = document.documentElement.lang;
    status.textContent = ok ? t("copied") : t("copyFailed");
  };
  status.textContent = "";
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(() => done(true), () => done(fallbackCopy(text)));
  } else {
    done(fallbackCopy(text));
  }
}

let selectors = 0;

// "Handout language: [English | Español]": which language the handout is printed and copied in.
function languageSelector(getLang, onLang) {
  const box = el("div", "handout-lang");
  const select = el("select", "handout-lang-select");
  select.id = "handout-lang-" + ++selectors;
  const name = label(el("label"), "handoutLanguage");
  name.htmlFor = select.id;
  LANGUAGES.forEach((lang) => {
    const option = el("option", null, tIn(lang, "langName"));
    option.value = lang;
    option.lang = lang;
    select.appendChild(option);
  });
  select.value = getLang();
  select.addEventListener("change", () => onLang(select.value));
  box.append(name, select);
  return box;
}

// Shows `lang` in every handout language selector on the page.
export function showHandoutLanguage(lang) {
  document.querySelectorAll(".handout-lang-select").forEach((select) => { select.value = lang; });
}

// Print / Save as PDF and Copy buttons with a status line, and the language selector; `getHandout`
// is called on each use, `getLang` gives the handout's language and `onLang(lang)` changes it.
export function handoutActions({ onPrint, getHandout, getLang, onLang }) {
  const box = el("div", "handout-actions");
  if (getLang && onLang) box.appendChild(languageSelector(getLang, onLang));
  const row = el("div", "handout-buttons");
  const print = label(el("button", "action"), "print");
  print.type = "button";
  print.addEventListener("click", onPrint);
  const copy = label(el("button", "action"), "copy");
  copy.type = "button";
  const status = el("p", "copy-status");
  status.setAttribute("role", "status");
  copy.addEventListener("click", () => copyText(handoutText(getHandout()), status));
  row.append(print, copy);
  box.append(row, status);
  return box;
}
