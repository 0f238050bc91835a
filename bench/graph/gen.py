"""Synthetic link graphs shaped like police link data: many small networks (a few people
sharing a phone, an address or a car) plus a few large organised networks whose degrees
follow a heavy tail (a handful of addresses and phones shared by very many).

Usage: gen.py --edges N --seed S --out DIR   (writes DIR/edges.txt, lines "a b")
Every id is an integer; the engine treats every node alike here.
"""
import argparse
import os
import random


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--edges", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    edges = set()
    next_id = 0

    def new():
        nonlocal next_id
        next_id += 1
        return next_id

    # 60% of the edges in small networks of 2-40 nodes: a tree plus a few extra links.
    small_budget = int(a.edges * 0.6)
    while len(edges) < small_budget:
        size = min(40, max(2, int(rng.paretovariate(1.6) * 2)))
        nodes = [new() for _ in range(size)]
        for i in range(1, size):
            edges.add((nodes[rng.randrange(i)], nodes[i]))
        for _ in range(rng.randrange(size // 4 + 1)):
            x, y = rng.sample(nodes, 2)
            edges.add((min(x, y), max(x, y)))
    # The rest in three large networks grown by preferential attachment (heavy-tailed degrees).
    rest = a.edges - len(edges)
    for share in (0.6, 0.3, 0.1):
        target = len(edges) + int(rest * share)
        ends = []
        first = new()
        ends.append(first)
        while len(edges) < target:
            v = new()
            for _ in range(1 + (rng.random() < 0.3)):
                u = ends[rng.randrange(len(ends))] if rng.random() < 0.8 else rng.choice(ends)
                if u != v:
                    edges.add((min(u, v), max(u, v)))
                    ends.extend((u, v))
    os.makedirs(a.out, exist_ok=True)
    edges = sorted(edges)
    rng.shuffle(edges)
    with open(os.path.join(a.out, "edges.txt"), "w") as f:
        for x, y in edges:
            f.write(f"{x} {y}\n")


if __name__ == "__main__":
    main()
