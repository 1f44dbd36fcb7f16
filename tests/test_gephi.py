"""Gephi-facing outputs: GraphML against a schema and through igraph, GEXF, CSV."""
from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from conftest import ROOT, SEED
from graphkit.export import csvio, graphml
from graphkit.graph import merge_extractions
from graphkit.model import Document, Entity, Evidence, Extraction, Relation
from graphkit.pipeline import build_graph

xmlschema = pytest.importorskip("xmlschema")
SCHEMA = ROOT / "tests" / "data" / "graphml.xsd"
NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
EVIL = 'A "quoted" <b>name</b> & \x01 control'


@pytest.fixture(scope="module")
def seed_graph():
    return build_graph([str(SEED)])


@pytest.fixture(scope="module")
def dated_graph():
    ents = (Entity("a", f"A {EVIL}", "PERSON", ("Ay",), 2, ("d1", "d2")),
            Entity("b", "B", "PLACE", (), 1, ("d1",)))
    ex1 = Extraction(Document("d1", "...", date="2020-01-05"), ents,
                     (Relation("a", "b", "visited", "consult", Evidence("d1", EVIL, date="2020-01-05")),))
    ex2 = Extraction(Document("d2", "...", date="2020-03-01"), ents[:1] + ents[1:],
                     (Relation("a", "b", "visited", "consult", Evidence("d2", "Again.", date="2020-03-01")),
                      Relation("a", "b", "attacks", "attack", Evidence("d2", "Then.", date="2020-03-01"))))
    return merge_extractions([ex1, ex2])


@pytest.mark.parametrize("which", ["seed_graph", "dated_graph"])
def test_graphml_validates_against_the_schema(request, which):
    data = graphml.render_graphml(request.getfixturevalue(which))
    xmlschema.XMLSchema(str(SCHEMA)).validate(io.BytesIO(data))


def test_graphml_values_match_their_declared_types(seed_graph):
    root = ET.fromstring(graphml.render_graphml(seed_graph))
    types = {k.get("id"): k.get("attr.type") for k in root.findall("g:key", NS)}
    names = {k.get("attr.name") for k in root.findall("g:key", NS)}
    assert {"label", "type", "aliases", "mentions", "relation", "category", "negated", "weight",
            "evidence", "count"} <= names
    checks = {"boolean": lambda v: v in ("true", "false"), "int": lambda v: int(v) is not None,
              "long": lambda v: int(v) is not None, "double": lambda v: float(v) is not None,
              "float": lambda v: float(v) is not None, "string": lambda v: True}
    for data in root.iter(f"{{{NS['g']}}}data"):
        assert checks[types[data.get("key")]](data.text or ""), (data.get("key"), data.text)


def test_graphml_reads_into_igraph_with_the_same_counts_and_attributes(seed_graph, tmp_path):
    igraph = pytest.importorskip("igraph")
    path = tmp_path / "graph.graphml"
    path.write_bytes(graphml.render_graphml(seed_graph))
    g = igraph.Graph.Read_GraphML(str(path))
    assert (g.vcount(), g.ecount()) == (seed_graph.number_of_nodes(), seed_graph.number_of_edges())
    assert g.is_directed()
    labels = sorted(g.vs["label"])
    assert labels == sorted(a["label"] for _, a in seed_graph.nodes(data=True))
    assert sorted(g.es["relation"]) == sorted(r for *_, r in seed_graph.edges(data="relation"))
    assert set(g.es["negated"]) == {True, False}


def test_gexf_reads_back_with_colours_and_timeline(dated_graph):
    data = graphml.render_gexf(dated_graph)
    back = nx.read_gexf(io.BytesIO(data))
    assert back.nodes["a"]["viz"]["color"]["r"] == 0x4e
    root = ET.fromstring(data)
    graph_element = next(e for e in root.iter() if e.tag.endswith("graph"))
    assert graph_element.get("mode") == "dynamic"
    node_a = next(e for e in root.iter() if e.tag.endswith("node") and e.get("id") == "a")
    assert (node_a.get("start"), node_a.get("end")) == ("2020-01-05", "2020-03-01")
    spells = [s.get("start") for s in root.iter() if s.tag.endswith("spell")]
    assert "2020-01-05" in spells and "2020-03-01" in spells


def test_csv_files_open_as_tables(dated_graph):
    nodes = list(csv.DictReader(io.StringIO(csvio.render_nodes_csv(dated_graph).decode())))
    edges = list(csv.DictReader(io.StringIO(csvio.render_edges_csv(dated_graph).decode())))
    assert {n["Id"] for n in nodes} == {"a", "b"}
    assert {(e["Source"], e["Target"], e["Label"]) for e in edges} == {("a", "b", "visited"),
                                                                      ("a", "b", "attacks")}
    visited = next(e for e in edges if e["Label"] == "visited")
    assert visited["Weight"] == "2.0" and visited["Type"] == "Directed"
