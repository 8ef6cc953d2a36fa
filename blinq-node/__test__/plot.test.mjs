// Plots as PNG/SVG and answers to plain-language questions.
import { test } from 'node:test'
import assert from 'node:assert/strict'

import { PENGUINS, blinq, close, groupMean, readCsvPlain } from './helpers.mjs'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const penguins = blinq.readCsvSync(PENGUINS)

function pngSize(buffer) {
  assert.ok(buffer.subarray(0, 8).equals(PNG), 'PNG signature')
  return [buffer.readUInt32BE(16), buffer.readUInt32BE(20)]
}

test('plot renders a PNG of the requested size, and the SVG on demand', async () => {
  const chart = await penguins.plot({
    kind: 'bar',
    x: 'species',
    y: 'body_mass_g',
    aggregate: 'mean',
    color: 'sex',
    width: 640,
    height: 400,
    yLabel: 'mass (g)',
  })
  assert.equal(chart.format, 'png')
  assert.equal(chart.mimeType, 'image/png')
  const png = chart.png()
  assert.ok(Buffer.isBuffer(png))
  assert.deepEqual(pngSize(png), [640, 400])
  const svg = chart.svg()
  assert.equal(typeof svg, 'string')
  assert.match(svg, /^<svg|<\?xml/)
  assert.match(svg, /mass \(g\)/)
  for (const species of ['Adelie', 'Chinstrap', 'Gentoo']) assert.ok(svg.includes(species))
  assert.equal(chart.spec.kind, 'bar')
  assert.equal(chart.spec.aggregate, 'mean')
  assert.equal(chart.spec.yLabel, 'mass (g)')
  assert.equal(chart.spec.width, 640)
})

test('plotSync renders SVG first when asked', () => {
  const chart = penguins.plotSync({ kind: 'histogram', x: 'flipper_length_mm', format: 'svg', bins: 12 })
  assert.equal(chart.format, 'svg')
  assert.match(chart.svg(), /flipper_length_mm/)
  assert.deepEqual(pngSize(chart.png()), [800, 500])
  assert.equal(chart.spec.bins, 12)
})

test('ask answers a table question with values equal to a plain JS mean', async () => {
  const answer = await penguins.ask('average body mass by species')
  assert.equal(answer.isPlotting, false)
  assert.equal(answer.mode, 'offline')
  assert.equal(answer.cost, 0)
  assert.deepEqual(answer.usage, { inputTokens: 0, outputTokens: 0 })
  assert.match(answer.sql, /body_mass_g/i)
  assert.equal(typeof answer.response, 'string')
  const expected = groupMean(readCsvPlain(PENGUINS), 'species', 'body_mass_g')
  const rows = answer.table.rows()
  assert.equal(rows.length, 3)
  for (const row of rows) {
    const [species, value] = [row.species, Object.values(row).find((v) => typeof v === 'number')]
    assert.ok(close(value, expected.get(species)), `${species}: ${value}`)
  }
  assert.equal(answer.plot, null)
  const json = answer.toJSON()
  assert.equal(json.response, answer.response)
  assert.deepEqual(JSON.parse(JSON.stringify(answer)).table.columns, answer.table.columns)
})

test('ask answers a chart question with a PNG, a follow-up edits the plan', async () => {
  const answer = await penguins.ask('bar chart of average flipper length by island')
  assert.equal(answer.isPlotting, true)
  assert.equal(answer.table, null)
  const plot = answer.plot
  pngSize(plot.png())
  assert.match(plot.svg(), /<svg/)
  assert.equal(plot.spec.kind, 'bar')
  assert.equal(typeof answer.plan, 'object')
  const next = penguins.askSync('now as a line chart', { previous: answer.plan, format: 'svg' })
  assert.equal(next.isPlotting, true)
  assert.equal(next.plot.format, 'svg')
})
