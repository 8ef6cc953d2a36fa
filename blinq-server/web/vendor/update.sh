#!/usr/bin/env bash
# Fetch the vendored Vega builds from the npm registry (see README.md) and check their sums.
# --accept writes new sums instead of checking them (after a version change).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
packages=(vega@5.33.1 vega-lite@5.23.0 vega-embed@6.29.0 vega-interpreter@1.2.1)
(cd "$work" && npm pack --silent "${packages[@]}" >/dev/null)
for tgz in "$work"/*.tgz; do
  name="$(basename "$tgz" | sed -E 's/-[0-9]+\.[0-9]+\.[0-9]+\.tgz$//')"
  tar -xzf "$tgz" -C "$work" "package/build/$name.min.js"
  sed 's|//# sourceMappingURL=.*||' "$work/package/build/$name.min.js" >"$here/$name.min.js"
done
cd "$here"
if [[ "${1:-}" == "--accept" ]]; then
  sha256sum ./*.min.js >SHA256SUMS
else
  sha256sum --check --quiet SHA256SUMS
fi
