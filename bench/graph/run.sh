#!/usr/bin/env bash
# Benchmark the network engine (sightline-graph) against NetworkX side by side.
# Creates /var/tmp/sightline-graph-venv (pip: networkx) if missing, builds the engine's
# bench example in release, generates the graphs into bench/graph/out/ and prints a table.
# Environment: SIZES (default 10000,100000,1000000 edges), K (sampled sources, default 100),
# EXACT_UP_TO (edges up to which betweenness is exact, default 10000), CARGO_TARGET_DIR.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="${VENV:-/var/tmp/sightline-graph-venv}"
if [ ! -x /usr/bin/time ]; then
  echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip
  "$VENV/bin/pip" install -q networkx
fi
PY="$VENV/bin/python"
echo "peer: networkx $("$PY" -c 'import networkx; print(networkx.__version__)'), python $("$PY" -c 'import platform; print(platform.python_version())')"
(cd "$ROOT" && cargo build --release -q -p sightline-graph --example bench)
BIN="${CARGO_TARGET_DIR:-$ROOT/target}/release/examples/bench"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$PY" "$HERE/bench.py" --bin "$BIN" --py "$PY" --out "$HERE/out" \
  --sizes "${SIZES:-10000,100000,1000000}" --k "${K:-100}" --exact-up-to "${EXACT_UP_TO:-10000}"
