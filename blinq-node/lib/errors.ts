// The one place native errors become `BlinqError`s.
//
// The addon reports a core error as `[BLINQ_<KIND>] <message>`; a panic inside the engine
// arrives without that prefix (napi-rs catches it) and is reported as `BLINQ_INTERNAL`.

/** The stable code of every error Blinq raises. */
export type BlinqErrorCode =
  | 'BLINQ_PARSE'
  | 'BLINQ_SCHEMA'
  | 'BLINQ_QUERY'
  | 'BLINQ_SANDBOX'
  | 'BLINQ_PLOT'
  | 'BLINQ_PLAN'
  | 'BLINQ_LIMIT'
  | 'BLINQ_TIMEOUT'
  | 'BLINQ_NOT_FOUND'
  | 'BLINQ_IO'
  | 'BLINQ_LLM'
  | 'BLINQ_ARGUMENT'
  | 'BLINQ_INTERNAL'

/** An error from Blinq: `code` says what kind (`BLINQ_SANDBOX`, `BLINQ_PARSE`, ...). */
export class BlinqError extends Error {
  readonly code: BlinqErrorCode

  constructor(code: BlinqErrorCode, message: string) {
    super(message)
    this.name = 'BlinqError'
    this.code = code
  }
}

const PREFIX = /^\[(BLINQ_[A-Z_]+)\] ([\s\S]*)$/

/** The `BlinqError` for whatever the addon threw. */
export function toBlinqError(error: unknown): BlinqError {
  if (error instanceof BlinqError) return error
  const message = error instanceof Error ? error.message : String(error)
  const tagged = PREFIX.exec(message)
  if (tagged) return new BlinqError(tagged[1] as BlinqErrorCode, tagged[2])
  return new BlinqError('BLINQ_INTERNAL', `internal error in the Blinq engine: ${message}`)
}

/** Run a native call, rethrowing its error as a `BlinqError`. */
export function call<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw toBlinqError(error)
  }
}

/** Await a native promise, rejecting with a `BlinqError`. A failure to even start the call
 * (a bad argument) rejects too: a Promise-returning function never throws. */
export async function settle<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toBlinqError(error)
  }
}
