"""The scorer follows ../shared/eval/README.md; hand-made cases."""
from __future__ import annotations

import json

import pytest

from graphkit.evaluate import GoldError, load_gold, micro_average, score_document

GOLD = {
    "id": "d",
    "entities": [
        {"name": "Donald Trump", "type": "PERSON", "aliases": ["Trump"]},
        {"name": "Nicolas Maduro", "type": "PERSON", "aliases": ["Maduro", "Nicolás Maduro"]},
        {"name": "United States", "type": "PLACE", "aliases": ["US", "U.S."]},
        {"name": "Air Force One", "type": "ORG", "aliases": [], "optional": True},
    ],
    "relations": [
        {"source": "Donald Trump", "category": "consult", "target": "Nicolas Maduro", "negated": False},
        {"source": "United States", "category": "cooperate", "target": "Nicolas Maduro", "negated": True},
        {"source": ["Donald Trump", "United States"], "category": ["threaten", "coerce"],
         "target": "Nicolas Maduro", "negated": False, "optional": True},
    ],
}


def node(nid, label, etype, aliases=()):
    return {"id": nid, "label": label, "type": etype, "aliases": list(aliases)}


def edge(s, t, category, negated=False):
    return {"source": s, "target": t, "category": category, "negated": negated}


NODES = [node("t", "Trump", "PERSON"), node("m", "Nicolás Maduro", "PERSON"),
         node("us", "The U.S.", "PLACE")]


def test_perfect_prediction():
    pred = {"nodes": NODES, "edges": [edge("t", "m", "consult"), edge("us", "m", "cooperate", True)]}
    score = score_document(pred, GOLD)
    assert (score.entities_typed.tp, score.entities_typed.fp, score.entities_typed.fn) == (3, 0, 0)
    assert (score.relations.tp, score.relations.fp, score.relations.fn) == (2, 0, 0)


def test_consult_is_symmetric_and_other_categories_are_not():
    pred = {"nodes": NODES, "edges": [edge("m", "t", "consult"), edge("m", "us", "cooperate", True)]}
    score = score_document(pred, GOLD)
    assert (score.relations.tp, score.relations.fp, score.relations.fn) == (1, 1, 1)


def test_negation_flag_must_match():
    pred = {"nodes": NODES, "edges": [edge("us", "m", "cooperate", False)]}
    score = score_document(pred, GOLD)
    assert (score.relations.tp, score.relations.fp) == (0, 1)


def test_duplicate_node_is_a_false_positive():
    pred = {"nodes": NODES + [node("t2", "Donald Trump", "PERSON")], "edges": []}
    score = score_document(pred, GOLD)
    assert (score.entities_untyped.tp, score.entities_untyped.fp) == (3, 1)


def test_wrong_type_counts_only_in_typed_scores():
    pred = {"nodes": [node("t", "Trump", "ORG")] + NODES[1:], "edges": []}
    score = score_document(pred, GOLD)
    assert (score.entities_typed.tp, score.entities_typed.fp, score.entities_typed.fn) == (2, 1, 1)
    assert (score.entities_untyped.tp, score.entities_untyped.fp) == (3, 0)


def test_optional_entities_and_relations_cost_nothing():
    pred = {"nodes": NODES + [node("af1", "Air Force One", "ORG")],
            "edges": [edge("t", "m", "threaten"), edge("af1", "t", "related")]}
    score = score_document(pred, GOLD)
    assert score.entities_typed.fp == 0
    assert score.relations.fp == 0


def test_edge_to_unknown_node_is_a_false_positive():
    pred = {"nodes": NODES + [node("x", "Xanadu", "PLACE")], "edges": [edge("t", "x", "attack")]}
    score = score_document(pred, GOLD)
    assert score.relations.fp == 1 and score.entities_typed.fp == 1


def test_links_key_is_accepted_and_scores_micro_average():
    a = score_document({"nodes": NODES, "links": [edge("t", "m", "consult")]}, GOLD)
    b = score_document({"nodes": NODES[:1], "edges": []}, GOLD)
    total = micro_average([a, b])
    assert total.relations.tp == 1 and total.relations.fn == 3
    assert total.entities_typed.tp == 4 and total.entities_typed.fn == 2


def test_load_gold_rejects_other_formats(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"format": "other"}))
    with pytest.raises(GoldError, match="graphkit-gold/1"):
        load_gold(path)
