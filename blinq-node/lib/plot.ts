// `Plot`: a rendered chart, and the options that describe one.
import { call } from './errors.js'
import type { NativePlot } from './native.js'
import { camelKeys } from './options.js'

/** A chart, as `plot()` takes it (the engine's PlotSpec, with camelCase keys). */
export interface PlotOptions {
  kind: 'bar' | 'line' | 'scatter' | 'histogram' | 'box' | 'pie' | 'area' | 'heatmap'
  x?: string
  y?: string
  color?: string
  aggregate?: 'count' | 'n_unique' | 'sum' | 'mean' | 'median' | 'min' | 'max' | 'std'
  bins?: number
  stacked?: boolean
  horizontal?: boolean
  sort?: 'ascending' | 'descending' | 'label'
  limit?: number
  title?: string
  xLabel?: string
  yLabel?: string
  width?: number
  height?: number
  format?: 'png' | 'svg'
  theme?: 'light' | 'dark'
}

/** A rendered chart. `png()` and `svg()` give either format: the one it was not drawn in
 * is drawn on demand from the chart's data. */
export class Plot {
  readonly #plot: NativePlot

  /** @internal */
  constructor(native: NativePlot) {
    this.#plot = native
  }

  /** The spec as drawn (defaults filled in). */
  get spec(): PlotOptions {
    return camelKeys(JSON.parse(this.#plot.specJson())) as unknown as PlotOptions
  }

  /** The format it was drawn in. */
  get format(): 'png' | 'svg' {
    return this.#plot.format as 'png' | 'svg'
  }

  /** `image/png` or `image/svg+xml`. */
  get mimeType(): string {
    return this.format === 'png' ? 'image/png' : 'image/svg+xml'
  }

  /** Width in pixels. */
  get width(): number {
    return this.spec.width ?? 0
  }

  /** Height in pixels. */
  get height(): number {
    return this.spec.height ?? 0
  }

  /** What the renderer had to leave out or change (points thinned, categories cut...). */
  get notes(): string[] {
    return this.#plot.notes
  }

  /** PNG bytes. */
  png(): Buffer {
    return call(() => this.#plot.image('png'))
  }

  /** SVG text. */
  svg(): string {
    return call(() => this.#plot.image('svg')).toString('utf8')
  }

  /** The chart as a self-contained Vega-Lite v5 spec (a plain object, data inlined): the
   * image's data (aggregated, binned or thinned as drawn), theme and titles, with tooltips,
   * zoom and pan on continuous axes and a clickable legend. Hand it to `vegaEmbed(el, spec)`
   * in a page, or to `vega-lite`'s `compile()`. Throws a `BlinqError` (`BLINQ_PLOT`) for a
   * chart that came without its data. */
  vegaLite(): object {
    return JSON.parse(call(() => this.#plot.vegaLiteJson())) as object
  }
}
