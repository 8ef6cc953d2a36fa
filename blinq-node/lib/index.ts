// blinq-node: load tabular data, query it with sandboxed SQL, plot it and ask it questions.
//
// A typed layer over the native addon (blinq-core, through napi-rs): it converts options
// and results and wraps errors in `BlinqError`; every decision is the engine's.
export { Answer } from './answer.js'
export {
  type AskOptions,
  Dataset,
  type Format,
  type LlmSettings,
  type ReadOptions,
  type SqlOptions,
  fromBuffer,
  fromBufferSync,
  read,
  readCsv,
  readCsvSync,
  readExcel,
  readExcelSync,
  readIpc,
  readIpcSync,
  readJson,
  readJsonSync,
  readNdjson,
  readNdjsonSync,
  readParquet,
  readParquetSync,
  readSync,
  sql,
  sqlSync,
} from './dataset.js'
export type { ColumnNote } from './dataset.js'
export { BlinqError, type BlinqErrorCode } from './errors.js'
export type { Column, Usage } from './native.js'
export { Plot, type PlotOptions } from './plot.js'
export { Scan, type ScanAskOptions, type ScanDescribeOptions, scan, scanSync } from './scan.js'
export { Table } from './table.js'

import { native } from './native.js'

/** The version of the blinq-node package (and of the engine it was built from). */
export function version(): string {
  return native.version()
}
