#!/usr/bin/env python3
"""Fail when a package built alone would compile polars with other features than the
workspace's test build.

Cargo unifies features over the packages of one build, and polars' dependency tree reaches
tokio, hyper and reqwest (through object_store), which the server turns more features on in.
Without `workspace-hack/` a `maturin`/`napi` build of a binding, or `cargo test -p
blinq-core`, would compile a second copy of polars (about 12 minutes on 2 cores). This
script compares, crate by crate, the features of polars' dependency tree in the workspace
build with each member's build and prints what `workspace-hack/Cargo.toml` must add.
"""

import re
import subprocess
import sys

MEMBERS = ["blinq-core", "blinq-server", "blinq-py", "blinq-node", "blinq-benches"]


def tree(*args):
    out = subprocess.run(
        ["cargo", "tree", "-e", "features", "--prefix", "none", "--format", "{p} {f}", *args],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    feats = {}
    for line in out.splitlines():
        line = line.replace(" (*)", "").replace(" (proc-macro)", "").strip()
        m = re.match(r"^(\S+ v\S+)(?: \(.*?\))?(?: (\S+))?$", line)
        if m:
            # A crate can appear twice: built for the target and for the host (a proc-macro's
            # dependency, features resolved apart). Only the union matters here.
            feats.setdefault(m.group(1), set()).update(filter(None, (m.group(2) or "").split(",")))
    return feats


def closure():
    out = subprocess.run(
        ["cargo", "tree", "-p", "polars", "--prefix", "none", "--format", "{p}", "-e", "normal,build"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {re.match(r"^(\S+ v\S+)", l).group(1) for l in out.splitlines() if l.strip()}


def main():
    polars = closure()
    ws = tree("--workspace")
    bad = False
    for member in MEMBERS:
        got = tree("-p", member)
        if not any(c.startswith("polars ") for c in got):
            continue  # does not build polars (yet)
        for crate in sorted(polars):
            if crate in got and got[crate] != ws.get(crate, set()):
                missing = sorted(ws.get(crate, set()) - got[crate])
                print(f"{member}: {crate} lacks features {missing}")
                bad = True
    if bad:
        print("add them to workspace-hack/Cargo.toml", file=sys.stderr)
        sys.exit(1)
    print("features aligned: every member shares the workspace build of polars")


if __name__ == "__main__":
    main()
