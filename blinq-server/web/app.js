// Blinq's web app: one ES module, no build step, nothing loaded from other origins.
// It talks to the same /api routes as every other client and listens on /ws/plots.

const TOKEN_KEY = 'blinq.token';
const MAX_TABLE_ROWS = 500;

const $ = (id) => document.getElementById(id);

/** The page's state. */
const state = {
  token: null,
  signedIn: false,
  user: null,
  datasets: [],
  current: null, // the selected dataset's id
  plots: new Map(), // id → {info, element}
  followUp: null, // {dataset, plan, question}: the answer a follow-up question edits
  socket: null,
  retry: 0,
  reconnect: null, // the pending reconnection timer
  lastSql: null,
};

/** An error the server (or the network) reported, with its stable code. */
class ApiError extends Error {
  constructor(code, message, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** Build an element: `h('td', {class: 'num'}, '3')`. Text is always set as text, never HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else el.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

// ---------------------------------------------------------------------------------------
// Errors

function showError(err) {
  const message = err instanceof Error ? err.message : String(err);
  $('error-text').textContent = message;
  $('error').hidden = false;
}

function clearError() {
  $('error').hidden = true;
  $('error-text').textContent = '';
}

// ---------------------------------------------------------------------------------------
// The API

/**
 * Call an /api route with the token. `json` is sent as a JSON body, `form` as multipart;
 * `as` picks the answer: 'json' (default), 'blob' or 'none'. A 401 signs out.
 */
async function api(path, { method = 'GET', json, form, as = 'json', accept } = {}) {
  const headers = { Authorization: `Bearer ${state.token}` };
  if (accept) headers.Accept = accept;
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body });
  } catch (err) {
    throw new ApiError('network', `The server did not answer (${err.message}). Is \`blinq serve\` still running?`, 0);
  }
  if (!response.ok) {
    let detail = null;
    try {
      detail = (await response.json()).error;
    } catch {
      // not a JSON error body
    }
    const error = new ApiError(
      detail?.code ?? `http_${response.status}`,
      detail?.message ?? `${response.status} ${response.statusText}`,
      response.status,
    );
    if (response.status === 401 && state.signedIn) signOut(`Signed out: ${error.message}`);
    throw error;
  }
  if (as === 'none' || response.status === 204) return null;
  if (as === 'blob') return response.blob();
  return response.json();
}

// ---------------------------------------------------------------------------------------
// Signing in

/** The claims of a JWT, read without checking it (the server checks). */
function claims(token) {
  try {
    const part = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(part.padEnd(part.length + ((4 - (part.length % 4)) % 4), '=')));
  } catch {
    return null;
  }
}

function tokenFromLink() {
  const params = new URLSearchParams(location.hash.slice(1));
  const token = params.get('token');
  if (token) {
    // Keep the token out of the address bar, the history and anything copied from it.
    history.replaceState(null, '', location.pathname + location.search);
  }
  return token;
}

async function signIn(token) {
  token = token.trim();
  const payload = claims(token);
  if (!payload) throw new ApiError('invalid_token', 'That is not a token: a token has three parts separated by dots.');
  if (payload.exp && payload.exp * 1000 < Date.now()) {
    throw new ApiError('expired', `That token expired on ${new Date(payload.exp * 1000).toLocaleString()}; mint a new one with \`blinq token\`.`);
  }
  state.token = token;
  try {
    await loadDatasets(); // proves the token with the server
  } catch (err) {
    state.token = null;
    throw err;
  }
  localStorage.setItem(TOKEN_KEY, token);
  state.signedIn = true;
  state.user = payload.sub ?? '';
  $('user').textContent = state.user;
  $('sign-in').hidden = true;
  $('app').hidden = false;
  $('sign-out').hidden = false;
  await loadPlots();
  connect();
}

function signOut(reason) {
  localStorage.removeItem(TOKEN_KEY);
  state.token = null;
  state.signedIn = false;
  state.user = null;
  clearTimeout(state.reconnect);
  if (state.socket) {
    state.socket.onclose = null;
    state.socket.close(1000, 'signed out');
    state.socket = null;
  }
  setLive('off');
  $('dataset').dataset.id = '';
  for (const { url } of state.plots.values()) if (url) URL.revokeObjectURL(url);
  state.plots.clear();
  setFollowUp(null);
  state.datasets = [];
  state.current = null;
  $('plot-list').replaceChildren();
  $('answers').replaceChildren();
  $('user').textContent = '';
  $('sign-out').hidden = true;
  $('app').hidden = true;
  $('sign-in').hidden = false;
  if (reason) showError(reason);
}

// ---------------------------------------------------------------------------------------
// Live updates

function setLive(mode) {
  const live = $('live');
  live.dataset.state = mode;
  live.textContent = { on: 'live', connecting: 'connecting…', off: 'offline' }[mode];
}

/** Open /ws/plots (the token goes as a subprotocol) and reconnect with backoff. */
function connect() {
  clearTimeout(state.reconnect);
  if (!state.token || state.socket) return;
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const socket = new WebSocket(`${scheme}//${location.host}/ws/plots`, ['bearer', state.token]);
  state.socket = socket;
  setLive('connecting');
  socket.onopen = () => {
    state.retry = 0;
    setLive('on');
    // Catch up on anything that happened while disconnected.
    loadDatasets().catch(showError);
    loadPlots().catch(showError);
  };
  socket.onmessage = (message) => {
    let event;
    try {
      event = JSON.parse(message.data);
    } catch {
      return;
    }
    onEvent(event).catch(showError);
  };
  socket.onclose = (close) => {
    if (state.socket !== socket) return;
    state.socket = null;
    setLive('off');
    if (close.code === 1008) {
      signOut(`Signed out: ${close.reason || 'the token is no longer valid'}.`);
      return;
    }
    const delay = Math.min(30_000, 500 * 2 ** state.retry++);
    state.reconnect = setTimeout(connect, delay);
  };
}

async function onEvent(event) {
  switch (event.type) {
    case 'plot.created': {
      if (state.plots.has(event.id)) break;
      let info;
      try {
        info = await api(`/api/plots/${encodeURIComponent(event.id)}`);
      } catch (err) {
        if (err.status === 404) break; // deleted again already
        throw err;
      }
      if (!state.plots.has(info.id)) addPlot(info, true); // it may have come by another path meanwhile
      break;
    }
    case 'plot.deleted':
      removePlot(event.id);
      break;
    case 'dataset.created':
    case 'dataset.deleted':
      await loadDatasets();
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------------------
// Datasets

function shape(info) {
  const rows = Number(info.rows).toLocaleString('en-US');
  const cols = info.columns.length;
  return `${rows} rows × ${cols} column${cols === 1 ? '' : 's'}`;
}

async function loadDatasets() {
  const { datasets } = await api('/api/data');
  state.datasets = datasets;
  if (state.current && !datasets.some((d) => d.id === state.current)) state.current = null;
  if (!state.current && datasets.length) state.current = datasets[datasets.length - 1].id;
  renderDatasets();
}

function renderDatasets() {
  const list = $('dataset-list');
  list.replaceChildren(
    ...state.datasets.map((d) =>
      h('li', { 'aria-current': d.id === state.current ? 'true' : 'false', 'data-id': d.id },
        h('button', { type: 'button', class: 'pick', onclick: () => selectDataset(d.id) },
          h('strong', {}, d.name), h('small', {}, shape(d))),
        h('button', {
          type: 'button', class: 'remove', title: `Delete ${d.name}`, 'aria-label': `Delete ${d.name}`,
          onclick: () => deleteDataset(d),
        }, '×'))),
  );
  const current = state.datasets.find((d) => d.id === state.current);
  $('empty').hidden = Boolean(current);
  $('dataset').hidden = !current;
  if (current && $('dataset').dataset.id !== current.id) showDataset(current);
}

function selectDataset(id) {
  state.current = id;
  renderDatasets();
}

/** Show a dataset: its name, the SQL starter, suggestions and its overview. */
function showDataset(info) {
  const view = $('dataset');
  view.dataset.id = info.id;
  $('dataset-name').textContent = info.name;
  $('dataset-shape').textContent = shape(info);
  $('sql').value = `SELECT *\nFROM ${quoteName(info.name)}\nLIMIT 100`;
  $('sql-result').replaceChildren();
  $('sql-status').textContent = '';
  $('sql-csv').disabled = true;
  $('answers').replaceChildren();
  setFollowUp(null);
  renderSuggestions(info);
  loadOverview(info.id).catch(showError);
}

function quoteName(name) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

const NUMERIC = /^(Int|UInt|Float|Decimal)/i;

function renderSuggestions(info) {
  const numbers = info.columns.filter((c) => NUMERIC.test(c.dtype)).map((c) => c.name);
  const labels = info.columns.filter((c) => /^(string|categorical|bool)/i.test(c.dtype)).map((c) => c.name);
  const ideas = ['How many rows are there?'];
  if (numbers[0] && labels[0]) ideas.push(`average ${numbers[0]} by ${labels[0]} as a bar chart`);
  if (numbers[0]) ideas.push(`distribution of ${numbers[0]}`);
  if (numbers[0] && numbers[1]) ideas.push(`${numbers[1]} vs ${numbers[0]}`);
  $('suggestions').replaceChildren(
    ...ideas.map((q) => h('button', { type: 'button', onclick: () => ask(q) }, q)),
  );
}

async function loadOverview(id) {
  const detail = await api(`/api/data/${encodeURIComponent(id)}`);
  if (state.current !== id) return;
  $('overview-columns').replaceChildren(dictionaryEditor(detail));
  $('overview-describe').replaceChildren(table(detail.describe));
  $('overview-preview').replaceChildren(table(detail.preview));
}

/**
 * The columns with their data dictionary, editable: what each column means and its unit.
 * Saving replaces the dictionary on the server; Ask then understands the descriptions.
 */
function dictionaryEditor(info) {
  const status = h('span', { id: 'dictionary-status', class: 'status', 'aria-live': 'polite' });
  const rows = info.columns.map((c) =>
    h('tr', { 'data-column': c.name },
      h('th', { scope: 'row' }, c.name),
      h('td', { class: 'muted' }, c.dtype),
      h('td', {}, h('input', {
        type: 'text', class: 'note-description', value: c.description ?? '',
        placeholder: 'what it means', 'aria-label': `What ${c.name} means`, maxlength: 1000,
      })),
      h('td', {}, h('input', {
        type: 'text', class: 'note-unit', value: c.unit ?? '',
        placeholder: 'unit', 'aria-label': `Unit of ${c.name}`, maxlength: 1000,
      }))));
  const form = h('form', {
    id: 'dictionary-form', class: 'dictionary',
    onsubmit: (event) => {
      event.preventDefault();
      saveDictionary(info.id, form, status).catch((err) => {
        status.textContent = '';
        showError(err);
      });
    },
  },
  h('table', {},
    h('thead', {}, h('tr', {}, h('th', {}, 'column'), h('th', {}, 'type'), h('th', {}, 'description'), h('th', {}, 'unit'))),
    h('tbody', {}, rows)),
  h('div', { class: 'row' },
    h('button', { type: 'submit' }, 'Save dictionary'),
    h('span', { class: 'muted' }, 'Descriptions teach Ask what columns mean.'),
    status));
  return form;
}

async function saveDictionary(id, form, status) {
  clearError();
  const notes = {};
  for (const row of form.querySelectorAll('tr[data-column]')) {
    const description = row.querySelector('.note-description').value.trim();
    const unit = row.querySelector('.note-unit').value.trim();
    if (!description && !unit) continue;
    notes[row.dataset.column] = {};
    if (description) notes[row.dataset.column].description = description;
    if (unit) notes[row.dataset.column].unit = unit;
  }
  status.textContent = 'Saving…';
  const info = await api(`/api/data/${encodeURIComponent(id)}/dictionary`, { method: 'PUT', json: notes });
  state.datasets = state.datasets.map((d) => (d.id === id ? info : d));
  status.textContent = 'Saved';
}

async function upload(file) {
  if (!file) return;
  clearError();
  const status = $('upload-status');
  status.textContent = `Uploading ${file.name}…`;
  const form = new FormData();
  form.append('file', file, file.name);
  try {
    const info = await api('/api/data/upload', { method: 'POST', form });
    status.textContent = `Loaded ${file.name}.`;
    state.current = info.id;
    await loadDatasets();
  } catch (err) {
    status.textContent = '';
    showError(`Could not load ${file.name}: ${err.message}`);
  } finally {
    $('file').value = '';
  }
}

async function deleteDataset(info) {
  if (!confirm(`Delete the dataset “${info.name}”? Plots made from it stay.`)) return;
  clearError();
  try {
    await api(`/api/data/${encodeURIComponent(info.id)}`, { method: 'DELETE', as: 'none' });
    if (state.current === info.id) state.current = null;
    await loadDatasets();
  } catch (err) {
    showError(err);
  }
}

// ---------------------------------------------------------------------------------------
// Tables

function isNumber(value) {
  return typeof value === 'number';
}

/** A table of `{columns, rows}`, at most MAX_TABLE_ROWS rows, with a note when cut. */
function table({ columns, rows }, total = rows.length) {
  const shown = rows.slice(0, MAX_TABLE_ROWS);
  const el = h('table', {},
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, shown.map((row) => h('tr', {}, row.map((v) =>
      v === null
        ? h('td', { class: 'null' }, 'null')
        : h('td', { class: isNumber(v) ? 'num' : undefined }, formatValue(v)))))));
  const notes = [];
  if (total > shown.length) notes.push(h('p', { class: 'note' }, `Showing ${shown.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} rows.`));
  return h('div', {}, el, notes);
}

function formatValue(v) {
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return String(v);
    return Math.abs(v) >= 1e-4 && Math.abs(v) < 1e15 ? String(Number(v.toPrecision(10))) : v.toExponential(6);
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

// ---------------------------------------------------------------------------------------
// SQL

async function runSql() {
  const sql = $('sql').value.trim();
  if (!sql || !state.current) return;
  clearError();
  const status = $('sql-status');
  status.textContent = 'Running…';
  $('sql-csv').disabled = true;
  try {
    const result = await api('/api/data/query', { method: 'POST', json: { dataset: state.current, sql } });
    state.lastSql = { dataset: state.current, sql };
    const rows = result.row_count.toLocaleString('en-US');
    status.textContent = `${rows} row${result.row_count === 1 ? '' : 's'}${result.truncated ? ' (cut at the row limit)' : ''} · ${result.elapsed_ms.toFixed(1)} ms`;
    $('sql-result').replaceChildren(table(result));
    $('sql-csv').disabled = false;
  } catch (err) {
    status.textContent = '';
    $('sql-result').replaceChildren();
    showError(err);
  }
}

async function downloadCsv() {
  if (!state.lastSql) return;
  try {
    const blob = await api('/api/data/query', { method: 'POST', json: state.lastSql, as: 'blob', accept: 'text/csv' });
    const name = state.datasets.find((d) => d.id === state.lastSql.dataset)?.name ?? 'query';
    save(blob, `${name}-query.csv`);
  } catch (err) {
    showError(err);
  }
}

function save(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------------------------------
// Questions

async function ask(question) {
  question = question.trim();
  const dataset = state.current;
  if (!question || !dataset) return;
  clearError();
  $('question').value = '';
  const card = h('li', { class: 'answer pending' },
    h('div', { class: 'question' }, question),
    h('p', { class: 'response muted' }, 'Thinking…'));
  $('answers').prepend(card);
  try {
    const context = state.followUp?.dataset === dataset ? state.followUp : null;
    const answer = await api('/api/analysis', {
      method: 'POST',
      json: context ? { dataset, query: question, previous: context.plan } : { dataset, query: question },
    });
    // A thread of follow-ups goes on from the newest answer.
    if (context && answer.plan) setFollowUp({ dataset, plan: answer.plan, question });
    card.replaceChildren(...await answerView(question, answer, dataset));
    card.className = 'answer';
  } catch (err) {
    card.className = 'answer failed';
    card.replaceChildren(h('div', { class: 'question' }, question), h('p', { class: 'response' }, err.message));
  }
}

/** Make the next question a follow-up of an answer (`null`: a fresh question). */
function setFollowUp(context) {
  state.followUp = context;
  $('context').hidden = !context;
  $('context-question').textContent = context?.question ?? '';
  if (context) $('question').focus();
}

async function answerView(question, answer, dataset) {
  const parts = [h('div', { class: 'question' }, question), h('p', { class: 'response' }, answer.response)];
  if (answer.vl_url) {
    const plot = { id: answer.plot_id, png_url: answer.png_url, svg_url: answer.svg_url, vl_url: answer.vl_url };
    parts.push(chartView(plot, answer.response));
    parts.push(h('div', { class: 'downloads' },
      h('button', { type: 'button', class: 'quiet', onclick: () => downloadPlot(plot, 'png') }, 'PNG'),
      h('button', { type: 'button', class: 'quiet', onclick: () => downloadPlot(plot, 'svg') }, 'SVG')));
  } else if (answer.png_url) {
    const url = await imageUrl(answer.png_url);
    parts.push(h('img', { src: url, alt: answer.response, class: 'chart' }));
  } else if (answer.table) {
    parts.push(h('div', { class: 'result' }, table(answer.table)));
  }
  if (answer.sql) {
    parts.push(h('details', {}, h('summary', {}, `SQL (${answer.mode} planner)`), h('pre', {}, h('code', {}, answer.sql))));
  }
  if (answer.plan) {
    parts.push(h('button', {
      type: 'button', class: 'quiet follow-up',
      onclick: () => setFollowUp({ dataset, plan: answer.plan, question }),
    }, 'Follow up'));
  }
  return parts;
}

// ---------------------------------------------------------------------------------------
// Interactive charts: Vega-Lite specs drawn by the Vega runtime blinq serves at
// /vendor/vega.js (loaded the first time a chart needs it). Expressions run in Vega's
// interpreter, so the page's CSP needs no 'unsafe-eval'; the PNG is the fallback.

let vegaRuntime = null;

function loadVega() {
  vegaRuntime ??= new Promise((resolve, reject) => {
    const script = h('script', { src: '/vendor/vega.js' });
    script.addEventListener('load', () => resolve(window.vegaEmbed));
    script.addEventListener('error', () => {
      vegaRuntime = null;
      reject(new Error('the chart runtime did not load'));
    });
    document.head.append(script);
  });
  return vegaRuntime;
}

/** Draw a Vega-Lite spec into `element`, as wide as the element; returns the Vega view. */
async function embedChart(element, spec) {
  const vegaEmbed = await loadVega();
  const { view } = await vegaEmbed(element, { ...spec, width: 'container' }, {
    ast: true,
    expr: window.vega.expressionInterpreter,
    renderer: 'svg',
    actions: false,
    defaultStyle: false,
    tooltip: { disableDefaultStyle: true },
  });
  return view;
}

/** A plot's interactive chart (hover for values, drag/scroll to pan and zoom, click the
 * legend), or its PNG when the chart cannot be drawn. */
function chartView(plot, alt) {
  const box = h('div', { class: 'chart interactive', role: 'figure', 'aria-label': alt, 'data-state': 'loading' });
  (async () => {
    try {
      await embedChart(box, await api(plot.vl_url));
      box.dataset.state = 'ready';
    } catch (err) {
      console.warn(`interactive chart unavailable, showing the image: ${err.message}`);
      const url = await imageUrl(plot.png_url);
      box.replaceChildren(h('img', { src: url, alt, class: 'chart' }));
      box.dataset.state = 'image';
    }
  })().catch(showError);
  return box;
}

/** Show a stored plot's interactive chart in the chart dialog. */
function openPlot(info) {
  const dialog = $('chart-dialog');
  $('chart-dialog-title').textContent = caption(info);
  $('chart-dialog-body').replaceChildren(chartView(info, caption(info)));
  if (!dialog.open) dialog.showModal();
}

/** Images need the token, so they are fetched and shown from memory. */
async function imageUrl(path) {
  return URL.createObjectURL(await api(path, { as: 'blob' }));
}

// ---------------------------------------------------------------------------------------
// Plots

async function loadPlots() {
  const { plots } = await api('/api/plots');
  const ids = new Set(plots.map((p) => p.id));
  for (const id of [...state.plots.keys()]) if (!ids.has(id)) removePlot(id);
  for (const info of plots) if (!state.plots.has(info.id)) addPlot(info, false);
}

function caption(info) {
  const spec = info.spec ?? {};
  if (spec.title) return spec.title;
  const y = Array.isArray(spec.y) ? spec.y.join(', ') : spec.y;
  const dataset = state.datasets.find((d) => d.id === info.dataset)?.name;
  return [spec.kind, y ? `${y} by ${spec.x}` : spec.x, dataset && `· ${dataset}`].filter(Boolean).join(' ');
}

/** Add a plot card (newest first); `fresh` highlights one that arrived live. */
function addPlot(info, fresh) {
  const img = h('img', { alt: caption(info), loading: 'lazy', title: 'Open the interactive chart', onclick: () => openPlot(info) });
  const item = h('li', { class: fresh ? 'fresh' : undefined, 'data-id': info.id },
    img,
    h('div', { class: 'caption' },
      h('span', { title: caption(info) }, caption(info)),
      h('button', { type: 'button', class: 'quiet', onclick: () => openPlot(info) }, 'Open'),
      h('button', { type: 'button', class: 'quiet', onclick: () => downloadPlot(info, 'svg') }, 'SVG'),
      h('button', { type: 'button', class: 'quiet', onclick: () => downloadPlot(info, 'png') }, 'PNG'),
      h('button', { type: 'button', class: 'quiet danger', 'aria-label': 'Delete plot', onclick: () => deletePlot(info.id) }, 'Delete')));
  const entry = { info, element: item, url: null };
  state.plots.set(info.id, entry);
  const list = $('plot-list');
  const newer = [...list.children].find((li) => (state.plots.get(li.dataset.id)?.info.created_at ?? '') < info.created_at);
  list.insertBefore(item, newer ?? null);
  $('plot-count').textContent = `(${state.plots.size})`;
  imageUrl(info.png_url)
    .then((url) => {
      if (state.plots.get(info.id) !== entry) return URL.revokeObjectURL(url);
      entry.url = url;
      img.src = url;
    })
    .catch(showError);
}

function removePlot(id) {
  const entry = state.plots.get(id);
  if (!entry) return;
  entry.element.remove();
  if (entry.url) URL.revokeObjectURL(entry.url);
  state.plots.delete(id);
  $('plot-count').textContent = state.plots.size ? `(${state.plots.size})` : '';
}

async function downloadPlot(info, format) {
  try {
    const blob = await api(format === 'svg' ? info.svg_url : info.png_url, { as: 'blob' });
    save(blob, `plot-${info.id}.${format}`);
  } catch (err) {
    showError(err);
  }
}

async function deletePlot(id) {
  try {
    await api(`/api/plots/${encodeURIComponent(id)}`, { method: 'DELETE', as: 'none' });
    removePlot(id);
  } catch (err) {
    showError(err);
  }
}

// ---------------------------------------------------------------------------------------
// Wiring

function selectTab(name) {
  for (const button of document.querySelectorAll('.tabs [data-tab]')) {
    const on = button.dataset.tab === name;
    button.setAttribute('aria-selected', on ? 'true' : 'false');
    $(`tab-${button.dataset.tab}`).hidden = !on;
  }
}

function wire() {
  $('error-close').addEventListener('click', clearError);
  $('sign-out').addEventListener('click', () => signOut());
  $('sign-in-form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearError();
    signIn($('token').value).then(() => { $('token').value = ''; }, showError);
  });
  for (const button of document.querySelectorAll('.tabs [data-tab]')) {
    button.addEventListener('click', () => selectTab(button.dataset.tab));
  }
  $('file').addEventListener('change', (e) => upload(e.target.files[0]));
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    upload(e.dataTransfer.files[0]);
  });
  $('ask-form').addEventListener('submit', (e) => { e.preventDefault(); ask($('question').value); });
  $('sql-form').addEventListener('submit', (e) => { e.preventDefault(); runSql(); });
  $('sql').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runSql(); }
  });
  $('sql-csv').addEventListener('click', downloadCsv);
  $('context-clear').addEventListener('click', () => setFollowUp(null));
}

/** Whether `token` has not expired (by its own claims; the server checks it for real). */
function current(token) {
  const payload = token ? claims(token) : null;
  return !!payload && !(payload.exp && payload.exp * 1000 < Date.now());
}

/** Whether to use a link's token instead of the session's `signedIn` token: yes for the
 * same user (a fresh token) or when nobody is signed in; for another user only if the
 * person agrees, so a link someone else sent cannot quietly switch accounts (and have the
 * next upload land in theirs). */
function acceptLink(token, signedIn) {
  if (!current(signedIn)) return true;
  const now = claims(signedIn).sub ?? '';
  const next = claims(token)?.sub ?? '';
  if (now === next) return true;
  return confirm(
    `This link signs you in as “${next}”, but you are signed in as “${now}”.\n\n` +
    `Switch to “${next}”? Your uploads and questions would then go to that account.`,
  );
}

/** Sign in with the token of a `#token=` link: when the page opens, or when it is already
 * open and the link is pasted into its address bar (which does not reload the page). */
async function signInFromLink() {
  const token = tokenFromLink();
  if (!token) return;
  if (state.signedIn && !acceptLink(token, state.token)) return;
  if (state.signedIn) signOut();
  clearError();
  try {
    await signIn(token);
  } catch (err) {
    showError(err);
  }
}

async function start() {
  wire();
  window.addEventListener('hashchange', signInFromLink);
  const linked = tokenFromLink();
  const stored = localStorage.getItem(TOKEN_KEY);
  const token = linked && acceptLink(linked, stored) ? linked : stored;
  if (!token) {
    $('sign-in').hidden = false;
    return;
  }
  try {
    await signIn(token);
  } catch (err) {
    localStorage.removeItem(TOKEN_KEY);
    $('sign-in').hidden = false;
    showError(err);
  }
}

start();
