// Data dictionaries from Node: read from a sidecar file, given with withDictionary, checked
// against the columns, and used by ask.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { join } from 'node:path'

import { FIXTURES, PENGUINS, blinq } from './helpers.mjs'

test('a sidecar file is read with the data and shown in the schema', async () => {
  const cars = await blinq.readCsv(join(FIXTURES, 'mileage.csv'))
  assert.deepEqual(cars.dictionary.hwy, { description: 'highway miles per gallon', unit: 'mpg' })
  const hwy = cars.schema.find((c) => c.name === 'hwy')
  assert.equal(hwy.unit, 'mpg')
  assert.equal(hwy.description, 'highway miles per gallon')
})

test('withDictionary teaches ask what a column means', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const question = 'what is the average heaviness'
  assert.equal((await penguins.ask(question)).sql, null)
  const described = penguins.withDictionary({ body_mass_g: { description: 'heaviness', unit: 'g' } })
  assert.deepEqual(described.dictionary, { body_mass_g: { description: 'heaviness', unit: 'g' } })
  assert.deepEqual(penguins.dictionary, {}, 'the original is unchanged')
  const answer = await described.ask(question)
  // mean of the 342 non-missing body_mass_g values, computed with Python's statistics
  assert.ok(Math.abs(answer.table.rows()[0].mean_body_mass_g - 4201.754385964912) < 1e-9)
})

test('a dictionary naming a missing column is BLINQ_SCHEMA', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  assert.throws(() => penguins.withDictionary({ body_mass: 'weight' }), (e) => {
    assert.equal(e.code, 'BLINQ_SCHEMA')
    assert.match(e.message, /body_mass_g/)
    return true
  })
})

test('an answer carries how the question was read', async () => {
  const penguins = await blinq.readCsv(PENGUINS)
  const { trace } = await penguins.ask('average body mass by species')
  assert.ok(trace.includes('column `species` (group)'), trace.join('\n'))
  assert.equal(trace.at(-1), 'decided: a new question')
})
