// The generated native loader (`native.cjs`, written by `napi build`, not committed), typed
// by its generated declarations (`native.d.cts`).
import { createRequire } from 'node:module'

import type * as Native from '../native.cjs'

export type { NativeAnswer, NativeDataset, NativePlot, NativeScan, NativeTable, Column, Usage } from '../native.cjs'

/** The addon's exports. */
export const native: typeof Native = createRequire(import.meta.url)('../native.cjs')
