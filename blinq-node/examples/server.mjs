// A small upload → chart server on plain node:http (no framework).
//
//   POST /chart?kind=bar&x=species&y=body_mass_g&aggregate=mean   body: a CSV  → image/png
//   POST /ask?q=average+body+mass+by+species                      body: a CSV  → JSON answer
//
// Every Blinq call here is the Promise form, so it runs on the libuv pool and the server
// keeps answering other requests while a big upload is parsed or drawn.
//
//   node examples/server.mjs [port]        (127.0.0.1, port 8080 by default)
//   curl --data-binary @penguins.csv -o mass.png \
//     'http://127.0.0.1:8080/chart?kind=bar&x=species&y=body_mass_g&aggregate=mean'

import { createServer as createHttpServer } from 'node:http'
import { pathToFileURL } from 'node:url'

import * as blinq from '../dist/index.js'

const MAX_BODY = 64 * 1024 * 1024
const FORMATS = { 'text/csv': 'csv', 'application/json': 'json', 'application/x-ndjson': 'ndjson', 'application/vnd.apache.parquet': 'parquet', 'application/vnd.apache.arrow.stream': 'ipc' }
const PLOT_KEYS = ['kind', 'x', 'y', 'color', 'aggregate', 'sort', 'title', 'theme']
const NUMBER_KEYS = ['width', 'height', 'bins', 'limit']

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

function send(res, status, type, body) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
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
  if (req.method !== 'POST') return send(res, 405, 'text/plain', 'use POST\n')
  if (url.pathname === '/chart') {
    const spec = {}
    for (const key of PLOT_KEYS) if (url.searchParams.has(key)) spec[key] = url.searchParams.get(key)
    for (const key of NUMBER_KEYS) if (url.searchParams.has(key)) spec[key] = Number(url.searchParams.get(key))
    const format = url.searchParams.get('format') === 'svg' ? 'svg' : 'png'
    const data = await upload(req)
    const chart = await data.plot({ kind: 'bar', ...spec, format })
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
