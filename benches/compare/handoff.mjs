// Node handoff of a whole table, in process (benches/compare/run.sh runs it).
//
//   node handoff.mjs PARQUET OUT.tsv [REPEATS] [ROWS]
//
// Reads the file with blinq-node (the package built in blinq-node/: `npm run build`), runs
// `select * from data limit ROWS` (default 1,000,000: the JSON text of ten million rows of
// nine columns is longer than V8's longest string), then times, REPEATS times each (default 5, after one untimed call),
// the two ways a Node backend takes the result:
//   - Arrow IPC: `table.toArrowIPC()` and apache-arrow's `tableFromIPC` (columns, typed arrays);
//   - JSON: `table.toJSON()` (`{columns, rows}`, one array per row).
// Checks that both give the same row count and the same first and last rows. Writes one line
// per way: name, rows, median seconds, min, max.
import { writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const nodeDir = join(here, '..', '..', 'blinq-node')
const blinq = await import(pathToFileURL(join(nodeDir, 'dist', 'index.js')).href)
const arrowPath = createRequire(join(nodeDir, 'package.json')).resolve('apache-arrow')
const { tableFromIPC } = await import(pathToFileURL(arrowPath).href)

const [path, out, repeatsArg, rowsArg] = process.argv.slice(2)
const repeats = Number(repeatsArg ?? 5)
const rows = Number(rowsArg ?? 1000000)
const table = blinq.readSync(path).sqlSync(`select * from data limit ${rows}`)

const ways = {
  'Arrow IPC (toArrowIPC + tableFromIPC)': () => tableFromIPC(table.toArrowIPC()),
  'JSON (toJSON)': () => table.toJSON(),
}

const viaArrow = ways['Arrow IPC (toArrowIPC + tableFromIPC)']()
const viaJson = ways['JSON (toJSON)']()
const last = viaJson.rows.length - 1
const same = (row, i) =>
  viaJson.columns.every((c, j) => String(viaArrow.get(i)[c]) === String(row[j]))
if (viaArrow.numRows !== viaJson.rows.length || !same(viaJson.rows[0], 0) || !same(viaJson.rows[last], last)) {
  console.error('handoff.mjs: Arrow IPC and JSON give different rows')
  process.exit(1)
}

const lines = []
for (const [name, way] of Object.entries(ways)) {
  way()
  const times = []
  for (let i = 0; i < repeats; i++) {
    const start = process.hrtime.bigint()
    way()
    times.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
  times.sort((a, b) => a - b)
  const median = times[Math.floor(times.length / 2)]
  lines.push([name, viaJson.rows.length, median.toFixed(6), times[0].toFixed(6), times.at(-1).toFixed(6)].join('\t'))
}
writeFileSync(out, lines.join('\n') + '\n')
