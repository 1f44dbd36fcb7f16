"""Exploring a graph from Python or a notebook: tables, filters, measures, display.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="A", type="ORG", mentions=2, aliases=[], documents=["d"])
>>> g.add_node("b", label="B", type="PLACE", mentions=1, aliases=[], documents=["d"])
>>> _ = g.add_edge("a", "b", key="based in", relation="based in", category="location",
...                negated=False, hedged=False, count=1, documents=["d"],
...                evidence=[{"doc_id": "d", "sentence": "A is based in B."}])
>>> relation_table(g, as_frame=False)[0]["relation"]
'based in'
>>> filter_graph(g, category="attack").number_of_edges()
0
"""
from __future__ import annotations

import html as _html

import networkx as nx

from .graph import ego_network, find_node

__all__ = ["entity_table", "relation_table", "filter_graph", "centrality", "show",
           "ego_network"]


def _frame(rows: list[dict], as_frame: bool):
    if not as_frame:
        return rows
    try:
        import pandas as pd
    except ImportError:  # pandas is optional: plain rows still work everywhere
        return rows
    return pd.DataFrame(rows)


def entity_table(graph: nx.MultiDiGraph, as_frame: bool = True):
    """One row per entity: label, type, mentions, degree, documents, aliases (most mentioned first)."""
    rows = [{"id": n, "label": a.get("label", n), "type": a.get("type", ""),
             "mentions": a.get("mentions", 0), "degree": graph.degree(n),
             "documents": len(a.get("documents", [])), "aliases": ", ".join(a.get("aliases", []))}
            for n, a in graph.nodes(data=True)]
    rows.sort(key=lambda r: (-r["mentions"], r["label"]))
    return _frame(rows, as_frame)


def relation_table(graph: nx.MultiDiGraph, as_frame: bool = True):
    """One row per edge: source, relation, target, category, flags, count and first evidence."""
    label = lambda n: graph.nodes[n].get("label", n)  # noqa: E731
    rows = []
    for u, v, a in graph.edges(data=True):
        evidence = a.get("evidence", [])
        rows.append({"source": label(u), "relation": a.get("relation", ""), "target": label(v),
                     "category": a.get("category", ""), "negated": a.get("negated", False),
                     "hedged": a.get("hedged", False), "count": a.get("count", len(evidence)),
                     "documents": ", ".join(a.get("documents", [])),
                     "evidence": evidence[0]["sentence"] if evidence else ""})
    rows.sort(key=lambda r: (-r["count"], r["source"], r["relation"], r["target"]))
    return _frame(rows, as_frame)


def filter_graph(graph: nx.MultiDiGraph, entity: str | None = None, category=None,
                 document: str | None = None) -> nx.MultiDiGraph:
    """The edges that touch ``entity``, have ``category`` (a name or a list) and come from
    ``document``, with their end nodes.  Every argument left out matches everything."""
    categories = {category} if isinstance(category, str) else set(category or ())
    center = find_node(graph, entity) if entity else None
    if entity and center is None:
        raise KeyError(entity)
    kept = nx.MultiDiGraph()
    kept.graph.update(graph.graph)
    for u, v, k, a in graph.edges(keys=True, data=True):
        if center is not None and center not in (u, v):
            continue
        if categories and a.get("category") not in categories:
            continue
        if document and document not in a.get("documents", []):
            continue
        kept.add_node(u, **graph.nodes[u])
        kept.add_node(v, **graph.nodes[v])
        kept.add_edge(u, v, key=k, **a)
    return kept


def centrality(graph: nx.MultiDiGraph, as_frame: bool = True, seed: int = 1):
    """Degree, in/out degree, betweenness and a Louvain community for every entity."""
    simple = nx.Graph(graph.to_undirected())
    betweenness = nx.betweenness_centrality(simple) if simple.number_of_nodes() else {}
    communities = nx.community.louvain_communities(simple, seed=seed) if simple.number_of_edges() else []
    community_of = {n: i for i, members in enumerate(communities) for n in members}
    rows = [{"label": a.get("label", n), "type": a.get("type", ""), "degree": graph.degree(n),
             "in_degree": graph.in_degree(n), "out_degree": graph.out_degree(n),
             "betweenness": round(betweenness.get(n, 0.0), 4),
             "community": community_of.get(n, -1)} for n, a in graph.nodes(data=True)]
    rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["label"]))
    return _frame(rows, as_frame)


def show(graph: nx.MultiDiGraph, height: int = 650):
    """Display the interactive graph inline (JupyterLab and classic Notebook).

    The page is embedded whole in an iframe's ``srcdoc``, so it needs no file
    server and no network, exactly like the ``graph.html`` that ``build`` writes.
    """
    from IPython.display import HTML

    from .export.html import render_html

    page = render_html(graph).decode("utf-8")
    return HTML(f'<div><iframe srcdoc="{_html.escape(page, quote=True)}" '
                f'style="width: 100%; height: {int(height)}px; border: 1px solid #ddd"></iframe></div>')
