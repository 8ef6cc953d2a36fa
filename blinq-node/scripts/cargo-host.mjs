#!/usr/bin/env node
// `napi build` runs `cargo build --target <host triple>`. An explicit --target makes cargo build
// every dependency again under target/<triple>/ (for Blinq: all of polars, ~12 minutes on 2
// cores) instead of reusing the workspace's dev build in target/debug. `npm run build` sets
// CARGO to this script: for the host triple it drops --target, runs cargo, then copies the
// addon to target/<triple>/<profile>/, where napi looks for it. Other targets pass through.
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const cargo = process.env.BLINQ_REAL_CARGO ?? 'cargo'
const args = process.argv.slice(2)
const run = (argv, options = {}) => spawnSync(cargo, argv, { stdio: 'inherit', ...options })

const host = /^host: (.+)$/m.exec(spawnSync('rustc', ['-vV'], { encoding: 'utf8' }).stdout)?.[1]
const at = args.indexOf('--target')
if (args[0] !== 'build' || at === -1 || args[at + 1] !== host) {
  process.exit(run(args).status ?? 1)
}

const hostArgs = args.filter((_, i) => i !== at && i !== at + 1)
const status = run(hostArgs).status ?? 1
if (status !== 0) process.exit(status)

const flag = (name) => {
  const i = hostArgs.indexOf(name)
  return i === -1 ? undefined : hostArgs[i + 1]
}
const profile = flag('--profile') ?? (hostArgs.includes('--release') ? 'release' : 'dev')
const profileDir = profile === 'dev' ? 'debug' : profile
const metadata = JSON.parse(
  spawnSync(cargo, ['metadata', '--format-version', '1', '--no-deps'], { encoding: 'utf8' }).stdout,
)
const targetDir = flag('--target-dir') ?? process.env.CARGO_BUILD_TARGET_DIR ?? metadata.target_directory
const pkg = metadata.packages.find((p) => p.manifest_path === join(process.cwd(), 'Cargo.toml'))
const lib = pkg.targets.find((t) => t.kind.includes('cdylib')).name.replace(/-/g, '_')
const file = process.platform === 'darwin' ? `lib${lib}.dylib` : process.platform === 'win32' ? `${lib}.dll` : `lib${lib}.so`
const into = join(targetDir, host, profileDir)
mkdirSync(into, { recursive: true })
copyFileSync(join(targetDir, profileDir, file), join(into, file))
