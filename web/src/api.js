// The JSON API client: one fetch helper with readable errors, and a memo for
// the lists that rarely change (actors, kind counts).

export class APIError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function api(path, opts = {}) {
  const res = await fetch(path, { headers: { Accept: 'application/json', ...(opts.headers || {}) }, ...opts });
  let body;
  try {
    body = await res.json();
  } catch {
    throw new APIError(res.status, `${res.status} ${res.statusText}: the server did not answer with JSON`);
  }
  if (!res.ok) throw new APIError(res.status, body && body.error ? body.error : `${res.status} ${res.statusText}`);
  return body;
}

const memo = new Map();

// cached returns the same promise for the same path until it fails.
export function cached(path) {
  if (!memo.has(path)) {
    const p = api(path);
    p.catch(() => memo.delete(path));
    memo.set(path, p);
  }
  return memo.get(path);
}

// qs builds a query string from an object, dropping empty values.
export function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v == null || v === '') continue;
    u.set(k, String(v));
  }
  const s = u.toString();
  return s ? '?' + s : '';
}
