// Try it: paste an article and see its events at once. Nothing is stored
// unless the user asks and gives the server's token (POST /api/documents);
// the token is sent once and kept nowhere.

import { h, clear, field } from './dom.js';
import { api } from './api.js';
import { codedView } from './document.js';

export async function tryPage(ctx) {
  const main = clear(ctx.main);
  const text = h('textarea', { name: 'text', id: 'try-text', rows: 10, required: true, placeholder: 'Paste a news article…', spellcheck: false });
  const date = h('input', { type: 'date', name: 'date', id: 'try-date' });
  const title = h('input', { type: 'text', name: 'title', id: 'try-title', autocomplete: 'off' });
  const token = h('input', { type: 'password', name: 'token', id: 'try-token', autocomplete: 'off' });
  const store = h('input', { type: 'checkbox', name: 'store', id: 'try-store' });
  const tokenField = field('Token', token, 'The server’s write token (attache serve --token). Sent with this request only.');
  tokenField.hidden = true;
  store.addEventListener('change', () => { tokenField.hidden = !store.checked; token.required = store.checked; });
  const status = h('p', { class: 'try-status', role: 'status', 'aria-live': 'polite' });
  const out = h('section', { class: 'try-out', 'aria-label': 'Extraction result' });
  const btn = h('button', { type: 'submit', class: 'primary' }, 'Extract events');
  const form = h('form', { class: 'try-form', 'aria-label': 'Extract events from a text' },
    field('Article text', text),
    h('div', { class: 'grid' }, field('Date published', date, 'Dates in the text (“on Tuesday”) count from it.'), field('Title (optional)', title)),
    h('div', { class: 'check' }, store, h('label', { for: 'try-store' }, 'Also store it in the database')),
    tokenField,
    h('p', null, btn));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const body = JSON.stringify({ text: text.value, date: date.value || undefined, title: title.value || undefined });
    btn.disabled = true;
    status.textContent = 'Extracting…';
    status.classList.remove('error');
    document.body.dataset.ready = '';
    try {
      let res, doc, stored = null;
      if (store.checked) {
        res = await api('/api/documents', { method: 'POST', body, headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token.value } });
        doc = { id: res.id, text: text.value };
        stored = res;
      } else {
        res = await api('/api/extract', { method: 'POST', body, headers: { 'Content-Type': 'application/json' } });
        doc = res.document;
      }
      const n = res.result.events.length;
      status.textContent = `${n} event${n === 1 ? '' : 's'} found` + (stored ? (stored.duplicate ? '; already stored.' : `; stored as ${stored.id}.`) : '; not stored.');
      clear(out).append(...[
        stored ? h('p', null, h('a', { href: `/documents/${encodeURIComponent(stored.id)}` }, 'Open the stored document')) : null,
        codedView(doc.text, res.result)].filter(Boolean));
      document.body.dataset.ready = 'try-result';
    } catch (err) {
      status.textContent = err.message;
      status.classList.add('error');
      document.body.dataset.ready = 'try-error';
    } finally {
      btn.disabled = false;
    }
  });
  main.append(h('h1', null, 'Try it'), h('p', null, 'Paste a news article to see the events attache codes in it. Nothing is stored unless you ask.'), form, status, out);
  ctx.ready('Try it');
}
