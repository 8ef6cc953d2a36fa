// The web app end to end: the real `blinq` binary on a loopback port with a temporary data
// directory, Debian's Chromium driven by playwright-core, the palmerpenguins file uploaded
// through the page. Expected values are palmerpenguins' published counts and means.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../../..');
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(repo, 'target');
const bin = process.env.BLINQ_BIN ?? path.join(targetDir, 'debug', 'blinq');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';
const penguins = path.join(repo, 'blinq-core/tests/fixtures/penguins.csv');

// Chromium on a machine with no outside network: no background connections at all.
const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

let dataDir;
let filesDir; // files the tests upload
let server;
let base;
let link;
let token;
let browser;
let page;
// Errors the page logs (console errors, uncaught exceptions, CSP refusals).
const pageErrors = [];

/** The environment without BLINQ_* settings of the caller (Kafka brokers, keys…). */
function cleanEnv() {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('BLINQ_')));
}

/** Start `blinq serve` on a free port and read the URL and the web app link off its banner. */
function startServer() {
  server = spawn(bin, ['serve', '--port', '0', '--data-dir', dataDir], {
    env: { ...cleanEnv(), RUST_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('blinq serve printed no banner within 60 s')), 60_000);
    server.once('error', reject);
    server.once('exit', (code) => reject(new Error(`blinq serve exited early with ${code}`)));
    createInterface({ input: server.stdout }).on('line', (line) => {
      const serving = line.match(/serving on (http:\/\/\S+)/);
      if (serving) base = serving[1];
      const web = line.match(/web app:\s+(http:\/\/\S+#token=(\S+))/);
      if (web) {
        [, link, token] = web;
        clearTimeout(timer);
        resolve();
      }
    });
  });
}

/** Write `content` to a file named `name` for an upload. */
async function file(name, content) {
  const target = path.join(filesDir, name);
  await writeFile(target, content);
  return target;
}

/** `blinq token` for another user of the same data directory. */
async function mint(sub, ttl = '1h') {
  const { stdout } = await promisify(execFile)(bin, ['token', '--sub', sub, '--ttl', ttl, '--data-dir', dataDir], { env: cleanEnv() });
  return stdout.trim();
}

/** Call the API as the local user, from outside the page. */
async function api(route, init = {}) {
  const response = await fetch(base + route, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers ?? {}) },
  });
  assert.ok(response.ok, `${route}: ${response.status} ${await response.clone().text()}`);
  return response.status === 204 ? null : response.json();
}

/** The text of every cell of the first table under `selector`, row by row. */
function tableRows(selector) {
  return page.$$eval(`${selector} tbody tr`, (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
}

before(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'blinq-web-'));
  filesDir = await mkdtemp(path.join(tmpdir(), 'blinq-web-files-'));
  await startServer();
  browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
});

/** The interactive chart under `scope` once drawn: its locator. */
async function readyChart(scope) {
  const chart = page.locator(`${scope} .chart.interactive[data-state=ready]`).first();
  await chart.waitFor();
  return chart;
}

/** The labels of the chart's horizontal axis (Vega draws axes as `role-axis` groups). */
function xAxisLabels(chart) {
  return chart.evaluate((el) => {
    const axes = [...el.querySelectorAll('g.role-axis')];
    // The x axis is the one whose labels spread horizontally.
    const spread = (axis) => {
      const xs = [...axis.querySelectorAll('.role-axis-label text')].map((t) => t.getBoundingClientRect().x);
      return Math.max(...xs) - Math.min(...xs);
    };
    const x = axes.sort((a, b) => spread(b) - spread(a))[0];
    return [...x.querySelectorAll('.role-axis-label text')].map((t) => t.textContent);
  });
}

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  for (const dir of [dataDir, filesDir]) if (dir) await rm(dir, { recursive: true, force: true });
});

test('the page and its files are served with a strict content security policy', async () => {
  const index = await fetch(`${base}/`);
  assert.equal(index.status, 200);
  assert.match(index.headers.get('content-type'), /^text\/html/);
  const csp = index.headers.get('content-security-policy');
  assert.match(csp, /script-src 'self'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(await index.text(), /<script type="module" src="\/app.js">/);
  const script = await fetch(`${base}/app.js`);
  assert.match(script.headers.get('content-type'), /^text\/javascript/);
  assert.equal(script.headers.get('x-content-type-options'), 'nosniff');
  // The API stays closed without a token.
  assert.equal((await fetch(`${base}/api/data`)).status, 401);
});

test('without a token the page asks for one and explains a refused one', async () => {
  await page.goto(`${base}/`);
  await page.locator('#sign-in').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#app').isVisible(), false);

  await page.fill('#token', 'not-a-token');
  await page.click('#sign-in button[type=submit]');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#error-text'), /three parts/);

  // Well formed, signed with another key: the server's reason is shown.
  const b64 = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'mallory', exp: Math.floor(Date.now() / 1000) + 3600 })}`;
  const forged = `${unsigned}.${createHmac('sha256', 'not the server key').update(unsigned).digest('base64url')}`;
  await page.fill('#token', forged);
  await page.click('#sign-in button[type=submit]');
  await page.waitForFunction(() => document.getElementById('error-text').textContent.includes('signature'));
  assert.equal(await page.locator('#app').isVisible(), false);
  assert.equal(await page.evaluate(() => localStorage.getItem('blinq.token')), null);
});

test('the link blinq serve prints signs in and leaves no token in the address bar', async () => {
  await page.goto(link);
  await page.locator('#app').waitFor({ state: 'visible' });
  assert.ok(!page.url().includes('token'), page.url());
  assert.equal(await page.textContent('#user'), 'local');
  await page.waitForFunction(() => document.getElementById('live').dataset.state === 'on');
  assert.equal(await page.locator('#error').isVisible(), false);
  await page.locator('#empty').waitFor({ state: 'visible' });
});

test('uploading penguins lists it with its shape and overview', async () => {
  await page.setInputFiles('#file', penguins);
  const item = page.locator('#dataset-list li', { hasText: 'penguins' });
  await item.waitFor();
  assert.match(await item.textContent(), /344 rows × 8 columns/);
  assert.equal(await page.textContent('#dataset-name'), 'penguins');

  await page.click('.tabs [data-tab=overview]');
  await page.locator('#overview-columns tbody tr').nth(7).waitFor();
  const columns = await tableRows('#overview-columns');
  assert.deepEqual(columns.map((r) => r[0]), [
    'species', 'island', 'bill_length_mm', 'bill_depth_mm', 'flipper_length_mm', 'body_mass_g', 'sex', 'year',
  ]);
  assert.equal((await tableRows('#overview-preview'))[0][0], 'Adelie');
});

test('a malformed upload is refused with the reason and changes nothing', async () => {
  await page.setInputFiles('#file', await file('broken.parquet', 'this is not a parquet file'));
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.match(await page.textContent('#error-text'), /broken\.parquet/);
  assert.equal(await page.locator('#dataset-list li').count(), 1);
  await page.click('#error-close');
});

test('a second dataset can be uploaded, picked and deleted', async () => {
  await page.setInputFiles('#file', await file('small.csv', 'a,b\n1,2\n3,4\n5,6\n'));
  const item = page.locator('#dataset-list li', { hasText: 'small' });
  await item.waitFor();
  assert.match(await item.textContent(), /3 rows × 2 columns/);
  await page.waitForFunction(() => document.getElementById('dataset-name').textContent === 'small');
  await page.locator('#dataset-list li', { hasText: 'penguins' }).locator('button.pick').click();
  assert.equal(await page.textContent('#dataset-name'), 'penguins');

  page.once('dialog', (dialog) => dialog.accept());
  await item.locator('button.remove').click();
  await item.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#dataset-list li').count(), 1);
  assert.equal(await page.textContent('#dataset-name'), 'penguins');
  assert.equal((await api('/api/data')).datasets.length, 1);
});

test('SQL runs through the sandbox, and hostile SQL is refused', async () => {
  await page.click('.tabs [data-tab=sql]');
  await page.fill('#sql', 'SELECT species, COUNT(*) AS n FROM penguins GROUP BY species ORDER BY species');
  await page.press('#sql', 'Control+Enter');
  await page.locator('#sql-result tbody tr').nth(2).waitFor();
  assert.deepEqual(await tableRows('#sql-result'), [['Adelie', '152'], ['Chinstrap', '68'], ['Gentoo', '124']]);
  assert.match(await page.textContent('#sql-status'), /^3 rows/);
  assert.equal(await page.isEnabled('#sql-csv'), true);

  await page.fill('#sql', "SELECT * FROM read_csv('/etc/passwd')");
  await page.click('#sql-form button[type=submit]');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.ok((await page.textContent('#error-text')).length > 10);
  assert.equal(await page.locator('#sql-result table').count(), 0);
  await page.click('#error-close');
});

test('a question gets a chart, which joins the plots; a follow-up edits it', async () => {
  await page.click('.tabs [data-tab=ask]');
  await page.fill('#question', 'average body mass by species as a bar chart');
  await page.press('#question', 'Enter');
  // An interactive chart: three bars; hovering Gentoo's shows its mean (pandas: 5076.016).
  const chart = await readyChart('#answers li:first-child');
  const bars = chart.locator('g.mark-rect path');
  assert.equal(await bars.count(), 3);
  await bars.nth(2).hover();
  const tooltip = page.locator('#vg-tooltip-element.visible');
  await tooltip.waitFor();
  assert.match(await tooltip.textContent(), /Gentoo/);
  assert.match(await tooltip.textContent(), /5,076\.02/);
  assert.match(await page.locator('#answers li').first().textContent(), /bar chart.*body_mass_g by species/);
  await page.locator('#plot-list li').first().waitFor();
  assert.equal(await page.locator('#plot-list li').count(), 1);
  const plots = (await api('/api/plots')).plots;
  assert.equal(plots.length, 1);
  assert.deepEqual([plots[0].spec.kind, plots[0].spec.x, plots[0].spec.y], ['bar', 'species', 'body_mass_g']);
  assert.equal(await page.locator('#plot-list li').first().getAttribute('data-id'), plots[0].id);

  await page.fill('#question', 'how many penguins are there?');
  await page.press('#question', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#answers li:not(.pending)').length === 2);
  assert.match(await page.locator('#answers li').first().textContent(), /344/);

  // A table, then a follow-up on it: the means of 2008 only (computed with pandas).
  await page.fill('#question', 'average body mass by species');
  await page.press('#question', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#answers li:not(.pending)').length === 3);
  assert.equal(await page.locator('#context').isVisible(), false);
  await page.locator('#answers li').first().locator('button.follow-up').click();
  assert.match(await page.textContent('#context'), /average body mass by species/);
  await page.fill('#question', 'only for 2008');
  await page.press('#question', 'Enter');
  await page.waitForFunction(() => document.querySelectorAll('#answers li:not(.pending)').length === 4);
  const rows = await tableRows('#answers li:first-child');
  assert.deepEqual(rows.map((r) => r[0]), ['Adelie', 'Chinstrap', 'Gentoo']);
  const means = rows.map((r) => Number(r[1]));
  [3742, 3800, 5019.565217391].forEach((want, i) => assert.ok(Math.abs(means[i] - want) < 1e-6, `${means[i]} vs ${want}`));
  await page.click('#context-clear');
  assert.equal(await page.locator('#context').isVisible(), false);
});

test('a stored plot opens as an interactive chart: zoom changes the x domain, the legend and no errors', async () => {
  const datasets = (await api('/api/data')).datasets;
  const id = datasets.find((d) => d.name === 'penguins').id;
  const plot = await api('/api/plots', {
    method: 'POST',
    body: JSON.stringify({ dataset: id, spec: { kind: 'line', x: 'flipper_length_mm', y: 'body_mass_g', color: 'species' } }),
  });
  const item = page.locator(`#plot-list li[data-id="${plot.id}"]`);
  await item.waitFor();
  await item.getByRole('button', { name: 'Open' }).click();
  const chart = await readyChart('#chart-dialog');
  assert.equal(await chart.locator('g.mark-line path').count(), 3, 'a line per species');
  const before = await xAxisLabels(chart);
  const allLabels = () => [...document.querySelectorAll('#chart-dialog g.role-axis-label text')].map((t) => t.textContent).join('|');
  const unzoomed = await page.evaluate(allLabels);
  const box = await chart.locator('svg').boundingBox();
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5);
  await page.mouse.wheel(0, -600);
  await page.waitForFunction(
    (old) => [...document.querySelectorAll('#chart-dialog g.role-axis-label text')].map((t) => t.textContent).join('|') !== old,
    unzoomed,
  );
  const after = await xAxisLabels(chart);
  assert.notDeepEqual(after, before, 'zooming changes the x domain');
  // The legend has the three species; the page's CSP is unchanged and nothing was refused.
  assert.match(await chart.locator('g.role-legend').textContent(), /Adelie.*Chinstrap.*Gentoo/);
  await page.keyboard.press('Escape');
  const index = await fetch(`${base}/`);
  assert.equal(
    index.headers.get('content-security-policy'),
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
  const runtime = await fetch(`${base}/vendor/vega.js`);
  assert.equal(runtime.status, 200);
  assert.equal((await fetch(`${base}/vendor/vega.js`, { headers: { 'If-None-Match': runtime.headers.get('etag') } })).status, 304);
  // Refused requests of earlier tests (bad token, hostile SQL) log "Failed to load
  // resource"; anything else (a CSP refusal, an exception in Vega) is a failure.
  assert.deepEqual(pageErrors.filter((e) => !e.startsWith('Failed to load resource')), []);
});

test('blinq plot -o chart.html writes a page that draws the chart offline', async () => {
  const out = path.join(filesDir, 'species.html');
  await promisify(execFile)(bin, ['plot', penguins, '--kind', 'bar', '--x', 'species', '-o', out], { env: cleanEnv() });
  const offline = await browser.newPage();
  const errors = [];
  offline.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  offline.on('pageerror', (err) => errors.push(err.message));
  const requests = [];
  offline.on('request', (request) => requests.push(request.url()));
  await offline.goto(pathToFileURL(out).href);
  await offline.locator('#chart g.mark-rect path').nth(2).waitFor();
  assert.equal(await offline.locator('#chart g.mark-rect path').count(), 3);
  // Hover Adelie's bar: its count (palmerpenguins: 152).
  await offline.locator('#chart g.mark-rect path').first().hover();
  await offline.locator('#vg-tooltip-element.visible').waitFor();
  assert.match(await offline.locator('#vg-tooltip-element').textContent(), /Adelie.*152/);
  assert.deepEqual(requests, [pathToFileURL(out).href], 'the page loads nothing else');
  assert.deepEqual(errors, []);
  await offline.close();
});

test('the dictionary editor teaches Ask what a column means', async () => {
  await page.click('.tabs [data-tab=ask]');
  const asked = await page.locator('#answers li:not(.pending)').count();
  await page.fill('#question', 'what is the average heaviness');
  await page.press('#question', 'Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#answers li:not(.pending)').length === n, asked + 1);
  assert.match(await page.locator('#answers li').first().textContent(), /can't answer/);

  await page.click('.tabs [data-tab=overview]');
  const row = page.locator('#overview-columns tr[data-column=body_mass_g]');
  await row.locator('.note-description').fill('heaviness');
  await row.locator('.note-unit').fill('g');
  await page.click('#dictionary-form button[type=submit]');
  await page.waitForFunction(() => document.getElementById('dictionary-status').textContent === 'Saved');
  const datasets = (await api('/api/data')).datasets;
  const mass = datasets.find((d) => d.name === 'penguins').columns.find((c) => c.name === 'body_mass_g');
  assert.deepEqual([mass.description, mass.unit], ['heaviness', 'g']);

  // palmerpenguins' mean body mass over the 342 weighed penguins: 4201.75 g.
  await page.click('.tabs [data-tab=ask]');
  await page.fill('#question', 'what is the average heaviness');
  await page.press('#question', 'Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#answers li:not(.pending)').length === n, asked + 2);
  assert.match(await page.locator('#answers li').first().textContent(), /4,201\.75/);

  // A column the dataset lacks is refused and shown; nothing changes.
  const id = datasets.find((d) => d.name === 'penguins').id;
  const refused = await fetch(`${base}/api/data/${id}/dictionary`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ body_mass: 'weight' }),
  });
  assert.equal(refused.status, 400);
  assert.equal((await refused.json()).error.code, 'schema');
});

test('a plot made by another client appears live, and so does its deletion', async () => {
  const before = await page.locator('#plot-list li').count();
  const datasets = (await api('/api/data')).datasets;
  const plot = await api('/api/plots', {
    method: 'POST',
    body: JSON.stringify({ dataset: datasets[0].id, spec: { kind: 'scatter', x: 'bill_length_mm', y: 'bill_depth_mm' } }),
  });
  const item = page.locator(`#plot-list li[data-id="${plot.id}"]`);
  await item.waitFor();
  assert.equal(await page.locator('#plot-list li').count(), before + 1);
  await page.waitForFunction((id) => document.querySelector(`#plot-list li[data-id="${id}"] img`)?.naturalWidth > 0, plot.id);

  await api(`/api/plots/${plot.id}`, { method: 'DELETE' });
  await item.waitFor({ state: 'detached' });
  assert.equal(await page.locator('#plot-list li').count(), before);
});

test("another user sees none of the local user's data", async () => {
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(`${base}/#token=${await mint('bob')}`);
    await other.locator('#app').waitFor({ state: 'visible' });
    assert.equal(await other.textContent('#user'), 'bob');
    await other.locator('#empty').waitFor({ state: 'visible' });
    assert.equal(await other.locator('#dataset-list li').count(), 0);
    assert.equal(await other.locator('#plot-list li').count(), 0);
  } finally {
    await context.close();
  }
});

test('a link for another user asks before switching, and switching needs a yes', async () => {
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(`${base}/#token=${await mint('carol')}`);
    await other.locator('#app').waitFor({ state: 'visible' });
    assert.equal(await other.textContent('#user'), 'carol');
    const carols = await other.evaluate(() => localStorage.getItem('blinq.token'));

    // Someone sends carol a link signing in as mallory: pasted into the open page (a hash
    // change), the page asks; carol says no and stays herself.
    const mallory = await mint('mallory');
    const asked = [];
    const refuse = (dialog) => { asked.push(dialog.message()); dialog.dismiss(); };
    other.on('dialog', refuse);
    await other.goto(`${base}/#token=${mallory}`);
    await other.waitForFunction(() => !location.hash);
    assert.equal(asked.length, 1);
    assert.match(asked[0], /mallory/);
    assert.match(asked[0], /carol/);
    assert.equal(await other.textContent('#user'), 'carol');
    assert.equal(await other.evaluate(() => localStorage.getItem('blinq.token')), carols);

    // The same link opened in a new load of the page: asked again, refused again.
    await other.goto('about:blank');
    await other.goto(`${base}/#token=${mallory}`);
    await other.locator('#app').waitFor({ state: 'visible' });
    assert.equal(asked.length, 2);
    assert.equal(await other.textContent('#user'), 'carol');
    other.off('dialog', refuse);

    // A fresh token for carol herself switches without asking.
    const unexpected = (dialog) => { asked.push(dialog.message()); dialog.dismiss(); };
    other.on('dialog', unexpected);
    const fresh = await mint('carol', '2h');
    await other.goto(`${base}/#token=${fresh}`);
    await other.waitForFunction((t) => localStorage.getItem('blinq.token') === t, fresh);
    assert.equal(asked.length, 2, 'no question for the same user');
    other.off('dialog', unexpected);

    // Saying yes switches.
    other.once('dialog', (dialog) => dialog.accept());
    await other.goto(`${base}/#token=${mallory}`);
    await other.waitForFunction(() => document.getElementById('user').textContent === 'mallory');
    assert.equal(await other.evaluate(() => localStorage.getItem('blinq.token')), mallory);
  } finally {
    await context.close();
  }
});

test('an expiring token signs the page out when it expires', async () => {
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(`${base}/#token=${await mint('brief', '4s')}`);
    await other.locator('#app').waitFor({ state: 'visible' });
    await other.locator('#sign-in').waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await other.textContent('#error-text'), /expired/);
  } finally {
    await context.close();
  }
});

test('signing out forgets the token', async () => {
  await page.click('#sign-out');
  await page.locator('#sign-in').waitFor({ state: 'visible' });
  await page.reload();
  await page.locator('#sign-in').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#app').isVisible(), false);
  assert.equal(await page.evaluate(() => localStorage.getItem('blinq.token')), null);
});
