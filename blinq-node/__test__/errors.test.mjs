// Errors are BlinqErrors (JS Errors) with a stable code and the core's message, sync and
// async alike.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { PENGUINS, blinq, tempDir } from './helpers.mjs'

const penguins = blinq.readCsvSync(PENGUINS)

function syncError(fn) {
  try {
    fn()
  } catch (e) {
    return e
  }
  assert.fail('expected an error')
}

async function asyncError(promise) {
  try {
    await promise
  } catch (e) {
    return e
  }
  assert.fail('expected a rejection')
}

async function both(code, sync, async_, message) {
  for (const err of [syncError(sync), await asyncError(async_())]) {
    assert.ok(err instanceof Error, `${err} is an Error`)
    assert.ok(err instanceof blinq.BlinqError, `${err} is a BlinqError`)
    assert.equal(err.code, code, err.message)
    if (message) assert.match(err.message, message)
  }
}

test('DROP TABLE is BLINQ_SANDBOX', async () => {
  await both(
    'BLINQ_SANDBOX',
    () => penguins.sqlSync('DROP TABLE data'),
    () => penguins.sql('DROP TABLE data'),
    /refused/,
  )
})

test('a table function reading a file is BLINQ_SANDBOX', async () => {
  await both(
    'BLINQ_SANDBOX',
    () => penguins.sqlSync("select * from read_csv('/etc/passwd')"),
    () => penguins.sql("select * from read_csv('/etc/passwd')"),
  )
})

test('a malformed CSV is BLINQ_PARSE, from a file and from a buffer', async () => {
  const dir = tempDir('blinq-node-')
  const bad = join(dir, 'bad.csv')
  writeFileSync(bad, 'a,b\n1,2\n3,4,5\n')
  await both('BLINQ_PARSE', () => blinq.readCsvSync(bad), () => blinq.readCsv(bad), /line 3/)
  await both(
    'BLINQ_PARSE',
    () => blinq.fromBufferSync(Buffer.from('a,b\n1,2\n3,4,5\n'), 'csv'),
    () => blinq.fromBuffer(Buffer.from('a,b\n1,2\n3,4,5\n'), 'csv'),
  )
  await both(
    'BLINQ_PARSE',
    () => blinq.fromBufferSync(Buffer.from('not parquet'), 'parquet'),
    () => blinq.fromBuffer(Buffer.from('not parquet'), 'parquet'),
  )
})

test('an unknown column is BLINQ_SCHEMA with a suggestion', async () => {
  await both(
    'BLINQ_SCHEMA',
    () => penguins.sqlSync('select body_mass from data'),
    () => penguins.sql('select body_mass from data'),
    /body_mass_g/,
  )
  await both(
    'BLINQ_SCHEMA',
    () => penguins.plotSync({ kind: 'bar', x: 'speces' }),
    () => penguins.plot({ kind: 'bar', x: 'speces' }),
    /species/,
  )
})

test('an unknown table is BLINQ_SANDBOX, a failing query BLINQ_QUERY', async () => {
  await both(
    'BLINQ_SANDBOX',
    () => penguins.sqlSync('select * from nope'),
    () => penguins.sql('select * from nope'),
    /unknown table `nope`/,
  )
  await both(
    'BLINQ_QUERY',
    () => penguins.sqlSync('select sum(species) from data'),
    () => penguins.sql('select sum(species) from data'),
    /text, not numbers/,
  )
  await both(
    'BLINQ_QUERY',
    () => blinq.sqlSync('select cast(species as int) from p', { p: penguins }),
    () => blinq.sql('select cast(species as int) from p', { p: penguins }),
  )
})

test('a bad plot spec is BLINQ_PLOT, an oversized one BLINQ_LIMIT', async () => {
  await both(
    'BLINQ_PLOT',
    () => penguins.plotSync({ kind: 'pie chart', x: 'species' }),
    () => penguins.plot({ kind: 'pie chart', x: 'species' }),
    /unknown variant/,
  )
  await both(
    'BLINQ_PLOT',
    () => penguins.plotSync({ kind: 'histogram', x: 'species' }),
    () => penguins.plot({ kind: 'histogram', x: 'species' }),
    /needs numbers/,
  )
  await both(
    'BLINQ_LIMIT',
    () => penguins.plotSync({ kind: 'bar', x: 'species', width: 100000, height: 100000 }),
    () => penguins.plot({ kind: 'bar', x: 'species', width: 100000, height: 100000 }),
  )
})

test('a missing file is BLINQ_NOT_FOUND, an unknown format or option BLINQ_ARGUMENT', async () => {
  await both('BLINQ_NOT_FOUND', () => blinq.readCsvSync('/definitely/not/here.csv'), () => blinq.readCsv('/definitely/not/here.csv'), /not\/here/)
  const bad = syncError(() => blinq.fromBufferSync(Buffer.from('a\n1\n'), 'xls'))
  assert.equal(bad.code, 'BLINQ_ARGUMENT')
  assert.match(bad.message, /xlsx/)
  // A Promise form never throws: a bad argument rejects.
  const pending = blinq.fromBuffer(Buffer.from('a\n1\n'), 'xls')
  assert.ok(pending instanceof Promise)
  await assert.rejects(pending, { code: 'BLINQ_ARGUMENT' })
  // Options are the engine's: a misspelt one is refused, with the list of the right ones.
  const typo = syncError(() => blinq.readCsvSync(PENGUINS, { delimeter: ';' }))
  assert.equal(typo.code, 'BLINQ_ARGUMENT')
  assert.match(typo.message, /delimiter/)
  await assert.rejects(penguins.plot({ kind: 'pie chart' }), { code: 'BLINQ_PLOT' })
  const previous = syncError(() => penguins.askSync('and now?', { previous: { nonsense: 1 } }))
  assert.equal(previous.code, 'BLINQ_PLAN')
})

test('wrong argument types throw, they do not crash the process', () => {
  assert.throws(() => blinq.readCsvSync(42))
  assert.throws(() => penguins.sqlSync())
  assert.throws(() => blinq.sqlSync('select 1', { a: 'not a dataset' }))
})
