// Every string the pages show, one table per language; keys are stable. Spanish (or any other
// language) is another table with the same keys: tests/test_web_server.py checks they match.
// The handout's own wording comes with the handout, from careerbot/handout.py, in its language.
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
  },
};

const params = new URLSearchParams(window.location.search);
export const LANG = STRINGS[params.get("lang")] ? params.get("lang") : "en";
const table = STRINGS[LANG];

// t("typing", {name: "X"}) -> the string with {placeholders} filled in.
export function t(key, vars) {
  const text = key in table ? table[key] : STRINGS.en[key];
  if (text === undefined) throw new Error("no string " + key);
  return vars ? text.replace(/\{(\w+)\}/g, (m, name) => (name in vars ? String(vars[name]) : m)) : text;
}

// Fills data-i18n (text) and data-i18n-attr ("aria-label:key;placeholder:key") in the page.
export function applyStrings(root) {
  const html = document.documentElement;
  html.lang = t("lang");
  html.dir = t("dir");
  root.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll("[data-i18n-attr]").forEach((el) => {
    el.dataset.i18nAttr.split(";").forEach((pair) => {
      const [attr, key] = pair.split(":");
      el.setAttribute(attr.trim(), t(key.trim()));
    });
  });
}

export function formatNumber(n) {
  return Number(n).toLocaleString(LANG);
}
