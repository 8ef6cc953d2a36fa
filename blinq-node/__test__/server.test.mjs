// examples/server.mjs: a CSV upload becomes a PNG chart or a Vega-Lite spec, answers and errors
// are JSON, and the page with its same-origin Vega scripts is served.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { spawn } from 'node:child_process'
import { join } from 'node:path'

import { PACKAGE, PENGUINS, ROOT, readCsvPlain } from './helpers.mjs'
import { createServer } from '../examples/server.mjs'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
let server
let base

before(async () => {
  server = createServer()
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${server.address().port}`
})

after(() => new Promise((resolve) => server.close(resolve)))

test('POST /chart with a CSV body answers a PNG', async () => {
  const res = await fetch(`${base}/chart?kind=bar&x=species&y=body_mass_g&aggregate=mean&width=600&height=300`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: readFileSync(PENGUINS),
  })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('content-type'), 'image/png')
  const body = Buffer.from(await res.arrayBuffer())
  assert.ok(body.subarray(0, 8).equals(PNG))
  assert.equal(body.readUInt32BE(16), 600)
})

test('POST /ask answers JSON, bad input is a 400 with the code', async () => {
  const res = await fetch(`${base}/ask?q=${encodeURIComponent('how many penguins per island')}`, {
    method: 'POST',
    body: readFileSync(PENGUINS),
  })
  assert.equal(res.status, 200)
  const answer = await res.json()
  assert.equal(typeof answer.response, 'string')
  assert.ok(answer.table.rows.length >= 3)

  const bad = await fetch(`${base}/chart?kind=bar&x=nope`, { method: 'POST', body: readFileSync(PENGUINS) })
  assert.equal(bad.status, 400)
  assert.equal((await bad.json()).code, 'BLINQ_SCHEMA')
  const ragged = await fetch(`${base}/chart?kind=bar&x=a`, { method: 'POST', body: 'a,b\n1,2\n3,4,5\n' })
  assert.equal(ragged.status, 400)
  assert.equal((await ragged.json()).code, 'BLINQ_PARSE')
})

test('POST /chart&format=vega-lite answers the spec: counts per species', async () => {
  const res = await fetch(`${base}/chart?kind=bar&x=species&format=vega-lite`, {
    method: 'POST',
    body: readFileSync(PENGUINS),
  })
  assert.equal(res.status, 200)
  assert.equal(res.headers.get('content-type'), 'application/json')
  const spec = await res.json()
  assert.match(spec.$schema, /vega-lite\/v5/)
  const expected = {}
  for (const row of readCsvPlain(PENGUINS)) expected[row.species] = (expected[row.species] ?? 0) + 1
  assert.deepEqual(Object.fromEntries(spec.data.values.map((r) => [r.x, r.value])), expected)
})

test('GET / is the page; its Vega scripts come from this server, in order, without eval', async () => {
  const res = await fetch(`${base}/`)
  assert.equal(res.status, 200)
  assert.match(res.headers.get('content-type'), /^text\/html/)
  const csp = res.headers.get('content-security-policy')
  assert.match(csp, /script-src 'self'/)
  assert.doesNotMatch(csp, /unsafe-eval/)
  const page = await res.text()
  const scripts = [...page.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1])
  assert.deepEqual(scripts, [
    '/vendor/vega.min.js',
    '/vendor/vega-lite.min.js',
    '/vendor/vega-embed.min.js',
    '/vendor/vega-interpreter.min.js',
    '/page.js',
  ])
  const js = await fetch(`${base}/page.js`)
  assert.equal(js.status, 200)
  assert.match(await js.text(), /vegaEmbed\(.*expressionInterpreter/)
  const vendor = join(ROOT, 'blinq-server', 'web', 'vendor')
  for (const src of scripts.slice(0, 4)) {
    const script = await fetch(`${base}${src}`)
    assert.equal(script.status, 200, src)
    assert.match(script.headers.get('content-type'), /^text\/javascript/)
    const body = Buffer.from(await script.arrayBuffer())
    assert.ok(body.equals(readFileSync(join(vendor, src.slice('/vendor/'.length)))), src)
  }
  for (const bad of ['/vendor/nope.js', '/vendor/..%2FREADME.md', '/vendor/vega.min.js.map']) {
    assert.equal((await fetch(`${base}${bad}`)).status, 404, bad)
  }
})

test('the server answers /health while a chart is being drawn', async () => {
  const chart = fetch(`${base}/chart?kind=scatter&x=bill_length_mm&y=body_mass_g`, {
    method: 'POST',
    body: readFileSync(PENGUINS),
  })
  const health = await fetch(`${base}/health`)
  assert.equal(health.status, 200)
  assert.equal((await chart).status, 200)
})

test('node examples/server.mjs starts and serves', async () => {
  const child = spawn(process.execPath, [join(PACKAGE, 'examples', 'server.mjs'), '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const url = await new Promise((resolve, reject) => {
      child.stdout.on('data', (d) => {
        const m = /http:\/\/127\.0\.0\.1:\d+/.exec(String(d))
        if (m) resolve(m[0])
      })
      child.on('exit', (code) => reject(new Error(`server exited with ${code}`)))
    })
    const res = await fetch(`${url}/chart?kind=pie&x=island`, { method: 'POST', body: readFileSync(PENGUINS) })
    assert.equal(res.status, 200)
    assert.ok(Buffer.from(await res.arrayBuffer()).subarray(0, 8).equals(PNG))
  } finally {
    child.kill()
  }
})
