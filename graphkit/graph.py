"""Entities and Relations of many documents -> one networkx MultiDiGraph.

The merge is a reduce step over per-document Extractions: the same entity in
different documents is one node; the same (source, relation, target,
negated) is one edge with a count and all its evidence.

>>> from graphkit.model import Document, Entity, Extraction
>>> doc = Document(id="d1", text="...")
>>> g = merge_extractions([Extraction(doc, (Entity("x", "X", "ORG", mentions=1),))])
>>> g.nodes["x"]["label"]
'X'
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict
from typing import Iterable

import networkx as nx

from .model import CATEGORIES, Extraction
from .rulebook import entity_id


class _NodeAcc:
    def __init__(self) -> None:
        self.labels: Counter = Counter()
        self.types: Counter = Counter()
        self.aliases: set[str] = set()
        self.mentions = 0
        self.documents: set[str] = set()
        self.dates: set[str] = set()

    def add(self, entity, date: str) -> None:
        self.labels[entity.label] += max(entity.mentions, 1)
        self.types[entity.type] += max(entity.mentions, 1)
        self.aliases.update(entity.aliases)
        self.aliases.add(entity.label)
        self.mentions += entity.mentions
        self.documents.update(entity.documents)
        if date:
            self.dates.add(date)

    def absorb(self, other: "_NodeAcc") -> None:
        """Take in a short name's node; it is of this one's type (a person's: the merges
        join names to people), whatever the model said of it alone."""
        self.labels.update(other.labels)
        self.types[_pick(self.types)] += sum(other.types.values())
        self.aliases |= other.aliases
        self.mentions += other.mentions
        self.documents |= other.documents
        self.dates |= other.dates


def _pick(counter: Counter) -> str:
    return max(sorted(counter), key=lambda k: counter[k])


def _alias_merges(nodes: dict[str, _NodeAcc]) -> dict[str, str]:
    """Across documents, a person's name of two words or more that another document gave as
    an alias of one other person joins them ("Elijah Cummings" in one article, an alias of
    "Elijah Eugene Cummings" in another). Not organisations: "Green Party" is the "US Green
    Party" in one article and another country's party in the next."""
    people = {node_id for node_id, acc in nodes.items() if _pick(acc.types) == "PERSON"}
    owners_by_alias: dict[str, set[str]] = defaultdict(set)
    for node_id in people:
        for alias in nodes[node_id].aliases:
            if " " in alias and entity_id(alias) != node_id:
                owners_by_alias[entity_id(alias)].add(node_id)
    merges = {}
    for node_id in people:
        owners = owners_by_alias.get(node_id, set())
        if "-" in node_id and len(owners) == 1:
            merges[node_id] = next(iter(owners))
    return merges


def _surname_merges(nodes: dict[str, _NodeAcc]) -> dict[str, str]:
    """Across documents, a bare surname joins the one full name that ends with it."""
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for node_id, acc in nodes.items():
        if _pick(acc.types) == "PERSON" and "-" in node_id:
            full_by_last[node_id.rsplit("-", 1)[1]].add(node_id)
    merges = {}
    for node_id, acc in nodes.items():
        if "-" in node_id or _pick(acc.types) == "PLACE":
            continue
        owners = full_by_last.get(node_id, set())
        if len(owners) == 1:
            merges[node_id] = next(iter(owners))
    return merges


def merge_extractions(extractions: Iterable[Extraction], **graph_attrs) -> nx.MultiDiGraph:
    """Merge per-document extractions into one graph with provenance."""
    nodes: dict[str, _NodeAcc] = defaultdict(_NodeAcc)
    edges: dict[tuple, dict] = {}
    documents: set[str] = set()
    for extraction in extractions:
        documents.add(extraction.document.id)  # a long document may come in segments
        date = extraction.document.date
        for entity in extraction.entities:
            nodes[entity.id].add(entity, date)
        for relation in extraction.relations:
            key = (relation.source, relation.target, relation.relation, relation.negated)
            edge = edges.setdefault(key, {
                "category": relation.category, "cameo": relation.cameo, "rule": relation.rule,
                "hedged": True, "attributed_to": set(), "evidence": [], "documents": set(),
            })
            edge["hedged"] = edge["hedged"] and relation.hedged
            if relation.attributed_to:
                edge["attributed_to"].add(relation.attributed_to)
            edge["evidence"].append(asdict(relation.evidence))
            edge["documents"].add(relation.evidence.doc_id)

    merges = _alias_merges(nodes)
    for short, full in merges.items():
        nodes[full].absorb(nodes.pop(short))
    surnames = _surname_merges(nodes)
    for short, full in surnames.items():
        nodes[full].absorb(nodes.pop(short))
    merges.update(surnames)

    graph = nx.MultiDiGraph()
    graph.graph.update({k: v for k, v in graph_attrs.items() if v is not None})
    graph.graph["documents"] = len(documents)
    for node_id in sorted(nodes):
        acc = nodes[node_id]
        label = _pick(acc.labels)
        graph.add_node(node_id, label=label, type=_pick(acc.types),
                       aliases=sorted(acc.aliases - {label}), mentions=acc.mentions,
                       documents=sorted(acc.documents),
                       first_seen=min(acc.dates) if acc.dates else "",
                       last_seen=max(acc.dates) if acc.dates else "")
    merged_edges: dict[tuple, dict] = {}
    for (source, target, relation, negated), edge in edges.items():
        source, target = merges.get(source, source), merges.get(target, target)
        if source == target or source not in graph or target not in graph:
            continue
        key = (source, target, relation, negated)
        if key in merged_edges:
            merged_edges[key]["evidence"] += edge["evidence"]
            merged_edges[key]["documents"] |= edge["documents"]
            merged_edges[key]["attributed_to"] |= edge["attributed_to"]
            merged_edges[key]["hedged"] = merged_edges[key]["hedged"] and edge["hedged"]
        else:
            merged_edges[key] = edge
    for (source, target, relation, negated) in sorted(merged_edges):
        edge = merged_edges[(source, target, relation, negated)]
        evidence = sorted(edge["evidence"], key=lambda e: (e["doc_id"], e["start"]))
        dates = sorted(e["date"] for e in evidence if e["date"])
        graph.add_edge(
            source, target, key=f"{relation}{' (negated)' if negated else ''}",
            relation=relation, category=edge["category"], polarity=CATEGORIES[edge["category"]],
            negated=negated, hedged=edge["hedged"], cameo=edge["cameo"], rule=edge["rule"],
            attributed_to=sorted(merges.get(a, a) for a in edge["attributed_to"]),
            count=len(evidence), documents=sorted(edge["documents"]), evidence=evidence,
            first_seen=dates[0] if dates else "", last_seen=dates[-1] if dates else "",
        )
    return graph


def top_nodes(graph: nx.MultiDiGraph, limit: int) -> nx.MultiDiGraph:
    """The ``limit`` most connected nodes (by degree, then mentions) and their edges.

    The result's ``notes`` say how many nodes and edges were left out.
    """
    if graph.number_of_nodes() <= limit:
        return graph
    ranked = sorted(graph.nodes, key=lambda n: (-graph.degree(n), -graph.nodes[n].get("mentions", 0), n))
    kept = graph.subgraph(ranked[:limit]).copy()
    kept.graph = dict(graph.graph)
    kept.graph["notes"] = list(graph.graph.get("notes", [])) + [
        f"Showing the {limit} most connected of {graph.number_of_nodes()} entities; "
        f"{graph.number_of_nodes() - limit} entities and "
        f"{graph.number_of_edges() - kept.number_of_edges()} relations left out (--max-nodes)."]
    return kept


def find_node(graph: nx.MultiDiGraph, name: str) -> str | None:
    """The id of the node whose label, alias or id is ``name`` (case-insensitive)."""
    from .rulebook import normalize_name

    key = normalize_name(name)
    for node, attrs in sorted(graph.nodes(data=True)):
        names = [attrs.get("label", ""), node, *attrs.get("aliases", [])]
        if any(normalize_name(n) == key for n in names):
            return node
    return None


def ego_network(graph: nx.MultiDiGraph, name: str, depth: int = 1) -> nx.MultiDiGraph:
    """Everything within ``depth`` steps of the entity called ``name`` (either direction).

    Raises KeyError when no entity has that name.
    """
    center = find_node(graph, name)
    if center is None:
        raise KeyError(name)
    nodes = nx.single_source_shortest_path_length(graph.to_undirected(as_view=True), center,
                                                  cutoff=depth)
    ego = graph.subgraph(nodes).copy()
    ego.graph = dict(graph.graph)
    ego.graph["notes"] = list(graph.graph.get("notes", [])) + [
        f"Entities within {depth} step(s) of {graph.nodes[center].get('label', center)} (--focus)."]
    return ego
