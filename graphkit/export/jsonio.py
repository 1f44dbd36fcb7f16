"""Node-link JSON: graphkit's stable output contract (see ../shared/eval/README.md).

Nodes carry id, label, type, aliases, mentions; edges carry source, target,
relation, category, negated and evidence, plus the extra fields graphkit adds.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("x", label="X")
>>> b'"label": "X"' in render_json(g)
True
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx


def graph_to_data(graph: nx.MultiDiGraph) -> dict:
    data = nx.node_link_data(graph, edges="edges")
    data["nodes"].sort(key=lambda n: n["id"])
    data["edges"].sort(key=lambda e: (e["source"], e["target"], str(e.get("key", ""))))
    return data


def render_json(graph: nx.MultiDiGraph) -> bytes:
    """The graph as deterministic, pretty-printed node-link JSON bytes."""
    text = json.dumps(graph_to_data(graph), ensure_ascii=False, indent=1, sort_keys=True)
    return (text + "\n").encode("utf-8")


def load_graph(path) -> nx.MultiDiGraph:
    """Read a graph.json written by graphkit back into a MultiDiGraph."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    key = "edges" if "edges" in data else "links"
    return nx.node_link_graph(data, directed=True, multigraph=True, edges=key)
