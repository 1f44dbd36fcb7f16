"""Exporters: the JSON contract, Gephi-clean GraphML/GEXF, an inert offline HTML page."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from graphkit.export import graphml, html, jsonio, write_outputs
from graphkit.graph import merge_extractions
from graphkit.model import Document, Entity, Evidence, Extraction, Relation

EVIL = '</script><img src=x onerror=alert(1)>"\x01'


@pytest.fixture()
def graph():
    doc = Document(id="d1", text="...", title="A <b>title</b>", date="2020-02-02")
    entities = [Entity("a", f"A {EVIL}", "PERSON", ("Ay",), 2, ("d1",)),
                Entity("b", "B", "PLACE", (), 1, ("d1",))]
    relations = [Relation("a", "b", "attacks", "attack", Evidence("d1", f"A attacks B {EVIL}", 0, 10),
                          negated=True, hedged=True, cameo="190", attributed_to="b")]
    return merge_extractions([Extraction(doc, tuple(entities), tuple(relations))],
                             name="test", inputs=["x.txt"], model="m")


def test_json_has_the_node_link_contract(graph):
    data = json.loads(jsonio.render_json(graph))
    node = next(n for n in data["nodes"] if n["id"] == "a")
    assert {"id", "label", "type", "aliases", "mentions"} <= set(node)
    (edge,) = data["edges"]
    assert {"source", "target", "relation", "category", "negated", "evidence"} <= set(edge)
    assert edge["evidence"][0]["doc_id"] == "d1"
    assert edge["evidence"][0]["sentence"].startswith("A attacks B")


def test_json_round_trips(graph, tmp_path):
    path = tmp_path / "graph.json"
    path.write_bytes(jsonio.render_json(graph))
    back = jsonio.load_graph(path)
    assert sorted(back.nodes) == ["a", "b"]
    assert back.number_of_edges() == 1


def test_json_is_deterministic(graph):
    assert jsonio.render_json(graph) == jsonio.render_json(graph.copy())


def test_graphml_reads_back_with_typed_flat_attributes(graph):
    data = graphml.render_graphml(graph)
    ET.fromstring(data)  # well-formed XML despite control characters
    back = nx.read_graphml(io.BytesIO(data))
    assert back.is_directed()
    (edge,) = [d for _, _, d in back.edges(data=True)]
    assert edge["negated"] is True and edge["label"] == "attacks" and edge["weight"] == 1.0
    assert isinstance(back.nodes["a"]["aliases"], str)
    for _, attrs in back.nodes(data=True):
        assert all(v is not None and not isinstance(v, (list, dict)) for v in attrs.values())


def test_graphml_keeps_parallel_edges(graph):
    graph.add_edge("a", "b", key="visited", relation="visited", category="consult", count=1,
                   evidence=[])
    back = nx.read_graphml(io.BytesIO(graphml.render_graphml(graph)))
    assert isinstance(back, nx.MultiDiGraph)
    assert back.number_of_edges("a", "b") == 2


def test_gexf_carries_colours(graph):
    back = nx.read_gexf(io.BytesIO(graphml.render_gexf(graph)))
    assert back.nodes["a"]["viz"]["color"]["b"] > 0


def _script_and_link_sources(page: str) -> list[str]:
    return re.findall(r"<(?:script|link)[^>]*(?:src|href)\s*=\s*['\"]?([^'\" >]+)", page)


def test_html_is_offline_and_has_no_external_references(graph):
    page = html.render_html(graph).decode("utf-8")
    assert _script_and_link_sources(page) == []
    assert "https://" not in page.split("<script>")[0]
    assert "vis.Network" in page


def test_html_escapes_document_text(graph):
    page = html.render_html(graph).decode("utf-8")
    assert "<img src=x onerror" not in page
    assert page.count("</script") == page.count("<script") == 2
    assert "<!--" not in page


def test_write_outputs_writes_every_format(graph, tmp_path):
    written = write_outputs(graph, tmp_path, ("html", "graphml", "json", "gexf"))
    assert sorted(p.name for p in written) == ["graph.gexf", "graph.graphml", "graph.html",
                                               "graph.json"]
    assert not list(tmp_path.glob(".*tmp"))
