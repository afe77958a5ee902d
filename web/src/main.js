// attache web UI: a small router over the pages; each page renders into
// <main> from the URL alone, so every view can be shared as a link.

import './style.css';
import { h, clear } from './dom.js';
import { eventsPage } from './events.js';
import { dyadPage } from './dyad.js';
import { ledgersPage } from './ledgers.js';
import { documentsPage, documentPage } from './document.js';
import { tryPage } from './try.js';

const routes = [
  [/^\/(?:events)?$/, 'events', eventsPage],
  [/^\/dyad(?:\/([^/]+)\/([^/]+))?\/?$/, 'dyad', dyadPage],
  [/^\/ledgers(?:\/([^/]+))?\/?$/, 'ledgers', ledgersPage],
  [/^\/documents\/?$/, 'documents', documentsPage],
  [/^\/documents\/([^/]+)$/, 'document', documentPage],
  [/^\/try\/?$/, 'try', tryPage],
];

let current = null;
let firstRender = true;

// ctx is what a page gets: the URL, path parameters, a signal that aborts
// when the user navigates away, and ready() to call once its data is shown.
async function render() {
  if (current) current.abort();
  const ac = new AbortController();
  current = ac;
  const url = new URL(location.href);
  const main = document.getElementById('main');
  document.body.dataset.ready = '';
  let route = routes.find(([re]) => re.test(url.pathname));
  const name = route ? route[1] : 'notfound';
  const params = route ? url.pathname.match(route[0]).slice(1).map((p) => (p ? decodeURIComponent(p) : p)) : [];
  for (const a of document.querySelectorAll('[data-nav]')) {
    const on = a.dataset.nav === name || (name === 'document' && a.dataset.nav === 'documents');
    if (on) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  const focus = !firstRender;
  firstRender = false;
  const ctx = {
    url, params, signal: ac.signal, navigate, main,
    ready(title) {
      if (ac.signal.aborted) return;
      if (title) document.title = `${title} · attache`;
      performance.mark('attache:ready:' + name);
      document.body.dataset.ready = name;
      if (focus && !location.hash) main.focus({ preventScroll: true });
    },
  };
  try {
    if (!route) {
      clear(main).append(h('h1', null, 'Not found'), h('p', null, 'No page at this address. ', h('a', { href: '/events' }, 'Go to events.')));
      ctx.ready('Not found');
      return;
    }
    await route[2](ctx);
  } catch (err) {
    if (err.name === 'AbortError' || ac.signal.aborted) return;
    console.error(err);
    clear(main).append(h('h1', null, 'Something went wrong'), h('p', { class: 'error', role: 'alert' }, err.message));
    document.body.dataset.ready = 'error';
  }
}

// navigate changes the URL and renders; replace keeps history clean for
// redirects and filter tweaks.
export function navigate(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  window.scrollTo(0, 0);
  render();
}

document.addEventListener('click', (e) => {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.target.closest('a');
  if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
  if (a.pathname.startsWith('/api/') || a.pathname.startsWith('/assets/')) return;
  if (a.pathname === location.pathname && a.search === location.search && a.hash) return; // in-page anchor
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
});

window.addEventListener('popstate', render);
render();
