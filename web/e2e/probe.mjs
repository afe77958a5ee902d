// Where a page's render time goes: for each page, twice, the time to the
// HTML, DOMContentLoaded, each request (start→end) and the ready mark.
// Usage: node e2e/probe.mjs BASEURL [PATH:READY ...]
//   e.g. node e2e/probe.mjs http://127.0.0.1:8080 /dyad/USA/JPN:dyad /documents:documents
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, ...rest] = process.argv.slice(2);
if (!base) {
  console.error('usage: node e2e/probe.mjs BASEURL [PATH:READY ...]');
  process.exit(2);
}
const pages = rest.length ? rest.map((a) => a.split(':')) :
  [['/events', 'events'], ['/dyad/USA/JPN', 'dyad'], ['/ledgers/meeting', 'ledgers'], ['/documents', 'documents']];
const profile = mkdtempSync(join(tmpdir(), 'attache-probe-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, viewport: { width: 1366, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = ctx.pages()[0] || await ctx.newPage();
for (const [path, name] of pages) {
  for (let k = 0; k < 2; k++) {
    await page.goto(base.replace(/\/$/, '') + path);
    await page.waitForSelector(`body[data-ready="${name}"]`, { timeout: 15000 });
    const r = await page.evaluate((n) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map((e) => `${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}→${Math.round(e.responseEnd)}`);
      return { ready: Math.round(performance.getEntriesByName('attache:ready:' + n)[0].startTime), html: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), res };
    }, name);
    console.log(`${path}  ready ${r.ready} ms  html ${r.html}  dcl ${r.dcl}\n  ${r.res.join('\n  ')}`);
  }
}
await ctx.close();
rmSync(profile, { recursive: true, force: true });
