#!/usr/bin/env python3
"""Diagnose misses: diag.py CLUSTERS TRUTH PAIRS_LOWTHRESHOLD RECORDS.csv [RECORDS2.csv]"""
import csv, sys, itertools, collections
cl = {r['record_id']: r['cluster_id'] for r in csv.DictReader(open(sys.argv[1]))}
truth = {r['record_id']: r['person_id'] for r in csv.DictReader(open(sys.argv[2]))}
scored = {}
for r in csv.DictReader(open(sys.argv[3])):
    scored[frozenset((r['left_id'], r['right_id']))] = float(r['match_probability'])
recs = {}
for p in sys.argv[4:]:
    for r in csv.DictReader(open(p)):
        recs[r['record_id']] = r
by = collections.defaultdict(list)
for k, v in truth.items(): by[v].append(k)
fn_nocand = fn_low = fn_split = 0
ex = collections.defaultdict(list)
for pid, ids in by.items():
    for a, b in itertools.combinations(sorted(ids), 2):
        if cl[a] == cl[b]: continue
        k = frozenset((a, b))
        if k not in scored: fn_nocand += 1; ex['nocand'].append((a, b))
        elif scored[k] < 0.9: fn_low += 1; ex['low'].append((a, b, scored[k]))
        else: fn_split += 1; ex['split'].append((a, b, scored[k]))
fp = collections.Counter()
fpex = []
for k, p in scored.items():
    a, b = tuple(k)
    if cl[a] == cl[b] and truth[a] != truth[b]:
        fpex.append((a, b, p))
print("FN not candidates", fn_nocand, "FN low score", fn_low, "FN split by clustering", fn_split, "FP pairs(scored) in same cluster", len(fpex))
def show(a, b):
    for x in (a, b):
        r = recs[x]; print("   ", ", ".join(f"{v}" for k, v in r.items()))
for kind in ['nocand', 'low', 'split']:
    for e in ex[kind][:int(sys.argv[0:1] and 6)]:
        print(kind, e[2:] if len(e) > 2 else ''); show(e[0], e[1])
for e in fpex[:6]:
    print('FP', e[2]); show(e[0], e[1])
