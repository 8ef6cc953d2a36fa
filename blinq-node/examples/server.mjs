// A small upload → chart server on plain node:http (no framework).
//
//   GET  /                                                        a page: pick a CSV, get an
//                                                                 interactive chart
//   POST /chart?kind=bar&x=species&y=body_mass_g&aggregate=mean   body: a CSV  → image/png
//        (&format=svg → image/svg+xml; &format=vega-lite → the Vega-Lite spec as JSON)
//   POST /ask?q=average+body+mass+by+species                      body: a CSV  → JSON answer
//   GET  /vendor/vega.min.js, vega-lite.min.js, vega-embed.min.js, vega-interpreter.min.js
//
// The page draws `plot.vegaLite()` with vega-embed (tooltips, zoom and pan, a clickable
// legend). The Vega scripts come from this server, read from the copies the repository
// vendors for the web app (blinq-server/web/vendor): nothing from a CDN. The page's
// Content-Security-Policy has no `unsafe-eval`: vega-interpreter evaluates Vega's expressions
// (`ast: true` + `vega.expressionInterpreter`), not `new Function`.
//
// Every Blinq call here is the Promise form, so it runs on the libuv pool and the server
// keeps answering other requests while a big upload is parsed or drawn.
//
//   node examples/server.mjs [port]        (127.0.0.1, port 8080 by default), then open
//   http://127.0.0.1:8080/ in a browser, or:
//   curl --data-binary @penguins.csv -o mass.png \
//     'http://127.0.0.1:8080/chart?kind=bar&x=species&y=body_mass_g&aggregate=mean'

import { readFile } from 'node:fs/promises'
import { createServer as createHttpServer } from 'node:http'
import { pathToFileURL } from 'node:url'

import * as blinq from '../dist/index.js'

const MAX_BODY = 64 * 1024 * 1024
const FORMATS = { 'text/csv': 'csv', 'application/json': 'json', 'application/x-ndjson': 'ndjson', 'application/vnd.apache.parquet': 'parquet', 'application/vnd.apache.arrow.stream': 'ipc' }
const PLOT_KEYS = ['kind', 'x', 'y', 'color', 'aggregate', 'sort', 'title', 'theme']
const NUMBER_KEYS = ['width', 'height', 'bins', 'limit']

// The Vega scripts, in the order the page loads them (vega-interpreter adds
// `vega.expressionInterpreter` to the `vega` global).
const VENDOR = new URL('../../blinq-server/web/vendor/', import.meta.url)
const VENDOR_FILES = ['vega.min.js', 'vega-lite.min.js', 'vega-embed.min.js', 'vega-interpreter.min.js']

// Scripts only from this origin and no eval; vega-embed adds its tooltip's <style>.
const PAGE_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Blinq chart</title>
<link rel="icon" href="data:,">
${VENDOR_FILES.map((f) => `<script src="/vendor/${f}"></script>`).join('\n')}
<script src="/page.js" defer></script>
</head>
<body>
<h1>Blinq chart</h1>
<form id="chart-form">
  <input type="file" name="file" accept=".csv,text/csv" required>
  <select name="kind">
    ${['bar', 'line', 'scatter', 'histogram', 'box', 'pie', 'area', 'heatmap'].map((k) => `<option>${k}</option>`).join('')}
  </select>
  <input name="x" placeholder="x (species)" required>
  <input name="y" placeholder="y (body_mass_g)">
  <input name="color" placeholder="color">
  <select name="aggregate">
    <option value="">(aggregate)</option>
    ${['count', 'sum', 'mean', 'median', 'min', 'max'].map((a) => `<option>${a}</option>`).join('')}
  </select>
  <button>Draw</button>
</form>
<p id="status" role="status"></p>
<div id="chart"></div>
</body>
</html>
`

// The page's script: upload the file, ask for the Vega-Lite spec, draw it.
const PAGE_JS = `const form = document.getElementById('chart-form')
const status = document.getElementById('status')
form.addEventListener('submit', async (event) => {
  event.preventDefault()
  const file = form.elements.file.files[0]
  const params = new URLSearchParams({ format: 'vega-lite' })
  for (const key of ['kind', 'x', 'y', 'color', 'aggregate']) {
    const value = form.elements[key].value.trim()
    if (value) params.set(key, value)
  }
  status.textContent = 'drawing…'
  const res = await fetch('/chart?' + params, {
    method: 'POST',
    headers: { 'content-type': file.type || 'text/csv' },
    body: file,
  })
  const body = await res.json()
  if (!res.ok) {
    status.textContent = body.code + ': ' + body.error
    return
  }
  await vegaEmbed('#chart', body, { ast: true, expr: vega.expressionInterpreter, actions: false, renderer: 'svg' })
  status.textContent = ''
})
`

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('the upload is too large'), { status: 413 }))
        req.destroy()
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

// Blinq's codes map to HTTP statuses: bad input is the client's fault, the rest is ours.
function statusFor(err) {
  if (err.status) return err.status
  switch (err.code) {
    case 'BLINQ_PARSE':
    case 'BLINQ_SCHEMA':
    case 'BLINQ_PLOT':
    case 'BLINQ_PLAN':
    case 'BLINQ_QUERY':
    case 'BLINQ_SANDBOX':
    case 'ERR_INVALID_ARG_VALUE':
      return 400
    case 'BLINQ_LIMIT':
      return 413
    default:
      return 500
  }
}

function send(res, status, type, body, headers = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

async function upload(req) {
  const type = (req.headers['content-type'] ?? 'text/csv').split(';')[0].trim()
  const format = FORMATS[type] ?? 'csv'
  return blinq.fromBuffer(await readBody(req), format, { name: 'upload' })
}

async function handle(req, res) {
  const url = new URL(req.url, 'http://localhost')
  if (req.method === 'GET' && url.pathname === '/health') {
    return send(res, 200, 'application/json', JSON.stringify({ ok: true }))
  }
  if (req.method === 'GET' && url.pathname === '/') {
    return send(res, 200, 'text/html; charset=utf-8', PAGE, { 'content-security-policy': PAGE_CSP })
  }
  if (req.method === 'GET' && url.pathname === '/page.js') {
    return send(res, 200, 'text/javascript; charset=utf-8', PAGE_JS)
  }
  if (req.method === 'GET' && url.pathname.startsWith('/vendor/')) {
    const name = url.pathname.slice('/vendor/'.length)
    if (!VENDOR_FILES.includes(name)) return send(res, 404, 'text/plain', 'not found\n')
    const script = await readFile(new URL(name, VENDOR))
    return send(res, 200, 'text/javascript; charset=utf-8', script, { 'cache-control': 'max-age=3600' })
  }
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'use POST\n')
  if (url.pathname === '/chart') {
    const spec = {}
    for (const key of PLOT_KEYS) if (url.searchParams.has(key)) spec[key] = url.searchParams.get(key)
    for (const key of NUMBER_KEYS) if (url.searchParams.has(key)) spec[key] = Number(url.searchParams.get(key))
    const asked = url.searchParams.get('format')
    const format = asked === 'svg' ? 'svg' : 'png'
    const data = await upload(req)
    const chart = await data.plot({ kind: 'bar', ...spec, format })
    if (asked === 'vega-lite') return send(res, 200, 'application/json', JSON.stringify(chart.vegaLite()))
    return format === 'svg'
      ? send(res, 200, 'image/svg+xml', chart.svg())
      : send(res, 200, 'image/png', chart.png())
  }
  if (url.pathname === '/ask') {
    const question = url.searchParams.get('q') ?? ''
    const data = await upload(req)
    const answer = await data.ask(question)
    const body = answer.toJSON()
    if (answer.plot) body.image = `data:image/png;base64,${answer.plot.png().toString('base64')}`
    return send(res, 200, 'application/json', JSON.stringify(body))
  }
  return send(res, 404, 'text/plain', 'not found\n')
}

/** An http.Server serving the routes above (not listening yet). */
export function createServer() {
  return createHttpServer((req, res) => {
    handle(req, res).catch((err) => {
      const body = JSON.stringify({ error: err.message, code: err.code ?? 'INTERNAL' })
      if (!res.headersSent) send(res, statusFor(err), 'application/json', body)
      else res.destroy(err)
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? 8080)
  const server = createServer()
  server.listen(port, '127.0.0.1', () => {
    console.log(`blinq example server on http://127.0.0.1:${server.address().port}`)
  })
}
