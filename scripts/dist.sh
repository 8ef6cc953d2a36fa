#!/usr/bin/env bash
# Build everything a release ships, into dist/ (or --out DIR):
#   blinq-<version>-x86_64-unknown-linux-gnu.tar.gz   the `blinq` binary, stripped, with the README and licences
#   blinq-<version>-cp39-abi3-manylinux_*.whl         the Python package (maturin; the manylinux tag checked)
#   blinq-node-<version>.tgz                          the Node package: JS/TS API and the loader
#   blinq-node-linux-x64-gnu-<version>.tgz            its platform package with the prebuilt addon
#   blinq-core-<version>.crate                        the Rust crate, as `cargo package` makes it
#
#   bash scripts/dist.sh                     # the shipped artefacts: cargo profile `dist`
#   bash scripts/dist.sh --profile dev       # the same artefacts from the test build (CI's install tests)
#
# Needs cargo, python3 with maturin (installed into a build venv if missing), node and npm.
# Publishing is then `cargo publish -p blinq-core`, `twine upload dist/*.whl` and `npm publish`
# of the two tarballs (the platform package first).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

profile=dist
out="$root/dist"
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) echo "dist.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
mkdir -p "$out"
out=$(cd "$out" && pwd)

target_dir="${CARGO_TARGET_DIR:-$root/target}"
profile_dir=$profile
[ "$profile" = dev ] && profile_dir=debug
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
triple=$(rustc -vV | sed -n 's/^host: //p')
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
step() { echo "== dist: $*"; }

step "the blinq binary (cargo build --profile $profile)"
cargo build --profile "$profile" -p blinq-server --bin blinq
name="blinq-$version-$triple"
mkdir -p "$stage/$name"
cp "$target_dir/$profile_dir/blinq" "$stage/$name/blinq"
# The dist profile strips already; a dev binary keeps its symbols until here.
strip "$stage/$name/blinq"
cp README.md LICENSE-MIT LICENSE-APACHE "$stage/$name/"
cp blinq-core/assets/LICENSE-DejaVu.txt "$stage/$name/"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"

step "the Python wheel (maturin, abi3 for CPython >= 3.9, manylinux tag checked)"
maturin=$(command -v maturin || true)
if [ -z "$maturin" ]; then
  venv="${BLINQ_VENV:-$HOME/.cache/blinq-venv}"
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q --disable-pip-version-check "maturin>=1.7,<2"
  maturin="$venv/bin/maturin"
fi
rm -f "$out"/blinq-*.whl
# The tag is the lowest manylinux policy every symbol of the library fits: the glibc of the
# build machine sets it (Debian 12's 2.36 gives manylinux_2_35). --auditwheel check fails
# rather than repairs a library that links anything outside the policy.
(cd blinq-py && "$maturin" build --profile "$profile" --out "$out" --auditwheel check --quiet)

step "the npm packages (napi build --profile $profile, then npm pack of the package and its platform package)"
# napi looks for a `--profile dev` build under dev/, where cargo puts it under debug/: dev is
# napi's default, so it is asked for by saying nothing.
napi_profile=(); [ "$profile" = dev ] || napi_profile=(--profile "$profile")
(cd blinq-node && { [ -d node_modules ] || npm ci --no-audit --no-fund; } \
  && CARGO="$root/blinq-node/scripts/cargo-host.mjs" npx napi build --platform "${napi_profile[@]}" --js native.cjs --dts native.d.cts \
  && npx tsc -p tsconfig.json)
node_pkg="$stage/blinq-node"
platform_pkg="$stage/blinq-node-linux-x64-gnu"
mkdir -p "$node_pkg" "$platform_pkg"
cp -r blinq-node/dist blinq-node/native.cjs blinq-node/native.d.cts blinq-node/README.md LICENSE-MIT LICENSE-APACHE "$node_pkg/"
cp blinq-node/npm/linux-x64-gnu/package.json blinq-node/npm/linux-x64-gnu/README.md LICENSE-MIT LICENSE-APACHE "$platform_pkg/"
cp blinq-node/blinq-node.linux-x64-gnu.node "$platform_pkg/"
strip "$platform_pkg/blinq-node.linux-x64-gnu.node"
# What `napi prepublish` does: the main package names each platform package as an optional
# dependency of the same version, so npm installs the one matching the machine.
cp blinq-node/package.json "$node_pkg/package.json"
node -e '
  const fs = require("fs")
  const file = process.argv[1], platform = JSON.parse(fs.readFileSync(process.argv[2], "utf8"))
  const pkg = JSON.parse(fs.readFileSync(file, "utf8"))
  pkg.optionalDependencies = { [platform.name]: pkg.version }
  delete pkg.devDependencies
  delete pkg.scripts
  fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n")
' "$node_pkg/package.json" "$platform_pkg/package.json"
(cd "$out" && npm pack --silent "$platform_pkg" "$node_pkg" > /dev/null)

step "the blinq-core crate (cargo package; the tests of the packaged crate run here, from the tree)"
cargo package -p blinq-core --no-verify --allow-dirty --quiet
cp "$target_dir/package/blinq-core-$version.crate" "$out/"

step "done: $out"
ls -l "$out"
