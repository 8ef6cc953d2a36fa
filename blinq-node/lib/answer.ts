// `Answer`: the reply to a plain-language question.
import { call } from './errors.js'
import type { NativeAnswer, Usage } from './native.js'
import { Plot } from './plot.js'
import { Table } from './table.js'

/** An answer: a sentence, and the table and/or chart behind it. Pass it back as
 * `previous` with a follow-up question ("now as a line chart") to edit it. */
export class Answer {
  readonly #answer: NativeAnswer

  /** @internal */
  constructor(native: NativeAnswer) {
    this.#answer = native
  }

  /** A short sentence stating the result. */
  get response(): string {
    return this.#answer.response
  }

  /** Whether the answer is a chart. */
  get isPlotting(): boolean {
    return this.#answer.isPlotting
  }

  /** Which planner answered. */
  get mode(): 'offline' | 'llm' {
    return this.#answer.mode as 'offline' | 'llm'
  }

  /** Cost in USD (0 offline). */
  get cost(): number {
    return this.#answer.cost
  }

  /** Tokens a language model used. */
  get usage(): Usage {
    return this.#answer.usage
  }

  /** The sandboxed SQL that ran. */
  get sql(): string | null {
    return this.#answer.sql ?? null
  }

  /**
   * How the offline planner read the question, one step per line: the columns, conditions
   * and words it found, the named rules that changed them and what it decided. Empty for
   * the language-model planner; for people, the wording may change.
   */
  get trace(): string[] {
    return this.#answer.trace
  }

  /** The result table, if any. */
  get table(): Table | null {
    const native = call(() => this.#answer.table())
    return native ? new Table(native) : null
  }

  /** The chart, if any. */
  get plot(): Plot | null {
    const native = this.#answer.plot()
    return native ? new Plot(native) : null
  }

  /** The plan that ran (pass the answer itself, or this, as `previous`). */
  get plan(): object | null {
    const json = this.#answer.planJson()
    return json ? (JSON.parse(json) as object) : null
  }

  /** The answer as the JSON object the CLI and the server return. */
  toJSON(): Record<string, unknown> {
    return JSON.parse(this.#answer.json()) as Record<string, unknown>
  }
}
