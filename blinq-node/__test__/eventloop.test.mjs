// The Promise forms run on the libuv pool: timers keep firing while flights.csv loads and
// while a heavy query runs.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

import { FLIGHTS, FLIGHTS_3000, HAVE_FLIGHTS, blinq, requireShared } from './helpers.mjs'

requireShared(HAVE_FLIGHTS, FLIGHTS)
const path = HAVE_FLIGHTS ? FLIGHTS : FLIGHTS_3000

function lineCount(file) {
  const text = readFileSync(file, 'utf8')
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n - 1 // the header
}

/** Run `work` with a 2 ms timer; how many times it fired and how long the work took. */
async function ticksDuring(work) {
  let ticks = 0
  const timer = setInterval(() => ticks++, 2)
  const started = performance.now()
  const result = await work()
  const elapsed = performance.now() - started
  clearInterval(timer)
  return { result, ticks, elapsed }
}

test('the event loop keeps ticking while an async load of flights.csv runs', async () => {
  const { result: flights, ticks, elapsed } = await ticksDuring(() => blinq.readCsv(path))
  assert.equal(flights.shape[0], lineCount(path))
  // A 2 ms timer over the whole load: at least a quarter of the ticks it could have had.
  assert.ok(ticks >= Math.max(1, Math.floor(elapsed / 2 / 4)), `${ticks} ticks in ${elapsed.toFixed(0)} ms`)
})

test('the event loop keeps ticking while a heavy async query runs', async () => {
  const flights = await blinq.readCsv(FLIGHTS_3000)
  // 3000 × 3000 = 9 million joined rows: hundreds of milliseconds of work.
  const { result, ticks, elapsed } = await ticksDuring(() =>
    flights.sql('select count(*) as n from data a cross join data b where a.dep_delay > b.dep_delay'),
  )
  assert.ok(result.rows()[0].n > 0)
  assert.ok(elapsed > 20, `the query took only ${elapsed.toFixed(0)} ms: too short to measure`)
  assert.ok(ticks >= Math.max(3, Math.floor(elapsed / 2 / 4)), `${ticks} ticks in ${elapsed.toFixed(0)} ms`)
})

test('the sync forms return their value, not a promise', () => {
  const flights = blinq.readCsvSync(FLIGHTS_3000)
  assert.ok(flights instanceof blinq.Dataset)
  assert.equal(flights.sqlSync('select count(*) as n from data').rows()[0].n, 3000)
})
