// `Dataset` and the functions that make one (`read*`, `fromBuffer`) or query several
// (`sql`). Each heavy call has a Promise form that runs on the libuv thread pool and a
// `*Sync` form that blocks the JS thread (for scripts).
import { Answer } from './answer.js'
import { call, settle } from './errors.js'
import { type Column, type NativeDataset, native } from './native.js'
import { engineJson } from './options.js'
import { Plot, type PlotOptions } from './plot.js'
import { Table } from './table.js'

/** A file format Blinq reads. */
export type Format = 'csv' | 'tsv' | 'parquet' | 'json' | 'ndjson' | 'ipc' | 'xlsx'

/** How to read a file or buffer; everything is detected when left out. Unknown options and
 * bad values are `BLINQ_ARGUMENT` errors. */
export interface ReadOptions {
  /** The format; from the extension, then the content, when left out. */
  format?: Format
  /** The dataset's name (its table name in SQL besides `data`); the file's stem by default. */
  name?: string
  /** One ASCII character, or `tab`, `comma`, `semicolon`, `pipe`, `space`; sniffed. */
  delimiter?: string
  /** Whether delimited text has a header row; sniffed. */
  hasHeader?: boolean
  /** The worksheet of an .xlsx workbook; the first one by default. */
  sheet?: string
  /** Strings read as null in delimited text; `NA`, `N/A`, `NaN`, `null`, ... by default. */
  nullValues?: string[]
  /** Rows used to infer column types (10000 by default; `null` reads them all). */
  inferSchemaRows?: number | null
  /** Parse ISO dates and datetimes into date columns (default true). */
  parseDates?: boolean
  /** The most rows the dataset may have; more is a `BLINQ_LIMIT` error. */
  maxRows?: number
  /** The most columns the dataset may have. */
  maxColumns?: number
  /** The largest input, in bytes. */
  maxBytes?: number
}

/** Options of `sql`. */
/** What one column means, in a data dictionary. */
export interface ColumnNote {
  /** What the column holds, in words ("highway miles per gallon"). */
  description?: string
  /** The unit of its values ("mpg"). */
  unit?: string
}

export interface SqlOptions {
  /** The most rows returned; every row when left out. A cut result says so (`truncated`). */
  maxRows?: number
}

/** The planner of `ask`: `'env'` (a language model named by `BLINQ_LLM_URL`,
 * `BLINQ_LLM_MODEL`, `BLINQ_LLM_API_KEY`) or an OpenAI-compatible endpoint. */
export type LlmSettings =
  | 'env'
  | {
      url: string
      model: string
      apiKey?: string
      priceInput?: number
      priceOutput?: number
      timeoutSecs?: number
    }

/** Options of `ask`. */
export interface AskOptions {
  /** The planner; the offline one when left out. */
  llm?: LlmSettings | null
  /** The answer (or its `plan`) a follow-up question edits. */
  previous?: Answer | object | null
  /** The image format of a chart answer. */
  format?: 'png' | 'svg'
  /** The most rows of a table answer (1000 by default). */
  maxRows?: number
}

function readOptions(options: ReadOptions | undefined | null, format?: Format): [string, string | undefined] {
  const { name, ...rest } = options ?? {}
  return [engineJson({ format, ...rest }), name]
}

function named(dataset: NativeDataset, name: string | undefined): Dataset {
  return new Dataset(name === undefined ? dataset : dataset.withName(name))
}

export function llmSpec(llm: LlmSettings | null | undefined): string | undefined {
  if (llm == null) return undefined
  return typeof llm === 'string' ? llm : engineJson(llm)
}

export function planJson(previous: Answer | object | null | undefined): string | undefined {
  if (previous == null) return undefined
  const plan = previous instanceof Answer ? previous.plan : previous
  return plan == null ? undefined : JSON.stringify(plan)
}

/** A named table loaded into memory. Queries never change it; share it freely. */
export class Dataset {
  readonly #ds: NativeDataset

  /** @internal */
  constructor(native: NativeDataset) {
    this.#ds = native
  }

  /** @internal */
  get native(): NativeDataset {
    return this.#ds
  }

  /** The dataset's name (its table name in SQL, besides `data`). */
  get name(): string {
    return this.#ds.name
  }

  /** The columns in order, with their types. */
  get schema(): Column[] {
    return this.#ds.schema
  }

  /** `[rows, columns]`. */
  get shape(): [number, number] {
    return this.#ds.shape
  }

  /** The same data under another name. */
  withName(name: string): Dataset {
    return new Dataset(this.#ds.withName(name))
  }

  /**
   * The same data with a data dictionary: what columns mean and their units, as
   * `{ hwy: 'highway miles per gallon' }` or `{ hwy: { description: '...', unit: 'mpg' } }`.
   * It replaces the dictionary the dataset had (from a sidecar `name.dictionary.json` or
   * Parquet/Arrow field metadata); `ask` uses it. Every column named must exist
   * (`BLINQ_SCHEMA` otherwise).
   */
  withDictionary(dictionary: Record<string, string | ColumnNote>): Dataset {
    return new Dataset(call(() => this.#ds.withDictionary(JSON.stringify(dictionary))))
  }

  /** The data dictionary: `{ column: { description, unit } }`. */
  get dictionary(): Record<string, ColumnNote> {
    return JSON.parse(this.#ds.dictionaryJson()) as Record<string, ColumnNote>
  }

  /** The first `n` rows (5 by default). */
  head(n = 5): Table {
    return new Table(this.#ds.head(n))
  }

  /** A summary of every column: count, nulls, unique, mean, std, min, quartiles, max, top. */
  describe(): Promise<Table> {
    return settle(async () => new Table(await this.#ds.describe()))
  }

  /** `describe`, blocking the JS thread. */
  describeSync(): Table {
    return new Table(call(() => this.#ds.describeSync()))
  }

  /** Run sandboxed SQL: the table is `data` (and the dataset's name). Only one
   * `SELECT`/`WITH` runs; anything else rejects with `BLINQ_SANDBOX`. */
  sql(query: string, options?: SqlOptions | null): Promise<Table> {
    return settle(async () => new Table(await this.#ds.sql(query, options?.maxRows)))
  }

  /** `sql`, blocking the JS thread. */
  sqlSync(query: string, options?: SqlOptions | null): Table {
    return new Table(call(() => this.#ds.sqlSync(query, options?.maxRows)))
  }

  /** Run an analysis pipeline: `[{op: 'filter', ...}, {op: 'group_by', ...}]`. */
  pipeline(steps: object[]): Promise<Table> {
    return settle(async () => new Table(await this.#ds.pipeline(JSON.stringify({ steps }))))
  }

  /** `pipeline`, blocking the JS thread. */
  pipelineSync(steps: object[]): Table {
    return new Table(call(() => this.#ds.pipelineSync(JSON.stringify({ steps }))))
  }

  /** Render a chart: `plot({kind: 'bar', x: 'species', y: 'body_mass_g', aggregate: 'mean'})`. */
  plot(spec: PlotOptions): Promise<Plot> {
    return settle(async () => new Plot(await this.#ds.plot(engineJson(spec))))
  }

  /** `plot`, blocking the JS thread. */
  plotSync(spec: PlotOptions): Plot {
    return new Plot(call(() => this.#ds.plotSync(engineJson(spec))))
  }

  /** Answer a plain-language question with a table and/or a chart (offline unless
   * `options.llm` is set). */
  ask(question: string, options?: AskOptions | null): Promise<Answer> {
    return settle(async () => {
      const { llm, previous, format, maxRows } = options ?? {}
      const answer = await this.#ds.ask(question, llmSpec(llm), planJson(previous), format ?? 'png', maxRows)
      return new Answer(answer)
    })
  }

  /** `ask`, blocking the JS thread. */
  askSync(question: string, options?: AskOptions | null): Answer {
    const { llm, previous, format, maxRows } = options ?? {}
    return new Answer(call(() => this.#ds.askSync(question, llmSpec(llm), planJson(previous), format ?? 'png', maxRows)))
  }

  /** `Dataset "penguins": 344 rows × 8 columns`. */
  toString(): string {
    const [rows, columns] = this.shape
    return `Dataset ${JSON.stringify(this.name)}: ${rows} rows × ${columns} columns`
  }
}

/** Load a file, detecting its format from the extension or the content. */
export function read(path: string, options?: ReadOptions | null): Promise<Dataset> {
  const [json, name] = readOptions(options)
  return settle(async () => named(await native.read(path, json), name))
}

/** `read`, blocking the JS thread. */
export function readSync(path: string, options?: ReadOptions | null): Dataset {
  const [json, name] = readOptions(options)
  return named(call(() => native.readSync(path, json)), name)
}

function reader(format: Format) {
  return [
    (path: string, options?: ReadOptions | null): Promise<Dataset> => read(path, { ...options, format }),
    (path: string, options?: ReadOptions | null): Dataset => readSync(path, { ...options, format }),
  ] as const
}

/** Load delimited text (delimiter and header sniffed; `NA` and friends read as null). */
export const [readCsv, readCsvSync] = reader('csv')
/** Load a Parquet file. */
export const [readParquet, readParquetSync] = reader('parquet')
/** Load a JSON array of records. */
export const [readJson, readJsonSync] = reader('json')
/** Load newline-delimited JSON (one record per line). */
export const [readNdjson, readNdjsonSync] = reader('ndjson')
/** Load an Arrow IPC file or stream. */
export const [readIpc, readIpcSync] = reader('ipc')
/** Load the first (or `options.sheet`) worksheet of an .xlsx workbook. */
export const [readExcel, readExcelSync] = reader('xlsx')

/** A dataset from bytes a server already holds (an upload), named `data` unless
 * `options.name` says otherwise. The bytes are copied, so the buffer may be reused. */
export function fromBuffer(buffer: Buffer, format: Format, options?: ReadOptions | null): Promise<Dataset> {
  const [json, name] = readOptions({ ...options, format })
  return settle(async () => named(await native.fromBuffer(buffer, json), name))
}

/** `fromBuffer`, blocking the JS thread. */
export function fromBufferSync(buffer: Buffer, format: Format, options?: ReadOptions | null): Dataset {
  const [json, name] = readOptions({ ...options, format })
  return named(call(() => native.fromBufferSync(buffer, json)), name)
}

function split(datasets: Record<string, Dataset>): [string[], NativeDataset[]] {
  const entries = Object.entries(datasets)
  return [entries.map(([name]) => name), entries.map(([, d]) => d.native)]
}

/** Run sandboxed SQL over several datasets, each by its key:
 * `sql('select * from a join b using (id)', {a, b})`. */
export function sql(query: string, datasets: Record<string, Dataset>, options?: SqlOptions | null): Promise<Table> {
  return settle(async () => {
    const [names, natives] = split(datasets)
    return new Table(await native.sql(query, names, natives, options?.maxRows))
  })
}

/** `sql` over several datasets, blocking the JS thread. */
export function sqlSync(query: string, datasets: Record<string, Dataset>, options?: SqlOptions | null): Table {
  const [names, natives] = split(datasets)
  return new Table(call(() => native.sqlSync(query, names, natives, options?.maxRows)))
}
