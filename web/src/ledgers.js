// Ledgers: one table per fact kind (arms sales, tariffs, pledges, ...),
// sortable by any column (the sort is in the URL) and exportable as CSV.

import { h, clear } from './dom.js';
import { api, cached, qs } from './api.js';
import { LEDGERS } from './plover.js';
import { money } from './format.js';

const PARTIES = {
  arms_sale: ['Seller', 'Buyer'], tariff: ['Imposed by', 'On'], tariff_relief: ['Granted by', 'To'],
  defense_spending: ['Pledged by', 'To'], investment_block: ['Blocked by', 'Investor'], sanctions: ['Imposed by', 'On'],
  meeting: ['Who', 'With'], investment: ['Investor', 'In'], trade_deal: ['Party', 'With'],
};

const today = new Date().toISOString().slice(0, 10);

// deadline says whether a pledge is still due or overdue.
function deadline(r) {
  if (!r.deadline) return '';
  if (r.status === 'occurred') return `${r.deadline} (met)`;
  return r.deadline < today ? `${r.deadline} (overdue)` : `${r.deadline} (due)`;
}

function amount(r) {
  const out = [];
  if (r.money != null) out.push((r.approx ? '~' : '') + money(r.money, r.unit));
  if (r.percent != null) out.push(`${r.percent}%`);
  if (r.multiplier != null) out.push(`×${r.multiplier}`);
  return out.join(', ');
}

function item(r) {
  const f = r.facts || {};
  return f.item || f.weapon || f.product || f.goods || f.sector || f.relief || f.target || r.trigger;
}

// party shows keys and names; the API joins several names with ';'.
function party(keys, names) {
  return [keys.join(' '), (names || '').split(';').join(', ')].filter(Boolean).join(' · ');
}

function columns(kind) {
  const [a, b] = PARTIES[kind] || ['Actor', 'Recipient'];
  const cols = [
    { key: 'date', label: 'Date', value: (r) => r.date || '' },
    { key: 'actor', label: a, value: (r) => party(r.actor, r.actor_name) },
    { key: 'recipient', label: b, value: (r) => party(r.recipient, r.recipient_name) },
    { key: 'item', label: kind === 'meeting' ? 'What' : 'Item', value: item },
    { key: 'amount', label: 'Amount', value: amount, sort: (r) => r.money ?? r.percent ?? r.multiplier ?? -Infinity, num: true },
    { key: 'status', label: 'Status', value: (r) => r.status },
  ];
  if (kind === 'defense_spending' || kind === 'tariff' || kind === 'tariff_relief') cols.push({ key: 'deadline', label: 'Deadline', value: deadline });
  if (kind === 'meeting') cols.push({ key: 'topics', label: 'Topics', value: (r) => (r.topics || []).join(', ') }, { key: 'location', label: 'Where', value: (r) => r.location || '' });
  cols.push({ key: 'sources', label: 'Sources', value: (r) => `${r.num_documents} doc${r.num_documents === 1 ? '' : 's'}: ${(r.sources || []).join(', ')}`, sort: (r) => r.num_documents, num: true });
  return cols;
}

export async function ledgersPage(ctx) {
  const kind = ctx.params[0];
  if (!kind) {
    ctx.navigate('/ledgers/arms_sale', { replace: true });
    return;
  }
  const p = ctx.url.searchParams;
  const sortKey = p.get('sort') || 'date';
  const dir = p.get('dir') === 'asc' ? 'asc' : 'desc';
  const main = clear(ctx.main);
  const label = (LEDGERS.find(([k]) => k === kind) || [kind, kind])[1];
  const cols = columns(kind);
  const col = cols.find((c) => c.key === sortKey) || cols[0];
  const per = 100;
  const want = Math.max(1, Number(p.get('page')) || 1);
  // By date the server sorts and pages (the common view stays light); by any
  // other column the ledger's first 1000 rows are loaded and sorted here.
  const byServer = col.key === 'date';
  const url = `/api/ledgers/${encodeURIComponent(kind)}` +
    (byServer ? qs({ sort: dir === 'asc' ? 'date' : '-date', limit: per, offset: (want - 1) * per }) : '?limit=1000');
  const [counts, data] = await Promise.all([
    cached('/api/counts?by=kind').catch(() => ({ counts: [] })),
    api(url, { signal: ctx.signal }),
  ]);
  const n = new Map(counts.counts.map((c) => [c.key, c.n]));
  let rows, count, pages, pg;
  if (byServer) {
    rows = data.rows;
    count = data.total;
    pages = Math.max(1, Math.ceil(count / per));
    pg = want;
  } else {
    const keyOf = col.sort || col.value;
    const coll = new Intl.Collator('en', { numeric: true });
    const sorted = data.rows.map((r) => [keyOf(r), r]).sort(([a], [b]) => {
      const c = typeof a === 'number' && typeof b === 'number' ? a - b : coll.compare(String(a), String(b));
      return dir === 'asc' ? c : -c;
    }).map(([, r]) => r);
    count = sorted.length;
    pages = Math.max(1, Math.ceil(count / per));
    pg = Math.min(pages, want);
    rows = sorted.slice((pg - 1) * per, pg * per);
  }
  const pageHref = (n) => `/ledgers/${kind}` + qs({ sort: p.get('sort'), dir: p.get('dir'), page: n > 1 ? n : '' });
  const pager = pages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Ledger pages' },
    pg > 1 ? h('a', { href: pageHref(pg - 1), rel: 'prev' }, '← Previous') : h('span', { class: 'muted' }, '← Previous'),
    h('span', { class: 'count' }, `rows ${(pg - 1) * per + 1}–${(pg - 1) * per + rows.length} of ${count}`),
    pg < pages ? h('a', { href: pageHref(pg + 1), rel: 'next' }, 'Next →') : h('span', { class: 'muted' }, 'Next →')) : null;
  const sortHref = (c) => `/ledgers/${kind}` + qs({ sort: c.key, dir: c.key === col.key && dir === 'desc' ? 'asc' : 'desc' });
  main.append(...[
    h('h1', null, 'Ledgers'),
    h('nav', { class: 'tabs', 'aria-label': 'Ledgers' }, h('ul', null, LEDGERS.map(([k, l]) => h('li', null,
      h('a', { href: `/ledgers/${k}`, 'aria-current': k === kind ? 'page' : null }, l, h('span', { class: 'n' }, ` ${n.get(k) || 0}`)))))),
    h('div', { class: 'ledger-head' },
      h('h2', null, `${label} `, h('span', { class: 'muted' }, `(${data.total})`)),
      h('a', { class: 'button', href: `/api/ledgers/${encodeURIComponent(kind)}` + qs({ format: 'csv', sort: byServer && dir === 'asc' ? 'date' : '-date' }), download: `${kind}.csv` }, 'Download CSV')),
    !byServer && data.total > data.rows.length ? h('p', { class: 'note' }, `Sorted over the latest ${data.rows.length} of ${data.total}; sort by date to page through all. The CSV has every row, by date.`) : null,
    pager,
    rows.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'ledger' },
      h('caption', { class: 'visually-hidden' }, `${label}, sorted by ${col.label} ${dir === 'asc' ? 'ascending' : 'descending'}`),
      h('thead', null, h('tr', null, cols.map((c) => h('th', { scope: 'col', 'aria-sort': c.key === col.key ? (dir === 'asc' ? 'ascending' : 'descending') : null, class: c.num ? 'num' : null },
        h('a', { href: sortHref(c), class: 'sort' }, c.label, h('span', { 'aria-hidden': 'true', class: 'arrow' }, c.key === col.key ? (dir === 'asc' ? ' ▲' : ' ▼') : '')))),
        h('th', { scope: 'col' }, 'Evidence'))),
      h('tbody', null, rows.map((r) => h('tr', { dataset: { id: r.id } },
        cols.map((c) => h('td', { class: [c.num ? 'num' : '', c.key].join(' ').trim(), dataset: { col: c.key } }, c.value(r))),
        h('td', { class: 'ev' }, h('a', { href: `/documents/${encodeURIComponent(r.doc)}#e-${r.id}`, title: r.evidence }, r.evidence || r.trigger))))))) :
      h('p', { class: 'empty' }, 'No entries in this ledger yet.'),
    pager ? pager.cloneNode(true) : null].filter(Boolean));
  ctx.ready(label);
}
