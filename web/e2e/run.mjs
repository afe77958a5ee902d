// End-to-end test of the attache web UI in a real browser (Debian's
// chromium driven by playwright-core). Usage:
//
//   node e2e/run.mjs BASEURL
//
// --label NAME names the render-times file (render-times-NAME.json);
// --timing-only measures the pages and skips the functional checks.
//
// Environment: ATTACHE_TOKEN (the server's write token; enables the
// store-with-token check), ATTACHE_ARTIFACTS (where screenshots, the CSV
// download and render-times.json go; default ../artifacts), CHROMIUM (the
// browser binary; default /usr/bin/chromium). Exits non-zero when a check
// fails; ui/e2e_test.go runs it under `go test`.

import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const base = (argv.find((a) => !a.startsWith('--')) || '').replace(/\/$/, '');
const timingOnly = argv.includes('--timing-only');
const li = argv.indexOf('--label');
const label = li >= 0 ? argv[li + 1] : 'run';
if (!base || !/^https?:/.test(base)) {
  console.error('usage: node e2e/run.mjs BASEURL [--label NAME] [--timing-only]');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const artifacts = resolve(process.env.ATTACHE_ARTIFACTS || join(here, '..', '..', 'artifacts'));
const shots = join(artifacts, 'screenshots');
mkdirSync(shots, { recursive: true });
rmSync(join(shots, 'failure.png'), { force: true });
const token = process.env.ATTACHE_TOKEN || '';

let passed = 0, failed = 0;
function check(cond, what, detail) {
  if (cond) {
    passed++;
    console.log('ok   ' + what);
  } else {
    failed++;
    console.log('FAIL ' + what + (detail !== undefined ? ': ' + (typeof detail === 'string' ? detail : JSON.stringify(detail)) : ''));
  }
}

async function getJSON(path, init) {
  const r = await fetch(base + path, init);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

const profile = mkdtempSync(join(tmpdir(), 'attache-e2e-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 900 },
  acceptDownloads: true,
});
const page = ctx.pages()[0] || await ctx.newPage();
page.setDefaultTimeout(15000);
const problems = [];
// Failed loads are judged by the response handler below, which knows the URL.
page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text()); });
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
page.on('requestfailed', (r) => { if (!r.url().includes('/api/') || !/ERR_ABORTED/.test(r.failure()?.errorText || '')) problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`); });
page.on('response', (r) => {
  const u = new URL(r.url());
  if (u.origin !== new URL(base).origin) problems.push('request off origin: ' + r.url());
  // The errors the run provokes: storing with a wrong token, a bad date.
  else if (r.status() >= 400 && !(r.status() === 401 && u.pathname === '/api/documents') && !(r.status() === 400 && u.search.includes('since=2025-13-45'))) problems.push(`${r.status()} from ${r.url()}`);
});

// ready waits until the page says its data is in the DOM.
async function ready(name) {
  await page.waitForSelector(`body[data-ready="${name}"]`);
}

// open navigates and returns the time from navigation start to data shown.
async function open(path, name) {
  await page.goto(base + path);
  await ready(name);
  return page.evaluate((n) => {
    const m = performance.getEntriesByName('attache:ready:' + n);
    return m.length ? m[m.length - 1].startTime : NaN;
  }, name);
}

// shoot saves the page at laptop and phone widths. With readyName the
// phone shot reloads the page, as a phone would have loaded it (views in
// the URL come back; Try it's result would not, so it passes none).
async function shoot(label, readyName) {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: join(shots, `${label}-laptop.png`), fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  if (readyName) {
    await page.reload();
    await ready(readyName);
  }
  await page.waitForTimeout(150); // the chart resizes on the next frame
  await page.screenshot({ path: join(shots, `${label}-phone.png`), fullPage: false });
  await page.setViewportSize({ width: 1366, height: 900 });
  if (readyName) {
    await page.reload();
    await ready(readyName);
  }
  await page.waitForTimeout(100);
}

// axe runs axe-core's WCAG 2 A and AA rules (labels, contrast, names,
// landmarks, ...) on the page. Evaluated through the driver, so the page's
// content security policy, which allows no injected script, stays on.
const axeSource = readFileSync(join(here, '..', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
async function axe() {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

// unlabeled lists form controls without an accessible label.
function unlabeled() {
  return page.evaluate(() => [...document.querySelectorAll('main input, main select, main textarea')]
    .filter((el) => !(el.labels && el.labels.length) && !el.getAttribute('aria-label') && el.type !== 'hidden')
    .map((el) => el.name || el.id || el.outerHTML.slice(0, 60)));
}

const timings = {};
try {
  // Pick real data to look at.
  const docs = (await getJSON('/api/documents?limit=200')).documents;
  const richDoc = docs.slice().sort((a, b) => b.events - a.events)[0];
  const actors = (await getJSON('/api/actors?limit=10')).actors;
  // The issue's example when it has history, else the first pair of busy
  // actors with events in two months (or one, on a tiny database).
  let dyad = null, fallback = null;
  const usjp = await getJSON('/api/dyads?a=USA&b=JPN');
  if (usjp.periods.length >= 2) dyad = usjp;
  for (let i = 0; i < actors.length && !dyad; i++) {
    for (let j = i + 1; j < actors.length && !dyad; j++) {
      const d = await getJSON(`/api/dyads?a=${actors[i].key}&b=${actors[j].key}`);
      if (d.periods.length >= 2) dyad = d;
      else if (d.periods.length && !fallback) fallback = d;
    }
  }
  dyad = dyad || fallback;
  const kinds = new Map((await getJSON('/api/counts?by=kind')).counts.map((c) => [c.key, c.n]));
  const ledger = ['meeting', 'sanctions', 'tariff', 'arms_sale'].find((k) => (kinds.get(k) || 0) >= 2) || 'meeting';
  check(!!richDoc && richDoc.events > 0, 'the database has a document with events', richDoc);
  check(!!dyad, 'the database has a dyad with events');
  // A search word with hits: tariffs, or a word of the latest trigger.
  let word = 'tariffs';
  if (!(await getJSON('/api/events?q=tariffs&limit=1')).total) {
    const ev = (await getJSON('/api/events?limit=1')).events[0];
    word = ev.trigger.text.split(/\W+/).sort((a, b) => b.length - a.length)[0].toLowerCase();
  }

  // Render times: each page three times; the first load fetches the assets.
  const pages = [
    ['events', '/events', 'events'],
    ['events-search', `/events?q=${word}`, 'events'],
    ['events-filtered', `/events?actor=${dyad.a}&type=${(await getJSON(`/api/events?actor=${dyad.a}&limit=1`)).events[0].type}`, 'events'],
    ['dyad', `/dyad/${dyad.a}/${dyad.b}`, 'dyad'],
    ['ledger', `/ledgers/${ledger}`, 'ledgers'],
    ['documents', '/documents', 'documents'],
    ['document', `/documents/${encodeURIComponent(richDoc.id)}`, 'document'],
    ['try', '/try', 'try'],
  ];
  for (const [name, path, readyName] of pages) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(Math.round(await open(path, readyName)));
    const sorted = runs.slice().sort((a, b) => a - b);
    timings[name] = { path, runs_ms: runs, median_ms: sorted[1] };
    check(Number.isFinite(sorted[1]) && sorted[1] < 3000, `render ${name} (${path}) under the generous bound of 3 s`, runs);
    if (timingOnly) continue;
    const bad = await unlabeled();
    check(bad.length === 0, `${name}: every form control has a label`, bad);
    const violations = await axe();
    check(violations.length === 0, `${name}: no WCAG 2.1 A/AA violations (axe-core)`, violations);
    const junk = (await page.locator('main').innerText()).match(/\b(undefined|null|NaN|\[object Object\])\b/);
    check(!junk, `${name}: no undefined/null/NaN in the page`, junk && junk[0]);
    const h1 = await page.locator('main h1').count();
    check(h1 === 1, `${name}: one h1`, h1);
    await shoot(name, readyName);
  }
  if (timingOnly) throw 'done';

  // The accessibility check can fail: a pale grey line and an unlabeled
  // input are caught.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'axe-probe';
    p.style.color = '#bbbbbb';
    p.textContent = 'pale text';
    const i = document.createElement('input');
    i.id = 'axe-probe-input';
    document.querySelector('main').append(p, i);
  });
  const probe = (await axe()).join(' ');
  check(/color-contrast/.test(probe) && /label/.test(probe), 'axe-core catches low contrast and a missing label', probe);

  // Keyboard: the first Tab reaches the skip link, which moves focus to main.
  await open('/events', 'events');
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => document.activeElement.className);
  check(first === 'skip', 'first Tab focuses the skip link', first);
  await page.keyboard.press('Enter');
  check(await page.evaluate(() => document.activeElement.id === 'main'), 'skip link moves focus to main');

  // Events: full-text search and a filter, both kept in the URL.
  await page.fill('#f-q', word);
  await page.press('#f-q', 'Enter');
  await page.waitForURL(new RegExp(`q=${word}`));
  await ready('events');
  const want = await getJSON(`/api/events?q=${word}&limit=50`);
  const shown = await page.locator('li.event').count();
  check(want.total > 0 && shown === Math.min(50, want.total), `search "${word}" lists the API's events`, { shown, total: want.total });
  const count = await page.locator('.pager .count').first().textContent();
  check(count.includes(`of ${want.total.toLocaleString('en')}`), 'the pager shows the total', count);
  const marks = await page.locator('li.event blockquote mark.trigger').count();
  check(marks === shown, 'every listed event has its trigger highlighted', { marks, shown });
  const trig = await page.locator('li.event blockquote mark.trigger').first().textContent();
  check(trig === want.events[0].trigger.text, 'the first highlight is the trigger text', { trig, want: want.events[0].trigger.text });
  const typ = want.events[0].type;
  await page.selectOption('#f-type', typ);
  await page.waitForURL(new RegExp(`type=${typ}`));
  await ready('events');
  const badges = await page.locator('li.event .badge').allTextContents();
  const want2 = await getJSON(`/api/events?q=${word}&type=${typ}&limit=50`);
  check(badges.length === want2.events.length && badges.every((b) => b === typ), `type filter ${typ} keeps only ${typ} events`, badges);
  await page.reload();
  await ready('events');
  check((await page.inputValue('#f-q')) === word && (await page.inputValue('#f-type')) === typ, 'a reload restores the query from the URL');
  await shoot('events-type-filter', 'events');
  if (want.total > 50) {
    await page.selectOption('#f-type', '');
    await ready('events');
    await page.locator('.pager a[rel=next]').first().click();
    await page.waitForURL(/offset=50/);
    await ready('events');
    check((await page.locator('ol.events').getAttribute('start')) === '51', 'Next goes to the second page');
  }

  // A filter the API refuses is reported beside the form, which stays.
  await open('/events?since=2025-13-45', 'events');
  const alert = await page.locator('[role=alert]').textContent();
  check(/since/.test(alert) && (await page.locator('#f-q').count()) === 1, 'a bad filter is reported and the form stays', alert);

  // Documents: full-text search shows matching documents with the match marked.
  await open(`/documents?q=${word}`, 'documents');
  const wantDocs = (await getJSON(`/api/documents?q=${word}&limit=50`)).documents;
  const docItems = await page.locator('ol.doc-list > li').count();
  const docMarks = await page.locator('ol.doc-list .snippet mark').count();
  check(docItems === wantDocs.length && docItems > 0 && docMarks >= docItems, `document search "${word}" lists the matches, marked`, { docItems, docMarks, want: wantDocs.length });

  // Document: every coded span is marked, with the API's text.
  await open(`/documents/${encodeURIComponent(richDoc.id)}`, 'document');
  const doc = await getJSON(`/api/documents/${encodeURIComponent(richDoc.id)}`);
  const expected = new Map();
  const add = (kind, span, text) => { if (span && span[1] > span[0]) expected.set(`${kind}:${span[0]}:${span[1]}`, text); };
  const r = doc.result;
  for (const e of r.entities) add('actor', e.span, e.text);
  for (const q of r.quotes) { add('quote', q.span, q.text); if (q.speaker) add('actor', q.speaker.span, q.speaker.text); }
  for (const t of r.times || []) add('date', t.span, t.text);
  for (const ev of r.events) {
    for (const e of [...ev.actor, ...ev.recipient]) add('actor', e.span, e.text);
    if (ev.attribution?.speaker) add('actor', ev.attribution.speaker.span, ev.attribution.speaker.text);
    add('trigger', ev.trigger.span, ev.trigger.text);
    for (const m of ev.mentions || []) add('trigger', m.span, m.trigger);
    for (const q of ev.quantities || []) add('quantity', q.span, q.text);
    if (ev.location) add('location', ev.location.span, null);
  }
  const got = await page.evaluate(() => {
    const m = new Map();
    for (const el of document.querySelectorAll('.doc-text mark.m')) {
      const k = `${el.dataset.kind}:${el.dataset.start}:${el.dataset.end}`;
      m.set(k, (m.get(k) || '') + el.textContent);
    }
    return [...m.entries()];
  });
  const gotMap = new Map(got);
  const dateMarks = [...gotMap.keys()].filter((k) => k.startsWith("date:")).length;
  check(dateMarks > 0 && dateMarks === (r.times || []).length, `document ${richDoc.id}: its ${dateMarks} date expressions are marked`, { dateMarks, times: (r.times || []).length });
  const missing = [...expected.keys()].filter((k) => !gotMap.has(k));
  const extra = [...gotMap.keys()].filter((k) => !expected.has(k));
  check(expected.size > 0 && missing.length === 0 && extra.length === 0, `document ${richDoc.id}: the ${expected.size} coded spans are marked, no more`, { missing, extra });
  const wrong = [...expected].filter(([k, t]) => t != null && gotMap.get(k) !== t).map(([k, t]) => [k, t, gotMap.get(k)]);
  check(wrong.length === 0, 'each marked span holds the text the API gives for it', wrong.slice(0, 5));
  const textOK = await page.evaluate((t) => document.querySelector('.doc-text').textContent === t, doc.text);
  check(textOK, 'the marked text reads exactly as the document');
  const cards = await page.locator('li.doc-event').count();
  check(cards === r.events.length, 'every event of the document is listed beside it', { cards, events: r.events.length });
  const rules = await page.locator('li.doc-event code.rule').allTextContents();
  check(rules.length === r.events.length && rules.every((x, i) => r.events[i].rule.startsWith(x)), 'each event shows its rule');
  const conf = await page.locator('li.doc-event dd:has(meter)').first().textContent();
  check(conf.trim() === Math.round(r.events[0].confidence * 100) + '%', 'each event shows its confidence', conf);
  await page.locator('li.doc-event button.link').first().click();
  const focusedMark = await page.evaluate(() => document.activeElement.matches('mark.m-trigger') && document.activeElement.classList.contains('hl'));
  check(focusedMark, '"Show trigger" focuses and highlights the trigger in the text');
  // A link from an event list lands on that event's card.
  const stored = (await getJSON(`/api/events?doc=${encodeURIComponent(richDoc.id)}&limit=1`)).events[0];
  await page.goto(`${base}/documents/${encodeURIComponent(richDoc.id)}#e-${stored.id}`);
  await ready('document');
  check(await page.evaluate((id) => document.activeElement.id === 'e-' + id, stored.id), 'an event link (#e-ID) focuses that event beside the text');
  await shoot('document-event', 'document');

  // Dyad: click a point on the chart to filter the list to its month.
  await open(`/dyad/${dyad.a}/${dyad.b}`, 'dyad');
  const target = dyad.periods[dyad.periods.length - 1];
  const pos = await page.evaluate((period) => {
    const el = document.querySelector('.chart');
    const u = el.uplot;
    const i = el.periods.indexOf(period);
    const x = i;
    const quad = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];
    const n = Math.max(...quad.map((q, k) => u.data[k + 1][i]));
    const r = u.over.getBoundingClientRect();
    return { x: r.left + u.valToPos(x, 'x'), y: r.top + u.valToPos(n, 'n'), i };
  }, target.period);
  check(pos.i >= 0, `the chart has a point for ${target.period}`);
  const hit = await page.evaluate(({ x, y }) => { const e = document.elementFromPoint(x, y); return e && e.className; }, pos);
  check(hit === 'u-over', 'the point is on the chart', { pos, hit });
  await page.mouse.move(pos.x, pos.y);
  await page.mouse.click(pos.x, pos.y);
  await page.waitForURL(new RegExp(`period=${target.period}`));
  await ready('dyad');
  const [yy, mm] = target.period.split('-').map(Number);
  const last = new Date(Date.UTC(yy, mm, 0)).toISOString().slice(0, 10);
  const inMonth = await getJSON(`/api/events?a=${dyad.a}&b=${dyad.b}&since=${target.period}-01&until=${last}&limit=50`);
  const listed = await page.locator('li.event').count();
  check(listed === inMonth.events.length && listed > 0, `clicking ${target.period} lists that month's ${inMonth.total} events`, { listed, want: inMonth.events.length });
  const heading = await page.locator('#dyad-events').textContent();
  check(/^Events in /.test(heading), 'the list says which month it shows', heading);
  await shoot('dyad-month', 'dyad');
  await page.locator('a', { hasText: 'Show all months' }).click();
  await ready('dyad');
  check((await page.locator('li.event').count()) === Math.min(50, dyad.total), 'Show all months lists every event of the dyad');
  // The same from the keyboard: focus the chart, Home to the first month, Enter.
  const firstMonth = dyad.periods[0].period;
  await page.locator('.chart').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  const spoken = await page.locator('.chart-live').textContent();
  check(/events/.test(spoken) && spoken.includes(String(dyad.periods[0].total)), 'arrow keys on the chart read a month out', spoken);
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`period=${firstMonth}`));
  await ready('dyad');
  check(/^Events in /.test(await page.locator('#dyad-events').textContent()), `Enter on the chart lists ${firstMonth}`);

  // Ledger: sort by a column, then download the CSV.
  await open(`/ledgers/${ledger}`, 'ledgers');
  await page.locator('th a.sort', { hasText: 'Date' }).click();
  await page.waitForURL(/sort=date&dir=asc/);
  await ready('ledgers');
  const dates = await page.locator('td[data-col=date]').allTextContents();
  check(dates.length < 2 ? kinds.get(ledger) < 2 : dates.every((d, i) => i === 0 || dates[i - 1] <= d), 'sorting by date ascending orders the rows', dates.slice(0, 5));
  check((await page.locator('th[aria-sort=ascending]').count()) === 1, 'the sorted column says so (aria-sort)');
  await page.locator('th a.sort', { hasText: 'Sources' }).click();
  await page.waitForURL(/sort=sources&dir=desc/);
  await ready('ledgers');
  const srcs = (await page.locator('td[data-col=sources]').allTextContents()).map((s) => parseInt(s, 10));
  check(srcs.every((d, i) => i === 0 || srcs[i - 1] >= d), 'sorting by sources descending orders the rows', srcs.slice(0, 5));
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('a', { hasText: 'Download CSV' }).click()]);
  const csvPath = join(artifacts, `${ledger}.csv`);
  await dl.saveAs(csvPath);
  const csv = readFileSync(csvPath, 'utf8');
  const ids = new Set((await getJSON(`/api/ledgers/${ledger}?limit=1000`)).rows.map((r) => r.id));
  const tableIDs = await page.locator('table.ledger tbody tr').evaluateAll((trs) => trs.map((t) => t.dataset.id));
  check(tableIDs.length === Math.min(100, ids.size) && tableIDs.every((x) => ids.has(x)), 'the table shows the ledger\'s rows', { table: tableIDs.length, api: ids.size });
  const csvIDs = csv.split('\n').slice(1).map((l) => l.split(',')[0]).filter((x) => /^[0-9a-f]{16}$/.test(x));
  check(csv.startsWith('id,date,') && csvIDs.length === ids.size && csvIDs.every((x) => ids.has(x)), `the CSV download (${dl.suggestedFilename()}) has the ledger's rows`, { csv: csvIDs.length, table: ids.size });
  await shoot('ledger-sorted', 'ledgers');

  // Try it: a paragraph written for this test; nothing stored without the token.
  // A made-up name, new on every run, tells whether the text was stored.
  const nonce = 'Zarvo' + Array.from({ length: 6 }, () => 'abcdefghijklmnopqrstuvwxyz'[Math.floor(Math.random() * 26)]).join('');
  const para = nonce + ' officials said on Tuesday that Japan agreed to sell four patrol boats to the Philippines. ' +
    'The United States imposed new tariffs on Chinese steel, and Beijing accused Washington of bullying its neighbours. ' +
    'Germany pledged to raise defense spending to 2% of GDP by 2027.';
  await open('/try', 'try');
  await page.fill('#try-text', para);
  await page.fill('#try-date', '2025-03-04');
  await page.getByRole('button', { name: 'Extract events' }).click();
  await ready('try-result');
  const tryEvents = await page.locator('.try-out li.doc-event').count();
  const tryMarks = await page.locator('.try-out mark.m-trigger').count();
  const status = await page.locator('p.try-status').textContent();
  check(tryEvents >= 2 && tryMarks >= tryEvents, 'Try it codes the pasted paragraph', { tryEvents, tryMarks, status });
  check(/not stored/.test(status), 'Try it says the text was not stored', status);
  const after = await getJSON(`/api/documents?q=${nonce}`);
  check(after.documents.length === 0, 'Try it without the token stores nothing', after.documents.length);
  const tv = await axe();
  check(tv.length === 0, 'Try it result: no WCAG 2.1 A/AA violations (axe-core)', tv);
  await shoot('try-result');
  if (token) {
    await page.check('#try-store');
    await page.fill('#try-token', 'wrong-' + token);
    await page.getByRole('button', { name: 'Extract events' }).click();
    await ready('try-error');
    check(/token/i.test(await page.locator('p.try-status').textContent()), 'a wrong token is refused with a message');
    await page.fill('#try-token', token);
    await page.getByRole('button', { name: 'Extract events' }).click();
    await ready('try-result');
    const st = await page.locator('p.try-status').textContent();
    check(/stored as/.test(st), 'with the token, Try it stores the text', st);
    const now = await getJSON(`/api/documents?q=${nonce}`);
    check(now.documents.length === 1, 'the stored text is searchable', now.documents.length);
    await page.locator('a', { hasText: 'Open the stored document' }).click();
    await ready('document');
    check((await page.locator('li.doc-event').count()) === tryEvents, 'the stored document shows the same events');
  }
} catch (err) {
  if (err !== 'done') {
    check(false, 'e2e run', err.stack || String(err));
    try { await page.screenshot({ path: join(shots, 'failure.png') }); } catch {}
  }
}
check(problems.length === 0, 'no console errors, failed requests or off-origin requests', problems.slice(0, 10));
await ctx.close();
rmSync(profile, { recursive: true, force: true });

const stats = await (async () => { try { return await getJSON('/healthz'); } catch { return {}; } })();
writeFileSync(join(artifacts, `render-times-${label}.json`), JSON.stringify({ label, base, database: stats, target_ms: 300, timings }, null, 2) + '\n');
console.log(`render times on ${label} (ms, navigation start to data in the DOM; 3 loads each):`);
for (const [k, v] of Object.entries(timings)) console.log(`  ${k.padEnd(16)} median ${String(v.median_ms).padStart(4)}  runs ${v.runs_ms.join(' ')}  ${v.path}`);
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
