// Talking to the web front: JSON in and out, errors as {status, code, retryAfter}.
function parse(res) {
  return res.json().catch(() => null).then((data) => ({
    status: res.status,
    ok: res.ok,
    data,
    retryAfter: Number(res.headers.get("Retry-After")) || null,
  }));
}

export function postJSON(url, body) {
  return fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body || {}),
    credentials: "same-origin",
  }).then(parse);
}

export function getJSON(url) {
  return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(parse);
}

// An error the page can explain: `key` names a string in i18n.js.
export function failure(r, fallbackKey) {
  const err = new Error("request failed");
  err.status = r ? r.status : 0;
  const code = r && r.data && r.data.error;
  err.key = ["bad_request", "forbidden", "upstream"].includes(code) ? code : fallbackKey;
  err.retryAfter = r ? r.retryAfter : null;
  return err;
}
