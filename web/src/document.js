// Documents: a searchable list, and one document with every coded span
// marked and its events beside it (type, dyad, rule and confidence: what
// `attache extract --explain` prints).

import { h, clear, field } from './dom.js';
import { api, qs } from './api.js';
import { collect, tree } from './spans.js';
import { typeBadge } from './eventlist.js';
import { kindLabel } from './plover.js';
import { pct, quantity } from './format.js';

const LEGEND = [['actor', 'Actor'], ['trigger', 'Trigger'], ['quantity', 'Quantity'], ['date', 'Date'], ['location', 'Location'], ['quote', 'Quote']];

function renderNode(text, node, el) {
  let at = node.s;
  for (const c of node.children) {
    if (c.s > at) el.append(text.slice(at, c.s));
    const sp = c.sp;
    const m = document.createElement('mark');
    m.className = 'm m-' + sp.kind;
    m.dataset.kind = sp.kind;
    m.dataset.start = sp.start;
    m.dataset.end = sp.end;
    if (c.part) m.dataset.part = '';
    if (sp.evs.size) m.dataset.ev = [...sp.evs].join(' ');
    if (sp.titles.size) m.title = [...sp.titles].join('\n');
    renderNode(text, c, m);
    el.append(m);
    at = c.e;
  }
  if (node.e > at) el.append(text.slice(at, node.e));
}

function names(es) {
  if (!es || !es.length) return '—';
  return [...new Set(es.map((e) => [e.org || e.country, e.name].filter(Boolean).join(' ')))].join(', ');
}

// ruleText shortens "builtin:triggers.tsv:186 \"...\"" to its location and pattern.
function ruleParts(rule) {
  const m = /^(\S+)\s+(.*)$/.exec(rule || '');
  return m ? [m[1], m[2]] : [rule || '', ''];
}

function eventCard(ev, uid, article) {
  const [where, pattern] = ruleParts(ev.rule);
  const marks = () => article.querySelectorAll(`mark[data-ev~="${ev.id}"]`);
  const hl = (on) => { for (const m of marks()) m.classList.toggle('hl', on); };
  const show = () => {
    const t = article.querySelector(`mark.m-trigger[data-ev~="${ev.id}"]`) || marks()[0];
    if (!t) return;
    t.scrollIntoView({ block: 'center', behavior: 'smooth' });
    t.setAttribute('tabindex', '-1');
    t.focus({ preventScroll: true });
    hl(true);
  };
  const li = h('li', { class: 'doc-event', id: 'e-' + (uid || ev.id), tabindex: '-1', dataset: { ev: ev.id, uid: uid || '' },
    onmouseenter: () => hl(true), onmouseleave: () => hl(false), onfocusin: () => hl(true), onfocusout: () => hl(false) },
  h('div', { class: 'ev-head' }, typeBadge(ev.type), ev.kind ? h('span', { class: 'chip' }, kindLabel(ev.kind)) : null,
    ev.status !== 'occurred' ? h('span', { class: 'chip status' }, ev.status) : null,
    h('time', { class: 'date', datetime: ev.date || '' }, ev.date || 'undated')),
  h('p', { class: 'dyad' }, names(ev.actor), ' → ', names(ev.recipient)),
  h('dl', { class: 'explain' },
    h('dt', null, 'Trigger'), h('dd', null, h('button', { type: 'button', class: 'link', onclick: show, 'aria-label': `Show trigger “${ev.trigger.text}” in the text` }, '“' + ev.trigger.text + '”')),
    ev.quantities && ev.quantities.length ? [h('dt', null, 'Amount'), h('dd', null, ev.quantities.map(quantity).join(', '))] : null,
    ev.deadline ? [h('dt', null, 'Deadline'), h('dd', null, ev.deadline)] : null,
    ev.location ? [h('dt', null, 'Where'), h('dd', null, ev.location.name)] : null,
    ev.topics && ev.topics.length ? [h('dt', null, 'Topics'), h('dd', null, ev.topics.join(', '))] : null,
    ev.attribution && ev.attribution.speaker ? [h('dt', null, 'Said by'), h('dd', null, ev.attribution.speaker.name)] : null,
    h('dt', null, 'Rule'), h('dd', null, h('code', { class: 'rule' }, where), pattern ? h('code', { class: 'pattern' }, pattern) : null),
    h('dt', null, 'Confidence'), h('dd', null, h('meter', { min: 0, max: 1, value: ev.confidence, 'aria-hidden': 'true' }), ' ', pct(ev.confidence)),
    ev.mentions && ev.mentions.length > 1 ? [h('dt', null, 'Mentions'), h('dd', null, `${ev.mentions.length} in this text`)] : null));
  return li;
}

// codedView renders a text with its spans and events side by side. uids,
// index-aligned with the events, are their stored ids: event lists link to
// #e-UID.
export function codedView(text, result, uids = []) {
  const article = h('div', { class: 'doc-text', lang: 'en' });
  renderNode(text, tree(text, collect(result)), article);
  article.addEventListener('click', (e) => {
    const m = e.target.closest('mark[data-ev]');
    if (!m) return;
    const id = m.dataset.ev.split(' ')[0];
    const card = document.querySelector(`li.doc-event[data-ev="${id}"]`);
    if (card) {
      card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      card.focus({ preventScroll: true });
    }
  });
  const evs = result.events || [];
  return h('div', { class: 'coded' },
    h('ul', { class: 'legend', 'aria-label': 'Legend' }, LEGEND.map(([k, l]) => h('li', null, h('mark', { class: 'm m-' + k }, l))),
      h('li', { class: 'jump' }, h('a', { href: '#doc-events-h' }, `${evs.length} event${evs.length === 1 ? '' : 's'} ↓`))),
    h('div', { class: 'doc-grid' },
      h('section', { class: 'doc-body', 'aria-label': 'Text with coded spans' }, article),
      h('aside', { class: 'doc-events', 'aria-labelledby': 'doc-events-h' },
        h('h2', { id: 'doc-events-h' }, `${evs.length} event${evs.length === 1 ? '' : 's'}`),
        evs.length ? h('ol', null, evs.map((ev, i) => eventCard(ev, uids[i], article))) : h('p', { class: 'empty' }, 'No events coded in this text.'))));
}

export async function documentPage(ctx) {
  const id = ctx.params[0];
  const main = clear(ctx.main);
  const d = await api(`/api/documents/${encodeURIComponent(id)}`, { signal: ctx.signal });
  const uids = d.event_ids || [];
  main.append(
    h('p', { class: 'crumbs' }, h('a', { href: '/documents' }, 'Documents')),
    h('h1', null, d.title || `Document ${d.id}`),
    h('p', { class: 'meta' }, [d.date, d.source, /^https?:\/\//i.test(d.url || '') ? h('a', { href: d.url, rel: 'noopener noreferrer' }, 'original') : null, `id ${d.id}`]
      .filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    codedView(d.text, d.result, uids));
  ctx.ready(d.title || d.id);
  if (location.hash.startsWith('#e-')) {
    const el = document.getElementById(location.hash.slice(1));
    if (el) {
      el.classList.add('target');
      el.scrollIntoView({ block: 'start' });
      el.focus({ preventScroll: true });
    }
  }
}

// snippet shows the search's excerpt, whose matches the API puts in [ ].
function snippet(s) {
  const p = h('p', { class: 'snippet' });
  s.split(/(\[[^\]]*\])/).forEach((part, i) => p.append(i % 2 ? h('mark', { class: 'trigger' }, part.slice(1, -1)) : part));
  return p;
}

export async function documentsPage(ctx) {
  const p = ctx.url.searchParams;
  const q = p.get('q') || '';
  const offset = Number(p.get('offset')) || 0;
  const limit = 50;
  const main = clear(ctx.main);
  const input = h('input', { type: 'search', name: 'q', id: 'doc-q', value: q, placeholder: 'e.g. Taliban', autocomplete: 'off' });
  const form = h('form', { role: 'search', class: 'search-row', 'aria-label': 'Search documents' }, field('Search documents', input), h('button', { class: 'primary', type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    ctx.navigate('/documents' + qs({ q: input.value.trim() }));
  });
  main.append(h('h1', null, 'Documents'), form);
  const r = await api('/api/documents' + qs({ q, limit, offset }), { signal: ctx.signal });
  const docs = r.documents || [];
  main.append(docs.length ? h('ol', { class: 'doc-list', start: offset + 1 }, docs.map((d) => h('li', null,
    h('a', { href: `/documents/${encodeURIComponent(d.id)}` }, d.title || d.id),
    h('span', { class: 'muted' }, ` · ${d.date || 'undated'} · ${d.source || ''} · ${d.events} event${d.events === 1 ? '' : 's'}`),
    d.snippet ? snippet(d.snippet) : null))) :
    h('p', { class: 'empty' }, q ? 'No documents match.' : 'No documents stored yet.'),
  h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: '/documents' + qs({ q, offset: Math.max(0, offset - limit) || '' }) }, '← Previous') : null,
    docs.length === limit ? h('a', { href: '/documents' + qs({ q, offset: offset + limit }) }, 'Next →') : null));
  ctx.ready('Documents');
}
