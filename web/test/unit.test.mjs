// Unit tests of the front end's data code: span nesting for the document
// view, byte offsets, the dyad chart's months (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collect, tree } from '../src/spans.js';
import { ByteIndex } from '../src/format.js';

const enc = new TextEncoder();
const bytes = (text, sub, from = 0) => {
  const i = text.indexOf(sub, from);
  assert.ok(i >= 0, sub);
  const s = enc.encode(text.slice(0, i)).length;
  return [s, s + enc.encode(sub).length];
};

// flatten renders the tree as text with [kind ...] brackets.
function flatten(text, node) {
  let out = '', at = node.s;
  for (const c of node.children) {
    out += text.slice(at, c.s) + `[${c.sp.kind}${c.part ? '*' : ''} ` + flatten(text, c) + ']';
    at = c.e;
  }
  return out + text.slice(at, node.e);
}

test('ByteIndex maps UTF-8 offsets to UTF-16 indices', () => {
  const t = 'a’b😀c';
  const bi = new ByteIndex(t);
  assert.equal(bi.at(0), 0);
  assert.equal(bi.at(1), 1); // ’ starts
  assert.equal(bi.at(4), 2); // b
  assert.equal(bi.at(5), 3); // 😀 (two UTF-16 units)
  assert.equal(bi.at(9), 5); // c
  assert.equal(bi.at(10), 6);
});

test('spans nest: a quote holds an actor and a trigger', () => {
  const text = 'He said “Japan’s navy will sell boats,” officials said.';
  const result = {
    entities: [{ name: 'Japan', text: 'Japan', span: bytes(text, 'Japan') }],
    quotes: [{ text: 'Japan’s navy will sell boats,', span: bytes(text, 'Japan’s navy will sell boats,') }],
    events: [{ id: 'e1', type: 'AID', actor: [{ name: 'Japan', text: 'Japan', span: bytes(text, 'Japan') }], recipient: [],
      trigger: { text: 'sell', span: bytes(text, 'sell') }, quantities: [] }],
  };
  const spans = collect(result);
  assert.equal(spans.length, 3, 'the actor of the event and the entity are one span');
  assert.equal(flatten(text, tree(text, spans)), 'He said “[quote [actor Japan]’s navy will [trigger sell] boats,]” officials said.');
});

test('crossing spans are split, and the text is kept whole', () => {
  const text = 'The United States imposed tariffs today.';
  const spans = [
    { kind: 'actor', start: 4, end: 17, titles: new Set(), evs: new Set() }, // United States
    { kind: 'trigger', start: 11, end: 33, titles: new Set(), evs: new Set() }, // States imposed tariffs
  ];
  const root = tree(text, spans);
  assert.equal(flatten(text, root), 'The [actor United [trigger* States]][trigger*  imposed tariffs] today.');
});

test('equal spans of two kinds nest in a fixed order', () => {
  const text = 'Russia attacked.';
  const mk = (kind) => ({ kind, start: 0, end: 6, titles: new Set(), evs: new Set() });
  assert.equal(flatten(text, tree(text, [mk('trigger'), mk('actor'), mk('quote')])), '[quote [actor [trigger Russia]]] attacked.');
});

test('months fill short gaps with empty months and fold long ones', async () => {
  const { months } = await import('../src/months.js');
  const p = (period, total) => ({ period, total, quads: {}, types: {}, score: 1 });
  const ms = months([p('1987-11', 2), p('1988-02', 1), p('2025-03', 4)]);
  assert.deepEqual(ms.map((m) => m.gap ? `…${m.from}..${m.to}` : `${m.period}:${m.total}`),
    ['1987-11:2', '1987-12:0', '1988-01:0', '1988-02:1', '…1988-03..2025-02', '2025-03:4']);
  assert.deepEqual(months([]), []);
});
