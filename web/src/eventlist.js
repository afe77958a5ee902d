// The event list shared by the events page and the dyad view: each event
// with its type, dyad, date, amount and the evidence sentence with the
// trigger marked, plus pagination links that keep the rest of the URL.

import { h } from './dom.js';
import { quadOf, kindLabel } from './plover.js';
import { ByteIndex, quantity } from './format.js';

export function typeBadge(type) {
  return h('span', { class: `badge q${quadOf(type)}` }, type);
}

function keys(es) {
  const out = [];
  for (const e of es || []) {
    for (const k of [e.org, e.country]) if (k && !out.includes(k)) out.push(k);
  }
  return out;
}

function party(es) {
  if (!es || !es.length) return h('span', { class: 'muted' }, '—');
  const ks = keys(es);
  const names = [...new Set(es.map((e) => e.name))].join(', ');
  return h('span', { class: 'party', title: names }, ks.length ? ks.join(' ') : names, ks.length ? h('span', { class: 'pname' }, ' ' + names) : null);
}

// evidence renders the sentence with the trigger in a <mark>.
export function evidence(ev) {
  const text = ev.evidence || '';
  const bq = h('blockquote', { class: 'evidence' });
  let s = -1, e = -1;
  if (ev.trigger && ev.trigger.span && ev.span) {
    const bi = new ByteIndex(text);
    s = bi.at(ev.trigger.span[0] - ev.span[0]);
    e = bi.at(ev.trigger.span[1] - ev.span[0]);
    if (text.slice(s, e) !== ev.trigger.text) s = -1;
  }
  if (s < 0 && ev.trigger && ev.trigger.text) {
    s = text.indexOf(ev.trigger.text);
    e = s + ev.trigger.text.length;
  }
  if (s < 0) {
    bq.append(text);
  } else {
    bq.append(text.slice(0, s), h('mark', { class: 'trigger' }, text.slice(s, e)), text.slice(e));
  }
  return bq;
}

export function eventItem(ev) {
  const ak = keys(ev.actor), rk = keys(ev.recipient);
  const dyad = ak.length && rk.length && ak[0] !== rk[0] ? `/dyad/${encodeURIComponent(ak[0])}/${encodeURIComponent(rk[0])}` : null;
  const amounts = (ev.quantities || []).map(quantity);
  const docHref = `/documents/${encodeURIComponent(ev.doc)}#e-${ev.id}`;
  return h('li', { class: 'event', dataset: { id: ev.id } },
    h('div', { class: 'ev-head' },
      typeBadge(ev.type),
      ev.kind ? h('span', { class: 'chip' }, kindLabel(ev.kind)) : null,
      ev.status && ev.status !== 'occurred' ? h('span', { class: 'chip status' }, ev.status) : null,
      h('span', { class: 'dyad' }, party(ev.actor), h('span', { 'aria-label': 'to' }, ' → '), party(ev.recipient)),
      amounts.length ? h('span', { class: 'amount' }, amounts.join(', ')) : null,
      h('time', { class: 'date', datetime: ev.date || '' }, ev.date || 'undated')),
    evidence(ev),
    h('div', { class: 'ev-foot' },
      h('a', { href: docHref }, ev.doc_title || `Document ${ev.doc}`),
      h('span', { class: 'muted' }, ` · ${ev.num_mentions || 1} mention${ev.num_mentions === 1 ? '' : 's'} in ${ev.num_documents || 1} document${ev.num_documents === 1 ? '' : 's'}`),
      ev.sources && ev.sources.length ? h('span', { class: 'muted' }, ' · ' + ev.sources.join(', ')) : null,
      dyad ? h('span', null, ' · ', h('a', { href: dyad }, `${ak[0]}–${rk[0]} dyad`)) : null));
}

// pager returns previous/next links for a page of results.
export function pager(total, limit, offset, hrefFor) {
  const from = total ? offset + 1 : 0;
  const to = Math.min(offset + limit, total);
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: hrefFor(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : h('span', { class: 'muted' }, '← Previous'),
    h('span', { class: 'count', 'aria-live': 'polite' }, `${from}–${to} of ${total.toLocaleString('en')}`),
    offset + limit < total ? h('a', { href: hrefFor(offset + limit), rel: 'next' }, 'Next →') : h('span', { class: 'muted' }, 'Next →'));
}

export function eventList(page, hrefFor) {
  if (!page.events.length) return h('p', { class: 'empty' }, 'No events match.');
  return h('div', { class: 'results' },
    pager(page.total, page.limit, page.offset, hrefFor),
    h('ol', { class: 'events', start: page.offset + 1 }, page.events.map(eventItem)),
    page.total > page.limit ? pager(page.total, page.limit, page.offset, hrefFor) : null);
}
