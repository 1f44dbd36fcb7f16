"""Merging per-document extractions into one graph."""
from __future__ import annotations

from graphkit.graph import merge_extractions
from graphkit.model import Document, Entity, Evidence, Extraction, Relation


def _extraction(doc_id, entities, relations=(), date=""):
    document = Document(id=doc_id, text="...", date=date)
    return Extraction(document, tuple(entities), tuple(relations))


def _relation(source, target, doc_id, relation="accuses", category="accuse", negated=False):
    return Relation(source, target, relation, category, Evidence(doc_id, f"{source} {relation} {target}."),
                    negated=negated)


def test_same_entity_in_two_documents_is_one_node():
    a = _extraction("a", [Entity("russia", "Russia", "PLACE", ("Russian",), 2, ("a",))])
    b = _extraction("b", [Entity("russia", "Russia", "PLACE", ("Russians",), 3, ("b",))])
    graph = merge_extractions([a, b])
    assert graph.number_of_nodes() == 1
    node = graph.nodes["russia"]
    assert node["mentions"] == 5
    assert node["documents"] == ["a", "b"]
    assert node["aliases"] == ["Russian", "Russians"]


def test_parallel_edges_merge_with_count_and_all_evidence():
    ents = [Entity("x", "X", "ORG", mentions=1), Entity("y", "Y", "ORG", mentions=1)]
    a = _extraction("a", ents, [_relation("x", "y", "a")], date="2020-01-02")
    b = _extraction("b", ents, [_relation("x", "y", "b")], date="2020-01-01")
    graph = merge_extractions([a, b])
    (edge,) = graph.get_edge_data("x", "y").values()
    assert edge["count"] == 2
    assert [e["doc_id"] for e in edge["evidence"]] == ["a", "b"]


def test_negated_and_plain_edges_stay_apart():
    ents = [Entity("x", "X", "ORG", mentions=1), Entity("y", "Y", "ORG", mentions=1)]
    a = _extraction("a", ents, [_relation("x", "y", "a", "recognizes", "cooperate"),
                                _relation("x", "y", "a", "recognizes", "cooperate", negated=True)])
    graph = merge_extractions([a])
    assert sorted(d["negated"] for d in graph.get_edge_data("x", "y").values()) == [False, True]


def test_bare_surname_joins_the_one_full_name_across_documents():
    a = _extraction("a", [Entity("donald-trump", "Donald Trump", "PERSON", mentions=3)])
    b = _extraction("b", [Entity("trump", "Trump", "ORG", mentions=2),
                          Entity("iran", "Iran", "PLACE", mentions=1)],
                    [_relation("trump", "iran", "b", "threatens", "threaten")])
    graph = merge_extractions([a, b])
    assert "trump" not in graph
    assert graph.nodes["donald-trump"]["type"] == "PERSON"
    assert graph.has_edge("donald-trump", "iran")


def test_a_surname_named_as_often_as_the_full_name_keeps_the_person_type():
    a = _extraction("a", [Entity("donald-trump", "Donald Trump", "PERSON", mentions=1)])
    b = _extraction("b", [Entity("trump", "Trump", "ORG", mentions=1)])
    assert merge_extractions([a, b]).nodes["donald-trump"]["type"] == "PERSON"


def test_type_is_voted_across_documents_by_mentions():
    a = _extraction("a", [Entity("georgia", "Georgia", "PLACE", mentions=5)])
    b = _extraction("b", [Entity("georgia", "Georgia", "ORG", mentions=1)])
    assert merge_extractions([a, b]).nodes["georgia"]["type"] == "PLACE"


def test_a_name_another_document_gives_as_an_alias_joins_that_entity():
    a = _extraction("a", [Entity("elijah-eugene-cummings", "Elijah Eugene Cummings", "PERSON",
                                 mentions=3, aliases=("Elijah Cummings", "Cummings"))])
    b = _extraction("b", [Entity("elijah-cummings", "Elijah Cummings", "PERSON", mentions=1),
                          Entity("house", "House", "ORG", mentions=1)],
                    [_relation("elijah-cummings", "house", "b", "member of", "affiliation")])
    c = _extraction("c", [Entity("jim-jordan", "Jim Jordan", "PERSON", mentions=1)])
    graph = merge_extractions([a, b, c])
    assert "elijah-cummings" not in graph and "jim-jordan" in graph
    assert graph.has_edge("elijah-eugene-cummings", "house")
