// Formatting of amounts, dates and byte offsets.

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function money(value, unit) {
  if (value == null) return '';
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency: unit || 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(value);
  } catch {
    return `${compact.format(value)} ${unit || ''}`.trim();
  }
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

export function monthName(period) {
  const [y, m] = period.split('-').map(Number);
  if (!m) return period;
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
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
