// Small DOM helpers: elements are built with textContent and properties,
// never from HTML strings, so API text cannot inject markup.

export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v == null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (k === 'text') el.textContent = v;
      else if (k in el && typeof v !== 'string') el[k] = v;
      else el.setAttribute(k, v === true ? '' : v);
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

// field wraps a control in a label so that every input has a name.
export function field(label, control, hint) {
  if (!control.id) control.id = 'f-' + (control.name || Math.random().toString(36).slice(2));
  return h('div', { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('small', { class: 'hint', id: control.id + '-hint' }, hint) : null);
}

export function select(name, value, options, extra) {
  const s = h('select', { name, ...extra });
  for (const o of options) {
    const [v, label] = Array.isArray(o) ? o : [o, o];
    const opt = h('option', { value: v }, label);
    if (v === value) opt.selected = true;
    s.append(opt);
  }
  return s;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}
