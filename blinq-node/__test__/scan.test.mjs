// scan: a file read lazily answers as the loaded one does; expected values from the CSV text.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

import { PENGUINS, blinq, readCsvPlain, tempDir } from './helpers.mjs'

const rows = readCsvPlain(PENGUINS)

test('a scan counts, queries, describes and answers over every row', async () => {
  // As Parquet (what a large file usually is): a scan of text parses it again for each
  // slice of the summary's sample.
  const path = join(tempDir('blinq-scan-'), 'penguins.parquet')
  writeFileSync(path, blinq.readCsvSync(PENGUINS).sqlSync('select * from data').toParquet())
  const scanned = await blinq.scan(path)
  assert.equal(scanned.name, 'penguins')
  assert.equal(scanned.rowCountSync(), rows.length)
  const dream = rows.filter((r) => r.island === 'Dream').length
  const counted = await scanned.sql("select count(*) as n from data where island = 'Dream'")
  assert.equal(Number(counted.rows()[0].n), dream)
  // 40 values at a time: the summary reads each column in parts.
  const summary = (await scanned.describe({ maxValues: 40 })).rows()
  const mass = summary.find((r) => r.column === 'body_mass_g')
  const masses = rows.map((r) => r.body_mass_g).filter((v) => v !== null)
  masses.sort((a, b) => a - b)
  // numpy's linear median of an even count: the mean of the two middle values.
  const middle = masses.length / 2
  assert.equal(Number(mass.count), masses.length)
  assert.equal(mass.median, (masses[middle - 1] + masses[middle]) / 2)
  const answer = scanned.askSync('how many penguins are on Dream', { sampleRows: 50 })
  assert.equal(Number(Object.values(answer.table.rows()[0])[0]), dream)
})

test('a file that cannot be scanned is an argument error naming read', () => {
  const path = join(tempDir('blinq-scan-'), 'dates.csv')
  writeFileSync(path, 'day,n\n2024-01-02,1\n2024-01-03,2\n')
  assert.throws(() => blinq.scanSync(path), (e) => e.code === 'BLINQ_ARGUMENT' && /read/.test(e.message))
})
