// The school's colour, guarded: whatever data-color a site sets, text on it keeps 4.5:1 and its
// edges keep 3:1 against the white page. embed.js carries the same rule for the launcher.
export function normalHex(value) {
  if (!/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(value || "")) return null;
  if (value.length === 4) value = "#" + value[1] + value[1] + value[2] + value[2] + value[3] + value[3];
  return value.toLowerCase();
}

function channels(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function luminance(hex) {
  const [r, g, b] = channels(hex).map((c) => {
    c /= 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a, b) {
  const la = luminance(a), lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function darker(hex, amount) {
  return "#" + channels(hex).map((c) => Math.round(c * (1 - amount)).toString(16).padStart(2, "0")).join("");
}

const TEXTS = ["#ffffff", "#111111", "#000000"];

function bestText(hex) {
  return TEXTS.reduce((best, text) => (contrast(hex, text) > contrast(hex, best) ? text : best));
}

// {brand, onBrand, edge}: brand darkened only as far as needed for 4.5:1 text on it; edge is a
// version of it with 3:1 against white, for borders of bubbles, buttons and the header.
export function guardBrand(value) {
  let brand = normalHex(value) || "#0b5394";
  for (let i = 0; i < 40 && contrast(brand, bestText(brand)) < 4.5; i++) brand = darker(brand, 0.04);
  let edge = brand;
  for (let i = 0; i < 60 && contrast(edge, "#ffffff") < 3; i++) edge = darker(edge, 0.04);
  return { brand, onBrand: bestText(brand), edge };
}

export function applyBrand(value) {
  if (!normalHex(value)) return;
  const { brand, onBrand, edge } = guardBrand(value);
  const root = document.documentElement.style;
  root.setProperty("--brand", brand);
  root.setProperty("--on-brand", onBrand);
  root.setProperty("--brand-edge", edge);
}
