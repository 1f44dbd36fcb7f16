"""nodes.csv and edges.csv for Gephi's data laboratory and spreadsheets.

The columns are the GraphML attributes (lists joined with " | ", evidence as
"[doc] sentence" lines), plus Id/Label/Source/Target/Type/Weight spelled the
way Gephi's spreadsheet import expects.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("x", label="X", type="ORG")
>>> render_nodes_csv(g).decode().splitlines()[0]
'Id,Label,type'
"""
from __future__ import annotations

import csv
import io

import networkx as nx

from .graphml import flat_graph


def _csv(header: list[str], rows: list[dict]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def render_nodes_csv(graph: nx.MultiDiGraph) -> bytes:
    flat = flat_graph(graph)
    columns = sorted({k for _, a in flat.nodes(data=True) for k in a} - {"label"})
    rows = [{"Id": n, "Label": a.get("label", n), **a} for n, a in sorted(flat.nodes(data=True))]
    return _csv(["Id", "Label"] + columns, rows)


def render_edges_csv(graph: nx.MultiDiGraph) -> bytes:
    flat = flat_graph(graph)
    columns = sorted({k for *_, a in flat.edges(keys=True, data=True) for k in a}
                     - {"label", "weight"})
    rows = [{"Source": u, "Target": v, "Type": "Directed", "Id": k,
             "Label": a.get("label", k), "Weight": a.get("weight", 1.0), **a}
            for u, v, k, a in flat.edges(keys=True, data=True)]
    return _csv(["Source", "Target", "Type", "Id", "Label", "Weight"] + columns, rows)
