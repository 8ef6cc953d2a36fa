// Every ```js snippet of docs/node.md runs, in order, as one module importing 'blinq-node'.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { spawnSync } from 'node:child_process'

import { FIXTURES, PACKAGE, ROOT, tempDir } from './helpers.mjs'

test('the docs/node.md walkthrough runs', () => {
  const text = readFileSync(join(ROOT, 'docs', 'node.md'), 'utf8')
  const snippets = [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1])
  assert.ok(snippets.length >= 8, `${snippets.length} snippets`)
  // Imports may appear in any snippet: hoist them, as one module would have them.
  const imports = []
  const bodies = snippets.map((code) =>
    code.replace(/^import [^\n]*\n/gm, (line) => {
      imports.push(line)
      return ''
    }),
  )
  const dir = tempDir('blinq-node-docs-')
  mkdirSync(join(dir, 'node_modules'))
  symlinkSync(PACKAGE, join(dir, 'node_modules', 'blinq-node'), 'dir')
  symlinkSync(join(PACKAGE, 'node_modules', 'apache-arrow'), join(dir, 'node_modules', 'apache-arrow'), 'dir')
  for (const name of ['penguins.csv', 'flights_3000.csv']) copyFileSync(join(FIXTURES, name), join(dir, name))
  const source = [...imports, ...bodies.map((b, i) => `// snippet ${i + 1}\n${b}`)].join('\n')
  writeFileSync(join(dir, 'walkthrough.mjs'), source)
  const run = spawnSync(process.execPath, ['walkthrough.mjs'], { cwd: dir, encoding: 'utf8' })
  assert.equal(run.status, 0, `${run.stderr}\n--- source in ${dir}/walkthrough.mjs`)
  assert.doesNotMatch(run.stderr, /Assertion failed/)
  assert.ok(existsSync(join(dir, 'mass.png')))
  assert.match(run.stdout, /BLINQ_SANDBOX/)
  assert.match(run.stdout, /200 image\/png/)
})
