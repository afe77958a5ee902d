// Formatting of amounts, dates and byte offsets.

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

// Formatters are costly to make (a millisecond each on a slow machine), so
// each is made once.
const currencies = new Map();

export function money(value, unit) {
  if (value == null) return '';
  const cur = unit || 'USD';
  if (!currencies.has(cur)) {
    let f = null;
    try {
      f = new Intl.NumberFormat('en', { style: 'currency', currency: cur, notation: 'compact', maximumFractionDigits: 1 });
    } catch {
      // not an ISO 4217 code: number and unit below
    }
    currencies.set(cur, f);
  }
  const f = currencies.get(cur);
  return f ? f.format(value) : `${compact.format(value)} ${cur}`;
}

// quantity formats one attache.Quantity.
export function quantity(q) {
  const approx = q.approx ? '~' : '';
  switch (q.kind) {
    case 'money': return approx + money(q.value, q.unit);
    case 'percent': return `${approx}${q.value}%`;
    case 'multiplier': return `${approx}×${q.value}`;
    default: return approx + compact.format(q.value);
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// monthName turns 2025-03 into "March 2025" (short: "Mar 2025").
export function monthName(period, short = false) {
  const [y, m] = period.split('-').map(Number);
  if (!m || m > 12) return period;
  return `${short ? MONTHS[m - 1].slice(0, 3) : MONTHS[m - 1]} ${y}`;
}

// lastDay returns the last YYYY-MM-DD of a YYYY-MM or YYYY period.
export function lastDay(period) {
  const [y, m] = period.split('-').map(Number);
  if (!m) return `${y}-12-31`;
  const d = new Date(Date.UTC(y, m, 0));
  return d.toISOString().slice(0, 10);
}

export function firstDay(period) {
  return period.length === 4 ? period + '-01-01' : period.length === 7 ? period + '-01' : period;
}

const enc = new TextEncoder();

// ByteIndex maps the API's UTF-8 byte offsets into a JS string's UTF-16
// indices.
export class ByteIndex {
  constructor(text) {
    this.text = text;
    this.ascii = enc.encode(text).length === text.length;
    if (this.ascii) return;
    const map = new Uint32Array(enc.encode(text).length + 1);
    let b = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i);
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      for (let k = 0; k < n; k++) map[b + k] = i;
      b += n;
      if (c >= 0x10000) i++;
    }
    map[b] = text.length;
    this.map = map;
  }
  at(byte) {
    if (this.ascii) return Math.max(0, Math.min(byte, this.text.length));
    return this.map[Math.max(0, Math.min(byte, this.map.length - 1))];
  }
}

export function pct(x) {
  return Math.round(x * 100) + '%';
}
