import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1366, height: 900 } });
for (const [path, name] of [['/dyad/USA/JPN','dyad'],['/documents','documents'],['/events','events'],['/ledgers/meeting','ledgers']]) {
  for (let k = 0; k < 2; k++) {
    await p.goto('http://127.0.0.1:18082' + path);
    await p.waitForSelector(`body[data-ready=${name}]`);
    const r = await p.evaluate((n) => {
      const nav = performance.getEntriesByType('navigation')[0];
      const res = performance.getEntriesByType('resource').map((e) => `${e.name.replace(location.origin, '')} ${Math.round(e.startTime)}→${Math.round(e.responseEnd)}`);
      return { ready: Math.round(performance.getEntriesByName('attache:ready:' + n)[0].startTime), html: Math.round(nav.responseEnd), dcl: Math.round(nav.domContentLoadedEventEnd), res };
    }, name);
    console.log(path, JSON.stringify(r));
  }
}
await b.close();
