#!/usr/bin/env python3
"""Missed and wrong pairs by category, from the records themselves (no generator internals).

diag_blind.py RECORDS.csv TRUTH.csv CLUSTERS.csv [PAIRS.csv] [--show CATEGORY]

Missed pairs (same person, different clusters) are put in categories by how the two records
differ: name (same / swapped order / given differs / family differs / both differ / initial),
date of birth (same / missing / partial / 1 Jan / day-month swap / other), and whether they
share a phone, email, id or postcode. With PAIRS (written with a low --threshold) a miss is
also split into not scored (blocking) or scored below the cluster threshold.
Wrong pairs (different people, one cluster) by what the two records share.
"""
import collections
import csv
import itertools
import re
import sys
import unicodedata


def fold(s):
    s = (s or "").replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    return re.sub(r"[^a-z ]", "", s.lower()).strip()


def digits(s):
    d = re.sub(r"\D", "", s or "")
    return d[-9:] if len(d) >= 9 else ""


def pc(s):
    return re.sub(r"\s", "", (s or "").upper())


def name_cat(a, b):
    ga, fa, gb, fb = fold(a["given_name"]), fold(a["family_name"]), fold(b["given_name"]), fold(b["family_name"])
    if not (ga or fa) or not (gb or fb):
        return "name missing"
    if ga == gb and fa == fb:
        return "name same"
    if ga == fb and fa == gb:
        return "name swapped"
    ta, tb = set((ga + " " + fa).split()), set((gb + " " + fb).split())
    if ta == tb:
        return "same tokens, split differently"
    if (len(ga) <= 1 or len(gb) <= 1) and fa == fb:
        return "initial"
    if fa == fb:
        return "given differs"
    if ga == gb:
        return "family differs"
    if ga == fb or fa == gb:
        return "swapped + other differs"
    if ta & tb:
        return "share a token, rest differs"
    return "both differ"


def dob_cat(a, b):
    x, y = a["date_of_birth"], b["date_of_birth"]
    if not x or not y:
        return "dob missing"
    if x == y:
        return "dob same" + (" (1 Jan)" if x.endswith("-01-01") else "")
    if len(x) < 10 or len(y) < 10:
        return "dob partial " + ("same year" if x[:4] == y[:4] else "other year")
    if x.endswith("-01-01") or y.endswith("-01-01"):
        return "dob 1 Jan " + ("same year" if x[:4] == y[:4] else "other year")
    if x[:4] == y[:4] and x[5:7] == y[8:10] and x[8:10] == y[5:7]:
        return "dob day/month swap"
    if x[:4] == y[:4]:
        return "dob same year, other day"
    if x[5:] == y[5:]:
        return "dob other year, same day"
    return "dob differs"


def shared(a, b):
    s = []
    if digits(a["phone"]) and digits(a["phone"]) == digits(b["phone"]):
        s.append("phone")
    if a["email"].strip() and a["email"].strip().lower() == b["email"].strip().lower():
        s.append("email")
    ia, ib = re.sub(r"\W", "", a["id_number"].upper()), re.sub(r"\W", "", b["id_number"].upper())
    if ia and ia == ib:
        s.append("id")
    if pc(a["postcode"]) and pc(a["postcode"]) == pc(b["postcode"]):
        s.append("postcode")
    return "+".join(s) or "nothing"


def main():
    recs = {r["record_id"]: r for r in csv.DictReader(open(sys.argv[1], encoding="utf-8"))}
    truth = {r["record_id"]: r["person_id"] for r in csv.DictReader(open(sys.argv[2]))}
    cl = {r["record_id"]: r["cluster_id"] for r in csv.DictReader(open(sys.argv[3]))}
    scored = {}
    show = None
    args = sys.argv[4:]
    if "--show" in args:
        i = args.index("--show")
        show = args[i + 1]
        args = args[:i] + args[i + 2:]
    thr = 0.9
    if args:
        for r in csv.DictReader(open(args[0])):
            scored[frozenset((r["left_id"], r["right_id"]))] = float(r["match_probability"])
    by = collections.defaultdict(list)
    for k, v in truth.items():
        by[v].append(k)
    fn = collections.Counter()
    fn_name = collections.Counter()
    fn_dob = collections.Counter()
    fn_stage = collections.Counter()
    examples = collections.defaultdict(list)
    for ids in by.values():
        for a, b in itertools.combinations(sorted(ids), 2):
            if cl[a] == cl[b]:
                continue
            ra, rb = recs[a], recs[b]
            n, d, s = name_cat(ra, rb), dob_cat(ra, rb), shared(ra, rb)
            stage = ""
            if scored:
                k = frozenset((a, b))
                stage = "not scored" if k not in scored else ("low score" if scored[k] < thr else "split")
                fn_stage[stage] += 1
            fn[(n, d.split(" (")[0], "shares " + ("something" if s != "nothing" else "nothing"))] += 1
            fn_name[n] += 1
            fn_dob[d] += 1
            for key in (n, d, stage):
                examples[key].append((a, b, scored.get(frozenset((a, b)))))
    byc = collections.defaultdict(list)
    for k, v in cl.items():
        byc[v].append(k)
    fp = collections.Counter()
    fp_ex = collections.defaultdict(list)
    for ids in byc.values():
        if len(ids) < 2:
            continue
        for a, b in itertools.combinations(sorted(ids), 2):
            if truth[a] == truth[b]:
                continue
            ra, rb = recs[a], recs[b]
            n = name_cat(ra, rb)
            key = ("same name" if n in ("name same", "name swapped", "same tokens, split differently") else
                   "same family" if n == "given differs" else "other name") + ", " + dob_cat(ra, rb).split(" (")[0] + ", shares " + shared(ra, rb)
            fp[key] += 1
            fp_ex[key].append((a, b, scored.get(frozenset((a, b)))))
    tot_fn = sum(fn_name.values())
    print(f"missed pairs: {tot_fn}")
    if fn_stage:
        print("  by stage:", dict(fn_stage))
    print("  by name:")
    for k, v in fn_name.most_common():
        print(f"    {v:7d} {k}")
    print("  by date of birth:")
    for k, v in fn_dob.most_common():
        print(f"    {v:7d} {k}")
    print("  top combinations:")
    for k, v in fn.most_common(25):
        print(f"    {v:7d} {' | '.join(k)}")
    print(f"wrong pairs: {sum(fp.values())}")
    for k, v in fp.most_common(25):
        print(f"    {v:7d} {k}")
    if show:
        pool = examples.get(show) or fp_ex.get(show) or []
        for a, b, p in pool[:15]:
            print("--", p, truth[a], truth[b])
            for x in (a, b):
                r = recs[x]
                print("   ", " | ".join(r[c] for c in r))


if __name__ == "__main__":
    main()
