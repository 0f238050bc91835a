#!/usr/bin/env bash
# Build the release binary, run it over the dev, test, fresh and fresh2 sets, and score each.
# usage: bench/text/score.sh [--errors]
set -euo pipefail
cd "$(dirname "$0")/../.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-/work/target-text}"
cargo build --release -q -p sightline
BIN="$CARGO_TARGET_DIR/release/sightline"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
for set in dev test fresh fresh2; do
  echo "==================== $set ===================="
  "$BIN" indicators --input "bench/text/$set.jsonl" --output "$OUT/$set.out.jsonl"
  python3 bench/text/score.py "bench/text/$set.jsonl" "$OUT/$set.out.jsonl" "$@"
done
