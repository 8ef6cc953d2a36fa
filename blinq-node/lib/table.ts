// `Table`: a query result, as plain objects, JSON, Arrow IPC, CSV or Parquet.
import { call } from './errors.js'
import type { Column, NativeTable } from './native.js'

/** A table of results. A result cut at a row cap (`maxRows`) says so in `truncated`,
 * `maxRows` and its text form. */
export class Table {
  readonly #table: NativeTable

  /** @internal */
  constructor(native: NativeTable) {
    this.#table = native
  }

  /** Column names. */
  get columns(): string[] {
    return this.#table.columns
  }

  /** The columns in order, with their types. */
  get schema(): Column[] {
    return this.#table.schema
  }

  /** `[rows, columns]`. */
  get shape(): [number, number] {
    return this.#table.shape
  }

  /** Whether a row cap cut rows off this result. */
  get truncated(): boolean {
    return this.#table.cutAt != null
  }

  /** The row cap that cut this result, or null when it is whole. */
  get maxRows(): number | null {
    return this.#table.cutAt ?? null
  }

  /** One plain object per row, `{column: value}`. Numbers are numbers (64-bit integers
   * beyond 2^53 lose precision), dates ISO strings, nulls `null`. */
  rows(): Array<Record<string, unknown>> {
    return this.#table.rows()
  }

  /** `{columns, rows}` with rows as arrays: the JSON the server and `blinq query --json`
   * give. `JSON.stringify(table)` uses it. */
  toJSON(): { columns: string[]; rows: unknown[][] } {
    return JSON.parse(this.#table.tableJson())
  }

  /** The Arrow IPC stream format, for `tableFromIPC` of the `apache-arrow` package. */
  toArrowIPC(): Buffer {
    return call(() => this.#table.export('ipc_stream'))
  }

  /** CSV text with a header row (cells a spreadsheet would run as a formula are escaped). */
  toCSV(): string {
    return call(() => this.#table.export('csv')).toString('utf8')
  }

  /** Parquet bytes (zstd). */
  toParquet(): Buffer {
    return call(() => this.#table.export('parquet'))
  }

  /** The table as text, for logs and the REPL (noting a cut result). */
  toString(): string {
    const cap = this.maxRows
    const text = this.#table.text()
    return cap == null ? text : `${text}\n(cut at maxRows=${cap}: the query has more rows)`
  }
}
