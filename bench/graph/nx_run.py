"""NetworkX side of the graph benchmark: the same stages as the engine's `bench` example,
printing the same JSON. Betweenness uses NetworkX's own Brandes steps from the same
sources file (what `betweenness_centrality(k=...)` does after drawing its sample), or
`betweenness_centrality(normalized=False)` when no sources are given.

Usage: nx_run.py EDGES PAIRS [SOURCES]
"""
import json
import sys
import time

import networkx as nx
from networkx.algorithms.centrality.betweenness import (
    _accumulate_basic,
    _single_source_shortest_path_basic,
)


def read_pairs(path):
    with open(path) as f:
        return [tuple(int(x) for x in line.split()[:2]) for line in f if line.strip()]


def main():
    t0 = time.perf_counter()
    edges = read_pairs(sys.argv[1])
    pairs = read_pairs(sys.argv[2])
    g = nx.Graph()
    g.add_edges_from(edges)
    t_build = time.perf_counter() - t0

    t = time.perf_counter()
    comps = list(nx.connected_components(g))
    t_comp = time.perf_counter() - t

    t = time.perf_counter()
    if len(sys.argv) > 3:
        with open(sys.argv[3]) as f:
            sources = [int(x) for x in f.read().split()]
        bc = dict.fromkeys(g, 0.0)
        for s in sources:
            S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
            bc, _ = _accumulate_basic(bc, S, P, sigma, s)
        # NetworkX's rescale for normalized=False, undirected, with k sources.
        scale = 0.5 * len(g) / len(sources)
        bc = {v: b * scale for v, b in bc.items()}
    else:
        bc = nx.betweenness_centrality(g, normalized=False)
    t_bc = time.perf_counter() - t

    t = time.perf_counter()
    lens = []
    for a, b in pairs:
        try:
            lens.append(nx.shortest_path_length(g, a, b))
        except nx.NetworkXNoPath:
            lens.append(-1)
    t_paths = time.perf_counter() - t

    top = sorted(bc.items(), key=lambda kv: (-kv[1], kv[0]))[:20]
    print(json.dumps({
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "build_s": t_build, "components_s": t_comp, "betweenness_s": t_bc, "paths_s": t_paths,
        "sizes": sorted((len(c) for c in comps), reverse=True),
        "top": [[v, b] for v, b in top], "path_lengths": lens,
    }))


if __name__ == "__main__":
    main()
