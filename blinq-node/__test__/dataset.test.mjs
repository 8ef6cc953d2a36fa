// The Dataset API on penguins and nycflights13, values computed here from the CSV text.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

import {
  AIRLINES,
  FLIGHTS_3000,
  PENGUINS,
  blinq,
  close,
  groupCount,
  groupMean,
  readCsvPlain,
  tempDir,
} from './helpers.mjs'

const penguinRows = readCsvPlain(PENGUINS)

test('readCsv loads penguins: shape, schema, NA as null, head', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  assert.equal(penguins.name, 'penguins')
  assert.deepEqual(penguins.shape, [penguinRows.length, 8])
  const types = Object.fromEntries(penguins.schema.map((c) => [c.name, c.dtype]))
  assert.equal(types.species, 'string')
  assert.equal(types.body_mass_g, 'int64')
  assert.equal(types.bill_length_mm, 'float64')
  const head = penguins.head(3)
  assert.deepEqual(head.shape, [3, 8])
  assert.deepEqual(head.rows(), penguinRows.slice(0, 3))
  // Row 4 of penguins.csv is all NA but species/island/year.
  assert.deepEqual(penguins.head(4).rows()[3], penguinRows[3])
  assert.equal(penguinRows[3].body_mass_g, null)
})

test('sync and async forms agree', async () => {
  const a = await blinq.readCsv(PENGUINS)
  const b = blinq.readCsvSync(PENGUINS)
  const query = 'select species, count(*) as n from data group by species order by species'
  assert.deepEqual((await a.sql(query)).rows(), b.sqlSync(query).rows())
  assert.deepEqual((await a.describe()).toJSON(), b.describeSync().toJSON())
})

test('describe: count, nulls and mean of body_mass_g', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const summary = (await penguins.describe()).rows()
  const mass = summary.find((r) => r.column === 'body_mass_g')
  const values = penguinRows.map((r) => r.body_mass_g).filter((v) => v !== null)
  assert.equal(mass.count, values.length)
  assert.equal(mass.nulls, penguinRows.length - values.length)
  assert.ok(close(mass.mean, values.reduce((a, b) => a + b, 0) / values.length))
  // min and max share a text column with the string columns' values.
  assert.equal(Number(mass.min), Math.min(...values))
  assert.equal(Number(mass.max), Math.max(...values))
})

test('sql: mean body mass per species equals a plain JS mean', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const result = await penguins.sql(
    'select species, avg(body_mass_g) as mass, count(*) as n from penguins group by species order by species',
  )
  assert.deepEqual(result.columns, ['species', 'mass', 'n'])
  assert.equal(result.truncated, false)
  const expected = groupMean(penguinRows, 'species', 'body_mass_g')
  const counts = groupCount(penguinRows, 'species')
  const rows = result.rows()
  assert.deepEqual(rows.map((r) => r.species), [...expected.keys()].sort())
  for (const row of rows) {
    assert.ok(close(row.mass, expected.get(row.species)), `${row.species}: ${row.mass}`)
    assert.equal(row.n, counts.get(row.species))
  }
  const json = result.toJSON()
  assert.deepEqual(json.columns, ['species', 'mass', 'n'])
  assert.deepEqual(json.rows[0], [rows[0].species, rows[0].mass, rows[0].n])
  assert.deepEqual(JSON.parse(JSON.stringify(result)), json)
})

test('sql maxRows truncates and says so', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const result = await penguins.sql('select * from data', { maxRows: 10 })
  assert.deepEqual(result.shape, [10, 8])
  assert.equal(result.truncated, true)
})

test('module-level sql joins nycflights13 flights with airlines', async () => {
  const [flights, airlines] = await Promise.all([
    blinq.readCsv(FLIGHTS_3000),
    blinq.readCsv(AIRLINES),
  ])
  const result = await blinq.sql(
    `select a.name, count(*) as n, avg(f.dep_delay) as delay
       from f join a on f.carrier = a.carrier
      group by a.name order by n desc, a.name`,
    { f: flights, a: airlines },
  )
  const flightRows = readCsvPlain(FLIGHTS_3000)
  const names = new Map(readCsvPlain(AIRLINES).map((r) => [r.carrier, r.name]))
  const counts = groupCount(flightRows, 'carrier')
  const delays = groupMean(flightRows, 'carrier', 'dep_delay')
  const expected = [...counts]
    .map(([carrier, n]) => ({ name: names.get(carrier), n, delay: delays.get(carrier) ?? null }))
    .sort((x, y) => y.n - x.n || (x.name < y.name ? -1 : 1))
  const rows = result.rows()
  assert.deepEqual(
    rows.map((r) => [r.name, r.n]),
    expected.map((r) => [r.name, r.n]),
  )
  for (const [i, row] of rows.entries()) assert.ok(close(row.delay, expected[i].delay))
  const sync = blinq.sqlSync('select count(*) as n from f', { f: flights })
  assert.equal(sync.rows()[0].n, flightRows.length)
})

test('every reader and fromBuffer give back the same table', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const table = await penguins.sql('select * from data')
  const dir = tempDir('blinq-node-')
  const files = {
    parquet: join(dir, 'p.parquet'),
    ipc: join(dir, 'p.arrow'),
    json: join(dir, 'p.json'),
    ndjson: join(dir, 'p.ndjson'),
    csv: join(dir, 'p.csv'),
  }
  writeFileSync(files.parquet, table.toParquet())
  writeFileSync(files.ipc, table.toArrowIPC())
  writeFileSync(files.json, JSON.stringify(table.rows()))
  writeFileSync(files.ndjson, table.rows().map((r) => JSON.stringify(r)).join('\n'))
  writeFileSync(files.csv, table.toCSV())
  const expected = table.rows()
  const loaded = {
    parquet: await blinq.readParquet(files.parquet),
    ipc: await blinq.readIpc(files.ipc),
    json: await blinq.readJson(files.json),
    ndjson: await blinq.readNdjson(files.ndjson),
    csv: await blinq.read(files.csv),
    parquetSync: blinq.readParquetSync(files.parquet),
    buffer: await blinq.fromBuffer(readFileSync(files.parquet), 'parquet', { name: 'upload' }),
    bufferSync: blinq.fromBufferSync(readFileSync(PENGUINS), 'csv'),
  }
  for (const [kind, ds] of Object.entries(loaded)) {
    assert.deepEqual(ds.head(400).rows(), expected, kind)
  }
  assert.equal(loaded.buffer.name, 'upload')
  assert.equal(loaded.bufferSync.name, 'data')
  assert.equal((await loaded.buffer.sql('select count(*) as n from upload')).rows()[0].n, 344)
})

test('toCSV writes a header and one line per row', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const csv = (await penguins.sql("select species, island from data where island = 'Dream'")).toCSV()
  const lines = csv.trim().split('\n')
  assert.equal(lines[0], 'species,island')
  assert.equal(lines.length - 1, penguinRows.filter((r) => r.island === 'Dream').length)
})

test('read options: name, delimiter, nullValues, maxRows', async () => {
  const dir = tempDir('blinq-node-')
  const path = join(dir, 'semi.txt')
  writeFileSync(path, 'a;b\n1;x\n-;y\n3;z\n')
  const ds = await blinq.readCsv(path, { name: 'semi', delimiter: ';', nullValues: ['-'] })
  assert.equal(ds.name, 'semi')
  assert.deepEqual(ds.head().toJSON(), { columns: ['a', 'b'], rows: [[1, 'x'], [null, 'y'], [3, 'z']] })
  await assert.rejects(blinq.readCsv(path, { delimiter: ';', maxRows: 2 }), { code: 'BLINQ_LIMIT' })
})

test('toJSON of a result past a million values (napi stops one value tree there)', () => {
  // 200,000 rows of six columns: 1.2 million values, plus the row arrays.
  const n = 200000
  const lines = ['i,a,b,c,d,e']
  for (let i = 0; i < n; i++) lines.push(`${i},${i * 2},${i % 7},${i % 3},x${i % 5},${i / 4}`)
  const ds = blinq.fromBufferSync(Buffer.from(lines.join('\n') + '\n'), 'csv')
  const json = ds.sqlSync('select * from data').toJSON()
  assert.deepEqual(json.columns, ['i', 'a', 'b', 'c', 'd', 'e'])
  assert.equal(json.rows.length, n)
  assert.deepEqual(json.rows[n - 1], [n - 1, 2 * (n - 1), (n - 1) % 7, (n - 1) % 3, `x${(n - 1) % 5}`, (n - 1) / 4])
  // JSON.stringify goes through toJSON too.
  assert.equal(JSON.parse(JSON.stringify(ds.sqlSync('select * from data limit 2'))).rows[1][0], 1)
})
