// toArrowIPC() is read by the apache-arrow package: numbers, strings and nulls survive.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { tableFromIPC, tableFromArrays, tableToIPC } from 'apache-arrow'

import { PENGUINS, blinq, readCsvPlain } from './helpers.mjs'

test('an Arrow IPC round trip through apache-arrow keeps values and nulls', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const result = await penguins.sql(
    'select species, island, bill_length_mm, body_mass_g, sex, year from data',
  )
  const buffer = result.toArrowIPC()
  assert.ok(Buffer.isBuffer(buffer))
  const table = tableFromIPC(buffer)
  assert.equal(table.numRows, 344)
  assert.deepEqual(
    table.schema.fields.map((f) => f.name),
    ['species', 'island', 'bill_length_mm', 'body_mass_g', 'sex', 'year'],
  )
  const expected = readCsvPlain(PENGUINS)
  const columns = Object.fromEntries(
    table.schema.fields.map((f) => [f.name, table.getChild(f.name).toArray()]),
  )
  // Integer columns arrive as BigInt64Array; strings and nullable columns as plain arrays.
  const plain = (v) => (typeof v === 'bigint' ? Number(v) : v)
  for (let i = 0; i < 344; i++) {
    for (const name of Object.keys(columns)) {
      const got = table.getChild(name).get(i)
      assert.deepEqual(got === null ? null : plain(got), expected[i][name], `${name}[${i}]`)
    }
  }
  assert.equal(table.getChild('sex').nullCount, expected.filter((r) => r.sex === null).length)
  assert.equal(
    table.getChild('body_mass_g').nullCount,
    expected.filter((r) => r.body_mass_g === null).length,
  )
})

test('an Arrow IPC stream made by apache-arrow loads with fromBuffer', async () => {
  const made = tableFromArrays({
    id: Int32Array.from([1, 2, 3]),
    score: Float64Array.from([0.5, 1.5, 2.5]),
    label: ['a', 'b', 'c'],
  })
  const ds = await blinq.fromBuffer(Buffer.from(tableToIPC(made, 'stream')), 'ipc', { name: 't' })
  const result = await ds.sql('select label, id * 2 as twice, score from t order by id desc')
  assert.deepEqual(result.toJSON(), {
    columns: ['label', 'twice', 'score'],
    rows: [
      ['c', 6, 2.5],
      ['b', 4, 1.5],
      ['a', 2, 0.5],
    ],
  })
})
