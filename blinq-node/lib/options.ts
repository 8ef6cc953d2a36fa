// Options as JavaScript writes them (camelCase), as the JSON the engine reads (snake_case).

/** `maxRows` → `max_rows`. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}

/** `x_label` → `xLabel`. */
export function camelCase(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
}

/** The JSON of `options` with snake_case keys; `undefined` values are left out. */
export function engineJson(options: object | undefined | null): string {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options ?? {})) {
    if (value !== undefined) out[snakeCase(key)] = value
  }
  return JSON.stringify(out)
}

/** An object the engine wrote, with camelCase keys. */
export function camelKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [camelCase(k), v]))
}
