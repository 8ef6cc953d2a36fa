// Plot.vegaLite(): for every chart kind the spec validates against Vega-Lite's own JSON schema,
// compiles with vega-lite without a warning, and runs in a headless Vega view: Node's vega with
// its expression compiler, and the browser builds of vega and vega-interpreter bound together
// as a page without `unsafe-eval` loads them (examples/server.mjs, the web app).
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import vm from 'node:vm'

import Ajv from 'ajv'
import vega from 'vega'
import vegaLite from 'vega-lite'

import { FLIGHTS_3000, PENGUINS, blinq, readCsvPlain } from './helpers.mjs'

const require = createRequire(import.meta.url)
const schema = require('vega-lite/build/vega-lite-schema.json')
const validate = new Ajv({ allowUnionTypes: true, strict: false, logger: false }).compile(schema)

// The browser builds, as a page loads them: vega.min.js bundles its own vega-util, and
// vega-interpreter.min.js takes vega-util's functions from the `vega` global, i.e. from that
// bundle (Node's vega and vega-interpreter both import the newest vega-util instead, which
// hid that vega 5.33.0's bundle lacks one the interpreter needs).
const vegaBrowser = require('vega/build/vega.min.js')
function browserInterpreter() {
  const source = readFileSync(require.resolve('vega-interpreter/build/vega-interpreter.min.js'), 'utf8')
  let factory
  const define = (_deps, f) => (factory = f)
  define.amd = true
  vm.runInThisContext(`(function (define) {\n${source}\n})`).call({}, define)
  const exports = {}
  factory(exports, vegaBrowser)
  return exports.expressionInterpreter
}
const expressionInterpreter = browserInterpreter()

const penguins = blinq.readCsvSync(PENGUINS)
const rows = readCsvPlain(PENGUINS)

/** Rows per value of `column`, counted in plain JS. */
function countBy(column) {
  const counts = {}
  for (const row of rows) counts[row[column]] = (counts[row[column]] ?? 0) + 1
  return counts
}

const CHARTS = {
  bar: { kind: 'bar', x: 'species' },
  'grouped bar': { kind: 'bar', x: 'species', y: 'body_mass_g', aggregate: 'mean', color: 'sex' },
  line: { kind: 'line', x: 'year', y: 'body_mass_g', aggregate: 'mean', color: 'species' },
  scatter: { kind: 'scatter', x: 'bill_length_mm', y: 'body_mass_g', color: 'species' },
  histogram: { kind: 'histogram', x: 'flipper_length_mm', bins: 12 },
  box: { kind: 'box', x: 'species', y: 'body_mass_g' },
  pie: { kind: 'pie', x: 'island' },
  area: { kind: 'area', x: 'year', y: 'body_mass_g', aggregate: 'mean' },
  'stacked area': { kind: 'area', x: 'year', y: 'body_mass_g', aggregate: 'sum', color: 'species', stacked: true },
  heatmap: { kind: 'heatmap', x: 'species', y: 'island' },
}

// Dates (UTC time axes and tooltips) and the layouts the penguins charts above leave out.
const flights = blinq.readCsvSync(FLIGHTS_3000)
const FLIGHT_CHARTS = {
  'time line': { kind: 'line', x: 'time_hour', y: 'dep_delay', aggregate: 'mean', color: 'origin' },
  'time histogram': { kind: 'histogram', x: 'time_hour', color: 'origin', stacked: true },
  'horizontal bar': { kind: 'bar', x: 'carrier', limit: 8, horizontal: true },
  'grouped box': { kind: 'box', x: 'origin', y: 'air_time', color: 'carrier', limit: 3 },
  'overlaid histogram': { kind: 'histogram', x: 'distance', color: 'origin' },
}

/** A logger for vega-lite's compile() and Vega's View that keeps warnings and errors. */
function recorder() {
  const seen = { warn: [], error: [] }
  let level = 0
  const logger = {
    level(l) {
      if (l === undefined) return level
      level = l
      return logger
    },
    warn: (...args) => (seen.warn.push(args.join(' ')), logger),
    error: (...args) => (seen.error.push(args.join(' ')), logger),
    info: () => logger,
    debug: () => logger,
  }
  return { logger, seen }
}

/** Every item of the scenegraph's marks of `marktype` that draw data (role `mark`). */
function markItems(scene, marktype) {
  const found = []
  const walk = (node) => {
    if (!node) return
    if (node.marktype === marktype && node.role === 'mark') found.push(...node.items)
    for (const item of node.items ?? []) walk(item)
  }
  walk(scene.root ?? scene)
  return found
}

/** Compile `spec` (asserting no vega-lite warning) and run it in a headless view (asserting
 * no Vega warning): Node's vega with its expression compiler, or (`interpreter`) the browser
 * builds with vega-interpreter, as vega-embed runs them with `ast: true`. */
async function run(spec, { interpreter = false } = {}) {
  const { logger, seen } = recorder()
  const compiled = vegaLite.compile(spec, { logger })
  assert.deepEqual(seen, { warn: [], error: [] }, 'vega-lite compile() warnings')
  const v = interpreter ? vegaBrowser : vega
  const runtime = v.parse(compiled.spec, null, interpreter ? { ast: true } : undefined)
  const viewLog = recorder()
  const view = new v.View(runtime, {
    renderer: 'none',
    logger: viewLog.logger,
    ...(interpreter ? { expr: expressionInterpreter } : {}),
  })
  await view.runAsync()
  // Zoom and pan listen on `window` for drags; Node has none, a page does.
  const warn = viewLog.seen.warn.filter((w) => w !== 'Can not resolve event source: window')
  assert.deepEqual({ ...viewLog.seen, warn }, { warn: [], error: [] }, 'Vega view warnings')
  return view
}

test('the compile check sees warnings', () => {
  const { logger, seen } = recorder()
  vegaLite.compile({ mark: 'bar', data: { values: [{ a: 1 }] }, encoding: { shape: { field: 'a', type: 'nominal' } } }, { logger })
  assert.equal(seen.warn.length, 1)
  assert.match(seen.warn[0], /shape/)
})

test('a deliberately broken spec fails the schema, so the check can fail', () => {
  assert.equal(validate({ mark: 'nope' }), false)
  assert.ok(validate.errors.length > 0)
  const good = penguins.plotSync(CHARTS.bar).vegaLite()
  assert.equal(validate({ ...good, mark: 'nope' }), false)
  assert.equal(validate(good), true)
})

for (const [name, options] of Object.entries(CHARTS)) {
  test(`${name}: the spec validates, compiles without warnings and runs in a headless view`, async () => {
    const chart = await penguins.plot(options)
    const spec = chart.vegaLite()
    assert.match(spec.$schema, /vega-lite\/v5/)
    assert.ok(validate(spec), JSON.stringify(validate.errors?.slice(0, 3)))
    for (const interpreter of [false, true]) {
      const view = await run(spec, { interpreter })
      assert.ok(view.scenegraph().root.items.length > 0)
      view.finalize()
    }
  })
}

for (const [name, options] of Object.entries(FLIGHT_CHARTS)) {
  test(`${name}: the spec validates, compiles without warnings and runs in a headless view`, async () => {
    const spec = (await flights.plot(options)).vegaLite()
    assert.ok(validate(spec), JSON.stringify(validate.errors?.slice(0, 3)))
    for (const interpreter of [false, true]) {
      const view = await run(spec, { interpreter })
      assert.ok(view.scenegraph().root.items.length > 0)
      view.finalize()
    }
  })
}

test('bar: three bars, the counts per species', async () => {
  const spec = (await penguins.plot(CHARTS.bar)).vegaLite()
  const expected = countBy('species')
  assert.deepEqual(expected, { Adelie: 152, Chinstrap: 68, Gentoo: 124 })
  for (const interpreter of [false, true]) {
    const view = await run(spec, { interpreter })
    const bars = markItems(view.scenegraph(), 'rect')
    assert.equal(bars.length, 3)
    const drawn = Object.fromEntries(bars.map((b) => [b.datum.x, b.datum.value]))
    assert.deepEqual(drawn, expected)
    // Taller bar, more penguins: the heights follow the counts.
    const height = Object.fromEntries(bars.map((b) => [b.datum.x, b.height]))
    assert.ok(height.Adelie > height.Gentoo && height.Gentoo > height.Chinstrap)
    view.finalize()
  }
})

test('pie: one arc per island', async () => {
  const spec = (await penguins.plot(CHARTS.pie)).vegaLite()
  const view = await run(spec)
  const arcs = markItems(view.scenegraph(), 'arc')
  const expected = countBy('island')
  assert.equal(arcs.length, Object.keys(expected).length)
  view.finalize()
})

test('a chart from an answer has a spec too', async () => {
  const answer = await penguins.ask('bar chart of average flipper length by island')
  const spec = answer.plot.vegaLite()
  assert.ok(validate(spec))
  const view = await run(spec)
  assert.equal(markItems(view.scenegraph(), 'rect').length, 3)
  view.finalize()
})
