#!/usr/bin/env bash
# Install tests of what scripts/dist.sh built, from the artefacts alone (not the source tree):
#   - the Python wheel into a fresh venv with no cargo on PATH, then a notebook-style script;
#   - the two npm tarballs into a fresh npm project (offline), then a backend-style script;
#   - the binary tarball extracted and served: /health, the web app, an upload and a query;
#   - the blinq-core crate: what it holds, and a manifest with no path-only dependency.
#
#   bash scripts/dist-test.sh [DIST_DIR]      # default dist/
set -euo pipefail
# Under pipefail, `producer | grep -q` fails at random: grep -q stops at the first match and
# the producer (curl, tar) still writing gets SIGPIPE. Every grep here reads its whole input.
cd "$(dirname "$0")/.."
root=$(pwd)
dist=$(cd "${1:-dist}" && pwd)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
penguins="$root/blinq-core/tests/fixtures/penguins.csv"
work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
step() { echo "== dist-test: $*"; }
fail() { echo "dist-test: $*" >&2; exit 1; }
one() { # the single file matching a glob, or fail
  local matches=("$@")
  [ ${#matches[@]} -eq 1 ] && [ -e "${matches[0]}" ] || fail "expected one artefact, found: ${matches[*]}"
  echo "${matches[0]}"
}
# A PATH without cargo, rustc or maturin: the user of an artefact has no Rust toolchain.
bare_path=/usr/local/bin:/usr/bin:/bin
for tool in cargo rustc maturin; do
  if PATH=$bare_path command -v $tool >/dev/null; then fail "$tool is on $bare_path; the install tests need a PATH without it"; fi
done

step "Python: the wheel into a fresh venv, no Rust toolchain on PATH"
wheel=$(one "$dist"/blinq-"$version"-cp39-abi3-manylinux_*_x86_64.whl)
python3 -m venv "$work/venv"
PATH=$bare_path "$work/venv/bin/pip" install -q --disable-pip-version-check "$wheel" polars auditwheel
# An independent reading of the manylinux policy (auditwheel, the PyPA tool) must agree with the tag.
tag=$(basename "$wheel" | sed -n 's/.*-\(manylinux_[0-9]*_[0-9]*\)_x86_64\.whl$/\1/p')
PATH=$bare_path "$work/venv/bin/auditwheel" show "$wheel" > "$work/auditwheel.txt"
grep -q "\"${tag}_x86_64\"" "$work/auditwheel.txt" || { cat "$work/auditwheel.txt"; fail "auditwheel does not confirm $tag"; }
mkdir "$work/notebook" && cp "$penguins" "$work/notebook/"
(cd "$work/notebook" && PATH=$bare_path "$work/venv/bin/python" "$root/scripts/dist-test/notebook.py")

step "Node: the two tarballs into a fresh npm project (offline: nothing from the registry)"
main_tgz=$(one "$dist"/blinq-node-"$version".tgz)
platform_tgz=$(one "$dist"/blinq-node-linux-x64-gnu-"$version".tgz)
if tar -tzf "$main_tgz" | grep '\.node$' >/dev/null; then fail "the main npm package carries an addon; it belongs in the platform package"; fi
tar -tzf "$platform_tgz" | grep -x 'package/blinq-node.linux-x64-gnu.node' >/dev/null || fail "no addon in $platform_tgz"
mkdir "$work/backend" && cp "$penguins" "$work/backend/" && cp scripts/dist-test/backend.mjs "$work/backend/"
(cd "$work/backend" && echo '{"name": "backend", "version": "1.0.0", "type": "module", "private": true}' > package.json \
  && PATH=$bare_path npm install --offline --no-audit --no-fund --loglevel=error "$platform_tgz" "$main_tgz" \
  && PATH=$bare_path node backend.mjs)
# Without its platform package the main package says what is missing.
mkdir "$work/no-addon" && (cd "$work/no-addon" && echo '{"name": "no-addon", "version": "1.0.0", "type": "module", "private": true}' > package.json \
  && PATH=$bare_path npm install --offline --no-audit --no-fund --no-optional --loglevel=error "$main_tgz" >/dev/null 2>&1 || true)
if out=$(cd "$work/no-addon" && PATH=$bare_path node -e "import('blinq-node')" 2>&1); then
  fail "blinq-node loaded without its platform package"
fi
echo "$out" | grep "native binding" >/dev/null || fail "no clear error without the addon: $out"

step "binary: the tarball, extracted and served"
tarball=$(one "$dist"/blinq-"$version"-x86_64-unknown-linux-gnu.tar.gz)
tar -C "$work" -xzf "$tarball"
bin_dir="$work/blinq-$version-x86_64-unknown-linux-gnu"
for f in blinq README.md LICENSE-MIT LICENSE-APACHE LICENSE-DejaVu.txt; do [ -e "$bin_dir/$f" ] || fail "$f missing from $tarball"; done
if readelf -S "$bin_dir/blinq" | grep "\.symtab" >/dev/null; then fail "the binary is not stripped"; fi
"$bin_dir/blinq" --version | grep "$version" >/dev/null || fail "blinq --version does not say $version"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
(cd "$work" && PATH=$bare_path exec "$bin_dir/blinq" serve --host 127.0.0.1 --port "$port" --data-dir "$work/serve-data" > "$work/serve.log" 2>&1) &
server_pid=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -sf "$base/health" >/dev/null && break; sleep 0.2; done
curl -sf "$base/health" | grep '"ok"' >/dev/null || { cat "$work/serve.log"; fail "/health did not answer ok"; }
curl -sf "$base/" | grep -i "<title>blinq" >/dev/null || fail "the web app page is not served at /"
token=$(sed -n 's/^ *export BLINQ_TOKEN=//p' "$work/serve.log")
[ -n "$token" ] || { cat "$work/serve.log"; fail "no token printed at start"; }
id=$(curl -sf -H "Authorization: Bearer $token" -F "file=@$penguins" "$base/api/data/upload" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
rows=$(curl -sf -H "Authorization: Bearer $token" -G "$base/api/data/query" --data-urlencode "dataset=$id" \
  --data-urlencode "sql=select species, count(*) as n from data group by species order by n desc" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["rows"])')
[ "$rows" = "[['Adelie', 152], ['Gentoo', 124], ['Chinstrap', 68]]" ] || fail "the served query gave $rows"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/data")" = 401 ] || fail "/api/data answered without a token"
kill "$server_pid" && wait "$server_pid" 2>/dev/null || true
server_pid=""

step "crate: blinq-core as cargo package made it"
crate=$(one "$dist"/blinq-core-"$version".crate)
tar -C "$work" -xzf "$crate"
crate_dir="$work/blinq-core-$version"
for f in assets/DejaVuSans.ttf assets/LICENSE-DejaVu.txt LICENSE-MIT LICENSE-APACHE README.md src/lib.rs Cargo.lock; do
  [ -s "$crate_dir/$f" ] || fail "$f missing from $crate"
done
python3 - "$crate_dir/Cargo.toml" <<'EOF'
import sys, tomllib
manifest = tomllib.load(open(sys.argv[1], "rb"))
package = manifest["package"]
for key in ("description", "license", "repository", "readme", "documentation"):
    assert package.get(key), f"the published manifest has no {key}"
assert package.get("metadata", {}).get("docs", {}).get("rs"), "no docs.rs metadata"
for table in ("dependencies", "build-dependencies", "dev-dependencies"):
    for name, dep in manifest.get(table, {}).items():
        if isinstance(dep, dict):
            assert "path" not in dep, f"{table}.{name} is a path dependency"
            assert "version" in dep, f"{table}.{name} has no version"
assert "workspace-hack" not in manifest.get("dependencies", {}), "workspace-hack is a dependency of the published crate"
EOF

step "ok: wheel, npm packages, binary and crate install and work from $dist"
