// Shared paths and a tiny CSV reader for computing expected values independently of Blinq.
import { after } from 'node:test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
export const PACKAGE = resolve(here, '..')
export const ROOT = resolve(PACKAGE, '..')
export const FIXTURES = join(ROOT, 'blinq-core', 'tests', 'fixtures')
export const PENGUINS = join(FIXTURES, 'penguins.csv')
export const FLIGHTS_3000 = join(FIXTURES, 'flights_3000.csv')
export const AIRLINES = join(FIXTURES, 'airlines.csv')
// The full nycflights13 flights (336,776 rows): ../shared beside the clone.
export const FLIGHTS = join(ROOT, '..', 'shared', 'data', 'nycflights13', 'flights.csv')
export const HAVE_FLIGHTS = existsSync(FLIGHTS)

export * as blinq from '../dist/index.js'

// Temporary directories a test file makes, removed when its tests are done (each file runs
// in a process of its own).
const made = []
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })))

/** A new directory under the system's temporary directory, removed after the file's tests. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

/** Rows of a simple CSV (no quoted fields) as objects; `NA` and '' are null, numbers parsed. */
export function readCsvPlain(path) {
  const text = readFileSync(path, 'utf8')
  if (text.includes('"')) throw new Error(`${path} has quoted fields; this reader does not`)
  const lines = text.split('\n').filter((l) => l.length > 0)
  const header = lines[0].split(',')
  return lines.slice(1).map((line) => {
    const cells = line.split(',')
    return Object.fromEntries(
      header.map((name, i) => {
        const cell = cells[i]
        if (cell === undefined || cell === '' || cell === 'NA') return [name, null]
        const n = Number(cell)
        return [name, Number.isNaN(n) ? cell : n]
      }),
    )
  })
}

/** Mean of the non-null values of `column` per value of `key`. */
export function groupMean(rows, key, column) {
  const acc = new Map()
  for (const row of rows) {
    if (row[column] === null) continue
    const [sum, n] = acc.get(row[key]) ?? [0, 0]
    acc.set(row[key], [sum + row[column], n + 1])
  }
  return new Map([...acc].map(([k, [sum, n]]) => [k, sum / n]))
}

/** Count of rows per value of `key`. */
export function groupCount(rows, key) {
  const acc = new Map()
  for (const row of rows) acc.set(row[key], (acc.get(row[key]) ?? 0) + 1)
  return acc
}

export function close(actual, expected, tolerance = 1e-9) {
  return Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))
}

/** Under `scripts/test.sh` (`BLINQ_REQUIRE_SHARED_DATA=1`) a test that needs `../shared`
 * data fails when it is missing, instead of quietly running on a smaller fixture. */
export function requireShared(present, path) {
  if (!present && process.env.BLINQ_REQUIRE_SHARED_DATA === '1') {
    throw new Error(`${path} is missing: ../shared/data must be beside the checkout`)
  }
}
