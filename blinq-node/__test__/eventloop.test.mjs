// The Promise forms run on the libuv pool: timers keep firing while flights.csv loads.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'

import { FLIGHTS, FLIGHTS_3000, HAVE_FLIGHTS, blinq } from './helpers.mjs'

const path = HAVE_FLIGHTS ? FLIGHTS : FLIGHTS_3000

function lineCount(file) {
  const text = readFileSync(file, 'utf8')
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n - 1 // the header
}

test('the event loop keeps ticking while an async load of flights.csv runs', async () => {
  const rows = lineCount(path)
  let ticks = 0
  const timer = setInterval(() => ticks++, 5)
  const started = performance.now()
  const loading = blinq.readCsv(path)
  assert.ok(loading instanceof Promise)
  const flights = await loading
  const elapsed = performance.now() - started
  clearInterval(timer)
  assert.equal(flights.shape[0], rows)
  // A 5 ms timer over the whole load: at least a few ticks, most of them if the load is long.
  const expected = Math.min(3, Math.floor(elapsed / 5 / 4))
  assert.ok(ticks >= Math.max(expected, 1), `${ticks} ticks in ${elapsed.toFixed(0)} ms`)
  if (HAVE_FLIGHTS) assert.ok(ticks >= 3, `${ticks} ticks in ${elapsed.toFixed(0)} ms`)

  // And a heavy query, also off the JS thread.
  ticks = 0
  const timer2 = setInterval(() => ticks++, 1)
  const byOrigin = await flights.sql(
    'select origin, count(*) as n, avg(arr_delay) as delay from data group by origin order by origin',
  )
  clearInterval(timer2)
  assert.equal(
    byOrigin.rows().reduce((a, r) => a + r.n, 0),
    rows,
  )
})

test('the sync form blocks: no timer fires during readCsvSync', () => {
  let ticks = 0
  const timer = setInterval(() => ticks++, 1)
  blinq.readCsvSync(FLIGHTS_3000)
  const during = ticks
  clearInterval(timer)
  assert.equal(during, 0)
})
