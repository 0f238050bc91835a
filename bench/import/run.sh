#!/usr/bin/env bash
# Import benchmark (issue 3, "Performance"): `sightline import --kind person` of N CSV rows
# on SQLite and on PostgreSQL, beside the database's own bulk loader on the same file
# (`sqlite3 .import`, `psql \copy`), all measured in this one run.
#
#   bench/import/run.sh                      # N = 1,000,000
#   bench/import/run.sh --rows 100000        # quick mode
#   bench/import/run.sh --rows 1000000 --skip-pg
#
# Options: --rows N (default 1000000), --seed S (default 1), --skip-sqlite, --skip-pg,
#          --skip-growth (do not run the N/10 SQLite import for the memory check),
#          --keep (keep the databases under bench/import/out/ afterwards).
# Environment: CARGO_TARGET_DIR (default <repo>/target).
#
# Each measured command runs under /usr/bin/time -v: wall seconds and peak RSS of that
# process. For PostgreSQL the RSS is the client's (sightline or psql), not the server's.
# PostgreSQL is a throwaway cluster (temp dir, 127.0.0.1, a free port, fsync at its
# default ON), stopped and removed on exit, even on failure.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
OUT="$HERE/out"
TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"

ROWS=1000000
SEED=1
DO_SQLITE=1
DO_PG=1
DO_GROWTH=1
KEEP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --rows=*) ROWS="${1#*=}"; shift ;;
    --seed) SEED="$2"; shift 2 ;;
    --skip-sqlite) DO_SQLITE=0; shift ;;
    --skip-pg) DO_PG=0; shift ;;
    --skip-growth) DO_GROWTH=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
[[ "$ROWS" =~ ^[0-9]+$ ]] && [ "$ROWS" -ge 10 ] || { echo "--rows must be a number >= 10" >&2; exit 2; }
SMALL=$((ROWS / 10))

# ---- tools -----------------------------------------------------------------------------
need_pkgs=()
[ -x /usr/bin/time ] || need_pkgs+=(time)
command -v sqlite3 >/dev/null 2>&1 || need_pkgs+=(sqlite3)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  echo "installing ${need_pkgs[*]} (apt-get)"
  if [ "$(id -u)" = 0 ]; then apt-get install -y "${need_pkgs[@]}" >/dev/null
  else sudo apt-get install -y "${need_pkgs[@]}" >/dev/null; fi
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ "$DO_PG" = 1 ] && { [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ] || ! command -v psql >/dev/null 2>&1; }; then
  echo "PostgreSQL SKIPPED: no initdb under /usr/lib/postgresql or no psql (apt-get install postgresql)"
  DO_PG=0
fi

# ---- throwaway PostgreSQL, removed on exit -----------------------------------------------
pg_dir=""
as_pg=()
cleanup() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
    "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 ||
      "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  if [ "$KEEP" = 0 ]; then
    rm -f "$OUT"/*.db "$OUT"/*.db-wal "$OUT"/*.db-shm "$OUT"/*.db-journal
  fi
}
trap cleanup EXIT

# ---- build and data ---------------------------------------------------------------------
echo "building release binary (cargo build --release -p sightline)"
(cd "$ROOT" && CARGO_TARGET_DIR="$TARGET" cargo build --release -q -p sightline)
BIN="$TARGET/release/sightline"
mkdir -p "$OUT"

csv_for() { echo "$OUT/people-$1-s$SEED.csv"; }
gen() {
  local n="$1" f
  f=$(csv_for "$n")
  if [ ! -f "$f" ] || [ "$HERE/gen.py" -nt "$f" ]; then
    python3 "$HERE/gen.py" --rows "$n" --seed "$SEED" --out "$f"
  fi
}
gen "$ROWS"
[ "$DO_GROWTH" = 1 ] && [ "$DO_SQLITE" = 1 ] && gen "$SMALL"
CSV=$(csv_for "$ROWS")

# ---- measuring ----------------------------------------------------------------------------
# timed NAME CMD...: runs CMD under /usr/bin/time -v; output in $OUT/NAME.log, stats in
# $OUT/NAME.time; sets SECS and RSS_MB. Fails the script if CMD fails.
timed() {
  local name="$1"; shift
  if ! /usr/bin/time -v -o "$OUT/$name.time" "$@" >"$OUT/$name.log" 2>&1; then
    echo "FAILED: $* (see $OUT/$name.log)" >&2
    tail -n 20 "$OUT/$name.log" >&2
    exit 1
  fi
  SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {
      n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$OUT/$name.time")
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$OUT/$name.time")
}

# Sightline needs an organisation and an investigator first (not timed: argon2 hashing).
setup_sightline() {
  local url="$1"
  SIGHTLINE_DATABASE_URL="$url" "$BIN" org add --name "Force A" --type PoliceForce >/dev/null
  echo 'a long test password for the benchmark' |
    SIGHTLINE_DATABASE_URL="$url" "$BIN" user add --username inv --role investigator \
      --org "Force A" --password-stdin >/dev/null
}

# The baseline table: the file's seven columns as text, nothing else.
COPY_COLS="source_id TEXT, given_name TEXT, family_name TEXT, date_of_birth TEXT, gender TEXT, nationality TEXT, notes TEXT"

results=()   # backend|rows|sl_s|sl_rss|loader_s|keyed_s|same_table_s
check_count() {
  local what="$1" got="$2"
  if [ "$got" != "$ROWS" ]; then
    echo "WRONG COUNT: $what has $got rows, expected $ROWS" >&2
    exit 1
  fi
}

sqlite_import() {   # sqlite_import N NAME -> SECS RSS_MB
  local n="$1" name="$2" db="$OUT/$2.db"
  rm -f "$db" "$db-wal" "$db-shm"
  setup_sightline "sqlite://$db"
  timed "$name" "$BIN" import "$(csv_for "$n")" --kind person --as inv --database "sqlite://$db"
  local count
  count=$(sqlite3 "$db" "SELECT count(*) FROM people")
  [ "$count" = "$n" ] || { echo "WRONG COUNT: $name wrote $count rows, expected $n" >&2; exit 1; }
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, load average now $(cut -d' ' -f1-3 /proc/loadavg); $(uname -sr)"
echo "rows: $ROWS ($(du -h "$CSV" | cut -f1) CSV, seed $SEED); sightline $(git -C "$ROOT" rev-parse --short HEAD)"

# ---- where the time goes: one validation pass alone (no database) ---------------------------
echo "sightline import --dry-run (reading + validation, one pass, no database) …"
timed "dryrun-$ROWS" "$BIN" import "$CSV" --kind person --as inv --dry-run --database "sqlite://$OUT/unused.db"
dry="validate-only pass (sightline import --dry-run): $SECS s, peak RSS $RSS_MB MB; a real import reads and validates the file once, on a thread beside the writer"

# ---- SQLite ---------------------------------------------------------------------------------
if [ "$DO_SQLITE" = 1 ]; then
  echo "sqlite: sightline import of $ROWS rows …"
  sqlite_import "$ROWS" "sqlite-sightline-$ROWS"
  sl_s=$SECS; sl_rss=$RSS_MB
  grep -h '^imported' "$OUT/sqlite-sightline-$ROWS.log" || true

  echo "sqlite: sqlite3 .import (plain table) …"
  db="$OUT/sqlite-loader-$ROWS.db"; rm -f "$db"
  sqlite3 "$db" "CREATE TABLE people_copy ($COPY_COLS);"
  timed "sqlite-loader-$ROWS" sqlite3 "$db" ".import --csv --skip 1 $CSV people_copy"
  ld_s=$SECS
  check_count "sqlite .import" "$(sqlite3 "$db" 'SELECT count(*) FROM people_copy')"

  echo "sqlite: sqlite3 .import (source_id PRIMARY KEY) …"
  db="$OUT/sqlite-loader-keyed-$ROWS.db"; rm -f "$db"
  sqlite3 "$db" "CREATE TABLE people_copy ($COPY_COLS, PRIMARY KEY (source_id));"
  timed "sqlite-loader-keyed-$ROWS" sqlite3 "$db" ".import --csv --skip 1 $CSV people_copy"
  kd_s=$SECS
  check_count "sqlite .import keyed" "$(sqlite3 "$db" 'SELECT count(*) FROM people_copy')"

  # The database's own tools into Sightline's own schema: a second Sightline database, the
  # file .import-ed into a staging table, then one INSERT … SELECT into its people table,
  # with every index and foreign key the import maintains, one transaction. The columns the
  # file lacks take what Sightline wrote (markings) or fixed values (owner, author, one
  # batch, one timestamp). The ids are in creation order, as Sightline's UUIDv7 are (the
  # row number as 32 hex digits: sqlite3 3.40 has no unhex(), so 32 bytes instead of 16).
  # It validates and normalises nothing and writes no audit.
  echo "sqlite: sqlite3 .import + INSERT … SELECT into Sightline's own people table …"
  db="$OUT/sqlite-schema-$ROWS.db"; rm -f "$db" "$db-wal" "$db-shm"
  setup_sightline "sqlite://$db"
  IFS='|' read -r cls hc <<<"$(sqlite3 "$OUT/sqlite-sightline-$ROWS.db" 'SELECT classification, handling_code FROM people LIMIT 1')"
  sqlite3 "$db" "CREATE TABLE staging ($COPY_COLS);
    INSERT INTO import_batches (id, kind, source, file_name, owner_org, created_by, created_at, status)
      SELECT randomblob(16), 'person', 'bench', 'bench.csv', (SELECT id FROM organisations), (SELECT id FROM users), '2026-01-01T00:00:00Z', 'committed';"
  timed "sqlite-loader-schema-$ROWS" sqlite3 "$db" ".import --csv --skip 1 $CSV staging" \
    "PRAGMA foreign_keys = ON; BEGIN;
     INSERT INTO people (id, given_name, family_name, date_of_birth, gender, nationality, notes,
                         classification, handling_code, owner_org, created_at, created_by, updated_at,
                         source, source_id, batch_id)
       SELECT CAST(printf('%032x', rowid) AS BLOB), given_name, family_name, NULLIF(date_of_birth, ''), gender, NULLIF(nationality, ''), notes,
              '$cls', '$hc', (SELECT id FROM organisations), '2026-01-01T00:00:00Z', (SELECT id FROM users), '2026-01-01T00:00:00Z',
              'bench', source_id, (SELECT id FROM import_batches)
         FROM staging ORDER BY rowid;
     COMMIT;"
  st_s=$SECS
  check_count "sqlite into people" "$(sqlite3 "$db" 'SELECT count(*) FROM people')"
  rm -f "$db" "$db-wal" "$db-shm"
  results+=("SQLite|$ROWS|$sl_s|$sl_rss|$ld_s|$kd_s|$st_s")
  rm -f "$OUT/sqlite-loader-$ROWS.db" "$OUT/sqlite-loader-keyed-$ROWS.db"
fi

# ---- PostgreSQL -----------------------------------------------------------------------------
if [ "$DO_PG" = 1 ]; then
  pg_dir=$(mktemp -d /tmp/sightline-bench-pg.XXXXXX)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: run the cluster as the postgres user.
    chown postgres "$pg_dir"
    as_pg=(runuser -u postgres --)
  fi
  "${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U sightline --auth=trust -E UTF8 >"$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log"; exit 1; }
  # fsync stays at its default (on): durable commits, as in production.
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir" start >/dev/null ||
    { cat "$pg_dir/server.log"; exit 1; }
  base="postgres://sightline@127.0.0.1:$port"
  echo "postgres: $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (throwaway, fsync=$(psql -XAtq "$base/postgres" -c 'SHOW fsync'))"
  psql -XAtq "$base/postgres" -c "CREATE DATABASE sl" -c "CREATE DATABASE loader" -c "CREATE DATABASE loader_keyed"

  echo "postgres: sightline import of $ROWS rows …"
  setup_sightline "$base/sl"
  timed "pg-sightline-$ROWS" "$BIN" import "$CSV" --kind person --as inv --database "$base/sl"
  sl_s=$SECS; sl_rss=$RSS_MB
  grep -h '^imported' "$OUT/pg-sightline-$ROWS.log" || true
  check_count "sightline on postgres" "$(psql -XAtq "$base/sl" -c 'SELECT count(*) FROM people')"

  echo "postgres: psql \\copy (plain table) …"
  psql -XAtq "$base/loader" -c "CREATE TABLE people_copy ($COPY_COLS)"
  timed "pg-loader-$ROWS" psql -XAtq -v ON_ERROR_STOP=1 "$base/loader" \
    -c "\\copy people_copy FROM '$CSV' WITH (FORMAT csv, HEADER true)"
  ld_s=$SECS
  check_count "postgres \\copy" "$(psql -XAtq "$base/loader" -c 'SELECT count(*) FROM people_copy')"

  echo "postgres: psql \\copy (source_id PRIMARY KEY) …"
  psql -XAtq "$base/loader_keyed" -c "CREATE TABLE people_copy ($COPY_COLS, PRIMARY KEY (source_id))"
  timed "pg-loader-keyed-$ROWS" psql -XAtq -v ON_ERROR_STOP=1 "$base/loader_keyed" \
    -c "\\copy people_copy FROM '$CSV' WITH (FORMAT csv, HEADER true)"
  kd_s=$SECS
  check_count "postgres \\copy keyed" "$(psql -XAtq "$base/loader_keyed" -c 'SELECT count(*) FROM people_copy')"

  # The loader into Sightline's own schema: a second Sightline database, and \copy of the
  # file's columns straight into its people table, with every index and foreign key the
  # import maintains; the columns the file lacks take defaults (the markings Sightline
  # wrote, one batch row, ids from a sequence so that they come in creation order as
  # Sightline's UUIDv7 do). It validates and normalises nothing and writes no audit.
  echo "postgres: psql \\copy into Sightline's own people table (its indexes and foreign keys) …"
  psql -XAtq "$base/postgres" -c "CREATE DATABASE sl_schema"
  setup_sightline "$base/sl_schema"
  IFS='|' read -r cls hc <<<"$(psql -XAtq "$base/sl" -c 'SELECT classification, handling_code FROM people LIMIT 1')"
  org=$(psql -XAtq "$base/sl_schema" -c "SELECT id FROM organisations LIMIT 1")
  usr=$(psql -XAtq "$base/sl_schema" -c "SELECT id FROM users LIMIT 1")
  batch=$(psql -XAtq "$base/sl_schema" -c "INSERT INTO import_batches (id, kind, source, file_name, owner_org, created_by, created_at, status)
      VALUES (gen_random_uuid(), 'person', 'bench', 'bench.csv', '$org', '$usr', now(), 'committed') RETURNING id" | head -n 1)
  psql -XAtq -v ON_ERROR_STOP=1 "$base/sl_schema" -c "CREATE SEQUENCE bench_ids" -c "ALTER TABLE people
      ALTER COLUMN id SET DEFAULT lpad(to_hex(nextval('bench_ids')), 32, '0')::uuid, ALTER COLUMN classification SET DEFAULT '$cls',
      ALTER COLUMN handling_code SET DEFAULT '$hc', ALTER COLUMN owner_org SET DEFAULT '$org',
      ALTER COLUMN created_by SET DEFAULT '$usr', ALTER COLUMN created_at SET DEFAULT now(),
      ALTER COLUMN updated_at SET DEFAULT now(), ALTER COLUMN source SET DEFAULT 'bench',
      ALTER COLUMN batch_id SET DEFAULT '$batch'"
  timed "pg-loader-schema-$ROWS" psql -XAtq -v ON_ERROR_STOP=1 "$base/sl_schema" \
    -c "\\copy people (source_id, given_name, family_name, date_of_birth, gender, nationality, notes) FROM '$CSV' WITH (FORMAT csv, HEADER true, FORCE_NOT_NULL (given_name, family_name, gender, notes))"
  st_s=$SECS
  check_count "postgres \\copy into people" "$(psql -XAtq "$base/sl_schema" -c 'SELECT count(*) FROM people')"
  results+=("PostgreSQL|$ROWS|$sl_s|$sl_rss|$ld_s|$kd_s|$st_s")
  cleanup; pg_dir=""
fi

# ---- memory against file size ---------------------------------------------------------------
growth=""
if [ "$DO_SQLITE" = 1 ] && [ "$DO_GROWTH" = 1 ]; then
  echo "sqlite: sightline import of $SMALL rows (memory check) …"
  sqlite_import "$SMALL" "sqlite-sightline-$SMALL"
  growth="SQLite peak RSS: $SMALL rows $RSS_MB MB ($SECS s), $ROWS rows $(awk -F': ' '/Maximum resident/ {printf "%.1f", $2/1024}' "$OUT/sqlite-sightline-$ROWS.time") MB"
fi

# ---- report -----------------------------------------------------------------------------------
report="$OUT/results-$ROWS.txt"
{
  echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '\n%-10s %9s %12s %10s %12s %12s %8s %14s %8s %12s %8s\n' \
    backend rows sightline_s rows/s peak_rss_MB loader_s ratio loader_keyed_s ratio same_table_s ratio
  for r in "${results[@]}"; do
    IFS='|' read -r b n s rss l k t <<<"$r"
    awk -v b="$b" -v n="$n" -v s="$s" -v rss="$rss" -v l="$l" -v k="$k" -v t="$t" 'BEGIN {
      printf "%-10s %9d %12.2f %10.0f %12.1f %12.2f %7.1fx %14.2f %7.1fx %12.2f %7.1fx\n", b, n, s, n / s, rss, l, s / l, k, s / k, t, s / t }'
  done
  echo
  echo "sightline_s: wall time of \`sightline import FILE --kind person --as inv\` (one pass over the file, one transaction, audit)"
  echo "loader_s: sqlite3 \`.import --csv\` / psql \`\\copy … CSV HEADER\` into a table of the file's 7 text columns"
  echo "loader_keyed_s: the same with PRIMARY KEY (source_id); ratio = sightline_s / loader_s"
  echo "same_table_s: the database's own tools writing the rows into Sightline's people table, its indexes and foreign keys (sqlite3 .import to a staging table + INSERT … SELECT; psql \\copy into people)"
  echo "peak_rss_MB: max RSS of the sightline process (on PostgreSQL the client only)"
  if [ -n "$growth" ]; then echo "$growth"; fi
  echo "$dry"
} | tee "$report"
echo "(saved to $report; logs and /usr/bin/time output in $OUT/)"
