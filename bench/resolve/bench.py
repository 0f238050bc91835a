#!/usr/bin/env python3
"""Side-by-side benchmark driver: `sightline resolve` vs Splink (DuckDB). Run via run.sh.

For each data set both tools run in turn on this machine, each under /usr/bin/time
(wall clock seconds and peak resident memory of the whole process, DuckDB included),
then both clusterings are scored against the truth with pairwise precision, recall and
F1 (score.py). Splink's clusters are at the same threshold as ours (0.9); the best F1
Splink reaches over a sweep of thresholds (connected components over its saved
predictions, untimed) is reported too, so a poorly chosen threshold is not held
against it.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import score  # noqa: E402

PY = sys.executable


def timed(cmd, log):
    with open(log, "w") as lf:
        p = subprocess.run(["/usr/bin/time", "-f", "__TIME__ %e %M"] + cmd, stdout=lf, stderr=subprocess.PIPE, text=True)
    err = p.stderr
    with open(log, "a") as lf:
        lf.write(err)
    if p.returncode != 0:
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(cmd)}\n{err[-3000:]}")
    line = [x for x in err.splitlines() if x.startswith("__TIME__")][-1].split()
    return float(line[1]), int(line[2]) / 1024.0


def run_score(clusters, truth):
    out = subprocess.run([PY, os.path.join(HERE, "score.py"), clusters, truth], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def cc_clusters(pairs_csv, ids, threshold, out_csv):
    parent = {i: i for i in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    with open(pairs_csv, newline="") as f:
        for r in csv.DictReader(f):
            if float(r["match_probability"]) >= threshold:
                a, b = find(r["left_id"]), find(r["right_id"])
                if a != b:
                    parent[max(a, b)] = min(a, b)
    with open(out_csv, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["record_id", "cluster_id"])
        for i in ids:
            w.writerow([i, find(i)])


def splink_sweep(d, truth):
    ids = [r["record_id"] for r in csv.DictReader(open(truth, newline=""))]
    best = None
    for t in [0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 0.9999]:
        out = os.path.join(d, f"splink_cc_{t}.csv")
        cc_clusters(os.path.join(d, "splink_pairs.csv"), ids, t, out)
        s = run_score(out, truth)
        s["threshold"] = t
        if best is None or s["f1"] > best["f1"]:
            best = s
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--persons", type=int, default=100000)
    ap.add_argument("--growth", default="10000,100000,300000,1000000")
    ap.add_argument("--splink-growth", default="10000,100000")
    ap.add_argument("--skip-splink", action="store_true")
    ap.add_argument("--prefix", default="persons", help="data directories out/<prefix><N> (blind: gen_blind.py)")
    ap.add_argument("--skip-febrl", action="store_true")
    a = ap.parse_args()
    out = a.out
    results = {"datasets": [], "growth": []}

    def both(name, d, ours_cmd, splink_mode, truth):
        row = {"dataset": name}
        t, m = timed(ours_cmd, os.path.join(d, "ours.log"))
        s = run_score(os.path.join(d, "ours_clusters.csv"), truth)
        row["ours"] = {**s, "wall_s": t, "peak_mb": round(m, 1)}
        print(f"[{name}] sightline: {row['ours']}", flush=True)
        if not a.skip_splink:
            t, m = timed([PY, os.path.join(HERE, "splink_run.py"), splink_mode, d], os.path.join(d, "splink.log"))
            s = run_score(os.path.join(d, "splink_clusters.csv"), truth)
            row["splink"] = {**s, "wall_s": t, "peak_mb": round(m, 1)}
            row["splink_best_threshold"] = splink_sweep(d, truth)
            print(f"[{name}] splink:    {row['splink']}  best: {row['splink_best_threshold']}", flush=True)
        results["datasets"].append(row)
        return row

    if not a.skip_febrl:
        febrl(both, out, a)
    # Synthetic cross-force persons
    kind = "cross-force persons" if a.prefix == "persons" else f"cross-force {a.prefix}"
    n = a.persons
    d = os.path.join(out, f"{a.prefix}{n}")
    both(f"{kind} {n // 1000}k", d,
         [a.bin, "resolve", "--input", f"{d}/records.csv", "--output", f"{d}/ours_clusters.csv"],
         "persons", f"{d}/truth.csv")

    # Growth
    splink_sizes = {int(x) for x in a.splink_growth.split(",") if x}
    main_row = results["datasets"][-1]
    for n in [int(x) for x in a.growth.split(",") if x]:
        d = os.path.join(out, f"{a.prefix}{n}")
        g = {"records": n}
        if n == a.persons:
            # Same run as the data-set row above: reuse rather than run twice.
            for tool in ("ours", "splink"):
                if tool in main_row:
                    x = main_row[tool]
                    g[tool] = {**x, "us_per_record": round(x["wall_s"] / n * 1e6, 2), "kb_per_record": round(x["peak_mb"] * 1024 / n, 2)}
            print(f"[growth {n}] {g}", flush=True)
            results["growth"].append(g)
            continue
        t, m = timed([a.bin, "resolve", "--input", f"{d}/records.csv", "--output", f"{d}/ours_clusters.csv"], os.path.join(d, "ours.log"))
        g["ours"] = {"wall_s": t, "peak_mb": round(m, 1), "us_per_record": round(t / n * 1e6, 2), "kb_per_record": round(m * 1024 / n, 2),
                     **run_score(os.path.join(d, "ours_clusters.csv"), os.path.join(d, "truth.csv"))}
        if n in splink_sizes and not a.skip_splink:
            t, m = timed([PY, os.path.join(HERE, "splink_run.py"), "persons", d], os.path.join(d, "splink.log"))
            g["splink"] = {"wall_s": t, "peak_mb": round(m, 1), "us_per_record": round(t / n * 1e6, 2), "kb_per_record": round(m * 1024 / n, 2),
                           **run_score(os.path.join(d, "splink_clusters.csv"), os.path.join(d, "truth.csv"))}
        print(f"[growth {n}] {g}", flush=True)
        results["growth"].append(g)

    with open(os.path.join(out, "results.json" if a.prefix == "persons" else f"results_{a.prefix}.json"), "w") as f:
        json.dump(results, f, indent=2)
    print_table(results)


def febrl(both, out, a):
    # FEBRL4: link 5,000 x 5,000
    d = os.path.join(out, "febrl4")
    both("FEBRL4 link 5k x 5k", d,
         [a.bin, "resolve", "--input", f"{d}/a.csv", "--input", f"{d}/b.csv", "--output", f"{d}/ours_clusters.csv"],
         "febrl4", f"{d}/truth.csv")
    # FEBRL3: dedupe 5,000
    d = os.path.join(out, "febrl3")
    both("FEBRL3 dedupe 5k", d,
         [a.bin, "resolve", "--input", f"{d}/records.csv", "--output", f"{d}/ours_clusters.csv"],
         "febrl3", f"{d}/truth.csv")


def print_table(results):
    print()
    print("| data set | tool | precision | recall | F1 | wall s | peak MB |")
    print("|---|---|---|---|---|---|---|")
    for r in results["datasets"]:
        o = r["ours"]
        print(f"| {r['dataset']} | sightline | {o['precision']:.4f} | {o['recall']:.4f} | {o['f1']:.4f} | {o['wall_s']:.2f} | {o['peak_mb']:.0f} |")
        if "splink" in r:
            s = r["splink"]
            b = r["splink_best_threshold"]
            print(f"| {r['dataset']} | Splink (p>=0.9) | {s['precision']:.4f} | {s['recall']:.4f} | {s['f1']:.4f} | {s['wall_s']:.2f} | {s['peak_mb']:.0f} |")
            print(f"| {r['dataset']} | Splink best threshold ({b['threshold']}) | {b['precision']:.4f} | {b['recall']:.4f} | {b['f1']:.4f} | | |")
            print(f"| {r['dataset']} | ratio sightline/Splink | | | F1 {o['f1'] - s['f1']:+.4f} (vs best {o['f1'] - b['f1']:+.4f}) | time x{o['wall_s'] / s['wall_s']:.3f} | memory x{o['peak_mb'] / s['peak_mb']:.3f} |")
    print()
    print("| records | tool | wall s | peak MB | µs/record | KB/record | F1 |")
    print("|---|---|---|---|---|---|---|")
    for g in results["growth"]:
        for tool in ("ours", "splink"):
            if tool in g:
                x = g[tool]
                name = "sightline" if tool == "ours" else "Splink"
                print(f"| {g['records']} | {name} | {x['wall_s']:.2f} | {x['peak_mb']:.0f} | {x['us_per_record']:.1f} | {x['kb_per_record']:.2f} | {x['f1']:.4f} |")


if __name__ == "__main__":
    main()
