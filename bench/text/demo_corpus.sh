#!/usr/bin/env bash
# Writes the demo corpus as JSON Lines ({"id", "text"}): every narrative that the demo loads
# at a scale (intelligence logs, what members of the public wrote, victims' accounts in
# debriefs), the texts the product analyses. Feed it to the throughput example:
#   bench/text/demo_corpus.sh /tmp/demo_corpus.jsonl 20
#   taskset -c 0 $CARGO_TARGET_DIR/release/examples/throughput 20 --no-long --corpus /tmp/demo_corpus.jsonl
# usage: bench/text/demo_corpus.sh OUT.jsonl [SCALE (default 20)] [SEED (default 1)]
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT="${1:?usage: bench/text/demo_corpus.sh OUT.jsonl [SCALE] [SEED]}"
SCALE="${2:-20}"
SEED="${3:-1}"
command -v sqlite3 >/dev/null || { echo "demo_corpus.sh: needs the sqlite3 command-line shell" >&2; exit 1; }
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}"
cargo build --release -q -p sightline
BIN="$CARGO_TARGET_DIR/release/sightline"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
"$BIN" demo --load-only --scale "$SCALE" --seed "$SEED" --database "sqlite://$TMP/demo.db" >/dev/null
sqlite3 "$TMP/demo.db" "
  SELECT json_object('id', 'intel-' || lower(hex(id)), 'text', narrative)
    FROM intel_reports ORDER BY id;
  SELECT json_object('id', 'public-' || reference, 'text', json_extract(answers, '\$.what'))
    FROM public_reports ORDER BY id;
  SELECT json_object('id', 'debrief-' || reference, 'text', json_extract(answers, '\$.account[0]'))
    FROM guided_forms WHERE kind = 'debrief' AND json_extract(answers, '\$.account[0]') IS NOT NULL
    ORDER BY id;" > "$OUT"
python3 - "$OUT" <<'PY'
import json, sys
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
size = sum(len(t.encode()) for t in texts)
print(f"{sys.argv[1]}: {len(texts)} texts, {size} bytes, {size / len(texts):.0f} bytes a text, {len(set(texts))} distinct")
PY
