"""Runs the engine and NetworkX side by side on each generated graph and prints a table
of times, peak memory and ratios, after checking that the results agree: component sizes
identical, the same top-10 ranking by betweenness, the same shortest-path lengths.

Usage: bench.py --bin ENGINE_BENCH --py PYTHON --out DIR --sizes 10000,100000,1000000
       [--exact-up-to 10000] [--k 100] [--pairs 100]
"""
import argparse
import json
import os
import random
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(cmd):
    """Runs cmd under /usr/bin/time; returns (json output, wall seconds, peak RSS MiB)."""
    res = subprocess.run(["/usr/bin/time", "-f", "TIME %e %M"] + cmd, capture_output=True, text=True)
    if res.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{res.stderr}")
    line = [l for l in res.stderr.splitlines() if l.startswith("TIME ")][-1]
    _, wall, rss = line.split()
    return json.loads(res.stdout), float(wall), int(rss) / 1024


def agree(a, b, n_top=10):
    problems = []
    if a["sizes"] != b["sizes"]:
        problems.append("component sizes differ")
    if a["path_lengths"] != b["path_lengths"]:
        problems.append("path lengths differ")
    # Same nodes in the same order, with scores equal up to floating-point summation order.
    close = all(abs(x[1] - y[1]) <= 1e-9 * max(1.0, abs(x[1])) for x, y in zip(a["top"][:n_top], b["top"][:n_top]))
    if [v for v, _ in a["top"][:n_top]] != [v for v, _ in b["top"][:n_top]] or not close:
        problems.append(f"top {n_top} by betweenness differ: {a['top'][:n_top]} vs {b['top'][:n_top]}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--py", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--exact-up-to", type=int, default=10000)
    ap.add_argument("--k", type=int, default=100)
    ap.add_argument("--pairs", type=int, default=100)
    a = ap.parse_args()
    rows = []
    for n in [int(s) for s in a.sizes.split(",")]:
        d = os.path.join(a.out, f"e{n}")
        edges = os.path.join(d, "edges.txt")
        if not os.path.exists(edges):
            subprocess.run([a.py, os.path.join(HERE, "gen.py"), "--edges", str(n), "--seed", "1", "--out", d], check=True)
        nodes = set()
        with open(edges) as f:
            for line in f:
                x, y = line.split()
                nodes.add(int(x))
                nodes.add(int(y))
        nodes = sorted(nodes)
        rng = random.Random(n)
        pairs = os.path.join(d, "pairs.txt")
        with open(pairs, "w") as f:
            for _ in range(a.pairs):
                f.write(f"{rng.choice(nodes)} {rng.choice(nodes)}\n")
        args = [edges, pairs]
        mode = "exact"
        if n > a.exact_up_to:
            src = os.path.join(d, "sources.txt")
            with open(src, "w") as f:
                f.write("\n".join(str(v) for v in rng.sample(nodes, a.k)))
            args.append(src)
            mode = f"k={a.k}"
        ours, w1, m1 = timed([a.bin] + args)
        theirs, w2, m2 = timed([a.py, os.path.join(HERE, "nx_run.py")] + args)
        problems = agree(ours, theirs)
        if problems:
            sys.exit(f"{n} edges: results differ from NetworkX: " + "; ".join(problems))
        rows.append((n, ours, theirs, w1, w2, m1, m2, mode))
        print(f"{n} edges: {ours['nodes']} nodes, {len(ours['sizes'])} networks (largest {ours['sizes'][0]}); "
              f"results agree (component sizes, top-10 betweenness, {a.pairs} path lengths)", flush=True)
    print()
    print("| edges | nodes | betweenness | stage | sightline-graph | NetworkX | ratio |")
    print("|---|---|---|---|---|---|---|")
    for n, o, t, w1, w2, m1, m2, mode in rows:
        for stage in ("build_s", "components_s", "betweenness_s", "paths_s"):
            name = stage[:-2]
            print(f"| {n:,} | {o['nodes']:,} | {mode} | {name} (s) | {o[stage]:.3f} | {t[stage]:.3f} | {t[stage] / max(o[stage], 1e-4):.0f}x |")
        print(f"| {n:,} | {o['nodes']:,} | {mode} | whole run, wall (s) | {w1:.2f} | {w2:.2f} | {w2 / max(w1, 1e-2):.1f}x |")
        print(f"| {n:,} | {o['nodes']:,} | {mode} | peak memory (MiB) | {m1:.0f} | {m2:.0f} | {m2 / m1:.1f}x |")


if __name__ == "__main__":
    main()
