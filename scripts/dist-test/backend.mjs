// A Node backend's first use of blinq-node, run against the packages npm installed from the
// tarballs (not the source tree). Expected values are facts of palmerpenguins.
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import { createServer } from 'node:http'

import { readCsv, BlinqError } from 'blinq-node'

const require = createRequire(import.meta.url)
const addon = require.resolve('blinq-node-linux-x64-gnu')
assert.match(addon, /node_modules\/blinq-node-linux-x64-gnu\/blinq-node\.linux-x64-gnu\.node$/)

const penguins = await readCsv('penguins.csv')
assert.deepEqual(penguins.shape, [344, 8])
const counts = await penguins.sql('select species, count(*) as n from data group by species order by n desc')
assert.deepEqual(
  counts.rows().map((r) => [r.species, Number(r.n)]),
  [['Adelie', 152], ['Gentoo', 124], ['Chinstrap', 68]],
)
await assert.rejects(penguins.sql("select * from read_csv('/etc/passwd')"), (e) => e instanceof BlinqError && e.code === 'BLINQ_SANDBOX')

// Serve a chart over HTTP on loopback, as a backend would, and fetch it back.
const server = createServer(async (req, res) => {
  const chart = await penguins.plot({ kind: 'bar', x: 'species', y: 'body_mass_g', aggregate: 'mean' })
  res.writeHead(200, { 'content-type': 'image/png' }).end(chart.png())
})
await new Promise((ok) => server.listen(0, '127.0.0.1', ok))
const response = await fetch(`http://127.0.0.1:${server.address().port}/chart.png`)
const png = Buffer.from(await response.arrayBuffer())
server.close()
assert.equal(response.status, 200)
assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

const answer = await penguins.ask('which island has the heaviest penguins?')
assert.match(answer.response, /Biscoe/)
console.log('backend ok:', answer.response)
