// `Scan`: a file read lazily, for data larger than memory. Each heavy call has a Promise
// form and a `*Sync` form, as `Dataset`'s.
import { Answer } from './answer.js'
import { type AskOptions, type ReadOptions, type SqlOptions, llmSpec, planJson } from './dataset.js'
import { call, settle } from './errors.js'
import { type Column, type NativeScan, native } from './native.js'
import { engineJson } from './options.js'
import { Table } from './table.js'

/** Options of `Scan.describe`. */
export interface ScanDescribeOptions {
  /** About how many values of one column are held at a time (2,000,000 by default). */
  maxValues?: number
}

/** Options of `Scan.ask`: `Dataset.ask`'s, and the rows the planner reads. */
export interface ScanAskOptions extends Omit<AskOptions, 'maxRows'> {
  /** The rows, spread over the file, the planner reads to learn it (100,000 by default). */
  sampleRows?: number
}

/** A Parquet file, or CSV/TSV without dates, read only as far as each call needs: a query
 * reads the columns and row groups it needs with the streaming engine, so files larger than
 * memory can be queried, described and asked about. In SQL it is the table `data`. */
export class Scan {
  readonly #scan: NativeScan

  /** @internal */
  constructor(native: NativeScan) {
    this.#scan = native
  }

  /** The dataset's name (the file's stem). */
  get name(): string {
    return this.#scan.name
  }

  /** The columns in order, with their types. */
  get schema(): Column[] {
    return this.#scan.schema
  }

  /** The number of rows (a Parquet file's footer says; a text file is counted). */
  rowCountSync(): number {
    return call(() => this.#scan.rowCountSync())
  }

  /** The summary `Dataset.describe` gives, exact, in bounded memory. */
  describe(options?: ScanDescribeOptions | null): Promise<Table> {
    return settle(async () => new Table(await this.#scan.describe(options?.maxValues ?? 2_000_000)))
  }

  /** `describe`, blocking the JS thread. */
  describeSync(options?: ScanDescribeOptions | null): Table {
    return new Table(call(() => this.#scan.describeSync(options?.maxValues ?? 2_000_000)))
  }

  /** Sandboxed SQL over the whole file; every row unless `maxRows`. */
  sql(query: string, options?: SqlOptions | null): Promise<Table> {
    return settle(async () => new Table(await this.#scan.sql(query, options?.maxRows)))
  }

  /** `sql`, blocking the JS thread. */
  sqlSync(query: string, options?: SqlOptions | null): Table {
    return new Table(call(() => this.#scan.sqlSync(query, options?.maxRows)))
  }

  /** Answer a question: planned from a sample of rows, run over every row. A value no
   * sampled row holds is not recognised in a question. */
  ask(question: string, options?: ScanAskOptions | null): Promise<Answer> {
    return settle(async () => {
      const { llm, previous, format, sampleRows } = options ?? {}
      return new Answer(
        await this.#scan.ask(question, llmSpec(llm), planJson(previous), format ?? 'png', sampleRows ?? 100_000),
      )
    })
  }

  /** `ask`, blocking the JS thread. */
  askSync(question: string, options?: ScanAskOptions | null): Answer {
    const { llm, previous, format, sampleRows } = options ?? {}
    return new Answer(
      call(() => this.#scan.askSync(question, llmSpec(llm), planJson(previous), format ?? 'png', sampleRows ?? 100_000)),
    )
  }
}

function scanOptions(options: ReadOptions | undefined | null): string {
  const { name: _name, ...rest } = options ?? {}
  return engineJson(rest)
}

/** Read a Parquet file, or CSV/TSV without dates, lazily; other files are `BLINQ_ARGUMENT`
 * errors (load them with `read`). */
export function scan(path: string, options?: ReadOptions | null): Promise<Scan> {
  return settle(async () => new Scan(await native.scan(path, scanOptions(options))))
}

/** `scan`, blocking the JS thread. */
export function scanSync(path: string, options?: ReadOptions | null): Scan {
  return new Scan(call(() => native.scanSync(path, scanOptions(options))))
}
