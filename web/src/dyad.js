// The dyad view: events per month by quad and the cooperation–conflict
// score for a pair of actors, with the events beneath; clicking a month in
// the chart (or its row in the data table) filters the list to it.

import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { h, clear, field } from './dom.js';
import { api, cached, qs } from './api.js';
import { QUADS } from './plover.js';
import { eventList } from './eventlist.js';
import { actorList } from './events.js';
import { firstDay, lastDay, monthName } from './format.js';
import { months } from './months.js';

export const COLORS = { verbal_cooperation: '#1f6fb2', material_cooperation: '#1a7f37', verbal_conflict: '#9a4d00', material_conflict: '#c0262d', score: '#3b3b3b' };

function dyadForm(a, b, navigate) {
  const inp = (name, v, label) => field(label, h('input', { name, id: 'd-' + name, value: v || '', list: 'actor-keys', required: true, autocomplete: 'off', placeholder: name === 'a' ? 'USA' : 'JPN', size: 8 }));
  const form = h('form', { class: 'dyad-form', 'aria-label': 'Choose a dyad' },
    inp('a', a, 'Actor A'), inp('b', b, 'Actor B'), h('button', { type: 'submit', class: 'primary' }, 'Show'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(form);
    const x = String(f.get('a')).trim().toUpperCase(), y = String(f.get('b')).trim().toUpperCase();
    if (x && y) navigate(`/dyad/${encodeURIComponent(x)}/${encodeURIComponent(y)}`);
  });
  return form;
}

// nonZero shows a point only where a quad has events: empty months stay a
// plain line at zero.
function nonZero(u, si, show) {
  if (!show) return null;
  const out = [];
  u.data[si].forEach((v, i) => { if (v) out.push(i); });
  return out;
}

function chart(el, ms, selected, onPick) {
  // The x axis counts months (0, 1, ...): one tick per month or per few
  // months, labelled by name, never a mid-month date.
  const xs = ms.map((p, i) => i);
  const short = ms.map((p) => (p.gap ? '…' : monthName(p.period, true)));
  // null breaks a line (a long gap); undefined is skipped over (an empty
  // month has no score, but the score line goes on).
  const data = [xs, ...QUADS.map((q) => ms.map((p) => (p.gap ? null : p.quads[q.key] || 0))),
    ms.map((p) => (p.gap ? null : p.total ? p.score : undefined))];
  const gaps = xs.filter((i) => ms[i].gap);
  const selIdx = selected ? ms.findIndex((p) => p.period === selected) : -1;
  const width = () => Math.max(280, el.clientWidth);
  const opts = {
    width: width(),
    height: 280,
    title: '',
    scales: { x: { time: false, range: () => [-0.5, ms.length - 0.5] }, n: { range: (u, min, max) => [0, Math.max(1, max)] }, score: { range: [-10, 10] } },
    axes: [
      { stroke: '#333', grid: { stroke: '#e3e3e3' },
        splits: (u) => {
          const step = Math.max(1, Math.ceil(ms.length / Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / 80))));
          return xs.filter((i) => (i % step === 0 && !gaps.some((g) => Math.abs(g - i) < step / 2)) || ms[i].gap);
        },
        values: (u, splits) => splits.map((i) => short[i] || '') },
      { scale: 'n', label: 'Events', stroke: '#333', grid: { stroke: '#e3e3e3' }, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
      { scale: 'score', side: 1, label: 'Score', stroke: '#333', grid: { show: false } },
    ],
    series: [
      { label: 'Month', value: (u, i) => (i == null ? '—' : ms[i].gap ? `${monthName(ms[i].from, true)} – ${monthName(ms[i].to, true)}: none` : short[i]) },
      ...QUADS.map((q) => ({ label: q.label, scale: 'n', stroke: COLORS[q.key], width: 2, points: { show: true, size: 8, fill: COLORS[q.key], filter: nonZero } })),
      { label: 'Score', scale: 'score', stroke: COLORS.score, width: 2, dash: [6, 4], spanGaps: false, points: { show: true, size: 6 } },
    ],
    cursor: { drag: { x: false, y: false } },
    hooks: {
      drawClear: [(u) => {
        // Shade the selected month, and grey each long gap.
        const c = u.ctx;
        const half = Math.max(6 * devicePixelRatio, u.bbox.width / Math.max(1, xs.length) / 2);
        const band = (i, fill) => {
          const x = u.valToPos(xs[i], 'x', true);
          c.fillStyle = fill;
          c.fillRect(x - half, u.bbox.top, half * 2, u.bbox.height);
        };
        c.save();
        for (const g of gaps) band(g, 'rgba(0, 0, 0, 0.07)');
        if (selIdx >= 0) band(selIdx, 'rgba(255, 200, 0, 0.3)');
        c.restore();
      }],
    },
  };
  const u = new uPlot(opts, data, el);
  // Capture phase on the wrapper: uPlot swallows a click it takes for the
  // end of a drag when the pointer moved just before it.
  el.addEventListener('click', (e) => {
    if (!u.over.contains(e.target)) return;
    // The click's own position, not the cursor state, which a resize resets.
    const i = u.posToIdx(e.clientX - u.over.getBoundingClientRect().left);
    if (i != null && ms[i] && ms[i].total) onPick(ms[i].period);
  }, true);
  u.over.style.cursor = 'pointer';
  // Keyboard: the chart takes focus; arrows, Home and End move month by
  // month (the legend and a live region read the month out), Enter lists
  // that month's events.
  let ki = selIdx;
  const live = el.parentNode && el.parentNode.querySelector('.chart-live');
  el.addEventListener('keydown', (e) => {
    const last = xs.length - 1;
    let to = null;
    if (e.key === 'ArrowRight') to = ki < 0 ? 0 : Math.min(last, ki + 1);
    else if (e.key === 'ArrowLeft') to = ki < 0 ? last : Math.max(0, ki - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = last;
    else if (e.key === 'Enter' || e.key === ' ') {
      if (ki >= 0 && ms[ki].total) {
        e.preventDefault();
        onPick(ms[ki].period);
      }
      return;
    }
    if (to == null) return;
    e.preventDefault();
    ki = to;
    u.setCursor({ left: u.valToPos(xs[ki], 'x'), top: u.bbox.height / devicePixelRatio / 2 });
    if (live) {
      const p = ms[ki];
      live.textContent = p.gap ? `${monthName(p.from)} to ${monthName(p.to)}: no events`
        : `${monthName(p.period)}: ${p.total} events${p.total ? ', ' + QUADS.map((q) => `${q.label} ${p.quads[q.key] || 0}`).join(', ') + `, score ${p.score.toFixed(1)}; Enter lists them` : ''}`;
    }
  });
  // Tests and curious users can reach the chart: the DOM node keeps it.
  el.uplot = u;
  el.periods = ms.map((p) => p.period);
  let w = opts.width;
  const ro = new ResizeObserver(() => {
    if (width() !== w) u.setSize({ width: (w = width()), height: 280 });
  });
  ro.observe(el);
  return u;
}

function dataTable(ms, selected, hrefFor) {
  const rows = ms.filter((p) => p.total);
  return h('details', { class: 'data-table' },
    h('summary', null, `Data table (${rows.length} months with events)`),
    h('div', { class: 'table-wrap' },
      h('table', null,
        h('caption', { class: 'visually-hidden' }, 'Events per month by quad, with score'),
        h('thead', null, h('tr', null, h('th', { scope: 'col' }, 'Month'), h('th', { scope: 'col' }, 'Total'),
          QUADS.map((q) => h('th', { scope: 'col' }, q.label)), h('th', { scope: 'col' }, 'Score'))),
        h('tbody', null, rows.map((p) => h('tr', { class: p.period === selected ? 'selected' : null },
          h('th', { scope: 'row' }, h('a', { href: hrefFor(p.period), 'aria-current': p.period === selected ? 'true' : null }, monthName(p.period))),
          h('td', { class: 'num' }, p.total),
          QUADS.map((q) => h('td', { class: 'num' }, p.quads[q.key] || 0)),
          h('td', { class: 'num' }, p.score.toFixed(1))))))));
}

export async function dyadPage(ctx) {
  const main = clear(ctx.main);
  let [a, b] = ctx.params;
  if (!a || !b) {
    main.append(h('h1', null, 'Dyads'), h('p', null, 'What two actors did to each other, month by month.'), dyadForm('', '', ctx.navigate));
    actorList(main);
    const r = await cached('/api/actors?limit=300');
    const top = r.actors.slice(0, 6).map((x) => x.key);
    const pairs = [];
    for (let i = 0; i < top.length; i++) for (let j = i + 1; j < top.length; j++) pairs.push([top[i], top[j]]);
    main.append(h('h2', null, 'Pairs of the most active actors'),
      h('ul', { class: 'pairs' }, pairs.map(([x, y]) => h('li', null, h('a', { href: `/dyad/${x}/${y}` }, `${x} – ${y}`)))));
    ctx.ready('Dyads');
    return;
  }
  a = a.toUpperCase();
  b = b.toUpperCase();
  const p = ctx.url.searchParams;
  const period = p.get('period') || '';
  const offset = Number(p.get('offset')) || 0;
  const base = `/dyad/${encodeURIComponent(a)}/${encodeURIComponent(b)}`;
  const hrefFor = (per) => base + qs({ period: per });
  const evq = { a, b, since: period ? firstDay(period) : '', until: period ? lastDay(period) : '', limit: 50, offset };
  const [d, page] = await Promise.all([
    api('/api/dyads' + qs({ a, b, by: 'month' }), { signal: ctx.signal }),
    api('/api/events' + qs(evq), { signal: ctx.signal }),
  ]);
  const ms = months(d.periods);
  const chartEl = h('div', { class: 'chart', role: 'group', tabindex: '0', 'aria-roledescription': 'chart', 'aria-label': `Events per month between ${a} and ${b} by quad, and the cooperation–conflict score; arrow keys move month by month, Enter lists a month's events; the data table below has the same figures` });
  main.append(
    h('h1', null, `${a} ↔ ${b}`),
    dyadForm(a, b, ctx.navigate),
    h('p', { class: 'summary' }, `${d.total} events`, d.total ? ` · mean score ${d.score.toFixed(1)} (−10 conflict … +10 cooperation)` : '',
      ' · ', h('a', { href: `/dyad/${encodeURIComponent(b)}/${encodeURIComponent(a)}` }, 'swap')),
  );
  actorList(main);
  if (ms.length) {
    main.append(h('figure', { class: 'chart-fig' }, chartEl,
      h('p', { class: 'chart-live visually-hidden', 'aria-live': 'polite' }),
      h('figcaption', null, 'Click a month (or focus the chart and use the arrow keys and Enter) to list its events.')), dataTable(ms, period, hrefFor));
  }
  const listH = h('h2', { id: 'dyad-events' }, period ? `Events in ${monthName(period)}` : 'All events');
  main.append(h('section', { 'aria-labelledby': 'dyad-events', class: 'results-section' },
    listH, period ? h('p', null, h('a', { href: base }, 'Show all months')) : null,
    eventList(page, (o) => base + qs({ period, offset: o || '' }))));
  if (ms.length) chart(chartEl, ms, period, (per) => ctx.navigate(hrefFor(per)));
  ctx.ready(`${a}–${b}`);
}
