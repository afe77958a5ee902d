// The events page: full-text search and filters held in the URL, and the
// matching events with their evidence.

import { h, clear, field, select } from './dom.js';
import { api, APIError, cached, qs } from './api.js';
import { KINDS, STATUSES, TYPES, kindLabel } from './plover.js';
import { eventList } from './eventlist.js';

export const FILTERS = ['q', 'actor', 'recipient', 'type', 'kind', 'status', 'since', 'until', 'source', 'sort'];

// actorList makes the shared <datalist> of actor keys and fills it the first
// time an actor field gets focus: the list costs a query that the page's
// first paint should not wait behind.
export function actorList(root) {
  let dl = document.getElementById('actor-keys');
  if (!dl) {
    dl = h('datalist', { id: 'actor-keys' });
    document.body.append(dl);
  }
  const fill = () => {
    if (dl.dataset.filled) return;
    dl.dataset.filled = '1';
    cached('/api/actors?limit=300').then((r) => {
      for (const a of r.actors) dl.append(h('option', { value: a.key }, `${a.key} (${a.as_actor + a.as_recipient} events)`));
    }).catch((err) => {
      delete dl.dataset.filled;
      console.warn('actors:', err.message);
    });
  };
  for (const el of root.querySelectorAll('input[list="actor-keys"]')) el.addEventListener('focus', fill, { once: true });
  return dl;
}

function filterForm(p, navigate) {
  const active = FILTERS.filter((k) => k !== 'q' && k !== 'sort' && p.get(k)).length;
  const input = (name, type = 'text', extra = {}) => h('input', { name, id: 'f-' + name, type, value: p.get(name) || '', ...extra });
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter events' },
    h('div', { class: 'search-row' },
      field('Search evidence', input('q', 'search', { placeholder: 'e.g. tariffs steel', autocomplete: 'off' })),
      h('button', { type: 'submit', class: 'primary' }, 'Search')),
    h('details', { class: 'more', open: active || matchMedia('(min-width: 48rem)').matches },
      h('summary', null, active ? `Filters (${active} set)` : 'Filters'),
      h('div', { class: 'grid' },
      field('Actor', input('actor', 'text', { list: 'actor-keys', placeholder: 'USA', autocomplete: 'off' })),
      field('Recipient', input('recipient', 'text', { list: 'actor-keys', placeholder: 'JPN', autocomplete: 'off' })),
      field('Type', select('type', p.get('type') || '', [['', 'Any type'], ...Object.keys(TYPES)], { id: 'f-type' })),
      field('Kind', select('kind', p.get('kind') || '', [['', 'Any kind'], ...KINDS.map((k) => [k, kindLabel(k)])], { id: 'f-kind' })),
      field('Status', select('status', p.get('status') || '', [['', 'Any status'], ...STATUSES], { id: 'f-status' })),
      field('From', input('since', 'date', { min: '1900-01-01', max: '2100-12-31' })),
      field('To', input('until', 'date', { min: '1900-01-01', max: '2100-12-31' })),
      field('Source', input('source', 'text', { placeholder: 'voanews.com', autocomplete: 'off' })),
      field('Sort', select('sort', p.get('sort') || '', [['', 'Newest first'], ['date', 'Oldest first'], ['-mentions', 'Most reported']], { id: 'f-sort' })))),
    h('p', { class: 'form-actions' }, h('a', { href: '/events' }, 'Clear filters')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const out = {};
    for (const [k, v] of new FormData(form)) if (String(v).trim()) out[k] = String(v).trim();
    navigate('/events' + qs(out));
  });
  // Selects apply at once: one less click, and the URL stays the truth.
  for (const s of form.querySelectorAll('select')) s.addEventListener('change', () => form.requestSubmit());
  return form;
}

export async function eventsPage(ctx) {
  const p = ctx.url.searchParams;
  const params = {};
  for (const k of FILTERS) if (p.get(k)) params[k] = p.get(k);
  const limit = 50;
  const offset = Number(p.get('offset')) || 0;
  const main = clear(ctx.main);
  const results = h('section', { 'aria-labelledby': 'results-h', class: 'results-section' },
    h('h2', { id: 'results-h', class: 'visually-hidden' }, 'Results'), h('p', { class: 'muted' }, 'Loading…'));
  main.append(h('h1', null, 'Events'), filterForm(p, ctx.navigate), results);
  actorList(main);
  let page;
  try {
    page = await api('/api/events' + qs({ ...params, limit, offset }), { signal: ctx.signal });
  } catch (err) {
    // A filter the API refuses (a bad date, too many values): say so and
    // keep the form, so it can be fixed.
    if (!(err instanceof APIError) || err.status !== 400) throw err;
    clear(results).append(h('p', { class: 'error', role: 'alert' }, 'The filters are not valid: ' + err.message));
    ctx.ready('Events');
    return;
  }
  const hrefFor = (o) => '/events' + qs({ ...params, offset: o || '' });
  clear(results).append(h('h2', { id: 'results-h', class: 'visually-hidden' }, 'Results'), eventList(page, hrefFor));
  const n = Object.keys(params).length;
  ctx.ready(n ? `Events (${page.total})` : 'Events');
}
