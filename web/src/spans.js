// Coded spans: every actor, trigger, quantity, date, location and quote the coder
// tied to the text, nested into a tree so that each span becomes one
// element (split only where two spans cross).

import { ByteIndex } from './format.js';

// Outer kinds first when two spans cover the same text.
const ORDER = { quote: 0, actor: 1, location: 2, trigger: 3, quantity: 4, date: 5 };

// collect returns the distinct spans of a result, in byte offsets.
export function collect(result) {
  const m = new Map();
  const add = (kind, span, text, title, ev) => {
    if (!span || span[1] <= span[0]) return;
    const k = `${kind}:${span[0]}:${span[1]}`;
    let s = m.get(k);
    if (!s) {
      s = { kind, start: span[0], end: span[1], text, titles: new Set(), evs: new Set() };
      m.set(k, s);
    }
    if (title) s.titles.add(title);
    if (ev) s.evs.add(ev);
  };
  const ent = (e, ev) => add('actor', e.span, e.text, entityTitle(e), ev);
  for (const e of result.entities || []) ent(e);
  for (const q of result.quotes || []) {
    add('quote', q.span, q.text, q.speaker ? `Quote of ${q.speaker.name}` : 'Quote');
    if (q.speaker) ent(q.speaker);
  }
  for (const t of result.times || []) {
    add('date', t.span, t.text, `${t.deadline ? 'Deadline' : 'Date'}: ${t.value} (${t.precision})`);
  }
  for (const ev of result.events || []) {
    for (const e of ev.actor || []) ent(e, ev.id);
    for (const e of ev.recipient || []) ent(e, ev.id);
    if (ev.attribution && ev.attribution.speaker) ent(ev.attribution.speaker, ev.id);
    if (ev.trigger) add('trigger', ev.trigger.span, ev.trigger.text, `${ev.type} trigger`, ev.id);
    for (const mn of ev.mentions || []) add('trigger', mn.span, mn.trigger, `${ev.type} trigger`, ev.id);
    for (const q of ev.quantities || []) add('quantity', q.span, q.text, `${q.kind}: ${q.value}${q.unit ? ' ' + q.unit : ''}`, ev.id);
    if (ev.location) add('location', ev.location.span, ev.location.name, `Location: ${ev.location.name}${ev.location.country ? ' (' + ev.location.country + ')' : ''}`, ev.id);
  }
  return [...m.values()];
}

export function entityTitle(e) {
  const code = [e.org, e.country, e.sector].filter(Boolean).join(' ');
  return `${e.name}${code ? ' · ' + code : ''}${e.role ? ' · ' + e.role : ''}`;
}

// tree nests spans (converted to UTF-16 offsets as s, e) under a root
// covering the text; a span crossing its parent's end is split in two.
export function tree(text, spans) {
  const bi = new ByteIndex(text);
  const queue = spans.map((sp) => ({ sp, s: bi.at(sp.start), e: bi.at(sp.end), children: [] }))
    .filter((n) => n.e > n.s);
  const cmp = (x, y) => x.s - y.s || y.e - x.e || ORDER[x.sp.kind] - ORDER[y.sp.kind];
  queue.sort(cmp);
  const root = { s: 0, e: text.length, children: [] };
  const stack = [root];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i];
    while (stack.length > 1 && n.s >= stack[stack.length - 1].e) stack.pop();
    const top = stack[stack.length - 1];
    if (n.e > top.e) {
      // Crossing: keep the part inside, queue the rest after it.
      const rest = { sp: n.sp, s: top.e, e: n.e, children: [], part: true };
      n.e = top.e;
      n.part = true;
      let j = i + 1;
      while (j < queue.length && cmp(queue[j], rest) <= 0) j++;
      queue.splice(j, 0, rest);
    }
    top.children.push(n);
    stack.push(n);
  }
  return root;
}
