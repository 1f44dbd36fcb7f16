"""GraphML and GEXF for Gephi: typed attributes, no lists, no None.

Lists (aliases, documents) become " | "-joined strings, evidence becomes
readable lines "[doc] sentence", every edge has a ``label`` and a ``weight``,
and parallel edges stay parallel (MultiDiGraph).  GEXF adds viz colours and
sizes from ``export/style.py``.
"""
from __future__ import annotations

import io
import re

import networkx as nx

from . import style

LIST_SEPARATOR = " | "
# XML 1.0 forbids most control characters even when escaped.
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub(" ", text)


def _flat(value):
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return _clean(LIST_SEPARATOR.join(str(v) for v in value))
    return _clean(str(value))


def _evidence_text(evidence: list[dict]) -> str:
    return _clean("\n".join(f"[{e['doc_id']}] {e['sentence']}" for e in evidence))


def sorted_edges(graph: nx.MultiDiGraph) -> list:
    """(source, target, key, attrs) in the order exported edges are numbered e0, e1, ..."""
    return sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2])))


def flat_graph(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``graph`` whose attributes are all str, int, float or bool."""
    flat = nx.MultiDiGraph()
    flat.graph.update({k: _flat(v) for k, v in graph.graph.items()})
    for node, attrs in sorted(graph.nodes(data=True)):
        flat.add_node(node, **{k: _flat(v) for k, v in attrs.items()})
    for index, (source, target, key, attrs) in enumerate(sorted_edges(graph)):
        row = {k: _flat(v) for k, v in attrs.items() if k != "evidence"}
        row["evidence"] = _evidence_text(attrs.get("evidence", []))
        row["label"] = _flat(attrs.get("relation", key))
        row["weight"] = float(attrs.get("count", 1))
        # Gephi needs every edge id to be unique; the relation stays in "relation"/"label".
        flat.add_edge(source, target, key=f"e{index}", **row)
    return flat


def render_graphml(graph: nx.MultiDiGraph) -> bytes:
    buffer = io.BytesIO()
    nx.write_graphml(flat_graph(graph), buffer, encoding="utf-8", prettyprint=True)
    return _lowercase_booleans(buffer.getvalue())


def _lowercase_booleans(data: bytes) -> bytes:
    """GraphML booleans are XML Schema's "true"/"false"; networkx writes "True"/"False"."""
    keys = re.findall(rb'<key id="([^"]+)"[^>]*attr\.type="boolean"', data)
    if not keys:
        return data
    pattern = re.compile(rb'(<data key="(?:' + b"|".join(map(re.escape, keys)) + rb')">)(True|False)<')
    return pattern.sub(lambda m: m.group(1) + m.group(2).lower() + b"<", data)


def render_gexf(graph: nx.MultiDiGraph) -> bytes:
    """GEXF with the HTML page's colours and sizes; dated documents make it dynamic:
    nodes live from first to last mention, edges at each date they are reported."""
    flat = flat_graph(graph)
    dated = any(attrs.get("first_seen") for _, attrs in graph.nodes(data=True))
    if dated:
        flat.graph["mode"] = "dynamic"
    for node, attrs in flat.nodes(data=True):
        r, g, b = style.hex_to_rgb(style.node_color(attrs.get("type", "")))
        attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0},
                        "size": style.node_size(attrs.get("mentions", 0), graph.degree(node))}
        if dated and attrs.get("first_seen"):
            attrs["start"], attrs["end"] = attrs["first_seen"], attrs["last_seen"]
    for (*_, attrs), (*_, original) in zip(flat.edges(keys=True, data=True), sorted_edges(graph)):
        r, g, b = style.hex_to_rgb(style.edge_color(attrs.get("category", "")))
        attrs["viz"] = {"color": {"r": r, "g": g, "b": b, "a": 1.0}}
        dates = sorted({e["date"] for e in original.get("evidence", []) if e.get("date")})
        if dated and dates:
            attrs["spells"] = [(d, d) for d in dates]
    buffer = io.BytesIO()
    nx.write_gexf(flat, buffer, encoding="utf-8", prettyprint=True)
    # networkx stamps today's date into <meta>; the same graph must give the same bytes.
    return re.sub(rb' lastmodifieddate="[^"]*"', b"", buffer.getvalue(), count=1)
