// Every string the pages show, one table per language (English, Spanish); keys are stable and
// every table has the same keys (tests/test_web_server.py checks). The handout's own wording comes
// with the handout, from careerbot/handout.py, in the handout's language.
export const STRINGS = {
  en: {
    lang: "en",
    dir: "ltr",
    appName: "Career Explorer",
    pageTitle: "Career Explorer",
    advisingTitle: "Career Explorer: advising view",
    advisingSub: "advising view",
    skip: "Skip to message box",
    conversation: "Conversation",
    messageLabel: "Your message",
    placeholder: "Type a message",
    send: "Send",
    privacy: "Please don't share your name, address, or other personal details.",
    startOver: "Start over",
    confirmStartOver: "Start over? This clears our conversation and your plan.",
    confirmYes: "Yes, start over",
    confirmNo: "Keep chatting",
    close: "Close chat",
    dialogLabel: "Career Explorer chat",
    handoutToggle: "Handout",
    backToChat: "Back to chat",
    you: "You",
    choices: "Choices",
    earlierChoices: "Choices offered earlier",
    yourChoice: "your choice",
    typing: "{name} is typing",
    waitingOne: "1 message waiting to send",
    waitingMany: "{count} messages waiting to send",
    queued: "Waiting to send",
    notSent: "Not sent",
    charCount: "{count} of {max} characters",
    tooLong: "That message is too long. Please keep it under {max} characters.",
    retry: "Retry",
    rateLimited: "You're sending messages very quickly, so I'll wait a moment before sending yours.",
    countdown: "Sending in {seconds} seconds",
    countdownOne: "Sending in 1 second",
    unanswered: "Your last message wasn't answered.",
    noAnswer: "The career guide didn't answer. Please try again.",
    unreachable: "We couldn't reach the career guide. Check your connection and try again.",
    bad_request: "Sorry, that message could not be read. Please try again.",
    forbidden: "This conversation has expired. Please start over.",
    upstream: "The career guide isn't answering right now. Please try again in a moment.",
    handoutCard: "Your career plan",
    handoutHeading: "Career plan handout",
    handoutNote: "Updates as the conversation goes. No student name or identity is collected.",
    print: "Print / Save as PDF",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Copy didn't work. Select the plan and copy it by hand.",
    blank: "blank, to fill in",
    langName: "English",
    handoutLanguage: "Handout language",
  },
  es: {
    lang: "es",
    dir: "ltr",
    appName: "Explorador de carreras",
    pageTitle: "Explorador de carreras",
    advisingTitle: "Explorador de carreras: vista para consejería",
    advisingSub: "vista para consejería",
    skip: "Ir al cuadro de mensaje",
    conversation: "Conversación",
    messageLabel: "Tu mensaje",
    placeholder: "Escribe un mensaje",
    send: "Enviar",
    privacy: "Por favor, no compartas tu nombre, tu dirección ni otros datos personales.",
    startOver: "Empezar de nuevo",
    confirmStartOver: "¿Empezar de nuevo? Esto borra nuestra conversación y tu plan.",
    confirmYes: "Sí, empezar de nuevo",
    confirmNo: "Seguir conversando",
    close: "Cerrar el chat",
    dialogLabel: "Chat de Explorador de carreras",
    handoutToggle: "Hoja del plan",
    backToChat: "Volver al chat",
    you: "Tú",
    choices: "Opciones",
    earlierChoices: "Opciones que te di antes",
    yourChoice: "tu elección",
    typing: "{name} está escribiendo",
    waitingOne: "1 mensaje esperando para enviarse",
    waitingMany: "{count} mensajes esperando para enviarse",
    queued: "Esperando para enviarse",
    notSent: "No se envió",
    charCount: "{count} de {max} caracteres",
    tooLong: "Ese mensaje es muy largo. Por favor, escribe menos de {max} caracteres.",
    retry: "Intentar de nuevo",
    rateLimited: "Estás enviando mensajes muy rápido, así que voy a esperar un momento antes de enviar el tuyo.",
    countdown: "Se envía en {seconds} segundos",
    countdownOne: "Se envía en 1 segundo",
    unanswered: "Tu último mensaje no tuvo respuesta.",
    noAnswer: "La guía de carreras no respondió. Por favor, inténtalo de nuevo.",
    unreachable: "No pudimos comunicarnos con la guía de carreras. Revisa tu conexión e inténtalo de nuevo.",
    bad_request: "Lo siento, no se pudo leer ese mensaje. Por favor, inténtalo de nuevo.",
    forbidden: "Esta conversación ya terminó. Por favor, empieza de nuevo.",
    upstream: "La guía de carreras no está respondiendo ahora. Por favor, inténtalo de nuevo en un momento.",
    handoutCard: "Tu plan de carreras",
    handoutHeading: "Hoja del plan de carreras",
    handoutNote: "Se actualiza durante la conversación. No se recopila el nombre ni ningún dato que identifique al estudiante.",
    print: "Imprimir / Guardar como PDF",
    copy: "Copiar",
    copied: "Copiado.",
    copyFailed: "No se pudo copiar. Selecciona el plan y cópialo a mano.",
    blank: "en blanco, para llenar",
    langName: "Español",
    handoutLanguage: "Idioma de la hoja",
  },
};

const has = (object, key) => typeof key === "string" && Object.prototype.hasOwnProperty.call(object, key);
export const LANGUAGES = Object.keys(STRINGS);
export const isLanguage = (lang) => has(STRINGS, lang);

// The page's language: set by ?lang= (or the embed's data-lang), the language toggle, or the
// conversation's language when the student chose none (chat.js decides; this module only holds it).
let current = "en";

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (isLanguage(lang)) current = lang;
  return current;
}

// The language named by ?lang= on the page's address, or null.
export function requestedLanguage() {
  const lang = new URLSearchParams(window.location.search).get("lang");
  return isLanguage(lang) ? lang : null;
}

function fill(text, vars) {
  return vars ? text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : text;
}

// tIn("es", "typing", {name: "X"}) -> that language's string with {placeholders} filled in.
export function tIn(lang, key, vars) {
  const table = isLanguage(lang) ? STRINGS[lang] : STRINGS.en;
  const text = has(table, key) ? table[key] : STRINGS.en[key];
  if (text === undefined) throw new Error("no string " + key);
  return fill(text, vars);
}

// t("typing", {name: "X"}) -> the string in the page's language.
export function t(key, vars) {
  return tIn(current, key, vars);
}

// Labels an element made by a script so that applyStrings() re-labels it when the language changes:
// data-i18n (its text, with data-i18n-before/-after around it) and a lang attribute, since it may
// sit inside a bot message in another language.
export function label(node, key) {
  node.dataset.i18n = key;
  node.lang = current;
  node.textContent = (node.dataset.i18nBefore || "") + t(key) + (node.dataset.i18nAfter || "");
  return node;
}

// The same for an attribute: labelAttr(group, "aria-label", "choices").
export function labelAttr(node, attr, key) {
  node.dataset.i18nAttr = attr + ":" + key;
  node.setAttribute(attr, t(key));
  return node;
}

// Fills data-i18n (text) and data-i18n-attr ("aria-label:key;placeholder:key") in the page, and sets
// <html lang>; an element carrying its own lang attribute is moved to the page's language too.
export function applyStrings(root) {
  const html = document.documentElement;
  html.lang = t("lang");
  html.dir = t("dir");
  root.querySelectorAll("[data-i18n]").forEach((el) => {
    el.textContent = (el.dataset.i18nBefore || "") + t(el.dataset.i18n) + (el.dataset.i18nAfter || "");
    if (el.hasAttribute("lang")) el.lang = current;
  });
  root.querySelectorAll("[data-i18n-attr]").forEach((el) => {
    el.dataset.i18nAttr.split(";").forEach((pair) => {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr.trim(), t(key.trim()));
    });
    if (el.hasAttribute("lang") && !el.hasAttribute("data-i18n")) el.lang = current;
  });
}

// Numbers as students in the U.S. write them ("4,000" in Spanish too).
export function formatNumber(n) {
  return Number(n).toLocaleString(current + "-US");
}
