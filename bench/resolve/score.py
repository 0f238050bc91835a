#!/usr/bin/env python3
"""Pairwise precision, recall and F1 of a clustering against the truth.

score.py CLUSTERS.csv TRUTH.csv  → prints JSON {precision, recall, f1, tp, predicted, actual}
CLUSTERS: record_id,cluster_id. TRUTH: record_id,person_id[,file]. With a `file`
column (linking), only pairs across files count, as linking never pairs within a file.
"""
import csv
import json
import sys
from collections import Counter


def pairs(counter_by_file):
    # counter_by_file: Counter of file -> n
    if len(counter_by_file) == 1 and None in counter_by_file:
        n = counter_by_file[None]
        return n * (n - 1) // 2
    vals = list(counter_by_file.values())
    total = sum(vals)
    return (total * total - sum(v * v for v in vals)) // 2


def main():
    clusters = {}
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            clusters[row["record_id"]] = row["cluster_id"]
    truth = {}
    link = False
    with open(sys.argv[2], newline="") as f:
        rd = csv.DictReader(f)
        link = "file" in rd.fieldnames
        for row in rd:
            truth[row["record_id"]] = (row["person_id"], row.get("file") if link else None)
    missing = [r for r in truth if r not in clusters]
    if missing:
        sys.exit(f"{len(missing)} records missing from clusters, e.g. {missing[:3]}")
    by_cluster, by_person, by_cell = {}, {}, {}
    for rid, (pid, fl) in truth.items():
        c = clusters[rid]
        by_cluster.setdefault(c, Counter())[fl] += 1
        by_person.setdefault(pid, Counter())[fl] += 1
        by_cell.setdefault((c, pid), Counter())[fl] += 1
    tp = sum(pairs(v) for v in by_cell.values())
    pred = sum(pairs(v) for v in by_cluster.values())
    act = sum(pairs(v) for v in by_person.values())
    p = tp / pred if pred else 0.0
    r = tp / act if act else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(json.dumps({"precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4), "tp": tp, "predicted": pred, "actual": act}))


if __name__ == "__main__":
    main()
